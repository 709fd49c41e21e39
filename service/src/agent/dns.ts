/**
 * The agent's DNS server (UDP and TCP, on a loopback address the instance's dnsConfig names).
 * Cluster names come from the agent's table; every other name is forwarded to the upstream
 * resolvers. The pod's resolver applies the search path (`<ns>.svc.<domain> svc.<domain> <domain>`,
 * ndots:5), so the server answers fully qualified names only.
 */
import { createSocket, type RemoteInfo, type Socket as UdpSocket } from "node:dgram";
import { createServer, type Server, type Socket } from "node:net";
import {
  type Answer,
  AUTHORITATIVE_ANSWER,
  decode,
  encode,
  type Packet,
  RECURSION_AVAILABLE,
} from "dns-packet";

/** The answer for one Service name (namespace and name as in the table). */
export type ClusterRecord =
  | { readonly kind: "A"; readonly addresses: readonly string[] }
  | { readonly kind: "CNAME"; readonly target: string };

export interface ClusterNames {
  /** The record for Service `name` in `namespace`, or undefined when there is no such Service. */
  lookup(namespace: string, name: string): ClusterRecord | undefined;
}

export interface DnsOptions {
  readonly clusterDomain: string;
  /** `ip` or `ip:port` (port 53 by default), tried in order. */
  readonly upstreams: readonly string[];
  /** TTL of cluster answers in seconds; short, as endpoints change. */
  readonly ttlSeconds?: number;
  readonly upstreamTimeoutMs?: number;
}

const NOERROR = 0;
const SERVFAIL = 2;
const NXDOMAIN = 3;
const FORMERR = 1;

export type Resolution = { readonly rcode: number; readonly answers: Answer[] } | "forward";

/** Pure resolution of one question against the cluster names; "forward" for names outside the cluster domain. */
export function resolveClusterName(
  question: { name: string; type: string },
  names: ClusterNames,
  clusterDomain: string,
  ttl: number,
): Resolution {
  const name = question.name.toLowerCase().replace(/\.$/, "");
  const domain = clusterDomain.toLowerCase();
  if (name !== domain && !name.endsWith(`.${domain}`)) return "forward";
  const labels = name === domain ? [] : name.slice(0, -domain.length - 1).split(".");
  // <service>.<namespace>.svc.<domain>; anything else under the domain (pod records, SRV) is not served yet.
  if (labels.length !== 3 || labels[2] !== "svc") return { rcode: NXDOMAIN, answers: [] };
  const record = names.lookup(labels[1]!, labels[0]!);
  if (!record) return { rcode: NXDOMAIN, answers: [] };
  if (record.kind === "CNAME") {
    const answers: Answer[] = [{ name: question.name, type: "CNAME", class: "IN", ttl, data: record.target }];
    return { rcode: NOERROR, answers };
  }
  if (question.type !== "A" && question.type !== "ANY") return { rcode: NOERROR, answers: [] };
  return {
    rcode: NOERROR,
    answers: record.addresses.map((data) => ({
      name: question.name,
      type: "A" as const,
      class: "IN" as const,
      ttl,
      data,
    })),
  };
}

export class AgentDnsServer {
  private readonly names: ClusterNames;
  private readonly options: DnsOptions;
  private udp: UdpSocket | undefined;
  private tcp: Server | undefined;
  private readonly connections = new Set<Socket>();

  constructor(names: ClusterNames, options: DnsOptions) {
    this.names = names;
    this.options = options;
  }

  /** Binds UDP and TCP on `address:port`; rejects with the bind error (e.g. EADDRINUSE). */
  async listen(address: string, port = 53): Promise<void> {
    const udp = createSocket("udp4");
    await new Promise<void>((resolve, reject) => {
      udp.once("error", reject);
      udp.bind(port, address, () => {
        udp.off("error", reject);
        resolve();
      });
    });
    udp.on("error", () => undefined);
    udp.on("message", (message, peer) => void this.onUdp(udp, message, peer));
    this.udp = udp;
    const tcp = createServer((socket) => this.onTcp(socket));
    await new Promise<void>((resolve, reject) => {
      tcp.once("error", reject);
      tcp.listen(port, address, () => {
        tcp.off("error", reject);
        resolve();
      });
    });
    this.tcp = tcp;
  }

  async close(): Promise<void> {
    this.udp?.close();
    for (const socket of this.connections) socket.destroy();
    await new Promise<void>((resolve) => (this.tcp ? this.tcp.close(() => resolve()) : resolve()));
  }

