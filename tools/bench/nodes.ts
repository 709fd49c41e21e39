/** The nodes under test: a KWOK-managed fake node, and one virtual node (the real provider on the OCI emulator). */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type V1Node } from "@kubernetes/client-node";
import {
  HEAP_PERCENTAGE,
  SEMI_SPACE_MIB,
  kubernetesQps,
  memoryMiB,
  queueQps,
} from "../../cdk8s/src/sizing.ts";
import { Tpl } from "../../cdk8s/src/tpl.ts";
import { ConflictError } from "../../service/src/errors.ts";
import type { KubeHttp } from "../../service/src/kube/http.ts";
import { type ControlPlane } from "../controlplane/control-plane.ts";
import { createCertificateAuthority, issueCertificate } from "../controlplane/pki.ts";
import { freePort } from "../controlplane/ports.ts";
import { type ManagedProcess, startProcess } from "../controlplane/processes.ts";
import { type Emulator, startEmulator } from "../emulator/emulator.ts";
import { VIRTUAL_NODE_TOLERATION, merge, startVirtualNodeProcess } from "../harness/virtual-node.ts";
import { ensureTools, loadManifest } from "../toolchain/build.ts";
import type { BenchOptions } from "./results.ts";

/**
 * The benchmark's provider settings: capacity for N pods, and client-side limits raised
 * so that the provider itself, not a configured rate, is measured. The emulator (fast
 * profile) has no rate limits either. With the shipped kubernetes.qps of 100 a node tops
 * out near 33 pods/s (see docs/benchmarks.md); `--set kubernetes.qps=100 --set
 * kubernetes.burst=200` measures that.
 */
export function benchProviderConfig(pods: number): Record<string, unknown> {
  const unlimited = { qps: 10_000, burst: 10_000 };
  return {
    node: { capacity: { pods: Math.max(pods + 100, 5000), cpu: "100000", memory: "400Ti" } },
    kubernetes: { qps: 1000, burst: 2000 },
    queues: { qps: 2000, burst: 4000 },
    oci: {
      rateLimits: {
        create: unlimited,
        delete: unlimited,
        get: unlimited,
        list: unlimited,
        other: unlimited,
      },
    },
    observability: { logLevel: "warn" },
  };
}

/** The emulator's service limits for benchmarks: OCI's defaults (1,000 OCPUs per AD) would refuse their pods. */
export const BENCH_EMULATOR_LIMITS = {
  ocpusPerAd: 10_000_000,
  memoryInGBsPerAd: 100_000_000,
  instancesPerAd: 10_000_000,
} as const;

/**
 * What the chart sets for a node of N pods (cdk8s/src/sizing.ts), and the V8 heap that
 * `--max-old-space-size-percentage` gives for that memory limit. The OCI limits stay open: the emulator has none.
 */
export function shippedProviderConfig(pods: number): {
  config: Record<string, unknown>;
  memoryLimitMiB: number;
  heapMiB: number;
} {
  const tpl = new Tpl("concrete");
  const memoryLimitMiB = memoryMiB(tpl, pods);
  const bench = benchProviderConfig(pods);
  return {
    config: {
      ...bench,
      node: { capacity: { pods, cpu: "100000", memory: "400Ti" } },
      kubernetes: kubernetesQps(tpl, pods),
      queues: queueQps(tpl, pods),
    },
    memoryLimitMiB,
    heapMiB: Math.floor((memoryLimitMiB * HEAP_PERCENTAGE) / 100),
  };
}

export const BENCH_CONFIG_MAP = "bench-env";
export const BENCH_SECRET = "bench-secret";
export const BENCH_LABEL = "bench.oke-virtual-nodes.io/run";
export const KWOK_NODE = "kwok-bench";
export const VIRTUAL_NODE = "vn-bench";

/** Ends a wait at once (a process under test died), instead of counting as "not yet". */
export class BenchAbort extends Error {
  override name = "BenchAbort";
}

