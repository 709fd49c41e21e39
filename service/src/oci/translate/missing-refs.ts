import type { V1KeyToPath, V1Pod } from "@kubernetes/client-node";
import { findConfigMap, findSecret } from "./lookup.ts";
import type { Report, ResolvedReferences } from "./types.ts";

/** One use of a ConfigMap or Secret (optionally one key of it) somewhere in the pod. */
export interface ObjectReference {
  readonly kind: "ConfigMap" | "Secret";
  readonly name: string;
  /** Set when a single key is used (env key refs, volume items). */
  readonly key?: string;
  readonly optional: boolean;
  /** Field path of the use, e.g. `spec.containers[0].env[2].valueFrom.secretKeyRef`. */
  readonly field: string;
}

/** A projected service-account token the caller must obtain with the TokenRequest API. */
export interface TokenReference {
  /** `""` means the API server's default audiences. */
  readonly audience: string;
  readonly expirationSeconds: number;
  readonly field: string;
}

/** Everything the caller must fetch before translating the pod. */
export interface PodReferences {
  readonly objects: readonly ObjectReference[];
  readonly tokens: readonly TokenReference[];
  /** Names from `spec.imagePullSecrets` (missing ones only produce warnings, as on a kubelet). */
  readonly imagePullSecrets: readonly string[];
}

/** A referenced object or key that is absent, with the virtual-kubelet event reason. */
export interface MissingReference {
  readonly kind: "ConfigMap" | "Secret";
  readonly name: string;
  readonly key?: string;
  /** True only when every use is optional. */
  readonly optional: boolean;
  /** `MandatorySecretNotFound`, `OptionalConfigMapKeyNotFound`, … */
  readonly reason: string;
  readonly fields: readonly string[];
}

const DEFAULT_TOKEN_EXPIRATION_SECONDS = 3600;

/** Lists the ConfigMaps, Secrets, keys and tokens the pod's containers and volumes use. */
export function collectReferences(pod: V1Pod): PodReferences {
  const objects: ObjectReference[] = [];
  const tokens: TokenReference[] = [];
  const spec = pod.spec;

  (spec?.containers ?? []).forEach((container, c) => {
    (container.envFrom ?? []).forEach((source, i) => {
      const field = `spec.containers[${c}].envFrom[${i}]`;
      if (source.configMapRef) {
        const { name, optional } = source.configMapRef;
        objects.push({
          kind: "ConfigMap",
          name: name ?? "",
          optional: optional === true,
          field: `${field}.configMapRef`,
        });
      }
      if (source.secretRef) {
        const { name, optional } = source.secretRef;
        objects.push({
          kind: "Secret",
          name: name ?? "",
          optional: optional === true,
          field: `${field}.secretRef`,
        });
      }
    });
    (container.env ?? []).forEach((env, i) => {
      const field = `spec.containers[${c}].env[${i}].valueFrom`;
      const cm = env.valueFrom?.configMapKeyRef;
      if (cm) {
        const optional = cm.optional === true;
        objects.push({
          kind: "ConfigMap",
          name: cm.name ?? "",
          key: cm.key,
          optional,
          field: `${field}.configMapKeyRef`,
        });
      }
      const secret = env.valueFrom?.secretKeyRef;
      if (secret) {
        const optional = secret.optional === true;
        objects.push({
          kind: "Secret",
          name: secret.name ?? "",
          key: secret.key,
          optional,
          field: `${field}.secretKeyRef`,
        });
      }
    });
  });

  (spec?.volumes ?? []).forEach((volume, v) => {
    const field = `spec.volumes[${v}]`;
    if (volume.configMap) {
      const { name, items, optional } = volume.configMap;
      addWithItems(objects, "ConfigMap", name, items, optional, `${field}.configMap`);
    }
    if (volume.secret) {
      const { secretName, items, optional } = volume.secret;
      addWithItems(objects, "Secret", secretName ?? "", items, optional, `${field}.secret`);
    }
    (volume.projected?.sources ?? []).forEach((source, s) => {
      const at = `${field}.projected.sources[${s}]`;
      if (source.configMap) {
        const { name, items, optional } = source.configMap;
        addWithItems(objects, "ConfigMap", name, items, optional, `${at}.configMap`);
      }
      if (source.secret) {
        const { name, items, optional } = source.secret;
        addWithItems(objects, "Secret", name, items, optional, `${at}.secret`);
      }
      const token = source.serviceAccountToken;
      if (token) {
        tokens.push({
          audience: token.audience ?? "",
          expirationSeconds: token.expirationSeconds ?? DEFAULT_TOKEN_EXPIRATION_SECONDS,
          field: `${at}.serviceAccountToken`,
        });
      }
    });
  });

  const imagePullSecrets = (spec?.imagePullSecrets ?? [])
    .map((ref) => ref.name)
    .filter((n) => n !== undefined);
  return { objects, tokens, imagePullSecrets };
}

