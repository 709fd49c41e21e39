/**
 * The agent's privileged data path (docs/networking.md): nftables rules in one table the agent
 * owns, `ip okevn`, that DNAT each real `ClusterIP:port` to ready endpoints, in the output hook
 * (all traffic of a pod originates in its own network namespace, which every container shares).
 * The layout follows what kube-proxy's nftables mode does, learned from its design, written anew:
 *
 * - `nat_output` (nat, hook output, priority -100): the cluster DNS ClusterIP's port 53 goes to the
 *   agent's own DNS server; then `ip daddr . meta l4proto . th dport vmap @service_ips` jumps to one
 *   chain per Service port;
 * - a Service port's chain picks an endpoint and rewrites to it in one rule,
 *   `dnat ip to numgen random mod N map { i : address . port }` (kube-proxy has a chain per
 *   endpoint for its masquerade and affinity rules; the agent needs neither, and a chain per
 *   endpoint doubles the cost of a 1,000-Service apply);
 * - `filter_output` (filter, hook output, priority -110, before the DNAT): a Service port with no
 *   ready endpoint is in `@no_endpoints` and is refused at once (TCP reset, ICMP port unreachable).
 *
 * Each table version is applied as one `nft -f -` transaction that creates, deletes and re-creates
 * the table, so a reader sees the old rules or the new ones, never a mix; established connections
 * keep their NAT binding (it lives in conntrack, not in the rules).
 */
import { backendsFor, type Protocol, type ServiceEntry } from "./table.ts";

/** The table's family and name. */
export const NFT_TABLE = "ip okevn";

