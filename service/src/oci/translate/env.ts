import type { V1Container, V1Pod } from "@kubernetes/client-node";
import type { InstanceCapacity } from "./downward.ts";
import { resolveFieldPath, resolveResourceField } from "./downward.ts";
import { expand, lookupIn } from "./expansion.ts";
import { findConfigMap, findSecret } from "./lookup.ts";
import type { KeyedObject } from "./lookup.ts";
import type { Report, ResolvedReferences } from "./types.ts";

export interface EnvContext {
  readonly pod: V1Pod;
  readonly nodeName: string;
  readonly hostIp?: string | undefined;
  readonly podIp?: string | undefined;
  readonly references: ResolvedReferences;
  readonly capacity: InstanceCapacity;
  readonly report: Report;
}

/**
 * The container's environment, built in kubelet order: `envFrom` sources (later ones win, keys
 * prefixed), then `env` entries in order (values `$(VAR)`-expanded against what is defined so far
 * and the service variables), then service variables that are not already set.
 * Missing optional references are skipped here; missing mandatory ones stop translation earlier
 * (see missing-refs.ts).
 */
export function containerEnv(ctx: EnvContext, container: V1Container, path: string): Map<string, string> {
  const env = new Map<string, string>();
  const refs = ctx.references;
  const serviceEnv = {
    ...(ctx.pod.spec?.enableServiceLinks === false ? {} : refs.serviceLinkEnv),
    ...refs.kubernetesServiceEnv,
  };

  (container.envFrom ?? []).forEach((source, i) => {
    const object = source.configMapRef
      ? findConfigMap(refs, source.configMapRef.name)
      : source.secretRef
        ? findSecret(refs, source.secretRef.name)
        : undefined;
    if (object !== undefined) addAll(ctx, env, object, source.prefix ?? "", `${path}.envFrom[${i}]`);
  });

  (container.env ?? []).forEach((variable, i) => {
    const field = `${path}.env[${i}]`;
    if (variable.valueFrom === undefined) {
      env.set(variable.name, expand(variable.value ?? "", lookupIn(env, serviceEnv)));
      return;
    }
    const value = valueFrom(ctx, container, variable.valueFrom, `${field}.valueFrom`);
    if (value !== undefined) env.set(variable.name, value);
  });

  for (const [name, value] of Object.entries(serviceEnv)) if (!env.has(name)) env.set(name, value);
  return env;
}

function addAll(
  ctx: EnvContext,
  env: Map<string, string>,
  object: KeyedObject,
  prefix: string,
  field: string,
): void {
  const skipped: string[] = [];
  for (const key of object.textKeys) {
    const name = prefix + key;
    if (name === "" || name.includes("=")) {
      skipped.push(key);
      continue;
    }
    env.set(name, object.text(key) ?? "");
  }
  if (skipped.length > 0) {
    ctx.report.warn(
      field,
      "InvalidEnvironmentVariableNames",
      `keys skipped, not valid variable names: ${skipped.join(", ")}`,
    );
  }
}

function valueFrom(
  ctx: EnvContext,
  container: V1Container,
  source: NonNullable<NonNullable<V1Container["env"]>[number]["valueFrom"]>,
  field: string,
): string | undefined {
  const refs = ctx.references;
  if (source.configMapKeyRef) {
    return findConfigMap(refs, source.configMapKeyRef.name)?.text(source.configMapKeyRef.key);
  }
  if (source.secretKeyRef) return findSecret(refs, source.secretKeyRef.name)?.text(source.secretKeyRef.key);
  if (source.fieldRef) {
    const resolved = resolveFieldPath(ctx.pod, ctx, source.fieldRef.fieldPath);
    if (resolved.ok) return resolved.value;
    ctx.report.unsupported(`${field}.fieldRef.fieldPath`, resolved.message);
    return undefined;
  }
  if (source.resourceFieldRef) {
    const containers = ctx.pod.spec?.containers ?? [];
    const resolved = resolveResourceField(containers, source.resourceFieldRef, container.name, ctx.capacity);
    if (resolved.ok) return resolved.value;
    ctx.report.invalid(`${field}.resourceFieldRef`, resolved.message);
    return undefined;
  }
  return undefined;
}
