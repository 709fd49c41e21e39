/**
 * Usage for /stats/summary and /metrics/resource, from the provider's per-instance figures
 * (`PodProvider.resourceUsage`, OCI Monitoring). A pod is one instance, so pod figures are
 * exact (as of the latest datapoint); OCI reports no per-container split the provider can
 * rely on, so a pod's usage is divided evenly among its running containers (documented).
 */
import type { V1Pod } from "@kubernetes/client-node";
import type { InstanceUsage, Sample } from "../provider/types.ts";
import { jsonPieces } from "./json-pieces.ts";

export type UsageFetcher = () => Promise<ReadonlyMap<string, InstanceUsage>>;

/**
 * One Monitoring round trip per `ttlMs`, shared by concurrent scrapes. A scrape never waits for
 * Monitoring while the last figures are younger than `maxStaleMs`: it gets them and starts a
 * refresh in the background (a kubelet's cAdvisor likewise serves figures from its last
 * housekeeping pass). At 10,000 pods the Monitoring round trips take seconds, longer than a
 * metrics-server scrape should wait. A failed background refresh keeps the last figures until
 * they pass `maxStaleMs`; then the next scrape waits and sees the error.
 */
export class UsageCache {
  private readonly fetch: UsageFetcher;
  private readonly ttlMs: number;
  private readonly maxStaleMs: number;
  private value: { at: number; data: ReadonlyMap<string, InstanceUsage> } | undefined;
  private inflight: Promise<ReadonlyMap<string, InstanceUsage>> | undefined;

  constructor(fetch: UsageFetcher, ttlMs = 10_000, maxStaleMs = 60_000) {
    this.fetch = fetch;
    this.ttlMs = ttlMs;
    this.maxStaleMs = maxStaleMs;
  }

  async get(now = Date.now()): Promise<ReadonlyMap<string, InstanceUsage>> {
    const age = this.value ? now - this.value.at : Infinity;
    if (age < this.ttlMs) return this.value!.data;
    const refresh = this.refresh();
    if (age < this.maxStaleMs) {
      refresh.catch(() => undefined); // the caller has figures; the error shows once they are too old
      return this.value!.data;
    }
    return refresh;
  }

  private refresh(): Promise<ReadonlyMap<string, InstanceUsage>> {
    this.inflight ??= this.fetch()
      .then((data) => {
        this.value = { at: Date.now(), data };
        return data;
      })
      .finally(() => (this.inflight = undefined));
    return this.inflight;
  }
}

/** A pod bound to this node together with its instance's usage. */
export interface PodUsage {
  readonly pod: V1Pod;
  readonly usage: InstanceUsage;
}

/**
 * The node's CPU counter must never go down, but pods come and go: the last value of each
 * instance that left is added to a retired total.
 */
export class NodeCpuCounter {
  private readonly last = new Map<string, number>();
  private retired = 0;

  total(current: ReadonlyMap<string, number>): number {
    for (const [id, value] of this.last) {
      if (!current.has(id)) {
        this.retired += value;
        this.last.delete(id);
      }
    }
    let sum = this.retired;
    for (const [id, value] of current) {
      this.last.set(id, Math.max(value, this.last.get(id) ?? 0));
      sum += this.last.get(id)!;
    }
    return sum;
  }
}

interface ContainerShare {
  readonly name: string;
  readonly startedAt: number | undefined;
}

function runningContainers(pod: V1Pod): ContainerShare[] {
  return (pod.status?.containerStatuses ?? [])
    .filter((s) => s.state?.running && s.containerID)
    .map((s) => {
      const started = Date.parse(String(s.state?.running?.startedAt ?? ""));
      return { name: s.name, startedAt: Number.isFinite(started) ? started : undefined };
    });
}

