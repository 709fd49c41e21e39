/**
 * Numbered test subnets (198.18.<n>.0/24 test networks, 198.19.<n>.0/24 pod bridges) claimed across
 * the processes of this machine. Looking for a subnet whose address is not configured yet is not
 * enough: two test files starting together both see the same free number and both configure it (the
 * kernel accepts one address on two links). So a number is taken by creating a claim file
 * exclusively (O_EXCL), holding the claimer's pid; a claim whose process is gone is taken over.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isAlive } from "./pids.ts";

const CLAIMS = "/run/okevn-slots";

export interface Slot {
  readonly slot: number;
  /** Removes the claim (only if it is still this process's). */
  release(): void;
}

function claimOwner(path: string): number | undefined {
  try {
    return Number(readFileSync(path, "utf8").trim()) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Claims the lowest number in [first, last] that is not in `configured` and not claimed by a live
 * process. Throws when none is left. `root`: where claims live (tests use a temporary folder).
 */
export function claimSlot(
  kind: string,
  configured: ReadonlySet<number>,
  first: number,
  last: number,
  root = CLAIMS,
): Slot {
  const dir = join(root, kind);
  mkdirSync(dir, { recursive: true });
  for (let slot = first; slot <= last; slot++) {
    if (configured.has(slot)) continue;
    const path = join(dir, String(slot));
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(path, String(process.pid), { flag: "wx" });
        return {
          slot,
          release() {
            if (claimOwner(path) === process.pid) unlinkSync(path);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const owner = claimOwner(path);
        // A live owner keeps it; a dead one's claim is removed and the number tried once more.
        if (owner !== undefined && isAlive(owner)) break;
        try {
          unlinkSync(path);
        } catch {
          // another process took it over first
        }
      }
    }
  }
  throw new Error(`no free ${kind} slot left in ${first}..${last}`);
}
