/**
 * `node tools/bench/agent.ts [--services 1000] [--endpoints 3] [--lookups 5000]`
 *
 * The pod agent's cost at scale, in one process as in an instance: a table of N ClusterIP
 * Services with E ready endpoints each (one TCP port per Service, so N proxy listeners on
 * loopback), the DNS server, then sequential UDP lookups of random Service names.
 * Prints resident memory (after a GC when --expose-gc is given) and lookup latency percentiles.
 * Loopback only; a few seconds of CPU.
 */
import { createSocket } from "node:dgram";
import { parseArgs } from "node:util";
import { decode, encode } from "dns-packet";
import { PodAgent } from "../../service/src/agent/agent.ts";
import { AgentDnsServer } from "../../service/src/agent/dns.ts";
import { ServiceProxy } from "../../service/src/agent/proxy.ts";
import type { ServiceEntry } from "../../service/src/agent/table.ts";

const { values } = parseArgs({
  options: {
    services: { type: "string", default: "1000" },
    endpoints: { type: "string", default: "3" },
    lookups: { type: "string", default: "5000" },
  },
});
const services = Number(values.services);
const endpoints = Number(values.endpoints);
const lookups = Number(values.lookups);
const DNS = "127.0.0.53";
const PORT = 10_153;
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const gc = (globalThis as { gc?: () => void }).gc;

const baseline = process.memoryUsage().rss;
const proxy = new ServiceProxy();
const agent = new PodAgent({ proxy, podPorts: [] });
const dns = new AgentDnsServer(agent, { clusterDomain: "cluster.local", upstreams: [] });
await dns.listen(DNS, PORT);

const snapshot: ServiceEntry[] = Array.from({ length: services }, (_, i) => ({
  namespace: `ns-${i % 20}`,
  name: `svc-${i}`,
  kind: "ClusterIP",
  clusterIP: `10.96.${i >> 8}.${i & 255}`,
  ports: [{ name: "http", protocol: "TCP", port: 80 }],
  endpoints: [
    {
      ports: { http: 8080 },
      addresses: Array.from(
        { length: endpoints },
        (_, e) => `10.244.${(i * endpoints + e) >> 8}.${(i * endpoints + e) & 255}`,
      ),
    },
  ],
}));
const started = performance.now();
await agent.apply({ epoch: "bench", version: 1, snapshot });
const applyMs = performance.now() - started;
gc?.();
const rss = process.memoryUsage().rss;

const socket = createSocket("udp4");
await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
const latencies: number[] = [];
for (let i = 0; i < lookups; i++) {
  const n = Math.floor(Math.random() * services);
  const query = encode({
    id: i & 0xffff,
    type: "query",
    questions: [{ name: `svc-${n}.ns-${n % 20}.svc.cluster.local`, type: "A" }],
  });
  const t0 = performance.now();
  const answer = await new Promise<Buffer>((resolve) => {
    socket.once("message", resolve);
    socket.send(query, PORT, DNS);
  });
  latencies.push(performance.now() - t0);
  if (decode(answer).answers?.length !== 1) throw new Error(`no answer for svc-${n}`);
}
latencies.sort((a, b) => a - b);
const at = (q: number): string =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(3);

console.log(
  JSON.stringify({
    services,
    endpointsPerService: endpoints,
    listeners: proxy.bound.length,
    applyMs: Math.round(applyMs),
    rssMiB: mib(rss),
    rssBaselineMiB: mib(baseline),
    heapUsedMiB: mib(process.memoryUsage().heapUsed),
    gcBeforeRss: gc !== undefined,
    lookups,
    lookupMs: { p50: at(0.5), p99: at(0.99), max: at(1) },
  }),
);
socket.close();
proxy.close();
await dns.close();
