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

/** An instance's latest sample of one metric, and the one before it. */
interface Latest {
  readonly last: Sample;
  readonly previous: Sample | undefined;
}

/**
 * The two latest samples of each instance in one SummarizeMetricsData answer. One pass over the
 * datapoints without sorting or copying them: at 10,000 instances an answer holds ~60,000, and
 * this runs on the event loop the pod controllers share. Of samples with equal times the later
 * in the answer counts as the later one.
 */
async function latest(
  client: Client,
  name: string,
  options: MetricsQueryOptions,
  run: Runner,
): Promise<Map<string, Latest>> {
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
  const out = new Map<string, Latest>();
  for (const item of res.items) {
    const id = item.dimensions["resourceId"];
    if (!id) continue;
    let lastValue = 0;
    let lastTime = Number.NaN;
    let previousValue = 0;
    let previousTime = Number.NaN;
    for (const d of item.aggregatedDatapoints) {
      // The SDK types the timestamp as a Date; JSON carries a string. Either way, ms or NaN.
      const stamp: unknown = d.timestamp;
      const at =
        stamp instanceof Date
          ? stamp.getTime()
          : typeof stamp === "number"
            ? stamp
            : Date.parse(String(stamp));
      const time = Math.min(at + INTERVAL_MS, now);
      const value = d.value;
      if (!Number.isFinite(value) || !Number.isFinite(time)) continue;
      // NaN compares false: the first sample becomes the last one.
      if (!(time < lastTime)) {
        previousValue = lastValue;
        previousTime = lastTime;
        lastValue = value;
        lastTime = time;
      } else if (!(time < previousTime)) {
        previousValue = value;
        previousTime = time;
      }
    }
    if (Number.isNaN(lastTime)) continue;
    out.set(id, {
      last: { value: lastValue, time: lastTime },
      previous: Number.isNaN(previousTime) ? undefined : { value: previousValue, time: previousTime },
    });
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
  type Usage = { -readonly [K in keyof InstanceUsage]: InstanceUsage[K] };
  const out = new Map<string, Usage>();
  const usageOf = (id: string): Usage => {
    let usage = out.get(id);
    if (!usage) out.set(id, (usage = {}));
    return usage;
  };
  for (const [id, c] of cpu) {
    const usage = usageOf(id);
    usage.cpu = c.last;
    if (c.previous) usage.previousCpu = c.previous;
  }
  for (const [id, m] of memory) usageOf(id).memory = m.last;
  for (const [id, s] of storage) usageOf(id).ephemeralStorage = s.last;
  return out;
}
