/**
 * The security rules of the four network security groups, as a table: what OKE needs
 * between the API endpoint and the virtual nodes (oke-iac reference §1.3), plus what our
 * pods (one Container Instance each) and the load balancer in front of the kubelet API need.
 * `Network` turns each row into one `oci_core_network_security_group_security_rule`, in this
 * order; the description also names the Terraform resource.
 */

/** Ports OKE and our pods use (oke-iac reference §1.3). */
export const PORTS = {
  apiServer: 6443,
  controlPlane: 12250,
  kubelet: 10250,
  lbHealth: 10256,
  nodePortMin: 30000,
  nodePortMax: 32767,
} as const;

/** The groups: API endpoint, virtual nodes (system capacity), pods, load balancers. */
export type NsgRole = "api" | "nodes" | "pods" | "lb";

/**
 * The other side of a rule: another group, the Oracle Services Network, the internet, or
 * each CIDR of `endpointAllowedCidrs` (one rule per CIDR).
 */
export type NsgPeer = NsgRole | "oracleServices" | "internet" | "allowedCidrs";

export interface NsgRule {
  readonly nsg: NsgRole;
  readonly direction: "INGRESS" | "EGRESS";
  /** OCI protocol numbers: ICMP 1, TCP 6, UDP 17. ICMP rules allow path MTU discovery (type 3 code 4). */
  readonly protocol: "all" | "1" | "6" | "17";
  readonly peer: NsgPeer;
  /** Destination port range for TCP and UDP; all ports when absent. */
  readonly ports?: readonly [number, number];
  readonly description: string;
}

const { apiServer, controlPlane, kubelet, lbHealth, nodePortMin, nodePortMax } = PORTS;
const port = (p: number): readonly [number, number] => [p, p];
const nodePorts = [nodePortMin, nodePortMax] as const;

type Row = [NsgRule["direction"], NsgRule["protocol"], NsgPeer, NsgRule["ports"], string];

/** The rows of one group: [direction, protocol, peer, ports, description]. */
function group(nsg: NsgRole, rows: readonly Row[]): NsgRule[] {
  return rows.map(([direction, protocol, peer, ports, description]) => ({
    nsg,
    direction,
    protocol,
    peer,
    ...(ports ? { ports } : {}),
    description,
  }));
}

export const NSG_RULES: readonly NsgRule[] = [
  // API endpoint (control plane side).
  ...group("api", [
    ["INGRESS", "6", "nodes", port(apiServer), "api ingress 6443 from nodes"],
    ["INGRESS", "6", "nodes", port(controlPlane), "api ingress 12250 from nodes"],
    ["INGRESS", "6", "pods", port(apiServer), "api ingress 6443 from pods"],
    ["INGRESS", "6", "pods", port(controlPlane), "api ingress 12250 from pods"],
    ["INGRESS", "1", "nodes", undefined, "api ingress path discovery from nodes"],
    ["INGRESS", "6", "allowedCidrs", port(apiServer), "api ingress 6443 from allowed cidrs"],
    ["EGRESS", "6", "oracleServices", undefined, "api egress to oracle services"],
    ["EGRESS", "6", "nodes", port(kubelet), "api egress 10250 to nodes"],
    ["EGRESS", "6", "nodes", port(controlPlane), "api egress 12250 to nodes"],
    ["EGRESS", "6", "lb", port(kubelet), "api egress 10250 to kubelet api load balancer"],
    ["EGRESS", "6", "pods", undefined, "api egress to pods for webhooks"],
    ["EGRESS", "1", "nodes", undefined, "api egress path discovery to nodes"],
  ]),
  // Virtual nodes (system capacity).
  ...group("nodes", [
    ["EGRESS", "6", "api", port(apiServer), "nodes egress 6443 to api"],
    ["EGRESS", "6", "api", port(controlPlane), "nodes egress 12250 to api"],
    ["EGRESS", "6", "oracleServices", undefined, "nodes egress to oracle services"],
    ["EGRESS", "all", "internet", undefined, "nodes egress to internet"],
    ["INGRESS", "all", "api", undefined, "nodes ingress from api"],
    ["INGRESS", "all", "nodes", undefined, "nodes ingress from nodes"],
    ["INGRESS", "all", "pods", undefined, "nodes ingress from pods"],
    ["INGRESS", "6", "lb", nodePorts, "nodes ingress node ports from lb"],
    ["INGRESS", "6", "lb", port(lbHealth), "nodes ingress 10256 from lb"],
  ]),
  // Pods (one Container Instance each), including the virtual-kubelet's kubelet API.
  ...group("pods", [
    ["EGRESS", "6", "api", port(apiServer), "pods egress 6443 to api"],
    ["EGRESS", "6", "api", port(controlPlane), "pods egress 12250 to api"],
    ["EGRESS", "6", "oracleServices", undefined, "pods egress to oracle services"],
    ["EGRESS", "all", "internet", undefined, "pods egress to internet"],
    ["INGRESS", "all", "api", undefined, "pods ingress from api"],
    ["INGRESS", "6", "api", port(kubelet), "pods ingress 10250 from api"],
    ["INGRESS", "6", "lb", port(kubelet), "pods ingress 10250 from kubelet api load balancer"],
    ["INGRESS", "all", "pods", undefined, "pods ingress from pods"],
    ["INGRESS", "all", "nodes", undefined, "pods ingress from nodes"],
    ["INGRESS", "all", "lb", undefined, "pods ingress from lb"],
  ]),
  // Load balancers, including the internal one in front of the kubelet API (10250).
  ...group("lb", [
    ["INGRESS", "6", "api", port(kubelet), "lb ingress 10250 from api"],
    ["EGRESS", "6", "pods", port(kubelet), "lb egress 10250 to pods"],
    ["EGRESS", "all", "pods", undefined, "lb egress to pods"],
    ["EGRESS", "6", "nodes", nodePorts, "lb egress node ports to nodes"],
    ["EGRESS", "6", "nodes", port(lbHealth), "lb egress 10256 to nodes"],
  ]),
];
