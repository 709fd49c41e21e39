/**
 * Records Kubernetes Events for pods and the node, like the kubelet does: repeated
 * identical events within a short window are counted on one Event instead of flooding.
 * Events are a flow of their own: they wait in a bounded queue and EVENT_WRITERS of them are
 * written at a time, as client-go's recorder writes from one goroutine, so that a burst of pod
 * starts (one Created Event each) does not put thousands of Event writes in front of the pods'
 * status writes at the apiserver and in the client's rate limit.
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

/** Event writes in flight at once. */
export const EVENT_WRITERS = 16;
/**
 * Events waiting to be written, at most. One recorded past that is dropped and counted
 * (`dropped`), as client-go's broadcaster drops events when its queue of 1,000 is full; this one
 * holds a Created Event for each pod of a 10,000-pod burst (about 3 MB).
 */
export const EVENT_QUEUE_LIMIT = 10_000;

interface PendingEvent {
  readonly object: InvolvedObject;
  readonly type: "Normal" | "Warning";
  readonly reason: string;
  readonly message: string;
  /** When it was recorded (ISO 8601): the Event's time, however long it waited to be written. */
  readonly time: string;
}

export class EventRecorder {
  private readonly http: KubeHttp;
  private readonly host: string;
  private readonly recent = new Map<string, { name: string; namespace: string; count: number; at: number }>();

  /** Events remembered for aggregation (a repeat within 10 minutes is a count, not a new Event). */
  get remembered(): number {
    return this.recent.size;
  }
  private readonly log: ((message: string, fields?: Record<string, unknown>) => void) | undefined;
  private readonly queue: PendingEvent[] = [];
  private head = 0;
  private writing = 0;
  private droppedCount = 0;

  /** Events waiting to be written (the `okevn_queue_depth` of queue "events"). */
  get depth(): number {
    return this.queue.length - this.head;
  }

  /** Always 0: a failed Event write is logged, not retried (Events are best effort). */
  get delayed(): number {
    return 0;
  }

  /** Events dropped because EVENT_QUEUE_LIMIT were waiting. */
  get dropped(): number {
    return this.droppedCount;
  }

  constructor(
    http: KubeHttp,
    host: string,
    log?: (message: string, fields?: Record<string, unknown>) => void,
  ) {
    this.http = http;
    this.host = host;
    this.log = log;
  }

  /**
   * Fire-and-forget: queues the Event and returns at once; an Event that cannot be written must
   * never fail the caller's work. Past EVENT_QUEUE_LIMIT waiting, the Event is dropped.
   */
  record(object: InvolvedObject, type: "Normal" | "Warning", reason: string, message: string): void {
    if (this.depth >= EVENT_QUEUE_LIMIT) {
      // Said on the first drop and every 1,000th after it, not per Event.
      if (this.droppedCount++ % 1000 === 0)
        this.log?.("events dropped: too many waiting to be written", { dropped: this.droppedCount, reason });
      return;
    }
    this.queue.push({ object, type, reason, message, time: new Date().toISOString() });
    this.pump();
  }

  private pump(): void {
    while (this.writing < EVENT_WRITERS && this.head < this.queue.length) {
      const next = this.queue[this.head++]!;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue.splice(0, this.head);
        this.head = 0;
      }
      this.writing++;
      void this.write(next)
        .catch((error: unknown) =>
          this.log?.("writing event failed", { reason: next.reason, error: String(error) }),
        )
        .finally(() => {
          this.writing--;
          this.pump();
        });
    }
  }

  private async write({ object, type, reason, message, time: now }: PendingEvent): Promise<void> {
    const namespace = object.namespace ?? "default";
    const key = `${object.kind}/${namespace}/${object.name}/${object.uid}/${reason}/${message}`;
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
