/**
 * The one door between the Kubernetes side (controllers, kubelet API) and the cloud. The
 * Kubernetes side never imports a cloud SDK or `oci/`, and speaks only the neutral terms
 * below; a provider never talks to the apiserver. The lint rule in eslint.config.js keeps it so.
 *
 * Contracts for every method:
 * - idempotent: calling twice with the same input has the effect of calling once;
 * - non-blocking: returns once the cloud accepted (or refused) the request, never
 *   waits for an instance to start or stop; progress arrives through `onInstanceChange`;
 * - immutable returns: returned objects are frozen snapshots and never change later;
 * - failures are the typed errors of `../errors.ts`, so callers decide retries by class.
 */
import type { V1Pod } from "@kubernetes/client-node";
import type { ResolvedReferences } from "../kube/references.ts";

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

/**
 * Where an instance is in its life, in our own terms (a provider maps its cloud's states here):
 * - `Creating`: accepted; its containers are being set up and none runs yet;
 * - `Running`: up; its containers run, restart or have exited (see each container);
 * - `Updating`: up, being changed by the cloud; containers keep their own states;
 * - `Stopped`: up no more, kept by the cloud with its containers' final states;
 * - `Failed`: the instance itself could not run (e.g. image pull, capacity); see `message`;
 * - `Deleting`: being deleted; its containers and logs may disappear any moment;
 * - `Deleted`: gone (a snapshot in this phase is about to be dropped);
 * - `Unknown`: a state the provider does not know.
 */
export type InstancePhase =
  "Creating" | "Running" | "Updating" | "Stopped" | "Failed" | "Deleting" | "Deleted" | "Unknown";

/**
 * Where one container is:
 * - `Creating`: not started yet (image pull, setup);
 * - `Running`: its process runs;
 * - `BackOff`: its last run ended (see `lastTermination`) and the cloud waits to restart it;
 * - `Failed`: the container could not be started (see `imagePullFailed`) or ended in error (see `exitCode`);
 * - `Stopped`: not running any more, or being removed (see `exitCode`).
 */
export type ContainerPhase = "Creating" | "Running" | "BackOff" | "Failed" | "Stopped";

/** How an earlier run of a container that the cloud restarts (or will restart) ended. */
export interface ContainerTermination {
  readonly exitCode: number;
  /** The kernel killed it for want of memory (the cloud said so). */
  readonly oomKilled?: boolean;
  /** The cloud's words about the exit, if any. */
  readonly message?: string;
  /** When that run ended (RFC 3339). The cloud gives no start time of a past run. */
  readonly finishedAt?: string;
}

/** One container of an instance, as the provider last saw it. Times are RFC 3339 strings. */
export interface ContainerSnapshot {
  /** The Kubernetes container name. */
  readonly name: string;
  /** The runtime's ID of this container, `<runtime>://<id>`: opaque outside the provider. */
  readonly containerID: string;
  readonly phase: ContainerPhase;
  /** Exit code of the last run when it ended for good (`Failed`, `Stopped`); absent while it never exited. */
  readonly exitCode?: number;
  /** The last run was killed for want of memory (with `exitCode`). */
  readonly oomKilled?: boolean;
  /** `Failed` because its image could not be pulled (the cloud's words in `message`); it never ran. */
  readonly imagePullFailed?: boolean;
  /** `Running` or `BackOff` after an earlier run ended: how that run ended. */
  readonly lastTermination?: ContainerTermination;
  /** `BackOff`: seconds the cloud waits before the restart, when it says. */
  readonly restartBackOffSeconds?: number;
  /** The cloud's explanation of the phase, if any. */
  readonly message?: string;
  /** Restarts inside this instance (the pod's earlier instances are not counted). */
  readonly restartCount: number;
  /** The readiness probe's verdict; absent when the container has no readiness probe. */
  readonly ready?: boolean;
  /** When the current (or last) run started, as near as the provider knows. */
  readonly startedAt?: string;
  /** When the last run ended (exited containers). */
  readonly finishedAt?: string;
}

/** What the provider knows about one pod's instance. */
export interface InstanceSnapshot extends PodIdentity {
  readonly instanceId: string;
  readonly phase: InstancePhase;
  /** The cloud's explanation of the phase, if any (e.g. why it failed). */
  readonly message?: string;
  /** When the instance was created (RFC 3339). */
  readonly createdAt?: string;
  /** The pod's IP address, once known. */
  readonly podIp?: string;
  /** The containers, once the provider fetched them (empty before). */
  readonly containers: readonly ContainerSnapshot[];
}

/** One measurement. */
export interface Sample {
  readonly value: number;
  /** When the value was true (ms since the epoch): the end of its aggregation bucket, never later than the query. */
  readonly time: number;
}

/** Resource usage of one instance, as of the cloud's latest figures (which may lag by a minute). */
export interface InstanceUsage {
  /** Cumulative CPU, core-nanoseconds. */
  readonly cpu?: Sample;
  /** The CPU sample before `cpu`, for a rate. */
  readonly previousCpu?: Sample;
  /** Working set, bytes. */
  readonly memory?: Sample;
  /** Ephemeral storage in use, bytes. */
  readonly ephemeralStorage?: Sample;
}

/** Which run of a container: the current one, or the one before its last restart. */
export type ContainerRun = "current" | "previous";

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

  /** Registers the single listener told whenever a pod's snapshot changes or disappears. */
  onInstanceChange(listener: (uid: string, snapshot: InstanceSnapshot | undefined) => void): void;

  /**
   * What one container wrote in one run: the most recent window the cloud keeps (OCI: 256 KB),
   * raw bytes without timestamps. `containerID` is the opaque ID from the pod's status
   * (`ContainerSnapshot.containerID`); it keeps working while the instance is being deleted,
   * for as long as the cloud keeps the container. A cloud call (rate-limited), allowed on every
   * replica.
   * @throws NotFoundError when the ID is not this provider's, or the cloud kept no logs for that run
   */
  containerLogs(containerID: string, run: ContainerRun): Promise<Buffer>;

  /**
   * The latest usage of instances by instance ID (`InstanceSnapshot.instanceId`), for those that
   * reported any; it may hold instances of other nodes, so look this node's up by ID. A few cloud
   * calls whatever the number of pods; callers cache the result.
   */
  resourceUsage(): Promise<ReadonlyMap<string, InstanceUsage>>;
}
