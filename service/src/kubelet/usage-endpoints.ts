/**
 * The usage endpoints of the kubelet API: /stats/summary (kubectl top through the apiserver)
 * and /metrics/resource (metrics-server), from the provider's per-instance usage of the pods
 * running on this node. The node's figures are the sum of its pods'.
 */
import type { InstancePhase, InstanceUsage, Sample } from "../provider/types.ts";
import type { KubeletProvider, PodSource } from "./server.ts";
import {
  NodeCpuCounter,
  type PodUsage,
  type UsageCache,
  resourceMetricsText,
  statsSummaryJson,
} from "./stats.ts";

const GONE: ReadonlySet<InstancePhase> = new Set(["Deleting", "Deleted"]);

export interface UsageEndpointsOptions {
  readonly nodeName: string;
  readonly pods: PodSource;
  readonly provider: Pick<KubeletProvider, "getInstance">;
  /** The provider's `resourceUsage`, cached. */
  readonly usage: UsageCache;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

interface NodeUsage {
  readonly pods: PodUsage[];
  readonly nodeCpu: Sample | undefined;
  readonly nodeMemory: Sample | undefined;
  readonly error: boolean;
}

export class UsageEndpoints {
  private readonly options: UsageEndpointsOptions;
  private readonly nodeCpu = new NodeCpuCounter();
  private nodeCpuPrevious: Sample | undefined;
  private nodeCpuLast: Sample | undefined;
  private readonly startedAt = Date.now();

  constructor(options: UsageEndpointsOptions) {
    this.options = options;
  }

  private async podUsage(): Promise<NodeUsage> {
    let usage: ReadonlyMap<string, InstanceUsage> = new Map();
    let error = false;
    try {
      usage = await this.options.usage.get();
    } catch (e) {
      error = true;
      this.options.log?.("kubelet API: reading usage from the provider failed", { error: String(e) });
    }
    const pods: PodUsage[] = [];
    const cpu = new Map<string, number>();
    let memory = 0;
    let latest = 0;
    for (const pod of this.options.pods.values()) {
      const instance = this.options.provider.getInstance(pod.metadata?.uid ?? "");
      const u = instance ? usage.get(instance.instanceId) : undefined;
      if (!instance || !u || GONE.has(instance.phase) || pod.status?.phase !== "Running") continue;
      pods.push({ pod, usage: u });
      if (u.cpu) {
        cpu.set(instance.instanceId, u.cpu.value);
        latest = Math.max(latest, u.cpu.time);
      }
      if (u.memory) memory += u.memory.value;
    }
    const total = this.nodeCpu.total(cpu);
    let nodeCpu: Sample | undefined;
    if (latest > 0) {
      nodeCpu = { value: total, time: latest };
      if (!this.nodeCpuLast || this.nodeCpuLast.time < latest) {
        this.nodeCpuPrevious = this.nodeCpuLast;
        this.nodeCpuLast = nodeCpu;
      }
    }
    return {
      pods,
      nodeCpu,
      nodeMemory: latest > 0 ? { value: memory, time: latest } : undefined,
      error,
    };
  }

  /** /metrics/resource in the Prometheus text format, in pieces (for Responder.stream). */
  async resource(): Promise<Iterable<string>> {
    const { pods, nodeCpu, nodeMemory, error } = await this.podUsage();
    return resourceMetricsText({ pods, nodeCpu, nodeMemory, scrapeError: error });
  }

  /** /stats/summary as JSON text in pieces (for Responder.stream). */
  async summary(): Promise<Iterable<string>> {
    const { pods, nodeCpu, nodeMemory, error } = await this.podUsage();
    return statsSummaryJson({
      nodeName: this.options.nodeName,
      nodeStartTime: this.startedAt,
      pods,
      nodeCpu,
      nodeMemory,
      nodeCpuPrevious: this.nodeCpuPrevious === nodeCpu ? undefined : this.nodeCpuPrevious,
      scrapeError: error,
    });
  }
}
