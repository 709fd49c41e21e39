/**
 * `npm run sandbox -- up|down|status`: a local test bed a new user can poke with kubectl.
 * `up` starts a background daemon and returns once everything is ready. Pods run as real processes
 * (the emulator's process runtime) unless `--runtime scenario`.
 * `--profile realistic` gives the emulator OCI's delays (25 s to provision, restart back-offs from
 * 10 s) instead of fast ones.
 */
import { spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { leftovers } from "../emulator/process/host.ts";
import { DAEMON_LOG, KUBECONFIG_PATH, SANDBOX_DIR, type SandboxState, isAlive, readState } from "./state.ts";

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

function running(): SandboxState | undefined {
  const state = readState();
  return state && isAlive(state.daemonPid) ? state : undefined;
}

function describe(state: SandboxState): void {
  const kubeconfig = relative(process.cwd(), KUBECONFIG_PATH);
  console.log(`sandbox is up: Kubernetes ${state.kubernetesVersion} at ${state.server}`);
  console.log(`  kubectl --kubeconfig ${kubeconfig} get ns`);
  if (state.profile) console.log(`  emulator profile: ${state.profile}`);
  console.log(`  (matching kubectl: ${state.kubectl})`);
  console.log(`  component logs: ${relative(process.cwd(), state.logDir ?? SANDBOX_DIR)}`);
  if (state.emulator && state.nodeName) {
    console.log(
      `OCI Container Instances emulator: ${state.emulator.endpoint} (admin: ${state.emulator.adminEndpoint}/state)`,
    );
    console.log(
      `  OCI config file for SDKs and the oci CLI: ${relative(process.cwd(), state.emulator.ociConfig)}`,
    );
    if (state.emulator.podSubnet) {
      console.log(
        `  pods run as processes on ${state.emulator.podSubnet}, reachable from this machine: curl http://<pod IP>/`,
      );
    }
    console.log(`virtual node ${state.nodeName} (log: ${relative(process.cwd(), state.nodeLog ?? "")})`);
    console.log(
      `  kubectl --kubeconfig ${kubeconfig} apply -f ${relative(process.cwd(), SANDBOX_DIR)}/example-deployment.json`,
    );
    console.log(`  kubectl --kubeconfig ${kubeconfig} get pods -o wide -w`);
    console.log(`  kubectl --kubeconfig ${kubeconfig} logs deploy/hello-virtual-node`);
    console.log(`  kubectl --kubeconfig ${kubeconfig} top pod`);
  }
  console.log("  stop everything: npm run sandbox down");
}

async function up(args: readonly string[]): Promise<void> {
  const existing = running();
  if (existing?.status === "ready") return describe(existing);
  if (existing)
    fail(`a sandbox is still starting (pid ${existing.daemonPid}); wait, or run npm run sandbox down`);
  let values: { "apiserver-port"?: string; runtime: string; profile: string };
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        "apiserver-port": { type: "string" },
        runtime: { type: "string", default: "process" },
        profile: { type: "string", default: "fast" },
      },
    }));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const { "apiserver-port": port, runtime, profile } = values;
  if (port !== undefined && !/^\d+$/.test(port)) fail(`--apiserver-port needs a port number, got ${port}`);
  if (runtime !== "process" && runtime !== "scenario")
    fail(`--runtime is process or scenario, got ${runtime}`);
  if (profile !== "fast" && profile !== "realistic")
    fail(`--profile needs fast or realistic, got ${profile}`);
  mkdirSync(SANDBOX_DIR, { recursive: true });
  const log = openSync(DAEMON_LOG, "w");
  const daemon = spawn(
    process.execPath,
    [
      new URL("./daemon.ts", import.meta.url).pathname,
      ...(port ? ["--apiserver-port", port] : []),
      "--runtime",
      runtime,
      "--profile",
      profile,
    ],
    {
      detached: true,
      stdio: ["ignore", log, log],
    },
  );
  daemon.unref();
  const pid = daemon.pid;
  if (pid === undefined) fail("could not start the sandbox daemon");
  console.log(
    `sandbox: starting (log: ${relative(process.cwd(), DAEMON_LOG)}); the first run builds the toolchain`,
  );
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const state = readState();
    if (state && state.daemonPid === pid) {
      if (state.status === "ready") return describe(state);
      if (state.status === "failed") fail(state.error ?? "sandbox failed to start");
    }
    if (!isAlive(pid)) fail(`sandbox daemon exited; see ${DAEMON_LOG}`);
  }
}

async function down(): Promise<void> {
  const state = running();
  if (!state) {
    console.log("sandbox is not running");
    return;
  }
  process.kill(state.daemonPid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isAlive(state.daemonPid)) {
    if (Date.now() > deadline) process.kill(state.daemonPid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 200));
  }
  const alive = Object.entries(state.componentPids ?? {}).filter(([, pid]) => isAlive(pid));
  if (alive.length > 0) fail(`still running after down: ${alive.map(([n, p]) => `${n} (${p})`).join(", ")}`);
  // The emulator ran in the daemon: its pods' namespaces, bridge and cgroup must be gone with it.
  const left = await leftovers(state.daemonPid);
  if (left.length > 0) fail(`left behind after down: ${left.join(", ")}`);
  console.log("sandbox stopped; no processes, namespaces or bridges left");
}

function status(): void {
  const state = running();
  if (!state) return console.log("sandbox is not running");
  if (state.status !== "ready") return console.log(`sandbox is ${state.status} (pid ${state.daemonPid})`);
  describe(state);
  for (const [name, pid] of Object.entries(state.componentPids ?? {})) {
    console.log(`  ${name.padEnd(24)} pid ${pid} ${isAlive(pid) ? "running" : "NOT RUNNING"}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case "up":
    await up(rest);
    break;
  case "down":
    await down();
    break;
  case "status":
    status();
    break;
  default:
    fail(
      "usage: npm run sandbox -- up [--apiserver-port N] [--runtime process|scenario] [--profile fast|realistic] | down | status",
    );
}
