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
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { KubeConfig, type V1ConfigMap, type V1Secret } from "@kubernetes/client-node";
import { KubeHttp } from "../../service/src/kube/http.ts";
import { type ControlPlane, startControlPlane } from "../controlplane/control-plane.ts";
import { createProviderNamespace } from "../harness/provider-namespace.ts";
import { VIRTUAL_NODE_TOLERATION, merge } from "../harness/virtual-node.ts";
import { loadManifest } from "../toolchain/build.ts";
import { type Distribution, difference, distribution, nodeWrites, sampleProcess, sum } from "./measure.ts";
import { PodObserver } from "./observer.ts";
import {
  apiserverMetrics,
  ociCounts,
  perSecond,
  providerMemory,
  providerRequests,
  timedKubeletGet,
} from "./counters.ts";
import {
  BENCH_CONFIG_MAP,
  BENCH_SECRET,
  BENCH_LABEL,
  KWOK_NODE,
  VIRTUAL_NODE,
  benchProviderConfig,
  shippedProviderConfig,
  startKwok,
  startVirtualNode,
  until,
} from "./nodes.ts";
import {
  type BenchOptions,
  type BenchResults,
  type NodeKind,
  type PhaseResult,
  type Placement,
  compare,
} from "./results.ts";

export type { BenchOptions, BenchResults, Deletion, NodeKind, PhaseResult, Placement } from "./results.ts";
export { benchProviderConfig, shippedProviderConfig };

export function podManifest(name: string, nodeName: string, placement: Placement): Record<string, unknown> {
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
          // One ConfigMap and one Secret shared by every pod, as a Deployment's pods share theirs.
          envFrom: [{ configMapRef: { name: BENCH_CONFIG_MAP } }, { secretRef: { name: BENCH_SECRET } }],
          resources: { requests: { cpu: "125m", memory: "256Mi" } },
        },
      ],
    },
  };
}

/**
 * The namespace the bench's pods run in, once its default ServiceAccount exists (pods wait for it),
 * with the ConfigMap and Secret every pod reads (envFrom). Resolves with those two as created.
 */
export async function createBenchNamespace(
  http: KubeHttp,
  namespace: string,
): Promise<{ configMap: V1ConfigMap; secret: V1Secret }> {
  await http.request("POST", "/api/v1/namespaces", {
    body: { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } },
  });
  await until(
    `ServiceAccount ${namespace}/default`,
    async () => Boolean(await http.request("GET", `/api/v1/namespaces/${namespace}/serviceaccounts/default`)),
    60_000,
  );
  const configMap = await http.request<V1ConfigMap>("POST", `/api/v1/namespaces/${namespace}/configmaps`, {
    body: {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: BENCH_CONFIG_MAP },
      data: { MODE: "bench" },
    },
  });
  const secret = await http.request<V1Secret>("POST", `/api/v1/namespaces/${namespace}/secrets`, {
    body: {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: BENCH_SECRET },
      stringData: { TOKEN: "bench" },
    },
  });
  return { configMap, secret };
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function parallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** What runs a node during one phase. */

const STEADY_WINDOW_MS = 10_000;

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
    await createBenchNamespace(http, namespace);
    const observer = new PodObserver(http, namespace);
    await observer.start();
    // Let the node settle (first lease, first status) before measuring.
    await new Promise((r) => setTimeout(r, 3000));
    const loadBefore = loadavg();
    const apiBefore = await apiserverMetrics(cp);
    const procBefore = sampleProcess(node.pid);
    const machineBefore = machineCpu(cp);
    const ociBefore = node.emulator ? ociCounts(node.emulator) : undefined;
    const providerBefore = node.metricsUrl ? await providerRequests(node.metricsUrl) : undefined;

    log(`creating ${pods} pods`);
    const names = Array.from({ length: pods }, (_, i) => `bench-${String(i).padStart(5, "0")}`);
    const ticksAtFirstCreate = machineTicks();
    const t0 = Date.now();
    const rate = options.createRate;
    await parallel(names, options.concurrency, async (name, index) => {
      const due = rate === undefined ? 0 : t0 + (index * 1000) / rate - Date.now();
      if (due > 0) await new Promise((r) => setTimeout(r, due));
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
    const ticksAtAllRunning = machineTicks();
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
    const machineAfter = machineCpu(cp);
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
      ...(options.createRate === undefined ? {} : { createRate: options.createRate }),
      allRunningSeconds: round(allRunningMs / 1000),
      machineBusyStarting: round(
        (ticksAtAllRunning.busy - ticksAtFirstCreate.busy) /
          Math.max(1, ticksAtAllRunning.total - ticksAtFirstCreate.total),
      ),
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
      machineCpuSeconds: Object.fromEntries(
        Object.entries(machineAfter).map(([name, after]) => [
          name,
          round(after - (machineBefore[name] ?? 0)),
        ]),
      ),
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

/**
 * CPU seconds so far of what else shares the machine during a phase: this process (the benchmark's
 * watch and, for the virtual node, the OCI emulator), and each control-plane process. With the node's
 * own figure they show where the two cores went (the emulator stands in for OCI, which is not on the
 * machine in production).
 */
function machineCpu(cp: ControlPlane): Record<string, number> {
  const cpu: Record<string, number> = {};
  const self = process.cpuUsage();
  cpu["benchmark and emulator"] = (self.user + self.system) / 1e6;
  for (const p of cp.processes) {
    const sample = sampleProcess(p.pid);
    if (sample) cpu[p.name] = sample.cpuSeconds;
  }
  return cpu;
}

/**
 * The machine's CPU time so far in clock ticks, all cores: busy (user, nice, system, irq, softirq,
 * steal) and in all (busy plus idle and iowait), from the first line of /proc/stat.
 */
function machineTicks(): { busy: number; total: number } {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number) as number[];
  const busy = user! + nice! + system! + irq! + softirq! + (steal ?? 0);
  return { busy, total: busy + idle! + iowait! };
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
  await createProviderNamespace(cp.paths.kubectl, cp.paths.kubeconfig);
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
