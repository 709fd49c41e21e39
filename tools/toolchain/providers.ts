/**
 * The real Terraform provider plugins (oracle/oci, hashicorp/helm), installed into the
 * cache as a filesystem mirror. They cannot be built from the Go module proxy (it refuses
 * oracle/terraform-provider-oci and serves only an old helm provider), so they come
 * prebuilt, xz-compressed, from a `shared/terraform-providers` folder next to the
 * repository (its README says how they were built); every file is checked against that
 * folder's SHA256SUMS before and after decompression.
 *
 * Where the folder is: $OKEVN_TERRAFORM_PROVIDERS, else `<repo>/../shared/terraform-providers`,
 * else (in a `git worktree`) the same path beside the main checkout.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { ToolchainError, cacheRoot } from "./build.ts";

const run = promisify(execFile);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** One plugin of the shared folder and where Terraform looks for it in a mirror. */
export interface ProviderPlugin {
  /** Short name, as in infra/scripts/terraform.ts. */
  readonly name: "oci" | "helm";
  /** Registry address, e.g. registry.terraform.io/oracle/oci. */
  readonly fqn: string;
  readonly version: string;
}

export const PROVIDER_PLUGINS: readonly ProviderPlugin[] = [
  { name: "oci", fqn: "registry.terraform.io/oracle/oci", version: "8.28.0" },
  { name: "helm", fqn: "registry.terraform.io/hashicorp/helm", version: "3.1.2" },
];

/** The full `terraform providers schema -json` of both plugins, in the shared folder. */
export const SHARED_SCHEMA = "providers-schema.json.xz";

export const PROVIDERS_ENV = "OKEVN_TERRAFORM_PROVIDERS";

const fileName = (p: ProviderPlugin): string => `terraform-provider-${p.fqn.split("/").at(-1)}_v${p.version}`;

/** The shared folder, or undefined when no candidate holds a SHA256SUMS. @throws on a bad override */
export function sharedProvidersDir(): string | undefined {
  const override = process.env[PROVIDERS_ENV];
  if (override) {
    if (!existsSync(join(override, "SHA256SUMS"))) {
      throw new ToolchainError(`${PROVIDERS_ENV}=${override} holds no SHA256SUMS`);
    }
    return override;
  }
  const candidates = [join(REPO, "..", "shared", "terraform-providers")];
  // A git worktree's .git is a file naming <main>/.git/worktrees/<name>.
  const dotGit = join(REPO, ".git");
  if (existsSync(dotGit) && statSync(dotGit).isFile()) {
    const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, "utf8"))?.[1]?.trim();
    const main = gitdir?.split("/.git/worktrees/")[0];
    if (main && main !== gitdir) candidates.push(join(main, "..", "shared", "terraform-providers"));
  }
  return candidates.find((dir) => existsSync(join(dir, "SHA256SUMS")));
}

function readSums(dir: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of readFileSync(join(dir, "SHA256SUMS"), "utf8").split("\n")) {
    const match = /^([0-9a-f]{64})\s+\*?(\S+)$/.exec(line.trim());
    if (match?.[1] && match[2]) sums.set(match[2], match[1]);
  }
  return sums;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function verify(path: string, sums: Map<string, string>, name: string): Promise<void> {
  const want = sums.get(name);
  if (!want) throw new ToolchainError(`SHA256SUMS has no entry for ${name}`);
  const got = await sha256(path);
  if (got !== want) throw new ToolchainError(`${path}: sha256 ${got}, SHA256SUMS says ${want}`);
}

/** Decompresses `<dir>/<name>.xz` to `target` with xz (Debian: xz-utils), checking both digests. */
async function unxz(dir: string, name: string, target: string, sums: Map<string, string>): Promise<void> {
  const source = join(dir, `${name}.xz`);
  await verify(source, sums, `${name}.xz`);
  try {
    await run("sh", ["-c", 'xz -dc "$1" > "$2"', "unxz", source, target]);
  } catch (error) {
    throw new ToolchainError(
      `xz -dc ${source} failed (is xz-utils installed?): ${(error as Error).message.trim()}`,
    );
  }
  await verify(target, sums, name);
}

export interface ProvidersMirror {
  /** Folder laid out as Terraform's filesystem_mirror expects. */
  readonly path: string;
  /** The shared folder the plugins came from. */
  readonly source: string;
  readonly plugins: readonly ProviderPlugin[];
}

/**
 * Installs the real plugins into `<cache>/terraform-providers/<digest>` (once per digest
 * set) and returns the mirror. Undefined when no shared folder is found.
 * @throws ToolchainError on a digest mismatch or a failed decompression
 */
export async function ensureProviderPlugins(
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<ProvidersMirror | undefined> {
  const source = sharedProvidersDir();
  if (!source) return undefined;
  const sums = readSums(source);
  const key = createHash("sha256")
    .update(PROVIDER_PLUGINS.map((p) => `${fileName(p)}=${sums.get(fileName(p)) ?? "?"}`).join("\n"))
    .digest("hex")
    .slice(0, 12);
  const path = join(cacheRoot(), "terraform-providers", key);
  if (existsSync(join(path, "complete"))) return { path, source, plugins: PROVIDER_PLUGINS };
  log(`toolchain: installing the real terraform providers from ${source}`);
  await mkdir(dirname(path), { recursive: true });
  const work = await mkdtemp(`${path}.work-`);
  try {
    for (const p of PROVIDER_PLUGINS) {
      const dir = join(work, p.fqn, p.version, "linux_amd64");
      await mkdir(dir, { recursive: true });
      const target = join(dir, fileName(p));
      await unxz(source, fileName(p), target, sums);
      await chmod(target, 0o755);
    }
    await writeFile(join(work, "complete"), `${source}\n`);
    await rm(path, { recursive: true, force: true });
    await rename(work, path);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  log(`toolchain: terraform providers ready in ${path}`);
  return { path, source, plugins: PROVIDER_PLUGINS };
}

/** The full provider schema JSON of the shared folder (digest-checked). @throws when absent */
export async function readSharedSchema(): Promise<string> {
  const source = sharedProvidersDir();
  if (!source) throw new ToolchainError(`no shared/terraform-providers folder found (set ${PROVIDERS_ENV})`);
  const sums = readSums(source);
  await mkdir(cacheRoot(), { recursive: true });
  const work = await mkdtemp(join(cacheRoot(), "schema-"));
  try {
    const target = join(work, "providers-schema.json");
    await verify(join(source, SHARED_SCHEMA), sums, SHARED_SCHEMA);
    await run("sh", ["-c", 'xz -dc "$1" > "$2"', "unxz", join(source, SHARED_SCHEMA), target]);
    return readFileSync(target, "utf8");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
