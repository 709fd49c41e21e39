import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { KubeletApiMetrics } from "./api-metrics.ts";

describe("kubelet API metrics", () => {
  it("counts requests, follow streams, window overruns, final logs and port-forwards in the shared registry", async () => {
    const registry = new Registry();
    const metrics = new KubeletApiMetrics(registry);
    metrics.countRequest(200);
    metrics.countRequest(200);
    metrics.countRequest(403);
    metrics.followStarted();
    metrics.followStarted();
    metrics.followEnded();
    metrics.countWindowOverrun();
    metrics.countFinalLogs("saved");
    const lines = (await registry.metrics()).split("\n");
    expect(lines).toContain("# TYPE okevn_kubelet_api_requests_total counter");
    expect(lines).toContain('okevn_kubelet_api_requests_total{code="200"} 2');
    expect(lines).toContain('okevn_kubelet_api_requests_total{code="403"} 1');
    expect(lines).toContain("# TYPE okevn_log_follow_streams gauge");
    expect(lines).toContain("okevn_log_follow_streams 1");
    expect(lines).toContain("okevn_log_follow_window_overruns_total 1");
    expect(lines).toContain('okevn_final_logs_total{outcome="saved"} 1');
    expect(lines).toContain("okevn_port_forward_sessions 0");
    metrics.portForward = { sessions: () => 2, connections: () => 5 };
    const later = (await metrics.render()).split("\n");
    expect(later).toContain("okevn_port_forward_sessions 2");
    expect(later).toContain("okevn_port_forward_connections 5");
    expect(await metrics.render()).toBe(await registry.metrics());
  });
});
