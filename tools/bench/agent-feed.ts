/**
 * `node tools/bench/agent-feed.ts [--agents 200] [--changes 20]`
 *
 * Endpoint change to every agent (issue 16 item 7): a local control plane (real kube-apiserver and
 * etcd), the provider's feed source (its two watches) and feed endpoint on loopback HTTP, and N
 * agents' feed clients (the agent's own FeedClient and table, in this process) long-polling it.
 * Each change replaces a Service's EndpointSlice through the API server; the latency of one agent
 * is from just before the write is sent to the moment that agent's table has applied it.
 * Prints p50/p99/max over agents × changes and the load average. Loopback only; about a minute.
 */
import { loadavg } from "node:os";
import { createServer } from "node:http";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { KubeConfig } from "@kubernetes/client-node";
import { agentCredential } from "../../service/src/agent/credential.ts";
import { FeedClient } from "../../service/src/agent/feed-client.ts";
import { FeedEndpoint } from "../../service/src/agent/feed-endpoint.ts";
import { ServiceFeedSource } from "../../service/src/agent/feed-source.ts";
import { AgentTable } from "../../service/src/agent/feed.ts";
import { KubeHttp } from "../../service/src/kube/http.ts";
import { startControlPlane } from "../controlplane/control-plane.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: { agents: { type: "string", default: "200" }, changes: { type: "string", default: "20" } },
});
const agents = Number(values.agents);
const changes = Number(values.changes);
const SECRET = "bench-feed-secret";
const NS = "bench-feed";

const cp = await startControlPlane({ dir: join(ROOT, ".test-run", "bench-agent-feed"), log: console.error });
const kubeConfig = new KubeConfig();
kubeConfig.loadFromFile(cp.paths.kubeconfig);
const http = new KubeHttp(kubeConfig, { qps: 1000, burst: 1000 });
const source = new ServiceFeedSource();
const clients: FeedClient[] = [];
const server = createServer();
try {
  await http.request("POST", "/api/v1/namespaces", { body: { metadata: { name: NS } } });
  await http.request("POST", `/api/v1/namespaces/${NS}/services`, {
    body: { metadata: { name: "web" }, spec: { ports: [{ name: "http", port: 80 }] } },
  });
  const slice = (ip: string) => ({
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: { name: "web-1", namespace: NS, labels: { "kubernetes.io/service-name": "web" } },
    addressType: "IPv4",
    endpoints: [{ addresses: [ip], conditions: { ready: true } }],
    ports: [{ name: "http", port: 8080, protocol: "TCP" }],
  });
  const slicesPath = `/apis/discovery.k8s.io/v1/namespaces/${NS}/endpointslices`;
  await http.request("POST", slicesPath, { body: slice("10.1.0.1") });
  await source.start(http);
  const endpoint = new FeedEndpoint({ feed: source.feed, secret: SECRET, podRunsHere: () => true });
  server.on("request", (req, res) => {
    void endpoint.handle(req, res, new URL(req.url ?? "/", "http://x").searchParams);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  let expected = "";
  let sentAt = 0;
  let pending = 0;
  let allApplied: (() => void) | undefined;
  const latencies: number[] = [];
  for (let i = 0; i < agents; i++) {
    const uid = `0b7e5a3c-0000-4000-8000-${String(i).padStart(12, "0")}`;
    const table = new AgentTable();
    let seen = "";
    const client = new FeedClient({
      urls: [url],
      podUid: uid,
      token: agentCredential(SECRET, uid),
      apply: async (response) => {
        table.apply(response);
        const address = table.entries.get(`${NS}/web`)?.endpoints[0]?.addresses[0] ?? "";
        if (address === expected && seen !== expected) {
          seen = expected;
          latencies.push(performance.now() - sentAt);
          if (--pending === 0) allApplied?.();
        }
      },
    });
    client.start();
    clients.push(client);
  }
  await Promise.all(clients.map((c) => c.synced));

  for (let change = 0; change < changes; change++) {
    const ip = `10.1.1.${change + 1}`;
    const done = new Promise<void>((resolve) => (allApplied = resolve));
    expected = ip;
    pending = agents;
    sentAt = performance.now();
    const current = await http.request<{ metadata: { resourceVersion: string } }>(
      "GET",
      `${slicesPath}/web-1`,
    );
    const body = slice(ip);
    await http.request("PUT", `${slicesPath}/web-1`, {
      body: { ...body, metadata: { ...body.metadata, resourceVersion: current.metadata.resourceVersion } },
    });
    await Promise.race([
      done,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`change ${change}: not everywhere in 10 s`)), 10_000),
      ),
    ]);
    await new Promise((r) => setTimeout(r, 200));
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number): string =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  console.log(
    JSON.stringify({
      agents,
      changes,
      samples: latencies.length,
      changeToEveryAgentMs: { p50: at(0.5), p99: at(0.99), max: at(1) },
      kubernetes: cp.version,
      loadavg: loadavg().map((l) => l.toFixed(1)),
    }),
  );
} finally {
  await Promise.all(clients.map((c) => c.stop()));
  server.closeAllConnections();
  server.close();
  await source.stop();
  await cp.stop();
}
