import type { V1Pod } from "@kubernetes/client-node";
import type { NodeContext, Report } from "./types.ts";

/** Freeform tag keys on every instance; adoption and garbage collection look instances up by them. */
export const TAG_CLUSTER = "okevn-cluster";
export const TAG_NODE = "okevn-node";
export const TAG_NAMESPACE = "okevn-namespace";
export const TAG_POD = "okevn-pod";
export const TAG_POD_UID = "okevn-pod-uid";
/**
 * The VNIC address the provider chose for the instance (`CreateContainerVnicDetails.privateIp`). A create
 * that succeeded got exactly that address, so List summaries (which carry tags but no VNICs) tell the pod
 * IP after a restart or a failover without GetContainerInstance and GetVnic.
 */
export const TAG_POD_IP = "okevn-pod-ip";

/**
 * Releases before 0.2 tagged instances `ovn-*` (read as Open Virtual Network by operators, hence the
 * rename). Instances that still carry those keys are adopted and collected like new ones.
 */
const LEGACY_PREFIX = "ovn-";
const PREFIX = "okevn-";

/** The owner recorded in an instance's freeform tags, under the current or the legacy keys. */
export interface OwnerTags {
  readonly cluster: string | undefined;
  readonly node: string | undefined;
  readonly namespace: string | undefined;
  readonly pod: string | undefined;
  readonly podUid: string | undefined;
  /** The address the provider chose for the VNIC, when it chose one (never under the legacy keys). */
  readonly podIp: string | undefined;
}

/** Reads the owner tags; the current keys win over the legacy ones when an instance carries both. */
export function readOwnerTags(tags: Readonly<Record<string, string>>): OwnerTags {
  const read = (key: string): string | undefined =>
    tags[key] ?? tags[LEGACY_PREFIX + key.slice(PREFIX.length)];
  return {
    cluster: read(TAG_CLUSTER),
    node: read(TAG_NODE),
    namespace: read(TAG_NAMESPACE),
    pod: read(TAG_POD),
    podUid: read(TAG_POD_UID),
    podIp: tags[TAG_POD_IP],
  };
}

/** OCI freeform tags: keys up to 100 characters, values up to 256. */
export const MAX_TAG_VALUE = 256;

/**
 * Tags naming the instance's owner, and the VNIC address when the provider chose it (`podIp`).
 * Kubernetes names always fit; an oversized cluster name is refused.
 */
export function instanceTags(
  pod: V1Pod,
  node: NodeContext,
  report: Report,
  podIp?: string,
): Record<string, string> {
  const tags: Record<string, string> = {
    [TAG_CLUSTER]: node.clusterName,
    [TAG_NODE]: node.nodeName,
    [TAG_NAMESPACE]: pod.metadata?.namespace ?? "",
    [TAG_POD]: pod.metadata?.name ?? "",
    [TAG_POD_UID]: pod.metadata?.uid ?? "",
    ...(podIp ? { [TAG_POD_IP]: podIp } : {}),
  };
  const fields: Record<string, string> = {
    [TAG_NAMESPACE]: "metadata.namespace",
    [TAG_POD]: "metadata.name",
    [TAG_POD_UID]: "metadata.uid",
  };
  for (const [key, value] of Object.entries(tags)) {
    // Cluster and node names come from the configuration, not from the pod.
    const field = fields[key] ?? "(configuration)";
    if (value === "") report.invalid(field, `cannot tag the instance: ${key} would be empty`);
    else if (value.length > MAX_TAG_VALUE) {
      report.invalid(field, `cannot tag the instance: ${key} is longer than ${MAX_TAG_VALUE} characters`);
    }
  }
  return tags;
}

/** OCI display names are at most 255 characters. */
export function displayName(pod: V1Pod): string {
  return `${pod.metadata?.namespace ?? ""}-${pod.metadata?.name ?? ""}`.slice(0, 255);
}
