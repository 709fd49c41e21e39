/**
 * The core path end to end: the real provider process registers a Node, runs pods as
 * Container Instances on the emulator (real SDK, signed requests), reports their status,
 * and deletes instances when pods go.
 */
import { CoordinationV1Api, type V1Pod } from "@kubernetes/client-node";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { adminConfig, clients, clusterInfo, eventually } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  createsFor,
  liveInstances,
  setUpVirtualNode,
  tearDownVirtualNode,
} from "../support/virtual-node.ts";

const exec = promisify(execFile);
const { core, apps } = clients();
const nodeName = `vn-lifecycle-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, node, ns, removeNamespace } = await setUpVirtualNode("lifecycle", nodeName));
  emulator.setScenarios([
    { name: "exit-3", match: { image: "*/exit3:*" }, behaviour: { exit: { code: 3, afterMs: 300 } } },
    { name: "exit-0", match: { image: "*/done:*" }, behaviour: { exit: { code: 0, afterMs: 300 } } },
  ]);
});
afterAll(() => tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName));

function pod(name: string, image: string, extra: Partial<V1Pod["spec"]> = {}): V1Pod {
  return {
    metadata: { name },
    spec: {
      nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      containers: [{ name: "main", image, resources: { requests: { cpu: "500m", memory: "1Gi" } } }],
      ...extra,
    },
  };
}

const liveInstancesFor = (uid: string): number => liveInstances(emulator, { "okevn-pod-uid": uid });
const createsForPod = (uid: string): number => createsFor(emulator, uid);

describe("virtual node", () => {
  it("serves Prometheus metrics on its own port", async () => {
    await core.createNamespacedPod({
      namespace: ns,
      body: pod("metered", "registry.example/web:1"),
    });
    await eventually("metered Running", async () => {
      const p = await core.readNamespacedPod({ name: "metered", namespace: ns });
      return p.status?.phase === "Running" ? true : undefined;
    });
    const started = readFileSync(node.logPath, "utf8")
      .split("\n")
      .map((line) =>
        line.startsWith("{") ? (JSON.parse(line) as { msg?: string; metricsPort?: number }) : {},
      )
      .find((entry) => entry.msg === "virtual node running");
    const text = await (await fetch(`http://127.0.0.1:${started?.metricsPort}/metrics`)).text();
    expect(text).toContain('okevn_oci_calls_total{operation="CreateContainerInstance",status="200"}');
    expect(text).toMatch(/okevn_queue_depth\{queue="sync",state="ready"\} \d+/);
    expect(text).toMatch(/okevn_pod_start_phase_seconds_count\{phase="created_to_running"\} [1-9]/);
    expect(text).toMatch(/okevn_apiserver_requests_total\{method="PATCH",status="200"\} [1-9]/);
    await core.deleteNamespacedPod({ name: "metered", namespace: ns, gracePeriodSeconds: 0 });
  });

  it("registers a Ready node with labels, taint, addresses and a renewed lease", async () => {
    const registered = await core.readNode({ name: nodeName });
    expect(registered.metadata?.labels).toMatchObject({
      type: "virtual-kubelet",
      "kubernetes.io/role": "agent",
    });
    expect(registered.spec?.taints).toContainEqual(
      expect.objectContaining({ key: "virtual-kubelet.io/provider", effect: "NoSchedule" }),
    );
    expect(["1000", "1k"]).toContain(registered.status?.capacity?.["pods"]); // the apiserver canonicalises quantities
    expect(registered.status?.addresses?.[0]?.type).toBe("InternalIP");
    const coordination = adminConfig().makeApiClient(CoordinationV1Api);
    const first = await coordination.readNamespacedLease({ name: nodeName, namespace: "kube-node-lease" });
    await eventually(
      "lease renewal",
      async () => {
        const lease = await coordination.readNamespacedLease({
          name: nodeName,
          namespace: "kube-node-lease",
        });
        return String(lease.spec?.renewTime) !== String(first.spec?.renewTime) ? lease : undefined;
      },
      20_000,
    );
  });

  it("runs a pod as one container instance and reports Running with the pod IP", async () => {
    const created = await core.createNamespacedPod({
      namespace: ns,
      body: pod("web", "registry.example/web:1"),
    });
    const running = await eventually("pod Running", async () => {
      const p = await core.readNamespacedPod({ name: "web", namespace: ns });
      return p.status?.phase === "Running" && p.status.podIP ? p : undefined;
    });
    expect(running.status?.conditions?.find((c) => c.type === "Ready")?.status).toBe("True");
    expect(running.status?.containerStatuses?.[0]?.state?.running).toBeDefined();
    expect(running.status?.containerStatuses?.[0]?.containerID).toMatch(/^oci:\/\//);
    const uid = created.metadata?.uid ?? "";
    expect(createsForPod(uid)).toBe(1);
    expect(liveInstancesFor(uid)).toBe(1);

    await core.deleteNamespacedPod({ name: "web", namespace: ns });
    await eventually("pod removed", async () => {
      const p = await core.readNamespacedPod({ name: "web", namespace: ns }).catch(() => undefined);
      return p ? undefined : true;
    });
    expect(liveInstancesFor(uid)).toBe(0);
  });

  it("ends a Job's pod whose container exits 3 as Failed with exit code 3 and no instance left", async () => {
    const created = await core.createNamespacedPod({
      namespace: ns,
      body: pod("job-exit-3", "registry.example/exit3:1", { restartPolicy: "Never" }),
    });
    const failed = await eventually("pod Failed", async () => {
      const p = await core.readNamespacedPod({ name: "job-exit-3", namespace: ns });
      return p.status?.phase === "Failed" ? p : undefined;
    });
    expect(failed.status?.containerStatuses?.[0]?.state?.terminated?.exitCode).toBe(3);
    const uid = created.metadata?.uid ?? "";
    await eventually("instance deleted", async () => (liveInstancesFor(uid) === 0 ? true : undefined));
  });

  it("ends a completed pod Succeeded and stops billing", async () => {
    const created = await core.createNamespacedPod({
      namespace: ns,
      body: pod("job-done", "registry.example/done:1", { restartPolicy: "OnFailure" }),
    });
    const uid = created.metadata?.uid ?? "";
    const succeeded = await eventually("pod Succeeded", async () => {
      const p = await core.readNamespacedPod({ name: "job-done", namespace: ns });
      return p.status?.phase === "Succeeded" ? p : undefined;
    });
    expect(succeeded.status?.containerStatuses?.[0]?.state?.terminated?.exitCode).toBe(0);
    await eventually("instance deleted", async () => (liveInstancesFor(uid) === 0 ? true : undefined));
    expect(liveInstancesFor(uid)).toBe(0);
    // Exit 0 under OnFailure: one instance, never replaced; the pod object keeps its final status.
    expect(createsForPod(uid)).toBe(1);
    expect((await core.readNamespacedPod({ name: "job-done", namespace: ns })).status?.phase).toBe(
      "Succeeded",
    );
  });

  it("refuses an unsupported pod with an Event and a Failed status, creating nothing", async () => {
    const created = await core.createNamespacedPod({
      namespace: ns,
      body: pod("host-net", "registry.example/web:1", { hostNetwork: true }),
    });
    const failed = await eventually("pod Failed", async () => {
      const p = await core.readNamespacedPod({ name: "host-net", namespace: ns });
      return p.status?.phase === "Failed" ? p : undefined;
    });
    expect(failed.status?.message).toContain("spec.hostNetwork");
    const events = await eventually("warning event", async () => {
      const list = await core.listNamespacedEvent({
        namespace: ns,
        fieldSelector: "involvedObject.name=host-net",
      });
      return list.items.some((e) => e.type === "Warning") ? list.items : undefined;
    });
    expect(events.map((e) => e.message).join("\n")).toContain("spec.hostNetwork");
    expect(createsForPod(created.metadata?.uid ?? "")).toBe(0);
  });

  it("scales a Deployment 0 → 20 → 0 leaving zero instances", async () => {
    const labels = { app: "scale" };
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: {
        metadata: { name: "scale" },
        spec: {
          replicas: 20,
          selector: { matchLabels: labels },
          template: {
            metadata: { labels },
            spec: {
              nodeSelector: { "kubernetes.io/hostname": nodeName },
              tolerations: [VIRTUAL_NODE_TOLERATION],
              containers: [{ name: "main", image: "registry.example/web:1" }],
            },
          },
        },
      },
    });
    await eventually(
      "20 pods Running",
      async () => {
        const list = await core.listNamespacedPod({ namespace: ns, labelSelector: "app=scale" });
        return list.items.filter((p) => p.status?.phase === "Running").length === 20 ? true : undefined;
      },
      120_000,
    );
    // Real kubectl, as a user would scale it (it retries on conflicts with the controllers' writes).
    await exec(clusterInfo().kubectl, [
      "--kubeconfig",
      clusterInfo().kubeconfig,
      "-n",
      ns,
      "scale",
      "deployment/scale",
      "--replicas=0",
    ]);
    await eventually(
      "no pods",
      async () => {
        const list = await core.listNamespacedPod({ namespace: ns, labelSelector: "app=scale" });
        return list.items.length === 0 ? true : undefined;
      },
      120_000,
    );
    const live = [...emulator.core.store.instances.values()].filter(
      (i) =>
        i.freeformTags["okevn-namespace"] === ns &&
        i.freeformTags["okevn-pod"]?.startsWith("scale-") &&
        i.lifecycleState !== "DELETED",
    );
    expect(live).toHaveLength(0);
  });
});
