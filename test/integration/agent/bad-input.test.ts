/**
 * Issue 16 item 6 against the real API server: the feed source (the provider's two watches and
 * its truncation reporter, writing real Events) and an agent following it on loopback. A Service
 * with 1,000 ports, one with 10,000 endpoints written as 100 EndpointSlices of 100, the same name
 * in two namespaces, a PreferDualStack Service with IPv4 and IPv6 slices, a Service whose only
 * slice is IPv6, and a Service port equal to the pod's own port: the agent stays ready and each
 * behaves as docs/networking.md says; the two truncated Services get one Warning event each.
 */
import { Resolver } from "node:dns/promises";
import { createServer, type Server } from "node:http";
import { DiscoveryV1Api, type V1EndpointSlice } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentCredential } from "../../../service/src/agent/credential.ts";
import { FeedEndpoint } from "../../../service/src/agent/feed-endpoint.ts";
import { ServiceFeedSource } from "../../../service/src/agent/feed-source.ts";
import { type RunningAgent, startAgent } from "../../../service/src/agent/main.ts";
import { SERVICE_TRUNCATED_REASON, TruncationReporter } from "../../../service/src/agent/provider-side.ts";
import { MAX_ADDRESSES_PER_SERVICE, MAX_PORTS_PER_SERVICE } from "../../../service/src/agent/table.ts";
import { EventRecorder } from "../../../service/src/kube/events.ts";
import { KubeHttp } from "../../../service/src/kube/http.ts";
import { adminConfig, clients, eventually, testNamespace } from "../support/cluster.ts";

const SECRET = "bad-input-secret";
const POD_UID = "0b7e5a3c-3333-4222-8333-444455556666";
const DNS = "127.0.0.83";
const REPORTER_HOST = `vn-bad-input-${process.pid}`;
const { core } = clients();
const discovery = adminConfig().makeApiClient(DiscoveryV1Api);
const resolver = new Resolver({ timeout: 2000, tries: 1 });
resolver.setServers([`${DNS}:10083`]);
let a: { name: string; remove: () => Promise<void> };
let b: { name: string; remove: () => Promise<void> };
let source: ServiceFeedSource;
let server: Server;
let agent: RunningAgent;

const slice = (
  namespace: string,
  service: string,
  name: string,
  addresses: string[],
  ports: Array<{ name: string; port: number }>,
  addressType = "IPv4",
): V1EndpointSlice => ({
  metadata: { name, namespace, labels: { "kubernetes.io/service-name": service } },
  addressType,
  endpoints: addresses.map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
  ports: ports.map((p) => ({ ...p, protocol: "TCP" })),
});
const put = (body: V1EndpointSlice) =>
  discovery.createNamespacedEndpointSlice({ namespace: body.metadata!.namespace!, body });

