/**
 * Final logs: what a pod's containers wrote, kept after their Container Instance is deleted
 * and served until the pod object goes (see docs/kubelet-api.md for the choice of store).
 *
 * The configMap store keeps one ConfigMap per terminated pod in the provider's namespace,
 * named after the pod UID, holding the gzipped tail of each container's current and previous
 * run. Bounds: `maxBytesPerContainer` raw bytes per run, under 1 MiB compressed per pod (the
 * ConfigMap limit), and `maxTotalBytes` compressed per node (oldest evicted first). ConfigMaps
 * of pods that no longer exist are swept. Any replica can read them, and they survive restarts.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { V1ConfigMap, V1Pod } from "@kubernetes/client-node";
import { ConflictError, NotFoundError } from "../errors.ts";
import type { PodProvider } from "../provider/types.ts";

export interface FinalLogs {
  /** Saves the final logs of `pod`'s containers; call before its instance is deleted. */
  capture(pod: V1Pod): Promise<void>;
  /** A container's saved logs, or undefined when none were kept. */
  read(uid: string, container: string, previous: boolean): Promise<Buffer | undefined>;
  /** Loads the index and removes logs of pods not in `liveUids` (the node's pods). */
  sweep(liveUids: ReadonlySet<string>): Promise<void>;
}

/** `logs.store: none`. */
export const noFinalLogs: FinalLogs = {
  capture: async () => {},
  read: async () => undefined,
  sweep: async () => {},
};

export interface StoreClient {
  request<T>(
    method: string,
    path: string,
    spec?: { query?: Record<string, string | number | undefined>; body?: unknown },
  ): Promise<T>;
}

export interface ConfigMapFinalLogsOptions {
  readonly client: StoreClient;
  readonly namespace: string;
  readonly nodeName: string;
  /** Reads a container's logs (the provider's `containerLogs`). */
  readonly logs: PodProvider["containerLogs"];
  readonly maxBytesPerContainer: number;
  /** Compressed bytes kept for the whole node. @default 64 MiB */
  readonly maxTotalBytes?: number;
  /** Whether this replica may write (the leader); reads work on every replica. */
  readonly isLeader: () => boolean;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  /** Counts captures by outcome (saved, failed, evicted, truncated). */
  readonly count?: (outcome: string) => void;
}

/** A ConfigMap holds at most 1 MiB; leave room for metadata. */
const CONFIGMAP_DATA_LIMIT = 900 * 1024;
const LABEL_NODE = "oke-virtual-nodes.io/final-logs-node";
const LABEL_UID = "oke-virtual-nodes.io/pod-uid";
const ANNOTATION_BYTES = "oke-virtual-nodes.io/stored-bytes";
const CAPTURE_ATTEMPTS = 3;

export const finalLogsName = (uid: string): string => `okevn-logs-${uid}`;

const key = (container: string, previous: boolean): string =>
  `${container}${previous ? ".previous" : ""}.log.gz`;

function tail(data: Buffer, max: number): Buffer {
  return data.length <= max ? data : data.subarray(data.length - max);
}

export class ConfigMapFinalLogs implements FinalLogs {
  private readonly options: ConfigMapFinalLogsOptions;
  /** uid → compressed bytes, in capture order (oldest first). */
  private readonly index = new Map<string, number>();
  private readonly attempts = new Map<string, number>();
  private total = 0;

  constructor(options: ConfigMapFinalLogsOptions) {
    this.options = options;
  }

  private path(name = ""): string {
    return `/api/v1/namespaces/${this.options.namespace}/configmaps${name ? `/${name}` : ""}`;
  }

  async capture(pod: V1Pod): Promise<void> {
    const uid = pod.metadata?.uid;
    if (!uid || this.index.has(uid) || !this.options.isLeader()) return;
    try {
      await this.save(pod, uid);
      this.attempts.delete(uid);
    } catch (error) {
      const attempt = (this.attempts.get(uid) ?? 0) + 1;
      this.attempts.set(uid, attempt);
      this.options.count?.("failed");
      if (attempt < CAPTURE_ATTEMPTS) throw error;
      // Never hold up deleting the instance (and its bill) for logs.
      this.options.log?.("final logs lost: could not save them", { uid, error: String(error) });
      this.attempts.delete(uid);
    }
  }

