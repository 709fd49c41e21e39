import type { models } from "oci-containerinstances";
import type { NodeContext } from "./types.ts";

/** A minimal node context for tests that do not look at it. */
export const TEST_NODE: NodeContext = {
  clusterName: "c",
  nodeName: "n",
  compartmentId: "ocid1.compartment.oc1..x",
  availabilityDomain: "AD-1",
  subnetId: "ocid1.subnet.oc1..x",
  clusterDnsIp: "10.96.0.10",
  clusterDomain: "cluster.local",
};

/** Test fixtures: shapes as ListContainerInstanceShapes describes them (container-instance-shapes docs). */
export const E4_FLEX: models.ContainerInstanceShapeSummary = {
  name: "CI.Standard.E4.Flex",
  processorDescription: "2.55 GHz AMD EPYC™ 7J13 (Milan)",
  ocpuOptions: { min: 1, max: 64 },
  memoryOptions: {
    minInGBs: 1,
    maxInGBs: 1024,
    defaultPerOcpuInGBs: 16,
    minPerOcpuInGBs: 1,
    maxPerOcpuInGBs: 64,
  },
  networkingBandwidthOptions: { minInGbps: 1, maxInGbps: 40, defaultPerOcpuInGbps: 1 },
};

export const A1_FLEX: models.ContainerInstanceShapeSummary = {
  name: "CI.Standard.A1.Flex",
  processorDescription: "3.0 GHz Ampere® Altra™",
  ocpuOptions: { min: 1, max: 76 },
  memoryOptions: {
    minInGBs: 1,
    maxInGBs: 488,
    defaultPerOcpuInGBs: 6,
    minPerOcpuInGBs: 1,
    maxPerOcpuInGBs: 64,
  },
  networkingBandwidthOptions: { minInGbps: 1, maxInGbps: 40, defaultPerOcpuInGbps: 1 },
};
