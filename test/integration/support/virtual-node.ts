/**
 * Integration-test helpers around the real provider process: a node per test file on the
 * shared control plane, and emulator bookkeeping for "exactly one instance" assertions.
 */
import { join } from "node:path";
import type { CoreV1Api, V1Node } from "@kubernetes/client-node";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../../tools/emulator/emulator.ts";
import { type VirtualNodeProcess, startVirtualNodeProcess } from "../../../tools/harness/virtual-node.ts";
import { freePort } from "../../../tools/controlplane/ports.ts";
import { clients, clusterInfo, eventually, testNamespace } from "./cluster.ts";

export { VIRTUAL_NODE_TOLERATION, type VirtualNodeProcess } from "../../../tools/harness/virtual-node.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** The emulator in its fast profile unless `options` say otherwise, for provider tests. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ profile: "fast", ...options });
}

/** Starts the provider for `nodeName` on the shared control plane; its files go to .test-run/nodes/. */
export async function startVirtualNode(options: {
  readonly nodeName: string;
  readonly emulator: Emulator;
  readonly config?: Record<string, unknown>;
  /** Folder under .test-run/nodes/. @default the node name (replicas of one node need their own) */
  readonly dir?: string;
}): Promise<VirtualNodeProcess> {
  return startVirtualNodeProcess({
    ...options,
    kubeconfig: clusterInfo().kubeconfig,
    address: clusterInfo().hostAddress,
    kubeletPort: await freePort(),
    dir: join(ROOT, ".test-run", "nodes", options.dir ?? options.nodeName),
  });
}

/** Waits until the Node exists and reports Ready. */
export async function waitForReadyNode(core: CoreV1Api, nodeName: string): Promise<V1Node> {
  return eventually(
    `node ${nodeName} Ready`,
    async () => {
      const node = await core.readNode({ name: nodeName }).catch(() => undefined);
      return node?.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True")
        ? node
        : undefined;
    },
    60_000,
  );
}

/** Instances in the emulator that are not DELETED, optionally only those whose tags match. */
export function liveInstances(emulator: Emulator, tags: Readonly<Record<string, string>> = {}): number {
  let count = 0;
  for (const instance of emulator.core.store.instances.values()) {
    if (instance.lifecycleState === "DELETED") continue;
    if (Object.entries(tags).every(([key, value]) => instance.freeformTags[key] === value)) count++;
  }
  return count;
}

/** Successful CreateContainerInstance calls the emulator saw for one pod UID. */
export function createsFor(emulator: Emulator, uid: string): number {
  return emulator.callLog
    .entries({ operation: "CreateContainerInstance" })
    .filter(
      (e) =>
        e.status < 300 &&
        (e.params["freeformTags"] as Record<string, string> | undefined)?.["okevn-pod-uid"] === uid,
    ).length;
}

/** What a test file's virtual node consists of. */
export interface VirtualNodeSetup {
  readonly emulator: Emulator;
  readonly node: VirtualNodeProcess;
  /** A fresh namespace for the file's pods. */
  readonly ns: string;
  readonly removeNamespace: () => Promise<void>;
}

/** An emulator, a namespace and a Ready virtual node for one test file (pair with tearDownVirtualNode). */
export async function setUpVirtualNode(
  prefix: string,
  nodeName: string,
  emulatorOptions: EmulatorOptions = {},
): Promise<VirtualNodeSetup> {
  const emulator = await startTestEmulator(emulatorOptions);
  const namespace = await testNamespace(prefix);
  const node = await startVirtualNode({ nodeName, emulator });
  await waitForReadyNode(clients().core, nodeName);
  return { emulator, node, ns: namespace.name, removeNamespace: namespace.remove };
}

/** Undoes setUpVirtualNode; tolerates a set-up that failed half-way. */
export async function tearDownVirtualNode(setup: Partial<VirtualNodeSetup>, nodeName: string): Promise<void> {
  await setup.removeNamespace?.();
  await setup.node?.stop();
  await clients()
    .core.deleteNode({ name: nodeName })
    .catch(() => undefined);
  await setup.emulator?.stop();
}
