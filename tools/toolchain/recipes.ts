/**
 * How each pinned tool is built from the Go module proxy. A recipe turns a manifest
 * entry into a throw-away Go module (go.mod plus, where needed, a main package) and
 * the `go build` arguments; `build.ts` runs it.
 */

export interface ToolEntry {
  readonly module: string;
  readonly version: string;
  readonly binaries: readonly string[];
  /** Only for kubernetes: the version of the published staging modules (k8s.io/api …). */
  readonly stagingVersion?: string;
}

export interface GoWorkspace {
  /** Files to write into an empty directory, by relative path. */
  readonly files: Readonly<Record<string, string>>;
  /** One `go build` per entry: the package to build and the output binary name. */
  readonly builds: readonly { readonly pkg: string; readonly out: string }[];
  readonly ldflags: string;
}

/** Bump when a recipe changes in a way that must invalidate cached binaries. */
export const RECIPE_REVISION = 1;

// Every staging module k8s.io/kubernetes requires at v0.0.0 (1.34); each is replaced by
// its published version, because the kubernetes module's own replaces point into a
// staging/ tree that module zips do not contain.
const KUBERNETES_STAGING = [
  "api",
  "apiextensions-apiserver",
  "apimachinery",
  "apiserver",
  "cli-runtime",
  "client-go",
  "cloud-provider",
  "cluster-bootstrap",
  "code-generator",
  "component-base",
  "component-helpers",
  "controller-manager",
  "cri-api",
  "cri-client",
  "csi-translation-lib",
  "dynamic-resource-allocation",
  "endpointslice",
  "externaljwt",
  "kms",
  "kube-aggregator",
  "kube-controller-manager",
  "kube-proxy",
  "kube-scheduler",
  "kubectl",
  "kubelet",
  "metrics",
  "mount-utils",
  "pod-security-admission",
  "sample-apiserver",
  "sample-cli-plugin",
  "sample-controller",
];

function goMod(name: string, requires: readonly string[], extra = ""): string {
  return `module local/${name}\n\ngo 1.26\n\n${requires.map((r) => `require ${r}`).join("\n")}\n${extra}`;
}

function semverParts(version: string): { major: string; minor: string } {
  const match = /^v(\d+)\.(\d+)\./.exec(version);
  if (!match?.[1] || !match[2]) throw new Error(`not a semantic version: ${version}`);
  return { major: match[1], minor: match[2] };
}

function kubernetes(entry: ToolEntry): GoWorkspace {
  const staging = entry.stagingVersion;
  if (!staging) throw new Error("tools.json: kubernetes needs stagingVersion");
  const { major, minor } = semverParts(entry.version);
  const replaces = KUBERNETES_STAGING.map((m) => `\tk8s.io/${m} => k8s.io/${m} ${staging}`).join("\n");
  const tools = entry.binaries.map((b) => `\tk8s.io/kubernetes/cmd/${b}`).join("\n");
  // The `tool` block keeps `go mod tidy` from dropping the otherwise unused requirement.
  const extra = `\ngodebug default=go1.24\n\ntool (\n${tools}\n)\n\nreplace (\n${replaces}\n)\n`;
  const base = "k8s.io/component-base/version";
  const client = "k8s.io/client-go/pkg/version";
  const ldflags = [
    `-X ${base}.gitVersion=${entry.version}`,
    `-X ${base}.gitMajor=${major}`,
    `-X ${base}.gitMinor=${minor}`,
    `-X ${base}.gitTreeState=clean`,
    `-X ${client}.gitVersion=${entry.version}`,
    `-X ${client}.gitMajor=${major}`,
    `-X ${client}.gitMinor=${minor}`,
  ].join(" ");
  return {
    files: { "go.mod": goMod("k8sbin", [`${entry.module} ${entry.version}`], extra) },
    builds: entry.binaries.map((b) => ({ pkg: `k8s.io/kubernetes/cmd/${b}`, out: b })),
    ldflags,
  };
}

