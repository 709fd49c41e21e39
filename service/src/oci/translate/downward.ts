import type { V1Container, V1Pod, V1ResourceFieldSelector } from "@kubernetes/client-node";
import { ceilDiv, parseQuantity, toMilli, toUnits } from "./quantity.ts";
import type { ResourceAmounts } from "./types.ts";

/** What a container can use when it sets no limit: the whole instance. */
export type InstanceCapacity = ResourceAmounts;

export type Resolved =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/** What the downward API knows of the node (its name and address) and, when chosen, the pod's address. */
export interface NodeFacts {
  readonly nodeName: string;
  readonly hostIp?: string | undefined;
  /** The VNIC address chosen for the pod before create (`vnics[0].privateIp`); unset: OCI picks it later. */
  readonly podIp?: string | undefined;
}

/**
 * Field paths known before the instance exists. `status.hostIP` is the virtual node's own address
 * (what the pod's status reports); `status.podIP` only when the provider chose the VNIC's address
 * (../pod-ip.ts), since OCI gives it otherwise once the instance exists.
 */
const SIMPLE_FIELDS: Readonly<Record<string, (pod: V1Pod, node: NodeFacts) => string | undefined>> = {
  "metadata.name": (pod) => pod.metadata?.name,
  "metadata.namespace": (pod) => pod.metadata?.namespace,
  "metadata.uid": (pod) => pod.metadata?.uid,
  "spec.nodeName": (_pod, node) => node.nodeName,
  "spec.serviceAccountName": (pod) => pod.spec?.serviceAccountName ?? pod.spec?.serviceAccount,
};
const HOST_FIELDS: ReadonlySet<string> = new Set(["status.hostIP", "status.hostIPs"]);
/** The pod's own address; a Kubernetes downwardAPI volume cannot name these, only env can. */
export const POD_IP_FIELDS: ReadonlySet<string> = new Set(["status.podIP", "status.podIPs"]);

const SUBSCRIPT = /^metadata\.(labels|annotations)\['(.*)'\]$/;

/** Whether a fieldRef path can be served by this service (in env or downwardAPI files). */
export function isSupportedFieldPath(
  path: string,
  allowWholeMaps: boolean,
  known: { readonly hostIp?: boolean; readonly podIp?: boolean } = {},
): boolean {
  if (path in SIMPLE_FIELDS || SUBSCRIPT.test(path)) return true;
  if (HOST_FIELDS.has(path)) return known.hostIp === true && !allowWholeMaps;
  if (POD_IP_FIELDS.has(path)) return known.podIp === true && !allowWholeMaps;
  return allowWholeMaps && (path === "metadata.labels" || path === "metadata.annotations");
}

/** Resolves a downward-API `fieldRef.fieldPath`, formatting whole label/annotation maps like the kubelet. */
export function resolveFieldPath(pod: V1Pod, node: NodeFacts, path: string): Resolved {
  const simple = SIMPLE_FIELDS[path];
  if (simple) return { ok: true, value: simple(pod, node) ?? "" };
  // One address family on a virtual node: hostIPs is the same single address.
  if (HOST_FIELDS.has(path) && node.hostIp) return { ok: true, value: node.hostIp };
  // One IPv4 address per VNIC: podIPs is the same single address.
  if (POD_IP_FIELDS.has(path) && node.podIp) return { ok: true, value: node.podIp };
  const subscript = SUBSCRIPT.exec(path);
  if (subscript) {
    const map = subscript[1] === "labels" ? pod.metadata?.labels : pod.metadata?.annotations;
    return { ok: true, value: map?.[subscript[2] ?? ""] ?? "" };
  }
  if (path === "metadata.labels") return { ok: true, value: formatMap(pod.metadata?.labels) };
  if (path === "metadata.annotations") return { ok: true, value: formatMap(pod.metadata?.annotations) };
  return { ok: false, message: `field path ${path} is not supported` };
}

/** `key="value"` lines sorted by key, values quoted Go-style, no trailing newline. */
export function formatMap(map: Readonly<Record<string, string>> | undefined): string {
  return Object.keys(map ?? {})
    .sort()
    .map((key) => `${key}=${goQuote(map?.[key] ?? "")}`)
    .join("\n");
}

function goQuote(value: string): string {
  const escapes: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r" };
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    out += escapes[ch] ?? (code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, "0")}` : ch);
  }
  return out + '"';
}

/**
 * Resolves a `resourceFieldRef` like the kubelet: the container's limit, or the whole instance when the
 * limit is unset (the instance is the "node allocatable" here); requests default to 0. The value is
 * divided by `divisor` (default 1) and rounded up.
 */
export function resolveResourceField(
  containers: readonly V1Container[],
  selector: V1ResourceFieldSelector,
  defaultContainer: string | undefined,
  capacity: InstanceCapacity,
): Resolved {
  const name = selector.containerName || defaultContainer;
  const container = containers.find((c) => c.name === name);
  if (container === undefined) return { ok: false, message: `container ${name ?? "(unnamed)"} not found` };
  const [kind, resource] = splitResource(selector.resource);
  if (kind === undefined || resource === undefined) {
    return { ok: false, message: `resource ${selector.resource} is not supported` };
  }
  const divisor = parseQuantity(selector.divisor ?? "1");
  if (divisor === undefined || divisor.num <= 0n) {
    return { ok: false, message: `divisor ${String(selector.divisor)} is not a positive quantity` };
  }
  const given = container.resources?.[kind]?.[resource];
  const quantity = given === undefined ? undefined : parseQuantity(given);
  if (given !== undefined && quantity === undefined)
    return { ok: false, message: `"${given}" is not a quantity` };

  if (resource === "cpu") {
    const milli = quantity ? toMilli(quantity) : kind === "limits" ? capacity.milliCpu : 0n;
    return { ok: true, value: String(ceilDiv(milli, toMilli(divisor))) };
  }
  const fallback = resource === "memory" ? capacity.memoryBytes : capacity.ephemeralStorageBytes;
  const units = quantity ? toUnits(quantity) : kind === "limits" ? fallback : 0n;
  return { ok: true, value: String(ceilDiv(units, toUnits(divisor))) };
}

/** Whether any container's environment names the pod's own address (`status.podIP` / `status.podIPs`). */
export function wantsPodIp(pod: V1Pod): boolean {
  return (pod.spec?.containers ?? []).some((container) =>
    (container.env ?? []).some((variable) =>
      POD_IP_FIELDS.has(variable.valueFrom?.fieldRef?.fieldPath ?? ""),
    ),
  );
}

function splitResource(resource: string): ["limits" | "requests" | undefined, string | undefined] {
  const match = /^(limits|requests)\.(cpu|memory|ephemeral-storage)$/.exec(resource);
  return match ? [match[1] as "limits" | "requests", match[2]] : [undefined, undefined];
}
