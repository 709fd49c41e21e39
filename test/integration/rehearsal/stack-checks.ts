/**
 * What every user path of the stack must show on the cluster bed (issue 20, items 1-3), as
 * functions a test calls after its own apply, re-plan and destroy: the synthesized root, the
 * module's example root and the CDK CLI all end in the same state.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { ensureTools } from "../../../tools/toolchain/build.ts";
import { eventually } from "../support/cluster.ts";
import { startClusterBed, type ClusterBed } from "./cluster-bed.ts";
import type { OciBed } from "./oci-bed.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** The release's namespace and name (the stack's defaults). */
export const RELEASE = { name: "oke-virtual-nodes", namespace: "oke-virtual-nodes" } as const;
/** The Secret with the emulator's API key the rehearsal names in `oci_api_key_secret`. */
export const API_KEY_SECRET = "okevn-rehearsal-oci-api-key";

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Starts a cluster bed before the file's tests (handing it to `started`) and closes it after them. */
export function useClusterBed(started: (bed: ClusterBed) => void): void {
  let bed: ClusterBed | undefined;
  beforeAll(async () => {
    bed = await startClusterBed();
    started(bed);
  }, 600_000);
  afterAll(async () => {
    await bed?.close();
  });
}

/** `npm run synth` into `out` (full-cluster/, module/, module/example/, chart/). */
export function synthTo(out: string): void {
  const args = ["--disable-warning=DEP0044", join(ROOT, "infra/scripts/synth.ts"), out];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "pipe" });
  if (r.status !== 0) throw new Error(`synth exited ${r.status}: ${String(r.stderr)}`);
}

/** A fresh `npm run synth` into `out`; returns the full-cluster folder. */
export function synthFullCluster(out: string): string {
  synthTo(out);
  return join(out, "full-cluster");
}

/**
 * The release namespace with a Secret holding the emulator's API key, as an operator would create
 * it for `oci_api_key_secret` (key_file pointing where the chart mounts it).
 */
export async function createApiKeySecret(bed: ClusterBed): Promise<void> {
  const files = bed.emulator.writeOciConfig(join(bed.root, "api-key-secret"));
  const config = readFileSync(files.configFile, "utf8").replace(
    /^key_file=.*$/m,
    "key_file=/etc/oci/key.pem",
  );
  const must = async (args: string[]): Promise<void> => {
    const r = await bed.kubectl(args);
    if (r.code !== 0) throw new Error(`kubectl ${args.join(" ")}: ${r.stderr}`);
  };
  await must(["create", "namespace", RELEASE.namespace]);
  await must([
    "create",
    "secret",
    "generic",
    API_KEY_SECRET,
    "-n",
    RELEASE.namespace,
    `--from-literal=config=${config}`,
    `--from-file=key.pem=${files.keyFile}`,
  ]);
}

/**
 * Terraform in `dir` of the bed, throwing with its output on a non-zero exit; every command's
 * output is appended to `.test-run/rehearsal-<log>.log` (emptied here) for a look after the run,
 * when the bed's folder is gone (local-exec output, e.g. the drain step's, is only there).
 */
export function loggedTerraform(
  bed: ClusterBed,
  dir: string,
  log: string,
): (...args: string[]) => Promise<string> {
  const file = join(ROOT, ".test-run", `rehearsal-${log}.log`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, "");
  return async (...args) => {
    const flags = args[0] === "output" ? ["-no-color"] : ["-no-color", "-input=false"];
    const r = await bed.terraform(dir, [...args, ...flags]);
    appendFileSync(file, `$ terraform ${args.join(" ")} (exit ${r.code})\n${r.stdout}\n${r.stderr}\n`);
    if (r.code !== 0)
      throw new Error(`terraform ${args.join(" ")} exited ${r.code}\n${r.stderr}\n${r.stdout.slice(-6000)}`);
    return r.stdout;
  };
}

/**
 * A plan of `dir` right after its apply has nothing to do (no perpetual diff); `variables` are
 * what the apply was given other than by a tfvars file (as `-var`).
 */
