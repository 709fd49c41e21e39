/**
 * `node tools/bench/agent.ts [--services 1000] [--endpoints 3] [--lookups 5000] [--mib 256]
 *   [--rounds 3] [--entry bundle|source] [--feed https|http] [--node-flags=--lite-mode ...]`
 *
 * The pod agent's cost at scale, as it runs in an instance: the agent is a child process (the
 * bundled `dist/agent/agent.cjs` with the image's V8 flags, or `service/src/main.ts --agent`),
 * following a feed served here on loopback HTTPS (as in an instance; `--feed http` for plain) with N ClusterIP Services of E ready endpoints
 * each (one TCP port per Service, so N proxy listeners). Measured:
 * - the child's VmRSS and VmHWM (/proc), split into anonymous and file-backed pages, once its
 *   table is applied, and again after the lookups and the throughput runs;
 * - sequential UDP lookups of random Service names (latency percentiles);
 * - bulk TCP throughput through the agent's proxy against a direct connection to the same sink
 *   (both on loopback, the sink and the client in this process).
 * Loopback only; well under a minute of CPU.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createSocket } from "node:dgram";
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { connect, createServer, type Server } from "node:net";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { decode, encode } from "dns-packet";
import { agentCredential } from "../../service/src/agent/credential.ts";
import { FeedEndpoint } from "../../service/src/agent/feed-endpoint.ts";
import { ServiceFeed } from "../../service/src/agent/feed.ts";
import { serviceLoopbackAddress } from "../../service/src/agent/loopback.ts";
import type { ServiceEntry } from "../../service/src/agent/table.ts";
import { AGENT_NODE_FLAGS } from "../../service/src/agent/launch.ts";
import { createCertificateAuthority, issueCertificate } from "../controlplane/pki.ts";
import { ensureAgentBundle } from "../image/agent-bundle.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const { values } = parseArgs({
  options: {
    services: { type: "string", default: "1000" },
    endpoints: { type: "string", default: "3" },
    lookups: { type: "string", default: "5000" },
    mib: { type: "string", default: "256" },
    rounds: { type: "string", default: "3" },
    entry: { type: "string", default: "bundle" },
    feed: { type: "string", default: "https" },
    "node-flags": { type: "string" },
  },
});
const services = Number(values.services);
const endpoints = Number(values.endpoints);
const lookups = Number(values.lookups);
const DNS = "127.0.0.53";
const DNS_PORT = 10_153;
const HEALTH_PORT = 10_154;
const SECRET = "bench-secret-of-some-length";
const POD_UID = "0b7e5a3c-0000-4000-8000-00000000be0c";
const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** A TCP sink: counts bytes and answers with the count when the client ends its side. */
async function startSink(): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    let bytes = 0;
    socket.on("data", (chunk: Buffer) => (bytes += chunk.length));
    socket.on("end", () => socket.end(String(bytes)));
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { server, port: typeof address === "object" && address ? address.port : 0 };
}

