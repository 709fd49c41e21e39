// All emulator state, with bounded memory: DELETED instances (with their containers and VNIC),
// finished work requests and expired retry tokens are evicted after their retention.
import type { ContainerRecord, InstanceRecord, VnicRecord, WorkRequestRecord } from "./types.ts";

export const RETRY_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
/** Upper bound on stored work requests; the oldest finished ones go first. */
export const MAX_WORK_REQUESTS = 100_000;

export interface RetryTokenEntry {
  bodyHash: string;
  instanceId: string;
  workRequestId: string;
  expiresAt: number;
}

export class Store {
  readonly instances = new Map<string, InstanceRecord>();
  readonly containers = new Map<string, ContainerRecord>();
  readonly vnics = new Map<string, VnicRecord>();
  readonly workRequests = new Map<string, WorkRequestRecord>();
  readonly retryTokens = new Map<string, RetryTokenEntry>();
  readonly compartments = new Set<string>();

  addWorkRequest(wr: WorkRequestRecord): void {
    this.workRequests.set(wr.id, wr);
    if (this.workRequests.size > MAX_WORK_REQUESTS) {
      for (const [id, old] of this.workRequests) {
        if (old.timeFinished !== undefined) {
          this.workRequests.delete(id);
          break;
        }
      }
    }
  }

  /** Removes what has outlived its retention. Returns how many records went. */
  sweep(now: number, retentionMs: number): number {
    let removed = 0;
    for (const [id, inst] of this.instances) {
      if (
        inst.lifecycleState === "DELETED" &&
        inst.timeDeleted !== undefined &&
        now - inst.timeDeleted >= retentionMs
      ) {
        for (const cid of inst.containerIds) this.containers.delete(cid);
        this.vnics.delete(inst.vnicId);
        this.instances.delete(id);
        removed++;
      }
    }
    for (const [id, wr] of this.workRequests) {
      if (wr.timeFinished !== undefined && now - wr.timeFinished >= Math.max(retentionMs, 60_000)) {
        this.workRequests.delete(id);
        removed++;
      }
    }
    for (const [token, entry] of this.retryTokens) {
      if (entry.expiresAt <= now) {
        this.retryTokens.delete(token);
        removed++;
      }
    }
    return removed;
  }
}

export interface Page<T> {
  items: T[];
  nextPage?: string;
}

/** Opaque page tokens: the offset into the filtered, sorted result. */
export function encodePage(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

export function decodePage(token: string | undefined): number | undefined {
  if (token === undefined) return 0;
  const text = Buffer.from(token, "base64url").toString();
  const m = /^o:(\d+)$/.exec(text);
  return m ? Number(m[1]) : undefined;
}

export function paginate<T>(all: T[], offset: number, limit: number): Page<T> {
  const items = all.slice(offset, offset + limit);
  const next = offset + limit;
  return next < all.length ? { items, nextPage: encodePage(next) } : { items };
}
