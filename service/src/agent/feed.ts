/**
 * The versioned Service table the provider serves to pod agents: a snapshot, then deltas.
 * One instance per provider replica, fed by its own Service and EndpointSlice reflectors, so
 * the API server sees a constant number of watches whatever the number of pods.
 *
 * Wire shape (JSON), answered to `GET <FEED_PATH>?version=N` (long poll):
 *   `{ epoch, version, snapshot: ServiceEntry[] }` when N is 0, from another epoch, or older
 *   than the retained deltas; else `{ epoch, version, deltas: FeedDelta[] }` (possibly empty on timeout).
 * `epoch` is random per process: after a failover to the other replica (another epoch) the agent
 * gets a snapshot, so versions of two replicas are never mixed.
 */
import { randomUUID } from "node:crypto";
import { type ServiceEntry, serviceKey } from "./table.ts";

export const FEED_PATH = "/okevn/v1/services";

export type FeedDelta =
  | { readonly version: number; readonly upsert: ServiceEntry }
  | { readonly version: number; readonly remove: string };

export type FeedResponse =
  | { readonly epoch: string; readonly version: number; readonly snapshot: readonly ServiceEntry[] }
  | { readonly epoch: string; readonly version: number; readonly deltas: readonly FeedDelta[] };

export class ServiceFeed {
  readonly epoch = randomUUID();
  private readonly entries = new Map<string, ServiceEntry>();
  private readonly log: FeedDelta[] = [];
  private readonly maxDeltas: number;
  private current = 1;
  private waiters = new Set<() => void>();

  /** `maxDeltas`: deltas kept for agents that are behind; older agents get a snapshot. */
  constructor(maxDeltas = 10_000) {
    this.maxDeltas = maxDeltas;
  }

  get version(): number {
    return this.current;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Sets or replaces a Service's entry; an identical entry is not a change. */
  upsert(entry: ServiceEntry): void {
    const key = serviceKey(entry.namespace, entry.name);
    const previous = this.entries.get(key);
    if (previous && JSON.stringify(previous) === JSON.stringify(entry)) return;
    this.entries.set(key, entry);
    this.append({ version: this.current + 1, upsert: entry });
  }

  remove(namespace: string, name: string): void {
    const key = serviceKey(namespace, name);
    if (!this.entries.delete(key)) return;
    this.append({ version: this.current + 1, remove: key });
  }

  /** What an agent at `version` of `epoch` needs now (deltas may be empty). */
  since(version: number, epoch?: string): FeedResponse {
    const oldest = this.log[0]?.version ?? this.current + 1;
    if (epoch !== this.epoch || version <= 0 || version > this.current || version + 1 < oldest) {
      return { epoch: this.epoch, version: this.current, snapshot: [...this.entries.values()] };
    }
    const start = this.log.length - (this.current - version);
    return { epoch: this.epoch, version: this.current, deltas: this.log.slice(start) };
  }

  /**
   * Long poll: resolves with `since(version, epoch)` as soon as it has something (a snapshot or
   * at least one delta), or after `timeoutMs` with no deltas, or when `signal` aborts.
   */
  async wait(
    version: number,
    epoch: string | undefined,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<FeedResponse> {
    const now = this.since(version, epoch);
    if (!("deltas" in now) || now.deltas.length > 0) return now;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      signal?.addEventListener("abort", done, { once: true });
    });
    return this.since(version, epoch);
  }

  private append(delta: FeedDelta): void {
    this.current = delta.version;
    this.log.push(delta);
    if (this.log.length > this.maxDeltas) this.log.splice(0, this.log.length - this.maxDeltas);
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }
}

/** The agent's copy of the table: applies feed responses in order. */
export class AgentTable {
  epoch: string | undefined;
  version = 0;
  readonly entries = new Map<string, ServiceEntry>();

  /** Applies `response`; returns whether anything changed. */
  apply(response: FeedResponse): boolean {
    if ("snapshot" in response) {
      this.entries.clear();
      for (const entry of response.snapshot) this.entries.set(serviceKey(entry.namespace, entry.name), entry);
      this.epoch = response.epoch;
      this.version = response.version;
      return true;
    }
    for (const delta of response.deltas) {
      if ("upsert" in delta)
        this.entries.set(serviceKey(delta.upsert.namespace, delta.upsert.name), delta.upsert);
      else this.entries.delete(delta.remove);
    }
    this.version = response.version;
    return response.deltas.length > 0;
  }
}
