/**
 * Main-thread CPU per operation of the provider's own Kubernetes code (issue 18), against the
 * real local control plane: `./node_modules/.bin/node tools/bench/kube-cpu.ts [--n 2000]
 * [--dir .test-run/kube-cpu]`.
 *
 * Measured with `process.threadCpuUsage()` (user + system of this thread only; the CPU profiler
 * charges preempted time on a loaded machine): each operation N times, 32 in flight, after a
 * warm-up. The writes are the provider's own (KubeHttp over one keep-alive agent, the Event
 * recorder, the pods/status merge PATCH, the DELETE with grace 0); the watch row is the
 * PodController's pod reflector (parse, trimPod, cache, upsert hook) receiving MODIFIED events
 * that a worker thread causes, so the writes that cause them cost this thread nothing.
 */
import { connect } from "node:http2";
import { Agent, type RequestOptions, request } from "node:https";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { KubeConfig, type V1Pod, type V1PodStatus } from "@kubernetes/client-node";
import { PodController, comparable } from "../../service/src/controllers/pods.ts";
import { EventRecorder } from "../../service/src/kube/events.ts";
import { KubeHttp } from "../../service/src/kube/http.ts";
import { StringTable, trimPod } from "../../service/src/kube/trim.ts";
import { E4_FLEX, TEST_NODE } from "../../service/src/oci/translate/testing.ts";
import { translatePod } from "../../service/src/oci/translate/index.ts";
import { createProviderMetrics } from "../../service/src/observability/provider-metrics.ts";
import { FakeProvider } from "../../service/src/provider/testing.ts";
import type { InstanceSnapshot } from "../../service/src/provider/types.ts";
import { podStatus } from "../../service/src/status/pod-status.ts";
import { startControlPlane } from "../controlplane/control-plane.ts";
import { BENCH_CONFIG_MAP, BENCH_SECRET } from "./nodes.ts";
import { createBenchNamespace, podManifest } from "./run.ts";

const NODE = "kube-cpu-node";
const NAMESPACE = "kube-cpu";
const IN_FLIGHT = 32;
const HOST_IP = "10.0.10.2";

interface Row {
  readonly operation: string;
  readonly n: number;
  /** Main-thread CPU per operation, µs. */
  readonly cpuMicros: number;
  /** Wall time per operation, µs (pure rows: one at a time; I/O rows: 32 in flight). */
  readonly wallMicros: number;
}

/** Runs `task` for 0..n-1 with at most `limit` in flight. */
async function parallel(n: number, limit: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
}

async function measured(operation: string, n: number, run: () => Promise<void>): Promise<Row> {
  const wall = performance.now();
  const cpu = process.threadCpuUsage();
  await run();
  const used = process.threadCpuUsage(cpu);
  return {
    operation,
    n,
    cpuMicros: (used.user + used.system) / n,
    wallMicros: ((performance.now() - wall) * 1000) / n,
  };
}

/**
 * Variants of one operation, `n` calls each, measured in alternating blocks (the order flipped
 * every block) so that a change in the machine's load falls on every variant alike.
 */
async function interleaved(
  n: number,
  variants: readonly { readonly operation: string; readonly op: (i: number) => Promise<void> }[],
  blocks = 8,
): Promise<Row[]> {
  const cpu = variants.map(() => 0);
  const wall = variants.map(() => 0);
  const size = Math.ceil(n / blocks);
  for (let b = 0; b * size < n; b++) {
    const from = b * size;
    const count = Math.min(size, n - from);
    const order = variants.map((_, v) => v);
    if (b % 2) order.reverse();
    for (const v of order) {
      const started = performance.now();
      const before = process.threadCpuUsage();
      await parallel(count, IN_FLIGHT, (i) => variants[v]!.op(from + i));
      const used = process.threadCpuUsage(before);
      cpu[v]! += used.user + used.system;
      wall[v]! += (performance.now() - started) * 1000;
    }
  }
  return variants.map((v, i) => ({
    operation: v.operation,
    n,
    cpuMicros: cpu[i]! / n,
    wallMicros: wall[i]! / n,
  }));
}

/** A pure function, `n` calls after as many warm-up calls. */
async function pure(operation: string, n: number, call: (i: number) => unknown): Promise<Row> {
  let sink: unknown;
  for (let i = 0; i < n; i++) sink = call(i);
  const row = await measured(operation, n, () => {
    for (let i = 0; i < n; i++) sink = call(i);
    return Promise.resolve();
  });
  if (sink === Symbol.for("never")) console.log(sink);
  return row;
}

