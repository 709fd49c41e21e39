/**
 * The one place that decides a pod's status: pure functions from the pod (spec, annotations,
 * the status it has now) and its instance snapshot (../provider/types.ts) to the V1PodStatus
 * to write. No I/O and no clock: `now` is passed in. Golden cases in ./golden/ (see golden.test.ts).
 */
import type { V1ContainerStatus, V1Pod, V1PodCondition, V1PodStatus } from "@kubernetes/client-node";
import type { ContainerSnapshot, InstanceSnapshot } from "../provider/types.ts";

/** Restarts of earlier instances of the pod, added to the current instance's counts. */
export const RESTARTS_ANNOTATION = "oke-virtual-nodes.io/restarts-before";

/** Pod phases after which the status no longer changes. */
export const TERMINAL_PHASES: ReadonlySet<string> = new Set(["Succeeded", "Failed"]);

export interface StatusContext {
  /** The virtual node's address, reported as the pod's hostIP. */
  readonly hostIp: string;
  /** RFC 3339; stamps conditions whose status changes. */
  readonly now: string;
}

/**
 * A timestamp as the apiserver stores it (RFC 3339, whole seconds, UTC). Clouds send
 * milliseconds; sending those would make every computed status differ from the stored
 * one, so each status pass would patch again for nothing.
 */
function time(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace(/\.\d+Z$/, "Z") : value;
}

/** Conditions keep their lastTransitionTime while their status does not change. */
export function mergeConditions(
  previous: readonly V1PodCondition[] | undefined,
  next: readonly V1PodCondition[],
): V1PodCondition[] {
  return next.map((condition) => {
    const old = previous?.find((c) => c.type === condition.type);
    return old && old.status === condition.status
      ? { ...condition, lastTransitionTime: old.lastTransitionTime }
      : condition;
  });
}

/** The kubelet's reason for a terminated run. */
function exitReason(exitCode: number, oomKilled: boolean | undefined): string {
  if (oomKilled) return "OOMKilled";
  return exitCode === 0 ? "Completed" : "Error";
}

/**
 * `lastState.terminated` of a container the cloud restarts. The cloud gives no start time of a
 * past run: it is the running state's start from the status written before, when there was one.
 */
function lastState(
  container: ContainerSnapshot,
  previous: V1ContainerStatus | undefined,
): V1ContainerStatus["lastState"] | undefined {
  const last = container.lastTermination;
  if (!last) return undefined;
  const finishedAt = time(last.finishedAt);
  const kept = previous?.lastState?.terminated;
  const startedAt =
    kept && time(String(kept.finishedAt)) === finishedAt
      ? kept.startedAt
      : previous?.state?.running?.startedAt;
  return {
    terminated: {
      exitCode: last.exitCode,
      reason: exitReason(last.exitCode, last.oomKilled),
      ...(last.message ? { message: last.message } : {}),
      ...(startedAt ? { startedAt: time(String(startedAt)) as never } : {}),
      ...(finishedAt ? { finishedAt: finishedAt as never } : {}),
      containerID: container.containerID,
    },
  };
}

/** The cloud may name the image as it resolved it (docker.io/library/…): we name it as the pod does. */
function pullCause(message: string): string {
  return message.replace(/^failed to pull image \S+:\s*/i, "");
}

/** The kubelet's ImagePullBackOff message, with the error of the last pull. */
function backOffMessage(image: string, error: string): string {
  return `Back-off pulling image "${image}": ${pullCause(error)}`;
}

/** The kubelet's CrashLoopBackOff message: the back-off, the container and the pod. */
function crashLoopMessage(pod: V1Pod, name: string, seconds: number | undefined): string {
  const { name: podName, namespace, uid } = pod.metadata ?? {};
  const backOff = seconds === undefined ? "back-off" : `back-off ${seconds}s`;
  return `${backOff} restarting failed container=${name} pod=${podName}_${namespace}(${uid})`;
}

