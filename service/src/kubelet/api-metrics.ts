/** Counters of the kubelet API itself, served at its /metrics. */
export class KubeletApiMetrics {
  readonly requests = new Map<string, number>();
  logWindowOverruns = 0;
  followStreams = 0;
  readonly finalLogs = new Map<string, number>();
  /** Port-forward gauges, read at render time (set by the port-forward service). */
  portForward: { sessions(): number; connections(): number } | undefined;

  countRequest(code: number): void {
    this.requests.set(String(code), (this.requests.get(String(code)) ?? 0) + 1);
  }
  countFinalLogs(outcome: string): void {
    this.finalLogs.set(outcome, (this.finalLogs.get(outcome) ?? 0) + 1);
  }

  render(): string {
    const lines = [
      "# HELP okevn_kubelet_api_requests_total Requests to the kubelet API by HTTP status.",
      "# TYPE okevn_kubelet_api_requests_total counter",
      ...[...this.requests].map(([code, n]) => `okevn_kubelet_api_requests_total{code="${code}"} ${n}`),
      "# HELP okevn_log_follow_window_overruns_total Follow polls whose window no longer overlapped the previous one: lines written in between were lost.",
      "# TYPE okevn_log_follow_window_overruns_total counter",
      `okevn_log_follow_window_overruns_total ${this.logWindowOverruns}`,
      "# HELP okevn_log_follow_streams Log streams being followed now.",
      "# TYPE okevn_log_follow_streams gauge",
      `okevn_log_follow_streams ${this.followStreams}`,
      "# HELP okevn_final_logs_total Final-log captures by outcome (saved, failed, truncated, evicted).",
      "# TYPE okevn_final_logs_total counter",
      ...[...this.finalLogs].map(([o, n]) => `okevn_final_logs_total{outcome="${o}"} ${n}`),
      "# HELP okevn_port_forward_sessions Port-forward sessions (upgraded connections) open now.",
      "# TYPE okevn_port_forward_sessions gauge",
      `okevn_port_forward_sessions ${this.portForward?.sessions() ?? 0}`,
      "# HELP okevn_port_forward_connections Forwarded TCP connections to pods open now (all sessions).",
      "# TYPE okevn_port_forward_connections gauge",
      `okevn_port_forward_connections ${this.portForward?.connections() ?? 0}`,
    ];
    return `${lines.join("\n")}\n`;
  }
}
