// Load figure for docs/emulator.md: the emulator (CLI, fast profile) in a child process on loopback,
// driven by the real SDK clients from this process. Bounded in count and time.
//
//   node tools/emulator/bench.ts [--instances 10000] [--seconds 20] [--concurrency 32]
import { parseArgs } from "node:util";
import * as common from "oci-common";
import { ContainerInstanceClient } from "oci-containerinstances";
import { VirtualNetworkClient } from "oci-core";
import { spawnEmulatorCli } from "./child.ts";

const { values } = parseArgs({
  options: {
    instances: { type: "string", default: "10000" },
    seconds: { type: "string", default: "20" },
    concurrency: { type: "string", default: "32" },
  },
});
const INSTANCES = Math.min(20_000, Number(values.instances));
const SECONDS = Math.min(120, Number(values.seconds));
const CONCURRENCY = Math.min(256, Number(values.concurrency));

const { info, child } = await spawnEmulatorCli(["--profile", "fast"]);
const admin = async (path: string): Promise<Record<string, unknown>> =>
  (await (await fetch(`${info.adminEndpoint}${path}`)).json()) as Record<string, unknown>;

const provider = new common.ConfigFileAuthenticationDetailsProvider(info.configFile);
const config = {
  retryConfiguration: common.NoRetryConfigurationDetails,
  circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
};
const ci = new ContainerInstanceClient({ authenticationDetailsProvider: provider }, config);
const vn = new VirtualNetworkClient({ authenticationDetailsProvider: provider }, config);
ci.endpoint = info.endpoint;
vn.endpoint = info.endpoint;

async function pool(
  total: number,
  deadline: number,
  task: (i: number) => Promise<unknown>,
): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total && Date.now() < deadline) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies;
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) * 10) / 10;
};
const mb = (n: unknown): number => Math.round((n as number) / 1024 / 1024);

// Phase 1: create the instances.
const ids: string[] = [];
const containerIds: string[] = [];
const vnicIds: string[] = [];
let t0 = performance.now();
const createLat = await pool(INSTANCES, Date.now() + 600_000, async (i) => {
  const r = await ci.createContainerInstance({
    createContainerInstanceDetails: {
      compartmentId: info.compartmentId,
      availabilityDomain: info.availabilityDomains[i % 3]!,
      shape: "CI.Standard.E4.Flex",
      shapeConfig: { ocpus: 1, memoryInGBs: 2 },
      containers: [{ imageUrl: "docker.io/library/nginx:1.27", environmentVariables: { POD: `pod-${i}` } }],
      vnics: [{ subnetId: info.subnetId }],
      freeformTags: { "bench-pod-uid": `uid-${i}` },
    },
  });
  ids.push(r.containerInstance.id);
});
const createSeconds = (performance.now() - t0) / 1000;
await new Promise((r) => setTimeout(r, 500)); // let them all become ACTIVE
for (const id of ids.slice(0, 2000)) {
  const inst = (await ci.getContainerInstance({ containerInstanceId: id })).containerInstance;
  containerIds.push(inst.containers[0]!.containerId);
  vnicIds.push(inst.vnics[0]!.vnicId!);
}
const afterCreate = await admin("/state");

// Phase 2: steady mixed load for SECONDS.
let k = 0;
const pick = <T>(xs: T[]): T => xs[(k++ * 7919) % xs.length]!;
const counts = { get: 0, list: 0, container: 0, vnic: 0 };
t0 = performance.now();
const mixLat = await pool(Number.MAX_SAFE_INTEGER, Date.now() + SECONDS * 1000, async (i) => {
  const r = i % 20;
  if (r < 16) {
    counts.get++;
    return ci.getContainerInstance({ containerInstanceId: pick(ids) });
  }
  if (r < 18) {
    counts.list++;
    return ci.listContainerInstances({ compartmentId: info.compartmentId, limit: 100 });
  }
  if (r < 19) {
    counts.container++;
    return ci.getContainer({ containerId: pick(containerIds) });
  }
  counts.vnic++;
  return vn.getVnic({ vnicId: pick(vnicIds) });
});
const mixSeconds = (performance.now() - t0) / 1000;
const afterLoad = await admin("/state");

const result = {
  instances: INSTANCES,
  concurrency: CONCURRENCY,
  create: {
    seconds: Math.round(createSeconds * 10) / 10,
    perSecond: Math.round(INSTANCES / createSeconds),
    p50ms: pct(createLat, 50),
    p99ms: pct(createLat, 99),
  },
  mixed: {
    seconds: Math.round(mixSeconds * 10) / 10,
    requests: mixLat.length,
    perSecond: Math.round(mixLat.length / mixSeconds),
    p50ms: pct(mixLat, 50),
    p99ms: pct(mixLat, 99),
    mix: counts,
  },
  emulatorMemoryMB: {
    afterCreate: {
      rss: mb((afterCreate.memory as { rss: number }).rss),
      heapUsed: mb((afterCreate.memory as { heapUsed: number }).heapUsed),
    },
    afterLoad: {
      rss: mb((afterLoad.memory as { rss: number }).rss),
      heapUsed: mb((afterLoad.memory as { heapUsed: number }).heapUsed),
    },
  },
  emulatorState: {
    instances: afterLoad.instances,
    instancesByState: afterLoad.instancesByState,
    workRequests: afterLoad.workRequests,
  },
};
console.log(JSON.stringify(result, null, 2));
ci.close();
vn.close();
child.kill("SIGTERM");