function containerStatus(
  pod: V1Pod,
  name: string,
  image: string,
  container: ContainerSnapshot | undefined,
  instance: InstanceSnapshot,
  pullError: string | undefined,
): V1ContainerStatus & { ready: boolean } {
  const base = { name, image, imageID: "", restartCount: container?.restartCount ?? 0 };
  if (container?.imagePullFailed) {
    const message = `Failed to pull image "${image}": ${pullCause(container.message ?? "unknown error")}`;
    return { ...base, ready: false, started: false, state: { waiting: { reason: "ErrImagePull", message } } };
  }
  if (!container || instance.phase === "Creating" || container.phase === "Creating") {
    // Pulling again after a failed pull: a kubelet keeps saying ImagePullBackOff until it works.
    const waiting =
      pullError === undefined
        ? { reason: "ContainerCreating" }
        : { reason: "ImagePullBackOff", message: backOffMessage(image, pullError) };
    return { ...base, ready: false, started: false, state: { waiting } };
  }
  const { containerID } = container;
  const previous = pod.status?.containerStatuses?.find((s) => s.name === name);
  const last = lastState(container, previous);
  const notRunning = { ...base, containerID, ready: false, started: false };
  if (container.phase === "BackOff") {
    return {
      ...notRunning,
      state: {
        waiting: {
          reason: "CrashLoopBackOff",
          message: crashLoopMessage(pod, name, container.restartBackOffSeconds),
        },
      },
      ...(last ? { lastState: last } : {}),
    };
  }
  if (container.phase === "Running") {
    return {
      ...base,
      containerID,
      ready: container.ready ?? true,
      started: true,
      state: { running: { startedAt: time(container.startedAt) as never } },
      ...(last ? { lastState: last } : {}),
    };
  }
  if (container.exitCode !== undefined) {
    return {
      ...notRunning,
      state: {
        terminated: {
          exitCode: container.exitCode,
          reason: exitReason(container.exitCode, container.oomKilled),
          message: container.message,
          startedAt: time(container.startedAt) as never,
          finishedAt: time(container.finishedAt) as never,
          containerID,
        },
      },
    };
  }
  // Failed or stopping without an exit code: the container never ran. A provider that did not
  // flag an image pull failure may still say so in its words.
  const reason =
    container.phase !== "Failed"
      ? "ContainerCreating"
      : /\bpull\b/i.test(container.message ?? "")
        ? "ErrImagePull"
        : "CreateContainerError";
  return { ...notRunning, state: { waiting: { reason, message: container.message } } };
}

function condition(type: string, ok: boolean, now: string, reason?: string): V1PodCondition {
  return {
    type,
    status: ok ? "True" : "False",
    lastTransitionTime: now as never,
    ...(reason && !ok ? { reason } : {}),
  };
}

/** Phase, reason and message of the pod from its containers and instance. */
function podPhase(
  pod: V1Pod,
  instance: InstanceSnapshot,
  statuses: readonly V1ContainerStatus[],
): { phase: string; reason?: string; message?: string } {
  const terminated = statuses.filter((s) => s.state?.terminated);
  const running = statuses.filter((s) => s.state?.running);
  // Waiting to be restarted after a run: it has run, so the pod is Running (as a kubelet says).
  const restarting = statuses.filter((s) => s.state?.waiting && s.lastState?.terminated);
  const restartPolicy = pod.spec?.restartPolicy ?? "Always";
  // An image that cannot be pulled (yet) never fails the pod: the pull is retried with back-off.
  // (Only what the provider flagged: the controller's back-off acts on that flag alone.)
  if (instance.containers.some((c) => c.imagePullFailed)) return { phase: "Pending" };
  if (instance.phase === "Failed" && terminated.length < statuses.length) {
    return {
      phase: "Failed",
      reason: "ContainerInstanceFailed",
      message: instance.message ?? "the container instance failed",
    };
  }
  if (statuses.length > 0 && terminated.length === statuses.length && restartPolicy !== "Always") {
    const allZero = terminated.every((s) => s.state?.terminated?.exitCode === 0);
    return { phase: allZero ? "Succeeded" : "Failed" };
  }
  if (running.length > 0 || terminated.length > 0 || restarting.length > 0) return { phase: "Running" };
  return { phase: "Pending" };
}

/**
 * The status `pod` should have given its instance, or undefined when there is nothing to write:
 * its phase is already final (Succeeded, Failed), it is being deleted and would leave Running
 * (the last status stays while the instance stops), or it has no instance and neither waits out
 * an image pull back-off (IMAGE_PULL_BACKOFF_ANNOTATION: ImagePullBackOff) nor is being deleted
 * (a deleted pod whose instance is gone gets its terminal status: see `deletedStatus`).
 *
 * Conditions keep their lastTransitionTime from the pod's current status while unchanged;
 * restart counts include the pod's earlier instances (RESTARTS_ANNOTATION).
 */
