/**
 * The scale benchmark (issues 9 and 18): one local control plane; on it, in turn, a
 * KWOK-managed fake node and one virtual node (the real provider process against the OCI
 * emulator) each get the same N pods, all Running, then all deleted. Pods are either placed
 * by kube-scheduler (`scheduled`) or created with `spec.nodeName` set (`prebound`, as KWOK's
 * own benchmarks do), which measures the node agent instead of the scheduler's binding rate.
 * Each phase is measured from the outside: a pod watch, the emulator's call log and state,
 * /proc, the metrics of the apiserver and of the provider, and timed kubelet API reads.
 */
import { execFileSync } from "node:child_process";
import { request as httpsRequest } from "node:https";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { KubeConfig, type V1Node } from "@kubernetes/client-node";
import { kubernetesQps, memoryMiB, queueQps } from "../../cdk8s/src/sizing.ts";
import { Tpl } from "../../cdk8s/src/tpl.ts";
import { ConflictError } from "../../service/src/errors.ts";
import { KubeHttp } from "../../service/src/kube/http.ts";
import { type ControlPlane, httpsGet, startControlPlane } from "../controlplane/control-plane.ts";
import { createCertificateAuthority, issueCertificate } from "../controlplane/pki.ts";
import { freePort } from "../controlplane/ports.ts";
import { type ManagedProcess, startProcess } from "../controlplane/processes.ts";
import { type Emulator, startEmulator } from "../emulator/emulator.ts";
import { VIRTUAL_NODE_TOLERATION, merge, startVirtualNodeProcess } from "../harness/virtual-node.ts";
import { ensureTools, loadManifest } from "../toolchain/build.ts";
import {
  type Distribution,
  type RequestCounts,
  apiserverRequests,
  difference,
  distribution,
  nodeWrites,
  parsePrometheus,
  sampleProcess,
  sum,
} from "./measure.ts";
import { PodObserver } from "./observer.ts";

export type NodeKind = "kwok" | "virtual-node";
/** How pods reach the node: bound by kube-scheduler, or created with `spec.nodeName` set. */
export type Placement = "scheduled" | "prebound";
/** How the pods are deleted: one DELETECOLLECTION, or by deleting their namespace. */
export type Deletion = "collection" | "namespace";

export interface BenchOptions {
  readonly pods: number;
  readonly dir: string;
  readonly nodes: readonly NodeKind[];
  /** Each placement is a round of phases, one per node. @default ["prebound", "scheduled"] */
  readonly placements?: readonly Placement[];
  /** @default "collection" */
  readonly deletion?: Deletion;
  /** Parallel pod creations by the benchmark. */
  readonly concurrency: number;
  /** Where to write the provider's V8 CPU profile (node --cpu-prof); unset: no profile. */
  readonly cpuProfileDir?: string;
  /** Extra NODE_OPTIONS for the provider process, e.g. `--max-old-space-size=384`. */
  readonly providerNodeOptions?: string;
  /**
   * Run the provider as the chart ships it for N pods (`shippedProviderConfig`): the chart's
   * client limits, queue bucket and heap, instead of the benchmark's raised limits.
   */
  readonly shipped?: boolean;
  /** Provider configuration merged over the benchmark's (see benchProviderConfig). */
  readonly providerConfig?: Record<string, unknown>;
  readonly log: (line: string) => void;
}

