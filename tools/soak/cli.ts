/**
 * Soak test (not part of CI): `npm run soak -- --pods 1000 --minutes 30`. One virtual
 * node on the local control plane and the emulator keeps N pods while churning a share of
 * them every few seconds; it samples the provider's RSS, V8 heap, open file descriptors
 * and queue depths, and reports whether they stay flat (first vs last fifth of the run).
 * Results go to docs/soak/results.json.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CoreV1Api, KubeConfig, type V1Pod } from "@kubernetes/client-node";
import { startControlPlane } from "../controlplane/control-plane.ts";
import { createProviderNamespace } from "../harness/provider-namespace.ts";
import { freePort } from "../controlplane/ports.ts";
import { startEmulator } from "../emulator/emulator.ts";
import { VIRTUAL_NODE_TOLERATION, startVirtualNodeProcess } from "../harness/virtual-node.ts";
import { BENCH_EMULATOR_LIMITS, benchProviderConfig } from "../bench/nodes.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: {
    pods: { type: "string", default: "1000" },
    minutes: { type: "string", default: "30" },
    churn: { type: "string", default: "20", short: "c" },
    "interval-seconds": { type: "string", default: "5" },
  },
});
const PODS = Number(values.pods);
const MINUTES = Number(values.minutes);
const CHURN = Number(values.churn);
const INTERVAL_MS = Number(values["interval-seconds"]) * 1000;
const NODE = "soak-node";
const NS = "default";

interface Sample {
  readonly minute: number;
  readonly rssMb: number;
  readonly heapMb: number;
  readonly fds: number;
  readonly queueReady: number;
  readonly queueBackoff: number;
  readonly running: number;
  readonly instances: number;
}

function metric(text: string, name: string, labels = ""): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith(name) && line.includes(labels) && !line.startsWith("#"))
      sum += Number(line.split(" ").pop());
  }
  return sum;
}

const pod = (name: string): V1Pod => ({
  metadata: { name, labels: { soak: "true" } },
  spec: {
    nodeName: NODE,
    tolerations: [VIRTUAL_NODE_TOLERATION],
    containers: [
      {
        name: "main",
        image: "registry.example/app:1",
        resources: { requests: { cpu: "100m", memory: "128Mi" } },
      },
    ],
  },
});

async function main(): Promise<void> {
  const dir = join(ROOT, ".test-run", `soak-${process.pid}`);
  const plane = await startControlPlane({ dir: join(dir, "controlplane"), log: (l) => console.error(l) });
  await createProviderNamespace(plane.paths.kubectl, plane.paths.kubeconfig);
  // The bench's limits too: OCI's default service limits (1,000 OCPUs per AD) would refuse the churned pods.
  const emulator = await startEmulator({
    profile: "fast",
    limits: BENCH_EMULATOR_LIMITS,
    callLogSize: 10_000,
  });
  const node = startVirtualNodeProcess({
    nodeName: NODE,
    emulator,
    kubeconfig: plane.paths.kubeconfig,
    address: plane.network.hostAddress,
    kubeletPort: await freePort(),
    dir: join(dir, "node"),
    // The bench's client limits (raised OCI and Kubernetes rates), so the provider is measured and not a
    // configured rate: with the defaults, CreateContainerInstance alone is held to 10/s.
    config: {
      ...benchProviderConfig(PODS * 2),
      observability: { logLevel: "warn", metricsAddress: `127.0.0.1:${await freePort()}` },
    },
  });
  const metricsUrl = `http://${(JSON.parse(readFileSync(node.configPath, "utf8")) as { observability: { metricsAddress: string } }).observability.metricsAddress}/metrics`;
  const kc = new KubeConfig();
  kc.loadFromFile(plane.paths.kubeconfig);
  const core = kc.makeApiClient(CoreV1Api);
  const samples: Sample[] = [];
  let serial = 0;
  try {
    const ready = async (what: string, probe: () => Promise<unknown>): Promise<void> => {
      for (let waited = 0; !(await probe().catch(() => undefined)); waited++) {
        if (waited > 240) throw new Error(`${what} never appeared`);
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    await ready("the node", () => core.readNode({ name: NODE }));
    await ready("the default ServiceAccount", () =>
      core.readNamespacedServiceAccount({ name: "default", namespace: NS }),
    );
    for (let i = 0; i < PODS; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, PODS - i) }, () =>
          core.createNamespacedPod({ namespace: NS, body: pod(`soak-${serial++}`) }),
        ),
      );
    }
    console.error(
      `soak: ${PODS} pods created; churning ${CHURN} every ${INTERVAL_MS / 1000} s for ${MINUTES} min`,
    );
    const started = Date.now();
    let nextSample = started;
    while (Date.now() - started < MINUTES * 60_000) {
      const list = await core.listNamespacedPod({ namespace: NS, labelSelector: "soak=true" });
      const live = list.items.filter((p) => !p.metadata?.deletionTimestamp);
      const victims = live.sort(() => Math.random() - 0.5).slice(0, CHURN);
      await Promise.all(
        victims.map((p) =>
          core.deleteNamespacedPod({ name: p.metadata?.name ?? "", namespace: NS }).catch(() => undefined),
        ),
      );
      await Promise.all(
        victims.map(() => core.createNamespacedPod({ namespace: NS, body: pod(`soak-${serial++}`) })),
      );
      if (Date.now() >= nextSample) {
        const text = await (await fetch(metricsUrl)).text();
        const pid = node.child.pid ?? 0;
        const sample: Sample = {
          minute: Math.round(((Date.now() - started) / 60_000) * 10) / 10,
          rssMb: Math.round(metric(text, "process_resident_memory_bytes") / 1e6),
          heapMb: Math.round(metric(text, "nodejs_heap_used_bytes") / 1e6),
          fds: readdirSync(`/proc/${pid}/fd`).length,
          queueReady: metric(text, "okevn_queue_depth", 'state="ready"'),
          queueBackoff: metric(text, "okevn_queue_depth", 'state="backoff"'),
          running: list.items.filter((p) => p.status?.phase === "Running").length,
          instances: metric(text, "okevn_instances"),
        };
        samples.push(sample);
        console.error(`soak: ${JSON.stringify(sample)}`);
        nextSample += 30_000;
      }
      await new Promise((r) => setTimeout(r, INTERVAL_MS));
    }
  } finally {
    await node.stop();
    await emulator.stop();
    await plane.stop();
  }
  const fifth = Math.max(1, Math.floor(samples.length / 5));
  const average = (rows: Sample[], key: keyof Sample): number =>
    Math.round(rows.reduce((n, s) => n + s[key], 0) / rows.length);
  const summary = Object.fromEntries(
    (["rssMb", "heapMb", "fds", "queueReady", "queueBackoff"] as const).map((key) => [
      key,
      { first: average(samples.slice(0, fifth), key), last: average(samples.slice(-fifth), key) },
    ]),
  );
  const result = {
    pods: PODS,
    minutes: MINUTES,
    churnPerInterval: CHURN,
    intervalSeconds: INTERVAL_MS / 1000,
    podsCreated: serial,
    summary,
    samples,
  };
  await mkdir(join(ROOT, "docs", "soak"), { recursive: true });
  await writeFile(join(ROOT, "docs", "soak", "results.json"), JSON.stringify(result, null, 2) + "\n");
  console.log(JSON.stringify({ podsCreated: serial, summary }, null, 2));
}

await main();