export function podStatus(
  pod: V1Pod,
  instance: InstanceSnapshot | undefined,
  context: StatusContext,
): V1PodStatus | undefined {
  if (TERMINAL_PHASES.has(pod.status?.phase ?? "")) return undefined;
  if (!instance) {
    if (pod.metadata?.deletionTimestamp) return deletedStatus(pod, context.now);
    const backOff = imagePullBackOff(pod);

    return backOff ? pullBackOffStatus(pod, backOff, context) : undefined;
  }
  const byName = new Map(instance.containers.map((c) => [c.name, c]));
  const backOff = imagePullBackOff(pod);
  const before = Number(pod.metadata?.annotations?.[RESTARTS_ANNOTATION] ?? 0);
  const statuses = (pod.spec?.containers ?? []).map((c) => {
    const pullError = backOff?.errors[c.name];
    const status = containerStatus(pod, c.name, c.image ?? "", byName.get(c.name), instance, pullError);
    if (before > 0) status.restartCount += before;
    return status;
  });
  const { phase, reason, message } = podPhase(pod, instance, statuses);
  if (pod.metadata?.deletionTimestamp && phase !== "Running") return undefined;

  const { now, hostIp } = context;
  const allReady = statuses.length > 0 && statuses.every((s) => s.ready);
  const conditions = [
    condition("PodReadyToStartContainers", instance.phase === "Running", now),
    condition("Initialized", true, now),
    condition("ContainersReady", allReady, now, "ContainersNotReady"),
    condition("Ready", allReady, now, "ContainersNotReady"),
    condition("PodScheduled", true, now),
  ];
  return {
    phase,
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
    conditions: mergeConditions(pod.status?.conditions, conditions),
    hostIP: hostIp,
    hostIPs: [{ ip: hostIp }],
    ...(instance.podIp ? { podIP: instance.podIp, podIPs: [{ ip: instance.podIp }] } : {}),
    startTime: time(instance.createdAt) as never,
    containerStatuses: statuses,
    qosClass: pod.status?.qosClass,
  };
}

/** Pod annotation: the image pull back-off the pod waits out, JSON of {@link ImagePullBackOff}. */
export const IMAGE_PULL_BACKOFF_ANNOTATION = "oke-virtual-nodes.io/image-pull-back-off";

/** A pod's image pull back-off, kept on the pod so that it survives a restart of the provider. */
export interface ImagePullBackOff {
  /** Failed pulls in a row (1 after the first). */
  readonly failures: number;
  /** When the next instance may be created to pull again (RFC 3339). */
  readonly retryAt: string;
  /** Container name → the cloud's words about its failed pull. */
  readonly errors: Readonly<Record<string, string>>;
  /** The instance whose failed pull was counted last (each is counted once). */
  readonly instanceId?: string;
}

/** A kubelet's image pull back-off: 10 s after the first failure, doubling, at most 5 min. */
export function imagePullBackOffSeconds(failures: number): number {
  return Math.min(300, 10 * 2 ** Math.max(0, Math.min(failures, 10) - 1));
}

/** The pod's image pull back-off, or undefined (absent or unreadable annotation). */
export function imagePullBackOff(pod: V1Pod): ImagePullBackOff | undefined {
  const raw = pod.metadata?.annotations?.[IMAGE_PULL_BACKOFF_ANNOTATION];
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<ImagePullBackOff>;
    if (typeof value.failures !== "number" || typeof value.retryAt !== "string") return undefined;
    return {
      failures: value.failures,
      retryAt: value.retryAt,
      errors: value.errors ?? {},
      ...(value.instanceId ? { instanceId: value.instanceId } : {}),
    };
  } catch {
    return undefined;
  }
}

function pendingConditions(pod: V1Pod, now: string): V1PodCondition[] {
  return mergeConditions(pod.status?.conditions, [
    condition("PodReadyToStartContainers", false, now),
    condition("Initialized", true, now),
    condition("ContainersReady", false, now, "ContainersNotReady"),
    condition("Ready", false, now, "ContainersNotReady"),
    condition("PodScheduled", true, now),
  ]);
}

/** Pending with no instance while the image pull back-off runs: ImagePullBackOff for the failed images. */
function pullBackOffStatus(pod: V1Pod, backOff: ImagePullBackOff, context: StatusContext): V1PodStatus {
  const containerStatuses = (pod.spec?.containers ?? []).map((c): V1ContainerStatus => {
    const error = backOff.errors[c.name];
    const image = c.image ?? "";
    const waiting =
      error === undefined
        ? { reason: "ContainerCreating" }
        : { reason: "ImagePullBackOff", message: backOffMessage(image, error) };
    return {
      name: c.name,
      image,
      imageID: "",
      restartCount: 0,
      ready: false,
      started: false,
      state: { waiting },
    };
  });
  return {
    phase: "Pending",
    conditions: pendingConditions(pod, context.now),
    hostIP: context.hostIp,
    hostIPs: [{ ip: context.hostIp }],
    ...(pod.status?.startTime
      ? { startTime: time(new Date(pod.status.startTime).toISOString()) as never }
      : {}),
    containerStatuses,
    qosClass: pod.status?.qosClass,
  };
}

