/**
 * Runs the pods bound to this virtual node through the provider, in three flows with
 * their own queues: sync (Kubernetes → cloud: create, delete), status (cloud →
 * Kubernetes: patch pod status only when it changed) and orphans (instances whose pod
 * object is gone). Every write is behind the leader gate.
 */
import type { V1Pod, V1PodStatus } from "@kubernetes/client-node";
import { NotFoundError, TransientError } from "../errors.ts";
import type { EventRecorder } from "../kube/events.ts";
import type { KubeHttp } from "../kube/http.ts";
import { Reflector, objectKey } from "../kube/reflector.ts";
import { ReferenceCache } from "../kube/reference-cache.ts";
import { resolveReferences } from "../kube/references.ts";
import { StringTable, trimPod } from "../kube/trim.ts";
import { ATTEMPT_ANNOTATION, type InstanceSnapshot, type PodProvider } from "../provider/types.ts";
import { WorkQueue } from "../queue/work-queue.ts";
import {
  IMAGE_PULL_BACKOFF_ANNOTATION,
  RESTARTS_ANNOTATION,
  TERMINAL_PHASES,
  deletedStatus,
  imagePullBackOff,
  imagePullBackOffSeconds,
  podStatus,
  rejectedStatus,
  vanishedStatus,
} from "../status/pod-status.ts";
import type { TokenBucket } from "../util/token-bucket.ts";

