/**
 * The README's main job on a fresh machine: `npm run synth` with Node alone. It runs
 * through the real npm with PATH holding only node, npm and sh (no go, no helm), an
 * empty HOME and an empty OKEVN_CACHE_DIR; it must succeed, print nothing on stderr,
 * build nothing into the cache, and write the stack, the module with its README and
 * example, and a chart tarball. The tarball is then checked with the real helm (from the
 * toolchain cache, used by this test only): `helm lint --strict`, `helm template` and
 * `helm show chart` of it agree with the chart folder, and it holds the files
 * `helm package` would write. Without go, `npm run toolchain` says what to install.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { list } from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ensureTools } from "../../../tools/toolchain/build.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const CHART_DIR = join(ROOT, "charts", "oke-virtual-nodes");
const TIMEOUT = 900_000; // a first run builds helm into the toolchain cache (minutes on 2 cores)

let scratch: string;
let bin: string;
let env: NodeJS.ProcessEnv;
let helm: string;

/** The first executable named `name` on the current PATH (npm and sh as this machine has them). */
function which(name: string): string {
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return realpathSync(candidate);
  }
  throw new Error(`${name} is not on PATH`);
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function npm(
  args: readonly string[],
  extraEnv: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(bin, "npm"), args, {
    cwd: ROOT,
    env: { ...env, ...extraEnv },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runHelm(args: readonly string[]): string {
  return execFileSync(helm, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Path → content of every file in a .tgz. */
async function tarContents(file: string): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  await list({
    file,
    onReadEntry: (entry) => {
      const chunks: Buffer[] = [];
      entry.on("data", (chunk: Buffer) => chunks.push(chunk));
      entry.on("end", () => contents.set(entry.path, Buffer.concat(chunks).toString()));
    },
  });
  return contents;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "okevn-synth-fresh-"));
  bin = join(scratch, "bin");
  mkdirSync(bin);
  // What a fresh machine has: Node (here the project's Node 24), npm and a shell; nothing else.
  symlinkSync(process.execPath, join(bin, "node"));
  symlinkSync(which("npm"), join(bin, "npm"));
  symlinkSync(which("sh"), join(bin, "sh"));
  for (const dir of ["home", "cache", "cache-toolchain"]) mkdirSync(join(scratch, dir));
  env = {
    PATH: bin,
    HOME: join(scratch, "home"),
    OKEVN_CACHE_DIR: join(scratch, "cache"),
    // npm's own "new version available" notice is not the project's output.
    npm_config_update_notifier: "false",
  };
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("npm run synth on a machine with Node alone", () => {
  let stderr: string;
  const out = (): string => join(scratch, "out");

  beforeAll(() => {
    const result = npm(["run", "synth", "--", out()]);
    expect(result.status, result.stderr).toBe(0);
    stderr = result.stderr;
  }, TIMEOUT);

  it("has no go and no helm on the PATH npm gives scripts", () => {
    const result = npm(["exec", "-c", "command -v go; command -v helm; echo checked"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe("checked");
  });

  it("prints nothing on stderr (no deprecation warning)", () => {
    expect(stderr).toBe("");
  });

  it("builds nothing into the (empty) cache", () => {
    expect(readdirSync(env["OKEVN_CACHE_DIR"] ?? "")).toEqual([]);
  });

  it("writes the stack, the module with its README and example, and the chart", () => {
    const { version } = parse(readFileSync(join(CHART_DIR, "Chart.yaml"), "utf8")) as { version: string };
    expect(filesUnder(out())).toEqual(
      [
        `chart/oke-virtual-nodes-${version}.tgz`,
        "full-cluster/cdk.tf.json",
        "full-cluster/oke-virtual-nodes.tgz",
        "module/README.md",
        "module/example/main.tf.json",
        "module/main.tf.json",
        "module/oke-virtual-nodes.tgz",
        "synth.json",
      ].sort(),
    );
    const stack = JSON.parse(readFileSync(join(out(), "full-cluster", "cdk.tf.json"), "utf8")) as {
      resource: Record<string, unknown>;
    };
    expect(Object.keys(stack.resource)).toEqual(
      expect.arrayContaining(["oci_core_vcn", "oci_containerengine_cluster", "helm_release"]),
    );
    const module = JSON.parse(readFileSync(join(out(), "module", "main.tf.json"), "utf8")) as {
      variable: Record<string, unknown>;
      provider?: unknown;
    };
    expect(module.variable).toHaveProperty("compartment_id");
    expect(module.provider).toBeUndefined();
    expect(readFileSync(join(out(), "module", "README.md"), "utf8")).toMatch(
      /## Inputs[\s\S]*`compartment_id`/,
    );
    const example = JSON.parse(readFileSync(join(out(), "module", "example", "main.tf.json"), "utf8")) as {
      module: Record<string, { source: string }>;
    };
    expect(Object.values(example.module).map((m) => m.source)).toEqual(["../"]);
    const chart = readFileSync(join(out(), "chart", `oke-virtual-nodes-${version}.tgz`));
    expect(readFileSync(join(out(), "full-cluster", "oke-virtual-nodes.tgz")).equals(chart)).toBe(true);
    expect(readFileSync(join(out(), "module", "oke-virtual-nodes.tgz")).equals(chart)).toBe(true);
  });

  it(
    "writes the same bytes on a second run",
    () => {
      const again = join(scratch, "again");
      const result = npm(["run", "synth", "--", again]);
      expect(result.status, result.stderr).toBe(0);
      const files = filesUnder(out()).filter((f) => f !== "synth.json");
      expect(filesUnder(again).filter((f) => f !== "synth.json")).toEqual(files);
      for (const file of files) {
        expect(readFileSync(join(again, file)).equals(readFileSync(join(out(), file))), file).toBe(true);
      }
    },
    TIMEOUT,
  );

  it("explains, without go, what `npm run toolchain` needs and that synth does not", () => {
    const result = npm(["run", "toolchain", "--", "build", "helm"], {
      OKEVN_CACHE_DIR: join(scratch, "cache-toolchain"),
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Go >= 1\.26 is needed and `go` is not on PATH/);
    expect(result.stderr).toMatch(/GOTOOLCHAIN=go1\.26/);
    expect(result.stderr).toMatch(/`npm ci && npm run synth`\) does not need it/);
  });
});

describe("the chart tarball synth wrote, checked by the real helm", () => {
  let tgz: string;

  beforeAll(async () => {
    ({ helm } = (await ensureTools(["helm"])) as { helm: string });
    const chartOut = join(scratch, "out", "chart");
    const name = readdirSync(chartOut).find((f) => f.endsWith(".tgz"));
    if (!name) throw new Error(`no .tgz in ${chartOut}`);
    tgz = join(chartOut, name);
  }, TIMEOUT);

  it("passes helm lint --strict, with the default values and each ci/ values file", () => {
    expect(runHelm(["lint", "--strict", tgz])).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    for (const values of readdirSync(join(CHART_DIR, "ci"))) {
      const output = runHelm(["lint", "--strict", tgz, "--values", join(CHART_DIR, "ci", values)]);
      expect(output, values).toMatch(/1 chart\(s\) linted, 0 chart\(s\) failed/);
    }
  });

  it("renders with helm template exactly as the chart folder does", () => {
    // The minimal example values declare one virtual node, so a Deployment renders too. (An existing
    // agent Secret: the chart's own would hold a random value, different in every rendering.)
    const args = [
      "--namespace",
      "okevn-system",
      "--values",
      join(CHART_DIR, "ci", "minimal-values.yaml"),
      "--set",
      "agent.existingSecret=okevn-agent-key",
    ];
    const fromTgz = runHelm(["template", "okevn", tgz, ...args]);
    expect(fromTgz).toMatch(/kind: Deployment/);
    expect(fromTgz).toBe(runHelm(["template", "okevn", CHART_DIR, ...args]));
  });

  it("shows the source Chart.yaml through helm show chart", () => {
    const shown = runHelm(["show", "chart", tgz]);
    expect(parse(shown)).toEqual(parse(readFileSync(join(CHART_DIR, "Chart.yaml"), "utf8")));
    expect(shown).toBe(runHelm(["show", "chart", CHART_DIR]));
  });

  it("holds the files helm package writes (Chart.yaml read, the rest byte for byte)", async () => {
    const destination = join(scratch, "helm-package");
    runHelm(["package", CHART_DIR, "--destination", destination]);
    const [helmName] = readdirSync(destination);
    expect(helmName).toBe(tgz.split("/").pop());
    const ours = await tarContents(tgz);
    const theirs = await tarContents(join(destination, helmName ?? ""));
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [path, content] of theirs) {
      if (path.endsWith("/Chart.yaml")) expect(parse(ours.get(path) ?? "")).toEqual(parse(content));
      else expect(ours.get(path), path).toBe(content);
    }
  });
});
