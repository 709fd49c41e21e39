/**
 * What one number, the pods a virtual node is sized for (`maxPods`, or the node's own `pods`),
 * sets in the chart (issue 18): the provider's memory, its Kubernetes client rate and its queue
 * bucket. Each rule is written twice, for concrete synthesis and as the Go expression Helm
 * evaluates (`Tpl.calc`); the golden test renders both and compares them.
 *
 * Figures behind the rules (docs/benchmarks.md): the provider idles at about 140 MiB RSS, a
 * pod costs about 12 KiB of heap, and a pod's life costs 3 to 4 apiserver writes. The heap is sized to the container at run time (HEAP_PERCENTAGE).
 */
import type { Tpl } from "./tpl.ts";

/**
 * Memory request and limit of the provider, MiB: 288 plus 16 KiB per pod (366 at 5,000 pods, 444
 * at 10,000). Measured at 3e91c86 (docs/benchmarks.md, issue 18): 133 to 150 MiB RSS idle; at
 * 5,000 pods Running, a 160 MiB old space and 4 MiB semi-spaces held 217 MiB RSS (268 peak) with
 * 83 MiB of heap in use, about 12 KiB per pod. The limit leaves the heap (HEAP_PERCENTAGE of it)
 * half again the live set at 10,000 pods, and the rest to code, native buffers and sockets.
 */
export function memoryMiB(tpl: Tpl, pods: number): number {
  return tpl.calc(
    [pods],
    (n) => 288 + Math.floor(n / 64),
    (n) => `(add 288 (div ${n} 64))`,
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
 * The V8 old-space size as a percentage of the container's memory limit (Node 24's
 * `--max-old-space-size-percentage` reads the cgroup limit, so the heap follows a limit the user
 * sets too): half, because V8 grows the heap towards its limit before collecting, and every MiB of
 * it is resident (64% let a 5,000-pod node reach 358 MiB RSS with 122 MiB of heap in use).
 */
export const HEAP_PERCENTAGE = 50;

/**
 * V8's young generation, MiB per semi-space: 4 instead of Node's 16. Pods live long, so a small
 * nursery costs few extra scavenges and keeps about 30 MiB less resident.
 */
export const SEMI_SPACE_MIB = 4;

/** NODE_OPTIONS of the provider container. */
export const PROVIDER_NODE_OPTIONS = `--max-old-space-size-percentage=${HEAP_PERCENTAGE} --max-semi-space-size=${SEMI_SPACE_MIB}`;
