/**
 * Finds or builds the pinned upstream tools (tools.json) into a per-version cache
 * outside the repository. Explicit assets (envtest's KUBEBUILDER_ASSETS and
 * TEST_ASSET_*) win over the cache and are never rebuilt.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isAlive } from "../util/pids.ts";
import { type Manifest, RECIPE_REVISION, recipeFor } from "./recipes.ts";

/** A problem the user fixes by installing or setting something; printed as one line. */
export class ToolchainError extends Error {
  override name = "ToolchainError";
}

const MANIFEST_PATH = join(dirname(fileURLToPath(import.meta.url)), "tools.json");

export function loadManifest(): Manifest {
  const raw = JSON.parse(readFileSync(MANIFEST_PATH, "utf8")) as Record<string, unknown>;
  delete raw["$comment"];
  return raw as Manifest;
}

export function cacheRoot(): string {
  return process.env["OKEVN_CACHE_DIR"] ?? join(homedir(), ".cache", "oke-virtual-nodes");
}

/** Cache folder of one tool: changes whenever its manifest entry or recipe changes. */
export function toolDir(name: string, manifest: Manifest = loadManifest()): string {
  const workspace = recipeFor(name, manifest);
  const key = createHash("sha256")
    .update(JSON.stringify({ entry: manifest[name], workspace, revision: RECIPE_REVISION }))
    .digest("hex")
    .slice(0, 12);
  return join(cacheRoot(), "tools", `${name}-${manifest[name]?.version}-${key}`);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** TEST_ASSET_KUBE_APISERVER for kube-apiserver, as envtest names them. */
function assetVariable(binary: string): string {
  return `TEST_ASSET_${binary.toUpperCase().replaceAll("-", "_")}`;
}

/** The binary given explicitly by the environment, or undefined; a broken setting throws. */
function explicitAsset(binary: string): string | undefined {
  const variable = assetVariable(binary);
  const single = process.env[variable];
  if (single) {
    if (!isExecutable(single)) throw new ToolchainError(`${variable}=${single} is not an executable file`);
    return single;
  }
  const assets = process.env["KUBEBUILDER_ASSETS"];
  if (assets) {
    if (!existsSync(assets) || !statSync(assets).isDirectory()) {
      throw new ToolchainError(`KUBEBUILDER_ASSETS=${assets} is not a directory`);
    }
    const candidate = join(assets, binary);
    if (existsSync(candidate)) {
      if (!isExecutable(candidate))
        throw new ToolchainError(`KUBEBUILDER_ASSETS: ${candidate} is not executable`);
      return candidate;
    }
  }
  return undefined;
}

function toolOf(binary: string, manifest: Manifest): string {
  for (const [name, entry] of Object.entries(manifest)) if (entry.binaries.includes(binary)) return name;
  throw new ToolchainError(`no tool in tools.json provides ${binary}`);
}

/** Path of `binary` if it is available without building, else undefined. */
export function findBinary(binary: string, manifest: Manifest = loadManifest()): string | undefined {
  const explicit = explicitAsset(binary);
  if (explicit) return explicit;
  const cached = join(toolDir(toolOf(binary, manifest), manifest), "bin", binary);
  return isExecutable(cached) ? cached : undefined;
}

/** The recipes' go.mod says `go 1.26`; an older go refuses them (or, with GOTOOLCHAIN=local, cannot switch). */
export const GO_MINIMUM = "1.26";

/**
 * How to get Go where it is missing or too old, in one line. Debian's golang-go is older
 * than 1.26, so it is not the advice; GOTOOLCHAIN (Go >= 1.21) fetches the named toolchain
 * as the module golang.org/toolchain from the Go module proxy.
 */
const GO_ADVICE =
  `only the test tools are built with Go; the main job (\`npm ci && npm run synth\`) does not need it. ` +
  `Get Go >= ${GO_MINIMUM} from the official archive at go.dev/dl (unpack into /usr/local, put /usr/local/go/bin on PATH), ` +
  `or, with any go >= 1.21 on PATH (Debian's golang-go is older than ${GO_MINIMUM}), run with GOTOOLCHAIN=go1.26.8 ` +
  `so go fetches that toolchain from the Go module proxy; for the control plane alone, KUBEBUILDER_ASSETS may instead ` +
  `name a folder holding etcd, kube-apiserver, kube-scheduler, kube-controller-manager and kubectl`;

/** Throws ToolchainError unless `go version` output names Go >= GO_MINIMUM. */
export function checkGoVersion(versionOutput: string): void {
  const match = /\bgo(\d+)\.(\d+)/.exec(versionOutput);
  const [major, minor] = GO_MINIMUM.split(".").map(Number) as [number, number];
  if (!match)
    throw new ToolchainError(`cannot read the Go version from \`go version\`: ${versionOutput.trim()}`);
  const found = [Number(match[1]), Number(match[2])] as const;
  if (found[0] > major || (found[0] === major && found[1] >= minor)) return;
  throw new ToolchainError(`Go >= ${GO_MINIMUM} is needed and \`go version\` says ${match[0]}; ${GO_ADVICE}`);
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  log: (line: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, CGO_ENABLED: "0", GOFLAGS: "-mod=mod" };
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const collect = (chunk: Buffer): void => {
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" && command === "go") {
        reject(new ToolchainError(`Go >= ${GO_MINIMUM} is needed and \`go\` is not on PATH; ${GO_ADVICE}`));
      } else reject(error);
    });
    child.on("exit", (code) => {
      if (code === 0) resolve(tail);
      else {
        log(tail);
        reject(new ToolchainError(`${command} ${args.join(" ")} failed with exit code ${code} in ${cwd}`));
      }
    });
  });
}

