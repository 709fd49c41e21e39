/**
 * Pure mapping from what OCI reports about an instance and its containers to the neutral
 * snapshot of ../provider/types.ts: OCI lifecycle states become our phases here and nowhere
 * else. OCI gives no container start time, so a running container's `startedAt` is
 * approximated by its last update before it was seen running (documented limit).
 */
import type { models } from "oci-containerinstances";
import type {
  ContainerPhase,
  ContainerSnapshot,
  InstancePhase,
  InstanceSnapshot,
  PodIdentity,
} from "../provider/types.ts";
import { READINESS_CHECK } from "./translate/index.ts";

const INSTANCE_PHASES: Readonly<Record<string, InstancePhase>> = {
  CREATING: "Creating",
  ACTIVE: "Running",
  UPDATING: "Updating",
  INACTIVE: "Stopped",
  FAILED: "Failed",
  DELETING: "Deleting",
  DELETED: "Deleted",
};

/** Our phase for an OCI ContainerInstance lifecycleState (absent: CREATING). */
export function instancePhase(lifecycleState: string | undefined): InstancePhase {
  return INSTANCE_PHASES[lifecycleState ?? "CREATING"] ?? "Unknown";
}

/** Our phase for an OCI Container lifecycleState: INACTIVE, UPDATING, DELETING, DELETED and unknown states are Stopped. */
export function containerPhase(lifecycleState: string | undefined): ContainerPhase {
  if (lifecycleState === "CREATING") return "Creating";
  if (lifecycleState === "ACTIVE") return "Running";
  if (lifecycleState === "FAILED") return "Failed";
  return "Stopped";
}

/**
 * A time as OCI's SDK hands it over (Date or string) as a string, milliseconds kept (two updates
 * within one second differ); parsing is left to the reader.
 */
export function timeText(value: Date | string | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return value instanceof Date && Number.isFinite(value.getTime()) ? value.toISOString() : String(value);
}

/** The runtime prefix of our container IDs in pod status. */
export const CONTAINER_ID_PREFIX = "oci://";

/** The OCI container OCID in a pod status containerID of ours, or undefined. */
export function containerOcid(containerID: string | undefined): string | undefined {
  return containerID?.startsWith(CONTAINER_ID_PREFIX)
    ? containerID.slice(CONTAINER_ID_PREFIX.length)
    : undefined;
}

/**
 * What the provider keeps of a container from GetContainer: the fields a snapshot reads. The
 * rest (command, environment variables, resource and security settings) is dropped as the
 * response arrives, so that a node of 10,000 pods holds neither their bulk nor Secret values
 * that reached an environment (issue 18).
 */
export type ObservedContainer = Pick<
  models.Container,
  | "id"
  | "displayName"
  | "lifecycleState"
  | "lifecycleDetails"
  | "exitCode"
  | "timeCreated"
  | "timeUpdated"
  | "timeTerminated"
  | "containerRestartAttemptCount"
> & { readonly healthChecks?: readonly Pick<models.ContainerHealthCheck, "name" | "status">[] };

/** The fields of `container` a snapshot reads (see ObservedContainer). */
export function observedContainer(container: models.Container): ObservedContainer {
  const c = container;
  return {
    id: c.id,
    displayName: c.displayName,
    lifecycleState: c.lifecycleState,
    lifecycleDetails: c.lifecycleDetails,
    exitCode: c.exitCode,
    timeCreated: c.timeCreated,
    timeUpdated: c.timeUpdated,
    timeTerminated: c.timeTerminated,
    containerRestartAttemptCount: c.containerRestartAttemptCount,
    ...(c.healthChecks
      ? { healthChecks: c.healthChecks.map((h) => ({ name: h.name, status: h.status })) }
      : {}),
  };
}

/**
 * What the provider keeps of a container from its ListContainers summary until its details are
 * read: a summary has no exitCode, timeTerminated, restart count or health checks. Used as the
 * container's observation for a first start (see summaryEnough in provider.ts).
 */
export type ListedContainer = Pick<
  ObservedContainer,
  "id" | "displayName" | "lifecycleState" | "lifecycleDetails" | "timeCreated" | "timeUpdated"
>;

/** The fields of a ListContainers summary that ListedContainer keeps. */
export function listedContainer(summary: models.ContainerSummary): ListedContainer {
  return {
    id: summary.id,
    displayName: summary.displayName,
    // The same states as a Container's; the summary's model types them as a plain string.
    lifecycleState: summary.lifecycleState as models.Container.LifecycleState,
    lifecycleDetails: summary.lifecycleDetails,
    timeCreated: summary.timeCreated,
    timeUpdated: summary.timeUpdated,
  };
}