  private async save(pod: V1Pod, uid: string): Promise<void> {
    const max = this.options.maxBytesPerContainer;
    const parts: { key: string; raw: Buffer; previous: boolean }[] = [];
    for (const status of pod.status?.containerStatuses ?? []) {
      const id = status.containerID;
      if (!id) continue;
      const runs = status.restartCount > 0 ? [false, true] : [false];
      for (const previous of runs) {
        try {
          const raw = tail(await this.options.logs(id, previous ? "previous" : "current"), max);
          parts.push({ key: key(status.name, previous), raw, previous });
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
        }
      }
    }
    // Fit the ConfigMap limit: drop previous runs first, then halve the tails.
    let binaryData = compress(parts);
    let size = sizeOf(binaryData);
    let kept = parts;
    while (size > CONFIGMAP_DATA_LIMIT && kept.length > 0) {
      kept = kept.some((p) => p.previous)
        ? kept.filter((p) => !p.previous)
        : kept.map((p) => ({ ...p, raw: tail(p.raw, Math.floor(p.raw.length / 2)) }));
      binaryData = compress(kept);
      size = sizeOf(binaryData);
      this.options.count?.("truncated");
    }
    const body: V1ConfigMap = {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: {
        name: finalLogsName(uid),
        namespace: this.options.namespace,
        labels: {
          "app.kubernetes.io/managed-by": "oke-virtual-nodes",
          [LABEL_NODE]: this.options.nodeName,
          [LABEL_UID]: uid,
        },
        annotations: {
          "oke-virtual-nodes.io/pod": `${pod.metadata?.namespace}/${pod.metadata?.name}`,
          [ANNOTATION_BYTES]: String(size),
        },
      },
      binaryData,
    };
    try {
      await this.options.client.request("POST", this.path(), { body });
      this.options.count?.("saved");
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error; // saved already (another attempt, another leader)
    }
    this.remember(uid, size);
    await this.evict();
  }

  private remember(uid: string, size: number): void {
    if (this.index.has(uid)) return;
    this.index.set(uid, size);
    this.total += size;
  }

  private async remove(uid: string): Promise<void> {
    try {
      await this.options.client.request("DELETE", this.path(finalLogsName(uid)));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    this.total -= this.index.get(uid) ?? 0;
    this.index.delete(uid);
  }

  private async evict(): Promise<void> {
    const limit = this.options.maxTotalBytes ?? 64 * 1024 * 1024;
    for (const uid of this.index.keys()) {
      if (this.total <= limit) break;
      await this.remove(uid);
      this.options.count?.("evicted");
      this.options.log?.("final logs evicted: node budget exceeded", { uid, limit });
    }
  }

  async read(uid: string, container: string, previous: boolean): Promise<Buffer | undefined> {
    let map: V1ConfigMap;
    try {
      map = await this.options.client.request<V1ConfigMap>("GET", this.path(finalLogsName(uid)));
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
    const data = map.binaryData?.[key(container, previous)];
    return data === undefined ? undefined : gunzipSync(Buffer.from(data, "base64"));
  }

  async sweep(liveUids: ReadonlySet<string>): Promise<void> {
    const found: { uid: string; size: number; created: string }[] = [];
    let cont: string | undefined;
    do {
      const list = await this.options.client.request<{
        items: V1ConfigMap[];
        metadata?: { continue?: string };
      }>("GET", this.path(), {
        query: { labelSelector: `${LABEL_NODE}=${this.options.nodeName}`, limit: 100, continue: cont },
      });
      for (const item of list.items) {
        const uid = item.metadata?.labels?.[LABEL_UID];
        if (!uid) continue;
        const size = Number(item.metadata?.annotations?.[ANNOTATION_BYTES] ?? 0);
        found.push({
          uid,
          size: Number.isFinite(size) ? size : 0,
          created: String(item.metadata?.creationTimestamp ?? ""),
        });
      }
      cont = list.metadata?.continue || undefined;
    } while (cont);
    found.sort((a, b) => a.created.localeCompare(b.created));
    for (const { uid, size } of found) this.remember(uid, size);
    if (!this.options.isLeader()) return;
    for (const { uid } of found) if (!liveUids.has(uid)) await this.remove(uid);
    await this.evict();
  }
}

function compress(parts: readonly { key: string; raw: Buffer }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of parts) out[p.key] = gzipSync(p.raw).toString("base64");
  return out;
}

function sizeOf(binaryData: Record<string, string>): number {
  return Object.values(binaryData).reduce((s, v) => s + v.length, 0);
}
