import type { MonitoringClient, models, requests } from "oci-monitoring";
import { describe, expect, it } from "vitest";
import { instanceUsage } from "./metrics.ts";

const MINUTE = 60_000;
const NOW = Date.parse("2026-01-01T00:10:30Z");
const bucket = (minutes: number): Date => new Date(Date.parse("2026-01-01T00:00:00Z") + minutes * MINUTE);

type Points = readonly { readonly timestamp: Date | string; readonly value: number }[];

function series(id: string | undefined, points: Points): models.MetricData {
  return {
    namespace: "oci_computecontainerinstance",
    name: "",
    compartmentId: "c",
    dimensions: id === undefined ? { availabilityDomain: "AD-1" } : { resourceId: id },
    aggregatedDatapoints: points as models.AggregatedDatapoint[],
  };
}

/** A Monitoring client answering each metric with `answers[metric]`, recording the queries. */
function client(answers: Record<string, models.MetricData[]>): {
  client: Pick<MonitoringClient, "summarizeMetricsData">;
  queries: string[];
} {
  const queries: string[] = [];
  return {
    queries,
    client: {
      summarizeMetricsData: (request: requests.SummarizeMetricsDataRequest) => {
        const query = request.summarizeMetricsDataDetails.query;
        queries.push(query);
        const metric = query.slice(0, query.indexOf("["));
        return Promise.resolve({ items: answers[metric] ?? [], opcRequestId: "r" });
      },
    } as Pick<MonitoringClient, "summarizeMetricsData">,
  };
}

const run = <T>(_operation: string, fn: () => Promise<T>): Promise<T> => fn();

describe("instanceUsage", () => {
  it("keeps each instance's latest sample (and the CPU sample before it), stamped at its bucket's end", async () => {
    const { client: monitoring, queries } = client({
      // Out of order, with a non-finite value and a string timestamp as JSON would carry it.
      CpuUsed: [
        series("i1", [
          { timestamp: bucket(8), value: 30 },
          { timestamp: bucket(6), value: 10 },
          { timestamp: bucket(9), value: Number.NaN },
          { timestamp: bucket(7).toISOString(), value: 20 },
        ]),
        series("i2", [{ timestamp: bucket(10), value: 5 }]),
        series(undefined, [{ timestamp: bucket(8), value: 99 }]),
      ],
      MemoryUsed: [
        series("i1", [
          { timestamp: bucket(7), value: 700 },
          { timestamp: bucket(8), value: 800 },
        ]),
        series("i3", [{ timestamp: bucket(5), value: 300 }]),
      ],
      EphemeralStorageUsed: [series("i2", [{ timestamp: "not a time", value: 1 }]), series("i1", [])],
    });
    const usage = await instanceUsage(
      monitoring,
      { compartmentId: "c", availabilityDomain: "AD-1", now: NOW },
      run,
    );
    expect(queries.sort()).toEqual([
      'CpuUsed[1m]{availabilityDomain = "AD-1"}.max()',
      'EphemeralStorageUsed[1m]{availabilityDomain = "AD-1"}.max()',
      'MemoryUsed[1m]{availabilityDomain = "AD-1"}.max()',
    ]);
    expect([...usage.keys()].sort()).toEqual(["i1", "i2", "i3"]);
    expect(usage.get("i1")).toEqual({
      cpu: { value: 30, time: bucket(9).getTime() },
      previousCpu: { value: 20, time: bucket(8).getTime() },
      memory: { value: 800, time: bucket(9).getTime() },
    });
    // The current, partial bucket ends after the query: its sample is as of the query.
    expect(usage.get("i2")).toEqual({ cpu: { value: 5, time: NOW } });
    expect(usage.get("i3")).toEqual({ memory: { value: 300, time: bucket(6).getTime() } });
  });

  it("takes the later of two samples of the same time, as they came", async () => {
    const { client: monitoring } = client({
      CpuUsed: [
        series("i1", [
          { timestamp: bucket(8), value: 1 },
          { timestamp: bucket(7), value: 2 },
          { timestamp: bucket(8), value: 3 },
          { timestamp: bucket(7), value: 4 },
        ]),
      ],
    });
    const usage = await instanceUsage(
      monitoring,
      { compartmentId: "c", availabilityDomain: "AD-1", now: NOW },
      run,
    );
    expect(usage.get("i1")).toEqual({
      cpu: { value: 3, time: bucket(9).getTime() },
      previousCpu: { value: 1, time: bucket(9).getTime() },
    });
  });
});
