/**
 * The narrow boundary between the Kubernetes-side controllers and the cloud. The
 * controllers never import a cloud SDK; a provider never talks to the apiserver.
 *
 * Contracts for every method:
 * - idempotent: calling twice with the same input has the effect of calling once;
 * - non-blocking: returns once the cloud accepted (or refused) the request, never
 *   waits for an instance to start or stop; progress arrives through `onInstanceChange`;
 * - immutable returns: returned objects are frozen snapshots and never change later;
 * - failures are the typed errors of `../errors.ts`, so callers decide retries by class.
 */
import type { V1Pod, V1PodStatus } from "@kubernetes/client-node";
import type { ResolvedReferences } from "../oci/translate/index.ts";

/**
 * Pod annotation numbering the pod's instances (absent = 0). A pod whose instance vanished
 * gets a new one under the next number; each number creates at most one instance.
 */
export const ATTEMPT_ANNOTATION = "oke-virtual-nodes.io/instance-attempt";

/** Identifies one pod's instance: instances are keyed by pod UID, never by name. */
export interface PodIdentity {
  readonly uid: string;
  readonly namespace: string;
  readonly name: string;
}

/** What the provider knows about one pod's instance. */
export interface InstanceSnapshot extends PodIdentity {
  readonly instanceId: string;
  /** The cloud's lifecycle state, e.g. CREATING, ACTIVE, INACTIVE, FAILED, DELETING, DELETED. */
  readonly lifecycleState: string;
}

/** Why creating an instance was refused before any cloud call: the pod itself is the problem. */
export interface PodRejection {
  readonly kind: "rejected";
  /** Each problem with the field it concerns; `retryable` ones may succeed later unchanged. */
  readonly problems: readonly {
    readonly field: string;
    readonly reason: string;
    readonly message: string;
    readonly retryable: boolean;
  }[];
  readonly warnings: readonly { readonly field: string; readonly reason: string; readonly message: string }[];
}

export interface PodCreated {
  readonly kind: "created";
  readonly instanceId: string;
  /** Annotations to record on the pod (chosen shape and size). */
  readonly annotations: Readonly<Record<string, string>>;
  readonly warnings: readonly { readonly field: string; readonly reason: string; readonly message: string }[];
}

export type DeleteOutcome = "gone" | "deleting";

export interface PodProvider {
  /** Loads what already exists (instances carrying this node's tags). Call once before the others. */
  start(): Promise<void>;
  stop(): Promise<void>;

  /**
   * Creates the instance for `pod` unless one exists for its UID (then returns it as created);
   * at most one per value of the pod's ATTEMPT_ANNOTATION, even across restarts.
   * `references` holds the Secrets, ConfigMaps and tokens the pod uses.
   */
  createInstance(pod: V1Pod, references: ResolvedReferences): Promise<PodCreated | PodRejection>;

  /**
   * Asks the cloud to delete the instance of the pod with this UID. Its containers are stopped
   * with the shutdown timeout fixed when the instance was created (the pod's
   * terminationGracePeriodSeconds); a grace period chosen at deletion (`kubectl delete
   * --grace-period`) cannot be applied. "gone" when no instance remains (also when there never
   * was one), "deleting" while the cloud is still stopping it.
   */
  deleteInstance(pod: PodIdentity): Promise<DeleteOutcome>;

  /** The current snapshot for a pod UID, from the provider's cache (no cloud call). */
  getInstance(uid: string): InstanceSnapshot | undefined;

  /** All instances of this node, from the cache. */
  listInstances(): readonly InstanceSnapshot[];

  /**
   * The status `pod` has according to its instance (phase, conditions, container states, IPs),
   * from the cache; undefined when the pod has no instance. `now` stamps new transitions.
   */
  podStatus(pod: V1Pod, now: string): V1PodStatus | undefined;

  /** Registers the single listener told whenever a pod's snapshot changes or disappears. */
  onInstanceChange(listener: (uid: string, snapshot: InstanceSnapshot | undefined) => void): void;
}
