/**
 * Usage for /stats/summary and /metrics/resource, from the provider's per-instance figures
 * (`PodProvider.resourceUsage`, OCI Monitoring). A pod is one instance, so pod figures are
 * exact (as of the latest datapoint); OCI reports no per-container split the provider can
 * rely on, so a pod's usage is divided evenly among its running containers (documented).
 */
import type { V1Pod } from "@kubernetes/client-node";
import type { InstanceUsage, Sample } from "../provider/types.ts";
import { PIECE_CHARS, jsonPieces } from "./json-pieces.ts";

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

/**
 * Adds one sample of a series: its label text (`k="v",…`, escaped; "" for none), value and the
 * time of Monitoring's datapoint (ms).
 */
type AddSample = (labels: string, value: number, time?: number) => void;

/** A pod of /metrics/resource with what its series need, its label texts rendered once. */
interface PodSeries {
  readonly usage: InstanceUsage;
  /** `namespace="…",pod="…"`. */
  readonly labels: string;
  /** Its running containers, each with `container="…",namespace="…",pod="…"`. */
  readonly containers: readonly (ContainerShare & { readonly labels: string })[];
}

/** One series of /metrics/resource and how its samples come from the node and from each pod. */
interface Series {
  readonly name: string;
  readonly type: "counter" | "gauge";
  readonly help: string;
  readonly node?: (input: ResourceMetricsInput, add: AddSample) => void;
  readonly pod?: (pod: PodSeries, add: AddSample) => void;
}

const SERIES: readonly Series[] = [
  {
    name: "container_cpu_usage_seconds_total",
    type: "counter",
    help: "Cumulative cpu time consumed by the container in core-seconds",
    pod: ({ usage: { cpu }, containers }, add) => {
      if (cpu) for (const c of containers) add(c.labels, cpu.value / 1e9 / containers.length, cpu.time);
    },
  },
  {
    name: "container_memory_working_set_bytes",
    type: "gauge",
    help: "Current working set of the container in bytes",
    pod: ({ usage: { memory }, containers }, add) => {
      if (memory)
        for (const c of containers) add(c.labels, Math.round(memory.value / containers.length), memory.time);
    },
  },
  {
    name: "container_start_time_seconds",
    type: "gauge",
    help: "Start time of the container since unix epoch in seconds",
    pod: ({ containers }, add) => {
      for (const c of containers)
        if (c.startedAt !== undefined) add(c.labels, c.startedAt / 1000, c.startedAt);
    },
  },
  {
    name: "node_cpu_usage_seconds_total",
    type: "counter",
    help: "Cumulative cpu time consumed by the node in core-seconds",
    node: ({ nodeCpu }, add) => nodeCpu && add("", nodeCpu.value / 1e9, nodeCpu.time),
  },
  {
    name: "node_memory_working_set_bytes",
    type: "gauge",
    help: "Current working set of the node in bytes",
    node: ({ nodeMemory }, add) => nodeMemory && add("", nodeMemory.value, nodeMemory.time),
  },
  {
    name: "pod_cpu_usage_seconds_total",
    type: "counter",
    help: "Cumulative cpu time consumed by the pod in core-seconds",
    pod: ({ usage: { cpu }, labels }, add) => cpu && add(labels, cpu.value / 1e9, cpu.time),
  },
  {
    name: "pod_memory_working_set_bytes",
    type: "gauge",
    help: "Current working set of the pod in bytes",
    pod: ({ usage: { memory }, labels }, add) => memory && add(labels, memory.value, memory.time),
  },
  {
    name: "scrape_error",
    type: "gauge",
    help: "1 if there was an error while getting container metrics, 0 otherwise",
    node: ({ scrapeError }, add) => add("", scrapeError ? 1 : 0),
  },
];

export interface ResourceMetricsInput {
  readonly pods: readonly PodUsage[];
  readonly nodeCpu: Sample | undefined;
  readonly nodeMemory: Sample | undefined;
  readonly scrapeError: boolean;
}

function podSeries({ pod, usage }: PodUsage): PodSeries {
  const labels = `namespace="${escape(pod.metadata?.namespace ?? "")}",pod="${escape(pod.metadata?.name ?? "")}"`;
  return {
    usage,
    labels,
    containers: runningContainers(pod).map((c) => ({
      ...c,
      labels: `container="${escape(c.name)}",${labels}`,
    })),
  };
}

/**
 * /metrics/resource in the Prometheus text format, as metrics-server parses it, in pieces of at
 * least `pieceChars` characters (as ./json-pieces.ts: ~5 MB at 10,000 pods, written as the socket
 * takes it). Each sample carries the time of Monitoring's datapoint (ms since the epoch), as the
 * kubelet's does: metrics-server computes CPU rates from those times, not from its scrape time.
 * prom-client cannot write sample timestamps (removed in its v12, prometheus/client_js#333), so
 * this endpoint keeps its own few lines of formatting; the provider's registry is prom-client's.
 */
export function* resourceMetricsText(
  input: ResourceMetricsInput,
  pieceChars = PIECE_CHARS,
): Generator<string, void, undefined> {
  const pods: PodSeries[] = []; // rendered as the first series reaches each pod
  let piece = "";
  for (const series of SERIES) {
    let started = false;
    const add: AddSample = (labels, value, time) => {
      if (!started) {
        piece += `# HELP ${series.name} [STABLE] ${series.help}\n# TYPE ${series.name} ${series.type}\n`;
        started = true;
      }
      const stamp = time === undefined ? "" : ` ${Math.floor(time)}`;
      piece += `${series.name}${labels ? `{${labels}}` : ""} ${value}${stamp}\n`;
    };
    series.node?.(input, add);
    if (!series.pod) continue;
    for (let i = 0; i < input.pods.length; i++) {
      series.pod((pods[i] ??= podSeries(input.pods[i]!)), add);
      if (piece.length >= pieceChars) {
        yield piece;
        piece = "";
      }
    }
  }
  yield piece;
}

/** /metrics/resource as one string: the pieces of {@link resourceMetricsText} joined. */
export function resourceMetrics(input: ResourceMetricsInput): string {
  return [...resourceMetricsText(input)].join("");
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
