/**
 * Child processes of the test bed. Each runs under `setpriv --pdeathsig KILL`, so the
 * kernel kills it if the process that started it dies, even by SIGKILL: an interrupted
 * test run leaves nothing behind.
 */
import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HarnessError } from "./errors.ts";

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  readonly logPath: string;
  /** Resolves with the exit code (or null after a signal) when the process ends. */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** The environment without proxy settings: nothing the test bed talks to is behind a proxy. */
export function directEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(https?|all|no)_proxy$/i.test(key)) env[key] = value;
  }
  return {
    ...env,
    NO_PROXY: "127.0.0.1,localhost,::1,198.18.0.0/15",
    no_proxy: "127.0.0.1,localhost,::1,198.18.0.0/15",
    ...extra,
  };
}

export function startProcess(
  name: string,
  binary: string,
  args: readonly string[],
  logDir: string,
  env: NodeJS.ProcessEnv = directEnvironment(),
): ManagedProcess {
  const logPath = join(logDir, `${name}.log`);
  const log = openSync(logPath, "a");
  const child = spawn("setpriv", ["--pdeathsig", "KILL", "--", binary, ...args], {
    stdio: ["ignore", log, log],
    env,
  });
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.once("error", () => resolve(-1));
  });
  if (child.pid === undefined) throw new HarnessError(`could not start ${name} (${binary})`);
  const pid = child.pid;
  return {
    name,
    pid,
    logPath,
    exited,
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The last lines of a process's log, for error messages. */
export function logTail(process: ManagedProcess, lines = 15): string {
  try {
    return readFileSync(process.logPath, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}
