// The process runtime's image catalogue: which local programs stand in for an image. An image is a
// read-only layer (a directory prepared once per emulator) laid over this machine's root file system,
// plus the image config's entrypoint, cmd, env, working directory and user. docs/emulator.md lists it.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { ensureAgentBundle } from "../../image/agent-bundle.ts";
import { APP_DIR, ENTRYPOINT, NODE_PATH, USER_ID } from "../../image/build.ts";
import { globMatch } from "../scenarios.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
/** Debian's busybox-static: one static binary, so it runs in any root. */
export const BUSYBOX = "/bin/busybox";
export const IMAGE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

export interface ImageEntry {
  /** Globs on the image's repository (registry, `library/`, tag and digest removed), e.g. "busybox". */
  readonly repositories: readonly string[];
  /** What the layer holds: busybox's applets in /bin, /sbin, /usr/bin and /usr/sbin; files by path. */
  readonly busybox?: boolean;
  readonly files?: Readonly<Record<string, string>>;
  /** Host files or directories bound read-only into the container, by container path. */
  readonly binds?: Readonly<Record<string, string>>;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly workingDir?: string;
  /** The image's default user (uid), applied when the container sets no runAsUser. */
  readonly user?: number;
  /** Run before each container of the image starts (e.g. building a file the binds expose). */
  readonly prepare?: () => void;
}

const NGINX_PAGE = `<!DOCTYPE html>
<html>
<head><title>Welcome to nginx!</title></head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and working.</p>
</body>
</html>
`;

function nodeBinary(): string {
  return realpathSync(join(ROOT, "node_modules", ".bin", "node"));
}

/** The built-in entries; tests add their own in front (EmulatorOptions.images). */
export function defaultImages(): ImageEntry[] {
  return [
    { repositories: ["busybox"], busybox: true, cmd: ["sh"], env: { PATH: IMAGE_PATH } },
    {
      repositories: ["nginx"],
      busybox: true,
      files: { "usr/share/nginx/html/index.html": NGINX_PAGE },
      cmd: ["httpd", "-f", "-vv", "-p", "80", "-h", "/usr/share/nginx/html"],
      env: { PATH: IMAGE_PATH },
    },
    {
      repositories: ["node"],
      binds: { "/usr/local/bin/node": nodeBinary() },
      cmd: ["node"],
      env: { PATH: IMAGE_PATH },
    },
    {
      repositories: ["*/oke-virtual-nodes", "oke-virtual-nodes"],
      binds: { [`/${NODE_PATH}`]: nodeBinary(), [`/${APP_DIR}`]: ROOT },
      entrypoint: ENTRYPOINT,
      env: { PATH: IMAGE_PATH },
      workingDir: `/${APP_DIR}`,
      user: USER_ID,
      // The agent container runs the bundled agent from the repository (cached; rebuilt when stale).
      prepare: () => void ensureAgentBundle(ROOT),
    },
  ];
}

/** `docker.io/library/busybox:1.36@sha256:…` → `busybox`; `ghcr.io/a/b:1` → `a/b`. */
export function repositoryOf(imageUrl: string): string {
  let ref = imageUrl.split("@")[0]!;
  const slash = ref.lastIndexOf("/");
  const colon = ref.lastIndexOf(":");
  if (colon > slash) ref = ref.slice(0, colon);
  const parts = ref.split("/");
  if (parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === "localhost")) parts.shift();
  if (parts.length > 1 && parts[0] === "library") parts.shift();
  return parts.join("/");
}

export function findImage(catalogue: readonly ImageEntry[], imageUrl: string): ImageEntry | undefined {
  const repository = repositoryOf(imageUrl);
  return catalogue.find((e) => e.repositories.some((pattern) => globMatch(pattern, repository)));
}

/** OCI's failure for an image the catalogue lacks: the pull fails, the container never starts. */
export function pullFailureMessage(imageUrl: string): string {
  return `Failed to pull image ${imageUrl}: manifest unknown (the emulator's image catalogue has no ${repositoryOf(imageUrl)})`;
}

/** The command a container runs: OCI's command replaces the entrypoint, arguments replace cmd. */
export function commandLine(
  entry: ImageEntry,
  command?: readonly string[],
  args?: readonly string[],
): string[] {
  const entrypoint = command && command.length > 0 ? command : (entry.entrypoint ?? []);
  const rest = args && args.length > 0 ? args : command && command.length > 0 ? [] : (entry.cmd ?? []);
  return [...entrypoint, ...rest];
}

let applets: string[] | undefined;

/** Writes the image's layer into `dir` (once); returns `dir`. */
export function prepareLayer(entry: ImageEntry, dir: string): string {
  const ready = `${dir}.ready`;
  if (existsSync(ready)) return dir;
  mkdirSync(dir, { recursive: true });
  if (entry.busybox) {
    if (!existsSync(BUSYBOX))
      throw new Error(`${BUSYBOX} is missing: install busybox-static (apt-get install busybox-static)`);
    mkdirSync(join(dir, "bin"), { recursive: true });
    copyFileSync(BUSYBOX, join(dir, "bin", "busybox"));
    chmodSync(join(dir, "bin", "busybox"), 0o755);
    applets ??= execFileSync(BUSYBOX, ["--list-full"], { encoding: "utf8" }).trim().split("\n");
    // As in the image, every applet is in /bin; also where busybox installs it, so that the host's
    // /usr/bin programs under the same names never win on PATH.
    for (const full of applets) {
      const name = full.split("/").pop()!;
      for (const at of new Set([`bin/${name}`, ...(full.includes("/") ? [full] : [])])) {
        const path = join(dir, at);
        if (existsSync(path) || name === "busybox") continue;
        mkdirSync(dirname(path), { recursive: true });
        symlinkSync("/bin/busybox", path);
      }
    }
  }
  for (const [path, content] of Object.entries(entry.files ?? {})) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  writeFileSync(ready, "");
  return dir;
}