export interface PhaseResult {
  readonly node: NodeKind;
  readonly placement: Placement;
  readonly deletion: Deletion;
  readonly pods: number;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
  /** How long the benchmark took to create the N pods (the same for every node). */
  readonly createSeconds: number;
  readonly allRunningSeconds: number;
  readonly podsPerSecond: number;
  readonly createdToBound: Distribution;
  readonly boundToRunning: Distribution;
  /** Virtual node only: pod bound → CreateContainerInstance issued (emulator call log). */
  readonly boundToCreateIssued?: Distribution;
  /** Virtual node only: instance ACTIVE (emulator state) → pod Running seen by the watch. */
  readonly activeToRunning?: Distribution;
  readonly deleteToGoneSeconds: number;
  /** Virtual node only: delete issued → every instance DELETED. */
  readonly deleteToDrainedSeconds?: number;
  /** Virtual node only: instances not DELETED when the pods were gone and drained (must be 0). */
  readonly orphanInstances?: number;
  /** Virtual node only: one read each of the kubelet API's /pods and /stats/summary with all Running. */
  readonly kubeletApi?: {
    readonly podsMs: number;
    readonly podsBytes: number;
    readonly statsSummaryMs: number;
    readonly statsSummaryBytes: number;
  };
  readonly process: {
    /** Resident set size with the node registered and no pods yet. */
    readonly idleRssMiB: number;
    /** Virtual node only: V8 heap in use and RSS when all pods were Running (provider metrics). */
    readonly heapUsedAtRunningMiB?: number;
    readonly rssAtRunningMiB?: number;
    readonly peakRssMiB: number;
    readonly cpuSeconds: number;
    readonly cpuSecondsPerPod: number;
  };
  readonly apiserver: {
    readonly requests: number;
    readonly requestsPerPod: number;
    /** Writes of the node agent for its pods (see nodeWrites in measure.ts). */
    readonly nodeWritesPerPod: number;
    readonly nodeWrites: RequestCounts;
    /** GETs of ConfigMaps and Secrets (every client) ÷ N: what reading the pods' references costs. */
    readonly referenceGetsPerPod: number;
    readonly all: RequestCounts;
  };
  /** Virtual node only: the provider's own count of its apiserver requests, by method. */
  readonly providerRequests?: { readonly perPod: number; readonly byMethod: RequestCounts };
  readonly oci?: {
    readonly calls: number;
    readonly callsPerPod: number;
    readonly byOperation: RequestCounts;
    /** Calls per second by operation over a quiet window with all pods Running. */
    readonly steadyCallsPerSecond: RequestCounts;
    readonly steadyWindowSeconds: number;
  };
}

export interface BenchResults {
  readonly benchmark: "oke-virtual-nodes scale";
  readonly date: string;
  readonly command: string;
  readonly machine: Record<string, unknown>;
  readonly versions: Record<string, string>;
  readonly providerConfig: Record<string, unknown>;
  readonly phases: PhaseResult[];
  /**
   * Virtual node ÷ KWOK for the figures both have, per placement (>1 means we are slower or
   * costlier, except throughput).
   */
  readonly ratios?: Partial<Record<Placement, Record<string, number | undefined>>>;
}

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

/**
 * What the chart sets for a node of N pods (cdk8s/src/sizing.ts), and the V8 heap its Downward
 * API divisor gives for that memory limit (64%). The OCI limits stay open: the emulator has none.
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
    heapMiB: Math.ceil((memoryLimitMiB * 1024) / 1600),
  };
}

const BENCH_CONFIG_MAP = "bench-env";
const BENCH_LABEL = "bench.oke-virtual-nodes.io/run";
const KWOK_NODE = "kwok-bench";
const VIRTUAL_NODE = "vn-bench";

function podManifest(name: string, nodeName: string, placement: Placement): Record<string, unknown> {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, labels: { [BENCH_LABEL]: "1" } },
    spec: {
      ...(placement === "prebound" ? { nodeName } : { nodeSelector: { "kubernetes.io/hostname": nodeName } }),
      tolerations: [VIRTUAL_NODE_TOLERATION],
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 30,
      containers: [
        {
          name: "app",
          image: "registry.example.com/bench/app:1.0",
          // One ConfigMap shared by every pod, as a Deployment's pods share theirs.
          envFrom: [{ configMapRef: { name: BENCH_CONFIG_MAP } }],
          resources: { requests: { cpu: "125m", memory: "256Mi" } },
        },
      ],
    },
  };
}

/** Ends a wait at once (a process under test died), instead of counting as "not yet". */
class BenchAbort extends Error {
  override name = "BenchAbort";
}