/** The instance a Running bench pod has (one container, running, pod IP chosen). */
function runningInstance(pod: V1Pod, i: number): InstanceSnapshot {
  const createdAt = new Date(Date.now() - 5000).toISOString();
  return {
    uid: pod.metadata?.uid ?? "",
    namespace: NAMESPACE,
    name: pod.metadata?.name ?? "",
    instanceId: `ocid1.computecontainerinstance.oc1.iad.${"a".repeat(60)}${i}`,
    phase: "Running",
    createdAt,
    podIp: `10.1.${Math.floor(i / 250)}.${(i % 250) + 2}`,
    containers: [
      {
        name: "app",
        containerID: `oci://ocid1.computecontainer.oc1.iad.${"b".repeat(60)}${i}`,
        phase: "Running",
        restartCount: 0,
        startedAt: createdAt,
      },
    ],
  };
}

/** The worker thread: PATCHes each pod's status (a Pending one) so the main thread's watch sees it. */
async function patchFromWorker(): Promise<void> {
  const { kubeconfig, names } = workerData as { kubeconfig: string; names: string[] };
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(kubeconfig);
  const http = new KubeHttp(kubeConfig, { qps: 100_000, burst: 100_000 });
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  await parallel(names.length, IN_FLIGHT, async (i) => {
    await http.request("PATCH", `/api/v1/namespaces/${NAMESPACE}/pods/${names[i]}/status`, {
      body: {
        status: {
          phase: "Pending",
          hostIP: HOST_IP,
          conditions: [{ type: "PodScheduled", status: "True", lastTransitionTime: now }],
          containerStatuses: [
            {
              name: "app",
              image: "registry.example.com/bench/app:1.0",
              imageID: "",
              ready: false,
              restartCount: 0,
              state: { waiting: { reason: "ContainerCreating" } },
            },
          ],
        },
      },
      contentType: "application/merge-patch+json",
    });
  });
  http.close();
  parentPort?.postMessage("done");
}

function patchInWorker(kubeconfig: string, names: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { kubeconfig, names } });
    worker.once("message", () => resolve());
    worker.once("error", reject);
    worker.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`worker exited ${code}`))));
  });
}

/**
 * GETs below any client code, the body read and dropped: node:https over a keep-alive agent of 32
 * sockets (as KubeHttp), and node:http2 with every request a stream of one session.
 */
async function transports(
  kubeConfig: KubeConfig,
  server: string,
): Promise<{
  https: (path: string) => Promise<void>;
  http2: (path: string) => Promise<void>;
  close: () => void;
}> {
  const tls: RequestOptions = {};
  await kubeConfig.applyToHTTPSOptions(tls);
  const { ca, cert, key } = tls;
  const url = new URL(server);
  const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const session = connect(server, { ca, cert, key });
  const drained = (stream: NodeJS.ReadableStream, done: () => void): void => {
    stream.on("data", () => {});
    stream.on("end", done);
  };
  return {
    https: (path) =>
      new Promise((resolve, reject) => {
        const options = { host: url.hostname, port: url.port, path, ca, cert, key, agent };
        const req = request({ ...options, headers: { accept: "application/json" } }, (res) =>
          drained(res, resolve),
        );
        req.on("error", reject);
        req.end();
      }),
    http2: (path) =>
      new Promise((resolve, reject) => {
        const stream = session.request({ ":path": path, accept: "application/json" });
        drained(stream, resolve);
        stream.on("error", reject);
        stream.end();
      }),
    close: () => {
      agent.destroy();
      session.close();
    },
  };
}

