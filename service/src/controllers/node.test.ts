import type { V1Lease, V1Node } from "@kubernetes/client-node";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TransientError } from "../errors.ts";
import { FakeKube } from "../kube/testing.ts";
import { DECOMMISSION_ANNOTATION, NodeController, type NodeSpec } from "./node.ts";

const NODES = "/api/v1/nodes";
const NODE = `${NODES}/vn-1`;
const LEASES = "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases";
const LEASE = `${LEASES}/vn-1`;

const SPEC: NodeSpec = {
  nodeName: "vn-1",
  labels: { "kubernetes.io/role": "agent", type: "virtual-kubelet" },
  taints: [{ key: "virtual-kubelet.io/provider", value: "oci", effect: "NoSchedule" }],
  capacity: { cpu: "1000", memory: "4Ti", pods: "1000" },
  address: "10.0.0.2",
  kubeletPort: 10250,
  nodeInfo: { kubeletVersion: "v1.33.0-okevn", operatingSystem: "linux", architecture: "amd64" },
  leaseDurationSeconds: 40,
  leaseRenewIntervalMs: 10_000,
  statusIntervalMs: 60_000,
};

describe("NodeController", () => {
  let kube: FakeKube;
  let leader: boolean;
  let logged: string[];
  let controller: NodeController | undefined;

  async function start(): Promise<NodeController> {
    controller = new NodeController({
      http: kube.http,
      spec: SPEC,
      isLeader: () => leader,
      log: (message) => logged.push(message),
    });
    await controller.start();
    return controller;
  }

  const elapse = (ms: number): Promise<unknown> => vi.advanceTimersByTimeAsync(ms);
  const node = (): V1Node | undefined => kube.get<V1Node>(NODE);
  const lease = (): V1Lease | undefined => kube.get<V1Lease>(LEASE);

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
    kube = new FakeKube();
    leader = true;
    logged = [];
  });

  afterEach(async () => {
    await controller?.stop();
    controller = undefined;
    vi.useRealTimers();
  });

  it("registers the Node with its labels, taints, status and a heartbeat Lease owned by it", async () => {
    await start();
    const registered = node();
    expect(registered?.metadata?.labels).toEqual(SPEC.labels);
    expect(registered?.spec?.taints).toEqual(SPEC.taints);
    const status = registered?.status;
    expect(status?.capacity).toEqual(SPEC.capacity);
    expect(status?.allocatable).toEqual(SPEC.capacity);
    expect(status?.addresses).toEqual([
      { type: "InternalIP", address: "10.0.0.2" },
      { type: "Hostname", address: "vn-1" },
    ]);
    expect(status?.daemonEndpoints?.kubeletEndpoint?.Port).toBe(10250);
    expect(status?.nodeInfo).toEqual(SPEC.nodeInfo);
    expect(status?.conditions?.map((c) => [c.type, c.status])).toEqual([
      ["Ready", "True"],
      ["MemoryPressure", "False"],
      ["DiskPressure", "False"],
      ["PIDPressure", "False"],
      ["NetworkUnavailable", "False"],
    ]);

    const heartbeat = lease();
    expect(heartbeat?.spec?.holderIdentity).toBe("vn-1");
    expect(heartbeat?.spec?.leaseDurationSeconds).toBe(40);
    expect(heartbeat?.metadata?.ownerReferences).toEqual([
      { apiVersion: "v1", kind: "Node", name: "vn-1", uid: registered?.metadata?.uid },
    ]);
  });

  it("takes over a Node and Lease that already exist (a restart) instead of failing", async () => {
    kube.put(NODES, { metadata: { name: "vn-1" } });
    kube.put(LEASES, { metadata: { name: "vn-1" }, spec: { holderIdentity: "vn-1", renewTime: "old" } });
    await start();
    expect(logged).toEqual([]);
    expect(node()?.status?.conditions?.[0]?.type).toBe("Ready");
    expect(kube.calls("PUT", LEASE)).toHaveLength(1);
    expect(lease()?.spec?.renewTime).not.toBe("old");
  });

  it("renews the Lease every leaseRenewIntervalMs and writes the status every statusIntervalMs", async () => {
    await start();
    const renewals = (): number => kube.calls("PUT", LEASE).length;
    const statuses = (): number => kube.calls("PATCH", `${NODE}/status`).length;
    const [leasesBefore, statusesBefore] = [renewals(), statuses()];
    await elapse(60_000);
    expect(renewals() - leasesBefore).toBe(6);
    expect(statuses() - statusesBefore).toBe(1);
    // Heartbeats carry the time of the write (MicroTime for the Lease).
    expect(lease()?.spec?.renewTime).toBe("2026-01-01T00:01:00.000000Z");
    expect(node()?.status?.conditions?.[0]?.lastHeartbeatTime).toBe("2026-01-01T00:01:00.000Z");
  });

  it("keeps going when a renewal fails, logging it", async () => {
    await start();
    kube.failNext("GET", LEASE, new TransientError("apiserver unavailable"));
    await elapse(10_000);
    expect(logged).toEqual(["renewing node lease failed"]);
    const before = kube.calls("PUT", LEASE).length;
    await elapse(10_000);
    expect(kube.calls("PUT", LEASE).length).toBe(before + 1);
  });

  it("registers the Node again when someone deletes it, and points the Lease at the new Node", async () => {
    await start();
    const firstUid = node()?.metadata?.uid;
    kube.remove(NODE);
    await elapse(0);
    expect(logged).toContain("node was deleted; registering it again");
    const again = node();
    expect(again).toBeDefined();
    expect(again?.metadata?.uid).not.toBe(firstUid);
    expect(again?.spec?.taints).toEqual(SPEC.taints);
    expect(lease()?.metadata?.ownerReferences?.[0]?.uid).toBe(again?.metadata?.uid);
  });

  it("does not register a decommissioned Node again once it is deleted", async () => {
    const c = await start();
    const current = node();
    kube.put(NODES, {
      ...current,
      metadata: { ...current?.metadata, annotations: { [DECOMMISSION_ANNOTATION]: "2026-01-01T00:00:00Z" } },
    });
    await elapse(0);
    expect(c.decommissioned).toBe(true);
    kube.remove(NODE);
    await elapse(30_000);
    expect(node()).toBeUndefined();
    expect(kube.calls("POST", NODES)).toHaveLength(1);
  });

  it("a standby writes nothing: no Node, no status, no Lease", async () => {
    leader = false;
    kube.put(NODES, { metadata: { name: "vn-1" } });
    await start();
    await elapse(120_000);
    expect(kube.requests.filter((r) => r.method !== "GET" && r.method !== "WATCH")).toEqual([]);
    // Nor does it re-register a deleted Node.
    kube.remove(NODE);
    await elapse(1_000);
    expect(node()).toBeUndefined();
  });

  it("stop() ends the heartbeats", async () => {
    const c = await start();
    await c.stop();
    controller = undefined;
    const count = kube.requests.length;
    await elapse(120_000);
    expect(kube.requests).toHaveLength(count);
  });
});