export interface QueueSettings {
  readonly workers: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export interface PodControllerOptions {
  readonly http: KubeHttp;
  readonly provider: PodProvider;
  readonly events: EventRecorder;
  readonly nodeName: string;
  /** The virtual node's address, reported as the pods' hostIP. */
  readonly hostIp: string;
  readonly queues: {
    readonly sync: QueueSettings;
    readonly status: QueueSettings;
    readonly orphans: QueueSettings;
  };
  readonly bucket?: TokenBucket;
  readonly resyncMs: number;
  readonly stallMs: number;
  readonly isLeader: () => boolean;
  /** False while the node is being decommissioned: no new instances. @default always true */
  readonly acceptingPods?: () => boolean;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  /** Saves a terminated pod's final logs; called before its instance is deleted. */
  readonly captureFinalLogs?: (pod: V1Pod) => Promise<void>;
  /** Observes how long pods took from one step to the next (metrics). */
  readonly observePhase?: (phase: string, seconds: number) => void;
  /**
   * The service-link variables of a namespace's Services (the pod agent's feed source holds them).
   * @default - none: pods get KUBERNETES_* only
   */
  readonly serviceLinkEnv?: (namespace: string) => Readonly<Record<string, string>>;
  /** Called once the pod's instance is requested (the agent's Service port check). */
  readonly instanceCreated?: (pod: V1Pod) => void;
}

/**
 * How long a written status waits for its echo in the pod cache before it stops suppressing an
 * identical write: the watch normally delivers it within a second; after a relist it may never.
 */
const ECHO_WAIT_MS = 10_000;

/**
 * A pod still starting after a status write waits this long before the next such status is
 * written (see `starting`): the steps of a start (instance ACTIVE, pod IP, containers still
 * creating) come within a second and are read by no one; Running, a terminal phase and a reason
 * the user waits for are written at once. Without it a loaded node wrote three or four statuses
 * per pod (issue 18: at most 4 writes in a life).
 */
const PENDING_COALESCE_MS = 1_000;

/**
 * A Pending status that only says the pod is starting: no pod-level reason, and every container
 * creating or already running. One with a reason the user waits to see (ErrImagePull, a missing
 * Secret, a back-off) is not held back.
 */
function starting(status: V1PodStatus): boolean {
  if (status.phase !== "Pending" || status.reason) return false;
  return (status.containerStatuses ?? []).every(
    (c) => c.state?.running !== undefined || c.state?.waiting?.reason === "ContainerCreating",
  );
}

/** The pod-level fields a status decides that a merge patch would otherwise leave in place when absent. */
const CLEARED_WHEN_ABSENT = ["reason", "message"] as const;

/**
 * `status` as a merge patch over `current`: a field that `current` has and `status` lacks is sent as
 * null, so a pod that waited for a Secret (reason MandatorySecretNotFound) loses that reason once it
 * runs, and the next comparison sees no change (otherwise every pass re-sent the same status).
 */
function clearingStale(status: V1PodStatus, current: V1PodStatus | undefined): Record<string, unknown> {
  const patch: Record<string, unknown> = { ...status };
  for (const field of CLEARED_WHEN_ABSENT) {
    if (current?.[field] !== undefined && status[field] === undefined) patch[field] = null;
  }
  return patch;
}

/** A container state as the apiserver stores it: an absent state and `{}` are the same (it defaults to `{}`). */
function state(value: object | undefined): object | undefined {
  return value && Object.keys(value).length > 0 ? value : undefined;
}

/**
 * The fields of a status that decide whether it must be written, as one string: equal strings mean
 * the apiserver's copy already says the same (timestamps and other fields it fills in are left out).
 */
export function comparable(status: V1PodStatus | undefined): string {
  if (!status) return "";
  const { phase, reason, message, podIP, hostIP, conditions, containerStatuses } = status;
  return JSON.stringify({
    phase,
    reason,
    message,
    podIP,
    hostIP,
    conditions: (conditions ?? []).map((c) => [c.type, c.status, c.reason]),
    containerStatuses: (containerStatuses ?? []).map((c) => [
      c.name,
      c.ready,
      c.restartCount,
      c.containerID,
      state(c.state),
      state(c.lastState),
    ]),
  });
}

/**
 * How often a pod whose instance is being deleted is looked at again. Progress does not wait for it:
 * the provider's change notification queues the pod as soon as the instance is gone. It is a safety
 * net, kept long because a mass delete holds thousands of pods here (at 1 s, 10,000 pods being deleted
 * cost 10,000 syncs a second).
 */
const DELETING_RECHECK_MS = 10_000;

export class PodController {
  private readonly options: PodControllerOptions;
  readonly pods: Reflector<V1Pod>;
  private readonly keyByUid = new Map<string, string>();
  /** Strings the cached pods share (see trimPod). */
  private readonly strings = new StringTable();
  /** Annotations from the create, by pod uid, until the first status write carries them. */
  private readonly pendingAnnotations = new Map<string, Readonly<Record<string, string>>>();
  /** Pods whose createInstance is in flight. */
  private readonly creating = new Set<string>();
  /** ConfigMap and Secret reads shared by pods created close together. */
  private readonly references: ReferenceCache;
  /** Pod UID → the instance whose failed pull was last counted (until the pod's cache has the annotation). */
  private readonly pullFailureSeen = new Map<string, string>();
  /** Pod UIDs told that their instance outlives a shortened grace period. */
  private readonly shortGraceTold = new Set<string>();
  /**
   * The last status written per pod UID until the pod cache shows it (its resourceVersion): a
   * pass that runs before the watch delivers our own PATCH sees the old status and would send the
   * same one again (issue 18: one in ten pods got a second, identical Running PATCH).
   */
  private readonly written = new Map<string, { status: string; resourceVersion: string; at: number }>();
  /** When each pod's status was last written (Date.now()), for PENDING_COALESCE_MS. */
  private readonly lastStatusWrite = new Map<string, number>();
  /** Pod UIDs whose object we deleted: a pass queued before the watch says so must not DELETE again. */
  private readonly removed = new Set<string>();
  readonly sync: WorkQueue;
  readonly status: WorkQueue;
  readonly orphans: WorkQueue;
  private gcTimer: NodeJS.Timeout | undefined;

