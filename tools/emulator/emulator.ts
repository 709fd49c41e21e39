// startEmulator(): the library entry point for tests, the CLI and the sandbox.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createAdmin } from "./admin.ts";
import { CallLog } from "./call-log.ts";
import type { Core } from "./context.ts";
import { Faults, type FaultConfig } from "./faults.ts";
import { Engine } from "./lifecycle.ts";
import { DEFAULT_LIMITS, LimitTracker } from "./limits.ts";
import { createRng } from "./rng.ts";
import { parseScenarios, type ScenarioRule } from "./scenarios.ts";
import { Scheduler } from "./scheduler.ts";
import { createHandler } from "./server.ts";
import { DEFAULT_SHAPES, type ShapeSummary } from "./shapes.ts";
import { generateApiKey, KeyRegistry } from "./signing.ts";
import { Store } from "./store.ts";
import { ControlPlane } from "./control-plane.ts";
import type { Delays, Limits, Profile } from "./types.ts";
import { IpAllocator } from "./vnic.ts";
import type { ImageEntry } from "./process/images.ts";
import { ProcessRuntime } from "./process/runtime.ts";
import { type ContainerRuntime, ScenarioRuntime } from "./runtime.ts";

export const PROFILES: Record<Profile, Delays> = {
  fast: {
    provisionMs: 20,
    startMs: 10,
    stopMs: 10,
    deleteMs: 10,
    updateMs: 0,
    restartBackoffMs: 20,
    restartBackoffMaxMs: 200,
    requestLatencyMs: { min: 0, max: 0 },
    deletedRetentionMs: 30_000,
  },
  realistic: {
    provisionMs: 25_000,
    startMs: 10_000,
    stopMs: 3_000,
    deleteMs: 10_000,
    updateMs: 1_000,
    restartBackoffMs: 10_000,
    restartBackoffMaxMs: 300_000,
    requestLatencyMs: { min: 30, max: 120 },
    deletedRetentionMs: 60 * 60 * 1000,
  },
};

const REGION_KEYS: Record<string, string> = {
  "us-ashburn-1": "iad",
  "us-phoenix-1": "phx",
  "eu-frankfurt-1": "fra",
  "uk-london-1": "lhr",
  "ap-tokyo-1": "nrt",
};

export interface EmulatorOptions {
  /**
   * Bind address: loopback, or an address of a test network the harness made (198.18.0.0/15,
   * tools/controlplane/network.ts). Default 127.0.0.1.
   */
  host?: string;
  /** Where Container Engine kubeconfigs point: the test bed's API server URL and CA PEM. */
  clusterEndpoint?: { server: string; caPem: string };
  /** Serve HTTPS with this PEM key and certificate (the real provider only speaks HTTPS). */
  tls?: { keyPem: string; certPem: string };
  /** Default 0 (ephemeral). */
  port?: number;
  /** "fast" (near-zero delays, for tests and benchmarks) or "realistic" (default). */
  profile?: Profile;
  /** Overrides of the profile's delays. */
  delays?: Partial<Delays>;
  /** Seeds OCIDs, fault dice and latency jitter. Default 1. */
  seed?: number;
  region?: string;
  limits?: Partial<Limits>;
  faults?: FaultConfig;
  scenarios?: ScenarioRule[];
  shapes?: ShapeSummary[];
  /** Monitoring publication lag (default: 60 s realistic, 0 fast). */
  metricsLagMs?: number;
  callLogSize?: number;
  /**
   * "scenario" (default): containers follow the scenario rules, nothing runs. "process": real
   * processes in a network namespace per instance (needs root; docs/emulator.md "Process runtime").
   */
  runtime?: "scenario" | "process";
  /** Process runtime: image catalogue entries tried before the built-in ones. */
  images?: ImageEntry[];
  /** Process runtime: names every instance's /etc/hosts maps to an address (ProcessRuntimeOptions). */
  serviceHosts?: Record<string, string>;
  /**
   * Process runtime: CIDRs routed on-link from every instance (as a VCN's default route would let
   * them be dialled), e.g. the cluster's Service CIDR for the pod agent's privileged data path.
   */
  onLinkRoutes?: string[];
}

export interface Credentials {
  tenancyId: string;
  userId: string;
  fingerprint: string;
  keyId: string;
  privateKeyPem: string;
  publicKeyPem: string;
  region: string;
  /** A compartment that exists (the tenancy, the root compartment, exists too). */
  compartmentId: string;
  availabilityDomains: string[];
  /** A subnet OCID to use in vnics[].subnetId (any ocid works; each subnet gets its own IP pool). */
  subnetId: string;
  /** The CIDR block of `subnetId`'s addresses (what GetSubnet would say), e.g. for choosing a `privateIp`. */
  subnetCidr: string;
}

