import { describe, expect, it } from "vitest";
import { createProviderMetrics } from "./provider-metrics.ts";

describe("provider metrics", () => {
  it("exposes counters, gauges and histograms in the Prometheus text format", async () => {
    const metrics = createProviderMetrics();
    metrics.watch({
      queues: { sync: { depth: 3, delayed: 1 } },
      instances: () => 7,
      leader: () => true,
    });
    metrics.ociCalls.inc({ operation: "CreateContainerInstance", status: "200" });
    metrics.ociCalls.inc({ operation: "CreateContainerInstance", status: "200" });
    metrics.ociCalls.inc({ operation: 'we"ird', status: "500" });
    metrics.apiserverRequests.inc({ method: "PATCH", status: "200" });
    metrics.podPhases.observe({ phase: "created_to_running" }, 0.05);
    metrics.podPhases.observe({ phase: "created_to_running" }, 500);
    const text = await metrics.registry.metrics();
    const lines = text.split("\n");
    expect(lines).toContain("# TYPE okevn_oci_calls_total counter");
    expect(lines).toContain('okevn_oci_calls_total{operation="CreateContainerInstance",status="200"} 2');
    expect(lines).toContain('okevn_oci_calls_total{operation="we\\"ird",status="500"} 1');
    expect(lines).toContain('okevn_apiserver_requests_total{method="PATCH",status="200"} 1');
    expect(lines).toContain("# TYPE okevn_queue_depth gauge");
    expect(lines).toContain('okevn_queue_depth{queue="sync",state="ready"} 3');
    expect(lines).toContain('okevn_queue_depth{queue="sync",state="backoff"} 1');
    expect(lines).toContain("okevn_instances 7");
    expect(lines).toContain("okevn_leader 1");
    expect(lines).toContain("# TYPE okevn_pod_start_phase_seconds histogram");
    expect(lines).toContain('okevn_pod_start_phase_seconds_bucket{le="0.1",phase="created_to_running"} 1');
    expect(lines).toContain('okevn_pod_start_phase_seconds_bucket{le="300",phase="created_to_running"} 1');
    expect(lines).toContain('okevn_pod_start_phase_seconds_bucket{le="+Inf",phase="created_to_running"} 2');
    expect(lines).toContain('okevn_pod_start_phase_seconds_count{phase="created_to_running"} 2');
    expect(lines).toContain('okevn_pod_start_phase_seconds_sum{phase="created_to_running"} 500.05');
    expect(lines.find((l) => l.startsWith("process_resident_memory_bytes "))).toMatch(/ [1-9]\d*$/);
  });
});
