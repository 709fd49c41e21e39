/** Counters of the kubelet API itself, registered in the provider's registry and served at /metrics. */
import { Counter, Gauge, Registry } from "prom-client";

export class KubeletApiMetrics {
  readonly registry: Registry;
  /** Port-forward gauges, read at scrape time (set by the port-forward service). */
  portForward: { sessions(): number; connections(): number } | undefined;
  private readonly requests: Counter<"code">;
  private readonly windowOverruns: Counter;
  private readonly followStreams: Gauge;
  private readonly finalLogs: Counter<"outcome">;

  constructor(registry = new Registry()) {
    this.registry = registry;
    const registers = [registry];
    this.requests = new Counter({
      name: "okevn_kubelet_api_requests_total",
      help: "Requests to the kubelet API by HTTP status.",
      labelNames: ["code"] as const,
      registers,
    });
    this.windowOverruns = new Counter({
      name: "okevn_log_follow_window_overruns_total",
      help: "Follow polls whose window no longer overlapped the previous one: lines written in between were lost.",
      registers,
    });
    this.followStreams = new Gauge({
      name: "okevn_log_follow_streams",
      help: "Log streams being followed now.",
      registers,
    });
    this.finalLogs = new Counter({
      name: "okevn_final_logs_total",
      help: "Final-log captures by outcome (saved, failed, truncated, evicted).",
      labelNames: ["outcome"] as const,
      registers,
    });
    const read = (pick: (pf: NonNullable<KubeletApiMetrics["portForward"]>) => number) => () =>
      this.portForward ? pick(this.portForward) : 0;
    const sessions = read((pf) => pf.sessions());
    const connections = read((pf) => pf.connections());
    new Gauge({
      name: "okevn_port_forward_sessions",
      help: "Port-forward sessions (upgraded connections) open now.",
      registers,
      collect() {
        this.set(sessions());
      },
    });
    new Gauge({
      name: "okevn_port_forward_connections",
      help: "Forwarded TCP connections to pods open now (all sessions).",
      registers,
      collect() {
        this.set(connections());
      },
    });
  }

  countRequest(code: number): void {
    this.requests.inc({ code: String(code) });
  }
  countFinalLogs(outcome: string): void {
    this.finalLogs.inc({ outcome });
  }
  countWindowOverrun(): void {
    this.windowOverruns.inc();
  }
  followStarted(): void {
    this.followStreams.inc();
  }
  followEnded(): void {
    this.followStreams.dec();
  }

  /** The registry in the Prometheus text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}