  /** The wire answer to one wire query (never throws: malformed input is FORMERR or dropped). */
  async answer(query: Buffer): Promise<Buffer | undefined> {
    let packet: Packet;
    try {
      packet = decode(query);
    } catch {
      return undefined;
    }
    const question = packet.questions?.[0];
    if (packet.type !== "query" || !question) return reply(packet, FORMERR, []);
    const resolution = resolveClusterName(
      question,
      this.names,
      this.options.clusterDomain,
      this.options.ttlSeconds ?? 5,
    );
    if (resolution !== "forward") return reply(packet, resolution.rcode, resolution.answers);
    return (await this.forward(query)) ?? reply(packet, SERVFAIL, []);
  }

  private async onUdp(socket: UdpSocket, message: Buffer, peer: RemoteInfo): Promise<void> {
    const response = await this.answer(message);
    if (response) socket.send(fitUdp(response), peer.port, peer.address);
  }

  /** TCP: two-byte length-prefixed messages (RFC 1035 4.2.2), answered in order. */
  private onTcp(socket: Socket): void {
    this.connections.add(socket);
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on("error", () => undefined);
    socket.on("close", () => this.connections.delete(socket));
    let buffered = Buffer.alloc(0);
    let chain = Promise.resolve();
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        const message = buffered.subarray(2, 2 + buffered.readUInt16BE(0));
        buffered = buffered.subarray(2 + message.length);
        chain = chain.then(async () => {
          const response = await this.answer(message);
          if (!response || socket.destroyed) return;
          const length = Buffer.alloc(2);
          length.writeUInt16BE(response.length);
          socket.write(Buffer.concat([length, response]));
        });
      }
    });
  }

  /** Relays the query to each upstream over UDP in turn; undefined when none answers in time. */
  private async forward(query: Buffer): Promise<Buffer | undefined> {
    for (const upstream of this.options.upstreams) {
      const [host, port] = splitHostPort(upstream);
      const response = await udpExchange(query, host, port, this.options.upstreamTimeoutMs ?? 2000);
      if (response) return response;
    }
    return undefined;
  }
}

function reply(query: Packet, rcode: number, answers: Answer[]): Buffer {
  return encode({
    id: query.id ?? 0,
    type: "response",
    flags: ((query.flags ?? 0) & 0x0100) | AUTHORITATIVE_ANSWER | RECURSION_AVAILABLE | rcode,
    questions: query.questions ?? [],
    answers,
  });
}

/** The largest UDP answer without EDNS (RFC 1035 4.2.1); the agent does not advertise EDNS. */
export const MAX_UDP_ANSWER = 512;
const TRUNCATED_RESPONSE = 0x0200;

/**
 * `response` as sent over UDP: unchanged when it fits in 512 bytes, else with as many answers as
 * fit and the TC flag set, so the client asks again over TCP for all of them (a headless Service
 * with more than about 25 ready addresses).
 */
export function fitUdp(response: Buffer): Buffer {
  if (response.length <= MAX_UDP_ANSWER) return response;
  const packet = decode(response);
  const answers = packet.answers ?? [];
  const encodeWith = (n: number): Buffer =>
    encode({ ...packet, flags: (packet.flags ?? 0) | TRUNCATED_RESPONSE, answers: answers.slice(0, n) });
  let low = 0;
  let high = answers.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encodeWith(mid).length <= MAX_UDP_ANSWER) low = mid;
    else high = mid - 1;
  }
  return encodeWith(low);
}

function splitHostPort(upstream: string): [string, number] {
  const match = /^(\d+\.\d+\.\d+\.\d+):(\d+)$/.exec(upstream);
  return match ? [match[1]!, Number(match[2])] : [upstream, 53];
}

function udpExchange(
  query: Buffer,
  host: string,
  port: number,
  timeoutMs: number,
): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const socket = createSocket(host.includes(":") ? "udp6" : "udp4");
    const finish = (response: Buffer | undefined): void => {
      clearTimeout(timer);
      socket.close();
      resolve(response);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    socket.on("error", () => finish(undefined));
    socket.on("message", (message, peer) => {
      // Only the upstream's answer to this query id counts.
      if (
        peer.address === host &&
        peer.port === port &&
        message.length >= 2 &&
        message.readUInt16BE(0) === query.readUInt16BE(0)
      ) {
        finish(message);
      }
    });
    socket.send(query, port, host);
  });
}
