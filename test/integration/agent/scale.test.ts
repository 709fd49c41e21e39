/**
 * Issue 16 item 5 with two real provider replicas (leader election, agent enabled, each serving
 * the feed on its own kubelet API port over TLS) and 200 pods bound to their node:
 * - the API server's count of watches on Services and EndpointSlices (its
 *   `apiserver_longrunning_requests{verb="WATCH"}`) is the same with 1 and with 200 agents
 *   following the feed. The 200 are real feed clients (the agent's own FeedClient) with the
 *   credentials the provider gives each of 200 pods bound to the node; they are not 200 instances,
 *   but an instance's agent talks to the API server only through this feed, so what the API server
 *   sees of 200 agents is exactly this.
 * - SIGKILL of the leader replica while an agent answers DNS lookups in a loop: zero failed
 *   lookups (the agent keeps its table), and the agents then follow the standby's feed (a Service
 *   created after the kill reaches all of them).
 * Run alone: other test files starting providers at the same time would move the watch count.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { Resolver } from "node:dns/promises";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { CoordinationV1Api, type V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentCredential } from "../../../service/src/agent/credential.ts";
import { FeedClient } from "../../../service/src/agent/feed-client.ts";
import { AgentTable } from "../../../service/src/agent/feed.ts";
import { AGENT_NODE_FLAGS } from "../../../service/src/agent/launch.ts";
import { ensureAgentBundle } from "../../../tools/image/agent-bundle.ts";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { freePort, servingCertificate } from "../kubelet-api/support.ts";
import { adminConfig, clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  startTestEmulator,
  startVirtualNode,
  tearDownVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";

const AGENTS = 200;
const SECRET = "a-node-secret-of-enough-length";
const DNS = "127.0.0.93";
const { core } = clients();
const nodeName = `vn-agent-scale-${process.pid}`;
const LEADER_ELECTION = { leaseDurationSeconds: 6, renewDeadlineSeconds: 4, retryPeriodSeconds: 1 };
let emulator: Emulator;
let ns: string;
let removeNamespace: () => Promise<void>;
const replicas = new Map<string, { process: VirtualNodeProcess; url: string }>();
const feeds: Array<{ client: FeedClient; table: AgentTable; synced: boolean }> = [];
let agent: ChildProcess | undefined;
let uids: string[] = [];

async function startReplica(identity: string, serving: { cert: string; key: string }, secretFile: string) {
  const port = await freePort(clusterInfo().hostAddress);
  const process = await startVirtualNode({
    nodeName,
    emulator,
    dir: `${nodeName}-${identity}`,
    config: {
      agent: { enabled: true, image: "registry.example/oke-virtual-nodes:dev", secretFile },
      leaderElection: { enabled: true, identity, leaseNamespace: ns, ...LEADER_ELECTION },
      kubeletApi: {
        port,
        tlsCertFile: serving.cert,
        tlsKeyFile: serving.key,
        clientCaFile: clusterInfo().caCert,
      },
    },
  });
  replicas.set(identity, { process, url: `https://${clusterInfo().hostAddress}:${port}` });
}

async function leader(): Promise<string | undefined> {
  const lease = await adminConfig()
    .makeApiClient(CoordinationV1Api)
    .readNamespacedLease({ name: `${nodeName}-leader`, namespace: ns })
    .catch(() => undefined);
  return lease?.spec?.holderIdentity || undefined;
}

/** Open WATCH requests on Services and on EndpointSlices, from the API server's own metrics. */
async function watchCounts(): Promise<{ services: number; endpointslices: number }> {
  const { stdout } = await promisify(execFile)(
    clusterInfo().kubectl,
    ["--kubeconfig", clusterInfo().kubeconfig, "get", "--raw", "/metrics"],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const counts = { services: 0, endpointslices: 0 };
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("apiserver_longrunning_requests{") || !line.includes('verb="WATCH"')) continue;
    for (const resource of ["services", "endpointslices"] as const)
      if (line.includes(`resource="${resource}"`)) counts[resource] += Number(line.split(" ").pop());
  }
  return counts;
}

function follow(uid: string): { client: FeedClient; table: AgentTable; synced: boolean } {
  const table = new AgentTable();
  const client = new FeedClient({
    urls: [...replicas.values()].map((r) => r.url),
    podUid: uid,
    token: agentCredential(SECRET, uid),
    ca: readFileSync(clusterInfo().caCert, "utf8"),
    apply: async (response) => void table.apply(response),
  });
  client.start();
  const feed = { client, table, synced: false };
  void client.synced.then(() => (feed.synced = true));
  feeds.push(feed);
  return feed;
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  ({ name: ns, remove: removeNamespace } = await testNamespace("agent-scale"));
  const dir = join(import.meta.dirname, "..", "..", "..", ".test-run", "nodes", nodeName);
  mkdirSync(dir, { recursive: true });
  const secretFile = join(dir, "agent-secret");
  writeFileSync(secretFile, `${SECRET}\n`);
  const serving = await servingCertificate(nodeName, clusterInfo().hostAddress);
  await startReplica("replica-a", serving, secretFile);
  await startReplica("replica-b", serving, secretFile);
  await waitForReadyNode(core, nodeName);
  for (let i = 0; i < AGENTS; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: 20 }, (_, k) => {
        const body: V1Pod = {
          metadata: { name: `p${i + k}` },
          spec: {
            nodeName,
            tolerations: [VIRTUAL_NODE_TOLERATION],
            containers: [{ name: "main", image: "registry.example/app:1" }],
          },
        };
        return core.createNamespacedPod({ namespace: ns, body });
      }),
    );
    uids.push(...batch.map((p) => p.metadata!.uid!));
  }
  await core.createNamespacedService({
    namespace: ns,
    body: { metadata: { name: "web" }, spec: { ports: [{ name: "http", port: 80 }] } },
  });
}, 600_000);

