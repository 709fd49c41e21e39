// Identity and Core networking of the emulator, driven by the unmodified OCI SDK clients
// (oci-core, oci-identity) over loopback, signing with the emulator's registered key.
import * as common from "oci-common";
import { models as core, requests, VirtualNetworkClient } from "oci-core";
import { IdentityClient } from "oci-identity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./emulator.ts";
import { authProvider } from "./sdk-clients.ts";

let emu: Emulator;
let vn: VirtualNetworkClient;
let identity: IdentityClient;
let compartmentId: string;

beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", seed: 3 });
  compartmentId = emu.credentials.compartmentId;
  const config = {
    retryConfiguration: common.NoRetryConfigurationDetails,
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  };
  const auth = { authenticationDetailsProvider: authProvider(emu.credentials) };
  vn = new VirtualNetworkClient(auth, config);
  identity = new IdentityClient(auth, config);
  vn.endpoint = emu.endpoint;
  identity.endpoint = emu.endpoint;
});

afterAll(async () => {
  vn.close();
  identity.close();
  await emu.stop();
});

/** The OCI error a call fails with: status, code and message. */
async function failure(
  call: Promise<unknown>,
): Promise<{ statusCode?: number; serviceCode?: string; message: string }> {
  try {
    await call;
  } catch (error) {
    return error as { statusCode?: number; serviceCode?: string; message: string };
  }
  throw new Error("the call succeeded");
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 40));

async function newVcn(cidr = "10.0.0.0/16"): Promise<core.Vcn> {
  return (await vn.createVcn({ createVcnDetails: { compartmentId, cidrBlocks: [cidr], dnsLabel: "t" } })).vcn;
}