export async function expectPlanEmpty(
  bed: ClusterBed,
  dir: string,
  variables: Record<string, unknown> = {},
): Promise<void> {
  const vars = Object.entries(variables).flatMap(([k, v]) => ["-var", `${k}=${String(v)}`]);
  const plan = await bed.terraform(dir, ["plan", "-detailed-exitcode", "-no-color", "-input=false", ...vars]);
  expect(plan.code, `second plan is not empty:\n${plan.stdout.slice(-6000)}\n${plan.stderr}`).toBe(0);
}

/**
 * After apply (items 1 of issue 20): every record of the stack ready, the release up with its
 * virtual nodes `nodeNames` (the stack's `node_names` output; one with `stackVariables`) Ready,
 * and a user Deployment serving on them.
 */
export async function expectStackServes(bed: ClusterBed, nodeNames: readonly string[]): Promise<void> {
  expect(expectEmulatorSettled(bed)).toEqual(STACK_RECORDS);
  expect(nodeNames).toEqual(["oke-virtual-node-1"]);
  await expectReleaseUp(bed, nodeNames);
  await expectUserWorkloadServes(bed, nodeNames);
}

/** The variables a rehearsal passes the stack: the emulator's tenancy, one virtual node, the Secret. */
/** The stack's required variables for a bed, and no IAM propagation wait (nothing to propagate). */
export function ociStackVariables(bed: OciBed): Record<string, unknown> {
  const c = bed.emulator.credentials;
  return {
    compartment_id: c.compartmentId,
    tenancy_id: c.tenancyId,
    region: c.region,
    iam_propagation_delay_seconds: 0,
  };
}

/** ociStackVariables, one virtual node, and the provider's OCI access by the rehearsal's API-key Secret. */
export function stackVariables(bed: ClusterBed): Record<string, unknown> {
  return { ...ociStackVariables(bed), virtual_node_count: 1, oci_api_key_secret: API_KEY_SECRET };
}

/** The emulator's records of the stack's network part, by kind. */
export const NETWORK_RECORDS = {
  vcn: 1,
  subnet: 4,
  routeTable: 2,
  internetGateway: 1,
  natGateway: 1,
  serviceGateway: 1,
  networkSecurityGroup: 4,
} as const;

/** The emulator's records of the whole stack (with `create_iam`), by kind. */
export const STACK_RECORDS = {
  ...NETWORK_RECORDS,
  dynamicGroup: 1,
  policy: 2,
  cluster: 1,
  virtualNodePool: 1,
} as const;

/** Every live emulated resource in its ready state; returns the counts by kind. */
export function expectEmulatorSettled(bed: OciBed): Record<string, number> {
  const cp = bed.emulator.core.controlPlane;
  const byKind: Record<string, number> = {};
  for (const rec of cp.records.values()) {
    if (!cp.isLive(rec)) continue;
    expect(cp.stateOf(rec), `${rec.kind} ${rec.id}`).toBe(rec.states.ready);
    byKind[rec.kind] = (byKind[rec.kind] ?? 0) + 1;
  }
  return byKind;
}

async function helmStatus(bed: ClusterBed): Promise<{ code: number; json?: Obj; stderr: string }> {
  const helm = (await ensureTools(["helm"]))["helm"]!;
  try {
    const stdout = execFileSync(
      helm,
      [
        "status",
        RELEASE.name,
        "-n",
        RELEASE.namespace,
        "-o",
        "json",
        "--kubeconfig",
        bed.controlPlane.paths.kubeconfig,
      ],
      { encoding: "utf8", stdio: "pipe", env: { ...process.env, HELM_CACHE_HOME: join(bed.root, "helm") } },
    );
    return { code: 0, json: JSON.parse(stdout) as Obj, stderr: "" };
  } catch (error) {
    const e = error as { status?: number; stderr?: string };
    return { code: e.status ?? 1, stderr: String(e.stderr ?? "") };
  }
}

const isReady = (node: Obj): boolean =>
  (node.status?.conditions as Obj[] | undefined)?.some((c) => c.type === "Ready" && c.status === "True") ===
  true;

/**
 * After apply: the release deployed, the provider's pods Running on the system stand-in, the
 * release's virtual nodes (`nodeNames`) registered and Ready.
 */
