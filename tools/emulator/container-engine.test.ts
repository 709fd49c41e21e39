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
});
