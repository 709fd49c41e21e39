/** The shapes of the scale benchmark's options and results, and the virtual node ÷ KWOK ratios. */
import { type Distribution, type RequestCounts } from "./measure.ts";

export type NodeKind = "kwok" | "virtual-node";
/** How pods reach the node: bound by kube-scheduler, or created with `spec.nodeName` set. */
export type Placement = "scheduled" | "prebound";
/** How the pods are deleted: one DELETECOLLECTION, or by deleting their namespace. */
export type Deletion = "collection" | "namespace";

export interface BenchOptions {
  readonly pods: number;
  readonly dir: string;
  readonly nodes: readonly NodeKind[];
  /** Each placement is a round of phases, one per node. @default ["prebound", "scheduled"] */
  readonly placements?: readonly Placement[];
  /** @default "collection" */
  readonly deletion?: Deletion;
  /** Parallel pod creations by the benchmark. */
  readonly concurrency: number;
  /**
   * Pods created per second: pod i is sent no earlier than i ÷ rate seconds after the first.
   * Unset: as fast as `concurrency` creates go (a burst that, at 1,000 pods, keeps this 2-core
   * machine fully busy, so the latencies then measure the machine's backlog; docs/benchmarks.md).
   */
  readonly createRate?: number;
  /** Where to write the provider's V8 CPU profile (node --cpu-prof); unset: no profile. */
  readonly cpuProfileDir?: string;
  /** Extra NODE_OPTIONS for the provider process, e.g. `--max-old-space-size=384`. */
  readonly providerNodeOptions?: string;
  /**
   * Run the provider as the chart ships it for N pods (`shippedProviderConfig`): the chart's
   * client limits, queue bucket and heap, instead of the benchmark's raised limits.
   */
  readonly shipped?: boolean;
  /** Provider configuration merged over the benchmark's (see benchProviderConfig). */
  readonly providerConfig?: Record<string, unknown>;
  readonly log: (line: string) => void;
}

export interface PhaseResult {
  readonly node: NodeKind;
  readonly placement: Placement;
  readonly deletion: Deletion;
  readonly pods: number;
  readonly loadBefore: readonly number[];
  readonly loadAfter: readonly number[];
  /** How long the benchmark took to create the N pods (the same for every node). */
  readonly createSeconds: number;
  /** The paced create rate, pods/s (BenchOptions.createRate); absent: a burst. */
  readonly createRate?: number;
  readonly allRunningSeconds: number;
  /**
   * The share of the machine's CPU time (all cores, /proc/stat) that was busy from the first create
   * to all Running, 0 to 1: near 1, every process waits for a core and the latencies measure the
   * machine's backlog as much as the node agent.
   */
  readonly machineBusyStarting?: number;
  readonly podsPerSecond: number;
  readonly createdToBound: Distribution;
  readonly boundToRunning: Distribution;
  /** Virtual node only: pod bound → CreateContainerInstance issued (emulator call log). */
  readonly boundToCreateIssued?: Distribution;
  /** Virtual node only: instance ACTIVE (emulator state) → pod Running seen by the watch. */
  readonly activeToRunning?: Distribution;
  readonly deleteToGoneSeconds: number;
  /** Virtual node only: delete issued → every instance DELETED. */
  readonly deleteToDrainedSeconds?: number;
  /** Virtual node only: instances not DELETED when the pods were gone and drained (must be 0). */
  readonly orphanInstances?: number;
  /** Virtual node only: one read each of the kubelet API's /pods and /stats/summary with all Running. */
  readonly kubeletApi?: {
    readonly podsMs: number;
    readonly podsBytes: number;
    readonly statsSummaryMs: number;
    readonly statsSummaryBytes: number;
  };
  readonly process: {
    /** Resident set size with the node registered and no pods yet. */
    readonly idleRssMiB: number;
    /** Virtual node only: V8 heap in use and RSS when all pods were Running (provider metrics). */
    readonly heapUsedAtRunningMiB?: number;
    readonly rssAtRunningMiB?: number;
    readonly peakRssMiB: number;
    readonly cpuSeconds: number;
    readonly cpuSecondsPerPod: number;
  };
  /**
   * CPU seconds over the phase of the other processes on the machine: the benchmark process (its pod
   * watch, and for the virtual node the OCI emulator it hosts) and each control-plane process by name.
   */
  readonly machineCpuSeconds?: Readonly<Record<string, number>>;
  readonly apiserver: {
    readonly requests: number;
    readonly requestsPerPod: number;
    /** Writes of the node agent for its pods (see nodeWrites in measure.ts). */
    readonly nodeWritesPerPod: number;
    readonly nodeWrites: RequestCounts;
    /** GETs of ConfigMaps and Secrets (every client) ÷ N: what reading the pods' references costs. */
    readonly referenceGetsPerPod: number;
    readonly all: RequestCounts;
  };
  /** Virtual node only: the provider's own count of its apiserver requests, by method. */
  readonly providerRequests?: { readonly perPod: number; readonly byMethod: RequestCounts };
  readonly oci?: {
    readonly calls: number;
    readonly callsPerPod: number;
    readonly byOperation: RequestCounts;
    /** Calls per second by operation over a quiet window with all pods Running. */
    readonly steadyCallsPerSecond: RequestCounts;
    readonly steadyWindowSeconds: number;
  };
}

export interface BenchResults {
  readonly benchmark: "oke-virtual-nodes scale";
  readonly date: string;
  readonly command: string;
  readonly machine: Record<string, unknown>;
  readonly versions: Record<string, string>;
  readonly providerConfig: Record<string, unknown>;
  readonly phases: PhaseResult[];
  /**
   * Virtual node ÷ KWOK for the figures both have, per placement (>1 means we are slower or
   * costlier, except throughput).
   */
  readonly ratios?: Partial<Record<Placement, Record<string, number | undefined>>>;
}

function ratio(ours: number | undefined, theirs: number | undefined): number | undefined {
  if (ours === undefined || theirs === undefined || theirs === 0) return undefined;
  return Math.round((ours / theirs) * 100) / 100;
}

export function compare(ours: PhaseResult, kwok: PhaseResult): Record<string, number | undefined> {
  return {
    podsPerSecond: ratio(ours.podsPerSecond, kwok.podsPerSecond),
    allRunningSeconds: ratio(ours.allRunningSeconds, kwok.allRunningSeconds),
    boundToRunningP50: ratio(ours.boundToRunning.p50Ms, kwok.boundToRunning.p50Ms),
    boundToRunningP99: ratio(ours.boundToRunning.p99Ms, kwok.boundToRunning.p99Ms),
    deleteToGoneSeconds: ratio(ours.deleteToGoneSeconds, kwok.deleteToGoneSeconds),
    peakRssMiB: ratio(ours.process.peakRssMiB, kwok.process.peakRssMiB),
    cpuSeconds: ratio(ours.process.cpuSeconds, kwok.process.cpuSeconds),
    apiserverRequestsPerPod: ratio(ours.apiserver.requestsPerPod, kwok.apiserver.requestsPerPod),
    nodeWritesPerPod: ratio(ours.apiserver.nodeWritesPerPod, kwok.apiserver.nodeWritesPerPod),
  };
}