  constructor(options: PodControllerOptions) {
    this.options = options;
    this.references = new ReferenceCache(options.http);
    const queue = (name: string, settings: QueueSettings): WorkQueue =>
      new WorkQueue({
        name,
        ...settings,
        ...(options.bucket ? { bucket: options.bucket } : {}),
        isLeader: options.isLeader,
        onError: (key, error, willRetry) =>
          options.log?.(`${name} failed`, { key, error: String(error), willRetry }),
      });
    this.sync = queue("sync", options.queues.sync);
    this.status = queue("status", options.queues.status);
    this.orphans = queue("orphans", options.queues.orphans);
    this.pods = new Reflector<V1Pod>(
      options.http,
      {
        path: "/api/v1/pods",
        fieldSelector: `spec.nodeName=${options.nodeName}`,
        resyncMs: options.resyncMs,
        stallMs: options.stallMs,
        transform: (pod) => trimPod(pod, this.strings),
        ...(options.log ? { log: options.log } : {}),
      },
      {
        upsert: (pod) => {
          const key = objectKey(pod);
          const uid = pod.metadata?.uid;
          if (uid) {
            this.keyByUid.set(uid, key);
            // The watch is ordered: once our own write is seen, the cache is no longer behind it.
            if (this.written.get(uid)?.resourceVersion === pod.metadata?.resourceVersion)
              this.written.delete(uid);
          }
          this.sync.add(key);
        },
        remove: (pod) => {
          if (pod.metadata?.uid) {
            this.keyByUid.delete(pod.metadata.uid);
            this.pendingAnnotations.delete(pod.metadata.uid);
            this.pullFailureSeen.delete(pod.metadata.uid);
            this.shortGraceTold.delete(pod.metadata.uid);
            this.written.delete(pod.metadata.uid);
            this.lastStatusWrite.delete(pod.metadata.uid);
            this.removed.delete(pod.metadata.uid);
            // The pod object is gone (force delete or GC): its instance must go too.
            this.orphans.add(pod.metadata.uid);
          }
        },
      },
    );
    options.provider.onInstanceChange((uid, snapshot) => {
      const key = this.keyByUid.get(uid);
      if (!key) return;
      this.status.add(key);
      // An instance that disappeared may need replacing (see syncPod).
      if (!snapshot) this.sync.add(key);
    });
  }

  private identity(pod: V1Pod): { uid: string; namespace: string; name: string } {
    return {
      uid: pod.metadata?.uid ?? "",
      namespace: pod.metadata?.namespace ?? "",
      name: pod.metadata?.name ?? "",
    };
  }

  private podPath(pod: V1Pod): string {
    return `/api/v1/namespaces/${pod.metadata?.namespace}/pods/${pod.metadata?.name}`;
  }

