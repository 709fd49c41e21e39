/**
 * Proves the test bed is a real Kubernetes control plane: pinned apiserver version, the
 * real scheduler and controller-manager at work, RBAC enforced, real kubectl.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { CoreV1Event } from "@kubernetes/client-node";
import { AuthorizationV1Api, CoreV1Api, KubeConfig, type V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadManifest } from "../../tools/toolchain/build.ts";
import {
  adminConfig,
  clients,
  clusterInfo,
  eventually,
  retryOnConflict,
  testNamespace,
} from "./support/cluster.ts";

const exec = promisify(execFile);
const { core, apps } = clients();
let namespace: { name: string; remove: () => Promise<void> };

beforeAll(async () => {
  namespace = await testNamespace("controlplane");
});
afterAll(async () => {
  await namespace.remove();
});

describe("local control plane", () => {
  it("runs the pinned apiserver version", async () => {
    const pinned = loadManifest()["kubernetes"]?.version;
    expect(clusterInfo().version).toBe(pinned);
    const { stdout } = await exec(clusterInfo().kubectl, [
      "--kubeconfig",
      clusterInfo().kubeconfig,
      "version",
      "-o",
      "json",
    ]);
    const versions = JSON.parse(stdout) as {
      clientVersion: { gitVersion: string };
      serverVersion: { gitVersion: string };
    };
    expect(versions.serverVersion.gitVersion).toBe(pinned);
    expect(versions.clientVersion.gitVersion).toBe(pinned);
  });

  it("creates the default ServiceAccount and kube-root-ca.crt in a new namespace (controller-manager)", async () => {
    const sa = await eventually("default ServiceAccount", async () =>
      core.readNamespacedServiceAccount({ name: "default", namespace: namespace.name }),
    );
    expect(sa.metadata?.name).toBe("default");
    const rootCa = await eventually("kube-root-ca.crt", async () =>
      core.readNamespacedConfigMap({ name: "kube-root-ca.crt", namespace: namespace.name }),
    );
    expect(rootCa.data?.["ca.crt"]).toContain("BEGIN CERTIFICATE");
  });

  it("schedules a Deployment's pods only once a Ready node exists (scheduler, ReplicaSet controller)", async () => {
    const ns = namespace.name;
    const labels = { app: "sched-probe", ns };
    await eventually("default ServiceAccount", async () =>
      core.readNamespacedServiceAccount({ name: "default", namespace: ns }),
    );
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: {
        metadata: { name: "sched-probe" },
        spec: {
          replicas: 2,
          selector: { matchLabels: labels },
          template: {
            metadata: { labels },
            spec: {
              // Only our test node matches, so other tests' nodes never take these pods.
              nodeSelector: { "test.oke-virtual-nodes.io/namespace": ns },
              containers: [{ name: "main", image: "registry.example/app:1" }],
            },
          },
        },
      },
    });
    const selector = `app=sched-probe,ns=${ns}`;
    const pending = await eventually("two Pending pods", async () => {
      const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: selector });
      return pods.items.length === 2 && pods.items.every((p) => p.status?.phase === "Pending")
        ? pods.items
        : undefined;
    });
    const replicaSets = await apps.listNamespacedReplicaSet({ namespace: ns });
    expect(replicaSets.items.map((rs) => rs.metadata?.ownerReferences?.[0]?.name)).toContain("sched-probe");
    expect(pending.every((p: V1Pod) => !p.spec?.nodeName)).toBe(true);
    await eventually("FailedScheduling events", async () => {
      const events = await core.listNamespacedEvent({
        namespace: ns,
        fieldSelector: "reason=FailedScheduling",
      });
      return events.items.filter(
        (e: CoreV1Event) =>
          e.source?.component === "default-scheduler" || e.reportingComponent === "default-scheduler",
      ).length >= 1
        ? true
        : undefined;
    });

    const nodeName = `test-node-${ns}`;
    await core.createNode({
      body: {
        metadata: { name: nodeName, labels: { "test.oke-virtual-nodes.io/namespace": ns } },
        status: {
          capacity: { cpu: "4", memory: "8Gi", pods: "10" },
          allocatable: { cpu: "4", memory: "8Gi", pods: "10" },
        },
      },
    });
    try {
      await retryOnConflict(async () => {
        const node = await core.readNode({ name: nodeName });
        const now = new Date();
        node.status = {
          ...node.status,
          conditions: [
            {
              type: "Ready",
              status: "True",
              reason: "KubeletReady",
              lastHeartbeatTime: now,
              lastTransitionTime: now,
            },
          ],
        };
        await core.replaceNodeStatus({ name: nodeName, body: node });
      });
      const bound = await eventually("pods bound to the test node", async () => {
        const pods = await core.listNamespacedPod({ namespace: ns, labelSelector: selector });
        return pods.items.length === 2 && pods.items.every((p) => p.spec?.nodeName === nodeName)
          ? pods.items
          : undefined;
      });
      expect(bound).toHaveLength(2);

      const { stdout } = await exec(clusterInfo().kubectl, [
        "--kubeconfig",
        clusterInfo().kubeconfig,
        "get",
        "pods",
        "-n",
        ns,
        "-o",
        "custom-columns=NAME:.metadata.name,NODE:.spec.nodeName",
        "--no-headers",
      ]);
      const lines = stdout.trim().split("\n");
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(new RegExp(`^sched-probe-\\S+\\s+${nodeName}$`));
    } finally {
      await core.deleteNode({ name: nodeName });
    }
  });

  it("refuses an unprivileged ServiceAccount (RBAC)", async () => {
    const ns = namespace.name;
    await core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: "nobody" } } });
    const token = await core.createNamespacedServiceAccountToken({
      name: "nobody",
      namespace: ns,
      body: { spec: { audiences: [], expirationSeconds: 600 } },
    });
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: "local", server: clusterInfo().server, caFile: clusterInfo().caCert }],
      users: [{ name: "nobody", token: token.status?.token }],
      contexts: [{ name: "local", cluster: "local", user: "nobody" }],
      currentContext: "local",
    });
    await expect(kc.makeApiClient(CoreV1Api).listNamespacedSecret({ namespace: ns })).rejects.toMatchObject({
      code: 403,
    });
    const review = await adminConfig()
      .makeApiClient(AuthorizationV1Api)
      .createSubjectAccessReview({
        body: {
          spec: {
            user: `system:serviceaccount:${ns}:nobody`,
            resourceAttributes: { verb: "list", resource: "secrets", namespace: ns },
          },
        },
      });
    expect(review.status?.allowed).toBe(false);
  });
});
