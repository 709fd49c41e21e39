/**
 * The feed from the real API server to an agent: two "replicas" (each a ServiceFeedSource with
 * its own two watches and a FeedEndpoint on loopback HTTP), one agent following both. Services
 * and EndpointSlices are written through the API; the agent's DNS and proxies follow; a stopped
 * replica is failed over; a wrong credential or a departed pod is refused.
 */
import { createServer, type Server } from "node:http";
import { Resolver } from "node:dns/promises";
import { DiscoveryV1Api } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentAuthorization, agentCredential } from "../../../service/src/agent/credential.ts";
import { FeedEndpoint } from "../../../service/src/agent/feed-endpoint.ts";
import { ServiceFeedSource } from "../../../service/src/agent/feed-source.ts";
import { FEED_PATH } from "../../../service/src/agent/feed.ts";
import { type RunningAgent, startAgent } from "../../../service/src/agent/main.ts";
import { KubeHttp } from "../../../service/src/kube/http.ts";
import { adminConfig, clients, eventually, testNamespace } from "../support/cluster.ts";

const SECRET = "node-secret";
const POD_UID = "0b7e5a3c-1111-4222-8333-444455556666";
const DNS = "127.0.0.63";
const DNS_PORT = 10_063;

interface Replica {
  readonly source: ServiceFeedSource;
  readonly server: Server;
  readonly url: string;
}

const live = new Set([POD_UID]);
const replicas: Replica[] = [];
let namespace: { name: string; remove: () => Promise<void> };
let agent: RunningAgent;
const resolver = new Resolver({ timeout: 1000, tries: 1 });
resolver.setServers([`${DNS}:${DNS_PORT}`]);

async function startReplica(): Promise<Replica> {
  const source = new ServiceFeedSource();
  await source.start(new KubeHttp(adminConfig(), { qps: 50, burst: 100 }));
  const endpoint = new FeedEndpoint({
    feed: source.feed,
    secret: SECRET,
    podRunsHere: (uid) => live.has(uid),
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (!endpoint.matches(url.pathname)) return void res.writeHead(404).end();
    void endpoint.handle(req, res, url.searchParams);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    source,
    server,
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
  };
}

function stopReplica(replica: Replica): Promise<void> {
  replica.server.closeAllConnections();
  replica.server.close();
  return replica.source.stop();
}

async function putSlice(name: string, service: string, addresses: string[]): Promise<void> {
  const discovery = adminConfig().makeApiClient(DiscoveryV1Api);
  const body = {
    metadata: { name, namespace: namespace.name, labels: { "kubernetes.io/service-name": service } },
    addressType: "IPv4",
    endpoints: addresses.map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
    ports: [{ name: "http", port: 8080, protocol: "TCP" }],
  };
  await discovery
    .replaceNamespacedEndpointSlice({ name, namespace: namespace.name, body })
    .catch(() => discovery.createNamespacedEndpointSlice({ namespace: namespace.name, body }));
}

beforeAll(async () => {
  namespace = await testNamespace("agent-feed");
  replicas.push(await startReplica(), await startReplica());
  agent = await startAgent(
    {
      feedUrls: replicas.map((r) => r.url),
      podUid: POD_UID,
      token: agentCredential(SECRET, POD_UID),
      ca: undefined,
      clusterDomain: "cluster.local",
      upstreams: [],
      podPorts: [],
      dnsAddress: DNS,
      dnsPort: DNS_PORT,
      healthPort: 10_064,
      dataPath: "unprivileged",
      clusterDns: undefined,
    },
    () => undefined,
  );
  await agent.feed.synced;
});

afterAll(async () => {
  await agent?.stop();
  for (const replica of replicas) await stopReplica(replica).catch(() => undefined);
  await namespace?.remove();
});

describe("Service feed", () => {
  it("brings Services and their endpoints from the API server to the agent, and fails over", async () => {
    const { core } = clients();
    await core.createNamespacedService({
      namespace: namespace.name,
      body: { metadata: { name: "web" }, spec: { ports: [{ name: "http", port: 80, targetPort: 8080 }] } },
    });
    await core.createNamespacedService({
      namespace: namespace.name,
      body: { metadata: { name: "db" }, spec: { clusterIP: "None", ports: [{ name: "http", port: 80 }] } },
    });
    await putSlice("db-1", "db", ["10.20.0.1", "10.20.0.2"]);
    const web = `web.${namespace.name}.svc.cluster.local`;
    const db = `db.${namespace.name}.svc.cluster.local`;
    const webAddress = agent.agent.addresses.addressOf(`${namespace.name}/web`);
    expect(await eventually(web, () => resolver.resolve4(web), 10_000)).toEqual([webAddress]);
    await eventually(
      "headless answers",
      async () => ((await resolver.resolve4(db)).length === 2 ? true : undefined),
      10_000,
    );
    expect((await resolver.resolve4(db)).sort()).toEqual(["10.20.0.1", "10.20.0.2"]);

    await putSlice("web-1", "web", ["10.20.0.7"]);
    await eventually(
      "a proxy listener for web",
      async () => agent.proxy.bound.includes(`${webAddress}:80/TCP`) || undefined,
      10_000,
    );

    // The replica the agent follows stops: the agent moves to the other and keeps following.
    const followed = replicas.findIndex((r) => r.url === agent.feed.currentUrl);
    await stopReplica(replicas[followed]!);
    await putSlice("db-1", "db", ["10.20.0.3"]);
    await eventually(
      "the change through the other replica",
      async () => {
        const answers = await resolver.resolve4(db);
        return answers.length === 1 && answers[0] === "10.20.0.3" ? true : undefined;
      },
      15_000,
    );
    expect(agent.feed.currentUrl).toBe(replicas[1 - followed]!.url);

    await core.deleteNamespacedService({ name: "web", namespace: namespace.name });
    await eventually(
      "web gone",
      async () =>
        await resolver.resolve4(web).then(
          () => undefined,
          (e: { code?: string }) => e.code === "ENOTFOUND" || undefined,
        ),
      10_000,
    );
  });

  it("refuses a wrong credential and a pod that is gone", async () => {
    const replica = replicas.find((r) => r.server.listening)!;
    const get = (authorization: string) =>
      fetch(`${replica.url}${FEED_PATH}?version=0`, { headers: { authorization } });
    expect((await get(agentAuthorization(POD_UID, agentCredential("other", POD_UID)))).status).toBe(401);
    expect((await get("Bearer abc")).status).toBe(401);
    expect((await get(agentAuthorization(POD_UID, agentCredential(SECRET, POD_UID)))).status).toBe(200);
    live.delete(POD_UID);
    expect((await get(agentAuthorization(POD_UID, agentCredential(SECRET, POD_UID)))).status).toBe(403);
    live.add(POD_UID);
  });
});
