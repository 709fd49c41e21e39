/**
 * The VCN for a virtual-node OKE cluster: regional subnets for the API endpoint, system
 * capacity (virtual nodes), pods (Container Instances) and load balancers; internet, NAT
 * and service gateways; route tables; and network security groups with the rules OKE
 * needs plus those of our pods and the kubelet-API load balancer.
 */
import { Construct } from "constructs";
import { Fn, TerraformIterator } from "cdktf";
import { CoreInternetGateway } from "../.gen/providers/oci/core-internet-gateway/index.js";
import { CoreNatGateway } from "../.gen/providers/oci/core-nat-gateway/index.js";
import { CoreNetworkSecurityGroup } from "../.gen/providers/oci/core-network-security-group/index.js";
import { CoreNetworkSecurityGroupSecurityRule } from "../.gen/providers/oci/core-network-security-group-security-rule/index.js";
import { CoreRouteTable } from "../.gen/providers/oci/core-route-table/index.js";
import { CoreServiceGateway } from "../.gen/providers/oci/core-service-gateway/index.js";
import { CoreSubnet } from "../.gen/providers/oci/core-subnet/index.js";
import { CoreVcn } from "../.gen/providers/oci/core-vcn/index.js";
import { DataOciCoreServices } from "../.gen/providers/oci/data-oci-core-services/index.js";
import {
  type Cidr,
  cidrSubnet,
  contains,
  fail,
  isLiteral,
  overlaps,
  parseCidr,
  requireOcid,
} from "./validation.ts";
import { NSG_RULES, type NsgRole, type NsgRule } from "./nsg-rules.ts";

export { PORTS } from "./nsg-rules.ts";

/** How each subnet is carved from the VCN block by default: [newbits, netnum]. */
export const DEFAULT_SUBNET_LAYOUT = {
  endpoint: [12, 0],
  loadBalancers: [8, 1],
  system: [4, 1],
  pods: [2, 1],
} as const;

export interface NetworkProps {
  /** OCID of the compartment that holds the network. */
  readonly compartmentId: string;
  /**
   * IPv4 block of the VCN; subnets are carved from it unless given.
   * @default "10.0.0.0/16"
   */
  readonly vcnCidr?: string;
  /**
   * Prefix for display names and the VCN DNS label.
   * @default "oke-vn"
   */
  readonly namePrefix?: string;
  /**
   * Subnet of the Kubernetes API endpoint.
   * @default - cidrsubnet(vcnCidr, 12, 0), a /28 for a /16 VCN
   */
  readonly endpointSubnetCidr?: string;
  /**
   * Subnet of the load balancers (public when `publicLoadBalancers`).
   * @default - cidrsubnet(vcnCidr, 8, 1), a /24 for a /16 VCN
   */
  readonly loadBalancerSubnetCidr?: string;
  /**
   * Subnet of the virtual nodes (system capacity).
   * @default - cidrsubnet(vcnCidr, 4, 1), a /20 for a /16 VCN
   */
  readonly systemSubnetCidr?: string;
  /**
   * Subnet of the pods: every pod is one Container Instance with one VNIC here.
   * @default - cidrsubnet(vcnCidr, 2, 1), a /18 for a /16 VCN
   */
  readonly podSubnetCidr?: string;
  /**
   * Put the API endpoint in a public subnet with a public IP.
   * @default true
   */
  readonly publicEndpoint?: boolean;
  /**
   * CIDR blocks allowed to reach the API endpoint on 6443 from outside the VCN.
   * @default - none: only the VCN's own NSGs can reach it
   */
  readonly endpointAllowedCidrs?: readonly string[];
  /**
   * Make the load-balancer subnet public (internet-facing Services).
   * @default true
   */
  readonly publicLoadBalancers?: boolean;
  /**
   * Bring your own VCN: create only NSGs in it and use the given subnet IDs. Requires
   * all four `existing*SubnetId` props.
   * @default - a new VCN is created
   */
  readonly existingVcnId?: string;
  /** @default - created */
  readonly existingEndpointSubnetId?: string;
  /** @default - created */
  readonly existingLoadBalancerSubnetId?: string;
  /** @default - created */
  readonly existingSystemSubnetId?: string;
  /** @default - created */
  readonly existingPodSubnetId?: string;
}

