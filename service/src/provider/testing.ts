/**
 * Test double for the provider boundary: instances in a map, moved on by the test, with the
 * calls recorded and failures or rejections injectable per pod UID. For unit tests only.
 */
import type { V1Pod, V1PodStatus } from "@kubernetes/client-node";
import type { ResolvedReferences } from "../oci/translate/index.ts";
import type {
  DeleteOutcome,
  InstanceSnapshot,
  PodCreated,
  PodIdentity,
  PodProvider,
  PodRejection,
} from "./types.ts";

type Listener = (uid: string, snapshot: InstanceSnapshot | undefined) => void;

export class FakeProvider implements PodProvider {
  private readonly instances = new Map<string, InstanceSnapshot>();
  private readonly statuses = new Map<string, V1PodStatus>();
  private listener: Listener = () => {};
  private next = 0;
  /** Pods passed to createInstance, in order (with the references resolved for them). */
  readonly creates: { pod: V1Pod; references: ResolvedReferences }[] = [];
  /** UIDs passed to deleteInstance, in order. */
  readonly deletes: string[] = [];
  /** What createInstance answers per UID instead of creating (a rejection), until removed. */
  readonly rejections = new Map<string, PodRejection>();
  /** What createInstance throws per UID, until removed. */
  readonly createErrors = new Map<string, Error>();
  /** What deleteInstance throws per UID, until removed. */
  readonly deleteErrors = new Map<string, Error>();
  /** Annotations a successful create asks the controller to record. */
  annotations: Record<string, string> = {};

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  onInstanceChange(listener: Listener): void {
    this.listener = listener;
  }

  getInstance(uid: string): InstanceSnapshot | undefined {
    return this.instances.get(uid);
  }

  listInstances(): readonly InstanceSnapshot[] {
    return [...this.instances.values()];
  }

  podStatus(pod: V1Pod, _now: string): V1PodStatus | undefined {
    const uid = pod.metadata?.uid ?? "";
    if (!this.instances.has(uid)) return undefined;
    return structuredClone(this.statuses.get(uid) ?? { phase: "Pending" });
  }

  async createInstance(pod: V1Pod, references: ResolvedReferences): Promise<PodCreated | PodRejection> {
    await Promise.resolve();
    const uid = pod.metadata?.uid ?? "";
    this.creates.push({ pod: structuredClone(pod), references });
    const error = this.createErrors.get(uid);
    if (error) throw error;
    const rejection = this.rejections.get(uid);
    if (rejection) return rejection;
    const existing = this.instances.get(uid);
    if (existing) return { kind: "created", instanceId: existing.instanceId, annotations: {}, warnings: [] };
    const snapshot = this.put(
      { uid, namespace: pod.metadata?.namespace ?? "", name: pod.metadata?.name ?? "" },
      "CREATING",
    );
    return { kind: "created", instanceId: snapshot.instanceId, annotations: this.annotations, warnings: [] };
  }

  async deleteInstance(pod: PodIdentity): Promise<DeleteOutcome> {
    await Promise.resolve();
    this.deletes.push(pod.uid);
    const error = this.deleteErrors.get(pod.uid);
    if (error) throw error;
    const current = this.instances.get(pod.uid);
    if (!current) return "gone";
    if (current.lifecycleState !== "DELETING") this.put(current, "DELETING");
    return "deleting";
  }

  /** An instance as the cloud has it (adopted, or moved on); tells the listener. */
  put(identity: PodIdentity, lifecycleState: string): InstanceSnapshot {
    const instanceId = this.instances.get(identity.uid)?.instanceId ?? `instance-${++this.next}`;
    const snapshot = Object.freeze({
      uid: identity.uid,
      namespace: identity.namespace,
      name: identity.name,
      instanceId,
      lifecycleState,
    });
    this.instances.set(identity.uid, snapshot);
    this.listener(identity.uid, snapshot);
    return snapshot;
  }

  /** The status podStatus reports for this UID from now on; tells the listener. */
  setStatus(uid: string, status: V1PodStatus): void {
    this.statuses.set(uid, status);
    const snapshot = this.instances.get(uid);
    if (snapshot) this.listener(uid, snapshot);
  }

  /** The instance is gone (deleted, or vanished outside Kubernetes); tells the listener. */
  remove(uid: string): void {
    this.instances.delete(uid);
    this.statuses.delete(uid);
    this.listener(uid, undefined);
  }
}