function snapshot(sinkPort: number): ServiceEntry[] {
  const entries: ServiceEntry[] = Array.from({ length: services }, (_, i) => ({
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
  entries.push({
    namespace: "bench",
    name: "sink",
    kind: "ClusterIP",
    clusterIP: "10.96.255.1",
    ports: [{ name: "", protocol: "TCP", port: 80 }],
    endpoints: [{ ports: { "": sinkPort }, addresses: ["127.0.0.1"] }],
  });
  return entries;
}

/** A /proc field in kB, as bytes. */
function procField(pid: number, file: "status" | "smaps_rollup", field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/${file}`, "utf8"));
  return Number(match?.[1] ?? 0) * 1024;
}
const vmRss = (pid: number): number => procField(pid, "status", "VmRSS");

/** User plus system CPU time of a process, in seconds (/proc/<pid>/stat fields 14 and 15, 100 Hz). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * The resident set split: anonymous memory (heap, stacks, malloc) is the agent's own; file-backed
 * pages are mostly the Node binary's text and read-only data, shared only by processes of one
 * instance that map the same file.
 */
function memory(pid: number): Record<string, string> {
  return {
    rss: mib(vmRss(pid)),
    hwm: mib(procField(pid, "status", "VmHWM")),
    anonymous: mib(procField(pid, "smaps_rollup", "Anonymous")),
    file: mib(procField(pid, "smaps_rollup", "Rss") - procField(pid, "smaps_rollup", "Anonymous")),
  };
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("the agent did not become ready");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sends `bytes` to host:port and waits for the sink's count; returns MiB/s. */
async function throughput(host: string, port: number, bytes: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, 7);
  const started = performance.now();
  const counted = await new Promise<number>((resolve, reject) => {
    const socket = connect({ host, port });
    let answer = "";
    socket.on("data", (data: Buffer) => (answer += data.toString()));
    socket.on("end", () => resolve(Number(answer)));
    socket.on("error", reject);
    let sent = 0;
    const write = (): void => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once("drain", write);
      }
      socket.end();
    };
    socket.once("connect", write);
  });
  const seconds = (performance.now() - started) / 1000;
  if (counted < bytes) throw new Error(`the sink counted ${counted} of ${bytes} bytes`);
  return bytes / 1024 / 1024 / seconds;
}

const sink = await startSink();
const feed = new ServiceFeed();
for (const entry of snapshot(sink.port)) feed.upsert(entry);
const endpoint = new FeedEndpoint({ feed, secret: SECRET, podRunsHere: () => true });
const serveFeed = (req: IncomingMessage, res: ServerResponse): void => {
  const url = new URL(req.url ?? "/", "http://x");
  void endpoint.handle(req, res, url.searchParams);
};
// TLS as in an instance (the feed is the replicas' kubelet port): loading `https` costs the agent
// about 3 MiB; `--feed http` leaves it out.
const ca = values.feed === "https" ? await createCertificateAuthority("bench-feed-ca") : undefined;
const serving = ca
  ? await issueCertificate(ca, { subject: "CN=bench-feed", usage: "server", ipAddresses: ["127.0.0.1"] })
  : undefined;
const feedServer = serving
  ? createHttpsServer({ cert: serving.certPem, key: serving.keyPem }, serveFeed)
  : createHttpServer(serveFeed);
await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
const feedAddress = feedServer.address();
const feedPort = typeof feedAddress === "object" && feedAddress ? feedAddress.port : 0;

const nodeFlags =
  values["node-flags"] !== undefined
    ? values["node-flags"].split(/\s+/).filter(Boolean)
    : values.entry === "bundle"
      ? [...AGENT_NODE_FLAGS]
      : [];
const args =
  values.entry === "bundle"
    ? [...nodeFlags, ensureAgentBundle()]
    : [...nodeFlags, join(ROOT, "service", "src", "main.ts"), "--agent"];
const started = performance.now();
const child: ChildProcess = spawn(process.execPath, args, {
  stdio: ["ignore", process.env["X_LOG"] ? "inherit" : "ignore", "inherit"],
  env: {
    PATH: process.env["PATH"] ?? "",
    // glibc allocator and libuv settings, passed through to compare their effect on the resident set.
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name.startsWith("MALLOC_") || name.startsWith("UV_")),
    ),
    OKEVN_FEED_URLS: `${ca ? "https" : "http"}://127.0.0.1:${feedPort}`,
    ...(ca ? { OKEVN_FEED_CA: ca.certPem } : {}),
    OKEVN_POD_UID: POD_UID,
    OKEVN_AGENT_TOKEN: agentCredential(SECRET, POD_UID),
    OKEVN_DNS_ADDRESS: DNS,
    OKEVN_DNS_PORT: String(DNS_PORT),
    OKEVN_AGENT_HEALTH_PORT: String(HEALTH_PORT),
  },
});
try {
  await until(async () => {
    const res = await fetch(`http://${DNS}:${HEALTH_PORT}/readyz`);
    const text = await res.text();
    return res.ok && text.includes(`${services + 1} Services`) ? true : undefined;
  }, 60_000);
  const readyMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 1000));
  const ready = memory(child.pid!);

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
      socket.send(query, DNS_PORT, DNS);
    });
    latencies.push(performance.now() - t0);
    if (decode(answer).answers?.length !== 1) throw new Error(`no answer for svc-${n}`);
  }
  socket.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number): string =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(3);

  // Throughput: direct and proxied alternately, `--rounds` each; best of each, and the median of
  // each round's ratio (a round's two runs share the machine's load of that moment).
  const bytes = Number(values.mib) * 1024 * 1024;
  const proxyHost = serviceLoopbackAddress("bench/sink");
  const direct: number[] = [];
  const proxied: number[] = [];
  // The agent's CPU time per GiB relayed does not depend on the machine's load as the ratio does.
  let agentCpu = 0;
  for (let round = 0; round < Number(values.rounds); round++) {
    direct.push(await throughput("127.0.0.1", sink.port, bytes));
    const cpuBefore = cpuSeconds(child.pid!);
    proxied.push(await throughput(proxyHost, 80, bytes));
    agentCpu += cpuSeconds(child.pid!) - cpuBefore;
  }
  const best = (xs: number[]): number => Math.max(...xs);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const after = memory(child.pid!);

  console.log(
    JSON.stringify({
      entry: values.entry,
      feed: values.feed,
      nodeFlags,
      services,
      endpointsPerService: endpoints,
      readyMs: Math.round(readyMs),
      memoryReadyMiB: ready,
      memoryAfterMiB: after,
      lookups,
      lookupMs: { p50: at(0.5), p99: at(0.99), max: at(1) },
      throughputMiBps: {
        direct: best(direct).toFixed(0),
        proxied: best(proxied).toFixed(0),
        ratio: (best(proxied) / best(direct)).toFixed(2),
        agentCpuSecondsPerGiB: (agentCpu / ((bytes * direct.length) / 2 ** 30)).toFixed(2),
        medianRoundRatio: median(proxied.map((p, i) => p / direct[i]!)).toFixed(2),
        rounds: { direct: direct.map(Math.round), proxied: proxied.map(Math.round) },
      },
      loadavg: loadavg().map((l) => l.toFixed(1)),
    }),
  );
} finally {
  child.kill("SIGTERM");
  feedServer.closeAllConnections();
  feedServer.close();
  sink.server.close();
}