function print(rows: readonly Row[]): void {
  console.log("operation".padEnd(52) + "n".padStart(7) + "  CPU µs/op  wall µs/op");
  for (const r of rows)
    console.log(
      r.operation.padEnd(52) +
        String(r.n).padStart(7) +
        r.cpuMicros.toFixed(1).padStart(11) +
        r.wallMicros.toFixed(1).padStart(12),
    );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: "string", default: "2000" },
      dir: { type: "string", default: ".test-run/kube-cpu" },
    },
  });
  const n = Number(values.n);
  const warm = Math.max(100, Math.floor(n / 10));
  const log = (line: string): void => console.error(`[kube-cpu] ${line}`);
  log(
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${cpus().length} cores`,
  );
  const cp = await startControlPlane({ dir: resolve(values.dir, "controlplane"), log });
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(cp.paths.kubeconfig);
  const metrics = createProviderMetrics();
  // Requests answered, for the fire-and-forget Event recorder: each answer releases the oldest waiter.
  const waiting: (() => void)[] = [];
  // As the provider's app.ts wires it: every request counted in prom-client.
  const http = new KubeHttp(kubeConfig, {
    qps: 100_000,
    burst: 100_000,
    onRequest: (method, status) => {
      metrics.apiserverRequests.inc({ method, status: String(status) });
      waiting.shift()?.();
    },
  });
  const rows: Row[] = [];
  try {
    await http.request("POST", "/api/v1/nodes", {
      body: { apiVersion: "v1", kind: "Node", metadata: { name: NODE } },
    });
    const { configMap, secret } = await createBenchNamespace(http, NAMESPACE);
    // The watch and the PATCHes use warm + n pods; the DELETE variants n more.
    const total = warm + 2 * n;
    const names = Array.from({ length: total }, (_, i) => `pod-${String(i).padStart(5, "0")}`);
    log(`creating ${total} pods bound to ${NODE}`);
    const created: V1Pod[] = new Array<V1Pod>(total);
    await parallel(total, IN_FLIGHT, async (i) => {
      created[i] = await http.request<V1Pod>("POST", `/api/v1/namespaces/${NAMESPACE}/pods`, {
        body: podManifest(names[i]!, NODE, "prebound"),
      });
    });

    // The watch: the PodController's pod reflector with its upsert hook, the sync queue not started.
    const provider = new FakeProvider();
    const controller = new PodController({
      http,
      provider,
      events: new EventRecorder(http, NODE),
      nodeName: NODE,
      hostIp: HOST_IP,
      queues: {
        sync: { workers: 1, baseDelayMs: 5, maxDelayMs: 1000 },
        status: { workers: 1, baseDelayMs: 5, maxDelayMs: 1000 },
        orphans: { workers: 1, baseDelayMs: 5, maxDelayMs: 1000 },
      },
      resyncMs: 3_600_000,
      stallMs: 60_000,
      isLeader: () => true,
    });
    let upserts = 0;
    let upsertsWanted = Infinity;
    let allSeen: () => void = () => {};
    const add = controller.sync.add.bind(controller.sync);
    controller.sync.add = (key: string): void => {
      add(key);
      if (++upserts >= upsertsWanted) allSeen();
    };
    controller.pods.start();
    await controller.pods.hasSynced;
    const watched = async (from: number, count: number): Promise<void> => {
      upserts = 0;
      upsertsWanted = count;
      const seen = new Promise<void>((resolve) => (allSeen = resolve));
      await patchInWorker(cp.paths.kubeconfig, names.slice(from, from + count));
      await seen;
    };
    log("watch events");
    await watched(0, warm);
    rows.push(await measured("watch event: parse, trimPod, cache, upsert hook", n, () => watched(warm, n)));
    await controller.pods.stop();

    const raw = await http.request<{ items: V1Pod[] }>("GET", `/api/v1/namespaces/${NAMESPACE}/pods`);
    const byName = new Map(raw.items.map((p) => [p.metadata?.name ?? "", p]));
    const pods = names.map((name) => byName.get(name)!);
    const strings = new StringTable();
    const trimmed = pods.map((p) => trimPod(p, strings));
    const now = new Date().toISOString();
    const instances = trimmed.map((p, i) => runningInstance(p, i));
    const statuses = trimmed.map(
      (p, i) => podStatus(p, instances[i], { hostIp: HOST_IP, now }) as V1PodStatus,
    );

    log("pods/status PATCH");
    let writes = 0;
    // Each PATCH changes an annotation, so that every one is a real write (not a no-op).
    const patchStatus =
      (metadataOnly: boolean) =>
      (i: number): Promise<void> =>
        http.request("PATCH", `/api/v1/namespaces/${NAMESPACE}/pods/${names[i]}/status`, {
          body: {
            metadata: {
              uid: pods[i]!.metadata?.uid,
              annotations: {
                "oke-virtual-nodes.io/shape": "CI.Standard.E4.Flex",
                "oke-virtual-nodes.io/kube-cpu-write": String(writes++),
              },
            },
            status: statuses[i],
          },
          contentType: "application/merge-patch+json",
          metadataOnly,
        });
    await parallel(warm, IN_FLIGHT, patchStatus(true));
    await parallel(warm, IN_FLIGHT, patchStatus(false));
    // PodController.writeStatus asks for metadata only (it reads only the answer's resourceVersion).
    rows.push(
      ...(await interleaved(n, [
        { operation: "HTTP PATCH pods/status, whole pod back", op: (i) => patchStatus(false)(warm + i) },
        { operation: "HTTP PATCH pods/status, metadata back", op: (i) => patchStatus(true)(warm + i) },
      ])),
    );

    log("Event POST");
    const recorder = new EventRecorder(http, NODE);
    const record = (i: number): Promise<void> => {
      const done = new Promise<void>((resolve) => waiting.push(resolve));
      const meta = pods[i]!.metadata!;
      recorder.record(
        { kind: "Pod", namespace: NAMESPACE, name: meta.name!, uid: meta.uid! },
        "Normal",
        "Created",
        `created container instance ocid1.computecontainerinstance.oc1.iad.${"a".repeat(60)}${i}`,
      );
      return done;
    };
    await parallel(warm, IN_FLIGHT, record);
    rows.push(
      await measured("Event POST via EventRecorder.record", n, () =>
        parallel(n, IN_FLIGHT, (i) => record(warm + i)),
      ),
    );

    log("GET below the client");
    const below = await transports(kubeConfig, http.server);
    const podPath = (i: number): string => `/api/v1/namespaces/${NAMESPACE}/pods/${names[warm + i]}`;
    await parallel(warm, IN_FLIGHT, (i) => below.https(podPath(i)));
    await parallel(warm, IN_FLIGHT, (i) => below.http2(podPath(i)));
    rows.push(
      ...(await interleaved(n, [
        { operation: "GET pod: KubeHttp.request", op: (i) => http.request("GET", podPath(i)) },
        { operation: "GET pod: node:https, body dropped", op: (i) => below.https(podPath(i)) },
        { operation: "GET pod: node:http2, body dropped", op: (i) => below.http2(podPath(i)) },
      ])),
    );
    below.close();

    log("DELETE");
    const remove =
      (metadataOnly: boolean) =>
      (i: number): Promise<void> =>
        http.request("DELETE", `/api/v1/namespaces/${NAMESPACE}/pods/${names[i]}`, {
          body: {
            apiVersion: "v1",
            kind: "DeleteOptions",
            gracePeriodSeconds: 0,
            preconditions: { uid: pods[i]!.metadata?.uid },
          },
          metadataOnly,
        });
    await parallel(warm, IN_FLIGHT, remove(true));
    rows.push(
      ...(await interleaved(n, [
        { operation: "HTTP DELETE pod (grace 0), whole pod back", op: (i) => remove(false)(warm + i) },
        { operation: "HTTP DELETE pod (grace 0), metadata back", op: (i) => remove(true)(warm + n + i) },
      ])),
    );

    log("pure parts");
    const at = (i: number): number => i % pods.length;
    const table = new StringTable();
    rows.push(
      await pure("trimPod (pod as the apiserver sent it)", n * 10, (i) => trimPod(pods[at(i)]!, table)),
    );
    rows.push(
      await pure("podStatus (Running instance)", n * 10, (i) =>
        podStatus(trimmed[at(i)]!, instances[at(i)], { hostIp: HOST_IP, now }),
      ),
    );
    rows.push(await pure("comparable (Running status)", n * 10, (i) => comparable(statuses[at(i)])));
    const translation = {
      node: { ...TEST_NODE, nodeName: NODE, hostIp: HOST_IP },
      shapes: [E4_FLEX],
      references: {
        configMaps: { [BENCH_CONFIG_MAP]: configMap },
        secrets: { [BENCH_SECRET]: secret },
        kubernetesServiceEnv: { KUBERNETES_SERVICE_HOST: "10.0.0.1", KUBERNETES_SERVICE_PORT: "443" },
      },
      defaults: { shapeName: E4_FLEX.name ?? "", cpu: "1", memory: "1Gi" },
    };
    rows.push(
      await pure("translatePod (bench pod)", n * 10, (i) =>
        translatePod({ ...translation, pod: trimmed[at(i)]!, podIp: "10.1.0.2" }),
      ),
    );
    rows.push(
      await pure("prom-client Histogram.observe (one label)", n * 10, (i) =>
        metrics.podPhases.observe({ phase: "created_to_running" }, (i % 100) / 10),
      ),
    );
    rows.push(
      await pure("prom-client Counter.inc (two labels)", n * 10, () =>
        metrics.apiserverRequests.inc({ method: "PATCH", status: "200" }),
      ),
    );
  } finally {
    http.close();
    await cp.stop();
  }
  print(rows);
  log(
    `load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

if (isMainThread) await main();
else await patchFromWorker();
