/**
 * Keeps a local cache of one resource in step with the apiserver: paged LIST, then
 * WATCH from its resourceVersion; relist on 410; reconnect with backoff after errors
 * or a silent stall; and a periodic resync that hands every cached object to the
 * handler again (level-based controllers repair anything a lost event missed).
 */
import { ExpiredError } from "../errors.ts";
import type { KubeHttp } from "./http.ts";

export interface ObjectMeta {
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly resourceVersion?: string;
    readonly uid?: string;
  };
}

export interface ReflectorHandlers<T> {
  /** Added or changed (also on relist and resync); `previous` is the cached version. */
  readonly upsert: (object: T, previous: T | undefined) => void;
  readonly remove: (object: T) => void;
}

export interface ReflectorOptions<T = unknown> {
  /** e.g. `/api/v1/pods` */
  readonly path: string;
  readonly fieldSelector?: string;
  readonly labelSelector?: string;
  readonly resyncMs: number;
  readonly stallMs: number;
  readonly pageSize?: number;
  /**
   * Applied to every object from a LIST or a watch event before it is cached or handed to the
   * handlers, e.g. to drop fields the caller never reads (see `trimPod`). @default - identity
   */
  readonly transform?: (object: T) => T;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

interface ListResult<T> {
  readonly items: T[];
  readonly metadata: { readonly resourceVersion: string; readonly continue?: string };
}

export function objectKey(object: ObjectMeta): string {
  const meta = object.metadata;
  return meta?.namespace ? `${meta.namespace}/${meta.name}` : (meta?.name ?? "");
}

export class Reflector<T extends ObjectMeta> {
  private readonly http: KubeHttp;
  private readonly options: ReflectorOptions<T>;
  private readonly handlers: ReflectorHandlers<T>;
  private readonly cache = new Map<string, T>();
  private readonly abort = new AbortController();
  private resourceVersion = "";
  private synced!: () => void;
  /** Resolves once the first LIST has been delivered. */
  readonly hasSynced = new Promise<void>((resolve) => (this.synced = resolve));
  private loop: Promise<void> | undefined;
  private resyncTimer: NodeJS.Timeout | undefined;

  constructor(http: KubeHttp, options: ReflectorOptions<T>, handlers: ReflectorHandlers<T>) {
    this.http = http;
    this.options = options;
    this.handlers = handlers;
  }

  get(key: string): T | undefined {
    return this.cache.get(key);
  }

  values(): IterableIterator<T> {
    return this.cache.values();
  }

  get size(): number {
    return this.cache.size;
  }

  private selectors(): Record<string, string | undefined> {
    return { fieldSelector: this.options.fieldSelector, labelSelector: this.options.labelSelector };
  }

  private async relist(): Promise<void> {
    const fresh = new Map<string, T>();
    let continueToken: string | undefined;
    let resourceVersion: string;
    do {
      const page = await this.http.request<ListResult<T>>("GET", this.options.path, {
        query: { ...this.selectors(), limit: this.options.pageSize ?? 500, continue: continueToken },
      });
      for (const item of page.items) fresh.set(objectKey(item), this.trim(item));
      continueToken = page.metadata.continue || undefined;
      resourceVersion = page.metadata.resourceVersion;
    } while (continueToken);
    for (const [key, old] of this.cache) {
      if (!fresh.has(key)) {
        this.cache.delete(key);
        this.handlers.remove(old);
      }
    }
    for (const [key, item] of fresh) {
      const previous = this.cache.get(key);
      this.cache.set(key, item);
      this.handlers.upsert(item, previous);
    }
    this.resourceVersion = resourceVersion;
    this.synced();
  }

  private trim(object: T): T {
    return this.options.transform ? this.options.transform(object) : object;
  }

  private onEvent(type: string, received: T): void {
    const object = type === "BOOKMARK" ? received : this.trim(received);
    const rv = object.metadata?.resourceVersion;
    if (rv) this.resourceVersion = rv;
    if (type === "BOOKMARK") return;
    const key = objectKey(object);
    if (type === "DELETED") {
      this.cache.delete(key);
      this.handlers.remove(object);
      return;
    }
    const previous = this.cache.get(key);
    this.cache.set(key, object);
    this.handlers.upsert(object, previous);
  }

  private async run(): Promise<void> {
    let failures = 0;
    let needList = true;
    while (!this.abort.signal.aborted) {
      try {
        if (needList) {
          await this.relist();
          needList = false;
        }
        await this.http.watch<T>(
          this.options.path,
          {
            ...this.selectors(),
            resourceVersion: this.resourceVersion,
            timeoutSeconds: 300 + Math.floor(Math.random() * 60),
          },
          (event) => this.onEvent(event.type, event.object),
          { signal: this.abort.signal, stallMs: this.options.stallMs },
        );
        failures = 0;
      } catch (error) {
        if (this.abort.signal.aborted) return;
        if (error instanceof ExpiredError) {
          // The resource version is compacted away: start over from a fresh list.
          this.options.log?.("watch expired; relisting", { path: this.options.path });
          needList = true;
          continue;
        }
        failures++;
        const delay = Math.min(30_000, 200 * 2 ** Math.min(failures, 8)) * (0.5 + Math.random());
        this.options.log?.("watch failed; reconnecting", {
          path: this.options.path,
          error: String(error),
          delayMs: Math.round(delay),
        });
        await this.sleep(delay);
      }
    }
  }

  /** Waits `ms`, or less when stop() is called meanwhile (so stop never waits out a backoff). */
  private sleep(ms: number): Promise<void> {
    const signal = this.abort.signal;
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
    });
  }

  start(): void {
    this.loop = this.run();
    this.resyncTimer = setInterval(() => {
      for (const object of this.cache.values()) this.handlers.upsert(object, object);
    }, this.options.resyncMs);
    this.resyncTimer.unref();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    clearInterval(this.resyncTimer);
    await this.loop;
  }
}
