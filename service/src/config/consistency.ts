/**
 * Rules that involve more than one field, and warnings about settings that are valid but
 * probably not what the operator wants. A rule is skipped when one of its fields is invalid
 * (that field has its own problem already).
 */
import { parseHostPort } from "./rules.ts";
import type { Value } from "./schema.ts";
import type { Origin } from "./sources.ts";
import { QUEUE_NAMES, type ConfigProblem } from "./types.ts";

/** Valid values by field path, and where each came from. */
export interface View {
  readonly get: (path: string) => Value | undefined;
  readonly origin: (path: string) => Origin | undefined;
}

const CONFIG_MAP_BYTES = 1_048_576;
// client-go's leader election jitters retries by up to this factor.
const JITTER_FACTOR = 1.2;

export function crossFieldProblems(view: View): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const num = (path: string): number | undefined => {
    const v = view.get(path);
    return typeof v === "number" ? v : undefined;
  };
  const add = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  const lessThan = (small: string, large: string): void => {
    const a = num(small);
    const b = num(large);
    if (a !== undefined && b !== undefined && a >= b)
      add(small, `must be less than ${large} (${b}), got ${a}`);
  };
  const atLeast = (large: string, small: string): void => {
    const a = num(large);
    const b = num(small);
    if (a !== undefined && b !== undefined && a < b) add(large, `must be at least ${small} (${b}), got ${a}`);
  };

  lessThan("node.leaseRenewIntervalSeconds", "node.leaseDurationSeconds");

  const cert = view.get("kubeletApi.tlsCertFile");
  const key = view.get("kubeletApi.tlsKeyFile");
  if ((cert === undefined) !== (key === undefined)) {
    const [missing, given] =
      cert === undefined
        ? ["kubeletApi.tlsCertFile", "kubeletApi.tlsKeyFile"]
        : ["kubeletApi.tlsKeyFile", "kubeletApi.tlsCertFile"];
    add(missing, `is required when ${given} is set: set both, or neither to get a certificate through a CSR`);
  }

  atLeast("oci.retry.maxDelayMs", "oci.retry.baseDelayMs");
  for (const queue of QUEUE_NAMES) atLeast(`queues.${queue}.maxDelayMs`, `queues.${queue}.baseDelayMs`);

  if (view.get("leaderElection.enabled") !== false) {
    lessThan("leaderElection.renewDeadlineSeconds", "leaderElection.leaseDurationSeconds");
    const renew = num("leaderElection.renewDeadlineSeconds");
    const retry = num("leaderElection.retryPeriodSeconds");
    if (renew !== undefined && retry !== undefined && renew <= JITTER_FACTOR * retry) {
      add(
        "leaderElection.renewDeadlineSeconds",
        `must be greater than ${JITTER_FACTOR} × leaderElection.retryPeriodSeconds (${JITTER_FACTOR * retry}), got ${renew}: retries are jittered by up to 20%`,
      );
    }
    const nodeRenew = num("node.leaseRenewIntervalSeconds");
    const nodeLease = num("node.leaseDurationSeconds");
    const lease = num("leaderElection.leaseDurationSeconds");
    const heartbeatValid = nodeRenew !== undefined && nodeLease !== undefined && nodeRenew < nodeLease;
    if (heartbeatValid && lease !== undefined && retry !== undefined) {
      const failover = nodeRenew + lease + retry;
      if (failover >= nodeLease) {
        add(
          "leaderElection.leaseDurationSeconds",
          `is too long for the Node's heartbeat: a failover can leave the Node's Lease unrenewed for node.leaseRenewIntervalSeconds + leaderElection.leaseDurationSeconds + leaderElection.retryPeriodSeconds = ${failover}s, which must stay below node.leaseDurationSeconds (${nodeLease}s)`,
        );
      }
    }
  }

  problems.push(...portClashes(view));

  const store = view.get("logs.store");
  if (store === "objectStorage") {
    add(
      "logs.store",
      "objectStorage is reserved for a later release and not implemented yet; use configMap or none",
    );
  }
  const maxBytes = num("logs.maxBytesPerContainer");
  if (store === "configMap" && maxBytes !== undefined && maxBytes > CONFIG_MAP_BYTES) {
    add(
      "logs.maxBytesPerContainer",
      `must be at most ${CONFIG_MAP_BYTES} (1 MiB, the size limit of a ConfigMap) with logs.store configMap, got ${maxBytes}`,
    );
  }
  if (view.get("agent.enabled") === true) {
    for (const path of ["agent.image", "agent.secretFile"]) {
      if (view.get(path) === undefined) add(path, "is required when agent.enabled is true");
    }
  }
  return problems;
}

/** The kubelet API, metrics and health listeners must not want the same port on the same host. */
function portClashes(view: View): ConfigProblem[] {
  const listeners: { path: string; host: string; port: number }[] = [];
  const host = view.get("kubeletApi.listenAddress");
  const port = view.get("kubeletApi.port");
  if (typeof host === "string" && typeof port === "number")
    listeners.push({ path: "kubeletApi.port", host, port });
  for (const path of ["observability.metricsAddress", "observability.healthAddress"]) {
    const address = view.get(path);
    const parsed = typeof address === "string" ? parseHostPort(address) : undefined;
    if (parsed) listeners.push({ path, ...parsed });
  }
  const wildcard = (h: string): boolean => h === "0.0.0.0" || h === "::";
  const problems: ConfigProblem[] = [];
  listeners.forEach((b, i) => {
    const a = listeners
      .slice(0, i)
      .find(
        (a) =>
          a.port === b.port && b.port !== 0 && (a.host === b.host || wildcard(a.host) || wildcard(b.host)),
      );
    if (a) problems.push({ path: b.path, message: `port ${b.port} is already used by ${a.path}` });
  });
  return problems;
}

export function crossFieldWarnings(view: View): ConfigProblem[] {
  const warnings: ConfigProblem[] = [];
  if (view.get("oci.circuitBreaker.enabled") === true) {
    warnings.push({
      path: "oci.circuitBreaker.enabled",
      message:
        "the OCI SDK's circuit breaker fails calls client-side once open (EOPENBREAKER), on top of the provider's own retries",
    });
  }
  if (view.get("leaderElection.enabled") === false) {
    warnings.push({
      path: "leaderElection.enabled",
      message:
        "leader election is off: run exactly one replica, or two will create and delete instances at once",
    });
  }
  if (view.get("oci.auth") !== "configFile") {
    for (const path of ["oci.configFile", "oci.profile"]) {
      const origin = view.origin(path);
      if (origin !== undefined && origin !== "default") {
        warnings.push({
          path,
          message: `is ignored: oci.auth is ${String(view.get("oci.auth"))}, not configFile`,
        });
      }
    }
  }
  return warnings;
}