type Role = "endpoint" | "loadBalancers" | "system" | "pods";

/** `flag ? a : b`, at synth time for a literal flag, else as a Terraform conditional. */
export function choose<T>(flag: boolean, a: T, b: T): T {
  if (typeof flag === "boolean") return flag ? a : b;
  return Fn.conditional(flag, a, b) as T;
}

export class Network extends Construct {
  public readonly vcnId: string;
  public readonly endpointSubnetId: string;
  public readonly loadBalancerSubnetId: string;
  public readonly systemSubnetId: string;
  public readonly podSubnetId: string;
  public readonly endpointNsgId: string;
  public readonly systemNsgId: string;
  public readonly podNsgId: string;
  public readonly loadBalancerNsgId: string;
  /** A boolean, or a Terraform boolean token when the choice is a variable. */
  public readonly publicEndpoint: boolean;
  /** Every subnet this construct created, by role (empty when bringing your own). */
  public readonly subnets: Readonly<Partial<Record<Role, CoreSubnet>>>;
  /** Every security rule, for dependency wiring and inspection. */
  public readonly rules: CoreNetworkSecurityGroupSecurityRule[] = [];

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const where = this.node.path;
    requireOcid(where, "compartmentId", props.compartmentId, ["compartment", "tenancy"]);
    const prefix = props.namePrefix ?? "oke-vn";
    if (isLiteral(prefix) && !/^[a-z][a-z0-9-]{0,30}$/.test(prefix)) {
      fail(
        where,
        `'namePrefix' must be 1-31 lowercase letters, digits or dashes starting with a letter, got "${prefix}"`,
      );
    }
    this.publicEndpoint = props.publicEndpoint ?? true;
    const publicLbs = props.publicLoadBalancers ?? true;
    const compartmentId = props.compartmentId;
    const allowed = props.endpointAllowedCidrs ?? [];
    if (isLiteral(allowed)) {
      for (const cidr of allowed) {
        const parsed = parseCidr(`${where} endpointAllowedCidrs`, cidr);
        if (parsed.prefix === 0)
          fail(
            where,
            "'endpointAllowedCidrs' must not contain 0.0.0.0/0: list the networks that need the API",
          );
      }
    }

    const byo = [
      props.existingEndpointSubnetId,
      props.existingLoadBalancerSubnetId,
      props.existingSystemSubnetId,
      props.existingPodSubnetId,
    ];
    if (props.existingVcnId === undefined && byo.some((s) => s !== undefined)) {
      fail(where, "existing subnet IDs need 'existingVcnId' as well (bring-your-own network)");
    }

