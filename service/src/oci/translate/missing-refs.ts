import type { V1Pod } from "@kubernetes/client-node";
import {
  type ObjectReference,
  type ResolvedReferences,
  type TokenReference,
  collectReferences,
} from "../../kube/references.ts";
import { findConfigMap, findSecret } from "./lookup.ts";
import type { Report } from "./types.ts";

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

/** Mandatory misses become retryable problems; optional misses are no problem (the pod proceeds, silently). */
export function reportMissingReferences(pod: V1Pod, refs: ResolvedReferences, report: Report): void {
  for (const missing of findMissingReferences(pod, refs)) {
    const what =
      missing.key !== undefined
        ? `key "${missing.key}" in ${missing.kind} "${missing.name}"`
        : `${missing.kind} "${missing.name}"`;
    const message = `${what} not found (used by ${missing.fields.join(", ")})`;
    const field = missing.fields[0] ?? "spec";
    // What the user declared optional may be absent: a kubelet says nothing, and neither do we.
    if (!missing.optional)
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
