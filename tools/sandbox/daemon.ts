/**
 * The sandbox's long-lived owner: starts the test bed, records it in the state file, and
 * tears everything down on SIGTERM. Its children die with it (see processes.ts).
 */
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type ControlPlane, httpsGet, startControlPlane } from "../controlplane/control-plane.ts";
import { freePort } from "../controlplane/ports.ts";
import { type Emulator, startEmulator } from "../emulator/emulator.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  startVirtualNodeProcess,
} from "../harness/virtual-node.ts";
import { type CsrApproverProcess, startCsrApproverProcess } from "../harness/csr-approver.ts";
import { type MetricsServer, startMetricsServer } from "../harness/metrics-server.ts";
import { ensureTools } from "../toolchain/build.ts";
import { createProviderNamespace } from "../harness/provider-namespace.ts";
import { KUBECONFIG_PATH, SANDBOX_DIR, STATE_PATH, writeState } from "./state.ts";

const { values: args } = parseArgs({
  options: {
    "apiserver-port": { type: "string" },
    runtime: { type: "string", default: "process" },
    profile: { type: "string", default: "fast" },
  },
});
const apiserverPort = args["apiserver-port"] ? Number(args["apiserver-port"]) : undefined;
const runtime = args.runtime === "scenario" ? "scenario" : "process";
/** The emulator's delays: "fast" (ms) or "realistic" (OCI's seconds: back-offs and grace periods show). */
const profile = args.profile === "realistic" ? "realistic" : "fast";
export const SANDBOX_NODE = "oke-virtual-node-0";
let controlPlane: ControlPlane | undefined;
let emulator: Emulator | undefined;
let virtualNode: VirtualNodeProcess | undefined;
let approver: CsrApproverProcess | undefined;
let metricsServer: MetricsServer | undefined;
let stopping = false;

async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log("sandbox: stopping");
  await metricsServer?.stop();
  await approver?.stop();
  await virtualNode?.stop();
  await emulator?.stop();
  await controlPlane?.stop();
  await rm(STATE_PATH, { force: true });
  await rm(KUBECONFIG_PATH, { force: true });
  console.log("sandbox: stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());

/** Waits until the virtual node reports Ready, or fails with the tail of its log. */
async function waitForNode(plane: ControlPlane, name: string, node: VirtualNodeProcess): Promise<void> {
  const pki = join(plane.paths.dir, "pki");
  const tls = {
    ca: await readFile(plane.paths.caCert, "utf8"),
    cert: await readFile(join(pki, "admin.crt"), "utf8"),
    key: await readFile(join(pki, "admin.key"), "utf8"),
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (node.child.exitCode !== null) break;
    const res = await httpsGet(`${plane.server}/api/v1/nodes/${name}`, tls).catch(() => undefined);
    const conditions =
      res?.status === 200
        ? (JSON.parse(res.body) as { status?: { conditions?: { type: string; status: string }[] } }).status
            ?.conditions
        : undefined;
    if (conditions?.some((c) => c.type === "Ready" && c.status === "True")) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  const log = await readFile(node.logPath, "utf8").catch(() => "");
  throw new Error(
    `virtual node ${name} did not become Ready; last log lines:\n${log.trim().split("\n").slice(-10).join("\n")}`,
  );
}

/** A Deployment a new user can apply to watch pods run on the virtual node. */
function exampleDeployment(): object {
  const labels = { app: "hello-virtual-node" };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "hello-virtual-node", namespace: "default" },
    spec: {
      replicas: 3,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          nodeSelector: { type: "virtual-kubelet" },
          tolerations: [VIRTUAL_NODE_TOLERATION],
          containers: [
            { name: "web", image: "nginx:1.27", resources: { requests: { cpu: "500m", memory: "512Mi" } } },
          ],
        },
      },
    },
  };
}

