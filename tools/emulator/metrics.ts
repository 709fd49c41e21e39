// Monitoring SummarizeMetricsData (POST /20180401/metrics/actions/summarizeMetricsData) for the
// oci_computecontainerinstance namespace. Values are synthetic and deterministic: from each
// container's scenario figures (cpuPercent, memoryBytes), over the time the instance has been up.
import { invalid } from "./errors.ts";
import type { ContainerRecord, InstanceRecord } from "./types.ts";

export const NAMESPACE = "oci_computecontainerinstance";
export const METRIC_NAMES = [
  "CpuUtilization",
  "MemoryUtilization",
  "CpuUsed",
  "MemoryUsed",
  "EphemeralStorageUsed",
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

const DEFAULT_CPU_PERCENT = 5;
const DEFAULT_MEMORY_BYTES = 64 * 1024 * 1024;
const EPHEMERAL_BASE_BYTES = 100 * 1024 * 1024;
export const MAX_DATAPOINTS = 100_000;

export interface MetricQuery {
  name: MetricName;
  intervalMs: number;
  dimensions: Record<string, string>;
  statistic: string;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const STATISTICS = new Set(["mean", "max", "min", "sum", "count", "rate", "last", "first", "avg"]);

/** Parses the MQL subset `Name[interval]{dim = "value", ...}.statistic()` (more chained calls are ignored). */
export function parseQuery(query: string): MetricQuery {
  const m = /^\s*([A-Za-z]+)\s*\[\s*(\d+)([mhd])\s*\]\s*(\{([^}]*)\})?\s*\.\s*([a-z]+)\s*\(([^)]*)\)/.exec(
    query,
  );
  if (!m) throw invalid(`Invalid query: ${query}`);
  const name = m[1]!;
  if (!(METRIC_NAMES as readonly string[]).includes(name)) {
    throw invalid(`Unknown metric ${name} in namespace ${NAMESPACE}`);
  }
  const statistic = m[6]!;
  if (!STATISTICS.has(statistic) && statistic !== "percentile")
    throw invalid(`Unknown statistic ${statistic}`);
  const dimensions: Record<string, string> = {};
  if (m[5] !== undefined && m[5].trim() !== "") {
    for (const part of m[5].split(",")) {
      const d = /^\s*([A-Za-z]+)\s*=\s*"([^"]*)"\s*$/.exec(part);
      if (!d) throw invalid(`Invalid dimension filter: ${part.trim()}`);
      dimensions[d[1]!] = d[2]!;
    }
  }
  return { name: name as MetricName, intervalMs: Number(m[2]) * UNIT_MS[m[3]!]!, dimensions, statistic };
}

export function dimensionsOf(inst: InstanceRecord): Record<string, string> {
  return {
    availabilityDomain: inst.availabilityDomain,
    faultDomain: inst.faultDomain,
    resourceDisplayName: inst.displayName,
    resourceId: inst.id,
  };
}

/** The instance's value at time t (ms), or undefined when it was not running. */
export function valueAt(
  name: MetricName,
  inst: InstanceRecord,
  containers: ContainerRecord[],
  t: number,
  upUntil: number,
): number | undefined {
  if (t < inst.timeCreated || t > upUntil) return undefined;
  const cpuPercent =
    inst.usage?.cpuPercent ??
    Math.min(
      100,
      containers.reduce((s, c) => s + (c.behaviour.cpuPercent ?? DEFAULT_CPU_PERCENT), 0),
    );
  const memory =
    inst.usage?.memoryBytes ??
    containers.reduce((s, c) => s + (c.behaviour.memoryBytes ?? DEFAULT_MEMORY_BYTES), 0);
  const vcpus = inst.shapeConfig.ocpus * 2;
  switch (name) {
    case "CpuUtilization":
      return cpuPercent;
    case "MemoryUtilization":
      return Math.min(100, (memory / (inst.shapeConfig.memoryInGBs * 1024 ** 3)) * 100);
    case "CpuUsed":
      return inst.usage?.cpuUsedNs ?? Math.round(vcpus * (cpuPercent / 100) * (t - inst.timeCreated) * 1e6);
    case "MemoryUsed":
      return memory;
    case "EphemeralStorageUsed":
      return EPHEMERAL_BASE_BYTES + containers.length * 10 * 1024 * 1024;
  }
}

export interface SummarizeInput {
  compartmentId: string;
  body: Record<string, unknown>;
  instances: Iterable<InstanceRecord>;
  containersOf: (inst: InstanceRecord) => ContainerRecord[];
  now: number;
  /** Datapoints younger than this are not yet published (Monitoring lags ~1 minute in OCI). */
  lagMs: number;
}

export function summarize(input: SummarizeInput): Record<string, unknown>[] {
  const { body, now } = input;
  if (typeof body.namespace !== "string" || body.namespace === "") throw invalid("namespace is required");
  if (typeof body.query !== "string" || body.query === "") throw invalid("query is required");
  if (body.namespace !== NAMESPACE) return [];
  const q = parseQuery(body.query);
  const end = body.endTime === undefined ? now : Date.parse(String(body.endTime));
  const start = body.startTime === undefined ? end - 3_600_000 : Date.parse(String(body.startTime));
  if (Number.isNaN(start) || Number.isNaN(end) || start > end) throw invalid("Invalid startTime/endTime");
  const published = Math.min(end, now - input.lagMs);
  const out: Record<string, unknown>[] = [];
  let points = 0;
  for (const inst of input.instances) {
    if (inst.compartmentId !== input.compartmentId) continue;
    const dims = dimensionsOf(inst);
    if (Object.entries(q.dimensions).some(([k, v]) => dims[k] !== v)) continue;
    const containers = input.containersOf(inst);
    const running = inst.lifecycleState === "ACTIVE" || inst.lifecycleState === "UPDATING";
    const upUntil = running ? now : inst.timeUpdated;
    const datapoints: { timestamp: string; value: number }[] = [];
    // One datapoint per interval bucket, stamped with the bucket start and sampled at its end
    // (or at the publication horizon for the current, partial bucket).
    const first = Math.floor(start / q.intervalMs) * q.intervalMs;
    for (let t = first; t <= published; t += q.intervalMs) {
      const sampleAt = Math.min(t + q.intervalMs, published);
      const v = valueAt(q.name, inst, containers, sampleAt, upUntil);
      if (v === undefined) continue;
      datapoints.push({ timestamp: new Date(t).toISOString(), value: q.statistic === "count" ? 1 : v });
      if (++points > MAX_DATAPOINTS)
        throw invalid(`The query returns more than ${MAX_DATAPOINTS} datapoints`);
    }
    if (datapoints.length === 0) continue;
    out.push({
      namespace: NAMESPACE,
      compartmentId: inst.compartmentId,
      name: q.name,
      dimensions: dims,
      resolution: typeof body.resolution === "string" ? body.resolution : undefined,
      aggregatedDatapoints: datapoints,
    });
  }
  return out;
}
