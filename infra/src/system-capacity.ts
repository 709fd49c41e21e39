/**
 * System capacity for the provider itself and cluster add-ons (CoreDNS): an OKE managed
 * virtual node pool. It keeps the cluster host-free — no compute instances to patch, pay
 * for while idle, or drain — and its pods run on the same Pod.Standard shapes as
 * Container Instances. A managed node pool (compute instances) is the alternative when
 * add-ons need DaemonSets or host access; see docs/infra.md.
 */
import { Construct } from "constructs";
import { TerraformIterator, Token } from "cdktf";
import { ContainerengineVirtualNodePool } from "../.gen/providers/oci/containerengine-virtual-node-pool/index.js";
import { DataOciIdentityAvailabilityDomains } from "../.gen/providers/oci/data-oci-identity-availability-domains/index.js";
import type { Cluster } from "./cluster.ts";
import type { Network } from "./network.ts";
import { fail, isLiteral, requireOcid } from "./validation.ts";

/** The pod shapes OKE virtual node pools accept. */
export const POD_SHAPES = ["Pod.Standard.E3.Flex", "Pod.Standard.E4.Flex", "Pod.Standard.A1.Flex"] as const;

export interface SystemCapacityProps {
  readonly compartmentId: string;
  /** Needed for the availability-domain lookup (any compartment of the tenancy works). */
  readonly tenancyId: string;
  readonly cluster: Cluster;
  readonly network: Network;
  /**
   * Number of virtual nodes.
   * @default 1
   */
  readonly size?: number;
  /**
   * Shape of the pods the pool runs; one of POD_SHAPES.
   * @default "Pod.Standard.E4.Flex"
   */
  readonly podShape?: string;
  /**
   * Availability domain index (0-based) in the region's list.
   * @default 0
   */
  readonly availabilityDomainIndex?: number;
  /**
   * Fault domains to spread the virtual nodes over.
   * @default ["FAULT-DOMAIN-1", "FAULT-DOMAIN-2", "FAULT-DOMAIN-3"]
   */
  readonly faultDomains?: readonly string[];
  /**
   * Pool display name.
   * @default "system"
   */
  readonly name?: string;
}

export class SystemCapacity extends Construct {
  public readonly pool: ContainerengineVirtualNodePool;
  /** The availability domain of the pool. */
  public readonly availabilityDomain: string;
  /** Names of every availability domain of the region (a Terraform list). */
  public readonly availabilityDomains: string[];

  constructor(scope: Construct, id: string, props: SystemCapacityProps) {
    super(scope, id);
    const where = this.node.path;
    requireOcid(where, "compartmentId", props.compartmentId, ["compartment", "tenancy"]);
    requireOcid(where, "tenancyId", props.tenancyId, ["tenancy"]);
    const size = props.size ?? 1;
    if (isLiteral(size) && (!Number.isInteger(size) || size < 1 || size > 1000)) {
      fail(where, `'size' must be a whole number between 1 and 1000, got ${size}`);
    }
    const shape = props.podShape ?? "Pod.Standard.E4.Flex";
    if (isLiteral(shape) && !(POD_SHAPES as readonly string[]).includes(shape)) {
      fail(
        where,
        `'podShape' "${shape}" is not a virtual-node pod shape: use one of ${POD_SHAPES.join(", ")}`,
      );
    }
    const faultDomains = props.faultDomains ?? ["FAULT-DOMAIN-1", "FAULT-DOMAIN-2", "FAULT-DOMAIN-3"];
    if (isLiteral(faultDomains)) {
      if (faultDomains.length === 0) fail(where, "'faultDomains' must name at least one fault domain");
      for (const fd of faultDomains) {
        if (!/^FAULT-DOMAIN-[1-3]$/.test(fd))
          fail(where, `'faultDomains' entry "${fd}" is not FAULT-DOMAIN-1, -2 or -3`);
      }
    }
    const adIndex = props.availabilityDomainIndex ?? 0;
    const ads = new DataOciIdentityAvailabilityDomains(this, "ads", { compartmentId: props.tenancyId });
    this.availabilityDomain = ads.availabilityDomains.get(adIndex).name;
    this.availabilityDomains = Token.asList(
      TerraformIterator.fromComplexList(ads.availabilityDomains, "name").pluckProperty("name"),
    );
    this.pool = new ContainerengineVirtualNodePool(this, "pool", {
      clusterId: props.cluster.clusterId,
      compartmentId: props.compartmentId,
      displayName: props.name ?? "system",
      size,
      nsgIds: [props.network.systemNsgId],
      placementConfigurations: [
        {
          availabilityDomain: this.availabilityDomain,
          faultDomain: [...faultDomains],
          subnetId: props.network.systemSubnetId,
        },
      ],
      podConfiguration: { shape, subnetId: props.network.podSubnetId, nsgIds: [props.network.podNsgId] },
      initialVirtualNodeLabels: [{ key: "oke-virtual-nodes.io/pool", value: "system" }],
      timeouts: { create: "30m", update: "30m", delete: "30m" },
      lifecycle: { ignoreChanges: ["placement_configurations", "defined_tags"] },
    });
  }
}
