import type { V1Container } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import { containerEnv } from "./env.ts";
import type { EnvContext } from "./env.ts";
import { expand, lookupIn } from "./expansion.ts";
import { normaliseImage } from "./image.ts";
import { healthChecks } from "./probes.ts";
import { parseQuantity, toMilli, toNumber, toUnits } from "./quantity.ts";
import { containerSecurityContext } from "./security.ts";
import { BYTES_PER_GB } from "./shape.ts";
import { volumeMounts } from "./volumes.ts";
import type { VolumePlan } from "./volumes.ts";

/** OCI limits on a container's arguments and environment (names plus values), in bytes. */
export const MAX_ARGUMENTS_BYTES = 64 * 1024;
export const MAX_ENVIRONMENT_BYTES = 64 * 1024;

export interface ContainerContext extends EnvContext {
  readonly volumes: VolumePlan;
  /** Keep OCI's resource principal available inside containers. */
  readonly resourcePrincipal: boolean;
}

/**
 * One Kubernetes container → one OCI container: normalised image, `$(VAR)`-expanded command and
 * args, resolved environment, working directory, limits as `resourceConfig`, probes as health
 * checks, LINUX security context and volume mounts.
 */
export function buildContainer(
  ctx: ContainerContext,
  container: V1Container,
  path: string,
): models.CreateContainerDetails | undefined {
  const image = normaliseImage(container.image);
  if (!image.ok) {
    ctx.report.invalid(`${path}.image`, image.message);
    return undefined;
  }
  const env = containerEnv(ctx, container, path);
  const lookup = lookupIn(env);
  const command = container.command?.map((part) => expand(part, lookup));
  const args = container.args?.map((part) => expand(part, lookup));

  const argumentBytes = (args ?? []).reduce((total, arg) => total + Buffer.byteLength(arg), 0);
  if (argumentBytes > MAX_ARGUMENTS_BYTES) {
    ctx.report.invalid(
      `${path}.args`,
      `arguments total ${argumentBytes} bytes; OCI allows ${MAX_ARGUMENTS_BYTES}`,
    );
  }
  let envBytes = 0;
  for (const [name, value] of env) envBytes += Buffer.byteLength(name) + Buffer.byteLength(value);
  if (envBytes > MAX_ENVIRONMENT_BYTES) {
    ctx.report.invalid(
      `${path}.env`,
      `environment totals ${envBytes} bytes; OCI allows ${MAX_ENVIRONMENT_BYTES}`,
    );
  }

  const resourceConfig = limits(container);
  const checks = healthChecks(container, path, ctx.report);
  const securityContext = containerSecurityContext(ctx.pod, container);
  const mounts = volumeMounts(ctx.volumes, container, env, path, ctx.report);

  return {
    displayName: container.name,
    imageUrl: image.image,
    ...(command !== undefined && command.length > 0 ? { command } : {}),
    ...(args !== undefined && args.length > 0 ? { arguments: args } : {}),
    ...(container.workingDir ? { workingDirectory: container.workingDir } : {}),
    ...(env.size > 0 ? { environmentVariables: Object.fromEntries(env) } : {}),
    ...(mounts.length > 0 ? { volumeMounts: mounts } : {}),
    isResourcePrincipalDisabled: !ctx.resourcePrincipal,
    ...(resourceConfig !== undefined ? { resourceConfig } : {}),
    ...(checks.length > 0 ? { healthChecks: checks } : {}),
    ...(securityContext !== undefined ? { securityContext } : {}),
  };
}

/** CPU and memory limits; requests have no OCI counterpart (they size the instance instead). */
function limits(container: V1Container): models.CreateContainerResourceConfigDetails | undefined {
  const cpu = parseQuantity(container.resources?.limits?.["cpu"] ?? "");
  const memory = parseQuantity(container.resources?.limits?.["memory"] ?? "");
  const config: models.CreateContainerResourceConfigDetails = {};
  if (cpu !== undefined) config.vcpusLimit = toNumber(toMilli(cpu)) / 1000;
  if (memory !== undefined) config.memoryLimitInGBs = toNumber(toUnits(memory)) / toNumber(BYTES_PER_GB);
  return Object.keys(config).length > 0 ? config : undefined;
}
