import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { V1Pod } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import {
  NodeCpuCounter,
  UsageCache,
  resourceMetrics,
  resourceMetricsText,
  statsSummary,
  statsSummaryJson,
} from "./stats.ts";

const pod: V1Pod = {
  metadata: { name: "web", namespace: "ns", uid: "u1" },
  status: {
    phase: "Running",
    startTime: "2026-01-01T00:00:00Z" as never,
    containerStatuses: [
      {
        name: "a",
        image: "",
        imageID: "",
        ready: true,
        restartCount: 0,
        containerID: "oci://c1",
        state: { running: { startedAt: "2026-01-01T00:00:01Z" as never } },
      },
      {
        name: "b",
        image: "",
        imageID: "",
        ready: true,
        restartCount: 0,
        containerID: "oci://c2",
        state: { running: { startedAt: "2026-01-01T00:00:02Z" as never } },
      },
    ],
  },
};
const T = Date.parse("2026-01-01T00:01:00Z");
const usage = {
  cpu: { value: 4e9, time: T },
  previousCpu: { value: 2e9, time: T - 60_000 },
  memory: { value: 1000, time: T },
  ephemeralStorage: { value: 5, time: T },
};

describe("resourceMetrics", () => {
  it("writes the series metrics-server parses, split evenly among running containers", () => {
    const text = resourceMetrics({
      pods: [{ pod, usage }],
      nodeCpu: { value: 4e9, time: T },
      nodeMemory: { value: 1000, time: T },
      scrapeError: false,
    });
    expect(text).toContain(`node_cpu_usage_seconds_total 4 ${T}\n`);
    expect(text).toContain(`node_memory_working_set_bytes 1000 ${T}\n`);
    expect(text).toContain(
      `container_cpu_usage_seconds_total{container="a",namespace="ns",pod="web"} 2 ${T}\n`,
    );
    expect(text).toContain(
      `container_memory_working_set_bytes{container="b",namespace="ns",pod="web"} 500 ${T}\n`,
    );
    expect(text).toContain(
      `container_start_time_seconds{container="a",namespace="ns",pod="web"} 1767225601 `,
    );
    expect(text).toContain(`pod_cpu_usage_seconds_total{namespace="ns",pod="web"} 4 ${T}\n`);
    expect(text).toContain("# TYPE container_cpu_usage_seconds_total counter\n");
    expect(text).toMatch(/scrape_error 0\n$/);
  });
});

describe("statsSummary", () => {
  it("reports node, pod and container usage with a CPU rate", () => {
    const summary = statsSummary({
      nodeName: "vn",
      nodeStartTime: 0,
      pods: [{ pod, usage }],
      nodeCpu: { value: 4e9, time: T },
      nodeCpuPrevious: undefined,
      nodeMemory: { value: 1000, time: T },
      scrapeError: false,
    }) as { pods: { cpu: unknown; containers: { memory: { workingSetBytes: number } }[] }[] };
    expect(summary.pods[0]!.cpu).toEqual({
      time: "2026-01-01T00:01:00.000Z",
      usageCoreNanoSeconds: 4e9,
      usageNanoCores: Math.round((2e9 / 60_000) * 1e6),
    });
    expect(summary.pods[0]!.containers.map((c) => c.memory.workingSetBytes)).toEqual([500, 500]);
  });
});

describe("NodeCpuCounter", () => {
  it("never goes down when instances leave", () => {
    const counter = new NodeCpuCounter();
    expect(
      counter.total(
        new Map([
          ["i1", 10],
          ["i2", 5],
        ]),
      ),
    ).toBe(15);
    expect(counter.total(new Map([["i2", 7]]))).toBe(17);
    expect(
      counter.total(
        new Map([
          ["i2", 7],
          ["i3", 1],
        ]),
      ),
    ).toBe(18);
  });
});

