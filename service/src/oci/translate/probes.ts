import type { IntOrString, V1Container, V1Probe } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import type { Report } from "./types.ts";

/** Health-check names; status mapping reads them back to tell liveness from readiness. */
export const LIVENESS_CHECK = "liveness";
export const READINESS_CHECK = "readiness";

/** Kubernetes probe defaults, written out because OCI's own defaults are not documented. */
const PROBE_DEFAULTS = { periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 };

type HealthCheck = models.CreateContainerHttpHealthCheckDetails | models.CreateContainerTcpHealthCheckDetails;

/**
 * Liveness → a check whose failure kills the container (then the restart policy applies);
 * readiness → a check with failure action NONE that only feeds the pod's Ready condition.
 * A startup probe has no OCI equivalent: its window (initialDelay + period × failureThreshold) is
 * added to the liveness check's initial delay, with a warning. Exec and gRPC probes, `host` and
 * HTTPS are refused by unsupported.ts before this runs.
 */
export function healthChecks(container: V1Container, path: string, report: Report): HealthCheck[] {
  const checks: HealthCheck[] = [];
  let startupWindow = 0;
  if (container.startupProbe) {
    const p = { ...PROBE_DEFAULTS, ...defined(container.startupProbe) };
    startupWindow = (p.initialDelaySeconds ?? 0) + p.periodSeconds * p.failureThreshold;
    report.warn(
      `${path}.startupProbe`,
      "FieldApproximated",
      `startup probes are not available on Container Instances; liveness checks start after the ${startupWindow}s startup window instead`,
    );
  }
  const liveness = container.livenessProbe;
  if (liveness) {
    const check = healthCheck(
      liveness,
      container,
      `${path}.livenessProbe`,
      report,
      LIVENESS_CHECK,
      startupWindow,
    );
    if (check) checks.push({ ...check, failureAction: "KILL" as models.ContainerHealthCheckFailureAction });
  }
  const readiness = container.readinessProbe;
  if (readiness) {
    const check = healthCheck(readiness, container, `${path}.readinessProbe`, report, READINESS_CHECK, 0);
    if (check) checks.push({ ...check, failureAction: "NONE" as models.ContainerHealthCheckFailureAction });
  }
  return checks;
}

function healthCheck(
  probe: V1Probe,
  container: V1Container,
  path: string,
  report: Report,
  name: string,
  extraDelay: number,
): HealthCheck | undefined {
  const p = { ...PROBE_DEFAULTS, ...defined(probe) };
  const common = {
    name,
    initialDelayInSeconds: (p.initialDelaySeconds ?? 0) + extraDelay,
    intervalInSeconds: p.periodSeconds,
    timeoutInSeconds: p.timeoutSeconds,
    successThreshold: p.successThreshold,
    failureThreshold: p.failureThreshold,
  };
  if (probe.terminationGracePeriodSeconds !== undefined) {
    report.warn(
      `${path}.terminationGracePeriodSeconds`,
      "FieldNotEnforced",
      "a probe-specific grace period is not available; the pod's graceful shutdown timeout applies",
    );
  }
  if (probe.httpGet) {
    const port = resolvePort(probe.httpGet.port, container, `${path}.httpGet.port`, report);
    if (port === undefined) return undefined;
    const headers = (probe.httpGet.httpHeaders ?? []).map((h) => ({ name: h.name, value: h.value }));
    return {
      healthCheckType: "HTTP",
      ...common,
      path: probe.httpGet.path || "/",
      port,
      ...(headers.length > 0 ? { headers } : {}),
    };
  }
  if (probe.tcpSocket) {
    const port = resolvePort(probe.tcpSocket.port, container, `${path}.tcpSocket.port`, report);
    return port === undefined ? undefined : { healthCheckType: "TCP", ...common, port };
  }
  return undefined;
}

/** A numeric port, a numeric string, or the name of one of the container's ports. */
function resolvePort(
  port: IntOrString,
  container: V1Container,
  field: string,
  report: Report,
): number | undefined {
  let value: number | undefined;
  if (typeof port === "number") value = port;
  else if (/^\d+$/.test(port)) value = Number(port);
  else value = container.ports?.find((p) => p.name === port)?.containerPort;
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > 65535) {
    report.invalid(
      field,
      `port ${String(port)} is not a valid port number or a named port of this container`,
    );
    return undefined;
  }
  return value;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<T>;
}
