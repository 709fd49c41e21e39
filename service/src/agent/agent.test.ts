import { decode, encode } from "dns-packet";
import { describe, expect, it } from "vitest";
import { listenerSpecs, PodAgent, portCollisions } from "./agent.ts";
import {
  agentAuthorization,
  agentCredential,
  parseAgentAuthorization,
  verifyAgentCredential,
} from "./credential.ts";
import { AgentDnsServer, resolveClusterName } from "./dns.ts";
import { LoopbackAllocator, serviceLoopbackAddress } from "./loopback.ts";
import { NftablesDataPath, nftScript } from "./nftables.ts";
import { type ListenerSpec, ServiceProxy } from "./proxy.ts";
import type { ServiceEntry } from "./table.ts";

const web: ServiceEntry = {
  namespace: "ns",
  name: "web",
  kind: "ClusterIP",
  clusterIP: "10.96.0.20",
  ports: [
    { name: "http", protocol: "TCP", port: 80 },
    { name: "dns", protocol: "UDP", port: 53 },
  ],
  endpoints: [{ ports: { http: 8080, dns: 5353 }, addresses: ["10.0.0.1", "10.0.0.2"] }],
};
const headless: ServiceEntry = { ...web, name: "db", kind: "Headless", clusterIP: undefined };
const external: ServiceEntry = {
  namespace: "ns",
  name: "ext",
  kind: "ExternalName",
  externalName: "example.org",
  ports: [],
  endpoints: [],
};

/** A proxy that records what it is asked for, so the agent's logic is tested without sockets. */
class RecordingProxy extends ServiceProxy {
  specs: readonly ListenerSpec[] = [];
  override async reconcile(specs: readonly ListenerSpec[]): Promise<[]> {
    this.specs = specs;
    return [];
  }
}

describe("LoopbackAllocator", () => {
  it("gives each Service a stable, distinct 127.64.0.0/10 address", () => {
    const a = new LoopbackAllocator();
    const b = new LoopbackAllocator();
    const keys = Array.from({ length: 5000 }, (_, i) => `ns/svc-${i}`);
    const addresses = keys.map((k) => a.addressOf(k));
    expect(new Set(addresses).size).toBe(keys.length);
    for (const address of addresses)
      expect(address).toMatch(
        /^127\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d+\.([1-9]\d?|1\d\d|2[0-4]\d|25[0-4])$/,
      );
    expect(b.addressOf("ns/svc-42")).toBe(a.addressOf("ns/svc-42"));
    // What the translation writes into service-link variables is what the agent binds.
    expect(serviceLoopbackAddress("ns/svc-42")).toBe(addresses[42]);
    a.release("ns/svc-42");
    expect(a.addressOf("ns/svc-42")).toBe(addresses[42]);
  });
});

