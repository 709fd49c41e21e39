/**
 * What one number, the pods a virtual node is sized for (`maxPods`, or the node's own `pods`),
 * sets in the chart (issue 18): the provider's memory, its Kubernetes client rate and its queue
 * bucket. Each rule is written twice, for concrete synthesis and as the Go expression Helm
 * evaluates (`Tpl.calc`); the golden test renders both and compares them.
 *
 * Figures behind the rules (docs/benchmarks.md): the provider idles at about 200 MiB RSS, a
 * cached pod costs about 10 to 20 KiB of heap, and a pod's life costs about 5 apiserver requests
 * (3 before it is Running). The heap is sized to the container at run time (HEAP_LIMIT_MIB).
 */
import type { Tpl } from "./tpl.ts";

/**
 * Memory request and limit of the provider, MiB: 384 plus 32 KiB per pod (696 at 10,000 pods).
 * The base is what the process takes before its pods beyond the heap (code, V8's young generation,
 * sockets, malloc arenas): 183 MiB idle and 348 MiB peak RSS at 1,000 pods with an 86 MiB heap.
 */
export function memoryMiB(tpl: Tpl, pods: number): number {
  return tpl.calc(
    [pods],
    (n) => 384 + Math.floor(n / 32),
    (n) => `(add 384 (div ${n} 32))`,
  );
}

/**
 * Kubernetes client rate, requests/s: 300, or one per 20 pods (500 at 10,000), burst twice that. A
 * pod costs about 3 requests (Event, status, DELETE), so the floor admits about 100 new pods/s; at
 * 100 requests/s the client bucket, not the node, set the pace (bound→create p50 11 s at 1,000 pods).
 */
export function kubernetesQps(tpl: Tpl, pods: number): { qps: number; burst: number } {
  const qps = tpl.calc(
    [pods],
    (n) => Math.max(300, Math.floor(n / 20)),
    (n) => `(max 300 (div ${n} 20))`,
  );
  const burst = tpl.calc(
    [qps],
    (q) => q * 2,
    (q) => `(mul ${q} 2)`,
  );
  return { qps, burst };
}

/** The queues' shared retry bucket, items/s: 50, or one per 100 pods; burst 300, or one per 20 pods. */
export function queueQps(tpl: Tpl, pods: number): { qps: number; burst: number } {
  return {
    qps: tpl.calc(
      [pods],
      (n) => Math.max(50, Math.floor(n / 100)),
      (n) => `(max 50 (div ${n} 100))`,
    ),
    burst: tpl.calc(
      [pods],
      (n) => Math.max(300, Math.floor(n / 20)),
      (n) => `(max 300 (div ${n} 20))`,
    ),
  };
}

/**
 * The Downward API divisor that turns the container's memory limit into the V8 old-space size
 * in MiB: limit ÷ 1600 KiB = 64% of the limit (the rest is V8's young generation, code and
 * native buffers: 320 MiB of heap stayed under 450 MiB RSS at 5,000 pods).
 */
export const HEAP_DIVISOR = "1600Ki";
