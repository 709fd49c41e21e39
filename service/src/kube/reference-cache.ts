/**
 * Reads of the ConfigMaps and Secrets pods reference, shared by the pods created close together
 * (issue 18). A burst of pods from one Deployment references the same few objects (their own
 * ConfigMap, `kube-root-ca.crt`, a pull Secret): one GET answers all of them for `ttlMs`, and
 * concurrent reads of one object wait for the same GET. This is the kubelet's `Cache` change
 * detection strategy with a short TTL, chosen over a watch because a watch needs `list`/`watch`
 * on every Secret in the cluster (RBAC cannot narrow a watch to the names pods reference; only
 * the Node authorizer can, and it does not apply to us); see docs/architecture.md.
 *
 * "Does not exist" is cached like a value, for the same TTL, so a burst of pods with a missing
 * optional reference costs one GET too. A failed read (anything but 404) is not cached.
 * Bounded: at most `maxEntries` objects, oldest first out, and nothing older than `ttlMs` is
 * kept past the next read (Secret data does not linger in memory).
 */
import { NotFoundError } from "../errors.ts";
import type { KubeHttp } from "./http.ts";

export type ReferencedKind = "configmaps" | "secrets";

export interface ReferenceCacheOptions {
  /** How long one read serves later pods, ms. 0: only concurrent reads share a GET. @default 2000 */
  readonly ttlMs?: number;
  /** @default 4096 */
  readonly maxEntries?: number;
  /** Monotonic clock, ms. @default performance.now */
  readonly now?: () => number;
}

interface Entry {
  readonly value: Promise<unknown>;
  /** When the answer came (monotonic ms); undefined while the GET is in flight. */
  answeredAt?: number;
}

export const REFERENCE_CACHE_TTL_MS = 2000;

export class ReferenceCache {
  private readonly http: KubeHttp;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** In insertion order, which is age order: a refreshed entry is deleted and set again. */
  private readonly entries = new Map<string, Entry>();

  constructor(http: KubeHttp, options: ReferenceCacheOptions = {}) {
    this.http = http;
    this.ttlMs = options.ttlMs ?? REFERENCE_CACHE_TTL_MS;
    this.maxEntries = options.maxEntries ?? 4096;
    this.now = options.now ?? (() => performance.now());
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The object as the apiserver returns it, or undefined if it does not exist. Throws the
   * apiserver's typed error for anything else (the caller retries).
   */
  get<T>(kind: ReferencedKind, namespace: string, name: string): Promise<T | undefined> {
    const key = `${kind}/${namespace}/${name}`;
    const now = this.now();
    this.expire(now);
    const cached = this.entries.get(key);
    if (cached && this.fresh(cached, now)) return cached.value as Promise<T | undefined>;
    const value = this.http
      .request<T>("GET", `/api/v1/namespaces/${namespace}/${kind}/${name}`)
      .catch((error: unknown) => {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      });
    const entry: Entry = { value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    value.then(
      () => (entry.answeredAt = this.now()),
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }

  private fresh(entry: Entry, now: number): boolean {
    return entry.answeredAt === undefined || now - entry.answeredAt <= this.ttlMs;
  }

  /** Drops entries past the TTL from the front (oldest first), stopping at the first fresh one (or one in flight). */
  private expire(now: number): void {
    for (const [key, entry] of this.entries) {
      if (this.fresh(entry, now)) return;
      this.entries.delete(key);
    }
  }
}
