/**
 * An OKE ENHANCED_CLUSTER with OCI_VCN_IP_NATIVE pod networking (required by virtual
 * node pools and by workload identity), its endpoint public and restricted to CIDRs
 * through the endpoint NSG, or private.
 */
import { Construct } from "constructs";
import { Fn } from "cdktf";
import { ContainerengineCluster } from "../.gen/providers/oci/containerengine-cluster/index.js";
import { type Network, choose } from "./network.ts";
import { fail, isLiteral, parseCidr, requireOcid } from "./validation.ts";

export interface ClusterProps {
  /** OCID of the compartment that holds the cluster. */
  readonly compartmentId: string;
  /** The network the cluster uses (its VCN, endpoint subnet and NSG, LB subnet). */
  readonly network: Network;
  /**
   * Cluster name.
   * @default "oke-virtual-nodes"
   */
  readonly name?: string;
  /**
   * Kubernetes version; virtual node pools need v1.25 or later.
   * @default "v1.34.2"
   */
  readonly kubernetesVersion?: string;
  /**
   * Cluster services CIDR (must not overlap the VCN).
   * @default "10.96.0.0/16"
   */
  readonly servicesCidr?: string;
  /**
   * Timeout for cluster create, update and delete, in minutes.
   * @default 60
   */
  readonly timeoutMinutes?: number;
}

export class Cluster extends Construct {
  public readonly resource: ContainerengineCluster;
  public readonly clusterId: string;
  public readonly name: string;
  public readonly publicEndpoint: boolean;
  /** https URL of the endpoint Terraform and the helm provider talk to. */
  public readonly endpointUrl: string;

  constructor(scope: Construct, id: string, props: ClusterProps) {
    super(scope, id);
    const where = this.node.path;
    requireOcid(where, "compartmentId", props.compartmentId, ["compartment", "tenancy"]);
    const name = props.name ?? "oke-virtual-nodes";
    if (isLiteral(name) && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/.test(name)) {
      fail(where, `'name' must be 1-255 letters, digits, '.', '_' or '-', got "${name}"`);
    }
    const version = props.kubernetesVersion ?? "v1.34.2";
    if (isLiteral(version)) {
      const m = /^v1\.(\d+)\.(\d+)$/.exec(version);
      if (!m) fail(where, `'kubernetesVersion' must look like v1.34.2, got "${version}"`);
      if (Number(m[1]) < 25)
        fail(where, `'kubernetesVersion' ${version} is too old: virtual node pools need v1.25 or later`);
    }
    const servicesCidr = props.servicesCidr ?? "10.96.0.0/16";
    if (isLiteral(servicesCidr)) parseCidr(`${where} servicesCidr`, servicesCidr);
    const timeoutMinutes = props.timeoutMinutes ?? 60;
    if (isLiteral(timeoutMinutes) && (!Number.isInteger(timeoutMinutes) || timeoutMinutes < 10)) {
      fail(where, `'timeoutMinutes' must be a whole number of at least 10, got ${timeoutMinutes}`);
    }
    const network = props.network;
    this.publicEndpoint = network.publicEndpoint;
    const timeout = `${timeoutMinutes}m`;
    this.resource = new ContainerengineCluster(this, "cluster", {
      compartmentId: props.compartmentId,
      name,
      kubernetesVersion: version,
      vcnId: network.vcnId,
      type: "ENHANCED_CLUSTER",
      clusterPodNetworkOptions: [{ cniType: "OCI_VCN_IP_NATIVE" }],
      endpointConfig: {
        subnetId: network.endpointSubnetId,
        isPublicIpEnabled: network.publicEndpoint,
        nsgIds: [network.endpointNsgId],
      },
      options: {
        serviceLbSubnetIds: [network.loadBalancerSubnetId],
        kubernetesNetworkConfig: { servicesCidr },
      },
      timeouts: { create: timeout, update: timeout, delete: timeout },
      lifecycle: { ignoreChanges: ["defined_tags"] },
    });
    // Subnets and every NSG rule must exist before the cluster, and go after it.
    this.resource.node.addDependency(network);
    this.clusterId = this.resource.id;
    this.name = name;
    const endpoints = this.resource.endpoints.get(0);
    const hostPort = choose(network.publicEndpoint, endpoints.publicEndpoint, endpoints.privateEndpoint);
    this.endpointUrl = Fn.join("", ["https://", hostPort]);
  }
}
