/** oke-virtual-nodes infrastructure constructs (cdktf). */
export { Cluster, type ClusterProps } from "./cluster.ts";
export { Iam, type IamProps } from "./iam.ts";
export { DEFAULT_SUBNET_LAYOUT, Network, type NetworkProps, PORTS, choose } from "./network.ts";
export { DRAIN_SCRIPT, Release, type ReleaseProps } from "./release.ts";
export { FullClusterStack, type FullClusterStackProps, PROVIDER_CONSTRAINTS, VARIABLES } from "./stack.ts";
export { POD_SHAPES, SystemCapacity, type SystemCapacityProps } from "./system-capacity.ts";
export { ValidationError, cidrSubnet, parseCidr } from "./validation.ts";
