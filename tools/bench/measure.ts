/**
 * Small measuring helpers for the scale benchmark: percentiles, a process's CPU and
 * peak memory from /proc, the apiserver's request counters, and Prometheus text.
 */
import { readFileSync } from "node:fs";

/** The p-th percentile (0..100) by nearest rank; undefined for no samples. */
export function percentile(samples: readonly number[], p: number): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export interface Distribution {
  readonly count: number;
  readonly p50Ms: number | undefined;
  readonly p99Ms: number | undefined;
  readonly maxMs: number | undefined;
}

export function distribution(samples: readonly number[]): Distribution {
  const round = (v: number | undefined): number | undefined =>
    v === undefined ? undefined : Math.round(v * 10) / 10;
  return {
    count: samples.length,
    p50Ms: round(percentile(samples, 50)),
    p99Ms: round(percentile(samples, 99)),
    maxMs: round(percentile(samples, 100)),
  };
}

/** Linux clock ticks per second for /proc/<pid>/stat (USER_HZ is 100 on every mainstream build). */
const CLOCK_TICKS = 100;

export interface ProcessSample {
  /** user + system CPU seconds since the process started. */
  readonly cpuSeconds: number;
  /** Peak resident set size (VmHWM), bytes. */
  readonly peakRssBytes: number;
  /** Current resident set size (VmRSS), bytes. */
  readonly rssBytes: number;
}

export function sampleProcess(pid: number): ProcessSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name: string): number =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
    return {
      cpuSeconds: (utime + stime) / CLOCK_TICKS,
      peakRssBytes: kb("VmHWM") * 1024,
      rssBytes: kb("VmRSS") * 1024,
    };
  } catch {
    return undefined;
  }
}

/** One sample of a Prometheus text exposition: name, labels, value. */
export interface PromSample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export function parsePrometheus(text: string, only?: (name: string) => boolean): PromSample[] {
  const out: PromSample[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match?.[1] || (only && !only(match[1]))) continue;
    const labels: Record<string, string> = {};
    for (const l of (match[3] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1]!] = l[2]!;
    out.push({ name: match[1], labels, value: Number(match[4]) });
  }
  return out;
}

/** apiserver_request_total summed by "VERB resource[/subresource]". */
export type RequestCounts = Record<string, number>;

export function apiserverRequests(metricsText: string): RequestCounts {
  const counts: RequestCounts = {};
  for (const s of parsePrometheus(metricsText, (n) => n === "apiserver_request_total")) {
    const { verb = "?", resource = "?", subresource = "", group = "" } = s.labels;
    const key = `${verb} ${group ? `${group}/` : ""}${resource}${subresource ? `/${subresource}` : ""}`;
    counts[key] = (counts[key] ?? 0) + s.value;
  }
  return counts;
}

export function difference(after: RequestCounts, before: RequestCounts): RequestCounts {
  const out: RequestCounts = {};
  for (const [key, value] of Object.entries(after)) {
    const delta = value - (before[key] ?? 0);
    if (delta > 0) out[key] = delta;
  }
  return out;
}

const WRITE_VERBS = new Set(["POST", "PUT", "PATCH", "DELETE", "APPLY", "DELETECOLLECTION"]);

/**
 * The writes a node agent makes for its pods, as seen by the apiserver: everything that
 * writes pods, pod status, core Events, Leases and the Node, except what the benchmark
 * itself (POST pods, DELETECOLLECTION) and the scheduler (POST pods/binding, events.k8s.io
 * Events) do. The same rule applies to our provider and to KWOK.
 */
export function nodeWrites(delta: RequestCounts): { total: number; byKind: RequestCounts } {
  const byKind: RequestCounts = {};
  let total = 0;
  for (const [key, value] of Object.entries(delta)) {
    const [verb = "", target = ""] = key.split(" ");
    if (!WRITE_VERBS.has(verb)) continue;
    if (verb === "POST" && target === "pods") continue;
    if (verb === "DELETECOLLECTION") continue;
    if (target === "pods/binding") continue;
    const nodeish =
      target === "pods" ||
      target === "pods/status" ||
      target === "events" ||
      target === "nodes" ||
      target === "nodes/status" ||
      target === "coordination.k8s.io/leases" ||
      target === "serviceaccounts/token";
    if (!nodeish) continue;
    byKind[key] = value;
    total += value;
  }
  return { total, byKind };
}

export function sum(counts: RequestCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
