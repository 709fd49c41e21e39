/**
 * `node tools/bench/oci-http.ts [--client fetch|node] [--calls 2000] [--concurrency 32]`: the
 * main-thread CPU per OCI call of the unmodified SDK clients, built as service/src/oci/clients.ts
 * builds them (no SDK retries, no breaker, CachedKeyRequestSigner), with the SDK's FetchHttpClient
 * (`fetch`) or our NodeHttpClient (`node`). The emulator (fast profile) runs in a child process,
 * so its CPU is not counted. Per operation: `process.threadCpuUsage()` (this thread only: signing's
 * RSA runs on the thread pool and is excluded) and `process.cpuUsage()` (the whole process), per call.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as common from "oci-common";
import { ContainerInstanceClient } from "oci-containerinstances";
import { VirtualNetworkClient } from "oci-core";
import { spawnEmulatorCli } from "../emulator/child.ts";
import { NodeHttpClient } from "../../service/src/oci/http-client.ts";
import { CachedKeyRequestSigner } from "../../service/src/oci/signer.ts";

const { values } = parseArgs({
  options: {
    client: { type: "string", default: "node" },
    calls: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "32" },
  },
});
const CALLS = Math.min(20_000, Number(values.calls));
const CONCURRENCY = Math.min(256, Number(values.concurrency));

const { info, child } = await spawnEmulatorCli([
  "--profile",
  "fast",
  "--state-dir",
  mkdtempSync(join(tmpdir(), "okevn-oci-http-")),
]);

const provider = new common.ConfigFileAuthenticationDetailsProvider(info.configFile);
const signer = new CachedKeyRequestSigner(provider);
const httpClient =
  values.client === "fetch" ? new common.FetchHttpClient(signer, null) : new NodeHttpClient(signer);
const configuration = (): common.ClientConfiguration => ({
  retryConfiguration: common.NoRetryConfigurationDetails,
  circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
});
const ci = new ContainerInstanceClient({ httpClient }, configuration());
const vn = new VirtualNetworkClient({ httpClient }, configuration());
ci.endpoint = info.endpoint;
vn.endpoint = info.endpoint;

/** Runs `task` for 0..count-1, CONCURRENCY at a time; returns CPU microseconds per call. */
async function measure(
  count: number,
  task: (i: number) => Promise<unknown>,
): Promise<Record<string, number>> {
  const thread0 = process.threadCpuUsage();
  const process0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await task(next++);
    }),
  );
  const thread = process.threadCpuUsage(thread0);
  const whole = process.cpuUsage(process0);
  return {
    mainThreadUsPerCall: Math.round((thread.user + thread.system) / count),
    processUsPerCall: Math.round((whole.user + whole.system) / count),
    callsPerSecond: Math.round(count / ((performance.now() - t0) / 1000)),
  };
}

const create = (i: number): Promise<string> =>
  ci
    .createContainerInstance({
      createContainerInstanceDetails: {
        compartmentId: info.compartmentId,
        availabilityDomain: info.availabilityDomains[i % info.availabilityDomains.length]!,
        shape: "CI.Standard.E4.Flex",
        shapeConfig: { ocpus: 1, memoryInGBs: 2 },
        containers: [{ imageUrl: "docker.io/library/nginx:1.27", environmentVariables: { POD: `pod-${i}` } }],
        vnics: [{ subnetId: info.subnetId }],
        freeformTags: { "okevn-pod-uid": `uid-${i}` },
      },
    })
    .then((r) => r.containerInstance.id);

async function round(count: number): Promise<Record<string, Record<string, number>>> {
  const ids: string[] = [];
  const containers: string[] = [];
  const vnics: string[] = [];
  const result: Record<string, Record<string, number>> = {};
  result.createContainerInstance = await measure(count, async (i) => ids.push(await create(i)));
  await new Promise((r) => setTimeout(r, 500)); // ACTIVE in the fast profile
  result.getContainerInstance = await measure(count, async (i) => {
    const instance = (await ci.getContainerInstance({ containerInstanceId: ids[i]! })).containerInstance;
    containers.push(instance.containers[0]!.containerId);
    vnics.push(instance.vnics[0]!.vnicId!);
  });
  result.getContainer = await measure(count, (i) => ci.getContainer({ containerId: containers[i]! }));
  result.getVnic = await measure(count, (i) => vn.getVnic({ vnicId: vnics[i]! }));
  result.deleteContainerInstance = await measure(count, (i) =>
    ci.deleteContainerInstance({ containerInstanceId: ids[i]! }),
  );
  return result;
}

await round(Math.min(300, CALLS)); // warm-up: JIT, connections
console.log(
  JSON.stringify(
    { client: values.client, calls: CALLS, concurrency: CONCURRENCY, ...(await round(CALLS)) },
    null,
    2,
  ),
);
ci.close();
vn.close();
if (httpClient instanceof NodeHttpClient) httpClient.close();
child.kill("SIGTERM");