    const services = new DataOciCoreServices(this, "osn", {
      filter: [{ name: "name", values: ["All .* Services In Oracle Services Network"], regex: true }],
    });
    const osn = services.services.get(0);
    let vcnId: string;
    const subnets: Partial<Record<Role, CoreSubnet>> = {};
    if (props.existingVcnId !== undefined) {
      requireOcid(where, "existingVcnId", props.existingVcnId, ["vcn"]);
      const names = [
        "existingEndpointSubnetId",
        "existingLoadBalancerSubnetId",
        "existingSystemSubnetId",
        "existingPodSubnetId",
      ];
      byo.forEach((subnet, i) => requireOcid(where, names[i] ?? "", subnet, ["subnet"]));
      vcnId = props.existingVcnId;
      this.endpointSubnetId = props.existingEndpointSubnetId ?? "";
      this.loadBalancerSubnetId = props.existingLoadBalancerSubnetId ?? "";
      this.systemSubnetId = props.existingSystemSubnetId ?? "";
      this.podSubnetId = props.existingPodSubnetId ?? "";
    } else {
      const vcnCidr = props.vcnCidr ?? "10.0.0.0/16";
      const cidrs = this.layout(vcnCidr, props);
      const vcn = new CoreVcn(this, "vcn", {
        compartmentId,
        cidrBlocks: [vcnCidr],
        displayName: `${prefix}-vcn`,
        dnsLabel: "okevn",
      });
      vcnId = vcn.id;
      const needIgw = this.publicEndpoint !== false || publicLbs !== false;
      const igw = needIgw
        ? new CoreInternetGateway(this, "igw", {
            compartmentId,
            vcnId,
            displayName: `${prefix}-igw`,
            enabled: true,
          })
        : undefined;
      const nat = new CoreNatGateway(this, "nat", { compartmentId, vcnId, displayName: `${prefix}-nat` });
      const sgw = new CoreServiceGateway(this, "sgw", {
        compartmentId,
        vcnId,
        displayName: `${prefix}-sgw`,
        services: [{ serviceId: osn.id }],
      });
      const privateRt = new CoreRouteTable(this, "private-rt", {
        compartmentId,
        vcnId,
        displayName: `${prefix}-private`,
        routeRules: [
          {
            destination: "0.0.0.0/0",
            destinationType: "CIDR_BLOCK",
            networkEntityId: nat.id,
            description: "internet through NAT",
          },
          {
            destination: osn.cidrBlock,
            destinationType: "SERVICE_CIDR_BLOCK",
            networkEntityId: sgw.id,
            description: "Oracle Services Network",
          },
        ],
      });
      const publicRt = igw
        ? new CoreRouteTable(this, "public-rt", {
            compartmentId,
            vcnId,
            displayName: `${prefix}-public`,
            routeRules: [
              {
                destination: "0.0.0.0/0",
                destinationType: "CIDR_BLOCK",
                networkEntityId: igw.id,
                description: "internet",
              },
            ],
          })
        : undefined;
      const subnet = (role: Role, label: string, isPublic: boolean): CoreSubnet => {
        const routeTableId = publicRt ? choose(isPublic, publicRt.id, privateRt.id) : privateRt.id;
        const isPrivate = choose(isPublic, false, true);
        const created = new CoreSubnet(this, `${label}-subnet`, {
          compartmentId,
          vcnId,
          cidrBlock: cidrs[role],
          displayName: `${prefix}-${label}`,
          dnsLabel: label,
          prohibitPublicIpOnVnic: isPrivate,
          prohibitInternetIngress: isPrivate,
          routeTableId,
        });
        subnets[role] = created;
        return created;
      };
      this.endpointSubnetId = subnet("endpoint", "api", this.publicEndpoint).id;
      this.loadBalancerSubnetId = subnet("loadBalancers", "lb", publicLbs).id;
      this.systemSubnetId = subnet("system", "nodes", false).id;
      this.podSubnetId = subnet("pods", "pods", false).id;
    }
    this.vcnId = vcnId;
    this.subnets = subnets;