async function buildTool(name: string, manifest: Manifest, log: (line: string) => void): Promise<void> {
  const target = toolDir(name, manifest);
  const workspace = recipeFor(name, manifest);
  await mkdir(join(cacheRoot(), "work"), { recursive: true });
  const work = await mkdtemp(join(cacheRoot(), "work", `${name}-`));
  const started = Date.now();
  try {
    for (const [file, content] of Object.entries(workspace.files)) await writeFile(join(work, file), content);
    // Fails with the install hint before anything is announced.
    checkGoVersion(await run("go", ["version"], work, log));
    log(
      `toolchain: building ${name} ${manifest[name]?.version} (first time only; this can take many minutes)`,
    );
    await run("go", ["mod", "tidy"], work, log);
    for (const { pkg, out } of workspace.builds) {
      const ldflags = `-s -w ${workspace.ldflags}`.trim();
      await run(
        "go",
        ["build", "-trimpath", "-ldflags", ldflags, "-o", join(work, "bin", out), pkg],
        work,
        log,
      );
    }
    const record = { tool: name, entry: manifest[name], seconds: (Date.now() - started) / 1000 };
    await writeFile(join(work, "build.json"), JSON.stringify(record, null, 2) + "\n");
    await mkdir(dirname(target), { recursive: true });
    await rm(target, { recursive: true, force: true });
    await rename(work, target);
    log(`toolchain: built ${name} in ${record.seconds.toFixed(0)} s -> ${target}`);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Makes every binary of the named tools available and returns their paths by binary
 * name. Builds only tools that are neither given explicitly nor cached.
 */
export async function ensureTools(
  names: readonly string[],
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<Record<string, string>> {
  const manifest = loadManifest();
  const paths: Record<string, string> = {};
  for (const name of names) {
    const entry = manifest[name];
    if (!entry) throw new ToolchainError(`tools.json has no tool named ${name}`);
    const missing = (): boolean => entry.binaries.some((binary) => !findBinary(binary, manifest));
    // Re-checked under the lock: another process may have built it meanwhile.
    if (missing()) await withLock(async () => (missing() ? buildTool(name, manifest, log) : undefined));
    for (const binary of entry.binaries) {
      const path = findBinary(binary, manifest);
      if (!path) throw new ToolchainError(`${binary} is still missing after building ${name}`);
      paths[binary] = path;
    }
  }
  return paths;
}

/** Serialises builds between processes (a sandbox and a test run starting together). */
async function withLock<T>(action: () => Promise<T>): Promise<T> {
  const lock = join(cacheRoot(), "build.lock");
  await mkdir(cacheRoot(), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, "pid"), String(process.pid));
      break;
    } catch {
      if (!lockHolderAlive(lock)) await rm(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await action();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

function lockHolderAlive(lock: string): boolean {
  try {
    return isAlive(Number(readFileSync(join(lock, "pid"), "utf8")));
  } catch {
    return false; // no pid file yet, or it vanished with the lock
  }
}