describe("Core networking", () => {
  it("creates a VCN PROVISIONING that turns AVAILABLE, with its defaults and a changing etag", async () => {
    const created = await vn.createVcn({
      createVcnDetails: { compartmentId, cidrBlocks: ["10.1.0.0/16"], displayName: "v", dnsLabel: "okevn" },
    });
    expect(created.vcn.lifecycleState).toBe("PROVISIONING");
    expect(created.vcn).toMatchObject({ cidrBlock: "10.1.0.0/16", vcnDomainName: "okevn.oraclevcn.com" });
    expect(created.vcn.defaultRouteTableId).toMatch(/^ocid1\.routetable\.oc1\.iad\./);
    await settle();
    const got = await vn.getVcn({ vcnId: created.vcn.id });
    expect(got.vcn.lifecycleState).toBe("AVAILABLE");
    expect(got.etag).not.toBe(created.etag);
    const renamed = await vn.updateVcn({
      vcnId: got.vcn.id,
      ifMatch: got.etag,
      updateVcnDetails: { displayName: "w" },
    });
    expect(renamed.vcn.displayName).toBe("w");
    const stale = await failure(
      vn.updateVcn({ vcnId: got.vcn.id, ifMatch: got.etag, updateVcnDetails: { displayName: "x" } }),
    );
    expect(stale).toMatchObject({ statusCode: 412, serviceCode: "NoEtagMatch" });
  });

  it("answers OCI's errors for a missing field, a subnet outside the VCN and overlapping subnets", async () => {
    const noCidr = await failure(vn.createVcn({ createVcnDetails: { compartmentId } }));
    expect(noCidr).toMatchObject({ statusCode: 400, serviceCode: "MissingParameter" });
    const vcn = await newVcn("10.2.0.0/16");
    const outside = await failure(
      vn.createSubnet({ createSubnetDetails: { compartmentId, vcnId: vcn.id, cidrBlock: "10.3.0.0/24" } }),
    );
    expect(outside).toMatchObject({ statusCode: 400, serviceCode: "InvalidParameter" });
    expect(outside.message).toContain("within the VCN");
    await vn.createSubnet({
      createSubnetDetails: { compartmentId, vcnId: vcn.id, cidrBlock: "10.2.0.0/20" },
    });
    const overlap = await failure(
      vn.createSubnet({ createSubnetDetails: { compartmentId, vcnId: vcn.id, cidrBlock: "10.2.8.0/24" } }),
    );
    expect(overlap).toMatchObject({ statusCode: 400, serviceCode: "InvalidParameter" });
    expect(overlap.message).toContain("overlaps");
  });

  it("refuses to delete a VCN that still has a subnet (409 Conflict), then deletes in order", async () => {
    const vcn = await newVcn("10.4.0.0/16");
    const { subnet } = await vn.createSubnet({
      createSubnetDetails: { compartmentId, vcnId: vcn.id, cidrBlock: "10.4.1.0/24", dnsLabel: "a" },
    });
    expect(subnet).toMatchObject({
      routeTableId: vcn.defaultRouteTableId,
      subnetDomainName: "a.t.oraclevcn.com",
    });
    const conflict = await failure(vn.deleteVcn({ vcnId: vcn.id }));
    expect(conflict).toMatchObject({ statusCode: 409, serviceCode: "Conflict" });
    expect(conflict.message).toContain(subnet.id);
    await vn.deleteSubnet({ subnetId: subnet.id });
    expect((await vn.getSubnet({ subnetId: subnet.id })).subnet.lifecycleState).toBe("TERMINATING");
    await vn.deleteVcn({ vcnId: vcn.id });
    await settle();
    expect((await vn.getVcn({ vcnId: vcn.id })).vcn.lifecycleState).toBe("TERMINATED");
  });

  it("replays a create with the same retry token and refuses the token with another body", async () => {
    const details = { compartmentId, cidrBlocks: ["10.5.0.0/16"] };
    const a = await vn.createVcn({ createVcnDetails: details, opcRetryToken: "tok-1" });
    const b = await vn.createVcn({ createVcnDetails: details, opcRetryToken: "tok-1" });
    expect(b.vcn.id).toBe(a.vcn.id);
    const other = await failure(
      vn.createVcn({ createVcnDetails: { ...details, displayName: "other" }, opcRetryToken: "tok-1" }),
    );
    expect(other).toMatchObject({ statusCode: 409, serviceCode: "InvalidatedRetryToken" });
  });

  it("routes through gateways, lists services and blocks deleting a gateway a route table uses", async () => {
    const vcn = await newVcn("10.6.0.0/16");
    const services = (await vn.listServices({})).items;
    const all = services.find((s) => /^All .* Services In Oracle Services Network$/.test(s.name));
    expect(all?.cidrBlock).toBe("all-iad-services-in-oracle-services-network");
    const { internetGateway: igw } = await vn.createInternetGateway({
      createInternetGatewayDetails: { compartmentId, vcnId: vcn.id, isEnabled: true },
    });
    const { natGateway: nat } = await vn.createNatGateway({
      createNatGatewayDetails: { compartmentId, vcnId: vcn.id },
    });
    const { serviceGateway: sgw } = await vn.createServiceGateway({
      createServiceGatewayDetails: { compartmentId, vcnId: vcn.id, services: [{ serviceId: all!.id }] },
    });
    expect(sgw.services[0]).toEqual({ serviceId: all!.id, serviceName: all!.name });
    const { routeTable } = await vn.createRouteTable({
      createRouteTableDetails: {
        compartmentId,
        vcnId: vcn.id,
        routeRules: [
          { destination: "0.0.0.0/0", networkEntityId: nat.id },
          {
            destination: all!.cidrBlock,
            destinationType: core.RouteRule.DestinationType.ServiceCidrBlock,
            networkEntityId: sgw.id,
          },
        ],
      },
    });
    expect(routeTable.routeRules[0]).toMatchObject({ destinationType: "CIDR_BLOCK", routeType: "STATIC" });
    const used = await failure(vn.deleteNatGateway({ natGatewayId: nat.id }));
    expect(used).toMatchObject({ statusCode: 409, serviceCode: "Conflict" });
    const unknownTarget = await failure(
      vn.updateRouteTable({
        rtId: routeTable.id,
        updateRouteTableDetails: { routeRules: [{ destination: "0.0.0.0/0", networkEntityId: vcn.id }] },
      }),
    );
    expect(unknownTarget).toMatchObject({ statusCode: 404 });
    await vn.updateRouteTable({
      rtId: routeTable.id,
      updateRouteTableDetails: { routeRules: [{ destination: "0.0.0.0/0", networkEntityId: igw.id }] },
    });
    await vn.deleteNatGateway({ natGatewayId: nat.id });
    const listed = await vn.listInternetGateways({ compartmentId, vcnId: vcn.id });
    expect(listed.items.map((g) => g.id)).toEqual([igw.id]);
  });

  it("adds, lists, updates and removes NSG security rules", async () => {
    const vcn = await newVcn("10.7.0.0/16");
    const mk = async (name: string) =>
      (
        await vn.createNetworkSecurityGroup({
          createNetworkSecurityGroupDetails: { compartmentId, vcnId: vcn.id, displayName: name },
        })
      ).networkSecurityGroup;
    const [api, nodes] = [await mk("api"), await mk("nodes")];
    const added = await vn.addNetworkSecurityGroupSecurityRules({
      networkSecurityGroupId: api.id,
      addNetworkSecurityGroupSecurityRulesDetails: {
        securityRules: [
          {
            direction: core.AddSecurityRuleDetails.Direction.Ingress,
            protocol: "6",
            source: nodes.id,
            sourceType: core.AddSecurityRuleDetails.SourceType.NetworkSecurityGroup,
            tcpOptions: { destinationPortRange: { min: 6443, max: 6443 } },
          },
          {
            direction: core.AddSecurityRuleDetails.Direction.Egress,
            protocol: "all",
            destination: "0.0.0.0/0",
          },
        ],
      },
    });
    const ids = (added.addedNetworkSecurityGroupSecurityRules.securityRules ?? []).map((r) => r.id);
    expect(ids).toHaveLength(2);
    const ingress = await vn.listNetworkSecurityGroupSecurityRules({
      networkSecurityGroupId: api.id,
      direction: requests.ListNetworkSecurityGroupSecurityRulesRequest.Direction.Ingress,
    });
    expect(ingress.items).toMatchObject([
      { id: ids[0], sourceType: "NETWORK_SECURITY_GROUP", isStateless: false, isValid: true },
    ]);
    const badSource = await failure(
      vn.addNetworkSecurityGroupSecurityRules({
        networkSecurityGroupId: api.id,
        addNetworkSecurityGroupSecurityRulesDetails: {
          securityRules: [
            {
              direction: core.AddSecurityRuleDetails.Direction.Ingress,
              protocol: "6",
              source: "10.0.0.0/33",
            },
          ],
        },
      }),
    );
    expect(badSource).toMatchObject({ statusCode: 400, serviceCode: "InvalidParameter" });
    await vn.removeNetworkSecurityGroupSecurityRules({
      networkSecurityGroupId: api.id,
      removeNetworkSecurityGroupSecurityRulesDetails: { securityRuleIds: [ids[0]!] },
    });
    const left = await vn.listNetworkSecurityGroupSecurityRules({ networkSecurityGroupId: api.id });
    expect(left.items.map((r) => r.id)).toEqual([ids[1]]);
  });
});

