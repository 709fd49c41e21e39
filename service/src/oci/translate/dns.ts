import type { V1Pod } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import type { NodeContext, Report } from "./types.ts";

/** Kubernetes limits (kubelet): 3 nameservers, 32 search domains of at most 2048 characters in total. */
export const MAX_NAMESERVERS = 3;
export const MAX_SEARCHES = 32;
export const MAX_SEARCH_CHARS = 2048;

/** The VCN resolver, used for `dnsPolicy: Default` when no host resolvers are configured. */
export const VCN_RESOLVER = "169.254.169.254";

/**
 * `ClusterFirst` (and `ClusterFirstWithHostNet`, as the pod never uses the host network): the cluster
 * DNS Service, search paths `<ns>.svc.<domain> svc.<domain> <domain>`, `ndots:5`.
 * `Default`: the subnet's DHCP options (no dnsConfig) unless the pod adds `dnsConfig`, which is then
 * merged onto the configured host resolvers. `None`: only the pod's `dnsConfig`.
 * `dnsConfig` nameservers and searches are appended without duplicates; options override by name.
 * Like the kubelet, nameservers beyond 3 and search domains beyond 32 (or 2048 characters) are
 * dropped with a warning.
 */
export function dnsConfig(
  pod: V1Pod,
  node: NodeContext,
  report: Report,
): models.CreateContainerDnsConfigDetails | undefined {
  const policy = pod.spec?.dnsPolicy ?? "ClusterFirst";
  const extra = pod.spec?.dnsConfig;
  let base: { nameservers: string[]; searches: string[]; options: string[] };
  switch (policy) {
    case "ClusterFirst":
    case "ClusterFirstWithHostNet": {
      const ns = pod.metadata?.namespace ?? "default";
      const domain = node.clusterDomain;
      base = {
        nameservers: [node.clusterDnsIp],
        searches: [`${ns}.svc.${domain}`, `svc.${domain}`, domain],
        options: ["ndots:5"],
      };
      break;
    }
    case "Default":
      if (extra === undefined) return undefined;
      base = {
        nameservers: [...(node.hostDns?.nameservers ?? [VCN_RESOLVER])],
        searches: [...(node.hostDns?.searches ?? [])],
        options: [],
      };
      break;
    case "None":
      base = { nameservers: [], searches: [], options: [] };
      break;
    default:
      report.invalid("spec.dnsPolicy", `unknown dnsPolicy ${policy}`);
      return undefined;
  }

  let nameservers = unique([...base.nameservers, ...(extra?.nameservers ?? [])]);
  let searches = unique([...base.searches, ...(extra?.searches ?? [])]);
  const options = mergeOptions(base.options, extra?.options ?? []);
  if (nameservers.length === 0)
    report.invalid("spec.dnsConfig.nameservers", `dnsPolicy ${policy} needs at least one nameserver`);
  if (nameservers.length > MAX_NAMESERVERS) {
    report.warn(
      "spec.dnsConfig.nameservers",
      "DNSConfigForming",
      `nameserver limit exceeded; kept ${nameservers.slice(0, MAX_NAMESERVERS).join(" ")}, omitted ${nameservers.slice(MAX_NAMESERVERS).join(" ")}`,
    );
    nameservers = nameservers.slice(0, MAX_NAMESERVERS);
  }
  const kept = fitSearches(searches);
  if (kept.length < searches.length) {
    report.warn(
      "spec.dnsConfig.searches",
      "DNSConfigForming",
      `search line limits exceeded; omitted ${searches.slice(kept.length).join(" ")}`,
    );
    searches = kept;
  }
  return {
    nameservers,
    ...(searches.length > 0 ? { searches } : {}),
    ...(options.length > 0 ? { options } : {}),
  };
}

/** The longest prefix within kubelet's limits on the number and total length of search domains. */
function fitSearches(searches: readonly string[]): string[] {
  const kept: string[] = [];
  let length = 0;
  for (const search of searches) {
    const next = length + search.length + (kept.length > 0 ? 1 : 0);
    if (kept.length >= MAX_SEARCHES || next > MAX_SEARCH_CHARS) break;
    kept.push(search);
    length = next;
  }
  return kept;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Options in resolv.conf form (`ndots:2`, `edns0`); a pod option replaces the default of the same name. */
function mergeOptions(
  base: readonly string[],
  extra: readonly { name?: string; value?: string }[],
): string[] {
  const merged = new Map<string, string>();
  for (const option of base) merged.set(option.split(":")[0] ?? option, option);
  for (const { name, value } of extra) {
    if (!name) continue;
    merged.set(name, value !== undefined && value !== "" ? `${name}:${value}` : name);
  }
  return [...merged.values()];
}