    const nsg = (name: string): string =>
      new CoreNetworkSecurityGroup(this, `${name}-nsg`, {
        compartmentId,
        vcnId,
        displayName: `${prefix}-${name}`,
      }).id;
    this.endpointNsgId = nsg("api");
    this.systemNsgId = nsg("nodes");
    this.podNsgId = nsg("pods");
    this.loadBalancerNsgId = nsg("lb");
    this.addRules(props.endpointAllowedCidrs ?? [], osn.cidrBlock);
  }

  private layout(vcnCidr: string, props: NetworkProps): Record<Role, string> {
    const where = this.node.path;
    const given: Record<Role, string | undefined> = {
      endpoint: props.endpointSubnetCidr,
      loadBalancers: props.loadBalancerSubnetCidr,
      system: props.systemSubnetCidr,
      pods: props.podSubnetCidr,
    };
    const literal = isLiteral(vcnCidr);
    const vcn = literal ? parseCidr(`${where} vcnCidr`, vcnCidr) : undefined;
    if (vcn && (vcn.prefix < 16 || vcn.prefix > 30) && Object.values(given).some((c) => c === undefined)) {
      if (vcn.prefix > 16)
        fail(
          where,
          `'vcnCidr' ${vcnCidr} is too small for the default subnet layout: use a /16 or larger, or give every subnet CIDR`,
        );
    }
    if (vcn && vcn.prefix < 16)
      fail(where, `'vcnCidr' ${vcnCidr} is larger than OCI allows for one VCN CIDR block (/16)`);
    const out = {} as Record<Role, string>;
    const parsed: [Role, Cidr][] = [];
    for (const role of Object.keys(DEFAULT_SUBNET_LAYOUT) as Role[]) {
      const [newBits, netNum] = DEFAULT_SUBNET_LAYOUT[role];
      const value =
        given[role] ??
        (literal
          ? cidrSubnet(`${where} ${role}`, vcnCidr, newBits, netNum)
          : Fn.cidrsubnet(vcnCidr, newBits, netNum));
      out[role] = value;
      if (vcn && isLiteral(value)) {
        const c = parseCidr(`${where} ${role} subnet`, value);
        if (!contains(vcn, c)) fail(where, `the ${role} subnet ${value} is outside the VCN ${vcnCidr}`);
        if (c.prefix > 30) fail(where, `the ${role} subnet ${value} is smaller than OCI's minimum /30`);
        parsed.push([role, c]);
      }
    }
    for (let i = 0; i < parsed.length; i++) {
      for (let j = i + 1; j < parsed.length; j++) {
        const [ra, a] = parsed[i]!;
        const [rb, b] = parsed[j]!;
        if (overlaps(a, b)) fail(where, `the ${ra} subnet ${a.text} overlaps the ${rb} subnet ${b.text}`);
      }
    }
    return out;
  }

  /** One row of the table per resource; `allowedCidrs` rows become one per CIDR (for_each for a variable). */
  private addRules(allowedCidrs: readonly string[], osn: string): void {
    const ids: Record<NsgRole, string> = {
      api: this.endpointNsgId,
      nodes: this.systemNsgId,
      pods: this.podNsgId,
      lb: this.loadBalancerNsgId,
    };
    for (const rule of NSG_RULES) {
      if (rule.peer === "oracleServices") this.addRule(rule, ids, osn, "SERVICE_CIDR_BLOCK");
      else if (rule.peer === "internet") this.addRule(rule, ids, "0.0.0.0/0", "CIDR_BLOCK");
      else if (rule.peer !== "allowedCidrs")
        this.addRule(rule, ids, ids[rule.peer], "NETWORK_SECURITY_GROUP");
      else if (isLiteral(allowedCidrs)) {
        allowedCidrs.forEach((cidr, i) => {
          const description = rule.description.replace(/ cidrs$/, ` cidr ${i}`);
          this.addRule({ ...rule, description }, ids, cidr, "CIDR_BLOCK");
        });
      } else {
        // A Terraform list (variable): one rule per element with for_each.
        const each = TerraformIterator.fromList(allowedCidrs as string[]);
        this.addRule(rule, ids, each.value as string, "CIDR_BLOCK", each);
      }
    }
  }

  private addRule(
    rule: NsgRule,
    ids: Record<NsgRole, string>,
    peer: string,
    peerType: "CIDR_BLOCK" | "SERVICE_CIDR_BLOCK" | "NETWORK_SECURITY_GROUP",
    forEach?: TerraformIterator,
  ): void {
    const { direction, protocol, ports, description } = rule;
    const ends =
      direction === "INGRESS"
        ? { source: peer, sourceType: peerType }
        : { destination: peer, destinationType: peerType };
    const range = ports ? { destinationPortRange: { min: ports[0], max: ports[1] } } : undefined;
    const id = description
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    this.rules.push(
      new CoreNetworkSecurityGroupSecurityRule(this, id, {
        ...(forEach ? { forEach } : {}),
        networkSecurityGroupId: ids[rule.nsg],
        direction,
        protocol,
        description,
        stateless: false,
        ...ends,
        ...(range && protocol === "6" ? { tcpOptions: range } : {}),
        ...(range && protocol === "17" ? { udpOptions: range } : {}),
        ...(protocol === "1" ? { icmpOptions: { type: 3, code: 4 } } : {}),
      }),
    );
  }
}