describe("Identity", () => {
  it("lists the three availability domains of the tenancy", async () => {
    const ads = await identity.listAvailabilityDomains({ compartmentId: emu.credentials.tenancyId });
    expect(ads.items.map((a) => a.name)).toEqual(emu.credentials.availabilityDomains);
    const unknown = await failure(
      identity.listAvailabilityDomains({ compartmentId: "ocid1.compartment.oc1..nope" }),
    );
    expect(unknown).toMatchObject({ statusCode: 404, serviceCode: "NotAuthorizedOrNotFound" });
  });

  it("creates dynamic groups in the tenancy only, policies with statements, and unique names", async () => {
    const tenancy = emu.credentials.tenancyId;
    const details = {
      compartmentId: tenancy,
      name: "dg",
      description: "d",
      matchingRule: "ALL {resource.type='computecontainerinstance'}",
    };
    const { dynamicGroup } = await identity.createDynamicGroup({ createDynamicGroupDetails: details });
    expect(dynamicGroup.id).toMatch(/^ocid1\.dynamicgroup\.oc1\.\./);
    expect(await failure(identity.createDynamicGroup({ createDynamicGroupDetails: details }))).toMatchObject({
      statusCode: 409,
    });
    const inCompartment = await failure(
      identity.createDynamicGroup({ createDynamicGroupDetails: { ...details, name: "x", compartmentId } }),
    );
    expect(inCompartment).toMatchObject({ statusCode: 400 });
    const { policy } = await identity.createPolicy({
      createPolicyDetails: {
        compartmentId,
        name: "p",
        description: "d",
        statements: ["Allow group a to read all-resources in tenancy"],
      },
    });
    await settle();
    expect((await identity.getPolicy({ policyId: policy.id })).policy.lifecycleState).toBe("ACTIVE");
    const empty = await failure(
      identity.createPolicy({
        createPolicyDetails: { compartmentId, name: "q", description: "d", statements: [] },
      }),
    );
    expect(empty).toMatchObject({ statusCode: 400, serviceCode: "InvalidParameter" });
    await identity.deletePolicy({ policyId: policy.id });
    await identity.deleteDynamicGroup({ dynamicGroupId: dynamicGroup.id });
    await settle();
    expect(emu.core.controlPlane.liveCounts()).not.toHaveProperty("policy");
  });
});
