/**
 * The kubelet API at N pods without a control plane (issue 18: "/stats/summary and /pods answer
 * in under 1 s at 10,000 pods"). The real kubelet HTTPS server (service/src/kubelet/server.ts) on
 * 127.0.0.1 serves N pods shaped as the scale bench creates them (one container, envFrom a
 * ConfigMap and a Secret, the virtual node's toleration, the apiserver's defaults), trimmed as the
 * provider's cache keeps them (service/src/kube/trim.ts), with the status the provider writes
 * (service/src/status/pod-status.ts). Usage comes from the OCI emulator's Monitoring (a child
 * process holding N instances, read through the unmodified SDK and service/src/oci/metrics.ts),
 * or with `--monitoring synthetic` from figures made up here.
 *
 * curl (its own process, so TLS and reading do not run on the measured event loop) times each
 * GET to the last byte: the first request of each path (cold), then `--runs` more (warm). For
 * each request the longest event-loop stall (perf_hooks.monitorEventLoopDelay) is recorded: what
 * the pod controllers in the same process would wait. RSS after setup and the peak are printed.
 *
 *   ./node_modules/.bin/node tools/bench/kubelet-api.ts [--pods 10000] [--runs 5]
 *       [--monitoring emulator|synthetic] [--json file]
 * Add `--cpu-prof --cpu-prof-dir DIR` before the script for a profile (tools/bench/profile.ts).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { parseArgs, promisify } from "node:util";
import type { V1Pod } from "@kubernetes/client-node";
import * as common from "oci-common";
import { ContainerInstanceClient } from "oci-containerinstances";
import { MonitoringClient } from "oci-monitoring";
import { StringTable, trimPod } from "../../service/src/kube/trim.ts";
import { KubeletAuth } from "../../service/src/kubelet/auth.ts";
import { noFinalLogs } from "../../service/src/kubelet/final-logs.ts";
import { KubeletApiServer, type KubeletProvider } from "../../service/src/kubelet/server.ts";
import { UsageCache } from "../../service/src/kubelet/stats.ts";
import { instanceUsage } from "../../service/src/oci/metrics.ts";
import type { InstanceSnapshot, InstanceUsage } from "../../service/src/provider/types.ts";
import { podStatus } from "../../service/src/status/pod-status.ts";
import { createCertificateAuthority, issueCertificate } from "../controlplane/pki.ts";
import { VIRTUAL_NODE_TOLERATION } from "../harness/virtual-node.ts";

const run = promisify(execFile);
const NODE = "vn-bench";
const HOST_IP = "10.0.0.2";
const CREATED = "2026-01-01T00:00:00Z";

/** One bench pod as the apiserver stores it (tools/bench/run.ts podManifest, prebound, plus defaults). */
export function benchPod(i: number): V1Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: `bench-${i}`,
      namespace: "bench",
      uid: `0b7c4d0e-${String(i).padStart(4, "0").slice(-4)}-4000-8000-${String(i).padStart(12, "0")}`,
      resourceVersion: String(100_000 + i),
      creationTimestamp: CREATED as never,
      labels: { "bench.oke-virtual-nodes.io/run": "1" },
      annotations: {
        "oke-virtual-nodes.io/instance-sized-for": "cpu=125m memory=256Mi (sum of limits, else requests)",
        "oke-virtual-nodes.io/instance-shape": "CI.Standard.E4.Flex",
        "oke-virtual-nodes.io/instance-ocpus": "1",
        "oke-virtual-nodes.io/instance-memory-gb": "1",
      },
      managedFields: [
        {
          manager: "kubectl-create",
          operation: "Update",
          apiVersion: "v1",
          time: CREATED as never,
          fieldsType: "FieldsV1",
          fieldsV1: { "f:spec": { "f:containers": { 'k:{"name":"app"}': { ".": {} } } } },
        },
      ],
    },
    spec: {
      nodeName: NODE,
      tolerations: [
        { ...VIRTUAL_NODE_TOLERATION },
        {
          key: "node.kubernetes.io/not-ready",
          operator: "Exists",
          effect: "NoExecute",
          tolerationSeconds: 300,
        },
        {
          key: "node.kubernetes.io/unreachable",
          operator: "Exists",
          effect: "NoExecute",
          tolerationSeconds: 300,
        },
      ],
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 30,
      containers: [
        {
          name: "app",
          image: "registry.example.com/bench/app:1.0",
          envFrom: [{ configMapRef: { name: "bench-env" } }, { secretRef: { name: "bench-secret" } }],
          resources: { requests: { cpu: "125m", memory: "256Mi" } },
          terminationMessagePath: "/dev/termination-log",
          terminationMessagePolicy: "File",
          imagePullPolicy: "IfNotPresent",
        },
      ],
      restartPolicy: "Always",
      dnsPolicy: "ClusterFirst",
      serviceAccountName: "default",
      serviceAccount: "default",
      securityContext: {},
      schedulerName: "default-scheduler",
      priority: 0,
      enableServiceLinks: true,
      preemptionPolicy: "PreemptLowerPriority",
    },
    status: { phase: "Pending", qosClass: "Burstable" },
  };
}