try {
  await writeState({ daemonPid: process.pid, status: "starting" });
  controlPlane = await startControlPlane({
    dir: join(SANDBOX_DIR, "controlplane"),
    ...(apiserverPort ? { apiserverPort } : {}),
    log: (line) => console.log(line),
  });
  await copyFile(controlPlane.paths.kubeconfig, KUBECONFIG_PATH);
  await createProviderNamespace(controlPlane.paths.kubectl, controlPlane.paths.kubeconfig);
  console.log("sandbox: starting the OCI emulator and the virtual node");
  emulator = await startEmulator({ profile, port: await freePort(), runtime });
  // Under the scenario runtime the example's nginx logs a request a second, so `kubectl logs` has
  // something to show (under the process runtime it logs the requests it really serves).
  emulator.setScenarios([
    {
      match: { image: "*nginx:*" },
      behaviour: {
        logs: { lines: ['10.0.0.1 - - "GET / HTTP/1.1" 200 615 (request {n})'], intervalMs: 1000 },
      },
    },
  ]);
  const ociDir = join(SANDBOX_DIR, "emulator");
  const oci = emulator.writeOciConfig(ociDir);
  virtualNode = startVirtualNodeProcess({
    nodeName: SANDBOX_NODE,
    emulator,
    kubeconfig: controlPlane.paths.kubeconfig,
    address: controlPlane.network.hostAddress,
    dir: join(SANDBOX_DIR, "node"),
    kubeletPort: await freePort(),
    config: { clusterName: "sandbox" },
  });
  // The kubelet API's serving certificate comes from a CSR, approved as the chart's approver
  // does (the provider runs with the admin credentials here, not a ServiceAccount).
  approver = startCsrApproverProcess({
    dir: join(SANDBOX_DIR, "csr-approver"),
    config: {
      apiVersion: "oke-virtual-nodes.io/v1alpha1",
      kind: "CsrApproverConfig",
      requester: "kubernetes-admin",
      nodes: [{ name: SANDBOX_NODE }],
      kubeconfig: controlPlane.paths.kubeconfig,
    },
  });
  await waitForNode(controlPlane, SANDBOX_NODE, virtualNode);
  console.log("sandbox: starting metrics-server (kubectl top)");
  metricsServer = await startMetricsServer({
    binary: (await ensureTools(["metrics-server"], (line) => console.log(line)))["metrics-server"]!,
    kubeconfig: controlPlane.paths.kubeconfig,
    caCert: controlPlane.paths.caCert,
    address: controlPlane.network.hostAddress,
    securePort: await freePort(),
    dir: join(SANDBOX_DIR, "metrics-server"),
  });
  await writeFile(
    join(SANDBOX_DIR, "example-deployment.json"),
    JSON.stringify(exampleDeployment(), null, 2) + "\n",
  );
  await writeState({
    daemonPid: process.pid,
    status: "ready",
    kubernetesVersion: controlPlane.version,
    server: controlPlane.server,
    kubectl: controlPlane.paths.kubectl,
    logDir: controlPlane.paths.logDir,
    componentPids: {
      ...Object.fromEntries(controlPlane.processes.map((p) => [p.name, p.pid])),
      "virtual-node": virtualNode.child.pid ?? 0,
      "csr-approver": approver.child.pid ?? 0,
      "metrics-server": metricsServer.child.pid ?? 0,
    },
    emulator: {
      endpoint: emulator.endpoint,
      adminEndpoint: emulator.adminEndpoint,
      ociConfig: oci.configFile,
      runtime,
      ...(emulator.processRuntime
        ? {
            podSubnet: `${emulator.processRuntime.subnet.network}/${emulator.processRuntime.subnet.prefixLength}`,
          }
        : {}),
    },
    nodeName: SANDBOX_NODE,
    nodeLog: virtualNode.logPath,
    profile,
  });
} catch (error) {
  await writeState({
    daemonPid: process.pid,
    status: "failed",
    error: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
}
