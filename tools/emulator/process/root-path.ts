// Paths inside a container's root. The root is an overlay of the image layer on this machine's `/`,
// assembled before the chroot, so `mkdir -p <root>/var/run/x` would follow this machine's
// `/var/run -> /run` link out of the root (onto the host's /run) and a mount there would be
// invisible to the container. Targets are therefore resolved as the kernel would inside the root.
import { lstatSync, readlinkSync } from "node:fs";
import { join } from "node:path";

const MAX_LINKS = 40; // the kernel's limit on symlinks in one path lookup

/** The link target of `path` in the first of `lowers` that has an entry there, or undefined. */
function linkIn(path: string, lowers: readonly string[]): string | undefined {
  for (const lower of lowers) {
    try {
      const full = join(lower, path);
      return lstatSync(full).isSymbolicLink() ? readlinkSync(full) : undefined;
    } catch {
      // Not in this layer: the next one shows through.
    }
  }
  return undefined;
}

/**
 * `path` (absolute, inside the container) with every symbolic link on the way resolved within the
 * root made of `lowers` (the first that has an entry wins, as in an overlay): absolute link targets
 * start again at the root, `..` never climbs above it. Missing components are kept as they are.
 * Throws on more than 40 links (a loop).
 */
export function resolveInRoot(path: string, lowers: readonly string[]): string {
  const rest = path.split("/").filter((p) => p !== "" && p !== ".");
  const done: string[] = [];
  let links = 0;
  while (rest.length > 0) {
    const part = rest.shift()!;
    if (part === "..") {
      done.pop();
      continue;
    }
    const target = linkIn(`/${[...done, part].join("/")}`, lowers);
    if (target === undefined) {
      done.push(part);
      continue;
    }
    if (++links > MAX_LINKS) throw new Error(`${path}: too many levels of symbolic links`);
    if (target.startsWith("/")) done.length = 0;
    rest.unshift(...target.split("/").filter((p) => p !== "" && p !== "."));
  }
  return `/${done.join("/")}`;
}
