/**
 * Test double for the provider boundary: instances in a map, moved on by the test, with the
 * calls recorded and failures or rejections injectable per pod UID. For unit tests only.
 */
import type { V1Pod } from "@kubernetes/client-node";
import { NotFoundError } from "../errors.ts";
import type { ResolvedReferences } from "../kube/references.ts";
import type {
  ContainerRun,
  DeleteOutcome,
  InstancePhase,
  InstanceSnapshot,
  InstanceUsage,
  PodCreated,
  PodIdentity,
  PodProvider,
  PodRejection,
} from "./types.ts";

type Listener = (uid: string, snapshot: InstanceSnapshot | undefined) => void;

/** What of a snapshot the cloud changes (everything but the pod's identity and the instance ID). */
export type InstanceState = Partial<Omit<InstanceSnapshot, keyof PodIdentity | "instanceId">>;

export class FakeProvider implements PodProvider {
  private readonly instances = new Map<string, InstanceSnapshot>();
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
      "Creating",
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
    if (current.phase !== "Deleting") this.update(pod.uid, { phase: "Deleting" });
    return "deleting";
  }

  containerLogs(containerID: string, _run: ContainerRun): Promise<Buffer> {
    return Promise.reject(new NotFoundError(`no logs for ${containerID}`, 404));
  }

  resourceUsage(): Promise<ReadonlyMap<string, InstanceUsage>> {
    return Promise.resolve(new Map());
  }

  /** An instance as the cloud has it (adopted, or made by someone else); tells the listener. */
  put(identity: PodIdentity, phase: InstancePhase, state: InstanceState = {}): InstanceSnapshot {
    const snapshot: InstanceSnapshot = Object.freeze({
      uid: identity.uid,
      namespace: identity.namespace,
      name: identity.name,
      instanceId: `instance-${++this.next}`,
      phase,
      containers: [],
      ...state,
    });
    this.instances.set(identity.uid, snapshot);
    this.listener(identity.uid, snapshot);
    return snapshot;
  }

  /** The cloud moved an instance on (phase, containers, pod IP, ...); tells the listener. */
  update(uid: string, state: InstanceState): InstanceSnapshot {
    const current = this.instances.get(uid);
    if (!current) throw new Error(`no instance for ${uid}`);
    const snapshot: InstanceSnapshot = Object.freeze({ ...current, ...state });
    this.instances.set(uid, snapshot);
    this.listener(uid, snapshot);
    return snapshot;
  }

  /** The instance is gone (deleted, or vanished outside Kubernetes); tells the listener. */
  remove(uid: string): void {
    this.instances.delete(uid);
    this.listener(uid, undefined);
  }
}
