import { describe, expect, it } from "vitest";
import { Counter, Gauge, Histogram, Registry } from "./metrics.ts";

describe("metrics registry", () => {
  it("renders counters, gauges and histograms in the Prometheus text format", () => {
    const registry = new Registry();
    const calls = registry.register(new Counter("calls_total", "Calls."));
    registry.register(new Gauge("depth", "Depth.", () => [{ labels: { queue: "sync" }, value: 3 }]));
    const latency = registry.register(new Histogram("latency_seconds", "Latency.", [0.1, 1]));
    calls.inc({ op: "Create", status: "200" });
    calls.inc({ op: "Create", status: "200" });
    calls.inc({ op: 'we"ird', status: "500" });
    latency.observe({ phase: "run" }, 0.05);
    latency.observe({ phase: "run" }, 5);
    const text = registry.render();
    expect(text).toContain('calls_total{op="Create",status="200"} 2');
    expect(text).toContain('calls_total{op="we\\"ird",status="500"} 1');
    expect(text).toContain('depth{queue="sync"} 3');
    expect(text).toContain('latency_seconds_bucket{phase="run",le="0.1"} 1');
    expect(text).toContain('latency_seconds_bucket{phase="run",le="1"} 1');
    expect(text).toContain('latency_seconds_bucket{phase="run",le="+Inf"} 2');
    expect(text).toContain('latency_seconds_count{phase="run"} 2');
    expect(calls.get({ op: "Create", status: "200" })).toBe(2);
  });
});
