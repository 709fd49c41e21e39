/**
 * A virtual node on the emulator's process runtime for one test file: pods run as real processes,
 * and kubectl logs reaches them through the provider's kubelet API (a serving certificate from the
 * cluster CA, as in the kubelet-API tests).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { V1Pod } from "@kubernetes/client-node";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../../tools/emulator/emulator.ts";
import { clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  startVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";
import { freePort, kubectl, servingCertificate } from "../kubelet-api/support.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");

export interface ProcessNode {
  readonly emulator: Emulator;
  readonly node: VirtualNodeProcess;
  readonly nodeName: string;
  readonly ns: string;
  close(): Promise<void>;
}

/** `config` is merged over the node's config (the kubelet API and namespace are set here). */
export async function setUpProcessNode(
  prefix: string,
  options: { readonly config?: Record<string, unknown>; readonly emulator?: EmulatorOptions } = {},
): Promise<ProcessNode> {
  const nodeName = `vn-${prefix}-${process.pid}`;
  const emulator = await startEmulator({ profile: "fast", runtime: "process", ...options.emulator });
  const namespace = await testNamespace(prefix);
  const address = clusterInfo().hostAddress;
  const serving = await servingCertificate(nodeName, address);
  const node = await startVirtualNode({
    nodeName,
    emulator,
    config: {
      kubeletApi: {
        port: await freePort(address),
        tlsCertFile: serving.cert,
        tlsKeyFile: serving.key,
        clientCaFile: clusterInfo().caCert,
      },
      namespace: namespace.name,
      ...options.config,
    },
  });
  await waitForReadyNode(clients().core, nodeName);
  return {
    emulator,
    node,
    nodeName,
    ns: namespace.name,
    async close() {
      await namespace.remove();
      await node.stop();
      await clients()
        .core.deleteNode({ name: nodeName })
        .catch(() => undefined);
      await emulator.stop();
    },
  };
}

/** A pod bound to the node, with the virtual node's toleration. */
export function podManifest(setup: ProcessNode, name: string, spec: Partial<V1Pod["spec"]> & object): V1Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: setup.ns },
    spec: {
      nodeName: setup.nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      containers: [],
      ...spec,
    },
  };
}

/** `kubectl apply -f` of a manifest written under .test-run. */
export async function kubectlApply(manifest: object): Promise<void> {
  const dir = join(ROOT, ".test-run", "manifests");
  mkdirSync(dir, { recursive: true });
  const file = join(
    dir,
    `${(manifest as { metadata?: { name?: string } }).metadata?.name ?? "object"}-${process.pid}-${Date.now()}.json`,
  );
  writeFileSync(file, JSON.stringify(manifest));
  const result = await kubectl(["apply", "-f", file]);
  if (result.code !== 0) throw new Error(`kubectl apply failed: ${result.stderr}`);
}

/** The pod as `kubectl get -o json` shows it. */
export async function kubectlGetPod(ns: string, name: string): Promise<V1Pod | undefined> {
  const result = await kubectl(["get", "pod", "-n", ns, name, "-o", "json"]);
  return result.code === 0 ? (JSON.parse(result.stdout) as V1Pod) : undefined;
}

export function waitForPod(
  ns: string,
  name: string,
  what: string,
  check: (pod: V1Pod) => boolean,
  timeoutMs = 60_000,
): Promise<V1Pod> {
  return eventually(
    `pod ${name} ${what}`,
    async () => {
      const pod = await kubectlGetPod(ns, name);
      return pod && check(pod) ? pod : undefined;
    },
    timeoutMs,
  );
}

export const isReady = (pod: V1Pod): boolean =>
  pod.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") === true;
