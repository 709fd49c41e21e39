/**
 * Which data path the agent runs (docs/networking.md): privileged (nftables DNAT of real
 * ClusterIPs) when it holds CAP_NET_ADMIN and nftables works in its network namespace, else
 * unprivileged (loopback DNS and proxies). `OKEVN_DATA_PATH` chooses: `unprivileged`
 * (the default, so a hand-run agent never touches a machine's firewall), `privileged` (required: the
 * agent refuses to start without it) or `auto` (privileged when possible).
 */
import { readFileSync } from "node:fs";
import { NFT_PROBE, type NftRunner } from "./nftables.ts";

export const DATA_PATH_MODES = ["auto", "privileged", "unprivileged"] as const;
export type DataPathMode = (typeof DATA_PATH_MODES)[number];
export type DataPath = "privileged" | "unprivileged";

/** CAP_NET_ADMIN's bit number (linux/capability.h). */
const CAP_NET_ADMIN = 12;

/** Whether the `CapEff:` line of a /proc/<pid>/status text has CAP_NET_ADMIN; false when absent. */
export function hasNetAdmin(status: string): boolean {
  const match = /^CapEff:\s*([0-9a-fA-F]+)\s*$/m.exec(status);
  if (!match) return false;
  return ((BigInt(`0x${match[1]}`) >> BigInt(CAP_NET_ADMIN)) & 1n) === 1n;
}

export class DataPathUnavailableError extends Error {
  override readonly name = "DataPathUnavailableError";
}

export interface DataPathChoice {
  readonly path: DataPath;
  /** Why, for the log and the readiness body, e.g. "CAP_NET_ADMIN held and nftables works". */
  readonly reason: string;
}

/**
 * Chooses the data path. `probe` runs a transaction that creates and deletes a table (the
 * capability alone is not enough: the kernel may lack nf_tables, or a seccomp profile may refuse it).
 * Throws DataPathUnavailableError when `mode` is `privileged` and the path cannot run.
 */
export async function chooseDataPath(
  mode: DataPathMode,
  probe: { readonly status: () => string; readonly nft: NftRunner },
): Promise<DataPathChoice> {
  if (mode === "unprivileged") return { path: "unprivileged", reason: "configured unprivileged" };
  let why: string;
  if (!hasNetAdmin(probe.status())) why = "no CAP_NET_ADMIN in the effective capability set";
  else {
    try {
      await probe.nft(NFT_PROBE);
      return {
        path: "privileged",
        reason: `${mode === "auto" ? "chosen" : "configured"}: CAP_NET_ADMIN held and nftables works`,
      };
    } catch (error) {
      why = `CAP_NET_ADMIN held but nftables does not work: ${(error as Error).message}`;
    }
  }
  if (mode === "privileged") throw new DataPathUnavailableError(`privileged data path required; ${why}`);
  return { path: "unprivileged", reason: `chosen: ${why}` };
}

/** This process's /proc status text. */
export function ownStatus(): string {
  return readFileSync("/proc/self/status", "utf8");
}
