/**
 * The agent's unprivileged data path on real sockets (loopback only): DNS over UDP and TCP from
 * the table and through an upstream resolver, TCP and UDP Service proxies with round robin over
 * ready endpoints, a fast refusal with no endpoint, and recovery when endpoints come back.
 * Backends listen on other 127/8 addresses, standing in for pod IPs.
 */
import { createSocket } from "node:dgram";
import { Resolver } from "node:dns/promises";
import { connect, createServer, type Server } from "node:net";
import { decode, encode } from "dns-packet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PodAgent } from "../../../service/src/agent/agent.ts";
import { AgentDnsServer } from "../../../service/src/agent/dns.ts";
import { ServiceProxy } from "../../../service/src/agent/proxy.ts";
import type { ServiceEntry } from "../../../service/src/agent/table.ts";

const DNS = "127.0.0.53";
const DNS_PORT = 10_053;
const UPSTREAM = "127.0.0.54";
const backends = ["127.10.0.1", "127.10.0.2", "127.10.0.3"];

const servers: Server[] = [];
const udpClosers: Array<() => void> = [];
const proxy = new ServiceProxy();
const agent = new PodAgent({ proxy, podPorts: [{ port: 8443, protocol: "TCP" }] });
const dns = new AgentDnsServer(agent, {
  clusterDomain: "cluster.local",
  upstreams: [`${UPSTREAM}:${DNS_PORT}`],
});

function web(addresses: string[]): ServiceEntry {
  return {
    namespace: "ns",
    name: "web",
    kind: "ClusterIP",
    ports: [
      { name: "http", protocol: "TCP", port: 80 },
      { name: "echo", protocol: "UDP", port: 7 },
      { name: "https", protocol: "TCP", port: 8443 },
    ],
    endpoints: addresses.length ? [{ ports: { http: 8080, echo: 7007, https: 8443 }, addresses }] : [],
  };
}

/** One request over TCP: the backend answers with its own address. */
function request(address: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address, port });
    let data = "";
    socket.setTimeout(5000, () => socket.destroy(new Error("timeout")));
    socket.on("data", (chunk) => (data += String(chunk)));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
}

function udpRoundTrip(address: string, port: number, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createSocket("udp4");
    const timer = setTimeout(() => (socket.close(), reject(new Error("timeout"))), 3000);
    socket.on("message", (message) => {
      clearTimeout(timer);
      socket.close();
      resolve(String(message));
    });
    socket.send(payload, port, address);
  });
}

beforeAll(async () => {
  for (const address of backends) {
    const server = createServer((socket) => socket.end(address));
    await new Promise<void>((resolve) => server.listen(8080, address, resolve));
    servers.push(server);
    const udp = createSocket("udp4");
    udp.on("message", (message, peer) => udp.send(`${address}:${String(message)}`, peer.port, peer.address));
    await new Promise<void>((resolve) => udp.bind(7007, address, resolve));
    udpClosers.push(() => udp.close());
  }
  // The "upstream" resolver of the test network: answers every A question with 192.0.2.7.
  const upstream = createSocket("udp4");
  upstream.on("message", (message, peer) => {
    const query = decode(message);
    const answers = (query.questions ?? []).map((q) => ({
      name: q.name,
      type: "A" as const,
      ttl: 30,
      data: "192.0.2.7",
    }));
    upstream.send(
      encode({ id: query.id, type: "response", flags: 0x0180, questions: query.questions, answers }),
      peer.port,
      peer.address,
    );
  });
  await new Promise<void>((resolve) => upstream.bind(DNS_PORT, UPSTREAM, resolve));
  udpClosers.push(() => upstream.close());
  await dns.listen(DNS, DNS_PORT);
});

afterAll(async () => {
  proxy.close();
  await dns.close();
  for (const server of servers) server.close();
  for (const close of udpClosers) close();
});

describe("agent data path", () => {
  it("resolves cluster names over UDP and TCP and forwards other names upstream", async () => {
    await agent.apply({ epoch: "e", version: 1, snapshot: [web(backends)] });
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([`${DNS}:${DNS_PORT}`]);
    const address = agent.addresses.addressOf("ns/web");
    expect(await resolver.resolve4("web.ns.svc.cluster.local")).toEqual([address]);
    expect(await resolver.resolve4("example.org")).toEqual(["192.0.2.7"]);
    await expect(resolver.resolve4("nope.ns.svc.cluster.local")).rejects.toMatchObject({ code: "ENOTFOUND" });

    const tcpAnswer = await new Promise<Buffer>((resolve, reject) => {
      const socket = connect({ host: DNS, port: DNS_PORT });
      const query = encode({
        id: 7,
        type: "query",
        questions: [{ name: "web.ns.svc.cluster.local", type: "A" }],
      });
      const length = Buffer.alloc(2);
      length.writeUInt16BE(query.length);
      socket.end(Buffer.concat([length, query]));
      const chunks: Buffer[] = [];
      socket.on("data", (chunk: Buffer) => chunks.push(chunk));
      socket.on("end", () => resolve(Buffer.concat(chunks)));
      socket.on("error", reject);
    });
    expect(tcpAnswer.readUInt16BE(0)).toBe(tcpAnswer.length - 2);
    expect(decode(tcpAnswer.subarray(2)).answers).toMatchObject([{ type: "A", data: address }]);
  });

  it("proxies TCP round robin over ready endpoints, refuses fast with none and recovers", async () => {
    await agent.apply({ epoch: "e", version: 1, snapshot: [web(backends)] });
    const address = agent.addresses.addressOf("ns/web");
    const seen = new Map<string, number>();
    for (let i = 0; i < 30; i++) {
      const from = await request(address, 80);
      seen.set(from, (seen.get(from) ?? 0) + 1);
    }
    expect(Object.fromEntries(seen)).toEqual({ "127.10.0.1": 10, "127.10.0.2": 10, "127.10.0.3": 10 });
    // The pod's own port 8443 is never bound by the agent.
    expect(proxy.bound).not.toContain(`${address}:8443/TCP`);

    await agent.apply({ epoch: "e", version: 2, deltas: [{ version: 2, upsert: web([]) }] });
    const started = performance.now();
    await expect(request(address, 80)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(performance.now() - started).toBeLessThan(1000);

    await agent.apply({
      epoch: "e",
      version: 3,
      deltas: [{ version: 3, upsert: web(backends.slice(0, 2)) }],
    });
    const answers = new Set([await request(address, 80), await request(address, 80)]);
    expect(answers).toEqual(new Set(["127.10.0.1", "127.10.0.2"]));
  });

  it("skips an endpoint that refuses and proxies UDP round trips", async () => {
    await agent.apply({ epoch: "e", version: 1, snapshot: [web(["127.10.0.9", "127.10.0.3"])] });
    const address = agent.addresses.addressOf("ns/web");
    for (let i = 0; i < 4; i++) expect(await request(address, 80)).toBe("127.10.0.3");
    await agent.apply({ epoch: "e", version: 2, deltas: [{ version: 2, upsert: web(["127.10.0.1"]) }] });
    expect(await udpRoundTrip(address, 7, "again")).toBe("127.10.0.1:again");
  });
});
