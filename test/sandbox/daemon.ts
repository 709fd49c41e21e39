/**
 * The sandbox's long-lived owner: starts the test bed, records it in the state file, and
 * tears everything down on SIGTERM. Its children die with it (see processes.ts).
 */
import { copyFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { type ControlPlane, startControlPlane } from "../controlplane/control-plane.ts";
import { KUBECONFIG_PATH, SANDBOX_DIR, STATE_PATH, writeState } from "./state.ts";

const apiserverPort = process.argv[2] ? Number(process.argv[2]) : undefined;
let controlPlane: ControlPlane | undefined;
let stopping = false;

async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log("sandbox: stopping");
  await controlPlane?.stop();
  await rm(STATE_PATH, { force: true });
  await rm(KUBECONFIG_PATH, { force: true });
  console.log("sandbox: stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());

try {
  await writeState({ daemonPid: process.pid, status: "starting" });
  controlPlane = await startControlPlane({
    dir: join(SANDBOX_DIR, "controlplane"),
    ...(apiserverPort ? { apiserverPort } : {}),
    log: (line) => console.log(line),
  });
  await copyFile(controlPlane.paths.kubeconfig, KUBECONFIG_PATH);
  await writeState({
    daemonPid: process.pid,
    status: "ready",
    kubernetesVersion: controlPlane.version,
    server: controlPlane.server,
    kubectl: controlPlane.paths.kubectl,
    logDir: controlPlane.paths.logDir,
    componentPids: Object.fromEntries(controlPlane.processes.map((p) => [p.name, p.pid])),
  });
} catch (error) {
  await writeState({
    daemonPid: process.pid,
    status: "failed",
    error: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
}