export async function expectReleaseUp(bed: ClusterBed, nodeNames: readonly string[]): Promise<void> {
  const status = await helmStatus(bed);
  expect(status.code, status.stderr).toBe(0);
  expect(status.json?.info?.status).toBe("deployed");
  const system = new Set(bed.systemNodes());
  expect(system.size).toBeGreaterThan(0);
  const pods = await bed.getJson<{ items: Obj[] }>([
    "get",
    "pods",
    "-n",
    RELEASE.namespace,
    "-l",
    "app.kubernetes.io/component=provider",
  ]);
  expect(pods.items.length).toBeGreaterThanOrEqual(2);
  for (const pod of pods.items) {
    expect(pod.status?.phase, pod.metadata.name).toBe("Running");
    expect(system.has(pod.spec.nodeName), `${pod.metadata.name} on ${pod.spec.nodeName}`).toBe(true);
  }
  for (const name of nodeNames) {
    await eventually(`virtual node ${name} Ready`, async () => {
      const node = await bed.getJson<Obj>(["get", "node", name]);
      return isReady(node) ? node : undefined;
    });
  }
}

/**
 * A user Deployment of 3 nginx pods on the virtual nodes: Running on the process runtime, each
 * serving its page to a fetch from this machine (the test network) at the pod's IP.
 */
export async function expectUserWorkloadServes(bed: ClusterBed, nodeNames: readonly string[]): Promise<void> {
  const manifest = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "default" },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: {
          nodeSelector: { type: "virtual-kubelet" },
          tolerations: [{ key: "virtual-kubelet.io/provider", operator: "Exists", effect: "NoSchedule" }],
          containers: [
            { name: "nginx", image: "docker.io/library/nginx:1.27", ports: [{ containerPort: 80 }] },
          ],
        },
      },
    },
  };
  const file = join(bed.root, "web.json");
  writeFileSync(file, JSON.stringify(manifest));
  const applied = await bed.kubectl(["apply", "-f", file]);
  expect(applied.code, applied.stderr).toBe(0);
  const pods = await eventually(
    "3 web pods Running",
    async () => {
      const list = await bed.getJson<{ items: Obj[] }>(["get", "pods", "-n", "default", "-l", "app=web"]);
      const running = list.items.filter((p) => p.status?.phase === "Running" && p.status?.podIP);
      return running.length === 3 ? running : undefined;
    },
    300_000,
  );
  for (const pod of pods) {
    expect(nodeNames).toContain(pod.spec.nodeName);
    const page = await eventually(`page from ${pod.status.podIP}`, async () => {
      const res = await fetch(`http://${pod.status.podIP}/`, { signal: AbortSignal.timeout(5000) });
      return res.ok ? await res.text() : undefined;
    });
    expect(page).toContain("Welcome to nginx!");
  }
}

/**
 * After destroy: the release gone (its cleanup hook Job ran), no virtual node left and no pod bound
 * to one, every Container Instance DELETED and no emulated resource left.
 */
export async function expectDestroyedClean(bed: ClusterBed, nodeNames: readonly string[]): Promise<void> {
  const status = await helmStatus(bed);
  expect(status.code, "helm status after destroy").not.toBe(0);
  expect(status.stderr).toContain("not found");
  const events = await bed.getJson<{ items: Obj[] }>(["get", "events", "-n", RELEASE.namespace]);
  const hookRan = events.items.filter(
    (e) =>
      e.involvedObject?.kind === "Job" &&
      String(e.involvedObject?.name).endsWith("-cleanup") &&
      e.reason === "Completed",
  );
  expect(hookRan.length, "the cleanup hook Job completed").toBeGreaterThanOrEqual(nodeNames.length);
  const nodes = await bed.getJson<{ items: Obj[] }>(["get", "nodes"]);
  const names = nodes.items.map((n) => n.metadata.name as string);
  for (const name of nodeNames) expect(names).not.toContain(name);
  const pods = await bed.getJson<{ items: Obj[] }>(["get", "pods", "-A"]);
  const bound = pods.items.filter((p) => nodeNames.includes(p.spec.nodeName));
  expect(bound.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual([]);
  const instances = [...bed.emulator.core.store.instances.values()];
  expect(instances.length).toBeGreaterThan(0);
  expect(
    instances
      .filter((i) => i.lifecycleState !== "DELETED")
      .map((i) => `${i.displayName} ${i.lifecycleState}`),
  ).toEqual([]);
  expect(bed.emulator.core.controlPlane.liveCounts()).toEqual({});
}