  /** Kubernetes → cloud for one pod. */
  private async syncPod(key: string): Promise<void> {
    const pod = this.pods.get(key);
    if (!pod?.metadata?.uid) return;
    const { provider } = this.options;
    const uid = pod.metadata.uid;

    if (pod.metadata.deletionTimestamp) {
      // The containers get the shutdown timeout fixed at create (terminationGracePeriodSeconds);
      // OCI cannot shorten it. A shorter grace chosen at deletion (kubectl delete --grace-period)
      // is honoured for the pod object: it goes when that grace has passed, and the instance
      // finishes stopping in the background (the orphans queue deletes what is left).
      const outcome = await provider.deleteInstance(this.identity(pod));
      if (outcome === "deleting") {
        const due = this.shortenedGraceDue(pod);
        if (due === undefined || Date.now() < due) {
          const recheck = due === undefined ? DELETING_RECHECK_MS : due - Date.now();
          this.sync.addAfter(key, Math.max(100, Math.min(DELETING_RECHECK_MS, recheck)));
          return;
        }
      }
      // A finalizer keeps the object after our delete: it must not read running any more.
      if (pod.metadata.finalizers?.length && !TERMINAL_PHASES.has(pod.status?.phase ?? "")) {
        await this.writeStatus(pod, deletedStatus(pod, new Date().toISOString()));
      }
      await this.removePodObject(pod);
      return;
    }

    if (TERMINAL_PHASES.has(pod.status?.phase ?? "")) {
      // Final status is recorded; stop billing. The pod object stays until someone deletes it.
      if (provider.getInstance(uid)) {
        await this.options.captureFinalLogs?.(pod);
        const outcome = await provider.deleteInstance(this.identity(pod));
        if (outcome === "deleting") this.sync.addAfter(key, 2000);
      }
      return;
    }

    const instance = provider.getInstance(uid);
    if (instance?.containers.some((c) => c.imagePullFailed)) return this.imagePullFailed(key, pod, instance);
    if (!instance) {
      if (this.options.acceptingPods && !this.options.acceptingPods()) return;
      const backOff = imagePullBackOff(pod);
      if (backOff) {
        const wait = Date.parse(backOff.retryAt) - Date.now();
        if (wait > 0) {
          this.status.add(key);
          this.sync.addAfter(key, wait);
          return;
        }
      }
      // After a failed pull the pod had no instance that ran: a new one is no restart.
      const vanished = !backOff && this.hadInstance(pod);
      if (vanished && (pod.spec?.restartPolicy ?? "Always") === "Never") {
        this.event(
          pod,
          "Warning",
          "InstanceVanished",
          "the container instance disappeared; restartPolicy is Never",
        );
        await this.writeStatus(pod, vanishedStatus(pod));
        return;
      }
      const target = vanished ? await this.nextAttempt(pod) : pod;
      const resolved = await resolveReferences(this.options.http, target, this.references);
      const links = this.options.serviceLinkEnv?.(target.metadata?.namespace ?? "default");
      const references = links ? { ...resolved, serviceLinkEnv: links } : resolved;
      this.creating.add(uid);
      let result: Awaited<ReturnType<PodProvider["createInstance"]>>;
      try {
        result = await provider.createInstance(target, references);
      } finally {
        this.creating.delete(uid);
      }
      for (const warning of result.warnings)
        this.event(pod, "Warning", warning.reason, `${warning.field}: ${warning.message}`);
      if (result.kind === "rejected") return this.rejected(pod, result.problems);
      this.event(pod, "Normal", "Created", `created container instance ${result.instanceId}`);
      this.options.instanceCreated?.(pod);
      this.tokenExpiryEvents(pod, references.serviceAccountTokenExpiry);
      // Written with the pod's first status (see writeStatus): one PATCH instead of two.
      if (Object.keys(result.annotations).length > 0) this.pendingAnnotations.set(uid, result.annotations);
      const created = Date.parse(String(pod.metadata.creationTimestamp ?? ""));
      if (Number.isFinite(created))
        this.options.observePhase?.("created_to_instance_requested", (Date.now() - created) / 1000);
    }
    this.status.add(key);
  }

  /**
   * An image of the pod could not be pulled: as a kubelet, keep the pod Pending and pull again
   * after a back-off (10 s doubling to 5 min). The failed instance is deleted at once and the next
   * one is created when the back-off ends, so the pod has at most one instance, and none while it
   * backs off (a FAILED instance still counts against the tenancy's limits; see docs/pod-status.md).
   * The failure is counted once per instance: the annotation names the instance it counted.
   */
  private async imagePullFailed(key: string, pod: V1Pod, instance: InstanceSnapshot): Promise<void> {
    const recorded = imagePullBackOff(pod);
    if (
      recorded?.instanceId !== instance.instanceId &&
      this.pullFailureSeen.get(instance.uid) !== instance.instanceId
    ) {
      const failures = (recorded?.failures ?? 0) + 1;
      const seconds = imagePullBackOffSeconds(failures);
      const errors: Record<string, string> = {};
      for (const c of instance.containers) {
        if (!c.imagePullFailed) continue;
        errors[c.name] = c.message ?? "unknown error";
        const image = pod.spec?.containers.find((spec) => spec.name === c.name)?.image ?? "";
        this.event(pod, "Warning", "Failed", `Failed to pull image "${image}": ${errors[c.name]}`);
        this.event(pod, "Warning", "Failed", "Error: ErrImagePull");
        this.event(pod, "Normal", "BackOff", `Back-off pulling image "${image}" (${seconds}s)`);
      }
      const backOff = {
        failures,
        retryAt: new Date(Date.now() + seconds * 1000).toISOString(),
        errors,
        instanceId: instance.instanceId,
      };
      const attempt = Number(pod.metadata?.annotations?.[ATTEMPT_ANNOTATION] ?? 0) + 1;
      await this.annotate(pod, {
        [IMAGE_PULL_BACKOFF_ANNOTATION]: JSON.stringify(backOff),
        [ATTEMPT_ANNOTATION]: String(attempt),
      });
      this.pullFailureSeen.set(instance.uid, instance.instanceId);
    }
    this.status.add(key);
    const outcome = await this.options.provider.deleteInstance(instance);
    this.sync.addAfter(key, outcome === "deleting" ? 1000 : 0);
  }

