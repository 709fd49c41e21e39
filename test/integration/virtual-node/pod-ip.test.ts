/**
 * `fieldRef: status.podIP` through the real apiserver, the provider and the unmodified OCI SDK against
 * the emulator: the provider chooses the VNIC's address, and when another VNIC holds it (OCI's 409
 * Conflict) takes the next; the variable, the VNIC and the pod's status agree.
 */
import type { V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

/** The last address of the subnet's CIDR but `n` (the broadcast address is never a VNIC's). */
function fromTop(n: number): string {
  const [network, length] = emulator.credentials.subnetCidr.split("/") as [string, string];
  const base = network.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
  const address = base + 2 ** (32 - Number(length)) - 2 - n;
  return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join(".");
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
    emulator.core.ips.allocate(emulator.credentials.subnetId, fromTop(0));
    const created = await core.createNamespacedPod({ namespace: ns, body: podIpPod("exporter") });
    const running = await eventually("the pod Running with an IP", async () => {
      const p = await core.readNamespacedPod({ name: "exporter", namespace: ns });
      return p.status?.phase === "Running" && p.status.podIP ? p : undefined;
    });
    expect(running.status?.podIP).toBe(fromTop(1));
    expect(running.status?.podIPs).toEqual([{ ip: fromTop(1) }]);
    expect(ociEnv(created.metadata!.uid!)).toMatchObject({ POD_IP: fromTop(1), POD_IPS: fromTop(1) });
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
    expect(running.status?.podIP).toBe(fromTop(2));
  });
});
