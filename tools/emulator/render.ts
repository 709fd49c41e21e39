// Records → the JSON the SDK deserializes (model/*.d.ts of oci-containerinstances 2.139.1).
// Timestamps are RFC 3339 strings; optional fields are omitted rather than null.
import { createHash } from "node:crypto";
import { iso } from "./work-requests.ts";
import type { ContainerRecord, InstanceRecord } from "./types.ts";

export function etagOf(rec: { id: string; version: number }): string {
  return createHash("md5").update(`${rec.id}:${rec.version}`).digest("hex");
}

const opt = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

export function renderInstanceSummary(i: InstanceRecord): Record<string, unknown> {
  return {
    id: i.id,
    displayName: i.displayName,
    compartmentId: i.compartmentId,
    freeformTags: i.freeformTags,
    definedTags: i.definedTags,
    systemTags: {},
    availabilityDomain: i.availabilityDomain,
    faultDomain: i.faultDomain,
    lifecycleState: i.lifecycleState,
    ...opt("lifecycleDetails", i.lifecycleDetails),
    timeCreated: iso(i.timeCreated),
    timeUpdated: iso(i.timeUpdated),
    shape: i.shape,
    shapeConfig: i.shapeConfig,
    containerCount: i.containerIds.length,
    gracefulShutdownTimeoutInSeconds: i.gracefulShutdownTimeoutInSeconds,
    volumeCount: i.volumes.length,
    containerRestartPolicy: i.containerRestartPolicy,
    ...opt("securityContext", i.securityContext),
  };
}

export function renderInstance(
  i: InstanceRecord,
  tenantId: string,
  containerName: (id: string) => string | undefined,
): Record<string, unknown> {
  return {
    ...renderInstanceSummary(i),
    tenantId,
    volumes: i.volumes,
    containers: i.containerIds.map((containerId) => ({
      containerId,
      ...opt("displayName", containerName(containerId)),
    })),
    // The VNIC is attached once provisioning is done; until then the entry carries no vnicId.
    vnics: [i.lifecycleState === "CREATING" ? {} : { vnicId: i.vnicId }],
    ...opt("dnsConfig", i.dnsConfig),
    imagePullSecrets: i.imagePullSecrets,
  };
}

function healthChecks(c: ContainerRecord, now: number): Record<string, unknown>[] | undefined {
  const checks = c.spec.healthChecks as Record<string, unknown>[] | undefined;
  if (!checks) return undefined;
  const measured = c.run?.endedAt === undefined ? c.run?.health : undefined;
  if (measured) {
    return checks.map((h, i) => ({
      ...h,
      status: measured[i]?.status ?? "UNKNOWN",
      ...opt("statusDetails", measured[i]?.details),
    }));
  }
  return checks.map((h) => {
    let status = "UNKNOWN";
    let statusDetails: string | undefined;
    if (c.lifecycleState === "ACTIVE" && c.run && c.run.endedAt === undefined) {
      const elapsed = now - c.run.startedAt;
      const initial = ((h.initialDelayInSeconds as number | undefined) ?? 0) * 1000;
      const unhealthyAt = c.behaviour.unhealthyAfterMs;
      if (unhealthyAt !== undefined && elapsed >= Math.max(initial, unhealthyAt)) {
        status = "UNHEALTHY";
        statusDetails = `${String(h.healthCheckType)} health check ${String(h.name ?? "")} failed`.replace(
          "  ",
          " ",
        );
      } else if (elapsed >= initial) {
        status = "HEALTHY";
      }
    }
    return { ...h, status, ...opt("statusDetails", statusDetails) };
  });
}

export function renderContainerSummary(c: ContainerRecord, i: InstanceRecord): Record<string, unknown> {
  return {
    id: c.id,
    displayName: c.displayName,
    compartmentId: i.compartmentId,
    freeformTags: c.freeformTags,
    definedTags: c.definedTags,
    systemTags: {},
    availabilityDomain: i.availabilityDomain,
    faultDomain: i.faultDomain,
    lifecycleState: c.lifecycleState,
    ...opt("lifecycleDetails", c.lifecycleDetails),
    timeCreated: iso(c.timeCreated),
    timeUpdated: iso(c.timeUpdated),
    containerInstanceId: c.instanceId,
    ...opt("resourceConfig", c.spec.resourceConfig),
    imageUrl: c.imageUrl,
    isResourcePrincipalDisabled: (c.spec.isResourcePrincipalDisabled as boolean | undefined) ?? false,
    ...opt("securityContext", c.spec.securityContext),
  };
}

export function renderContainer(c: ContainerRecord, i: InstanceRecord, now: number): Record<string, unknown> {
  const s = c.spec;
  return {
    ...renderContainerSummary(c, i),
    ...opt("exitCode", c.exitCode),
    ...opt("timeTerminated", c.timeTerminated === undefined ? undefined : iso(c.timeTerminated)),
    ...opt("command", s.command),
    ...opt("arguments", s.arguments),
    ...opt("workingDirectory", s.workingDirectory),
    ...opt("environmentVariables", s.environmentVariables),
    ...opt("volumeMounts", s.volumeMounts),
    ...opt("healthChecks", healthChecks(c, now)),
    containerRestartAttemptCount: c.restartCount,
  };
}
