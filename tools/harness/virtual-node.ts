/**
 * Runs the real provider process (service/src/main.ts) the way it runs in a cluster,
 * against a control plane and an OCI emulator. Shared by the integration tests and the
 * sandbox; nothing here depends on the test runner.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Emulator } from "../emulator/emulator.ts";

const ROOT = join(import.meta.dirname, "..", "..");
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
  /** The control plane's admin kubeconfig. */
  readonly kubeconfig: string;
  /** The non-loopback address the node advertises (the apiserver proxies to it). */
  readonly address: string;
  /** Folder for the node's config, OCI key and log. */
  readonly dir: string;
  /** The kubelet API's port on `address`; each process on one address needs its own. */
  readonly kubeletPort: number;
  /** Extra configuration merged over the defaults (deep for plain objects). */
  readonly config?: Record<string, unknown>;
  /** Extra environment, e.g. NODE_EXTRA_CA_CERTS for an emulator serving HTTPS with a test CA. */
  readonly env?: Readonly<Record<string, string>>;
}

export function merge(
  base: Record<string, unknown>,
  extra: Record<string, unknown>,
): Record<string, unknown> {
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

/** A ProviderConfig for a node on the emulator (see service/src/config). */
export function providerConfig(options: VirtualNodeOptions): Record<string, unknown> {
  const { emulator, nodeName } = options;
  const credentials = emulator.credentials;
  mkdirSync(options.dir, { recursive: true });
  const oci = emulator.writeOciConfig(options.dir);
  const base = {
    apiVersion: "oke-virtual-nodes.io/v1alpha1",
    kind: "ProviderConfig",
    nodeName,
    clusterName: "test",
    kubeconfig: options.kubeconfig,
    node: { availabilityDomain: credentials.availabilityDomains[0], leaseRenewIntervalSeconds: 2 },
    kubeletApi: {
      advertisedAddress: options.address,
      listenAddress: options.address,
      port: options.kubeletPort,
    },
    oci: {
      auth: "configFile",
      configFile: oci.configFile,
      profile: "DEFAULT",
      region: credentials.region,
      compartmentId: credentials.compartmentId,
      subnetId: credentials.subnetId,
      podIp: { subnetCidr: credentials.subnetCidr },
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

export function startVirtualNodeProcess(options: VirtualNodeOptions): VirtualNodeProcess {
  mkdirSync(options.dir, { recursive: true });
  const configPath = join(options.dir, "provider.json");
  writeFileSync(configPath, JSON.stringify(providerConfig(options), null, 2));
  const logPath = join(options.dir, "provider.log");
  const log = openSync(logPath, "a");
  // Like the control plane's components, the provider dies with whatever started it (see processes.ts).
  const child = spawn(
    "setpriv",
    ["--pdeathsig", "KILL", "--", process.execPath, MAIN, "--config", configPath],
    {
      stdio: ["ignore", log, log],
      cwd: ROOT,
      env: { ...process.env, ...options.env },
    },
  );
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

/** The toleration every pod needs to land on a virtual node. */
export const VIRTUAL_NODE_TOLERATION = {
  key: "virtual-kubelet.io/provider",
  operator: "Equal",
  value: "oci",
  effect: "NoSchedule",
} as const;
