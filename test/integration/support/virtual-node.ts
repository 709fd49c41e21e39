/**
 * Runs the real provider process (service/src/main.ts) against the shared control plane
 * and an emulator started by the test, the way it runs in a cluster.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CoreV1Api, V1Node } from "@kubernetes/client-node";
import { type Emulator, startEmulator } from "../../emulator/emulator.ts";
import { clusterInfo, eventually } from "./cluster.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const MAIN = join(ROOT, "service", "src", "main.ts");

export interface VirtualNodeProcess {
  readonly nodeName: string;
  readonly logPath: string;
  readonly configPath: string;
  readonly child: ChildProcess;
  /** Sends `signal` and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface VirtualNodeOptions {
  readonly nodeName: string;
  readonly emulator: Emulator;
  /** Extra configuration merged over the test defaults (deep for plain objects). */
  readonly config?: Record<string, unknown>;
}

function merge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object"
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

/** The emulator in its fast profile, for provider tests. */
export function startTestEmulator(): Promise<Emulator> {
  return startEmulator({ profile: "fast" });
}

export function providerConfig(options: VirtualNodeOptions): Record<string, unknown> {
  const { emulator, nodeName } = options;
  const credentials = emulator.credentials;
  const dir = join(ROOT, ".test-run", "nodes", nodeName);
  mkdirSync(dir, { recursive: true });
  const oci = emulator.writeOciConfig(dir);
  const base = {
    apiVersion: "oke-virtual-nodes.io/v1alpha1",
    kind: "ProviderConfig",
    nodeName,
    clusterName: "test",
    kubeconfig: clusterInfo().kubeconfig,
    node: { availabilityDomain: credentials.availabilityDomains[0], leaseRenewIntervalSeconds: 2 },
    kubeletApi: { advertisedAddress: clusterInfo().hostAddress },
    oci: {
      auth: "configFile",
      configFile: oci.configFile,
      profile: "DEFAULT",
      region: credentials.region,
      compartmentId: credentials.compartmentId,
      subnetId: credentials.subnetId,
      endpoints: {
        containerInstances: emulator.endpoint,
        core: emulator.endpoint,
        monitoring: emulator.endpoint,
      },
    },
    kubernetes: { clusterDnsIp: "10.0.0.10", resyncPeriodSeconds: 30 },
    leaderElection: { enabled: false },
    observability: { metricsAddress: "127.0.0.1:0", healthAddress: "127.0.0.1:0", logLevel: "info" },
  };
  return merge(base, options.config ?? {});
}

export async function startVirtualNode(options: VirtualNodeOptions): Promise<VirtualNodeProcess> {
  const dir = join(ROOT, ".test-run", "nodes", options.nodeName);
  mkdirSync(dir, { recursive: true });
  const configPath = join(dir, "provider.json");
  writeFileSync(configPath, JSON.stringify(providerConfig(options), null, 2));
  const logPath = join(dir, "provider.log");
  const log = openSync(logPath, "a");
  const child = spawn(process.execPath, [MAIN, "--config", configPath], {
    stdio: ["ignore", log, log],
    cwd: ROOT,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    nodeName: options.nodeName,
    logPath,
    configPath,
    child,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
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

/** The toleration every pod needs to land on a virtual node. */
export const VIRTUAL_NODE_TOLERATION = {
  key: "virtual-kubelet.io/provider",
  operator: "Equal",
  value: "oci",
  effect: "NoSchedule",
} as const;

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
        (e.params["freeformTags"] as Record<string, string> | undefined)?.["ovn-pod-uid"] === uid,
    ).length;
}