/** The snapshot the provider holds for `pod`'s running instance `instanceId`. */
export function benchInstance(pod: V1Pod, instanceId: string, i: number): InstanceSnapshot {
  return {
    uid: pod.metadata!.uid!,
    namespace: pod.metadata!.namespace!,
    name: pod.metadata!.name!,
    instanceId,
    phase: "Running",
    createdAt: "2026-01-01T00:00:05Z",
    podIp: `10.1.${Math.floor(i / 250)}.${(i % 250) + 2}`,
    containers: [
      {
        name: "app",
        containerID: `oci://ocid1.computecontainer.oc1.iad.${String(i).padStart(60, "a")}`,
        phase: "Running",
        restartCount: 0,
        startedAt: "2026-01-01T00:00:30Z",
      },
    ],
  };
}

function syntheticUsage(ids: readonly string[]): Map<string, InstanceUsage> {
  const t = Date.now() - 60_000;
  return new Map(
    ids.map((id, i) => [
      id,
      {
        cpu: { value: 3e10 + i * 1e6, time: t },
        previousCpu: { value: 2.4e10 + i * 1e6, time: t - 60_000 },
        memory: { value: 64 * 2 ** 20 + i, time: t },
        ephemeralStorage: { value: 110 * 2 ** 20, time: t },
      },
    ]),
  );
}

interface EmulatorInfo {
  readonly endpoint: string;
  readonly configFile: string;
  readonly compartmentId: string;
  readonly subnetId: string;
  readonly availabilityDomains: string[];
}

/** The OCI emulator (fast profile) in a child process, with `count` instances in one AD. */
async function emulatorWithInstances(
  count: number,
  stateDir: string,
): Promise<{ child: ChildProcess; info: EmulatorInfo; ids: string[]; monitoring: MonitoringClient }> {
  const cli = new URL("../emulator/cli.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, [cli, "--profile", "fast", "--state-dir", stateDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).once("line", resolve),
  );
  const info = JSON.parse(line) as EmulatorInfo & { adminEndpoint: string };
  await fetch(`${info.adminEndpoint}/limits`, {
    method: "PUT",
    body: JSON.stringify({ ocpusPerAd: 1e6, memoryInGBsPerAd: 1e7, instancesPerAd: 1e6 }),
  });
  const auth = new common.ConfigFileAuthenticationDetailsProvider(info.configFile);
  const config = {
    retryConfiguration: common.NoRetryConfigurationDetails,
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  };
  const ci = new ContainerInstanceClient({ authenticationDetailsProvider: auth }, config);
  const monitoring = new MonitoringClient({ authenticationDetailsProvider: auth }, config);
  ci.endpoint = info.endpoint;
  monitoring.endpoint = info.endpoint;
  const ids: string[] = new Array<string>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < count) {
        const i = next++;
        const r = await ci.createContainerInstance({
          createContainerInstanceDetails: {
            compartmentId: info.compartmentId,
            availabilityDomain: info.availabilityDomains[0]!,
            shape: "CI.Standard.E4.Flex",
            shapeConfig: { ocpus: 1, memoryInGBs: 1 },
            containers: [{ imageUrl: "registry.example.com/bench/app:1.0" }],
            vnics: [{ subnetId: info.subnetId }],
          },
        });
        ids[i] = r.containerInstance.id;
      }
    }),
  );
  ci.close();
  return { child, info, ids, monitoring };
}