function addWithItems(
  out: ObjectReference[],
  kind: "ConfigMap" | "Secret",
  name: string | undefined,
  items: readonly V1KeyToPath[] | undefined,
  optional: boolean | undefined,
  field: string,
): void {
  const isOptional = optional === true;
  const objectName = name ?? "";
  out.push({ kind, name: objectName, optional: isOptional, field });
  items?.forEach((item, i) =>
    out.push({ kind, name: objectName, key: item.key, optional: isOptional, field: `${field}.items[${i}]` }),
  );
}

/**
 * The referenced objects and keys that do not exist. A missing object is reported once (not per key);
 * it is mandatory if any use is not optional.
 */
export function findMissingReferences(pod: V1Pod, refs: ResolvedReferences): MissingReference[] {
  const groups = new Map<string, { ref: ObjectReference; keyLevel: boolean; uses: ObjectReference[] }>();
  for (const ref of collectReferences(pod).objects) {
    const object = ref.kind === "ConfigMap" ? findConfigMap(refs, ref.name) : findSecret(refs, ref.name);
    let keyLevel = false;
    if (object !== undefined) {
      if (ref.key === undefined || object.keys.includes(ref.key)) continue;
      keyLevel = true;
    }
    const id = JSON.stringify([ref.kind, ref.name, keyLevel ? ref.key : null]);
    const group = groups.get(id) ?? { ref, keyLevel, uses: [] };
    group.uses.push(ref);
    groups.set(id, group);
  }
  return [...groups.values()].map(({ ref, keyLevel, uses }) => {
    const optional = uses.every((use) => use.optional);
    const reason = `${optional ? "Optional" : "Mandatory"}${ref.kind}${keyLevel ? "KeyNotFound" : "NotFound"}`;
    const base = { kind: ref.kind, name: ref.name, optional, reason, fields: uses.map((use) => use.field) };
    return keyLevel && ref.key !== undefined ? { ...base, key: ref.key } : base;
  });
}

/** Service-account tokens the projection needs that the caller did not supply. */
export function findMissingTokens(pod: V1Pod, refs: ResolvedReferences): TokenReference[] {
  return collectReferences(pod).tokens.filter(
    (token) => refs.serviceAccountTokens?.[token.audience] === undefined,
  );
}

/** Mandatory misses become retryable problems; optional misses become warnings (the pod proceeds). */
export function reportMissingReferences(pod: V1Pod, refs: ResolvedReferences, report: Report): void {
  for (const missing of findMissingReferences(pod, refs)) {
    const what =
      missing.key !== undefined
        ? `key "${missing.key}" in ${missing.kind} "${missing.name}"`
        : `${missing.kind} "${missing.name}"`;
    const message = `${what} not found (used by ${missing.fields.join(", ")})`;
    const field = missing.fields[0] ?? "spec";
    if (missing.optional) report.warn(field, missing.reason, `optional ${message}; proceeding without it`);
    else
      report.problems.push({
        kind: "MissingReference",
        field,
        reason: missing.reason,
        message,
        retryable: true,
      });
  }
  for (const token of findMissingTokens(pod, refs)) {
    const audience = token.audience === "" ? "the default audience" : `audience "${token.audience}"`;
    report.problems.push({
      kind: "MissingReference",
      field: token.field,
      reason: "ServiceAccountTokenNotAvailable",
      message: `no service-account token for ${audience} was supplied (TokenRequest needed)`,
      retryable: true,
    });
  }
}
