/** The provider's own metrics (served on `observability.metricsAddress`). */
import { Counter, Gauge, Histogram, Registry } from "./metrics.ts";

export interface QueueView {
  readonly depth: number;
  readonly delayed: number;
}

export interface ProviderMetrics {
  readonly registry: Registry;
  readonly ociCalls: Counter;
  readonly apiserverRequests: Counter;
  readonly podPhases: Histogram;
  /** Adds gauges read on each scrape. */
  watch(sources: {
    readonly queues: Readonly<Record<string, QueueView>>;
    readonly instances: () => number;
    readonly leader: () => boolean;
  }): void;
}

export function createProviderMetrics(): ProviderMetrics {
  const registry = new Registry();
  const ociCalls = registry.register(
    new Counter("okevn_oci_calls_total", "OCI API calls by operation and HTTP status (0: network error)."),
  );
  const apiserverRequests = registry.register(
    new Counter(
      "okevn_apiserver_requests_total",
      "Kubernetes API requests by method and HTTP status (0: network error).",
    ),
  );
  const podPhases = registry.register(
    new Histogram(
      "okevn_pod_start_phase_seconds",
      "Seconds from pod creation to each start phase.",
      [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    ),
  );
  return {
    registry,
    ociCalls,
    apiserverRequests,
    podPhases,
    watch({ queues, instances, leader }) {
      registry.register(
        new Gauge(
          "okevn_queue_depth",
          "Keys waiting in each work queue (state=ready) or in backoff (state=backoff).",
          () =>
            Object.entries(queues).flatMap(([queue, view]) => [
              { labels: { queue, state: "ready" }, value: view.depth },
              { labels: { queue, state: "backoff" }, value: view.delayed },
            ]),
        ),
      );
      registry.register(
        new Gauge("okevn_instances", "Container Instances this node knows.", () => [
          { labels: {}, value: instances() },
        ]),
      );
      registry.register(
        new Gauge("process_resident_memory_bytes", "Resident memory of the provider process.", () => [
          { labels: {}, value: process.memoryUsage.rss() },
        ]),
      );
      registry.register(
        new Gauge("nodejs_heap_used_bytes", "V8 heap in use.", () => [
          { labels: {}, value: process.memoryUsage().heapUsed },
        ]),
      );
      registry.register(
        new Gauge("okevn_leader", "1 while this replica leads its virtual node.", () => [
          { labels: {}, value: leader() ? 1 : 0 },
        ]),
      );
    },
  };
}
