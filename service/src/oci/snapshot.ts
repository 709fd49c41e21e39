/**
 * Pure mapping from an instance and its containers to the pod status a kubelet would
 * report. OCI gives no container start time, so `startedAt` is approximated by the
 * container's last update before it was seen running (documented limit).
 */
import type { V1ContainerStatus, V1Pod, V1PodCondition, V1PodStatus } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import { READINESS_CHECK } from "./translate/index.ts";

export interface ObservedInstance {
  readonly instance: Pick<
    models.ContainerInstance,
    "id" | "lifecycleState" | "lifecycleDetails" | "timeCreated"
  >;
  /** The instance's containers, by display name (= Kubernetes container name). */
  readonly containers: ReadonlyMap<string, models.Container>;
  readonly podIp: string | undefined;
}

type Time = string;
/**
 * A timestamp as the apiserver stores it (RFC 3339, whole seconds, UTC). OCI sends
 * milliseconds; sending those would make every computed status differ from the stored
 * one, so each status pass would patch again for nothing.
 */
const time = (value: Date | string | undefined): Time | undefined => {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace(/\.\d+Z$/, "Z") : String(value);
};

function containerStatus(
  name: string,
  image: string,
  container: models.Container | undefined,
  instanceState: string,
): V1ContainerStatus & { ready: boolean } {
  const base = { name, image, imageID: "", restartCount: container?.containerRestartAttemptCount ?? 0 };
  if (!container || instanceState === "CREATING" || container.lifecycleState === "CREATING") {
    return { ...base, ready: false, started: false, state: { waiting: { reason: "ContainerCreating" } } };
  }
  const containerID = `oci://${container.id}`;
  const state = container.lifecycleState;
  if (state === "ACTIVE") {
    const readiness = container.healthChecks?.find((check) => check.name === READINESS_CHECK);
    const ready = readiness ? readiness.status === "HEALTHY" : true;
    return {
      ...base,
      containerID,
      ready,
      started: true,
      state: { running: { startedAt: time(container.timeUpdated ?? container.timeCreated) as never } },
    };
  }
  if (container.exitCode !== undefined && container.exitCode !== null) {
    return {
      ...base,
      containerID,
      ready: false,
      started: false,
      state: {
        terminated: {
          exitCode: container.exitCode,
          reason: container.exitCode === 0 ? "Completed" : "Error",
          message: container.lifecycleDetails,
          startedAt: time(container.timeCreated) as never,
          finishedAt: time(container.timeTerminated ?? container.timeUpdated) as never,
          containerID,
        },
      },
    };
  }
  // FAILED or DELETING without an exit code: the container never ran (e.g. image pull failed).
  const reason = state === "FAILED" ? "CreateContainerError" : "ContainerCreating";
  return {
    ...base,
    containerID,
    ready: false,
    started: false,
    state: { waiting: { reason, message: container.lifecycleDetails } },
  };
}

function condition(type: string, ok: boolean, now: Time, reason?: string): V1PodCondition {
  return {
    type,
    status: ok ? "True" : "False",
    lastTransitionTime: now as never,
    ...(reason && !ok ? { reason } : {}),
  };
}

/**
 * The pod status implied by `observed`. `now` stamps new condition transitions; `hostIp`
 * is the virtual node's address.
 */
export function podStatusFor(
  pod: V1Pod,
  observed: ObservedInstance,
  hostIp: string,
  now: string,
): V1PodStatus {
  const instanceState = observed.instance.lifecycleState ?? "CREATING";
  const specs = pod.spec?.containers ?? [];
  const statuses = specs.map((c) =>
    containerStatus(c.name, c.image ?? "", observed.containers.get(c.name), instanceState),
  );
  const terminated = statuses.filter((s) => s.state?.terminated);
  const running = statuses.filter((s) => s.state?.running);
  const restartPolicy = pod.spec?.restartPolicy ?? "Always";

  let phase: string;
  let reason: string | undefined;
  let message: string | undefined;
  if (instanceState === "FAILED" && terminated.length < statuses.length) {
    phase = "Failed";
    reason = "ContainerInstanceFailed";
    message = observed.instance.lifecycleDetails ?? "the container instance failed";
  } else if (statuses.length > 0 && terminated.length === statuses.length && restartPolicy !== "Always") {
    const allZero = terminated.every((s) => s.state?.terminated?.exitCode === 0);
    phase = allZero ? "Succeeded" : restartPolicy === "OnFailure" && !allZero ? "Failed" : "Failed";
  } else if (running.length > 0 || terminated.length > 0) {
    phase = "Running";
  } else {
    phase = "Pending";
  }

  const allReady = statuses.length > 0 && statuses.every((s) => s.ready);
  const sandboxReady = instanceState === "ACTIVE";
  const conditions = [
    condition("PodReadyToStartContainers", sandboxReady, now),
    condition("Initialized", true, now),
    condition("ContainersReady", allReady, now, "ContainersNotReady"),
    condition("Ready", allReady, now, "ContainersNotReady"),
    condition("PodScheduled", true, now),
  ];
  return {
    phase,
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
    conditions,
    hostIP: hostIp,
    hostIPs: [{ ip: hostIp }],
    ...(observed.podIp ? { podIP: observed.podIp, podIPs: [{ ip: observed.podIp }] } : {}),
    startTime: time(observed.instance.timeCreated) as never,
    containerStatuses: statuses,
    qosClass: pod.status?.qosClass,
  };
}
