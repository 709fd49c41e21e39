/**
 * The provider's own metrics, in one prom-client registry: served on
 * `observability.metricsAddress` and, with the kubelet API's counters registered beside them,
 * on the kubelet API's /metrics.
 */
import { Counter, Gauge, Histogram, Registry } from "prom-client";

export interface QueueView {
  readonly depth: number;
  readonly delayed: number;
}

export interface ProviderMetrics {
  readonly registry: Registry;
  readonly ociCalls: Counter<"operation" | "status">;
  readonly apiserverRequests: Counter<"method" | "status">;
  readonly podPhases: Histogram<"phase">;
  /** Adds gauges read on each scrape. */
  watch(sources: {
    readonly queues: Readonly<Record<string, QueueView>>;
    readonly instances: () => number;
    readonly leader: () => boolean;
  }): void;
}

/** A gauge without labels whose value is read on each scrape. */
function readOnScrape(registry: Registry, name: string, help: string, read: () => number): void {
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      this.set(read());
    },
  });
}

export function createProviderMetrics(registry = new Registry()): ProviderMetrics {
  const ociCalls = new Counter({
    name: "okevn_oci_calls_total",
    help: "OCI API calls by operation and HTTP status (0: network error).",
    labelNames: ["operation", "status"] as const,
    registers: [registry],
  });
  const apiserverRequests = new Counter({
    name: "okevn_apiserver_requests_total",
    help: "Kubernetes API requests by method and HTTP status (0: network error).",
    labelNames: ["method", "status"] as const,
    registers: [registry],
  });
  const podPhases = new Histogram({
    name: "okevn_pod_start_phase_seconds",
    help: "Seconds from pod creation to each start phase.",
    labelNames: ["phase"] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  });
  return {
    registry,
    ociCalls,
    apiserverRequests,
    podPhases,
    watch({ queues, instances, leader }) {
      new Gauge({
        name: "okevn_queue_depth",
        help: "Keys waiting in each work queue (state=ready) or in backoff (state=backoff).",
        labelNames: ["queue", "state"] as const,
        registers: [registry],
        collect() {
          for (const [queue, view] of Object.entries(queues)) {
            this.set({ queue, state: "ready" }, view.depth);
            this.set({ queue, state: "backoff" }, view.delayed);
          }
        },
      });
      readOnScrape(registry, "okevn_instances", "Container Instances this node knows.", instances);
      readOnScrape(
        registry,
        "process_resident_memory_bytes",
        "Resident memory of the provider process.",
        () => process.memoryUsage.rss(),
      );
      readOnScrape(
        registry,
        "nodejs_heap_used_bytes",
        "V8 heap in use.",
        () => process.memoryUsage().heapUsed,
      );
      readOnScrape(registry, "okevn_leader", "1 while this replica leads its virtual node.", () =>
        leader() ? 1 : 0,
      );
    },
  };
}
