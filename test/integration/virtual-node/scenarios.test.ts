/**
 * The virtual-kubelet provider scenarios, against the real provider process: missing
 * Secrets and ConfigMaps, deletes that find nothing or fail first, graceful and force
 * deletes, updates while running, a recreate race, and a deleted Node.
 */
import type { V1Pod } from "@kubernetes/client-node";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { clients, clusterInfo, eventually, retryOnConflict } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  createsFor,
  liveInstances,
  setUpVirtualNode,
  tearDownVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";

const { core } = clients();
const nodeName = `vn-scenarios-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, node, ns, removeNamespace } = await setUpVirtualNode("scenarios", nodeName));
});
afterAll(() => tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName));

function podSpec(
  name: string,
  extra: Partial<NonNullable<V1Pod["spec"]>> = {},
  container: object = {},
): V1Pod {
  return {
    metadata: { name },
    spec: {
      nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      containers: [{ name: "main", image: "registry.example/app:1", ...container }],
      ...extra,
    },
  };
}

async function phaseOf(name: string): Promise<string | undefined> {
  const pod = await core.readNamespacedPod({ name, namespace: ns }).catch(() => undefined);
  return pod?.status?.phase;
}

async function waitRunning(name: string): Promise<V1Pod> {
  return eventually(`${name} Running`, async () => {
    const pod = await core.readNamespacedPod({ name, namespace: ns });
    return pod.status?.phase === "Running" && pod.status.podIP ? pod : undefined;
  });
}

async function waitGone(name: string): Promise<void> {
  await eventually(`${name} removed`, async () => ((await phaseOf(name)) === undefined ? true : undefined));
}

async function eventReasons(name: string): Promise<string[]> {
  const list = await core.listNamespacedEvent({
    namespace: ns,
    fieldSelector: `involvedObject.name=${name}`,
  });
  return list.items.map((e) => e.reason ?? "");
}

/** The reasons of the Warning events about one pod. */
async function warnings(name: string): Promise<string[]> {
  const list = await core.listNamespacedEvent({
    namespace: ns,
    fieldSelector: `involvedObject.name=${name},type=Warning`,
  });
  return list.items.map((e) => e.reason ?? "");
}

const uidOf = (pod: V1Pod): string => pod.metadata?.uid ?? "";

describe("missing Secrets and ConfigMaps", () => {
  it("a missing mandatory Secret: MandatorySecretNotFound, nothing created, runs once the Secret appears", async () => {
    const pod = await core.createNamespacedPod({
      namespace: ns,
      body: podSpec(
        "mandatory-secret",
        {},
        { env: [{ name: "A", valueFrom: { secretKeyRef: { name: "late-secret", key: "k" } } }] },
      ),
    });
    await eventually("MandatorySecretNotFound", async () =>
      (await eventReasons("mandatory-secret")).includes("MandatorySecretNotFound") ? true : undefined,
    );
    expect(await phaseOf("mandatory-secret")).toBe("Pending");
    expect(createsFor(emulator, uidOf(pod))).toBe(0);
    await core.createNamespacedSecret({
      namespace: ns,
      body: { metadata: { name: "late-secret" }, stringData: { k: "v" } },
    });
    await waitRunning("mandatory-secret");
    expect(createsFor(emulator, uidOf(pod))).toBe(1);
    // The wait's pod-level reason does not outlive it (a merge patch keeps fields it does not name).
    const running = await core.readNamespacedPod({ name: "mandatory-secret", namespace: ns });
    expect(running.status?.reason).toBeUndefined();
    expect(running.status?.message).toBeUndefined();
  });

  it("a missing optional Secret: the pod runs, and no warning (the user said it may be absent)", async () => {
    await core.createNamespacedPod({
      namespace: ns,
      body: podSpec(
        "optional-secret",
        {},
        {
          env: [
            { name: "A", valueFrom: { secretKeyRef: { name: "absent-secret", key: "k", optional: true } } },
          ],
        },
      ),
    });
    await waitRunning("optional-secret");
    expect(await warnings("optional-secret")).toEqual([]);
  });

  it("a missing mandatory ConfigMap: MandatoryConfigMapNotFound, the container in CreateContainerConfigError, nothing created", async () => {
    const pod = await core.createNamespacedPod({
      namespace: ns,
      body: podSpec("mandatory-cm", {}, { envFrom: [{ configMapRef: { name: "absent-cm" } }] }),
    });
    await eventually("MandatoryConfigMapNotFound", async () =>
      (await eventReasons("mandatory-cm")).includes("MandatoryConfigMapNotFound") ? true : undefined,
    );
    const waiting = await eventually("CreateContainerConfigError", async () => {
      const current = await core.readNamespacedPod({ name: "mandatory-cm", namespace: ns });
      const state = current.status?.containerStatuses?.[0]?.state?.waiting;
      return state?.reason === "CreateContainerConfigError" ? state : undefined;
    });
    expect(waiting.message).toContain('ConfigMap "absent-cm" not found');
    expect(await phaseOf("mandatory-cm")).toBe("Pending");
    expect(createsFor(emulator, uidOf(pod))).toBe(0);
  });

  it("a missing optional ConfigMap: the pod runs, and no warning", async () => {
    await core.createNamespacedPod({
      namespace: ns,
      body: podSpec(
        "optional-cm",
        {},
        { envFrom: [{ configMapRef: { name: "absent-cm", optional: true } }] },
      ),
    });
    await waitRunning("optional-cm");
    expect(await warnings("optional-cm")).toEqual([]);
  });
});

describe("deletion", () => {
  it("kubectl delete --grace-period shorter than the spec's: the pod goes after it, the instance stops in the background, an Event says so", async () => {
    // A container that ignores SIGTERM keeps its instance for the whole 45 s fixed at create.
    emulator.setScenarios([{ match: { image: "*/stubborn:*" }, behaviour: { ignoreSigterm: true } }]);
    const pod = await core.createNamespacedPod({
      namespace: ns,
      body: podSpec(
        "short-grace",
        { terminationGracePeriodSeconds: 45 },
        { image: "registry.example/stubborn:1" },
      ),
    });
    await waitRunning("short-grace");
    const { kubectl, kubeconfig } = clusterInfo();
    const asked = Date.now();
    await promisify(execFile)(kubectl, [
      "--kubeconfig",
      kubeconfig,
      "-n",
      ns,
      "delete",
      "pod",
      "short-grace",
      "--grace-period=5",
      "--wait=false",
    ]);
    await waitGone("short-grace");
    // Gone after the 5 s asked for (plus a resync), not after the spec's 45 s.
    expect(Date.now() - asked).toBeLessThan(30_000);
    expect(liveInstances(emulator, { "okevn-pod-uid": uidOf(pod) })).toBe(1);
    expect(await eventReasons("short-grace")).toContain("GracePeriodShortened");
    await eventually(
      "the instance deleted in the background",
      async () => (liveInstances(emulator, { "okevn-pod-uid": uidOf(pod) }) === 0 ? true : undefined),
      90_000,
    );
  }, 150_000);

  it("graceful delete keeps the grace period, deletes the instance, then removes the pod", async () => {
    const pod = await core.createNamespacedPod({
      namespace: ns,
      body: podSpec("graceful", { terminationGracePeriodSeconds: 5 }),
    });
    await waitRunning("graceful");
    // The apiserver answers a graceful delete with the pod as it now is: terminating, with the
    // pod's own grace period (read from the answer, since the provider may remove the pod soon after).
    const terminating = await core.deleteNamespacedPod({ name: "graceful", namespace: ns });
    expect(terminating.metadata?.deletionTimestamp).toBeInstanceOf(Date);
    expect(terminating.metadata?.deletionGracePeriodSeconds).toBe(5);
    await waitGone("graceful");
    expect(liveInstances(emulator, { "okevn-pod-uid": uidOf(pod) })).toBe(0);
  });

  it("force delete (grace 0) removes the pod object at once and the instance follows", async () => {
    const pod = await core.createNamespacedPod({ namespace: ns, body: podSpec("forced") });
    await waitRunning("forced");
    expect(liveInstances(emulator, { "okevn-pod-uid": uidOf(pod) })).toBe(1);
    await core.deleteNamespacedPod({ name: "forced", namespace: ns, gracePeriodSeconds: 0 });
    // At once: the very next read finds no pod object.
    expect(await phaseOf("forced")).toBeUndefined();
    await eventually("instance deleted", async () =>
      liveInstances(emulator, { "okevn-pod-uid": uidOf(pod) }) === 0 ? true : undefined,
    );
    expect(liveInstances(emulator, { "okevn-pod-uid": uidOf(pod) })).toBe(0);
    expect(createsFor(emulator, uidOf(pod))).toBe(1);
  });

  it("a delete that finds the instance already gone (NotFound) still completes", async () => {
    const pod = await core.createNamespacedPod({ namespace: ns, body: podSpec("already-gone") });
    await waitRunning("already-gone");
    // Someone deleted the instance behind our back and OCI purged it.
    const instance = [...emulator.core.store.instances.values()].find(
      (i) => i.freeformTags["okevn-pod-uid"] === uidOf(pod),
    );
    expect(instance).toBeDefined();
    emulator.core.store.instances.delete(instance!.id);
    await core.deleteNamespacedPod({ name: "already-gone", namespace: ns });
    await waitGone("already-gone");
  });

  it("a delete that fails at first is retried until the instance is gone", async () => {
    const pod = await core.createNamespacedPod({ namespace: ns, body: podSpec("delete-fails") });
    await waitRunning("delete-fails");
    emulator.setFaults({
      rules: [{ operation: "DeleteContainerInstance", error: { status: 500, count: 3 } }],
    });
    try {
      await core.deleteNamespacedPod({ name: "delete-fails", namespace: ns });
      await waitGone("delete-fails");
      expect(liveInstances(emulator, { "okevn-pod-uid": uidOf(pod) })).toBe(0);
      expect(emulator.callLog.count("DeleteContainerInstance", 500)).toBeGreaterThanOrEqual(3);
    } finally {
      emulator.setFaults({ rules: [] });
    }
  });
});

describe("updates and races", () => {
  it("an update while running (labels) creates no second instance", async () => {
    const pod = await core.createNamespacedPod({ namespace: ns, body: podSpec("updated") });
    await waitRunning("updated");
    await retryOnConflict(async () => {
      const current = await core.readNamespacedPod({ name: "updated", namespace: ns });
      current.metadata = { ...current.metadata, labels: { ...current.metadata?.labels, touched: "yes" } };
      await core.replaceNamespacedPod({ name: "updated", namespace: ns, body: current });
    });
    await new Promise((r) => setTimeout(r, 3000));
    expect(await phaseOf("updated")).toBe("Running");
    expect(createsFor(emulator, uidOf(pod))).toBe(1);
  });

  it("a pod deleted and re-created under the same name gets a fresh instance, the old one goes", async () => {
    const first = await core.createNamespacedPod({ namespace: ns, body: podSpec("racer") });
    await waitRunning("racer");
    await core.deleteNamespacedPod({ name: "racer", namespace: ns, gracePeriodSeconds: 0 });
    await waitGone("racer");
    const second = await core.createNamespacedPod({ namespace: ns, body: podSpec("racer") });
    await waitRunning("racer");
    expect(uidOf(second)).not.toBe(uidOf(first));
    await eventually("old instance deleted", async () =>
      liveInstances(emulator, { "okevn-pod-uid": uidOf(first) }) === 0 ? true : undefined,
    );
    expect(liveInstances(emulator, { "okevn-pod-uid": uidOf(second) })).toBe(1);
  });
});

describe("node", () => {
  it("is registered again after someone deletes it", async () => {
    const before = await core.readNode({ name: nodeName });
    await core.deleteNode({ name: nodeName });
    const after = await eventually("node re-registered", async () => {
      const n = await core.readNode({ name: nodeName }).catch(() => undefined);
      return n && n.metadata?.uid !== before.metadata?.uid ? n : undefined;
    });
    await waitForReadyNode(core, nodeName);
    expect(after.spec?.taints?.[0]?.key).toBe("virtual-kubelet.io/provider");
  });
});
