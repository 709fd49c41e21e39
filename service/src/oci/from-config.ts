/** The OCI side's settings derived from the ProviderConfig, shared by the provider and `--cleanup`. */
import type { ProviderConfig } from "../config/types.ts";
import type { NodeContext, TranslationDefaults } from "./translate/index.ts";
import type { OciClientOptions } from "./clients.ts";

export function ociClientOptions(config: ProviderConfig): OciClientOptions {
  const endpoints = Object.fromEntries(
    Object.entries(config.oci.endpoints).filter(([, url]) => url !== undefined),
  );
  return {
    auth: config.oci.auth,
    configFile: config.oci.configFile,
    profile: config.oci.profile,
    region: config.oci.region,
    endpoints,
  };
}

/** Where this node's pods run. `clusterDnsIp` and the node's address are resolved by the caller (they may need the apiserver). */
export function nodeContext(config: ProviderConfig, clusterDnsIp: string, hostIp?: string): NodeContext {
  return {
    clusterName: config.clusterName,
    nodeName: config.nodeName,
    ...(hostIp ? { hostIp } : {}),
    compartmentId: config.oci.compartmentId,
    availabilityDomain: config.node.availabilityDomain,
    ...(config.node.faultDomain ? { faultDomain: config.node.faultDomain } : {}),
    subnetId: config.oci.subnetId,
    nsgIds: config.oci.nsgIds,
    clusterDnsIp,
    clusterDomain: config.kubernetes.clusterDomain,
  };
}

/** Sizes for pods that request nothing. */
export function translationDefaults(config: ProviderConfig): TranslationDefaults {
  return { shapeName: config.oci.defaultShape, cpu: "1", memory: "2Gi" };
}
