/**
 * The privileged data path's rules in a real kernel: the script `nftScript` writes is applied with
 * `nft -f` in a fresh network namespace (unshare, root), where a small Node client and servers
 * stand in for a pod and its Service endpoints (127.0.0.x). TCP and UDP ClusterIP ports reach every
 * endpoint, the kube-dns ClusterIP reaches the agent's DNS address, a port without endpoints is
 * refused at once, and a Service port equal to the pod's own wildcard listener leaves that listener alone.
 * Nothing leaves the namespace.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nftScript } from "../../../service/src/agent/nftables.ts";
import type { ServiceEntry } from "../../../service/src/agent/table.ts";

const NODE = realpathSync(join(import.meta.dirname, "..", "..", "..", "node_modules", ".bin", "node"));
const dir = mkdtempSync(join(tmpdir(), "okevn-nft-kernel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const web: ServiceEntry = {
  namespace: "ns",
  name: "web",
  kind: "ClusterIP",
  clusterIP: "10.96.0.20",
  ports: [
    { name: "http", protocol: "TCP", port: 80 },
    { name: "echo", protocol: "UDP", port: 7 },
  ],
  endpoints: [{ ports: { http: 8080, echo: 7007 }, addresses: ["127.0.0.1", "127.0.0.2", "127.0.0.3"] }],
};
const none: ServiceEntry = {
  namespace: "ns",
  name: "none",
  kind: "ClusterIP",
  clusterIP: "10.96.0.9",
  ports: [{ name: "", protocol: "TCP", port: 80 }],
  endpoints: [],
};

/** The "pod": endpoint servers, its own listener on *:80, a DNS stand-in; then the client's checks. */
const POD = `
import net from "node:net";
import dgram from "node:dgram";
const listen = (server, ...args) => new Promise((r) => server.listen(...args, r));
for (const a of ["127.0.0.1", "127.0.0.2", "127.0.0.3"]) {
  await listen(net.createServer((s) => s.end(a)), 8080, a);
  const u = dgram.createSocket("udp4");
  u.on("message", (m, p) => u.send(a + ":" + m, p.port, p.address));
  await new Promise((r) => u.bind(7007, a, r));
}
await listen(net.createServer((s) => s.end("own")), 80, "0.0.0.0");
const dns = dgram.createSocket("udp4");
dns.on("message", (m, p) => dns.send("dns:" + m, p.port, p.address));
await new Promise((r) => dns.bind(53, "127.0.0.53", r));

const tcp = (host, port) => new Promise((resolve) => {
  const t0 = Date.now();
  const s = net.connect({ host, port });
  let b = "";
  s.on("data", (d) => (b += d));
  s.on("end", () => resolve(b));
  s.on("error", (e) => resolve(e.code + " " + (Date.now() - t0) + "ms"));
});
const udp = (host, port) => new Promise((resolve) => {
  const s = dgram.createSocket("udp4");
  const timer = setTimeout(() => (s.close(), resolve("no answer")), 3000);
  s.on("message", (m) => (clearTimeout(timer), s.close(), resolve(String(m))));
  s.send("ping", port, host);
});
const out = { tcp: [], udp: [] };
for (let i = 0; i < 30; i++) out.tcp.push(await tcp("10.96.0.20", 80));
for (let i = 0; i < 30; i++) out.udp.push(await udp("10.96.0.20", 7));
out.dns = await udp("10.96.0.10", 53);
out.none = await tcp("10.96.0.9", 80);
out.own = await tcp("127.0.0.1", 80);
console.log(JSON.stringify(out));
process.exit(0);
`;

describe("privileged data path rules in a real kernel", () => {
  it("DNATs TCP and UDP ClusterIP ports to every endpoint, sends cluster DNS to the agent, refuses a port without endpoints, and leaves the pod's own listener alone", () => {
    const rules = join(dir, "table.nft");
    writeFileSync(
      rules,
      nftScript([web, none], { clusterIp: "10.96.0.10", address: "127.0.0.53", port: 53 }),
    );
    const pod = join(dir, "pod.mjs");
    writeFileSync(pod, POD);
    // A veth pair inside the namespace gives the pod an eth-like address and a route to the
    // ClusterIPs (as an instance's default route does); nothing answers on it.
    const setup = [
      "set -e",
      "ip link set lo up",
      "ip link add v0 type veth peer name v1",
      "ip addr add 10.1.0.5/24 dev v0",
      "ip link set v0 up",
      "ip link set v1 up",
      "ip route add 10.96.0.0/16 dev v0",
      `nft -f ${rules}`,
      `exec ${NODE} ${pod}`,
    ].join("\n");
    const run = spawnSync("unshare", ["--net", "sh", "-c", setup], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as {
      tcp: string[];
      udp: string[];
      dns: string;
      none: string;
      own: string;
    };
    expect([...new Set(out.tcp)].sort()).toEqual(["127.0.0.1", "127.0.0.2", "127.0.0.3"]);
    expect([...new Set(out.udp)].sort()).toEqual(["127.0.0.1:ping", "127.0.0.2:ping", "127.0.0.3:ping"]);
    expect(out.dns).toBe("dns:ping");
    expect(out.none).toMatch(/^ECONNREFUSED \d+ms$/);
    expect(Number(/(\d+)ms/.exec(out.none)![1])).toBeLessThan(1000);
    expect(out.own).toBe("own");
  });
});
