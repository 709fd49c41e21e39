/**
 * The provider survives its apiserver: a kube-apiserver restart (every watch cut) and an
 * etcd compaction that makes its resume point too old (410 → relist) lose no pod creation
 * or deletion. Runs its own control plane, since it restarts the apiserver.
 */
import { join } from "node:path";
import { CoreV1Api, KubeConfig, type V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ControlPlane, startControlPlane } from "../../../tools/controlplane/control-plane.ts";
import { freePort } from "../../../tools/controlplane/ports.ts";
import { type Emulator, startEmulator } from "../../../tools/emulator/emulator.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  startVirtualNodeProcess,
} from "../../../tools/harness/virtual-node.ts";
import { eventually } from "../support/cluster.ts";
import { createsFor, liveInstances } from "../support/virtual-node.ts";
import { createProviderNamespace } from "../../../tools/harness/provider-namespace.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const nodeName = "vn-restart";
const ns = "default";
let plane: ControlPlane;
let emulator: Emulator;
let node: VirtualNodeProcess;
let core: CoreV1Api;

beforeAll(async () => {
  plane = await startControlPlane({
    dir: join(ROOT, ".test-run", `run-${process.pid}`, "apiserver-restart"),
  });
  // Its own control plane: the provider's namespace must exist, or the node reports itself not Ready.
  await createProviderNamespace(plane.paths.kubectl, plane.paths.kubeconfig);
  const kc = new KubeConfig();
  kc.loadFromFile(plane.paths.kubeconfig);
  core = kc.makeApiClient(CoreV1Api);
  emulator = await startEmulator({ profile: "fast" });
  node = startVirtualNodeProcess({
    nodeName,
    emulator,
    kubeconfig: plane.paths.kubeconfig,
    address: plane.network.hostAddress,
    kubeletPort: await freePort(),
    dir: join(ROOT, ".test-run", "nodes", `${nodeName}-${process.pid}`),
  });
  await eventually("default ServiceAccount", () =>
    core.readNamespacedServiceAccount({ name: "default", namespace: ns }),
  );
  await eventually("node Ready", async () => {
    const n = await core.readNode({ name: nodeName }).catch(() => undefined);
    return n?.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ? true : undefined;
  });
}, 300_000);

afterAll(async () => {
  await node?.stop();
  await emulator?.stop();
  await plane?.stop();
});

const pod = (name: string): V1Pod => ({
  metadata: { name },
  spec: {
    nodeName,
    tolerations: [VIRTUAL_NODE_TOLERATION],
    containers: [{ name: "main", image: "registry.example/app:1" }],
  },
});

async function running(name: string): Promise<V1Pod> {
  return eventually(
    `${name} Running`,
    async () => {
      const p = await core.readNamespacedPod({ name, namespace: ns });
      return p.status?.phase === "Running" ? p : undefined;
    },
    90_000,
  );
}

async function gone(name: string, uid: string): Promise<void> {
  await eventually(
    `${name} and its instance gone`,
    async () => {
      const p = await core.readNamespacedPod({ name, namespace: ns }).catch(() => undefined);
      return !p && liveInstances(emulator, { "okevn-pod-uid": uid }) === 0 ? true : undefined;
    },
    90_000,
  );
}

async function etcd(path: string, body: object): Promise<{ header: { revision: string } }> {
  const res = await fetch(`${plane.etcdEndpoint}${path}`, { method: "POST", body: JSON.stringify(body) });
  return (await res.json()) as { header: { revision: string } };
}

describe("apiserver faults", () => {
  it("misses no creation or deletion across an apiserver restart", async () => {
    const before = await core.createNamespacedPod({ namespace: ns, body: pod("before-restart") });
    await running("before-restart");
    await plane.restartApiserver();
    await core.deleteNamespacedPod({ name: "before-restart", namespace: ns });
    const after = await core.createNamespacedPod({ namespace: ns, body: pod("after-restart") });
    await running("after-restart");
    await gone("before-restart", before.metadata?.uid ?? "");
    // The creation was seen once (one instance, one successful create) and the deletion carried out.
    const afterUid = after.metadata?.uid ?? "";
    expect(liveInstances(emulator, { "okevn-pod-uid": afterUid })).toBe(1);
    expect(createsFor(emulator, afterUid)).toBe(1);
    expect(liveInstances(emulator, { "okevn-pod-uid": before.metadata?.uid ?? "" })).toBe(0);
    const read = await core
      .readNamespacedPod({ name: "before-restart", namespace: ns })
      .catch((e: unknown) => e);
    expect((read as { code?: number }).code).toBe(404);
  });

  it("relists after etcd compacts its resume point away (410) and misses nothing", async () => {
    const doomed = await core.createNamespacedPod({ namespace: ns, body: pod("doomed") });
    await running("doomed");
    // Move etcd's revision well past the provider's last pod event, compact it all away,
    // then restart the apiserver so its watch cache can only serve from the compacted revision.
    for (let i = 0; i < 20; i++) {
      await core.createNamespacedConfigMap({
        namespace: ns,
        body: { metadata: { name: `filler-${i}` }, data: { i: String(i) } },
      });
    }
    const { header } = await etcd("/v3/kv/range", { key: Buffer.from("/registry").toString("base64") });
    await etcd("/v3/kv/compaction", { revision: header.revision, physical: true });
    await plane.restartApiserver();
    await core.deleteNamespacedPod({ name: "doomed", namespace: ns });
    await core.createNamespacedPod({ namespace: ns, body: pod("after-compaction") });
    await running("after-compaction");
    await gone("doomed", doomed.metadata?.uid ?? "");
    const { readFile } = await import("node:fs/promises");
    expect(await readFile(node.logPath, "utf8")).toContain("watch expired; relisting");
  });
});
