/**
 * What both port-forward protocols share: the pod being forwarded to, the kubelet's
 * timeouts, the per-node connection budget, and one forwarded TCP connection (dial the pod's
 * IP and port, copy both ways with back-pressure, report failures as the kubelet words them).
 */
import { type Socket, connect } from "node:net";
import type { Duplex, Writable } from "node:stream";

/** The pod a session forwards to. */
export interface PortForwardTarget {
  /** `namespace/name`. */
  readonly key: string;
  readonly uid: string;
  /** The pod's IP (status.podIP): the provider sits in the VCN and dials it directly. */
  readonly podIP: string;
}

export interface PortForwardLimits {
  /** Close a session after this long without traffic. @default 4 h (the kubelet's streamingConnectionIdleTimeout) */
  readonly idleTimeoutMs: number;
  /** How long the error and data streams of one request may arrive apart. @default 30 s (the kubelet's) */
  readonly streamCreationTimeoutMs: number;
  /** SPDY streams open at once on one session (two per forwarded connection). @default 100 */
  readonly maxStreamsPerSession: number;
  /** Forwarded TCP connections open at once on the whole node, all sessions together. @default 1000 */
  readonly maxConnectionsPerNode: number;
}

export const DEFAULT_PORT_FORWARD_LIMITS: PortForwardLimits = {
  idleTimeoutMs: 4 * 60 * 60 * 1000,
  streamCreationTimeoutMs: 30_000,
  maxStreamsPerSession: 100,
  maxConnectionsPerNode: 1000,
};

/** Dials a pod's port; tests may substitute it. */
export type Dialer = (host: string, port: number) => Socket;

export const dialTcp: Dialer = (host, port) => connect({ host, port, noDelay: true });

/** Counts the node's forwarded connections against `maxConnectionsPerNode`. */
export class ConnectionBudget {
  private active = 0;
  readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  get inUse(): number {
    return this.active;
  }

  /** Takes one slot; false when the node is at its limit. */
  take(): boolean {
    if (this.active >= this.max) return false;
    this.active++;
    return true;
  }

  release(): void {
    this.active = Math.max(0, this.active - 1);
  }
}

/** The kubelet's wording, which kubectl prints after "an error occurred forwarding L -> R: ". */
export function forwardError(target: PortForwardTarget, port: number, why: string): string {
  return `error forwarding port ${port} to pod ${target.key}, uid ${target.uid}: ${why}`;
}

/**
 * Parses a port the way the kubelet does (`strconv.ParseUint(s, 10, 16)`, then > 0).
 * @returns the port, or an error message.
 */
export function parsePort(text: string | undefined): number | string {
  if (text === undefined || text === "") return `"port" header is required`;
  if (!/^\d+$/.test(text) || Number(text) > 65535) return `unable to parse "${text}" as a port`;
  const port = Number(text);
  return port < 1 ? `port "${text}" must be > 0` : port;
}

/** Go's wording of common socket errors, so messages read as a kubelet's. */
const DIAL_ERRORS: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connect: connection refused",
  ECONNRESET: "connection reset by peer",
  EHOSTUNREACH: "connect: no route to host",
  ENETUNREACH: "connect: network is unreachable",
  ETIMEDOUT: "i/o timeout",
  EPIPE: "broken pipe",
};

export interface ForwardOutcome {
  /** Set when the dial or the copy failed: the message for the error stream. */
  readonly error?: string;
}

/**
 * Forwards one connection: dials `target.podIP:port` and copies `data` to the pod and the
 * pod's bytes back, each direction half-closing the other when it ends. Resolves once both
 * directions are done (or either side failed). `abort` ends it early (pod deleted, session gone).
 */
export function forwardConnection(
  data: Duplex,
  target: PortForwardTarget,
  port: number,
  dial: Dialer,
  abort: AbortSignal,
): Promise<ForwardOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    let connected = false;
    const socket = dial(target.podIP, port);
    const finish = (error?: string): void => {
      if (settled) return;
      settled = true;
      abort.removeEventListener("abort", onAbort);
      data.unpipe(socket);
      socket.unpipe(data as Writable);
      socket.destroy();
      resolve(error ? { error: forwardError(target, port, error) } : {});
    };
    const onAbort = (): void => finish(String(abort.reason ?? "aborted"));
    if (abort.aborted) return onAbort();
    abort.addEventListener("abort", onAbort, { once: true });
    socket.once("connect", () => {
      connected = true;
      data.pipe(socket);
      socket.pipe(data as Writable);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => {
      const what = connected ? "copying data" : `dial tcp ${target.podIP}:${port}`;
      finish(`${what}: ${(error.code && DIAL_ERRORS[error.code]) ?? error.message}`);
    });
    // Done when the pod's side closed and the stream has flushed what it had.
    socket.once("close", () => {
      if (!connected) return;
      if (data.writableFinished || data.destroyed) finish();
      else data.once("finish", () => finish()).once("close", () => finish());
    });
    data.once("close", () => {
      if (!settled && connected) socket.destroy();
      else if (!connected) finish("the stream closed before the connection was made");
    });
    data.on("error", () => undefined);
  });
}
