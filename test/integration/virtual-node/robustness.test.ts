/**
 * Robustness of the core: a provider restart in the middle of creations never doubles an
 * instance, malformed or unsupported pods each end with an Event and a status while the
 * node keeps serving others, and instances that vanish are replaced per restart policy.
 */
import type { V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { clients, eventually } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  createsFor,
  liveInstances,
  setUpVirtualNode,
  startVirtualNode,
  tearDownVirtualNode,
} from "../support/virtual-node.ts";

const { core } = clients();
const nodeName = `vn-robust-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, node, ns, removeNamespace } = await setUpVirtualNode("robust", nodeName));
});
afterAll(() => tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName));

function pod(name: string, spec: Partial<NonNullable<V1Pod["spec"]>> = {}, container: object = {}): V1Pod {
  return {
    metadata: { name, labels: { suite: "robust" } },
    spec: {
      nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      containers: [{ name: "main", image: "registry.example/app:1", ...container }],
      ...spec,
    },
  };
}

describe("provider restart", () => {
  it("leaves exactly one instance per pod when restarted in the middle of 50 creations", async () => {
    // Slow creates down so the restart lands while many are in flight.
    emulator.setFaults({
      rules: [{ operation: "CreateContainerInstance", latencyMs: { min: 100, max: 600 } }],
    });
    try {
      const created = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          core.createNamespacedPod({
            namespace: ns,
            body: { ...pod(`batch-${i}`), metadata: { name: `batch-${i}`, labels: { batch: "restart" } } },
          }),
        ),
      );
      await eventually("some creates issued", async () =>
        emulator.callLog.count("CreateContainerInstance") >= 5 ? true : undefined,
      );
      await node.stop("SIGKILL");
      node = await startVirtualNode({ nodeName, emulator });
      await eventually(
        "all 50 Running",
        async () => {
          const list = await core.listNamespacedPod({ namespace: ns, labelSelector: "batch=restart" });
          return list.items.filter((p) => p.status?.phase === "Running").length === 50 ? true : undefined;
        },
        120_000,
      );
      for (const p of created) {
        expect(liveInstances(emulator, { "okevn-pod-uid": p.metadata?.uid ?? "" }), p.metadata?.name).toBe(1);
      }
      // Retried creates carry the same opc-retry-token: OCI (and the emulator) answer with the first instance.
      const distinct = new Set(
        [...emulator.core.store.instances.values()]
          .filter((i) => created.some((p) => p.metadata?.uid === i.freeformTags["okevn-pod-uid"]))
          .map((i) => i.id),
      );
      expect(distinct.size).toBe(50);
    } finally {
      emulator.setFaults({ rules: [] });
    }
  });
});

describe("dangling instances", () => {
  it("deletes, after a restart, the instance of a pod force-deleted while the provider was down", async () => {
    const created = await core.createNamespacedPod({ namespace: ns, body: pod("dangling") });
    const uid = created.metadata?.uid ?? "";
    await eventually("dangling Running", async () => {
      const p = await core.readNamespacedPod({ name: "dangling", namespace: ns });
      return p.status?.phase === "Running" ? true : undefined;
    });
    await node.stop("SIGKILL");
    await core.deleteNamespacedPod({ name: "dangling", namespace: ns, gracePeriodSeconds: 0 });
    expect(liveInstances(emulator, { "okevn-pod-uid": uid })).toBe(1);
    node = await startVirtualNode({ nodeName, emulator });
    await eventually("dangling instance deleted", async () =>
      liveInstances(emulator, { "okevn-pod-uid": uid }) === 0 ? true : undefined,
    );
  });
});

describe("bad input", () => {
  const cases: [string, V1Pod, string][] = [
    ["host-pid", pod("bad-host-pid", { hostPID: true }), "spec.hostPID"],
    [
      "host-path",
      pod(
        "bad-host-path",
        { volumes: [{ name: "h", hostPath: { path: "/etc" } }] },
        {
          volumeMounts: [{ name: "h", mountPath: "/h" }],
        },
      ),
      "spec.volumes[0].hostPath",
    ],
    [
      "pvc",
      pod("bad-pvc", { volumes: [{ name: "p", persistentVolumeClaim: { claimName: "x" } }] }),
      "spec.volumes[0].persistentVolumeClaim",
    ],
    [
      "privileged",
      pod("bad-privileged", {}, { securityContext: { privileged: true } }),
      "spec.containers[0].securityContext.privileged",
    ],
    [
      "exec-probe",
      pod("bad-exec-probe", {}, { livenessProbe: { exec: { command: ["true"] } } }),
      "spec.containers[0].livenessProbe.exec",
    ],
    [
      "init-container",
      pod("bad-init", { initContainers: [{ name: "init", image: "registry.example/init:1" }] }),
      "spec.initContainers",
    ],
    [
      "host-aliases",
      pod("bad-host-aliases", { hostAliases: [{ ip: "10.0.0.1", hostnames: ["x"] }] }),
      "spec.hostAliases",
    ],
    [
      "absurd-cpu",
      pod("bad-absurd-cpu", {}, { resources: { requests: { cpu: "5000" } } }),
      "spec.containers: the pod needs 5000",
    ],
    [
      "absurd-memory",
      pod("bad-absurd-memory", {}, { resources: { limits: { memory: "100Ti" } } }),
      "spec.containers: the pod needs",
    ],
  ];

  it.each(cases)(
    "%s: Warning event and Failed status naming the field, no instance",
    async (_label, body, field) => {
      const created = await core.createNamespacedPod({ namespace: ns, body });
      const name = created.metadata?.name ?? "";
      const failed = await eventually(`${name} Failed`, async () => {
        const p = await core.readNamespacedPod({ name, namespace: ns });
        return p.status?.phase === "Failed" ? p : undefined;
      });
      expect(failed.status?.message).toContain(field);
      const events = await eventually(`${name} warning`, async () => {
        const list = await core.listNamespacedEvent({
          namespace: ns,
          fieldSelector: `involvedObject.name=${name}`,
        });
        return list.items.some((e) => e.type === "Warning") ? list.items : undefined;
      });
      expect(events.map((e) => e.message).join("\n")).toContain(field);
      expect(createsFor(emulator, created.metadata?.uid ?? "")).toBe(0);
    },
  );

  it("keeps serving other pods after all that", async () => {
    const created = await core.createNamespacedPod({ namespace: ns, body: pod("still-fine") });
    const running = await eventually("still-fine Running", async () => {
      const p = await core.readNamespacedPod({ name: "still-fine", namespace: ns });
      return p.status?.phase === "Running" ? p : undefined;
    });
    expect(running.status?.conditions?.find((c) => c.type === "Ready")?.status).toBe("True");
    expect(running.status?.podIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const uid = created.metadata?.uid ?? "";
    expect(createsFor(emulator, uid)).toBe(1);
    expect(liveInstances(emulator, { "okevn-pod-uid": uid })).toBe(1);
  });
});

describe("vanished instances", () => {
  it("replaces the instance of a restartPolicy=Always pod and reports it as a restart", async () => {
    const created = await core.createNamespacedPod({ namespace: ns, body: pod("phoenix") });
    const uid = created.metadata?.uid ?? "";
    await eventually("phoenix Running", async () => {
      const p = await core.readNamespacedPod({ name: "phoenix", namespace: ns });
      return p.status?.phase === "Running" ? true : undefined;
    });
    const original = [...emulator.core.store.instances.values()].find(
      (i) => i.freeformTags["okevn-pod-uid"] === uid,
    );
    emulator.core.store.instances.delete(original!.id);
    const restarted = await eventually(
      "phoenix restarted",
      async () => {
        const p = await core.readNamespacedPod({ name: "phoenix", namespace: ns });
        return p.status?.phase === "Running" && (p.status.containerStatuses?.[0]?.restartCount ?? 0) >= 1
          ? p
          : undefined;
      },
      90_000,
    );
    expect(restarted.status?.containerStatuses?.[0]?.restartCount).toBe(1);
    expect(liveInstances(emulator, { "okevn-pod-uid": uid })).toBe(1);
  });

  it("fails a restartPolicy=Never pod whose instance vanished", async () => {
    const created = await core.createNamespacedPod({
      namespace: ns,
      body: pod("mayfly", { restartPolicy: "Never" }),
    });
    const uid = created.metadata?.uid ?? "";
    await eventually("mayfly Running", async () => {
      const p = await core.readNamespacedPod({ name: "mayfly", namespace: ns });
      return p.status?.phase === "Running" ? true : undefined;
    });
    const original = [...emulator.core.store.instances.values()].find(
      (i) => i.freeformTags["okevn-pod-uid"] === uid,
    );
    emulator.core.store.instances.delete(original!.id);
    const failed = await eventually(
      "mayfly Failed",
      async () => {
        const p = await core.readNamespacedPod({ name: "mayfly", namespace: ns });
        return p.status?.phase === "Failed" ? p : undefined;
      },
      90_000,
    );
    expect(failed.status?.reason).toBe("InstanceVanished");
    expect(createsFor(emulator, uid)).toBe(1);
  });
});
