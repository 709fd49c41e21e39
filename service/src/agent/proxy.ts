/**
 * The agent's unprivileged data path: one listener per (Service loopback address, Service port,
 * protocol) that has at least one ready backend, relaying to the backends round robin.
 * A Service port without a ready backend has no listener, so the kernel refuses a client at once
 * (TCP RST; ICMP port unreachable for UDP) instead of letting it hang.
 */
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { connect, createServer, type Server, type Socket } from "node:net";
import type { Protocol } from "./table.ts";

export type Backend = readonly [address: string, port: number];

export interface ListenerSpec {
  readonly address: string;
  readonly port: number;
  readonly protocol: Protocol;
  /** e.g. "ns/web:80/TCP", for logs. */
  readonly label: string;
  readonly backends: readonly Backend[];
}

/** Idle UDP flows (per client address and port) are closed after this. */
const UDP_IDLE_MS = 30_000;
const CONNECT_TIMEOUT_MS = 3000;

interface UdpFlow {
  readonly socket: UdpSocket;
  readonly backend: Backend;
  timer: NodeJS.Timeout | undefined;
}

interface Listener {
  spec: ListenerSpec;
  next: number;
  close(): void;
}

/**
 * Read buffers of relayed bytes die young but V8 frees their memory only when it collects their
 * small wrappers, which with a 1 MiB young generation and no JS garbage happens late: after about
 * 64 MiB of external memory. With `--expose-gc` (the agent's command) a minor collection every
 * 8 MiB relayed keeps the resident set flat under bulk traffic.
 */
const COLLECT_EVERY_BYTES = 8 * 1024 * 1024;
let relayedSinceCollection = 0;
const collect = (globalThis as { gc?: (options: { type: "minor" }) => void }).gc;
function countRelayed(chunk: Buffer): void {
  relayedSinceCollection += chunk.length;
  if (relayedSinceCollection < COLLECT_EVERY_BYTES || !collect) return;
  relayedSinceCollection = 0;
  collect({ type: "minor" });
}

export function listenerKey(spec: Pick<ListenerSpec, "address" | "port" | "protocol">): string {
  return `${spec.address}:${spec.port}/${spec.protocol}`;
}

export class ServiceProxy {
  private readonly listeners = new Map<string, Listener>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly log: (message: string, fields?: Record<string, unknown>) => void;

  constructor(log: (message: string, fields?: Record<string, unknown>) => void = () => undefined) {
    this.log = log;
  }

  /** Keys of the listeners currently bound. */
  get bound(): string[] {
    return [...this.listeners.keys()];
  }

  /**
   * Makes the bound listeners match `specs` (those with no backends are closed); backends of a
   * kept listener change in place. Returns the specs whose bind failed (e.g. EADDRINUSE), with the error code.
   */
  async reconcile(specs: readonly ListenerSpec[]): Promise<Array<{ spec: ListenerSpec; code: string }>> {
    const wanted = new Map(specs.filter((s) => s.backends.length > 0).map((s) => [listenerKey(s), s]));
    for (const [key, listener] of this.listeners) {
      if (!wanted.has(key)) {
        listener.close();
        this.listeners.delete(key);
      }
    }
    const failures: Array<{ spec: ListenerSpec; code: string }> = [];
    await Promise.all(
      [...wanted].map(async ([key, spec]) => {
        const existing = this.listeners.get(key);
        if (existing) {
          existing.spec = spec;
          return;
        }
        try {
          const listener = spec.protocol === "TCP" ? await this.tcp(spec) : await this.udp(spec);
          this.listeners.set(key, listener);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? String(error);
          this.log("agent: cannot listen for a Service port", { listener: key, service: spec.label, code });
          failures.push({ spec, code });
        }
      }),
    );
    return failures;
  }

  close(): void {
    for (const listener of this.listeners.values()) listener.close();
    this.listeners.clear();
  }

  private pick(listener: Listener): Backend | undefined {
    const backends = listener.spec.backends;
    if (backends.length === 0) return undefined;
    const backend = backends[listener.next % backends.length];
    listener.next = (listener.next + 1) % backends.length;
    return backend;
  }

  private async tcp(spec: ListenerSpec): Promise<Listener> {
    const sockets = new Set<Socket>();
    // Half-open both ways: a client that shuts down its sending side (HTTP/1.0, `nc -N`) still
    // gets the backend's answer; each direction ends on its own through pipe().
    const server: Server = createServer({ pauseOnConnect: true, allowHalfOpen: true }, (client) => {
      sockets.add(client);
      client.on("close", () => sockets.delete(client));
      client.on("error", () => undefined);
      this.relayTcp(listener, client, listener.spec.backends.length);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(spec.port, spec.address, () => {
        server.off("error", reject);
        resolve();
      });
    });
    server.on("error", (error) =>
      this.log("agent: listener error", { listener: listenerKey(spec), error: String(error) }),
    );
    const listener: Listener = {
      spec,
      next: 0,
      close: () => {
        server.close();
        for (const socket of sockets) socket.destroy();
      },
    };
    return listener;
  }

  /** Connects to the next backend; a refused or timed-out backend is skipped, up to `attempts` of them. */
  private relayTcp(listener: Listener, client: Socket, attempts: number): void {
    const backend = this.pick(listener);
    if (!backend || attempts <= 0) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect({ host: backend[0], port: backend[1], allowHalfOpen: true });
    upstream.setTimeout(CONNECT_TIMEOUT_MS, () => upstream.destroy(new Error("connect timeout")));
    let connected = false;
    upstream.once("connect", () => {
      connected = true;
      upstream.setTimeout(0);
      client.pipe(upstream);
      upstream.pipe(client);
      client.on("data", countRelayed);
      upstream.on("data", countRelayed);
      client.resume();
    });
    upstream.on("error", () => {
      if (!connected && !client.destroyed) this.relayTcp(listener, client, attempts - 1);
      else client.resetAndDestroy();
    });
    upstream.on("close", () => {
      if (connected) client.end();
    });
    client.on("close", () => upstream.destroy());
  }

  private async udp(spec: ListenerSpec): Promise<Listener> {
    const server: UdpSocket = createSocket("udp4");
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.bind(spec.port, spec.address, () => {
        server.off("error", reject);
        resolve();
      });
    });
    server.on("error", () => undefined);
    const flows = new Map<string, UdpFlow>();
    const listener: Listener = {
      spec,
      next: 0,
      close: () => {
        server.close();
        for (const flow of flows.values()) {
          clearTimeout(flow.timer);
          flow.socket.close();
        }
        flows.clear();
      },
    };
    server.on("message", (message, peer) => {
      const key = `${peer.address}:${peer.port}`;
      let flow = flows.get(key);
      if (!flow) {
        const backend = this.pick(listener);
        if (!backend) return;
        const socket = createSocket("udp4");
        socket.on("error", () => undefined);
        socket.on("message", (response, from) => {
          // Only the backend's datagrams go back to the client.
          if (from.address !== backend[0] || from.port !== backend[1]) return;
          server.send(response, peer.port, peer.address);
          touch(created);
        });
        const created = { socket, backend, timer: undefined as NodeJS.Timeout | undefined };
        flows.set(key, created);
        flow = created;
      }
      touch(flow);
      flow.socket.send(message, flow.backend[1], flow.backend[0]);
    });
    const touch = (flow: UdpFlow): void => {
      clearTimeout(flow.timer);
      flow.timer = setTimeout(() => {
        flow.socket.close();
        for (const [key, value] of flows) if (value === flow) flows.delete(key);
      }, UDP_IDLE_MS);
      flow.timer.unref();
    };
    return listener;
  }
}
