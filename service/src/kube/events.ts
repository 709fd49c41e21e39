/**
 * Records Kubernetes Events for pods and the node, like the kubelet does: repeated
 * identical events within a short window are counted on one Event instead of flooding.
 */
import { randomBytes } from "node:crypto";
import type { KubeHttp } from "./http.ts";

export interface InvolvedObject {
  readonly kind: "Pod" | "Node" | "Service";
  readonly name: string;
  readonly namespace?: string;
  readonly uid?: string;
}

export const COMPONENT = "oke-virtual-node";

export class EventRecorder {
  private readonly http: KubeHttp;
  private readonly host: string;
  private readonly recent = new Map<string, { name: string; namespace: string; count: number; at: number }>();

  /** Events remembered for aggregation (a repeat within 10 minutes is a count, not a new Event). */
  get remembered(): number {
    return this.recent.size;
  }
  private readonly log: ((message: string, fields?: Record<string, unknown>) => void) | undefined;

  constructor(
    http: KubeHttp,
    host: string,
    log?: (message: string, fields?: Record<string, unknown>) => void,
  ) {
    this.http = http;
    this.host = host;
    this.log = log;
  }

  /** Fire-and-forget: an event that cannot be written must never fail the caller's work. */
  record(object: InvolvedObject, type: "Normal" | "Warning", reason: string, message: string): void {
    void this.write(object, type, reason, message).catch((error: unknown) =>
      this.log?.("writing event failed", { reason, error: String(error) }),
    );
  }

  private async write(object: InvolvedObject, type: string, reason: string, message: string): Promise<void> {
    const namespace = object.namespace ?? "default";
    const key = `${object.kind}/${namespace}/${object.name}/${object.uid}/${reason}/${message}`;
    const now = new Date().toISOString();
    const previous = this.recent.get(key);
    if (previous && Date.now() - previous.at < 10 * 60_000) {
      previous.count++;
      previous.at = Date.now();
      await this.http.request("PATCH", `/api/v1/namespaces/${previous.namespace}/events/${previous.name}`, {
        body: { count: previous.count, lastTimestamp: now },
        contentType: "application/merge-patch+json",
        metadataOnly: true,
      });
      return;
    }
    // Oldest first: entries past the window go as new ones come (each pod's Created event would
    // otherwise stay for the window, 10,000 of them on a full node), and the size stays bounded.
    for (const [k, entry] of this.recent) {
      if (Date.now() - entry.at < 10 * 60_000 && this.recent.size <= 10_000) break;
      this.recent.delete(k);
    }
    const name = `${object.name}.${randomBytes(8).toString("hex")}`;
    await this.http.request("POST", `/api/v1/namespaces/${namespace}/events`, {
      body: {
        metadata: { name, namespace },
        involvedObject: {
          kind: object.kind,
          name: object.name,
          namespace: object.namespace,
          uid: object.uid,
          apiVersion: "v1",
        },
        reason,
        message,
        type,
        source: { component: COMPONENT, host: this.host },
        reportingComponent: COMPONENT,
        reportingInstance: this.host,
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
      },
      metadataOnly: true,
    });
    this.recent.set(key, { name, namespace, count: 1, at: Date.now() });
  }
}
