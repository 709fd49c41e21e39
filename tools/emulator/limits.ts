// Service limits per availability domain. Every instance that is not DELETED counts, including
// INACTIVE and FAILED ones ([DOC] stopping-a-container-instance).
import { ApiError } from "./errors.ts";
import type { InstanceRecord, Limits } from "./types.ts";

export const DEFAULT_LIMITS: Limits = { ocpusPerAd: 1000, memoryInGBsPerAd: 16000, instancesPerAd: 20000 };

interface Usage {
  ocpus: number;
  memoryInGBs: number;
  instances: number;
}

export class LimitTracker {
  limits: Limits;
  private readonly usage = new Map<string, Usage>();

  constructor(limits: Limits) {
    this.limits = limits;
  }

  private of(ad: string): Usage {
    let u = this.usage.get(ad);
    if (!u) {
      u = { ocpus: 0, memoryInGBs: 0, instances: 0 };
      this.usage.set(ad, u);
    }
    return u;
  }

  /** Throws 400 LimitExceeded when adding this much to the AD would go over a limit. */
  check(ad: string, ocpus: number, memoryInGBs: number): void {
    const u = this.of(ad);
    const over: string[] = [];
    if (u.ocpus + ocpus > this.limits.ocpusPerAd) over.push(`ocpu-count (${this.limits.ocpusPerAd})`);
    if (u.memoryInGBs + memoryInGBs > this.limits.memoryInGBsPerAd) {
      over.push(`memory-count (${this.limits.memoryInGBsPerAd} GB)`);
    }
    if (u.instances + 1 > this.limits.instancesPerAd) {
      over.push(`container-instance-count (${this.limits.instancesPerAd})`);
    }
    if (over.length > 0) {
      throw new ApiError(
        400,
        "LimitExceeded",
        `The following service limits were exceeded in ${ad}: ${over.join(", ")}. Request a service limit increase.`,
      );
    }
  }

  add(inst: InstanceRecord, sign: 1 | -1): void {
    const u = this.of(inst.availabilityDomain);
    u.ocpus += sign * inst.shapeConfig.ocpus;
    u.memoryInGBs += sign * inst.shapeConfig.memoryInGBs;
    u.instances += sign;
  }

  snapshot(): Record<string, Usage> {
    return Object.fromEntries([...this.usage].map(([k, v]) => [k, { ...v }]));
  }
}