/**
 * The terminal status of a deleted pod whose instance is gone while its object stays (a
 * finalizer holds it): every container terminated, the pod Succeeded when all exited 0, else
 * Failed, as a kubelet does. The cloud does not say how a container ended while its instance
 * was deleted, so a container not already terminated gets the kubelet's ContainerStatusUnknown.
 */
export function deletedStatus(pod: V1Pod, now: string): V1PodStatus {
  const containerStatuses = (pod.spec?.containers ?? []).map((c): V1ContainerStatus => {
    const old = pod.status?.containerStatuses?.find((s) => s.name === c.name);
    if (old?.state?.terminated) return { ...old, ready: false, started: false };
    const message = old?.state?.running
      ? "The container could not be located when the pod was deleted.  The container used to be Running"
      : "The container could not be located when the pod was terminated";
    return {
      name: c.name,
      image: c.image ?? "",
      imageID: old?.imageID ?? "",
      restartCount: old?.restartCount ?? 0,
      ready: false,
      started: false,
      ...(old?.containerID ? { containerID: old.containerID } : {}),
      ...(old?.lastState?.terminated ? { lastState: old.lastState } : {}),
      state: { terminated: { exitCode: 137, reason: "ContainerStatusUnknown", message } },
    };
  });
  const allZero = containerStatuses.every((s) => s.state?.terminated?.exitCode === 0);
  return {
    ...pod.status,
    phase: allZero && containerStatuses.length > 0 ? "Succeeded" : "Failed",
    conditions: mergeConditions(pod.status?.conditions, [
      condition("PodReadyToStartContainers", false, now),
      condition("Initialized", true, now),
      condition("ContainersReady", false, now, "PodCompleted"),
      condition("Ready", false, now, "PodCompleted"),
      condition("PodScheduled", true, now),
    ]),
    containerStatuses,
  };
}

/** The pod's status once its instance vanished and restartPolicy Never forbids a new one. */
export function vanishedStatus(pod: V1Pod): V1PodStatus {
  return {
    ...pod.status,
    phase: "Failed",
    reason: "InstanceVanished",
    message: "the pod's container instance was deleted outside Kubernetes",
  };
}

const CONTAINER_FIELD = /^spec\.containers\[(\d+)\]/;

/**
 * While a pod waits for what it refers to: a container whose own fields (env, envFrom) name a
 * missing object or key waits in CreateContainerConfigError with the problems, as a kubelet's
 * does; the others (volumes are the pod's) wait in ContainerCreating.
 */
function configErrorStatuses(
  pod: V1Pod,
  problems: readonly { readonly field: string; readonly message: string }[],
): V1ContainerStatus[] {
  return (pod.spec?.containers ?? []).map((c, index) => {
    const own = problems.filter((p) => Number(CONTAINER_FIELD.exec(p.field)?.[1]) === index);
    const waiting =
      own.length > 0
        ? { reason: "CreateContainerConfigError", message: own.map((p) => p.message).join("; ") }
        : { reason: "ContainerCreating" };
    return {
      name: c.name,
      image: c.image ?? "",
      imageID: "",
      restartCount: 0,
      ready: false,
      started: false,
      state: { waiting },
    };
  });
}

/**
 * The pod's status when the provider refused it. Every problem retryable (a missing mandatory
 * Secret or ConfigMap may appear later): Pending with the first reason, each container waiting
 * (CreateContainerConfigError when its own env names what is missing). Otherwise Failed, with
 * the first problem that will not clear by itself as the reason.
 */
export function rejectedStatus(
  pod: V1Pod,
  problems: readonly {
    readonly field: string;
    readonly reason: string;
    readonly retryable: boolean;
    readonly message: string;
  }[],
  now: string,
): V1PodStatus {
  const message = problems.map((p) => `${p.field}: ${p.message}`).join("; ");
  if (problems.every((p) => p.retryable)) {
    return {
      ...pod.status,
      phase: "Pending",
      reason: problems[0]?.reason,
      message,
      containerStatuses: configErrorStatuses(pod, problems),
    };
  }
  const terminal = problems.find((p) => !p.retryable);
  return {
    ...pod.status,
    phase: "Failed",
    reason: terminal?.reason ?? "ProviderFailed",
    message,
    conditions: mergeConditions(pod.status?.conditions, [
      { type: "PodScheduled", status: "True", lastTransitionTime: now as never },
      { type: "Ready", status: "False", reason: terminal?.reason, lastTransitionTime: now as never },
    ]),
  };
}