interface Timed {
  readonly ms: number;
  readonly bytes: number;
  /** The longest event-loop stall while the request was served, ms. */
  readonly blockMs: number;
  /** CPU time of this process (the server; curl runs apart) during the request, ms: steadier than wall time under load. */
  readonly cpuMs: number;
}

const mib = (bytes: number): number => Math.round(bytes / 2 ** 20);
const round = (ms: number): number => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pods: { type: "string", default: "10000" },
      runs: { type: "string", default: "5" },
      monitoring: { type: "string", default: "emulator" },
      json: { type: "string" },
    },
  });
  const count = Math.min(20_000, Number(values.pods));
  const runs = Math.min(20, Number(values.runs));
  if (values.monitoring !== "emulator" && values.monitoring !== "synthetic")
    throw new Error("--monitoring must be emulator or synthetic");
  const dir = mkdtempSync(join(tmpdir(), "kubelet-api-bench-"));
  let emulator: Awaited<ReturnType<typeof emulatorWithInstances>> | undefined;
  let server: KubeletApiServer | undefined;
  try {
    const t0 = performance.now();
    let ids = Array.from({ length: count }, (_, i) => `ocid1.computecontainerinstance.oc1.iad.${i}`);
    let fetchUsage = async (): Promise<ReadonlyMap<string, InstanceUsage>> => syntheticUsage(ids);
    if (values.monitoring === "emulator") {
      const emu = await emulatorWithInstances(count, join(dir, "emulator"));
      emulator = emu;
      ids = emu.ids;
      fetchUsage = () =>
        instanceUsage(emu.monitoring, {
          compartmentId: emu.info.compartmentId,
          availabilityDomain: emu.info.availabilityDomains[0]!,
        });
    }
    const setupSeconds = (performance.now() - t0) / 1000;

    // The provider's pod cache and instance cache.
    const table = new StringTable();
    const pods = new Map<string, V1Pod>();
    const instances = new Map<string, InstanceSnapshot>();
    const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
    for (let i = 0; i < count; i++) {
      const pod = benchPod(i);
      const instance = benchInstance(pod, ids[i]!, i);
      const status = podStatus(pod, instance, { hostIp: HOST_IP, now })!;
      const trimmed = trimPod({ ...pod, status }, table);
      pods.set(`${pod.metadata!.namespace}/${pod.metadata!.name}`, trimmed);
      instances.set(instance.uid, instance);
    }
    const provider: KubeletProvider = {
      getInstance: (uid) => instances.get(uid),
      containerLogs: () => Promise.reject(new Error("no logs in this bench")),
      resourceUsage: fetchUsage,
    };

    const ca = await createCertificateAuthority("kubelet-api-bench");
    const serving = await issueCertificate(ca, {
      subject: `CN=system:node:${NODE}, O=system:nodes`,
      usage: "server",
      ipAddresses: ["127.0.0.1"],
    });
    const client = await issueCertificate(ca, { subject: "CN=bench, O=system:masters", usage: "client" });
    writeFileSync(join(dir, "ca.crt"), ca.certPem);
    writeFileSync(join(dir, "client.crt"), client.certPem);
    writeFileSync(join(dir, "client.key"), client.keyPem);
    const kubeletApi = (): KubeletApiServer =>
      new KubeletApiServer({
        nodeName: NODE,
        host: "127.0.0.1",
        port: 0,
        clientCa: ca.certPem,
        // Every review allowed: the bench measures the endpoints, not SubjectAccessReview.
        auth: new KubeletAuth({
          client: { request: <T>() => Promise.resolve({ status: { allowed: true } } as T) },
        }),
        pods,
        provider,
        finalLogs: noFinalLogs,
        usage: new UsageCache(() => provider.resourceUsage()),
      });
    server = kubeletApi();
    const port = await server.start({ cert: serving.certPem, key: serving.keyPem });

    globalThis.gc?.();
    const rssSetup = process.memoryUsage().rss;
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const get = async (path: string, to = port): Promise<Timed> => {
      delay.reset();
      const cpu = process.cpuUsage();
      const { stdout } = await run("curl", [
        ...["-sS", "-o", "/dev/null", "--cacert", join(dir, "ca.crt")],
        ...["--cert", join(dir, "client.crt"), "--key", join(dir, "client.key")],
        ...["-w", "%{http_code} %{size_download} %{time_total}"],
        `https://127.0.0.1:${to}${path}`,
      ]);
      const [code, bytes, seconds] = stdout.trim().split(" ");
      if (code !== "200") throw new Error(`GET ${path}: HTTP ${code}`);
      const used = process.cpuUsage(cpu);
      return {
        ms: Number(seconds) * 1000,
        bytes: Number(bytes),
        blockMs: delay.max / 1e6,
        cpuMs: (used.user + used.system) / 1000,
      };
    };

    const report: Record<string, unknown> = {
      pods: count,
      monitoring: values.monitoring,
      setupSeconds: round(setupSeconds),
    };
    const tUsage = performance.now();
    const figures = await fetchUsage();
    report.usageFetch = { ms: round(performance.now() - tUsage), instances: figures.size };

    // The floor of the stall figures: a request whose handling costs nothing (curl's spawn, TLS).
    const floor: Timed[] = [];
    for (let r = 0; r < runs; r++) floor.push(await get("/healthz"));
    report.healthzBlockMaxMs = round(Math.max(...floor.map((t) => t.blockMs)));
    const spread = (timed: readonly Timed[]): Record<string, number> => {
      const ms = timed.map((t) => t.ms).sort((x, y) => x - y);
      const block = timed.map((t) => t.blockMs).sort((x, y) => x - y);
      const cpu = timed.map((t) => t.cpuMs).sort((x, y) => x - y);
      const mid = Math.floor(timed.length / 2);
      return {
        p50Ms: round(ms[mid]!),
        maxMs: round(ms.at(-1)!),
        blockP50Ms: round(block[mid]!),
        blockMaxMs: round(block.at(-1)!),
        cpuP50Ms: round(cpu[mid]!),
      };
    };
    // Cold: the first request of the process (for the summary: usage not yet read from Monitoring).
    for (const path of ["/pods", "/stats/summary", "/metrics/resource"]) {
      const cold = await get(path);
      const warm: Timed[] = [];
      for (let r = 0; r < runs; r++) warm.push(await get(path));
      report[path] = {
        bytes: cold.bytes,
        coldMs: round(cold.ms),
        coldBlockMs: round(cold.blockMs),
        coldCpuMs: round(cold.cpuMs),
        warm: spread(warm),
      };
    }
    // The first summary of a (warmed-up) provider: its usage cache is empty, so the scrape waits
    // for the three SummarizeMetricsData answers and their parse.
    const fromMonitoring: Timed[] = [];
    for (let r = 0; r < runs; r++) {
      const firstScrape = kubeletApi();
      const firstPort = await firstScrape.start({ cert: serving.certPem, key: serving.keyPem });
      fromMonitoring.push(await get("/stats/summary", firstPort));
      await firstScrape.stop();
    }
    report.summaryFromMonitoring = spread(fromMonitoring);
    delay.disable();
    report.rssAfterSetupMiB = mib(rssSetup);
    report.rssNowMiB = mib(process.memoryUsage().rss);
    report.rssPeakMiB = mib(process.resourceUsage().maxRSS * 1024);
    report.heapUsedMiB = mib(process.memoryUsage().heapUsed);
    console.log(JSON.stringify(report, null, 2));
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await server?.stop();
    if (emulator) {
      emulator.monitoring.close();
      emulator.child.kill("SIGTERM");
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