function etcd(entry: ToolEntry): GoWorkspace {
  // The etcd server module replaces its siblings with relative paths, so it cannot be
  // built in place; this wrapper is exactly etcd's own main package.
  const main = `package main\n\nimport (\n\t"os"\n\n\t"go.etcd.io/etcd/server/v3/etcdmain"\n)\n\nfunc main() { etcdmain.Main(os.Args) }\n`;
  return {
    files: { "go.mod": goMod("etcdbin", [`${entry.module} ${entry.version}`]), "main.go": main },
    builds: [{ pkg: ".", out: "etcd" }],
    ldflags: "",
  };
}

function helm(entry: ToolEntry, kubernetesVersion: string): GoWorkspace {
  // Without these, helm v3 assumes Kubernetes 1.20 for .Capabilities and lint rules.
  const { major, minor } = semverParts(kubernetesVersion);
  const ldflags = [
    `-X helm.sh/helm/v3/internal/version.version=${entry.version}`,
    `-X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=${major}`,
    `-X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=${minor}`,
    `-X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=${major}`,
    `-X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=${minor}`,
  ].join(" ");
  const extra = `\ntool helm.sh/helm/v3/cmd/helm\n`;
  return {
    files: { "go.mod": goMod("helmbin", [`${entry.module} ${entry.version}`], extra) },
    builds: [{ pkg: "helm.sh/helm/v3/cmd/helm", out: "helm" }],
    ldflags,
  };
}

function metricsServer(entry: ToolEntry): GoWorkspace {
  const ldflags = `-X k8s.io/client-go/pkg/version.gitVersion=${entry.version}`;
  const extra = `\ntool sigs.k8s.io/metrics-server/cmd/metrics-server\n`;
  return {
    files: { "go.mod": goMod("msbin", [`${entry.module} ${entry.version}`], extra) },
    builds: [{ pkg: "sigs.k8s.io/metrics-server/cmd/metrics-server", out: "metrics-server" }],
    ldflags,
  };
}

function terraform(entry: ToolEntry): GoWorkspace {
  // v1.5.7 is the last MPL-licensed release; it is a single module with no replaces,
  // and its version string is embedded from version/VERSION, so no -X flags.
  const extra = `\ntool ${entry.module}\n`;
  return {
    files: { "go.mod": goMod("terraformbin", [`${entry.module} ${entry.version}`], extra) },
    builds: [{ pkg: entry.module, out: "terraform" }],
    ldflags: "",
  };
}

function kwok(entry: ToolEntry): GoWorkspace {
  // The benchmark's reference node controller. kwok's go.mod has no replaces and needs
  // no k8s.io/kubernetes, so its command builds straight from the module; the version
  // string goes where `kwok --version` reads it.
  const pkg = "sigs.k8s.io/kwok/cmd/kwok";
  const extra = `\ntool ${pkg}\n`;
  return {
    files: { "go.mod": goMod("kwokbin", [`${entry.module} ${entry.version}`], extra) },
    builds: [{ pkg, out: "kwok" }],
    ldflags: `-X sigs.k8s.io/kwok/pkg/consts.Version=${entry.version}`,
  };
}

function actionlint(entry: ToolEntry): GoWorkspace {
  // The GitHub Actions workflow linter of `npm run lint`; its version string is a package
  // variable `actionlint -version` prints.
  const pkg = "github.com/rhysd/actionlint/cmd/actionlint";
  return {
    files: { "go.mod": goMod("actionlintbin", [`${entry.module} ${entry.version}`], `\ntool ${pkg}\n`) },
    builds: [{ pkg, out: "actionlint" }],
    ldflags: `-X github.com/rhysd/actionlint.version=${entry.version}`,
  };
}

export type Manifest = Readonly<Record<string, ToolEntry>>;

/** The Go workspace that builds `name`, or an error naming the unknown tool. */
export function recipeFor(name: string, manifest: Manifest): GoWorkspace {
  const entry = manifest[name];
  if (!entry) throw new Error(`tools.json has no tool named ${name}`);
  switch (name) {
    case "kubernetes":
      return kubernetes(entry);
    case "etcd":
      return etcd(entry);
    case "helm":
      return helm(entry, manifest["kubernetes"]?.version ?? "v1.34.0");
    case "metrics-server":
      return metricsServer(entry);
    case "terraform":
      return terraform(entry);
    case "kwok":
      return kwok(entry);
    case "actionlint":
      return actionlint(entry);
    default:
      throw new Error(`no build recipe for tool ${name}`);
  }
}