  /**
   * A kubelet refreshes projected service-account tokens; nothing does inside an instance yet, so
   * say when each one expires: a Warning when that is within a day, else Normal.
   */
  private tokenExpiryEvents(pod: V1Pod, expiry: Readonly<Record<string, string>> | undefined): void {
    for (const [audience, at] of Object.entries(expiry ?? {})) {
      const hours = (Date.parse(at) - Date.now()) / 3_600_000;
      const whose =
        audience === "" ? "the projected service-account token" : `the token for audience "${audience}"`;
      this.event(
        pod,
        Number.isFinite(hours) && hours >= 24 ? "Normal" : "Warning",
        "TokenNotRefreshed",
        `${whose} expires at ${at} and will not be refreshed inside the container instance`,
      );
    }
  }

  /**
   * When the pod object may go although its instance still stops: the deletion's grace period
   * (metadata.deletionGracePeriodSeconds) is shorter than the shutdown timeout fixed at create,
   * so the object goes at its deletionTimestamp. Undefined otherwise. Says so once, in an Event.
   */
  private shortenedGraceDue(pod: V1Pod): number | undefined {
    const requested = pod.metadata?.deletionGracePeriodSeconds;
    const fixed = pod.spec?.terminationGracePeriodSeconds ?? 30;
    const due = Date.parse(String(pod.metadata?.deletionTimestamp ?? ""));
    if (requested === undefined || requested >= fixed || !Number.isFinite(due)) return undefined;
    const uid = pod.metadata?.uid ?? "";
    if (!this.shortGraceTold.has(uid)) {
      this.shortGraceTold.add(uid);
      this.event(
        pod,
        "Normal",
        "GracePeriodShortened",
        `the container instance stops with the ${fixed}s shutdown timeout fixed at create; the pod is removed after the requested ${requested}s and the instance finishes stopping in the background`,
      );
    }
    return due;
  }

  /** Whether the pod ran on an instance before (its status names a container). */
  private hadInstance(pod: V1Pod): boolean {
    return (pod.status?.containerStatuses ?? []).some((c) => c.containerID);
  }

  /**
   * Records that the pod gets a new instance: the attempt number (a new opc-retry-token) and the
   * restarts so far, which the status adds to the new instance's own restart counts.
   */
  private async nextAttempt(pod: V1Pod): Promise<V1Pod> {
    const annotations = pod.metadata?.annotations ?? {};
    const attempt = Number(annotations[ATTEMPT_ANNOTATION] ?? 0) + 1;
    const restarts =
      Math.max(0, ...(pod.status?.containerStatuses ?? []).map((c) => c.restartCount ?? 0)) + 1;
    const update = { [ATTEMPT_ANNOTATION]: String(attempt), [RESTARTS_ANNOTATION]: String(restarts) };
    this.event(
      pod,
      "Warning",
      "InstanceVanished",
      `the container instance disappeared; creating a new one (attempt ${attempt})`,
    );
    await this.annotate(pod, update);
    return { ...pod, metadata: { ...pod.metadata, annotations: { ...annotations, ...update } } };
  }

  private async rejected(
    pod: V1Pod,
    problems: readonly { field: string; reason: string; message: string; retryable: boolean }[],
  ): Promise<void> {
    for (const p of problems) this.event(pod, "Warning", p.reason, `${p.field}: ${p.message}`);
    const status = rejectedStatus(pod, problems, new Date().toISOString());
    await this.writeStatus(pod, status);
    // A missing mandatory Secret or ConfigMap may appear later: stay Pending and retry.
    if (status.phase === "Pending") throw new TransientError(`waiting for references: ${status.message}`);
  }