function escape(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

const HELP: readonly [string, string, string][] = [
  [
    "container_cpu_usage_seconds_total",
    "counter",
    "Cumulative cpu time consumed by the container in core-seconds",
  ],
  ["container_memory_working_set_bytes", "gauge", "Current working set of the container in bytes"],
  ["container_start_time_seconds", "gauge", "Start time of the container since unix epoch in seconds"],
  ["node_cpu_usage_seconds_total", "counter", "Cumulative cpu time consumed by the node in core-seconds"],
  ["node_memory_working_set_bytes", "gauge", "Current working set of the node in bytes"],
  ["pod_cpu_usage_seconds_total", "counter", "Cumulative cpu time consumed by the pod in core-seconds"],
  ["pod_memory_working_set_bytes", "gauge", "Current working set of the pod in bytes"],
  ["scrape_error", "gauge", "1 if there was an error while getting container metrics, 0 otherwise"],
];

export interface ResourceMetricsInput {
  readonly pods: readonly PodUsage[];
  readonly nodeCpu: Sample | undefined;
  readonly nodeMemory: Sample | undefined;
  readonly scrapeError: boolean;
}

/**
 * /metrics/resource in the Prometheus text format, as metrics-server parses it. Each sample
 * carries the time of Monitoring's datapoint (ms since the epoch), as the kubelet's does:
 * metrics-server computes CPU rates from those times, not from its scrape time. prom-client
 * cannot write sample timestamps (removed in its v12, prometheus/client_js#333), so this
 * endpoint keeps its own few lines of formatting; the provider's registry is prom-client's.
 */
export function resourceMetrics(input: ResourceMetricsInput): string {
  const series = new Map<string, string[]>(HELP.map(([name]) => [name, []]));
  const add = (name: string, labels: Record<string, string>, value: number, time?: number): void => {
    const l = Object.entries(labels)
      .map(([k, v]) => `${k}="${escape(v)}"`)
      .join(",");
    const stamp = time === undefined ? "" : ` ${Math.floor(time)}`;
    series.get(name)!.push(`${name}${l ? `{${l}}` : ""} ${value}${stamp}`);
  };
  if (input.nodeCpu) add("node_cpu_usage_seconds_total", {}, input.nodeCpu.value / 1e9, input.nodeCpu.time);
  if (input.nodeMemory)
    add("node_memory_working_set_bytes", {}, input.nodeMemory.value, input.nodeMemory.time);
  for (const { pod, usage } of input.pods) {
    const ids = { namespace: pod.metadata?.namespace ?? "", pod: pod.metadata?.name ?? "" };
    if (usage.cpu) add("pod_cpu_usage_seconds_total", ids, usage.cpu.value / 1e9, usage.cpu.time);
    if (usage.memory) add("pod_memory_working_set_bytes", ids, usage.memory.value, usage.memory.time);
    const containers = runningContainers(pod);
    for (const c of containers) {
      const labels = { container: c.name, ...ids };
      if (usage.cpu)
        add(
          "container_cpu_usage_seconds_total",
          labels,
          usage.cpu.value / 1e9 / containers.length,
          usage.cpu.time,
        );
      if (usage.memory)
        add(
          "container_memory_working_set_bytes",
          labels,
          Math.round(usage.memory.value / containers.length),
          usage.memory.time,
        );
      if (c.startedAt !== undefined)
        add("container_start_time_seconds", labels, c.startedAt / 1000, c.startedAt);
    }
  }
  add("scrape_error", {}, input.scrapeError ? 1 : 0);
  const out: string[] = [];
  for (const [name, type, help] of HELP) {
    const lines = series.get(name)!;
    if (lines.length === 0) continue;
    out.push(`# HELP ${name} [STABLE] ${help}`, `# TYPE ${name} ${type}`, ...lines);
  }
  return `${out.join("\n")}\n`;
}

const ISO_MEMO_LIMIT = 4096;
const isoMemo = new Map<number, string>();

/**
 * `new Date(ms).toISOString()`, remembered: a summary at 10,000 pods formats ~80,000 times, and
 * nearly all are the few ends of Monitoring's minute buckets and the pods' start times.
 */
function iso(ms: number): string {
  let text = isoMemo.get(ms);
  if (text === undefined) {
    text = new Date(ms).toISOString();
    if (isoMemo.size >= ISO_MEMO_LIMIT) isoMemo.clear();
    isoMemo.set(ms, text);
  }
  return text;
}

function cpuStats(
  cpu: Sample | undefined,
  previous: Sample | undefined,
  share = 1,
): Record<string, unknown> | undefined {
  if (!cpu) return undefined;
  const rate =
    previous && cpu.time > previous.time
      ? Math.max(0, ((cpu.value - previous.value) / (cpu.time - previous.time)) * 1e6)
      : undefined;
  return {
    time: iso(cpu.time),
    usageCoreNanoSeconds: Math.round(cpu.value / share),
    ...(rate === undefined ? {} : { usageNanoCores: Math.round(rate / share) }),
  };
}

function memoryStats(memory: Sample | undefined, share = 1): Record<string, unknown> | undefined {
  if (!memory) return undefined;
  const bytes = Math.round(memory.value / share);
  return { time: iso(memory.time), workingSetBytes: bytes, usageBytes: bytes };
}

export interface SummaryInput extends ResourceMetricsInput {
  readonly nodeName: string;
  readonly nodeStartTime: number;
  readonly nodeCpuPrevious: Sample | undefined;
}

function nodeSummary(input: SummaryInput): Record<string, unknown> {
  return {
    nodeName: input.nodeName,
    startTime: iso(input.nodeStartTime),
    ...(input.nodeCpu ? { cpu: cpuStats(input.nodeCpu, input.nodeCpuPrevious) } : {}),
    ...(input.nodeMemory ? { memory: memoryStats(input.nodeMemory) } : {}),
    systemContainers: [],
  };
}

function podSummary({ pod, usage }: PodUsage): Record<string, unknown> {
  const containers = runningContainers(pod);
  const start = Date.parse(String(pod.status?.startTime ?? ""));
  return {
    podRef: {
      name: pod.metadata?.name ?? "",
      namespace: pod.metadata?.namespace ?? "",
      uid: pod.metadata?.uid ?? "",
    },
    ...(Number.isFinite(start) ? { startTime: iso(start) } : {}),
    containers: containers.map((c) => ({
      name: c.name,
      ...(c.startedAt !== undefined ? { startTime: iso(c.startedAt) } : {}),
      ...(usage.cpu ? { cpu: cpuStats(usage.cpu, usage.previousCpu, containers.length) } : {}),
      ...(usage.memory ? { memory: memoryStats(usage.memory, containers.length) } : {}),
    })),
    ...(usage.cpu ? { cpu: cpuStats(usage.cpu, usage.previousCpu) } : {}),
    ...(usage.memory ? { memory: memoryStats(usage.memory) } : {}),
    ...(usage.ephemeralStorage
      ? {
          "ephemeral-storage": {
            time: iso(usage.ephemeralStorage.time),
            usedBytes: usage.ephemeralStorage.value,
          },
        }
      : {}),
  };
}

/** /stats/summary: the kubelet's Summary API, node and pods with their containers. */
export function statsSummary(input: SummaryInput): Record<string, unknown> {
  return { node: nodeSummary(input), pods: input.pods.map(podSummary) };
}

/**
 * `JSON.stringify(statsSummary(input))` in pieces (./json-pieces.ts): each pod's summary is
 * built and serialized only when its piece is read.
 */
export function statsSummaryJson(input: SummaryInput, pieceChars?: number): Iterable<string> {
  return jsonPieces({ node: nodeSummary(input) }, "pods", input.pods, podSummary, pieceChars);
}
