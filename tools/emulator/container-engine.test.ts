// Container Engine of the emulator, driven by the unmodified oci-containerengine and oci-core
// clients over loopback: an enhanced cluster and a virtual node pool through their work requests.
import * as common from "oci-common";
import { ContainerEngineClient } from "oci-containerengine";
import { VirtualNetworkClient } from "oci-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "./emulator.ts";
import { authProvider } from "./sdk-clients.ts";

let emu: Emulator;
let ce: ContainerEngineClient;
let vn: VirtualNetworkClient;
const server = "https://198.18.0.1:6443";
const caPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", seed: 4, clusterEndpoint: { server, caPem } });
  const config = {
    retryConfiguration: common.NoRetryConfigurationDetails,
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  };
  const auth = { authenticationDetailsProvider: authProvider(emu.credentials) };
  ce = new ContainerEngineClient(auth, config);
  vn = new VirtualNetworkClient(auth, config);
  ce.endpoint = emu.endpoint;
  vn.endpoint = emu.endpoint;
});

afterAll(async () => {
  ce.close();
  vn.close();
  await emu.stop();
});

async function failure(call: Promise<unknown>): Promise<{ statusCode?: number; serviceCode?: string }> {
  try {
    await call;
  } catch (error) {
    return error as { statusCode?: number; serviceCode?: string };
  }
  throw new Error("the call succeeded");
}