async function until(
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

async function nodeReady(http: KubeHttp, name: string): Promise<boolean> {
  const node = await http.request<V1Node>("GET", `/api/v1/nodes/${name}`);
  return node.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function parallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** What runs a node during one phase. */
interface NodeUnderTest {
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

async function startKwok(
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

async function startVirtualNode(
  cp: ControlPlane,
  http: KubeHttp,
  options: BenchOptions,
  dir: string,
): Promise<NodeUnderTest> {
  const emulator = await startEmulator({
    profile: "fast",
    limits: { ocpusPerAd: 10_000_000, memoryInGBsPerAd: 100_000_000, instancesPerAd: 10_000_000 },
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
  const extra = [shipped ? `--max-old-space-size=${shipped.heapMiB}` : "", options.providerNodeOptions ?? ""];
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

async function apiserverMetrics(cp: ControlPlane): Promise<RequestCounts> {
  const pki = (name: string): string => readFileSync(join(cp.paths.dir, "pki", name), "utf8");
  const res = await httpsGet(`${cp.server}/metrics`, {
    ca: pki("ca.crt"),
    cert: pki("admin.crt"),
    key: pki("admin.key"),
  });
  if (res.status !== 200) throw new Error(`apiserver /metrics: ${res.status}`);
  return apiserverRequests(res.body);
}

async function providerRequests(url: string): Promise<RequestCounts> {
  const text = await (await fetch(url)).text();
  const out: RequestCounts = {};
  for (const s of parsePrometheus(text, (n) => n === "okevn_apiserver_requests_total")) {
    const method = s.labels["method"] ?? "?";
    out[method] = (out[method] ?? 0) + s.value;
  }
  return out;
}

async function providerMemory(url: string): Promise<{ heapUsed: number; rss: number }> {
  const samples = parsePrometheus(await (await fetch(url)).text());
  const value = (name: string): number => samples.find((s) => s.name === name)?.value ?? 0;
  return { heapUsed: value("nodejs_heap_used_bytes"), rss: value("process_resident_memory_bytes") };
}

function ociCounts(emulator: Emulator): RequestCounts {
  const out: RequestCounts = {};
  for (const [key, value] of Object.entries(emulator.counters))
    if (!key.includes(" ") && key !== "total") out[key] = value;
  return out;
}

function perSecond(counts: RequestCounts, seconds: number): RequestCounts {
  return Object.fromEntries(
    Object.entries(counts).map(([k, v]) => [k, Math.round((v / seconds) * 100) / 100]),
  );
}

const STEADY_WINDOW_MS = 10_000;

/**
 * One GET of the kubelet API as the cluster admin (client certificate), timed to the last
 * byte. The serving certificate is not checked: this is a timing on loopback.
 */
async function timedKubeletGet(cp: ControlPlane, url: string): Promise<{ ms: number; bytes: number }> {
  const pki = (name: string): string => readFileSync(join(cp.paths.dir, "pki", name), "utf8");
  const started = performance.now();
  const { status, bytes } = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    const req = httpsRequest(
      url,
      { cert: pki("admin.crt"), key: pki("admin.key"), rejectUnauthorized: false, agent: false },
      (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on("error", reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on("error", reject);
    req.end();
  });
  if (status !== 200) throw new Error(`GET ${url}: ${status}`);
  return { ms: Math.round((performance.now() - started) * 10) / 10, bytes };
}

async function runPhase(
  kind: NodeKind,
  placement: Placement,
  cp: ControlPlane,
  http: KubeHttp,
  options: BenchOptions,
): Promise<PhaseResult> {
  const { pods } = options;
  const deletion = options.deletion ?? "collection";
  const log = (line: string): void => options.log(`${kind} ${placement}: ${line}`);
  const namespace = `bench-${kind}-${placement}`;
  const nodeName = kind === "kwok" ? KWOK_NODE : VIRTUAL_NODE;
  const dir = join(options.dir, `${kind}-${placement}`);
  log(`starting the node`);
  const node =
    kind === "kwok" ? await startKwok(cp, http, pods, dir) : await startVirtualNode(cp, http, options, dir);
  try {
    await http.request("POST", "/api/v1/namespaces", {
      body: { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } },
    });
    await until(
      `ServiceAccount ${namespace}/default`,
      async () =>
        Boolean(await http.request("GET", `/api/v1/namespaces/${namespace}/serviceaccounts/default`)),
      60_000,
    );
    await http.request("POST", `/api/v1/namespaces/${namespace}/configmaps`, {
      body: {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: BENCH_CONFIG_MAP },
        data: { MODE: "bench" },
      },
    });
    const observer = new PodObserver(http, namespace);
    await observer.start();
    // Let the node settle (first lease, first status) before measuring.
    await new Promise((r) => setTimeout(r, 3000));
    const loadBefore = loadavg();
    const apiBefore = await apiserverMetrics(cp);
    const procBefore = sampleProcess(node.pid);
    const ociBefore = node.emulator ? ociCounts(node.emulator) : undefined;
    const providerBefore = node.metricsUrl ? await providerRequests(node.metricsUrl) : undefined;

    log(`creating ${pods} pods`);
    const names = Array.from({ length: pods }, (_, i) => `bench-${String(i).padStart(5, "0")}`);
    const t0 = Date.now();
    await parallel(names, options.concurrency, async (name) => {
      await http.request("POST", `/api/v1/namespaces/${namespace}/pods`, {
        body: podManifest(name, nodeName, placement),
      });
    });
    const createSeconds = (Date.now() - t0) / 1000;
    log(`created in ${createSeconds.toFixed(1)} s; waiting for all Running`);
    const progress = setInterval(() => log(`${observer.runningCount}/${pods} Running`), 10_000);
    try {
      await observer.until(`${pods} pods Running`, () => observer.runningCount >= pods, 120_000 + pods * 200);
    } finally {
      clearInterval(progress);
    }
    const running = [...observer.pods.values()];
    const allRunningMs = Math.max(...running.map((p) => p.running ?? 0)) - t0;
    log(`all ${pods} Running after ${(allRunningMs / 1000).toFixed(1)} s`);

    const memoryAtRunning = node.metricsUrl ? await providerMemory(node.metricsUrl) : undefined;
    let kubeletApi: PhaseResult["kubeletApi"];
    if (node.kubeletUrl) {
      const podsRead = await timedKubeletGet(cp, `${node.kubeletUrl}/pods`);
      const summary = await timedKubeletGet(cp, `${node.kubeletUrl}/stats/summary`);
      kubeletApi = {
        podsMs: podsRead.ms,
        podsBytes: podsRead.bytes,
        statsSummaryMs: summary.ms,
        statsSummaryBytes: summary.bytes,
      };
      log(`kubelet API /pods ${podsRead.ms} ms, /stats/summary ${summary.ms} ms`);
    }
    let boundToCreateIssued: Distribution | undefined;
    let activeToRunning: Distribution | undefined;
    if (node.emulator) {
      const issued = new Map<string, number>();
      for (const e of node.emulator.callLog.entries({ operation: "CreateContainerInstance" })) {
        const uid = (e.params["freeformTags"] as Record<string, string> | undefined)?.["okevn-pod-uid"];
        if (uid && e.status < 300 && !issued.has(uid)) issued.set(uid, Date.parse(e.time) - e.durationMs);
      }
      const active = new Map<string, number>();
      for (const instance of node.emulator.core.store.instances.values()) {
        const uid = instance.freeformTags["okevn-pod-uid"];
        if (uid && instance.lifecycleState === "ACTIVE") active.set(uid, instance.timeUpdated);
      }
      const b2c: number[] = [];
      const a2r: number[] = [];
      for (const p of running) {
        const i = issued.get(p.uid);
        const a = active.get(p.uid);
        if (i !== undefined && p.bound !== undefined) b2c.push(i - p.bound);
        if (a !== undefined && p.running !== undefined) a2r.push(p.running - a);
      }
      boundToCreateIssued = distribution(b2c);
      activeToRunning = distribution(a2r);
    }

    // A quiet window with everything Running: what does the node call periodically?
    const ociSteadyBefore = node.emulator ? ociCounts(node.emulator) : undefined;
    await new Promise((r) => setTimeout(r, STEADY_WINDOW_MS));
    const ociSteady =
      node.emulator && ociSteadyBefore ? difference(ociCounts(node.emulator), ociSteadyBefore) : undefined;

    log(`deleting all pods`);
    const tDelete = Date.now();
    if (deletion === "namespace") await http.request("DELETE", `/api/v1/namespaces/${namespace}`);
    else
      await http.request("DELETE", `/api/v1/namespaces/${namespace}/pods`, {
        query: { labelSelector: `${BENCH_LABEL}=1` },
      });
    await observer.until(`${pods} pods deleted`, () => observer.deletedCount >= pods, 120_000 + pods * 200);
    const deleteToGoneSeconds = (Date.now() - tDelete) / 1000;
    let deleteToDrainedSeconds: number | undefined;
    let orphanInstances: number | undefined;
    if (node.emulator) {
      const store = node.emulator.core.store;
      const live = (): number =>
        [...store.instances.values()].filter((i) => i.lifecycleState !== "DELETED").length;
      await until("every instance DELETED", () => live() === 0, 120_000 + pods * 20).catch(() => undefined);
      orphanInstances = live();
      deleteToDrainedSeconds = (Date.now() - tDelete) / 1000;
    }
    log(`all pods gone after ${deleteToGoneSeconds.toFixed(1)} s`);
    // Late writes (final events, lease renewals in flight) land before the counters are read.
    await new Promise((r) => setTimeout(r, 1000));
    const procAfter = sampleProcess(node.pid);
    const apiDelta = difference(await apiserverMetrics(cp), apiBefore);
    const writes = nodeWrites(apiDelta);
    const providerDelta =
      node.metricsUrl && providerBefore
        ? difference(await providerRequests(node.metricsUrl), providerBefore)
        : undefined;
    const ociDelta = node.emulator && ociBefore ? difference(ociCounts(node.emulator), ociBefore) : undefined;
    await observer.stop();

    const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;
    const ms = (pick: (p: (typeof running)[number]) => number | undefined): number[] =>
      running.map(pick).filter((v): v is number => v !== undefined);
    const cpuSeconds = (procAfter?.cpuSeconds ?? 0) - (procBefore?.cpuSeconds ?? 0);
    return {
      node: kind,
      placement,
      deletion,
      pods,
      loadBefore: loadBefore.map((v) => round(v)),
      loadAfter: loadavg().map((v) => round(v)),
      createSeconds: round(createSeconds),
      allRunningSeconds: round(allRunningMs / 1000),
      podsPerSecond: round(pods / (allRunningMs / 1000), 1),
      createdToBound: distribution(ms((p) => (p.bound === undefined ? undefined : p.bound - p.created))),
      boundToRunning: distribution(
        ms((p) => (p.bound === undefined || p.running === undefined ? undefined : p.running - p.bound)),
      ),
      ...(boundToCreateIssued ? { boundToCreateIssued } : {}),
      ...(activeToRunning ? { activeToRunning } : {}),
      deleteToGoneSeconds: round(deleteToGoneSeconds),
      ...(deleteToDrainedSeconds !== undefined
        ? { deleteToDrainedSeconds: round(deleteToDrainedSeconds) }
        : {}),
      ...(orphanInstances !== undefined ? { orphanInstances } : {}),
      ...(kubeletApi ? { kubeletApi } : {}),
      process: {
        idleRssMiB: round((procBefore?.rssBytes ?? 0) / 2 ** 20, 1),
        ...(memoryAtRunning
          ? {
              heapUsedAtRunningMiB: round(memoryAtRunning.heapUsed / 2 ** 20, 1),
              rssAtRunningMiB: round(memoryAtRunning.rss / 2 ** 20, 1),
            }
          : {}),
        peakRssMiB: round((procAfter?.peakRssBytes ?? 0) / 2 ** 20, 1),
        cpuSeconds: round(cpuSeconds),
        cpuSecondsPerPod: round(cpuSeconds / pods, 4),
      },
      apiserver: {
        requests: sum(apiDelta),
        requestsPerPod: round(sum(apiDelta) / pods),
        nodeWritesPerPod: round(writes.total / pods),
        nodeWrites: writes.byKind,
        referenceGetsPerPod: round(
          ((apiDelta["GET configmaps"] ?? 0) + (apiDelta["GET secrets"] ?? 0)) / pods,
          3,
        ),
        all: apiDelta,
      },
      ...(providerDelta
        ? { providerRequests: { perPod: round(sum(providerDelta) / pods), byMethod: providerDelta } }
        : {}),
      ...(ociDelta && ociSteady
        ? {
            oci: {
              calls: sum(ociDelta),
              callsPerPod: round(sum(ociDelta) / pods),
              byOperation: ociDelta,
              steadyCallsPerSecond: perSecond(ociSteady, STEADY_WINDOW_MS / 1000),
              steadyWindowSeconds: STEADY_WINDOW_MS / 1000,
            },
          }
        : {}),
    };
  } finally {
    log(`stopping the node`);
    await node.stop();
  }
}

function ratio(ours: number | undefined, theirs: number | undefined): number | undefined {
  if (ours === undefined || theirs === undefined || theirs === 0) return undefined;
  return Math.round((ours / theirs) * 100) / 100;
}

function compare(ours: PhaseResult, kwok: PhaseResult): Record<string, number | undefined> {
  return {
    podsPerSecond: ratio(ours.podsPerSecond, kwok.podsPerSecond),
    allRunningSeconds: ratio(ours.allRunningSeconds, kwok.allRunningSeconds),
    boundToRunningP50: ratio(ours.boundToRunning.p50Ms, kwok.boundToRunning.p50Ms),
    boundToRunningP99: ratio(ours.boundToRunning.p99Ms, kwok.boundToRunning.p99Ms),
    deleteToGoneSeconds: ratio(ours.deleteToGoneSeconds, kwok.deleteToGoneSeconds),
    peakRssMiB: ratio(ours.process.peakRssMiB, kwok.process.peakRssMiB),
    cpuSeconds: ratio(ours.process.cpuSeconds, kwok.process.cpuSeconds),
    apiserverRequestsPerPod: ratio(ours.apiserver.requestsPerPod, kwok.apiserver.requestsPerPod),
    nodeWritesPerPod: ratio(ours.apiserver.nodeWritesPerPod, kwok.apiserver.nodeWritesPerPod),
  };
}

function versions(cp: ControlPlane): Record<string, string> {
  const manifest = loadManifest();
  let commit = "";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  return {
    kubernetes: cp.version,
    etcd: manifest["etcd"]?.version ?? "",
    kwok: manifest["kwok"]?.version ?? "",
    node: process.version,
    commit,
  };
}

export async function runBench(options: BenchOptions, command: string): Promise<BenchResults> {
  const { log } = options;
  const cp = await startControlPlane({ dir: join(options.dir, "controlplane"), log });
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(cp.paths.kubeconfig);
  const http = new KubeHttp(kubeConfig, { qps: 100_000, burst: 100_000 });
  try {
    const phases: PhaseResult[] = [];
    const placements = options.placements ?? ["prebound", "scheduled"];
    for (const placement of placements)
      for (const kind of options.nodes) phases.push(await runPhase(kind, placement, cp, http, options));
    const ratios: Partial<Record<Placement, Record<string, number | undefined>>> = {};
    for (const placement of placements) {
      const kwok = phases.find((p) => p.node === "kwok" && p.placement === placement);
      const ours = phases.find((p) => p.node === "virtual-node" && p.placement === placement);
      if (kwok && ours) ratios[placement] = compare(ours, kwok);
    }
    return {
      benchmark: "oke-virtual-nodes scale",
      date: new Date().toISOString(),
      command,
      machine: {
        cpu: cpus()[0]?.model ?? "",
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        kernel: execFileSync("uname", ["-r"], { encoding: "utf8" }).trim(),
      },
      versions: versions(cp),
      providerConfig: merge(
        options.shipped ? shippedProviderConfig(options.pods).config : benchProviderConfig(options.pods),
        options.providerConfig ?? {},
      ),
      phases,
      ...(Object.keys(ratios).length > 0 ? { ratios } : {}),
    };
  } finally {
    http.close();
    await cp.stop();
  }
}