describe("UsageCache", () => {
  it("shares one fetch among concurrent callers and within the TTL", async () => {
    let calls = 0;
    const cache = new UsageCache(async () => {
      calls++;
      return new Map();
    }, 10_000);
    await Promise.all([cache.get(), cache.get()]);
    await cache.get();
    expect(calls).toBe(1);
  });

  it("answers from figures younger than maxStaleMs at once and refreshes them in the background", async () => {
    let calls = 0;
    let release: (() => void) | undefined;
    const cache = new UsageCache(
      () => {
        calls++;
        const data = new Map([["i", { memory: { value: calls, time: calls } }]]);
        if (calls === 1) return Promise.resolve(data);
        return new Promise((resolve) => (release = () => resolve(data)));
      },
      10,
      1_000,
    );
    const t0 = Date.now();
    expect((await cache.get(t0)).get("i")?.memory?.value).toBe(1);
    // Stale but within maxStaleMs: the old figures, without waiting for the slow refresh.
    expect((await cache.get(t0 + 500)).get("i")?.memory?.value).toBe(1);
    expect(calls).toBe(2);
    release!();
    await new Promise((resolve) => setImmediate(resolve));
    expect((await cache.get(Date.now())).get("i")?.memory?.value).toBe(2);
  });

  it("waits for Monitoring once the figures are older than maxStaleMs, and surfaces its error then", async () => {
    let fail = false;
    const cache = new UsageCache(
      () => (fail ? Promise.reject(new Error("Monitoring down")) : Promise.resolve(new Map())),
      10,
      1_000,
    );
    const t0 = Date.now();
    await cache.get(t0);
    fail = true;
    await expect(cache.get(t0 + 500)).resolves.toBeDefined();
    await new Promise((resolve) => setImmediate(resolve));
    await expect(cache.get(t0 + 5_000)).rejects.toThrow("Monitoring down");
  });
});

describe("statsSummaryJson", () => {
  it("writes the text of JSON.stringify(statsSummary) in pieces, every time formatted right", () => {
    const bare: V1Pod = { metadata: { name: 'odd "name"\n', namespace: "ns", uid: "u2" }, status: {} };
    // More distinct sample times than the ISO memo keeps, so it is cleared on the way.
    const pods = Array.from({ length: 5000 }, (_, i) =>
      i % 3 === 2
        ? { pod: bare, usage: { memory: { value: i, time: T + i * 1000 } } }
        : { pod, usage: { ...usage, cpu: { value: 4e9 + i, time: T + i * 1000 } } },
    );
    const input = {
      nodeName: "vn",
      nodeStartTime: 0,
      pods,
      nodeCpu: { value: 4e9, time: T },
      nodeCpuPrevious: { value: 3e9, time: T - 60_000 },
      nodeMemory: { value: 1000, time: T },
      scrapeError: false,
    };
    const pieces = [...statsSummaryJson(input, 4096)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join("")).toBe(JSON.stringify(statsSummary(input)));
    const parsed = JSON.parse(pieces.join("")) as {
      pods: { cpu?: { time: string }; memory: { time: string } }[];
    };
    parsed.pods.forEach((p, i) =>
      expect(p.cpu?.time ?? p.memory.time).toBe(new Date(T + i * 1000).toISOString()),
    );
  });
});

describe("resourceMetrics golden file", () => {
  // Pods with two, one and no running containers, a container without a start time, usage with
  // CPU only, memory only or both, and label values that need escaping.
  const running = (name: string, startedAt?: string) => ({
    name,
    image: "",
    imageID: "",
    ready: true,
    restartCount: 0,
    containerID: `oci://${name}`,
    state: { running: startedAt ? { startedAt: startedAt as never } : {} },
  });
  const odd: V1Pod = {
    metadata: { name: 'we"ird\\pod\nname', namespace: "ns2", uid: "u3" },
    status: {
      phase: "Running",
      containerStatuses: [running("only"), { ...running("gone"), containerID: "" }],
    },
  };
  const idle: V1Pod = {
    metadata: { name: "idle", namespace: "ns", uid: "u4" },
    status: { phase: "Running" },
  };
  const input = (scrapeError: boolean, withNode: boolean) => ({
    pods: [
      { pod, usage },
      { pod: odd, usage: { cpu: { value: 1.5e9, time: T + 1 } } },
      { pod: idle, usage: { memory: { value: 12345, time: T + 2 } } },
      {
        pod: {
          ...pod,
          status: { ...pod.status, containerStatuses: [running("late", "2026-01-01T00:00:09.5Z")] },
        },
        usage,
      },
    ],
    nodeCpu: withNode ? { value: 7e9, time: T } : undefined,
    nodeMemory: withNode ? { value: 2000, time: T } : undefined,
    scrapeError,
  });
  const file = join(import.meta.dirname, "golden", "resource-metrics.txt");
  const text = `${resourceMetrics(input(false, true))}---\n${resourceMetrics(input(true, false))}`;

  it("matches golden/resource-metrics.txt (UPDATE_GOLDEN=1 rewrites it)", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, "utf8"));
  });

  it("writes the same text in pieces of at least pieceChars", () => {
    const pieces = [...resourceMetricsText(input(false, true), 256)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.slice(0, -1).every((p) => p.length >= 256)).toBe(true);
    expect(pieces.join("")).toBe(resourceMetrics(input(false, true)));
  });
});
