/**
 * Port-forward over WebSocket, the kubelet side (as the kubelet's cri/streaming/portforward/
 * websocket.go behaves), for API servers that pass WebSocket through to kubelets advertising it.
 * The ports come from the `port` query parameter (repeatable, comma-separated). Port i gets
 * channel 2i for data (both ways) and 2i+1 for errors (kubelet to client). Every message starts
 * with its channel number; the first message on each channel carries the port, 2 bytes little
 * endian. `v4.channel.k8s.io` (and no subprotocol) sends binary messages; `v4.base64.channel.k8s.io`
 * text messages with the channel as an ASCII digit and base64 data. One TCP connection per port
 * is dialled at once; the session ends when all of them have.
 */
import type { IncomingMessage } from "node:http";
import { Duplex, PassThrough } from "node:stream";
import { type WebSocket, WebSocketServer, createWebSocketStream } from "ws";
import {
  type ConnectionBudget,
  type Dialer,
  type PortForwardLimits,
  type PortForwardTarget,
  forwardConnection,
  parsePort,
} from "./forward.ts";
import { SpdyPortForward } from "./spdy.ts";

/**
 * `SPDY/3.1+portforward.k8s.io` tunnels the SPDY session itself: each binary message carries
 * the next bytes of the SPDY stream (client-go's TunnelingConnection; what an API server with
 * ExtendWebSocketsToKubelet passes through from kubectl). The v4 channel protocols follow.
 */
export const TUNNELING_PROTOCOL = "SPDY/3.1+portforward.k8s.io";
export const WEBSOCKET_PROTOCOLS = [
  TUNNELING_PROTOCOL,
  "v4.channel.k8s.io",
  "v4.base64.channel.k8s.io",
] as const;

/** Ports from the query, validated as the kubelet does; a string is the error message. */
export function websocketPorts(query: URLSearchParams): number[] | string {
  const values = query.getAll("port");
  if (values.length === 0) return `query parameter "port" is required`;
  const ports: number[] = [];
  for (const value of values) {
    if (value === "") return `query parameter "port" cannot be empty`;
    for (const part of value.split(",")) {
      const port = parsePort(part);
      if (typeof port === "string") return port;
      ports.push(port);
    }
  }
  return ports;
}

export interface WebSocketPortForwardOptions {
  readonly target: PortForwardTarget;
  /** From the query; unused by the tunneling protocol (ports travel in SPDY headers). */
  readonly ports: readonly number[];
  readonly limits: PortForwardLimits;
  readonly budget: ConnectionBudget;
  readonly dial: Dialer;
  readonly nodeName: string;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  /** Called with the SPDY session of a tunneled connection (to end it when the pod goes). */
  readonly onSession?: (forward: SpdyPortForward) => void;
}

const server = new WebSocketServer({
  noServer: true,
  // 1 MiB per message is far above what clients send (they write what they read, 32 KiB).
  maxPayload: 1024 * 1024,
  perMessageDeflate: false,
  handleProtocols: (offered) =>
    offered.has(TUNNELING_ALIAS)
      ? TUNNELING_PROTOCOL
      : (WEBSOCKET_PROTOCOLS.find((p) => offered.has(p)) ?? false),
});

/**
 * ws refuses subprotocol names that are not HTTP tokens, and "SPDY/3.1+portforward.k8s.io" has
 * a "/": the offer is renamed to this token before ws parses it, and answered with the real name.
 */
const TUNNELING_ALIAS = "okevn-spdy-tunnel";

/** True when the client offers the SPDY tunneling subprotocol (no `port` query then). */
export function offersTunneling(req: IncomingMessage): boolean {
  return (req.headers["sec-websocket-protocol"] ?? "")
    .split(",")
    .map((p) => p.trim())
    .includes(TUNNELING_PROTOCOL);
}

/** Upgrades `req` and forwards its ports; resolves when the session has ended. */
export function serveWebSocketPortForward(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  options: WebSocketPortForwardOptions,
): Promise<void> {
  if (offersTunneling(req)) req.headers["sec-websocket-protocol"] = TUNNELING_ALIAS;
  return new Promise((resolve) => {
    server.handleUpgrade(req, socket, head, (ws) => {
      if (ws.protocol === TUNNELING_PROTOCOL) {
        const forward = new SpdyPortForward(createWebSocketStream(ws), options);
        forward.session.once("close", () => resolve());
        options.onSession?.(forward);
        return;
      }
      void run(ws, options).finally(resolve);
    });
  });
}

async function run(ws: WebSocket, options: WebSocketPortForwardOptions): Promise<void> {
  const base64 = ws.protocol === "v4.base64.channel.k8s.io";
  const abort = new AbortController();
  let idle: NodeJS.Timeout | undefined;
  const touch = (): void => {
    clearTimeout(idle);
    idle = setTimeout(() => ws.close(1000, "idle timeout"), options.limits.idleTimeoutMs);
    idle.unref();
  };
  const send = (channel: number, data: Buffer, callback?: (error?: Error) => void): void => {
    touch();
    if (ws.readyState !== ws.OPEN) return callback?.(new Error("the WebSocket is closed"));
    if (base64) ws.send(String(channel) + data.toString("base64"), callback);
    else ws.send(Buffer.concat([Buffer.from([channel]), data]), { binary: true }, callback);
  };
  // One duplex per port: what the client sends on the data channel, and a sink to the client.
  const streams = options.ports.map((_, i) => {
    const fromClient = new PassThrough();
    const toClient = new PassThrough();
    toClient.on("data", (chunk: Buffer) => {
      // Back-pressure: hold the pod's bytes until the WebSocket has written these.
      toClient.pause();
      send(2 * i, chunk, () => toClient.resume());
    });
    return { fromClient, toClient };
  });
  ws.on("message", (message: Buffer | string, isBinary: boolean) => {
    touch();
    let bytes: Buffer;
    let channel: number;
    if (base64 || !isBinary) {
      const text = message.toString();
      channel = Number(text[0]);
      bytes = Buffer.from(text.slice(1), "base64");
    } else {
      bytes = message as Buffer;
      channel = bytes[0]!;
      bytes = bytes.subarray(1);
    }
    const stream = channel % 2 === 0 ? streams[channel / 2] : undefined;
    if (!stream) return;
    if (!stream.fromClient.write(bytes)) {
      ws.pause();
      stream.fromClient.once("drain", () => ws.resume());
    }
  });
  ws.on("close", () => {
    abort.abort("the WebSocket closed");
    for (const s of streams) s.fromClient.end();
  });
  ws.on("error", () => undefined);
  touch();
  options.ports.forEach((port, i) => {
    const prefix = Buffer.alloc(2);
    prefix.writeUInt16LE(port);
    send(2 * i, prefix);
    send(2 * i + 1, prefix);
  });
  await Promise.all(
    options.ports.map(async (port, i) => {
      const { fromClient, toClient } = streams[i]!;
      if (!options.budget.take()) {
        send(
          2 * i + 1,
          Buffer.from(
            `error forwarding port ${port} to pod ${options.target.key}: too many port-forward connections on node ${options.nodeName} (limit ${options.budget.max})`,
          ),
        );
        return;
      }
      try {
        const data = Duplex.from({ readable: fromClient, writable: toClient });
        const outcome = await forwardConnection(data, options.target, port, options.dial, abort.signal);
        if (outcome.error) send(2 * i + 1, Buffer.from(outcome.error));
      } finally {
        options.budget.release();
      }
    }),
  );
  clearTimeout(idle);
  if (ws.readyState === ws.OPEN) ws.close(1000);
}