afterAll(async () => {
  agent?.kill();
  await Promise.all(feeds.map((f) => f.client.stop()));
  for (const replica of replicas.values()) await replica.process.stop("SIGKILL").catch(() => undefined);
  await tearDownVirtualNode({ emulator, removeNamespace }, nodeName);
  uids = [];
});

describe("the feed at 200 agents", () => {
  it("adds no API-server watches for 199 more agents", { timeout: 300_000 }, async () => {
    const first = follow(uids[0]!);
    await first.client.synced;
    await new Promise((r) => setTimeout(r, 2000));
    const one = await watchCounts();
    // Two replicas, each with one watch on each (plus whatever else the control plane holds).
    expect(one.services).toBeGreaterThanOrEqual(2);
    expect(one.endpointslices).toBeGreaterThanOrEqual(2);
    for (const uid of uids.slice(1)) follow(uid);
    await eventually(
      `${AGENTS} agents synced`,
      async () => (feeds.every((f) => f.synced) ? true : undefined),
      240_000,
    );
    expect(feeds).toHaveLength(AGENTS);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await watchCounts()).toEqual(one);
    expect(feeds.every((f) => f.table.entries.has(`${ns}/web`))).toBe(true);
  });

  it(
    "keeps answering through a SIGKILL of the leader, then follows the standby",
    { timeout: 180_000 },
    async () => {
      // The agent as an instance runs it: the bundled agent in its own process (its event loop is
      // not the one of the 200 feed clients here, which reconnect all at once after the kill).
      agent = spawn(process.execPath, [...AGENT_NODE_FLAGS, ensureAgentBundle()], {
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          PATH: process.env["PATH"] ?? "",
          OKEVN_FEED_URLS: [...replicas.values()].map((r) => r.url).join(","),
          OKEVN_FEED_CA_FILE: clusterInfo().caCert,
          OKEVN_POD_UID: uids[0]!,
          OKEVN_AGENT_TOKEN: agentCredential(SECRET, uids[0]!),
          OKEVN_DNS_ADDRESS: DNS,
          OKEVN_DNS_PORT: "10093",
          OKEVN_AGENT_HEALTH_PORT: "10094",
        },
      });
      const health = async (): Promise<string | undefined> => {
        const res = await fetch(`http://${DNS}:10094/readyz`);
        return res.ok ? await res.text() : undefined;
      };
      await eventually("the agent is ready", health, 30_000);
      // glibc's default timeout (resolv.conf timeout:5), one try: a late answer is a failure.
      const resolver = new Resolver({ timeout: 5000, tries: 1 });
      resolver.setServers([`${DNS}:10093`]);
      const name = `web.${ns}.svc.cluster.local`;
      let lookups = 0;
      const failures: string[] = [];
      let looping = true;
      const loop = (async () => {
        while (looping) {
          lookups++;
          await resolver.resolve4(name).then(
            (answers) => void (answers.length !== 1 && failures.push(`answers: ${answers.join(",")}`)),
            (error: Error) => void failures.push(error.message),
          );
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const killed = await eventually("a leader", leader, 30_000);
      const survivor = [...replicas.keys()].find((r) => r !== killed)!;
      await new Promise((r) => setTimeout(r, 1000));
      await replicas.get(killed)!.process.stop("SIGKILL");
      await eventually(
        "the standby leads",
        async () => ((await leader()) === survivor ? true : undefined),
        30_000,
      );
      await core.createNamespacedService({
        namespace: ns,
        body: { metadata: { name: "after" }, spec: { ports: [{ name: "http", port: 80 }] } },
      });
      await eventually(
        "the new Service at every agent through the standby",
        async () => (feeds.every((f) => f.table.entries.has(`${ns}/after`)) ? true : undefined),
        30_000,
      );
      await eventually(
        "the new Service at the agent process",
        async () =>
          (await resolver.resolve4(`after.${ns}.svc.cluster.local`).catch(() => [])).length === 1 ||
          undefined,
        30_000,
      );
      looping = false;
      await loop;
      // Its readiness: fed (from the standby, the only replica left).
      expect(await health()).toMatch(/^ok: table version \d+, \d+ Services$/m);
      expect(lookups).toBeGreaterThan(50);
      expect(failures).toEqual([]);
    },
  );
});