/** Polls the work request until it has finished, as the provider does. */
async function finished(workRequestId: string): Promise<{ status?: string; identifier?: string }> {
  for (let i = 0; i < 100; i++) {
    const { workRequest } = await ce.getWorkRequest({ workRequestId });
    if (workRequest.timeFinished)
      return { status: workRequest.status, identifier: workRequest.resources?.[0]?.identifier };
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("the work request never finished");
}

describe("Container Engine", () => {
  it("creates an enhanced cluster and a virtual node pool through work requests, serves the kubeconfig and deletes in order", async () => {
    const compartmentId = emu.credentials.compartmentId;
    const { vcn } = await vn.createVcn({ createVcnDetails: { compartmentId, cidrBlocks: ["10.0.0.0/16"] } });
    const { subnet } = await vn.createSubnet({
      createSubnetDetails: { compartmentId, vcnId: vcn.id, cidrBlock: "10.0.0.0/24" },
    });
    const created = await ce.createCluster({
      createClusterDetails: {
        compartmentId,
        name: "c",
        vcnId: vcn.id,
        kubernetesVersion: "v1.34.1",
        type: "ENHANCED_CLUSTER" as never,
        endpointConfig: { subnetId: subnet.id, isPublicIpEnabled: true },
      },
    });
    expect(created.opcWorkRequestId).toBeTruthy();
    const wr = await finished(created.opcWorkRequestId);
    expect(wr.status).toBe("SUCCEEDED");
    const { cluster } = await ce.getCluster({ clusterId: wr.identifier! });
    expect(cluster).toMatchObject({
      lifecycleState: "ACTIVE",
      endpoints: { publicEndpoint: "198.18.0.1:6443" },
    });
    const kubeconfig = await ce.createKubeconfig({
      clusterId: cluster.id!,
      createClusterKubeconfigContentDetails: {},
    });
    const text = await new Response(kubeconfig.value as ReadableStream).text();
    expect(text).toContain(`server: ${server}`);
    expect(text).toContain(`certificate-authority-data: ${Buffer.from(caPem).toString("base64")}`);
    // The OCI CLI takes the region identifier, not the key of OCIDs.
    expect(text).toContain(`--cluster-id, ${cluster.id!}, --region, ${emu.credentials.region}]`);

    const pool = await ce.createVirtualNodePool({
      createVirtualNodePoolDetails: {
        compartmentId,
        clusterId: cluster.id!,
        displayName: "system",
        size: 1,
        placementConfigurations: [
          {
            availabilityDomain: emu.credentials.availabilityDomains[0]!,
            subnetId: subnet.id,
            faultDomain: ["FAULT-DOMAIN-1"],
          },
        ],
        podConfiguration: { subnetId: subnet.id, shape: "Pod.Standard.E4.Flex" },
      },
    });
    const poolId = (await finished(pool.opcWorkRequestId)).identifier!;
    expect((await ce.getVirtualNodePool({ virtualNodePoolId: poolId })).virtualNodePool.lifecycleState).toBe(
      "ACTIVE",
    );
    expect(await failure(ce.deleteCluster({ clusterId: cluster.id! }))).toMatchObject({
      statusCode: 409,
      serviceCode: "Conflict",
    });
    expect(await failure(vn.deleteSubnet({ subnetId: subnet.id }))).toMatchObject({ statusCode: 409 });

    await finished((await ce.deleteVirtualNodePool({ virtualNodePoolId: poolId })).opcWorkRequestId);
    const deleted = await finished((await ce.deleteCluster({ clusterId: cluster.id! })).opcWorkRequestId);
    expect(deleted.status).toBe("SUCCEEDED");
    expect((await ce.getCluster({ clusterId: cluster.id! })).cluster.lifecycleState).toBe("DELETED");
  });

  it("refuses a cluster in a VCN that does not exist and a node pool on a basic cluster", async () => {
    const compartmentId = emu.credentials.compartmentId;
    const noVcn = await failure(
      ce.createCluster({
        createClusterDetails: {
          compartmentId,
          name: "x",
          vcnId: "ocid1.vcn.oc1.iad.none",
          kubernetesVersion: "v1.34.1",
        },
      }),
    );
    expect(noVcn).toMatchObject({ statusCode: 404, serviceCode: "NotAuthorizedOrNotFound" });
    const { vcn } = await vn.createVcn({ createVcnDetails: { compartmentId, cidrBlocks: ["10.9.0.0/16"] } });
    const basic = await ce.createCluster({
      createClusterDetails: { compartmentId, name: "b", vcnId: vcn.id, kubernetesVersion: "v1.34.1" },
    });
    const clusterId = (await finished(basic.opcWorkRequestId)).identifier!;
    const onBasic = await failure(
      ce.createVirtualNodePool({
        createVirtualNodePoolDetails: {
          compartmentId,
          clusterId,
          displayName: "p",
          size: 1,
          placementConfigurations: [],
          podConfiguration: { subnetId: "x", shape: "Pod.Standard.E4.Flex" },
        },
      }),
    );
    expect(onBasic).toMatchObject({ statusCode: 400, serviceCode: "InvalidParameter" });
  });

  it("lists and gets the virtual nodes of a pool, spread over its placements, following its lifecycle", async () => {
    const compartmentId = emu.credentials.compartmentId;
    const { vcn } = await vn.createVcn({ createVcnDetails: { compartmentId, cidrBlocks: ["10.20.0.0/16"] } });
    const subnets = await Promise.all(
      ["10.20.1.0/24", "10.20.2.0/24"].map(
        async (cidrBlock) =>
          (await vn.createSubnet({ createSubnetDetails: { compartmentId, vcnId: vcn.id, cidrBlock } }))
            .subnet,
      ),
    );
    const clusterId = await enhancedCluster(compartmentId, vcn.id);
    const [ad1, ad2] = emu.credentials.availabilityDomains;
    const pool = await ce.createVirtualNodePool({
      createVirtualNodePoolDetails: {
        compartmentId,
        clusterId,
        displayName: "three",
        size: 3,
        nsgIds: [],
        placementConfigurations: [
          { availabilityDomain: ad1!, subnetId: subnets[0]!.id, faultDomain: ["FAULT-DOMAIN-2"] },
          { availabilityDomain: ad2!, subnetId: subnets[1]!.id, faultDomain: ["FAULT-DOMAIN-3"] },
        ],
        podConfiguration: { subnetId: subnets[0]!.id, shape: "Pod.Standard.E4.Flex" },
      },
    });
    const poolId = (await finished(pool.opcWorkRequestId)).identifier!;
    const { items } = await ce.listVirtualNodes({ virtualNodePoolId: poolId });
    expect(items.map((n) => [n.displayName, n.availabilityDomain, n.faultDomain, n.lifecycleState])).toEqual([
      ["10.20.1.10", ad1, "FAULT-DOMAIN-2", "ACTIVE"],
      ["10.20.2.10", ad2, "FAULT-DOMAIN-3", "ACTIVE"],
      ["10.20.1.11", ad1, "FAULT-DOMAIN-2", "ACTIVE"],
    ]);
    expect(new Set(items.map((n) => n.id)).size).toBe(3);
    const byName = await ce.listVirtualNodes({
      virtualNodePoolId: poolId,
      sortBy: "NAME" as never,
      sortOrder: "DESC" as never,
      limit: 2,
    });
    expect(byName.items.map((n) => n.displayName)).toEqual(["10.20.2.10", "10.20.1.11"]);
    expect(byName.opcNextPage).toBeTruthy();
    const { virtualNode } = await ce.getVirtualNode({
      virtualNodePoolId: poolId,
      virtualNodeId: items[1]!.id,
    });
    expect(virtualNode).toMatchObject({
      privateIp: "10.20.2.10",
      subnetId: subnets[1]!.id,
      virtualNodePoolId: poolId,
    });
    expect(
      await failure(
        ce.getVirtualNode({ virtualNodePoolId: poolId, virtualNodeId: "ocid1.virtualnode.oc1.iad.none" }),
      ),
    ).toMatchObject({ statusCode: 404, serviceCode: "NotAuthorizedOrNotFound" });

    await finished((await ce.deleteVirtualNodePool({ virtualNodePoolId: poolId })).opcWorkRequestId);
    const after = await ce.listVirtualNodes({ virtualNodePoolId: poolId });
    expect(after.items.map((n) => n.lifecycleState)).toEqual(["DELETED", "DELETED", "DELETED"]);
    await finished((await ce.deleteCluster({ clusterId })).opcWorkRequestId);
  });

  it("fails a cluster's create work request under a workRequestFailure fault, with its error, and deletes the FAILED cluster", async () => {
    const compartmentId = emu.credentials.compartmentId;
    const { vcn } = await vn.createVcn({ createVcnDetails: { compartmentId, cidrBlocks: ["10.30.0.0/16"] } });
    emu.setFaults({
      rules: [
        {
          operation: "CreateCluster",
          workRequestFailure: { count: 1, code: "LimitExceeded", message: "cluster-count limit reached" },
        },
      ],
    });
    try {
      const created = await ce.createCluster({
        createClusterDetails: { compartmentId, name: "f", vcnId: vcn.id, kubernetesVersion: "v1.34.1" },
      });
      const wr = await finished(created.opcWorkRequestId);
      expect(wr.status).toBe("FAILED");
      const { items: errors } = await ce.listWorkRequestErrors({
        workRequestId: created.opcWorkRequestId,
        compartmentId,
      });
      expect(errors).toMatchObject([{ code: "LimitExceeded", message: "cluster-count limit reached" }]);
      const { items: logs } = await ce.listWorkRequestLogs({
        workRequestId: created.opcWorkRequestId,
        compartmentId,
      });
      expect(logs.at(-1)?.message).toBe("CLUSTER_CREATE failed: cluster-count limit reached");
      const { cluster } = await ce.getCluster({ clusterId: wr.identifier! });
      expect(cluster).toMatchObject({
        lifecycleState: "FAILED",
        lifecycleDetails: "cluster-count limit reached",
      });
      // The count is spent: the next create succeeds.
      const next = await ce.createCluster({
        createClusterDetails: { compartmentId, name: "g", vcnId: vcn.id, kubernetesVersion: "v1.34.1" },
      });
      const ok = await finished(next.opcWorkRequestId);
      expect(ok.status).toBe("SUCCEEDED");
      for (const clusterId of [wr.identifier!, ok.identifier!])
        expect((await finished((await ce.deleteCluster({ clusterId })).opcWorkRequestId)).status).toBe(
          "SUCCEEDED",
        );
      expect((await ce.getCluster({ clusterId: wr.identifier! })).cluster.lifecycleState).toBe("DELETED");
    } finally {
      emu.setFaults({ rules: [] });
    }
  });

  it("keeps a cluster whose delete work request fails", async () => {
    const compartmentId = emu.credentials.compartmentId;
    const { vcn } = await vn.createVcn({ createVcnDetails: { compartmentId, cidrBlocks: ["10.40.0.0/16"] } });
    const clusterId = await enhancedCluster(compartmentId, vcn.id);
    emu.setFaults({ rules: [{ operation: "DeleteCluster", workRequestFailure: { count: 1 } }] });
    try {
      const wr = await finished((await ce.deleteCluster({ clusterId })).opcWorkRequestId);
      expect(wr.status).toBe("FAILED");
      expect((await ce.getCluster({ clusterId })).cluster.lifecycleState).toBe("ACTIVE");
      expect((await finished((await ce.deleteCluster({ clusterId })).opcWorkRequestId)).status).toBe(
        "SUCCEEDED",
      );
    } finally {
      emu.setFaults({ rules: [] });
    }
  });
});

async function enhancedCluster(compartmentId: string, vcnId: string): Promise<string> {
  const created = await ce.createCluster({
    createClusterDetails: {
      compartmentId,
      name: "e",
      vcnId,
      kubernetesVersion: "v1.34.1",
      type: "ENHANCED_CLUSTER" as never,
    },
  });
  return (await finished(created.opcWorkRequestId)).identifier!;
}