/**
 * OCI keeps an ACTIVE container ACTIVE while it waits to restart one that exited, with the exit
 * code and timeTerminated of that run (and, in practice, "…; restarting in Ns" as details). It is
 * waiting, not running, when it ended after its last update or says it is restarting.
 */
function waitingToRestart(container: ObservedContainer): boolean {
  if (container.lifecycleState !== "ACTIVE" || container.exitCode == null) return false;
  if (/restarting/i.test(container.lifecycleDetails ?? "")) return true;
  const terminated = Date.parse(timeText(container.timeTerminated) ?? "");
  const updated = Date.parse(timeText(container.timeUpdated) ?? "");
  return Number.isFinite(terminated) && Number.isFinite(updated) && terminated >= updated;
}

/** OCI names no reason field: an OOM kill and an image pull failure are told by their details. */
const OOM_DETAILS = /out of memory|oom/i;
const IMAGE_PULL_DETAILS = /pull|manifest|image|registry/i;
const RESTART_DELAY = /restarting in (\d+)\s*s/i;

export function containerSnapshot(container: ObservedContainer): ContainerSnapshot {
  const backOff = waitingToRestart(container);
  const phase: ContainerPhase = backOff ? "BackOff" : containerPhase(container.lifecycleState);
  const readiness = container.healthChecks?.find((check) => check.name === READINESS_CHECK);
  const exitCode = container.exitCode ?? undefined;
  const message = container.lifecycleDetails ?? undefined;
  const startedAt = timeText(
    phase === "Running" ? (container.timeUpdated ?? container.timeCreated) : container.timeCreated,
  );
  const finishedAt = timeText(container.timeTerminated ?? container.timeUpdated);
  const oomKilled = exitCode !== undefined && OOM_DETAILS.test(message ?? "");
  const ended = phase !== "Running" && phase !== "BackOff";
  const lastTermination =
    !ended && exitCode !== undefined
      ? Object.freeze({
          exitCode,
          ...(oomKilled ? { oomKilled } : {}),
          ...(backOff && message !== undefined ? { message } : {}),
          ...(container.timeTerminated != null ? { finishedAt: timeText(container.timeTerminated) } : {}),
        })
      : undefined;
  const delay = backOff ? RESTART_DELAY.exec(message ?? "") : null;
  const imagePullFailed =
    phase === "Failed" && exitCode === undefined && IMAGE_PULL_DETAILS.test(message ?? "");
  return Object.freeze({
    name: container.displayName,
    containerID: `${CONTAINER_ID_PREFIX}${container.id}`,
    phase,
    ...(ended && exitCode !== undefined ? { exitCode } : {}),
    ...(ended && oomKilled ? { oomKilled } : {}),
    ...(imagePullFailed ? { imagePullFailed } : {}),
    ...(lastTermination ? { lastTermination } : {}),
    ...(delay ? { restartBackOffSeconds: Number(delay[1]) } : {}),
    ...(message !== undefined ? { message } : {}),
    restartCount: container.containerRestartAttemptCount ?? 0,
    ...(readiness && phase === "Running" ? { ready: readiness.status === "HEALTHY" } : {}),
    ...(readiness && phase !== "Running" ? { ready: false } : {}),
    ...(startedAt !== undefined ? { startedAt } : {}),
    ...(ended && exitCode !== undefined && finishedAt !== undefined ? { finishedAt } : {}),
  });
}

/** What the provider holds about one instance, in OCI's terms. */
export interface ObservedInstance {
  readonly identity: PodIdentity;
  readonly instanceId: string;
  readonly lifecycleState: string | undefined;
  readonly lifecycleDetails: string | undefined;
  readonly timeCreated: string | undefined;
  readonly podIp: string | undefined;
  /** The instance's containers (display name = Kubernetes container name). */
  readonly containers: Iterable<ObservedContainer>;
}

/** The frozen neutral snapshot of an observed instance. */
export function instanceSnapshot(observed: ObservedInstance): InstanceSnapshot {
  const containers = [...observed.containers].map(containerSnapshot);
  return Object.freeze({
    ...observed.identity,
    instanceId: observed.instanceId,
    phase: instancePhase(observed.lifecycleState),
    ...(observed.lifecycleDetails ? { message: observed.lifecycleDetails } : {}),
    ...(observed.timeCreated !== undefined ? { createdAt: observed.timeCreated } : {}),
    ...(observed.podIp ? { podIp: observed.podIp } : {}),
    containers: Object.freeze(containers),
  });
}
