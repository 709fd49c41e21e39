/**
 * Watches the benchmark's pods and notes, on this process's clock, when each one was
 * first seen created, bound to a node, Running with its Ready condition, and deleted.
 * Watch delivery adds the same small delay for every node under test.
 */
import type { V1Pod } from "@kubernetes/client-node";
import type { KubeHttp } from "../../service/src/kube/http.ts";
import { Backoff } from "../../service/src/util/backoff.ts";

export interface PodTimes {
  readonly uid: string;
  readonly name: string;
  created: number;
  bound?: number;
  running?: number;
  deleted?: number;
}

interface PodList {
  readonly items: V1Pod[];
  readonly metadata: { readonly resourceVersion: string };
}

function isRunning(pod: V1Pod): boolean {
  return (
    pod.status?.phase === "Running" &&
    (pod.status.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True")
  );
}

export class PodObserver {
  readonly pods = new Map<string, PodTimes>();
  private readonly http: KubeHttp;
  private readonly path: string;
  private readonly abort = new AbortController();
  private resourceVersion = "";
  private loop: Promise<void> | undefined;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  runningCount = 0;
  deletedCount = 0;

  constructor(http: KubeHttp, namespace: string) {
    this.http = http;
    this.path = `/api/v1/namespaces/${namespace}/pods`;
  }

  async start(): Promise<void> {
    const list = await this.http.request<PodList>("GET", this.path);
    for (const pod of list.items) this.observe("ADDED", pod);
    this.resourceVersion = list.metadata.resourceVersion;
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    const rewatch = new Backoff({ initialMs: 200, maxMs: 5000, jitter: 0.2 });
    while (!this.abort.signal.aborted) {
      try {
        await this.http.watch<V1Pod>(
          this.path,
          { resourceVersion: this.resourceVersion, timeoutSeconds: 600 },
          (event) => this.observe(event.type, event.object),
          { signal: this.abort.signal, stallMs: 120_000 },
        );
        rewatch.reset();
      } catch (error) {
        if (this.abort.signal.aborted) return;
        process.stderr.write(`bench: pod watch ended (${String(error)}); rewatching\n`);
        await rewatch.wait(this.abort.signal);
      }
    }
  }

  private observe(type: string, pod: V1Pod): void {
    const now = Date.now();
    const rv = pod.metadata?.resourceVersion;
    if (rv) this.resourceVersion = rv;
    const uid = pod.metadata?.uid;
    if (type === "BOOKMARK" || !uid) return;
    let times = this.pods.get(uid);
    if (!times) {
      times = { uid, name: pod.metadata?.name ?? "", created: now };
      this.pods.set(uid, times);
    }
    if (times.bound === undefined && pod.spec?.nodeName) times.bound = now;
    if (times.running === undefined && isRunning(pod)) {
      times.running = now;
      this.runningCount++;
    }
    if (type === "DELETED" && times.deleted === undefined) {
      times.deleted = now;
      this.deletedCount++;
    }
    this.wake();
  }

  private wake(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.check()) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves once `check` holds (checked on every event); rejects after `timeoutMs`. */
  until(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.check !== check);
        reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`));
      }, timeoutMs);
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }
}
