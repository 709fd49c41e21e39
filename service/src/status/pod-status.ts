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

function containerStatus(
  name: string,
  image: string,
  container: ContainerSnapshot | undefined,
  instance: InstanceSnapshot,
): V1ContainerStatus & { ready: boolean } {
  const base = { name, image, imageID: "", restartCount: container?.restartCount ?? 0 };
  if (!container || instance.phase === "Creating" || container.phase === "Creating") {
    return { ...base, ready: false, started: false, state: { waiting: { reason: "ContainerCreating" } } };
  }
  const { containerID } = container;
  if (container.phase === "Running") {
    return {
      ...base,
      containerID,
      ready: container.ready ?? true,
      started: true,
      state: { running: { startedAt: time(container.startedAt) as never } },
    };
  }
  if (container.exitCode !== undefined) {
    return {
      ...base,
      containerID,
      ready: false,
      started: false,
      state: {
        terminated: {
          exitCode: container.exitCode,
          reason: container.exitCode === 0 ? "Completed" : "Error",
          message: container.message,
          startedAt: time(container.startedAt) as never,
          finishedAt: time(container.finishedAt) as never,
          containerID,
        },
      },
    };
  }
  // Failed or stopping without an exit code: the container never ran (e.g. image pull failed).
  const reason =
    container.phase !== "Failed"
      ? "ContainerCreating"
      : /\bpull\b/i.test(container.message ?? "")
        ? "ErrImagePull"
        : "CreateContainerError";
  return {
    ...base,
    containerID,
    ready: false,
    started: false,
    state: { waiting: { reason, message: container.message } },
  };
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
  const restartPolicy = pod.spec?.restartPolicy ?? "Always";
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
  if (running.length > 0 || terminated.length > 0) return { phase: "Running" };
  return { phase: "Pending" };
}

/**
 * The status `pod` should have given its instance, or undefined when there is nothing to write:
 * the pod has no instance, its phase is already final (Succeeded, Failed), or it is being
 * deleted and would leave Running (the last status stays while the instance stops).
 *
 * Conditions keep their lastTransitionTime from the pod's current status while unchanged;
 * restart counts include the pod's earlier instances (RESTARTS_ANNOTATION).
 */
export function podStatus(
  pod: V1Pod,
  instance: InstanceSnapshot | undefined,
  context: StatusContext,
): V1PodStatus | undefined {
  if (!instance || TERMINAL_PHASES.has(pod.status?.phase ?? "")) return undefined;
  const byName = new Map(instance.containers.map((c) => [c.name, c]));
  const before = Number(pod.metadata?.annotations?.[RESTARTS_ANNOTATION] ?? 0);
  const statuses = (pod.spec?.containers ?? []).map((c) => {
    const status = containerStatus(c.name, c.image ?? "", byName.get(c.name), instance);
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

/** The pod's status once its instance vanished and restartPolicy Never forbids a new one. */
export function vanishedStatus(pod: V1Pod): V1PodStatus {
  return {
    ...pod.status,
    phase: "Failed",
    reason: "InstanceVanished",
    message: "the pod's container instance was deleted outside Kubernetes",
  };
}

/**
 * The pod's status when the provider refused it. Every problem retryable (a missing mandatory
 * Secret or ConfigMap may appear later): Pending with the first reason. Otherwise Failed, with
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
    return { ...pod.status, phase: "Pending", reason: problems[0]?.reason, message };
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
