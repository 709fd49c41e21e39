/**
 * Runs the CSR approver (`service/src/main.ts --approve-csrs`) as a process, the way the chart's
 * approver Deployment runs it, with its log kept as JSON lines for tests to read.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const MAIN = join(ROOT, "service", "src", "main.ts");

export interface CsrApproverProcess {
  readonly logPath: string;
  readonly child: ChildProcess;
  /** The log's JSON lines so far. */
  logLines(): Record<string, unknown>[];
  stop(): Promise<void>;
}

/** Writes `config` (a CsrApproverConfig) to `dir` and starts the approver with it. */
export function startCsrApproverProcess(options: {
  readonly dir: string;
  readonly config: Record<string, unknown>;
}): CsrApproverProcess {
  mkdirSync(options.dir, { recursive: true });
  const configPath = join(options.dir, "csr-approver.json");
  writeFileSync(configPath, JSON.stringify(options.config, null, 2));
  const logPath = join(options.dir, "csr-approver.log");
  const log = openSync(logPath, "a");
  const child = spawn(
    "setpriv",
    ["--pdeathsig", "KILL", "--", process.execPath, MAIN, "--approve-csrs", "--config", configPath],
    { stdio: ["ignore", log, log], cwd: ROOT },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    logPath,
    child,
    logLines() {
      return readFileSync(logPath, "utf8")
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