export interface Emulator {
  /** http://127.0.0.1:<port> — set it as client.endpoint on every SDK client. */
  endpoint: string;
  /** Base URL of the admin API. */
  adminEndpoint: string;
  credentials: Credentials;
  callLog: CallLog;
  /** Counters by "Operation", "Operation <status>" and "total". */
  readonly counters: Record<string, number>;
  delays: Delays;
  setFaults(config: FaultConfig): void;
  setScenarios(rules: ScenarioRule[]): void;
  setLimits(limits: Partial<Limits>): void;
  addCompartment(id: string): void;
  /** Registers another API key; returns its keyId. */
  registerKey(tenancyId: string, userId: string, publicKeyPem: string): string;
  state(): Record<string, unknown>;
  /** Writes an OCI config file and the PEM key into dir; returns their paths. */
  writeOciConfig(dir: string, profile?: string): { configFile: string; keyFile: string };
  stop(): Promise<void>;
  /** Internals, for white-box tests. */
  core: Core;
  /** The process runtime, when `runtime: "process"` (its pod subnet, image catalogue). */
  processRuntime?: ProcessRuntime;
}

function isLoopbackOrTestNetwork(host: string): boolean {
  return (
    host === "127.0.0.1" || host === "::1" || host === "localhost" || /^198\.1[89]\.\d+\.\d+$/.test(host)
  );
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? "127.0.0.1";
  if (!isLoopbackOrTestNetwork(host))
    throw new Error(`The emulator binds loopback or a test network (198.18.0.0/15) only, not ${host}`);
  const profile = options.profile ?? "realistic";
  const delays: Delays = { ...PROFILES[profile], ...options.delays };
  const seed = options.seed ?? 1;
  const rng = createRng(seed);
  const region = options.region ?? "us-ashburn-1";
  const regionKey = REGION_KEYS[region] ?? region.split("-")[0]!.slice(0, 3);
  const upper = region.replace(/-\d+$/, "").toUpperCase();
  const availabilityDomains = [1, 2, 3].map((n) => `Emul:${upper}-AD-${n}`);
  const now = (): number => Date.now();

  const tenancyId = `ocid1.tenancy.oc1..${rng.token(60)}`;
  const userId = `ocid1.user.oc1..${rng.token(60)}`;
  const compartmentId = `ocid1.compartment.oc1..${rng.token(60)}`;
  const subnetId = `ocid1.subnet.oc1.${regionKey}.${rng.token(60)}`;
  const key = generateApiKey();
  const keys = new KeyRegistry();
  const keyId = keys.add(tenancyId, userId, key.publicKeyPem);

  const store = new Store();
  store.compartments.add(tenancyId);
  store.compartments.add(compartmentId);
  const scheduler = new Scheduler(now);
  const limits = new LimitTracker({ ...DEFAULT_LIMITS, ...options.limits });
  const processRuntime =
    options.runtime === "process"
      ? await ProcessRuntime.start((inst) => store.vnics.get(inst.vnicId), {
          images: options.images ?? [],
          serviceHosts: options.serviceHosts ?? {},
          onLinkRoutes: options.onLinkRoutes ?? [],
        })
      : undefined;
  if (processRuntime) {
    processRuntime.usageSink = (id, usage) => {
      const inst = store.instances.get(id);
      if (inst) inst.usage = usage;
    };
  }
  const runtime: ContainerRuntime = processRuntime ?? new ScenarioRuntime(scheduler, delays);
  // Networking and Identity resources settle in about a second in OCI, never in minutes.
  const controlPlane = new ControlPlane(now, Math.min(delays.provisionMs, 1000));
  const ips = new IpAllocator(processRuntime?.subnet, (id) => {
    const subnet = controlPlane.list("subnet", (r) => r.id === id)[0];
    return typeof subnet?.fields.cidrBlock === "string" ? subnet.fields.cidrBlock : undefined;
  });
  const engine = new Engine({
    store,
    scheduler,
    limits,
    rng,
    now,
    delays,
    regionKey,
    releaseIp: (inst) => {
      const vnic = store.vnics.get(inst.vnicId);
      if (vnic) ips.release(vnic.subnetId, vnic.privateIp);
    },
    runtime,
  });
  const core: Core = {
    store,
    engine,
    limits,
    ips,
    rng,
    now,
    tenancyId,
    region,
    regionKey,
    availabilityDomains,
    shapes: options.shapes ?? DEFAULT_SHAPES,
    scenarios: parseScenarios(options.scenarios ?? []),
    metricsLagMs: options.metricsLagMs ?? (profile === "fast" ? 0 : 60_000),
    controlPlane,
    ...(options.clusterEndpoint ? { clusterEndpoint: options.clusterEndpoint } : {}),
  };
  const faults = new Faults(options.faults, seed, now);
  const callLog = new CallLog(options.callLogSize);
  const credentials: Credentials = {
    tenancyId,
    userId,
    fingerprint: key.fingerprint,
    keyId,
    privateKeyPem: key.privateKeyPem,
    publicKeyPem: key.publicKeyPem,
    region,
    compartmentId,
    availabilityDomains,
    subnetId,
    subnetCidr: ips.cidrOf(subnetId),
  };

  const state = (): Record<string, unknown> => {
    const byState: Record<string, number> = {};
    for (const i of store.instances.values())
      byState[i.lifecycleState] = (byState[i.lifecycleState] ?? 0) + 1;
    const mem = process.memoryUsage();
    return {
      instances: store.instances.size,
      instancesByState: byState,
      containers: store.containers.size,
      vnics: store.vnics.size,
      workRequests: store.workRequests.size,
      retryTokens: store.retryTokens.size,
      pendingEvents: scheduler.size,
      limits: limits.limits,
      usage: limits.snapshot(),
      memory: { rss: mem.rss, heapUsed: mem.heapUsed },
      runtime: runtime.kind,
      ...(processRuntime
        ? {
            podSubnet: `${processRuntime.subnet.network}/${processRuntime.subnet.prefixLength}`,
            liveNamespaces: processRuntime.liveInstances,
          }
        : {}),
    };
  };
  const setFaults = (config: FaultConfig): void => faults.set(config, seed);
  const setScenarios = (rules: ScenarioRule[]): void => {
    core.scenarios = parseScenarios(rules);
  };
  const setLimits = (l: Partial<Limits>): void => {
    limits.limits = { ...limits.limits, ...l };
  };
  const addCompartment = (id: string): void => {
    store.compartments.add(id);
  };

  const admin = createAdmin({
    callLog,
    state,
    credentials,
    faults: () => faults.config,
    setFaults,
    scenarios: () => core.scenarios,
    setScenarios,
    setLimits,
    addCompartment,
  });
  const handler = createHandler({
    core,
    keys,
    faults,
    callLog,
    rng,
    latency: () => delays.requestLatencyMs,
    admin,
  });
  const server: Server = options.tls
    ? createTlsServer({ keepAlive: true, key: options.tls.keyPem, cert: options.tls.certPem }, handler)
    : createServer({ keepAlive: true }, handler);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  }).catch(async (error: unknown) => {
    await runtime.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `${options.tls ? "https" : "http"}://${host.includes(":") ? `[${host}]` : host}:${port}`;
  const sweeper = setInterval(
    () => {
      store.sweep(now(), delays.deletedRetentionMs);
      core.controlPlane.sweep(now(), delays.deletedRetentionMs);
    },
    Math.max(50, Math.min(60_000, delays.deletedRetentionMs / 4)),
  );
  sweeper.unref();

  return {
    endpoint,
    adminEndpoint: `${endpoint}/_emulator`,
    credentials,
    callLog,
    get counters() {
      return callLog.counters();
    },
    delays,
    setFaults,
    setScenarios,
    setLimits,
    addCompartment,
    registerKey: (t, u, pem) => keys.add(t, u, pem),
    state,
    writeOciConfig(dir, profileName = "DEFAULT") {
      mkdirSync(dir, { recursive: true });
      const keyFile = join(dir, "oci_api_key.pem");
      const configFile = join(dir, "config");
      writeFileSync(keyFile, key.privateKeyPem, { mode: 0o600 });
      writeFileSync(
        configFile,
        [
          `[${profileName}]`,
          `user=${userId}`,
          `fingerprint=${key.fingerprint}`,
          `tenancy=${tenancyId}`,
          `region=${region}`,
          `key_file=${keyFile}`,
          "",
        ].join("\n"),
        { mode: 0o600 },
      );
      return { configFile, keyFile };
    },
    async stop() {
      clearInterval(sweeper);
      scheduler.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
    core,
    ...(processRuntime ? { processRuntime } : {}),
  };
}
