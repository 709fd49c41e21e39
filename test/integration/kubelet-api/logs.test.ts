/**
 * kubectl against the kubelet API through the real apiserver: logs (tail, since,
 * timestamps, limit), follow, previous run after a restart, a completed Job's logs after
 * its instance is gone, the node proxy, and exec's clear refusal.
 */
import { BatchV1Api, type V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { adminConfig, clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  liveInstances,
  startTestEmulator,
  startVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";
import { freePort, kubectl, kubectlStream, servingCertificate } from "./support.ts";

const { core } = clients();
const batch = adminConfig().makeApiClient(BatchV1Api);
const nodeName = `vn-kubelet-logs-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;
let nodeConfig: Record<string, unknown>;

beforeAll(async () => {
  emulator = await startTestEmulator();
  emulator.setScenarios([
    {
      match: { image: "*/chatty:*" },
      behaviour: { logs: { lines: ["{time} chatty {n}"], intervalMs: 200 } },
    },
    {
      match: { image: "*/job:*" },
      behaviour: {
        logs: { lines: ["job line {n}"], intervalMs: 50, maxLines: 10 },
        exit: { code: 0, afterMs: 1500 },
      },
    },
    {
      match: { image: "*/crash:*" },
      behaviour: {
        logs: { lines: ["run line {n}"], intervalMs: 50, maxLines: 5 },
        exit: { code: 1, afterMs: 800 },
      },
    },
  ]);
  const namespace = await testNamespace("kubelet-logs");
  ns = namespace.name;
  removeNamespace = namespace.remove;
  const address = clusterInfo().hostAddress;
  const port = await freePort(address);
  const serving = await servingCertificate(nodeName, address);
  nodeConfig = {
    kubeletApi: {
      port,
      tlsCertFile: serving.cert,
      tlsKeyFile: serving.key,
      clientCaFile: clusterInfo().caCert,
    },
    namespace: ns,
  };
  node = await startVirtualNode({ nodeName, emulator, config: nodeConfig });
  await waitForReadyNode(core, nodeName);
});

async function restartProvider(): Promise<void> {
  await node.stop();
  node = await startVirtualNode({ nodeName, emulator, config: nodeConfig });
  await waitForReadyNode(core, nodeName);
}

afterAll(async () => {
  await removeNamespace?.();
  await node?.stop();
  await core.deleteNode({ name: nodeName }).catch(() => undefined);
  await emulator?.stop();
});

function pod(name: string, image: string): V1Pod {
  return {
    metadata: { name },
    spec: {
      nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      containers: [{ name: "main", image, resources: { requests: { cpu: "500m", memory: "1Gi" } } }],
    },
  };
}

async function running(name: string): Promise<V1Pod> {
  return eventually(`${name} Running`, async () => {
    const p = await core.readNamespacedPod({ name, namespace: ns });
    return p.status?.phase === "Running" && p.status.containerStatuses?.[0]?.state?.running ? p : undefined;
  });
}

describe("kubectl logs through the apiserver", () => {
  beforeAll(async () => {
    await core.createNamespacedPod({ namespace: ns, body: pod("chatty", "registry.example/chatty:1") });
    await running("chatty");
    // A few lines exist before the tests read them.
    await new Promise((r) => setTimeout(r, 1500));
  });

  it("returns the container's output", async () => {
    const result = await kubectl(["logs", "-n", ns, "chatty"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/chatty 0\n/);
    expect(result.stdout).toMatch(/chatty 3\n/);
  });

  it("honours --tail, --limit-bytes, --timestamps and --since", async () => {
    const tail = await kubectl(["logs", "-n", ns, "chatty", "--tail=2"]);
    expect(tail.stdout.trimEnd().split("\n")).toHaveLength(2);
    const limited = await kubectl(["logs", "-n", ns, "chatty", "--limit-bytes=10"]);
    expect(limited.stdout).toHaveLength(10);
    const stamped = await kubectl(["logs", "-n", ns, "chatty", "--tail=1", "--timestamps"]);
    expect(stamped.stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z \S+ chatty \d+\n$/);
    // Lines carry their time: --since keeps only the recent ones.
    await new Promise((r) => setTimeout(r, 2500));
    const all = (await kubectl(["logs", "-n", ns, "chatty"])).stdout.trimEnd().split("\n");
    const recent = (await kubectl(["logs", "-n", ns, "chatty", "--since=1s"])).stdout.trimEnd().split("\n");
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all.length);
    const cutoff = Date.now() - 1500;
    for (const line of recent) expect(Date.parse(line.split(" ")[0]!)).toBeGreaterThan(cutoff - 2000);
  });

  it("follows: new lines arrive while kubectl logs -f runs, without duplicates or gaps", async () => {
    const stream = kubectlStream(["logs", "-f", "-n", ns, "chatty", "--tail=1"]);
    try {
      const first = await eventually("a first line", async () => {
        const m = /chatty (\d+)\n/.exec(stream.output());
        return m ? Number(m[1]) : undefined;
      });
      await eventually(
        "lines written after kubectl started",
        async () => {
          const numbers = [...stream.output().matchAll(/chatty (\d+)\n/g)].map((m) => Number(m[1]));
          return numbers.length >= 8 ? numbers : undefined;
        },
        20_000,
      );
      const numbers = [...stream.output().matchAll(/chatty (\d+)\n/g)].map((m) => Number(m[1]));
      expect(numbers[0]).toBe(first);
      expect(numbers).toEqual(numbers.map((_, i) => first + i));
    } finally {
      stream.stop();
    }
  });

  it("answers unknown pods and containers with a message", async () => {
    const missing = await kubectl(["logs", "-n", ns, "no-such-pod"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/not found/);
    const container = await kubectl(["logs", "-n", ns, "chatty", "-c", "nope"]);
    expect(container.code).not.toBe(0);
    expect(container.stderr).toMatch(/nope/);
    // Answered by the kubelet API, passed on by the apiserver: the words, not a Status in JSON.
    const previous = await kubectl(["logs", "-p", "-n", ns, "chatty"]);
    expect(previous.code).not.toBe(0);
    expect(previous.stderr.trim()).toBe(
      'Error from server (BadRequest): previous terminated container "main" in pod "chatty" not found',
    );
  });

  it("lists the node's pods through the node proxy", async () => {
    const result = await kubectl(["get", "--raw", `/api/v1/nodes/${nodeName}/proxy/pods`]);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as { kind: string; items: V1Pod[] };
    expect(list.kind).toBe("PodList");
    expect(list.items.map((p) => p.metadata?.name)).toContain("chatty");
    const healthz = await kubectl(["get", "--raw", `/api/v1/nodes/${nodeName}/proxy/healthz`]);
    expect(healthz.stdout).toBe("ok");
  });

  it("refuses kubectl exec with a clear message", async () => {
    const result = await kubectl(["exec", "-n", ns, "chatty", "--", "ls"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/not supported by OCI Container Instances/);
  });
});

describe("logs that outlive the run", () => {
  it("serves the previous run after a restart (kubectl logs -p)", async () => {
    await core.createNamespacedPod({ namespace: ns, body: pod("crash", "registry.example/crash:1") });
    await eventually(
      "a restart",
      async () => {
        const p = await core.readNamespacedPod({ name: "crash", namespace: ns });
        return (p.status?.containerStatuses?.[0]?.restartCount ?? 0) >= 1 ? p : undefined;
      },
      60_000,
    );
    const previous = await kubectl(["logs", "-p", "-n", ns, "crash"]);
    expect(previous.stderr).toBe("");
    expect(previous.stdout).toContain("run line 0\n");
    expect(previous.stdout).toContain("run line 4\n");
  });

  it("says why when a finished pod's logs are gone: the kubelet API's message reaches kubectl", async () => {
    const lost = pod("lost", "registry.example/job:1");
    lost.spec!.restartPolicy = "Never";
    await core.createNamespacedPod({ namespace: ns, body: lost });
    const done = await eventually(
      "the pod Succeeded and its instance gone",
      async () => {
        const p = await core.readNamespacedPod({ name: "lost", namespace: ns });
        if (p.status?.phase !== "Succeeded") return undefined;
        return liveInstances(emulator, { "okevn-pod-uid": p.metadata!.uid! }) === 0 ? p : undefined;
      },
      90_000,
    );
    const saved = `okevn-logs-${done.metadata!.uid}`;
    await eventually("the final logs saved", async () =>
      core.readNamespacedConfigMap({ name: saved, namespace: ns }).catch(() => undefined),
    );
    await core.deleteNamespacedConfigMap({ name: saved, namespace: ns });
    const result = await kubectl(["logs", "-n", ns, "lost"]);
    expect(result.code).not.toBe(0);
    // Not the apiserver's bare "the server could not find the requested resource".
    expect(result.stderr).toContain('no logs are kept for container "main" in pod "lost"');
    expect(result.stderr).not.toContain('"kind":"Status"');
  });

  it("keeps a completed Job's logs after its instance is deleted", async () => {
    await batch.createNamespacedJob({
      namespace: ns,
      body: {
        metadata: { name: "once" },
        spec: {
          backoffLimit: 0,
          template: {
            spec: {
              nodeName,
              restartPolicy: "Never",
              tolerations: [VIRTUAL_NODE_TOLERATION],
              containers: [{ name: "main", image: "registry.example/job:1" }],
            },
          },
        },
      },
    });
    const done = await eventually(
      "the Job's pod Succeeded and its instance gone",
      async () => {
        const list = await core.listNamespacedPod({ namespace: ns, labelSelector: "job-name=once" });
        const p = list.items[0];
        if (p?.status?.phase !== "Succeeded") return undefined;
        return liveInstances(emulator, { "okevn-pod-uid": p.metadata!.uid! }) === 0 ? p : undefined;
      },
      90_000,
    );
    const result = await kubectl(["logs", "-n", ns, done.metadata!.name!]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(Array.from({ length: 10 }, (_, i) => `job line ${i}\n`).join(""));
    const viaJob = await kubectl(["logs", "-n", ns, "job/once", "--tail=3"]);
    expect(viaJob.stdout).toBe("job line 7\njob line 8\njob line 9\n");

    // Kept outside the process: still there after a restart.
    await restartProvider();
    const afterRestart = await eventually("logs after the restart", async () => {
      const res = await kubectl(["logs", "-n", ns, done.metadata!.name!, "--tail=1"]);
      return res.code === 0 ? res.stdout : undefined;
    });
    expect(afterRestart).toBe("job line 9\n");
    const saved = `okevn-logs-${done.metadata!.uid}`;
    expect((await core.readNamespacedConfigMap({ name: saved, namespace: ns })).binaryData).toHaveProperty(
      "main.log.gz",
    );

    // Gone with the pod: the sweep (at start, then every minute) removes logs of deleted pods.
    await batch.deleteNamespacedJob({ name: "once", namespace: ns, propagationPolicy: "Foreground" });
    await eventually("the Job's pod deleted", async () => {
      const list = await core.listNamespacedPod({ namespace: ns, labelSelector: "job-name=once" });
      return list.items.length === 0 ? true : undefined;
    });
    await restartProvider();
    await eventually("the saved logs swept", async () =>
      (await core.readNamespacedConfigMap({ name: saved, namespace: ns }).then(
        () => false,
        () => true,
      ))
        ? true
        : undefined,
    );
  });
});
