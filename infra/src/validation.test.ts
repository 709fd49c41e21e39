import { Testing, TerraformStack } from "cdktf";
import { describe, expect, it } from "vitest";
import { OciProvider } from "../.gen/providers/oci/provider/index.js";
import { Cluster } from "./cluster.ts";
import { Iam } from "./iam.ts";
import { Network, type NetworkProps } from "./network.ts";
import { Release, type ReleaseProps } from "./release.ts";
import { SystemCapacity, type SystemCapacityProps } from "./system-capacity.ts";
import { ValidationError, cidrSubnet } from "./validation.ts";

const COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaaexample";
const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexample";

function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app(), "test");
  new OciProvider(s, "oci", { region: "eu-frankfurt-1" });
  return s;
}

function network(props: Partial<NetworkProps> = {}): Network {
  return new Network(stack(), "network", { compartmentId: COMPARTMENT, ...props });
}

function everything(
  systemProps: Partial<SystemCapacityProps> = {},
  region = "eu-frankfurt-1",
  releaseProps: Partial<ReleaseProps> = {},
) {
  const s = stack();
  const net = new Network(s, "network", { compartmentId: COMPARTMENT });
  const cluster = new Cluster(s, "cluster", { compartmentId: COMPARTMENT, network: net });
  const system = new SystemCapacity(s, "system", {
    compartmentId: COMPARTMENT,
    tenancyId: TENANCY,
    cluster,
    network: net,
    ...systemProps,
  });
  const iam = new Iam(s, "iam", {
    compartmentId: COMPARTMENT,
    tenancyId: TENANCY,
    clusterId: cluster.clusterId,
  });
  return new Release(s, "release", {
    cluster,
    network: net,
    systemCapacity: system,
    iam,
    region,
    compartmentId: COMPARTMENT,
    ...releaseProps,
  });
}

describe("cidrSubnet", () => {
  it("matches Terraform's cidrsubnet for the default layout", () => {
    expect(cidrSubnet("x", "10.0.0.0/16", 12, 0)).toBe("10.0.0.0/28");
    expect(cidrSubnet("x", "10.0.0.0/16", 8, 1)).toBe("10.0.1.0/24");
    expect(cidrSubnet("x", "10.0.0.0/16", 4, 1)).toBe("10.0.16.0/20");
    expect(cidrSubnet("x", "10.0.0.0/16", 2, 1)).toBe("10.0.64.0/18");
  });
});

describe("construct validation", () => {
  it("accepts the defaults", () => {
    expect(() => everything()).not.toThrow();
  });

  it.each<[string, () => unknown, RegExp]>([
    ["missing compartment", () => network({ compartmentId: "" }), /'compartmentId' is required/],
    [
      "a non-compartment OCID",
      () => network({ compartmentId: "ocid1.vcn.oc1..aaaa" }),
      /must be a compartment or tenancy OCID/,
    ],
    ["a malformed VCN CIDR", () => network({ vcnCidr: "10.0.0/16" }), /not an IPv4 CIDR block/],
    [
      "host bits set",
      () => network({ vcnCidr: "10.0.1.0/16" }),
      /host bits set; did you mean 10\.0\.0\.0\/16/,
    ],
    ["a VCN larger than /16", () => network({ vcnCidr: "10.0.0.0/8" }), /larger than OCI allows/],
    [
      "overlapping subnets",
      () => network({ systemSubnetCidr: "10.0.64.0/20" }),
      /the system subnet 10\.0\.64\.0\/20 overlaps the pods subnet 10\.0\.64\.0\/18/,
    ],
    [
      "a subnet outside the VCN",
      () => network({ podSubnetCidr: "10.1.0.0/18" }),
      /outside the VCN 10\.0\.0\.0\/16/,
    ],
    [
      "0.0.0.0/0 on the API",
      () => network({ endpointAllowedCidrs: ["0.0.0.0/0"] }),
      /must not contain 0\.0\.0\.0\/0/,
    ],
    [
      "a bad allowed CIDR",
      () => network({ endpointAllowedCidrs: ["203.0.113.7"] }),
      /not an IPv4 CIDR block/,
    ],
    [
      "subnet IDs without a VCN",
      () => network({ existingPodSubnetId: "ocid1.subnet.oc1..aaaa" }),
      /need 'existingVcnId'/,
    ],
    [
      "an unknown pod shape",
      () => everything({ podShape: "CI.Standard.E4.Flex" }),
      /not a virtual-node pod shape/,
    ],
    ["a zero-size pool", () => everything({ size: 0 }), /'size' must be a whole number between 1 and 1000/],
    ["a bad fault domain", () => everything({ faultDomains: ["FD-1"] }), /not FAULT-DOMAIN-1, -2 or -3/],
    ["a bad region", () => everything({}, "Frankfurt"), /not an OCI region identifier/],
    [
      "a node name prefix that is no DNS label",
      () => everything({}, undefined, { nodeNamePrefix: "Virtual_Node" }),
      /'nodeNamePrefix' "Virtual_Node" must be a DNS label/,
    ],
    [
      "a negative node count",
      () => everything({}, undefined, { nodeCount: -1 }),
      /'nodeCount' must be a whole number from 0 to 50/,
    ],
  ])("rejects %s", (_name, build, message) => {
    expect(build).toThrow(ValidationError);
    expect(build).toThrow(message);
  });

  it("rejects an old Kubernetes version", () => {
    const s = stack();
    const net = new Network(s, "network", { compartmentId: COMPARTMENT });
    expect(
      () => new Cluster(s, "c", { compartmentId: COMPARTMENT, network: net, kubernetesVersion: "v1.24.1" }),
    ).toThrow(/virtual node pools need v1.25 or later/);
  });

  it("creates no IAM resources when asked not to, but still gives the statements", () => {
    const s = stack();
    const iam = new Iam(s, "iam", {
      compartmentId: COMPARTMENT,
      tenancyId: TENANCY,
      clusterId: "ocid1.cluster.oc1..x",
      create: false,
    });
    expect(iam.ready).toBeUndefined();
    expect(iam.compartmentStatements).toHaveLength(4);
    const json = JSON.parse(Testing.synth(s)) as { resource?: Record<string, unknown> };
    expect(json.resource?.["oci_identity_policy"]).toBeUndefined();
  });
});
