/**
 * Instance usage from OCI Monitoring (namespace oci_computecontainerinstance). One
 * SummarizeMetricsData call per metric covers every instance of the availability domain,
 * so a scrape costs three calls whatever the number of pods. Monitoring publishes at
 * about one-minute resolution and lags by about a minute: this is usage as of then.
 */
import type { MonitoringClient } from "oci-monitoring";
import type { InstanceUsage, Sample } from "../provider/types.ts";
import { call } from "./errors.ts";

export const METRICS_NAMESPACE = "oci_computecontainerinstance";

/** Runs one SDK call as a typed-error call: `call` of ./errors.ts, or the provider's rate-limited one. */
export type Runner = <T>(operation: string, fn: () => Promise<T>) => Promise<T>;

export interface MetricsQueryOptions {
  readonly compartmentId: string;
  readonly availabilityDomain: string;
  /** How far back to look for the latest datapoint. @default 5 minutes */
  readonly lookbackMs?: number;
  readonly now?: number;
}

const INTERVAL_MS = 60_000;

type Client = Pick<MonitoringClient, "summarizeMetricsData">;

async function latest(
  client: Client,
  name: string,
  options: MetricsQueryOptions,
  run: Runner,
): Promise<Map<string, Sample[]>> {
  const now = options.now ?? Date.now();
  const res = await run("SummarizeMetricsData", () =>
    client.summarizeMetricsData({
      compartmentId: options.compartmentId,
      summarizeMetricsDataDetails: {
        namespace: METRICS_NAMESPACE,
        query: `${name}[1m]{availabilityDomain = "${options.availabilityDomain}"}.max()`,
        startTime: new Date(now - (options.lookbackMs ?? 5 * 60_000)),
        endTime: new Date(now),
        resolution: "1m",
      },
    }),
  );
  const out = new Map<string, Sample[]>();
  for (const item of res.items) {
    const id = item.dimensions["resourceId"];
    if (!id) continue;
    const samples = item.aggregatedDatapoints
      .map((d) => ({
        value: d.value,
        time: Math.min(new Date(d.timestamp).getTime() + INTERVAL_MS, now),
      }))
      .filter((s) => Number.isFinite(s.value) && Number.isFinite(s.time))
      .sort((a, b) => a.time - b.time);
    if (samples.length > 0) out.set(id, samples);
  }
  return out;
}

/**
 * The latest usage of every instance in the availability domain that reported any, by instance
 * OCID: CpuUsed (core-nanoseconds), MemoryUsed and EphemeralStorageUsed (bytes).
 */
export async function instanceUsage(
  client: Client,
  options: MetricsQueryOptions,
  run: Runner = (operation, fn) => call(operation, fn),
): Promise<Map<string, InstanceUsage>> {
  const [cpu, memory, storage] = await Promise.all([
    latest(client, "CpuUsed", options, run),
    latest(client, "MemoryUsed", options, run),
    latest(client, "EphemeralStorageUsed", options, run),
  ]);
  const ids = new Set([...cpu.keys(), ...memory.keys(), ...storage.keys()]);
  const out = new Map<string, InstanceUsage>();
  for (const id of ids) {
    const c = cpu.get(id);
    const usage: {
      cpu?: Sample;
      previousCpu?: Sample;
      memory?: Sample;
      ephemeralStorage?: Sample;
    } = {};
    if (c && c.length > 0) usage.cpu = c[c.length - 1]!;
    if (c && c.length > 1) usage.previousCpu = c[c.length - 2]!;
    const m = memory.get(id);
    if (m && m.length > 0) usage.memory = m[m.length - 1]!;
    const s = storage.get(id);
    if (s && s.length > 0) usage.ephemeralStorage = s[s.length - 1]!;
    out.set(id, usage);
  }
  return out;
}