/** Where the cluster DNS ClusterIP is sent: the agent's own DNS server. */
export interface ClusterDnsRedirect {
  /** The kube-dns ClusterIP that the pod's resolv.conf names. */
  readonly clusterIp: string;
  /** The agent's DNS server address and port, e.g. 127.0.0.53:53. */
  readonly address: string;
  readonly port: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isIpv4(value: string | undefined): value is string {
  const match = value === undefined ? null : IPV4.exec(value);
  return match !== null && match.slice(1).every((octet) => Number(octet) <= 255);
}

const proto = (protocol: Protocol): string => (protocol === "TCP" ? "tcp" : "udp");

/** Chain names: Service names and namespaces are DNS labels (no `_`), so `_` separates unambiguously. */
const serviceChain = (entry: ServiceEntry, protocol: Protocol, port: number): string =>
  `svc_${entry.namespace}_${entry.name}_${proto(protocol)}_${port}`;

/** The one rule of a Service port's chain: DNAT to one of `backends` at random. */
function dnatRule(protocol: Protocol, backends: ReadonlyArray<readonly [string, number]>): string {
  const match = `meta l4proto ${proto(protocol)}`;
  if (backends.length === 1) return `${match} dnat to ${backends[0]![0]}:${backends[0]![1]}`;
  const map = backends.map(([address, port], i) => `${i} : ${address} . ${port}`).join(", ");
  return `${match} dnat ip to numgen random mod ${backends.length} map { ${map} }`;
}

/**
 * The nft script (for `nft -f -`) that replaces table `ip okevn` with rules for the ClusterIP
 * Services of `entries`. Services without an IPv4 ClusterIP (headless, ExternalName, IPv6-only)
 * have no rules; a Service port on the cluster DNS ClusterIP's port 53 is left to the DNS redirect.
 * Pure: the same entries give the same text (Services sorted by ClusterIP, port, protocol).
 */
export function nftScript(entries: Iterable<ServiceEntry>, dns?: ClusterDnsRedirect): string {
  const serviceIps: string[] = [];
  const noEndpoints: string[] = [];
  const chains: string[] = [];
  const seen = new Set<string>();
  const ports = [...entries]
    .filter((e) => e.kind === "ClusterIP" && isIpv4(e.clusterIP))
    .flatMap((entry) => entry.ports.map((port) => ({ entry, port, ip: entry.clusterIP! })))
    .sort(
      (a, b) =>
        ipOrder(a.ip) - ipOrder(b.ip) ||
        a.port.port - b.port.port ||
        a.port.protocol.localeCompare(b.port.protocol),
    );
  for (const { entry, port, ip } of ports) {
    const key = `${ip} . ${proto(port.protocol)} . ${port.port}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (dns && ip === dns.clusterIp && port.port === 53) continue;
    const backends = backendsFor(entry, port.name).filter(([address]) => isIpv4(address));
    if (backends.length === 0) {
      noEndpoints.push(key);
      continue;
    }
    const chain = serviceChain(entry, port.protocol, port.port);
    serviceIps.push(`${key} : goto ${chain}`);
    chains.push(block(`chain ${chain}`, [dnatRule(port.protocol, backends)]));
  }

  const natRules = ["type nat hook output priority -100; policy accept;"];
  if (dns)
    natRules.push(
      `ip daddr ${dns.clusterIp} meta l4proto { tcp, udp } th dport 53 dnat to ${dns.address}:${dns.port}`,
    );
  natRules.push("ip daddr . meta l4proto . th dport vmap @service_ips");
  const body = [
    block("map service_ips", [
      "type ipv4_addr . inet_proto . inet_service : verdict",
      ...elements(serviceIps),
    ]),
    block("set no_endpoints", ["type ipv4_addr . inet_proto . inet_service", ...elements(noEndpoints)]),
    block("chain filter_output", [
      "type filter hook output priority -110; policy accept;",
      "ip daddr . meta l4proto . th dport @no_endpoints goto reject_chain",
    ]),
    block("chain reject_chain", ["meta l4proto tcp reject with tcp reset", "reject"]),
    block("chain nat_output", natRules),
    ...chains,
  ];
  // Create-then-delete makes the delete valid on the first run; all three are one transaction.
  return `table ${NFT_TABLE} {\n}\ndelete table ${NFT_TABLE}\ntable ${NFT_TABLE} {\n${body.join("\n")}}\n`;
}

function ipOrder(ip: string): number {
  return ip.split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

function elements(items: readonly string[]): string[] {
  if (items.length === 0) return [];
  return [`elements = {\n\t\t\t${items.join(",\n\t\t\t")}\n\t\t}`];
}

/** One map, set or chain inside the table, in `nft list ruleset`'s layout. */
function block(head: string, lines: readonly string[]): string {
  return `\t${head} {\n${lines.map((line) => `\t\t${line}`).join("\n")}\n\t}\n`;
}

/** Runs `nft -f -` with `script` on stdin; resolves on exit 0, rejects with nft's stderr otherwise. */
export type NftRunner = (script: string) => Promise<void>;

export class NftError extends Error {
  override readonly name = "NftError";
}

/**
 * The `nft` binary (Debian's nftables package; the project image ships it with its libraries).
 * `child_process` loads on the first run (about 0.5 MiB resident), so the unprivileged path never
 * loads it.
 */
export function nftRunner(binary = "nft"): NftRunner {
  return (script) =>
    new Promise((resolve, reject) => {
      const { spawn } = process.getBuiltinModule("node:child_process");
      const child = spawn(binary, ["-f", "-"], { stdio: ["pipe", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
      child.once("error", (error) => reject(new NftError(`cannot run ${binary}: ${error.message}`)));
      child.once("exit", (code) =>
        code === 0 ? resolve() : reject(new NftError(`${binary} -f - exited ${code}: ${stderr.trim()}`)),
      );
      child.stdin.on("error", () => undefined);
      child.stdin.end(script);
    });
}

/** A table created and deleted in one transaction: succeeds only with CAP_NET_ADMIN and nf_tables. */
export const NFT_PROBE = "add table ip okevn_probe\ndelete table ip okevn_probe\n";

/**
 * Keeps table `ip okevn` in step with the agent's Service table. Applies are serialised and
 * coalesced: while one `nft` runs, only the newest pending entries are applied next. A failed
 * apply is logged and leaves the previous rules in place (the next table version retries).
 */
export class NftablesDataPath {
  private readonly run: NftRunner;
  private readonly dns: ClusterDnsRedirect | undefined;
  private readonly log: (message: string, fields?: Record<string, unknown>) => void;
  private running: Promise<void> | undefined;
  private pending: readonly ServiceEntry[] | undefined;
  /** The script of the last successful apply. */
  applied: string | undefined;
  /** nft's error when the newest apply failed (the rules in place are older); undefined after a success. */
  failure: string | undefined;

  constructor(options: {
    readonly run: NftRunner;
    readonly dns?: ClusterDnsRedirect;
    readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  }) {
    this.run = options.run;
    this.dns = options.dns;
    this.log = options.log ?? (() => undefined);
  }

  /** Applies rules for `entries`; resolves once they (or newer ones) are in place or have failed. */
  async apply(entries: readonly ServiceEntry[]): Promise<void> {
    this.pending = entries;
    while (this.running) await this.running;
    if (this.pending === undefined) return;
    const next = this.pending;
    this.pending = undefined;
    const script = nftScript(next, this.dns);
    this.running = this.run(script).then(
      () => {
        this.applied = script;
        this.failure = undefined;
      },
      (error: unknown) => {
        this.failure = String(error);
        this.log("agent: nftables apply failed; previous rules kept", { error: this.failure });
      },
    );
    await this.running;
    this.running = undefined;
  }
}