export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await Promise.resolve(check()).catch((error: unknown) => {
      if (error instanceof BenchAbort) throw error;
      return false;
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function nodeReady(http: KubeHttp, name: string): Promise<boolean> {
  const node = await http.request<V1Node>("GET", `/api/v1/nodes/${name}`);
  return node.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
}

export interface NodeUnderTest {
  readonly pid: number;
  /** Virtual node only. */
  readonly emulator?: Emulator;
  readonly metricsUrl?: string;
  /** Virtual node only: `https://address:port` of its kubelet API. */
  readonly kubeletUrl?: string;
  stop(): Promise<void>;
}

/**
 * KWOK's own stages, as kwokctl sets them up (fast node, heartbeat with a Lease, fast
 * pods), read from the kwok module the toolchain built from: the Go module cache.
 */
function kwokStages(version: string): string {
  const info = JSON.parse(
    execFileSync("go", ["mod", "download", "-json", `sigs.k8s.io/kwok@${version}`], { encoding: "utf8" }),
  ) as { Dir?: string };
  if (!info.Dir) throw new Error(`go mod download sigs.k8s.io/kwok@${version} gave no directory`);
  const files = [
    "node/fast/node-initialize.yaml",
    "node/heartbeat-with-lease/node-heartbeat-with-lease.yaml",
    "pod/fast/pod-ready.yaml",
    "pod/fast/pod-complete.yaml",
    "pod/fast/pod-delete.yaml",
  ];
  return files.map((f) => readFileSync(join(info.Dir!, "kustomize", "stage", f), "utf8")).join("\n---\n");
}

export async function startKwok(
  cp: ControlPlane,
  http: KubeHttp,
  pods: number,
  dir: string,
): Promise<NodeUnderTest> {
  const { kwok } = await ensureTools(["kwok"]);
  // An earlier round made the Node already; KWOK takes it over again.
  await http
    .request("POST", "/api/v1/nodes", {
      body: {
        apiVersion: "v1",
        kind: "Node",
        metadata: {
          name: KWOK_NODE,
          labels: {
            "bench.oke-virtual-nodes.io/kwok": "true",
            "kubernetes.io/hostname": KWOK_NODE,
            "kubernetes.io/os": "linux",
            type: "kwok",
          },
          annotations: { "kwok.x-k8s.io/node": "fake" },
        },
        spec: { taints: [{ ...VIRTUAL_NODE_TOLERATION, value: "oci" }] },
        status: {
          allocatable: { cpu: "100000", memory: "400Ti", pods: String(Math.max(pods + 100, 5000)) },
          capacity: { cpu: "100000", memory: "400Ti", pods: String(Math.max(pods + 100, 5000)) },
        },
      },
    })
    .catch((error: unknown) => {
      if (!(error instanceof ConflictError)) throw error;
    });
  mkdirSync(dir, { recursive: true });
  const config = join(dir, "kwok.yaml");
  writeFileSync(config, kwokStages(loadManifest()["kwok"]?.version ?? ""));
  const process: ManagedProcess = startProcess(
    "kwok",
    kwok!,
    [
      `--kubeconfig=${cp.paths.kubeconfig}`,
      `--config=${config}`,
      "--node-lease-duration-seconds=40",
      "--manage-nodes-with-label-selector=bench.oke-virtual-nodes.io/kwok=true",
      "--cidr=10.128.0.0/14",
      `--node-ip=${cp.network.hostAddress}`,
    ],
    dir,
  );
  let exited = false;
  void process.exited.then(() => (exited = true));
  await until(
    "the KWOK node Ready",
    async () => {
      if (exited) throw new BenchAbort(`kwok exited; see ${process.logPath}`);
      return nodeReady(http, KWOK_NODE);
    },
    60_000,
  );
  return { pid: process.pid, stop: () => process.stop() };
}

export async function startVirtualNode(
  cp: ControlPlane,
  http: KubeHttp,
  options: BenchOptions,
  dir: string,
): Promise<NodeUnderTest> {
  const emulator = await startEmulator({
    profile: "fast",
    limits: BENCH_EMULATOR_LIMITS,
    callLogSize: options.pods * 12 + 20_000,
  });
  const metricsPort = await freePort();
  const shipped = options.shipped ? shippedProviderConfig(options.pods) : undefined;
  // A serving certificate from files (no CSR to approve); the benchmark does not verify it.
  const serving = await issueCertificate(await createCertificateAuthority("bench-kubelet-serving"), {
    subject: `CN=system:node:${VIRTUAL_NODE}, O=system:nodes`,
    usage: "server",
    ipAddresses: [cp.network.hostAddress],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "serving.crt"), serving.certPem);
  writeFileSync(join(dir, "serving.key"), serving.keyPem, { mode: 0o600 });
  const config = merge(
    merge(shipped?.config ?? benchProviderConfig(options.pods), {
      observability: { metricsAddress: `127.0.0.1:${metricsPort}` },
      kubeletApi: { tlsCertFile: join(dir, "serving.crt"), tlsKeyFile: join(dir, "serving.key") },
    }),
    options.providerConfig ?? {},
  );
  const savedNodeOptions = process.env["NODE_OPTIONS"];
  const extra = [
    shipped ? `--max-old-space-size=${shipped.heapMiB} --max-semi-space-size=${SEMI_SPACE_MIB}` : "",
    options.providerNodeOptions ?? "",
  ];
  if (options.cpuProfileDir) {
    mkdirSync(options.cpuProfileDir, { recursive: true });
    extra.push(`--cpu-prof --cpu-prof-dir=${options.cpuProfileDir}`);
  }
  const nodeOptions = [savedNodeOptions ?? "", ...extra].join(" ").trim();
  if (nodeOptions) process.env["NODE_OPTIONS"] = nodeOptions;
  const kubeletPort = await freePort();
  const vn = startVirtualNodeProcess({
    nodeName: VIRTUAL_NODE,
    emulator,
    kubeconfig: cp.paths.kubeconfig,
    address: cp.network.hostAddress,
    kubeletPort,
    dir,
    config,
  });
  if (savedNodeOptions === undefined) delete process.env["NODE_OPTIONS"];
  else process.env["NODE_OPTIONS"] = savedNodeOptions;
  await until("the virtual node Ready", () => nodeReady(http, VIRTUAL_NODE), 90_000);
  return {
    pid: vn.child.pid!,
    emulator,
    metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
    kubeletUrl: `https://${cp.network.hostAddress}:${kubeletPort}`,
    async stop() {
      await vn.stop();
      await emulator.stop();
    },
  };
}