  /** Merges annotations into the pod; a null value removes one. */
  private async annotate(pod: V1Pod, annotations: Readonly<Record<string, string | null>>): Promise<void> {
    const current = pod.metadata?.annotations ?? {};
    const changes = Object.entries(annotations).filter(([k, v]) => (current[k] ?? null) !== v);
    if (changes.length === 0) return;
    const missing = Object.fromEntries(changes);
    await this.options.http.request("PATCH", this.podPath(pod), {
      body: { metadata: { annotations: missing } },
      contentType: "application/merge-patch+json",
      metadataOnly: true,
    });
  }

  private async removePodObject(pod: V1Pod): Promise<void> {
    const uid = pod.metadata?.uid ?? "";
    if (this.removed.has(uid)) return;
    try {
      await this.options.http.request("DELETE", this.podPath(pod), {
        body: {
          apiVersion: "v1",
          kind: "DeleteOptions",
          gracePeriodSeconds: 0,
          preconditions: { uid: pod.metadata?.uid },
        },
        metadataOnly: true,
      });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
    this.removed.add(uid);
  }

  /**
   * One PATCH of pods/status, only when the status differs from the stored one or annotations
   * from the create are still unwritten; those ride along (the status subresource accepts
   * metadata.annotations), so a pod's life costs one write less.
   */
  private async writeStatus(pod: V1Pod, status: V1PodStatus): Promise<boolean> {
    const uid = pod.metadata?.uid ?? "";
    const annotations = this.unwritten(pod, this.pendingAnnotations.get(uid));
    const wanted = comparable(status);
    if (!annotations && (wanted === comparable(pod.status) || wanted === this.awaitedEcho(pod))) return false;
    // Only the answer's resourceVersion is read (see `written`).
    const written = await this.options.http.request<Pick<V1Pod, "metadata"> | undefined>(
      "PATCH",
      `${this.podPath(pod)}/status`,
      {
        body: {
          metadata: { uid, ...(annotations ? { annotations } : {}) },
          status: clearingStale(status, pod.status),
        },
        contentType: "application/merge-patch+json",
        metadataOnly: true,
      },
    );
    this.pendingAnnotations.delete(uid);
    this.lastStatusWrite.set(uid, Date.now());
    const resourceVersion = written?.metadata?.resourceVersion;
    if (resourceVersion) this.written.set(uid, { status: wanted, resourceVersion, at: Date.now() });
    return true;
  }

  /**
   * The status last written for this pod while the cached pod is older than that write (see
   * `written`); undefined once the cache has caught up or the echo is overdue.
   */
  private awaitedEcho(pod: V1Pod): string | undefined {
    const uid = pod.metadata?.uid ?? "";
    const echo = this.written.get(uid);
    if (!echo) return undefined;
    if (pod.metadata?.resourceVersion === echo.resourceVersion || Date.now() - echo.at > ECHO_WAIT_MS) {
      this.written.delete(uid);
      return undefined;
    }
    return echo.status;
  }

  /** The annotations the pod does not carry yet with these values; undefined if none. */
  private unwritten(
    pod: V1Pod,
    annotations: Readonly<Record<string, string>> | undefined,
  ): Record<string, string> | undefined {
    const current = pod.metadata?.annotations ?? {};
    const missing = Object.entries(annotations ?? {}).filter(([k, v]) => current[k] !== v);
    return missing.length > 0 ? Object.fromEntries(missing) : undefined;
  }

  /** Cloud → Kubernetes for one pod. */
  private async syncStatus(key: string): Promise<void> {
    const pod = this.pods.get(key);
    if (!pod?.metadata?.uid) return;
    // The create's annotations go with the first status: wait for it (syncPod queues us after).
    if (this.creating.has(pod.metadata.uid)) return;
    const instance = this.options.provider.getInstance(pod.metadata.uid);
    const status = podStatus(pod, instance, { hostIp: this.options.hostIp, now: new Date().toISOString() });
    if (!status) return;
    // A pod being deleted whose instance is going away is about to vanish (removePodObject):
    // a status on the way (containers stopping, not ready) would be read by no one. One held by a
    // finalizer stays: it gets its terminal status (deletedStatus once the instance is gone).
    if (
      pod.metadata.deletionTimestamp &&
      (!pod.metadata.finalizers?.length || !TERMINAL_PHASES.has(status.phase ?? "")) &&
      (!instance || instance.phase === "Deleting" || instance.phase === "Deleted")
    )
      return;
    const wasRunning = pod.status?.phase === "Running";
    const since = Date.now() - (this.lastStatusWrite.get(pod.metadata.uid) ?? -Infinity);
    if (starting(status) && since < PENDING_COALESCE_MS) {
      this.status.addAfter(key, PENDING_COALESCE_MS - since);
      return;
    }
    const wrote = await this.writeStatus(pod, status);
    this.crashLoopEvents(pod, status);
    if (instance?.phase === "Running" && pod.metadata.annotations?.[IMAGE_PULL_BACKOFF_ANNOTATION]) {
      // The images were pulled: the next failure starts the back-off from 10 s again.
      await this.annotate(pod, { [IMAGE_PULL_BACKOFF_ANNOTATION]: null });
    }
    if (!wasRunning && status.phase === "Running") {
      const created = Date.parse(String(pod.metadata.creationTimestamp ?? ""));
      if (Number.isFinite(created))
        this.options.observePhase?.("created_to_running", (Date.now() - created) / 1000);
    }
    // Once, with the write that ended the pod: a pass before the cache shows it must not say it again.
    if (wrote && TERMINAL_PHASES.has(status.phase ?? "") && !pod.metadata.deletionTimestamp) {
      this.event(
        pod,
        status.phase === "Succeeded" ? "Normal" : "Warning",
        status.phase ?? "",
        "all containers terminated; deleting the container instance",
      );
      this.sync.add(key);
    }
  }

  /** A kubelet's BackOff event each time a container starts waiting to be restarted. */
  private crashLoopEvents(pod: V1Pod, status: V1PodStatus): void {
    for (const c of status.containerStatuses ?? []) {
      const waiting = c.state?.waiting;
      if (waiting?.reason !== "CrashLoopBackOff") continue;
      const before = pod.status?.containerStatuses?.find((s) => s.name === c.name);
      if (before?.state?.waiting?.reason === "CrashLoopBackOff" && before.restartCount === c.restartCount)
        continue;
      this.event(
        pod,
        "Warning",
        "BackOff",
        `Back-off restarting failed container ${c.name} in pod ${pod.metadata?.name}_${pod.metadata?.namespace}(${pod.metadata?.uid})`,
      );
    }
  }

  /** Deletes the instance of a pod object that no longer exists. */
  private async deleteOrphan(uid: string): Promise<void> {
    if (this.keyByUid.has(uid)) return;
    const snapshot = this.options.provider.getInstance(uid);
    if (!snapshot) return;
    const outcome = await this.options.provider.deleteInstance(snapshot);
    if (outcome === "deleting") this.orphans.addAfter(uid, 2000);
  }

  /** Instances whose pod is gone (deleted while we were down), and pods whose instance vanished. */
  private collectGarbage(): void {
    for (const snapshot of this.options.provider.listInstances()) {
      if (!this.keyByUid.has(snapshot.uid)) this.orphans.add(snapshot.uid);
    }
  }

  private event(pod: V1Pod, type: "Normal" | "Warning", reason: string, message: string): void {
    if (!this.options.isLeader()) return;
    const { namespace, name, uid } = this.identity(pod);
    this.options.events.record({ kind: "Pod", namespace, name, uid }, type, reason, message);
  }

  /** Queues every cached pod and looks for garbage again (after becoming leader). */
  resync(): void {
    for (const pod of this.pods.values()) this.sync.add(objectKey(pod));
    this.collectGarbage();
  }

  async start(): Promise<void> {
    this.pods.start();
    await this.pods.hasSynced;
    this.sync.start((key) => this.syncPod(key));
    this.status.start((key) => this.syncStatus(key));
    this.orphans.start((uid) => this.deleteOrphan(uid));
    this.collectGarbage();
    this.gcTimer = setInterval(() => this.collectGarbage(), this.options.resyncMs);
    this.gcTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.gcTimer);
    await this.pods.stop();
    await Promise.all([this.sync.stop(), this.status.stop(), this.orphans.stop()]);
  }
}