beforeAll(async () => {
  [a, b] = await Promise.all([testNamespace("agent-bad-a"), testNamespace("agent-bad-b")]);
  const http = new KubeHttp(adminConfig(), { qps: 50, burst: 100 });
  const reporter = new TruncationReporter({
    http,
    events: new EventRecorder(http, REPORTER_HOST),
    isLeader: () => true,
  });
  source = new ServiceFeedSource(undefined, (service, truncation) => reporter.truncated(service, truncation));
  await source.start(http);
  const endpoint = new FeedEndpoint({ feed: source.feed, secret: SECRET, podRunsHere: () => true });
  server = createServer((req, res) => {
    void endpoint.handle(req, res, new URL(req.url ?? "/", "http://x").searchParams);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  agent = await startAgent(
    {
      feedUrls: [`http://127.0.0.1:${(server.address() as { port: number }).port}`],
      podUid: POD_UID,
      token: agentCredential(SECRET, POD_UID),
      ca: undefined,
      clusterDomain: "cluster.local",
      upstreams: [],
      // The pod's own container listens on 8443 for all addresses.
      podPorts: [{ port: 8443, protocol: "TCP" }],
      dnsAddress: DNS,
      dnsPort: 10_083,
      healthPort: 10_084,
      dataPath: "unprivileged",
      clusterDns: undefined,
    },
    () => undefined,
  );
  await agent.feed.synced;
});

afterAll(async () => {
  await agent?.stop();
  server?.closeAllConnections();
  server?.close();
  await source?.stop();
  await Promise.all([a?.remove(), b?.remove()]);
});

describe("bad input through the real API server", () => {
  it("truncates, separates and skips as documented, with one Warning per truncated Service", async () => {
    const ns = a.name;
    const port = (i: number) => ({ name: `p${i}`, port: 1000 + i, targetPort: 2000 + i });
    await core.createNamespacedService({
      namespace: ns,
      body: { metadata: { name: "wide" }, spec: { ports: Array.from({ length: 1000 }, (_, i) => port(i)) } },
    });
    // An EndpointSlice holds at most 100 ports.
    await put(
      slice(
        ns,
        "wide",
        "wide-1",
        ["10.30.0.1"],
        Array.from({ length: 100 }, (_, i) => ({ name: `p${i}`, port: 2000 + i })),
      ),
    );
    await core.createNamespacedService({
      namespace: ns,
      body: { metadata: { name: "huge" }, spec: { ports: [{ name: "http", port: 80 }] } },
    });
    for (let s = 0; s < 100; s += 10)
      await Promise.all(
        Array.from({ length: 10 }, (_, k) =>
          put(
            slice(
              ns,
              "huge",
              `huge-${s + k}`,
              Array.from({ length: 100 }, (_, e) => `10.${40 + ((s + k) >> 6)}.${(s + k) & 63}.${e + 1}`),
              [{ name: "http", port: 8080 }],
            ),
          ),
        ),
      );
    for (const [namespace, ip] of [
      [a.name, "10.50.0.1"],
      [b.name, "10.50.0.2"],
    ] as const) {
      await core.createNamespacedService({
        namespace,
        body: { metadata: { name: "web" }, spec: { ports: [{ name: "http", port: 80 }] } },
      });
      await put(slice(namespace, "web", "web-1", [ip], [{ name: "http", port: 8080 }]));
    }
    // This test control plane is IPv4 single-stack: PreferDualStack gets the IPv4 family only;
    // the IPv6 slices are what a dual-stack or IPv6-only Service would bring the agent.
    await core.createNamespacedService({
      namespace: ns,
      body: {
        metadata: { name: "dual" },
        spec: { ipFamilyPolicy: "PreferDualStack", ports: [{ name: "http", port: 80 }] },
      },
    });
    await put(slice(ns, "dual", "dual-4", ["10.60.0.1"], [{ name: "http", port: 8080 }]));
    await put(slice(ns, "dual", "dual-6", ["fd00::1"], [{ name: "http", port: 8080 }], "IPv6"));
    await core.createNamespacedService({
      namespace: ns,
      body: { metadata: { name: "v6" }, spec: { ports: [{ name: "http", port: 80 }] } },
    });
    await put(slice(ns, "v6", "v6-6", ["fd00::2"], [{ name: "http", port: 8080 }], "IPv6"));
    await core.createNamespacedService({
      namespace: ns,
      body: {
        metadata: { name: "mine" },
        spec: {
          ports: [
            { name: "https", port: 8443 },
            { name: "http", port: 80 },
          ],
        },
      },
    });
    await put(
      slice(
        ns,
        "mine",
        "mine-1",
        ["10.70.0.1"],
        [
          { name: "https", port: 8443 },
          { name: "http", port: 8080 },
        ],
      ),
    );

    const address = (name: string, namespace = ns) => agent.agent.addresses.addressOf(`${namespace}/${name}`);
    const bound = () => new Set(agent.proxy.bound);
    await eventually(
      "the agent's table has every Service",
      async () =>
        (agent.agent.table.entries.size >= 7 && bound().has(`${address("mine")}:80/TCP`)) || undefined,
      60_000,
    );
    await eventually(
      "all 100 slices of huge",
      async () =>
        agent.agent.table.entries.get(`${ns}/huge`)?.endpoints[0]?.addresses.length ===
          MAX_ADDRESSES_PER_SERVICE || undefined,
      60_000,
    );

    // 1,000 ports: the first 100 in the table; the 100 the slice maps have listeners.
    const wide = [...bound()].filter((key) => key.startsWith(`${address("wide")}:`));
    expect(agent.agent.table.entries.get(`${ns}/wide`)?.ports).toHaveLength(MAX_PORTS_PER_SERVICE);
    expect(wide).toHaveLength(MAX_PORTS_PER_SERVICE);
    // Same name, two namespaces: two names, two addresses, each with its own endpoint.
    expect(await resolver.resolve4(`web.${a.name}.svc.cluster.local`)).toEqual([address("web", a.name)]);
    expect(await resolver.resolve4(`web.${b.name}.svc.cluster.local`)).toEqual([address("web", b.name)]);
    expect(address("web", a.name)).not.toBe(address("web", b.name));
    // Dual-stack: the IPv4 endpoints only; IPv6-only endpoints: the name resolves, no listener.
    expect(agent.agent.table.entries.get(`${ns}/dual`)?.endpoints).toEqual([
      { ports: { http: 8080 }, addresses: ["10.60.0.1"] },
    ]);
    expect(await resolver.resolve4(`v6.${ns}.svc.cluster.local`)).toEqual([address("v6")]);
    expect(bound().has(`${address("v6")}:80/TCP`)).toBe(false);
    // The pod's own port 8443 is left alone; port 80 of the same Service is proxied.
    expect(bound().has(`${address("mine")}:8443/TCP`)).toBe(false);
    expect(bound().has(`${address("mine")}:80/TCP`)).toBe(true);
    // Still ready.
    expect((await fetch(`http://${DNS}:10084/readyz`)).status).toBe(200);

    // One ServiceTruncated Warning on each truncated Service.
    const ourWarnings = () =>
      eventually(
        "the truncation events",
        async () => {
          const list = await core.listNamespacedEvent({
            namespace: ns,
            fieldSelector: `reason=${SERVICE_TRUNCATED_REASON}`,
          });
          // Every virtual node's leader reports it (providers of other test files watch this
          // cluster too): this reporter's are those with its host.
          const ours = list.items.filter((e) => e.source?.host === REPORTER_HOST);
          return ours.length >= 2 ? ours : undefined;
        },
        30_000,
      );
    await ourWarnings();
    // A second one would come right after the first: look again a moment later.
    await new Promise((r) => setTimeout(r, 1000));
    const warnings = await ourWarnings();
    expect(
      warnings.map((e) => [e.involvedObject.kind, e.involvedObject.name, e.type, e.count]).sort(),
    ).toEqual([
      ["Service", "huge", "Warning", 1],
      ["Service", "wide", "Warning", 1],
    ]);
    expect(warnings.find((e) => e.involvedObject.name === "huge")?.message).toContain(
      "1000 of its more than 1000 ready endpoint addresses",
    );
    expect(warnings.find((e) => e.involvedObject.name === "wide")?.message).toContain(
      "100 of its 1000 ports",
    );
  });
});
