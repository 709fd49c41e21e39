/**
 * A keyed work queue in the client-go style, one per flow (sync, status, deletion):
 * a key is queued at most once, a key being processed is never processed concurrently
 * and is re-run once if it was added meanwhile, failures back off per key, and a shared
 * token bucket caps how fast failed keys come back across the whole flow (as client-go's
 * default controller rate limiter does). First attempts are never throttled here: the
 * Kubernetes and OCI clients have their own rate limits.
 */
import { retryDecision } from "../errors.ts";
import { backoffDelay } from "../util/backoff.ts";
import type { TokenBucket } from "../util/token-bucket.ts";

export interface WorkQueueOptions {
  readonly name: string;
  readonly workers: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Caps the rate of retries across all keys. @default unlimited */
  readonly bucket?: TokenBucket;
  /** The leader gate: workers take keys only while it says yes; keys wait otherwise. @default always */
  readonly isLeader?: () => boolean;
  /** Called when a key's handler failed; the queue has already decided to retry or drop it. */
  readonly onError?: (key: string, error: unknown, willRetry: boolean) => void;
}

export type Handler = (key: string) => Promise<void>;

export class WorkQueue {
  private readonly queue: string[] = [];
  private head = 0;
  private readonly queued = new Set<string>();
  private readonly processing = new Set<string>();
  private readonly dirty = new Set<string>();
  private readonly failures = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly options: WorkQueueOptions;
  private readonly idle: (() => void)[] = [];
  private stopped = false;
  private running: Promise<void>[] = [];

  constructor(options: WorkQueueOptions) {
    this.options = options;
  }

  /** Keys waiting (not counting those in backoff or being processed). */
  get depth(): number {
    return this.queue.length - this.head;
  }

  /** Keys waiting in backoff timers. */
  get delayed(): number {
    return this.timers.size;
  }

  add(key: string): void {
    if (this.stopped) return;
    if (this.processing.has(key)) {
      this.dirty.add(key);
      return;
    }
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(key);
    this.idle.shift()?.();
  }

  /** Adds `key` after `delayMs`, unless it is already waiting for an earlier time. */
  addAfter(key: string, delayMs: number): void {
    if (this.stopped || this.timers.has(key)) return;
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.add(key);
    }, delayMs);
    timer.unref();
    this.timers.set(key, timer);
  }

  /** Forgets a key's failure history (after it succeeded, or when the object is gone). */
  forget(key: string): void {
    this.failures.delete(key);
  }

  private backoff(key: string, slow: boolean): number {
    const failures = (this.failures.get(key) ?? 0) + 1;
    this.failures.set(key, failures);
    const initialMs = this.options.baseDelayMs * (slow ? 8 : 1);
    const perKey = backoffDelay(failures, { initialMs, maxMs: this.options.maxDelayMs });
    return Math.max(perKey, this.options.bucket?.reserve() ?? 0);
  }

  private next(): string | undefined {
    if (this.head >= this.queue.length) return undefined;
    const key = this.queue[this.head++];
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    if (key !== undefined) this.queued.delete(key);
    return key;
  }

  private async worker(handler: Handler): Promise<void> {
    while (!this.stopped) {
      if (this.options.isLeader && !this.options.isLeader()) {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      const key = this.next();
      if (key === undefined) {
        await new Promise<void>((resolve) => this.idle.push(resolve));
        continue;
      }
      this.processing.add(key);
      try {
        await handler(key);
        this.forget(key);
      } catch (error) {
        const decision = retryDecision(error);
        const willRetry = decision !== "give-up";
        this.options.onError?.(key, error, willRetry);
        if (willRetry) this.addAfter(key, this.backoff(key, decision === "retry-slowly"));
        else this.forget(key);
      } finally {
        this.processing.delete(key);
        if (this.dirty.delete(key)) this.add(key);
      }
    }
  }

  start(handler: Handler): void {
    for (let i = 0; i < this.options.workers; i++) this.running.push(this.worker(handler));
  }

  /** Stops taking new keys and waits for handlers in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const wake of this.idle.splice(0)) wake();
    await Promise.all(this.running);
  }
}
