import type { V1Pod } from "@kubernetes/client-node";
import type { NodeContext, Report } from "./types.ts";

/** Freeform tag keys on every instance; adoption and garbage collection look instances up by them. */
export const TAG_CLUSTER = "ovn-cluster";
export const TAG_NODE = "ovn-node";
export const TAG_NAMESPACE = "ovn-namespace";
export const TAG_POD = "ovn-pod";
export const TAG_POD_UID = "ovn-pod-uid";

/** OCI freeform tags: keys up to 100 characters, values up to 256. */
export const MAX_TAG_VALUE = 256;

/** Tags naming the instance's owner. Kubernetes names always fit; an oversized cluster name is refused. */
export function instanceTags(pod: V1Pod, node: NodeContext, report: Report): Record<string, string> {
  const tags: Record<string, string> = {
    [TAG_CLUSTER]: node.clusterName,
    [TAG_NODE]: node.nodeName,
    [TAG_NAMESPACE]: pod.metadata?.namespace ?? "",
    [TAG_POD]: pod.metadata?.name ?? "",
    [TAG_POD_UID]: pod.metadata?.uid ?? "",
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