describe("agent credential", () => {
  it("is bound to the pod UID and the node secret", () => {
    const token = agentCredential("secret", "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
    expect(verifyAgentCredential("secret", "1b4e28ba-2fa1-11d2-883f-0016d3cca427", token)).toBe(true);
    expect(verifyAgentCredential("secret", "2b4e28ba-2fa1-11d2-883f-0016d3cca427", token)).toBe(false);
    expect(verifyAgentCredential("other", "1b4e28ba-2fa1-11d2-883f-0016d3cca427", token)).toBe(false);
    expect(verifyAgentCredential("secret", "1b4e28ba-2fa1-11d2-883f-0016d3cca427", token.slice(1))).toBe(
      false,
    );
    const header = agentAuthorization("1b4e28ba-2fa1-11d2-883f-0016d3cca427", token);
    expect(parseAgentAuthorization(header)).toEqual({
      podUid: "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
      token,
    });
    expect(parseAgentAuthorization("Bearer x")).toBeUndefined();
    expect(parseAgentAuthorization(undefined)).toBeUndefined();
  });
});

describe("PodAgent", () => {
  it("names ClusterIP Services by loopback address, headless by pod IPs, ExternalName by CNAME", async () => {
    const agent = new PodAgent({ proxy: new RecordingProxy(), podPorts: [] });
    await agent.apply({ epoch: "e", version: 1, snapshot: [web, headless, external] });
    const address = agent.addresses.addressOf("ns/web");
    expect(agent.lookup("ns", "web")).toEqual({ kind: "A", addresses: [address] });
    expect(agent.lookup("ns", "db")).toEqual({ kind: "A", addresses: ["10.0.0.1", "10.0.0.2"] });
    expect(agent.lookup("ns", "ext")).toEqual({ kind: "CNAME", target: "example.org" });
    expect(agent.lookup("other", "web")).toBeUndefined();
  });

  it("asks for one listener per ClusterIP Service port, with the backends of its endpoint port", async () => {
    const proxy = new RecordingProxy();
    const agent = new PodAgent({ proxy, podPorts: [] });
    await agent.apply({ epoch: "e", version: 1, snapshot: [web, headless] });
    const address = agent.addresses.addressOf("ns/web");
    expect(proxy.specs).toEqual([
      {
        address,
        port: 80,
        protocol: "TCP",
        label: "ns/web:80/TCP",
        backends: [
          ["10.0.0.1", 8080],
          ["10.0.0.2", 8080],
        ],
      },
      {
        address,
        port: 53,
        protocol: "UDP",
        label: "ns/web:53/UDP",
        backends: [
          ["10.0.0.1", 5353],
          ["10.0.0.2", 5353],
        ],
      },
    ]);
    await agent.apply({ epoch: "e", version: 2, deltas: [{ version: 2, remove: "ns/web" }] });
    expect(proxy.specs).toEqual([]);
  });

  it("leaves a Service port that the pod itself listens on alone and reports it once", async () => {
    const proxy = new RecordingProxy();
    const logged: unknown[] = [];
    const podPorts = [{ port: 80, protocol: "TCP" as const }];
    const agent = new PodAgent({ proxy, podPorts, log: (_m, fields) => logged.push(fields) });
    await agent.apply({ epoch: "e", version: 1, snapshot: [web] });
    await agent.apply({
      epoch: "e",
      version: 2,
      deltas: [{ version: 2, upsert: { ...web, endpoints: [] } }],
    });
    expect(proxy.specs.map((s) => s.label)).toEqual(["ns/web:53/UDP"]);
    expect(logged).toEqual([{ service: "ns/web", port: 80, protocol: "TCP" }]);
    expect(portCollisions([web, headless], podPorts)).toEqual([
      { service: "ns/web", port: 80, protocol: "TCP" },
    ]);
    expect(listenerSpecs([external], new LoopbackAllocator(), [])).toEqual([]);
  });
});

describe("PodAgent on the privileged data path", () => {
  it("names ClusterIP Services by their real ClusterIP and writes rules instead of listeners, even for the pod's own ports", async () => {
    const proxy = new RecordingProxy();
    const scripts: string[] = [];
    const nftables = new NftablesDataPath({ run: async (script) => void scripts.push(script) });
    const podPorts = [{ port: 80, protocol: "TCP" as const }];
    const agent = new PodAgent({ proxy, podPorts, nftables });
    await agent.apply({ epoch: "e", version: 1, snapshot: [web, headless, external] });
    expect(agent.lookup("ns", "web")).toEqual({ kind: "A", addresses: ["10.96.0.20"] });
    expect(agent.lookup("ns", "db")).toEqual({ kind: "A", addresses: ["10.0.0.1", "10.0.0.2"] });
    expect(agent.lookup("ns", "ext")).toEqual({ kind: "CNAME", target: "example.org" });
    expect(proxy.specs).toEqual([]);
    expect(scripts).toEqual([nftScript([web, headless, external])]);
    expect(scripts[0]).toContain("10.96.0.20 . tcp . 80 : goto svc_ns_web_tcp_80");
  });
});

describe("DNS", () => {
  const names = {
    lookup: (namespace: string, name: string) =>
      namespace === "ns" && name === "web"
        ? ({ kind: "A", addresses: ["127.64.0.1"] } as const)
        : namespace === "ns" && name === "ext"
          ? ({ kind: "CNAME", target: "example.org" } as const)
          : undefined,
  };

  it("answers cluster names from the table and forwards the rest", () => {
    const a = resolveClusterName({ name: "Web.ns.svc.cluster.local.", type: "A" }, names, "cluster.local", 5);
    expect(a).toEqual({
      rcode: 0,
      answers: [{ name: "Web.ns.svc.cluster.local.", type: "A", class: "IN", ttl: 5, data: "127.64.0.1" }],
    });
    expect(
      resolveClusterName({ name: "web.ns.svc.cluster.local", type: "AAAA" }, names, "cluster.local", 5),
    ).toEqual({ rcode: 0, answers: [] });
    expect(
      resolveClusterName({ name: "ext.ns.svc.cluster.local", type: "A" }, names, "cluster.local", 5),
    ).toMatchObject({
      answers: [{ type: "CNAME", data: "example.org" }],
    });
    for (const name of [
      "web.ns.cluster.local",
      "nope.ns.svc.cluster.local",
      "web.ns.svc.cluster.local.ns.svc.cluster.local",
      "cluster.local",
    ]) {
      expect(resolveClusterName({ name, type: "A" }, names, "cluster.local", 5), name).toEqual({
        rcode: 3,
        answers: [],
      });
    }
    expect(resolveClusterName({ name: "example.org", type: "A" }, names, "cluster.local", 5)).toBe("forward");
    expect(resolveClusterName({ name: "notcluster.local", type: "A" }, names, "cluster.local", 5)).toBe(
      "forward",
    );
  });

  it("encodes answers with the query's id, questions and rcode; SERVFAIL with no upstream; drops garbage", async () => {
    const server = new AgentDnsServer(names, { clusterDomain: "cluster.local", upstreams: [] });
    const query = (name: string) =>
      encode({ id: 4242, type: "query", flags: 0x0100, questions: [{ name, type: "A", class: "IN" }] });
    const hit = decode((await server.answer(query("web.ns.svc.cluster.local")))!);
    expect(hit).toMatchObject({ id: 4242, type: "response", rcode: "NOERROR", flag_rd: true, flag_aa: true });
    expect(hit.answers).toMatchObject([{ type: "A", data: "127.64.0.1", ttl: 5 }]);
    expect(decode((await server.answer(query("nope.ns.svc.cluster.local")))!)).toMatchObject({
      rcode: "NXDOMAIN",
    });
    expect(decode((await server.answer(query("example.org")))!)).toMatchObject({ rcode: "SERVFAIL" });
    expect(await server.answer(Buffer.from([1, 2, 3]))).toBeUndefined();
  });
});
