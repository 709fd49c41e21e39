/** The sandbox's state file, shared by the CLI and the daemon that owns the processes. */
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `.sandbox/` in the repository; OKEVN_SANDBOX_DIR moves it (tests use a private one). */
export const SANDBOX_DIR =
  process.env["OKEVN_SANDBOX_DIR"] ??
  resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", ".sandbox");
export const STATE_PATH = join(SANDBOX_DIR, "state.json");
export const KUBECONFIG_PATH = join(SANDBOX_DIR, "kubeconfig");
export const DAEMON_LOG = join(SANDBOX_DIR, "daemon.log");

export interface SandboxState {
  readonly daemonPid: number;
  readonly status: "starting" | "ready" | "failed";
  readonly error?: string;
  readonly kubernetesVersion?: string;
  readonly server?: string;
  readonly kubectl?: string;
  readonly logDir?: string;
  readonly componentPids?: Readonly<Record<string, number>>;
  readonly emulator?: {
    readonly endpoint: string;
    readonly adminEndpoint: string;
    readonly ociConfig: string;
    /** "process" (default): pods run as processes on `podSubnet`; "scenario": nothing runs. */
    readonly runtime?: "scenario" | "process";
    readonly podSubnet?: string;
  };
  readonly nodeName?: string;
  readonly nodeLog?: string;
  /** The emulator's delay profile ("fast" or "realistic"). */
  readonly profile?: "fast" | "realistic";
}

export function readState(): SandboxState | undefined {
  if (!existsSync(STATE_PATH)) return undefined;
  try {
    return JSON.parse(readFileSync(STATE_PATH, "utf8")) as SandboxState;
  } catch {
    return undefined;
  }
}

export async function writeState(state: SandboxState): Promise<void> {
  await writeFile(STATE_PATH, JSON.stringify(state, null, 2) + "\n");
}

export { isAlive } from "../util/pids.ts";
