/**
 * `fieldRef: status.podIP` through the real apiserver, the provider and the unmodified OCI SDK against
 * the emulator: the provider chooses the VNIC's address, and when another VNIC holds it (OCI's 409
 * Conflict) takes the next; the variable, the VNIC and the pod's status agree.
 */
import type { V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PodIpAllocator, intToIpv4, ipv4ToInt } from "../../../service/src/oci/pod-ip.ts";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { clients, eventually } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  setUpVirtualNode,
  tearDownVirtualNode,
} from "../support/virtual-node.ts";

const { core } = clients();
const nodeName = `vn-podip-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, node, ns, removeNamespace } = await setUpVirtualNode("pod-ip", nodeName));
});
afterAll(() => tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName));

/** The k-th address the node's provider tries (its start in the subnet depends on the node's name). */
function chosen(k: number): string {
  const allocator = new PodIpAllocator(emulator.credentials.subnetCidr, undefined, nodeName);
  return intToIpv4(ipv4ToInt(allocator.choose(new Set()) ?? "")! - k);
}

function podIpPod(name: string): V1Pod {
  return {
    metadata: { name },
    spec: {
      nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      terminationGracePeriodSeconds: 0,
      containers: [
        {
          name: "app",
          image: "registry.example/app:1",
          env: [
            { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
            { name: "POD_IPS", valueFrom: { fieldRef: { fieldPath: "status.podIPs" } } },
          ],
        },
      ],
    },
  };
}

/** The environment OCI was asked to give the pod's container. */
function ociEnv(uid: string): Record<string, string> | undefined {
  const { store } = emulator.core;
  const instance = [...store.instances.values()].find((i) => i.freeformTags["okevn-pod-uid"] === uid);
  const container = instance ? store.containers.get(instance.containerIds[0]!) : undefined;
  return container?.spec["environmentVariables"] as Record<string, string> | undefined;
}

describe("status.podIP in env", () => {
  it("is the address another VNIC did not hold: a 409 Conflict moves the provider to the next one", async () => {
    // A VNIC that is not the provider's holds the top address.
    emulator.core.ips.allocate(emulator.credentials.subnetId, chosen(0));
    const created = await core.createNamespacedPod({ namespace: ns, body: podIpPod("exporter") });
    const running = await eventually("the pod Running with an IP", async () => {
      const p = await core.readNamespacedPod({ name: "exporter", namespace: ns });
      return p.status?.phase === "Running" && p.status.podIP ? p : undefined;
    });
    expect(running.status?.podIP).toBe(chosen(1));
    expect(running.status?.podIPs).toEqual([{ ip: chosen(1) }]);
    expect(ociEnv(created.metadata!.uid!)).toMatchObject({ POD_IP: chosen(1), POD_IPS: chosen(1) });
    // The only creates so far on this emulator: the refused one, then the one with the next address.
    const creates = emulator.callLog.entries({ operation: "CreateContainerInstance" });
    expect(creates.map((e) => [e.status, e.code ?? ""])).toEqual([
      [409, "Conflict"],
      [200, ""],
    ]);
  });

  it("a second pod gets the next address, and no pod ever gets one the provider's instances hold", async () => {
    await core.createNamespacedPod({ namespace: ns, body: podIpPod("second") });
    const running = await eventually("the second pod Running with an IP", async () => {
      const p = await core.readNamespacedPod({ name: "second", namespace: ns });
      return p.status?.phase === "Running" && p.status.podIP ? p : undefined;
    });
    expect(running.status?.podIP).toBe(chosen(2));
  });

  it("a pod that does not read it gets a chosen address too (oci.podIp.everyPod): no GetContainerInstance or GetVnic, nor GetContainer for its first start", async () => {
    const plain = podIpPod("plain");
    plain.spec!.containers[0]!.env = [];
    const created = await core.createNamespacedPod({ namespace: ns, body: plain });
    const running = await eventually("the plain pod Running with an IP", async () => {
      const p = await core.readNamespacedPod({ name: "plain", namespace: ns });
      return p.status?.phase === "Running" && p.status.podIP ? p : undefined;
    });
    expect(running.status?.podIP).toBe(chosen(3));
    const instance = [...emulator.core.store.instances.values()].find(
      (i) => i.freeformTags["okevn-pod-uid"] === created.metadata!.uid,
    );
    expect(instance?.freeformTags["okevn-pod-ip"]).toBe(chosen(3));
    // Every pod IP on this emulator came from the create: the provider never asked OCI for one.
    expect(emulator.callLog.entries({ operation: "GetVnic" })).toEqual([]);
    expect(emulator.callLog.entries({ operation: "GetContainerInstance" })).toEqual([]);
    // Its container's first start was read from the ListContainers summary (no probes): no GetContainer for it.
    const containerIds = instance?.containerIds ?? [];
    expect(containerIds).not.toEqual([]);
    const fetched = emulator.callLog
      .entries({ operation: "GetContainer" })
      .filter((e) => containerIds.some((id) => e.path.includes(id)));
    expect(fetched).toEqual([]);
  });
});
