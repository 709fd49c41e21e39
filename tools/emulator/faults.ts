// Injected faults, as data. Rules apply to operations by name (e.g. "CreateContainerInstance", or
// "*" for all); random ones roll seeded dice, counted ones hit the next N matching calls.
import { ApiError, tooManyRequests } from "./errors.ts";
import { createRng, type Rng } from "./rng.ts";

/** When a fault applies: always (neither set), with a probability, or to the next `count` calls. */
export interface Trigger {
  probability?: number;
  count?: number;
}

export interface FaultRule {
  /** Operation name(s) as in the call log; "*" or absent = every operation. */
  operation?: string | string[];
  /** Token bucket: sustained requests/s and burst; over it → 429 TooManyRequests. */
  rateLimit?: { requestsPerSecond: number; burst?: number };
  /** Answer with this status and code instead of running the operation (e.g. 500 InternalServerError). */
  error?: Trigger & { status: number; code?: string; message?: string };
  /** Extra latency before answering, in ms (fixed or uniform in [min, max]). */
  latencyMs?: number | { min: number; max: number };
  /** CreateContainerInstance only: the instance is created but the client gets 503. */
  acceptedThen503?: Trigger;
  /** CreateContainerInstance only: no capacity. "sync" answers 500 "Out of host capacity";
   * "async" (default) accepts, then the instance and its work request go FAILED. */
  outOfCapacity?: Trigger & { mode?: "sync" | "async" };
  /** Container Engine mutations (CreateCluster, CreateVirtualNodePool, …): the request is accepted
   * (202 with a work request), then the work request ends FAILED with this error and a created
   * resource turns FAILED. Default code `InternalError`. */
  workRequestFailure?: Trigger & { code?: string; message?: string };
}

export interface FaultConfig {
  seed?: number;
  rules: FaultRule[];
}

export interface FaultDecision {
  latencyMs: number;
  reject?: ApiError;
  acceptedThen503: boolean;
  outOfCapacity?: "sync" | "async";
  workRequestFailure?: { code: string; message: string };
}

/** The operations that answer with a Container Engine work request (container-engine.ts). */
export const CLUSTER_WORK_REQUEST_OPERATIONS: readonly string[] = [
  "CreateCluster",
  "UpdateCluster",
  "DeleteCluster",
  "CreateVirtualNodePool",
  "DeleteVirtualNodePool",
];

const DEFAULT_CODES: Record<number, string> = {
  400: "InvalidParameter",
  404: "NotAuthorizedOrNotFound",
  409: "IncorrectState",
  429: "TooManyRequests",
  500: "InternalServerError",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
};

interface Bucket {
  tokens: number;
  last: number;
}

export class Faults {
  private rules: FaultRule[] = [];
  private rng: Rng = createRng(1);
  private readonly buckets = new Map<FaultRule, Map<string, Bucket>>();
  private readonly counts = new Map<object, number>();
  private readonly now: () => number;

  constructor(config: FaultConfig | undefined, defaultSeed: number, now: () => number = Date.now) {
    this.now = now;
    this.set(config ?? { rules: [] }, defaultSeed);
  }

  set(config: FaultConfig, defaultSeed: number): void {
    if (!Array.isArray(config.rules)) throw new Error("faults.rules must be an array");
    this.rules = config.rules;
    this.rng = createRng(config.seed ?? defaultSeed);
    this.buckets.clear();
    this.counts.clear();
  }

  get config(): FaultRule[] {
    return this.rules;
  }

  private applies(rule: FaultRule, op: string): boolean {
    const ops =
      rule.operation === undefined
        ? ["*"]
        : Array.isArray(rule.operation)
          ? rule.operation
          : [rule.operation];
    return ops.includes("*") || ops.includes(op);
  }

  private fires(trigger: Trigger): boolean {
    if (trigger.count !== undefined) {
      const used = this.counts.get(trigger) ?? 0;
      if (used >= trigger.count) return false;
      this.counts.set(trigger, used + 1);
      return true;
    }
    if (trigger.probability !== undefined) return this.rng.next() < trigger.probability;
    return true;
  }

  private takeToken(rule: FaultRule, op: string): boolean {
    const limit = rule.rateLimit!;
    let perOp = this.buckets.get(rule);
    if (!perOp) {
      perOp = new Map();
      this.buckets.set(rule, perOp);
    }
    const burst = limit.burst ?? Math.max(1, limit.requestsPerSecond);
    const now = this.now();
    const b = perOp.get(op) ?? { tokens: burst, last: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.last) / 1000) * limit.requestsPerSecond);
    b.last = now;
    perOp.set(op, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  decide(op: string): FaultDecision {
    const d: FaultDecision = { latencyMs: 0, acceptedThen503: false };
    for (const rule of this.rules) {
      if (!this.applies(rule, op)) continue;
      if (rule.latencyMs !== undefined) {
        const l = rule.latencyMs;
        d.latencyMs += typeof l === "number" ? l : l.min + this.rng.next() * (l.max - l.min);
      }
      if (!d.reject && rule.rateLimit && !this.takeToken(rule, op)) d.reject = tooManyRequests();
      if (!d.reject && rule.error && this.fires(rule.error)) {
        const e = rule.error;
        const code = e.code ?? DEFAULT_CODES[e.status] ?? "InternalServerError";
        d.reject = new ApiError(e.status, code, e.message ?? `Injected fault: ${code}`);
      }
      if (op === "CreateContainerInstance" && !d.reject) {
        if (rule.acceptedThen503 && this.fires(rule.acceptedThen503)) d.acceptedThen503 = true;
        if (!d.outOfCapacity && rule.outOfCapacity && this.fires(rule.outOfCapacity)) {
          d.outOfCapacity = rule.outOfCapacity.mode ?? "async";
        }
      }
      const wrf = rule.workRequestFailure;
      if (wrf && !d.reject && !d.workRequestFailure && CLUSTER_WORK_REQUEST_OPERATIONS.includes(op)) {
        if (this.fires(wrf)) {
          const code = wrf.code ?? "InternalError";
          d.workRequestFailure = { code, message: wrf.message ?? `Injected work request failure: ${code}` };
        }
      }
    }
    return d;
  }
}
