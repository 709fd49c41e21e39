import { type Server as HttpServer, createServer as createHttpServer } from "node:http";
import { randomBytes } from "node:crypto";
import { type AddressInfo, type Server, connect, createServer } from "node:net";
import { Duplex } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { ConnectionBudget, DEFAULT_PORT_FORWARD_LIMITS } from "./forward.ts";
import { SpdySession } from "../spdy/session.ts";
import {
  TUNNELING_PROTOCOL,
  offersTunneling,
  serveWebSocketPortForward,
  websocketPorts,
} from "./websocket.ts";

let pod: Server;
let podPort: number;
let closedPort: number;
let kubelet: HttpServer;
let kubeletPort: number;
let budget: ConnectionBudget;

async function listen(server: Server | HttpServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

beforeEach(async () => {
  pod = createServer((s) => s.pipe(s));
  podPort = await listen(pod);
  const spare = createServer();
  closedPort = await listen(spare);
  await new Promise((r) => spare.close(r));
  budget = new ConnectionBudget(10);
  kubelet = createHttpServer();
  kubelet.on("upgrade", (req, socket, head) => {
    const ports = offersTunneling(req)
      ? []
      : websocketPorts(new URL(req.url ?? "/", "http://x").searchParams);
    if (typeof ports === "string") return socket.end(`HTTP/1.1 400 Bad Request\r\n\r\n${ports}`);
    void serveWebSocketPortForward(req, socket, head, {
      target: { key: "ns/web", uid: "u-1", podIP: "127.0.0.1" },
      ports,
      limits: DEFAULT_PORT_FORWARD_LIMITS,
      budget,
      dial: (host, port) => connect({ host, port }),
      nodeName: "vn-1",
    });
  });
  kubeletPort = await listen(kubelet);
});

afterEach(async () => {
  kubelet.closeAllConnections();
  await new Promise((r) => kubelet.close(r));
  await new Promise((r) => pod.close(r));
});

/** Messages received per channel, and the socket. */
async function open(
  protocol: string,
  ports: number[],
): Promise<{ ws: WebSocket; channels: Map<number, Buffer[]> }> {
  const query = ports.map((p) => `port=${p}`).join("&");
  const ws = new WebSocket(`ws://127.0.0.1:${kubeletPort}/portForward/ns/web?${query}`, [protocol]);
  const channels = new Map<number, Buffer[]>();
  ws.on("message", (data: Buffer, isBinary: boolean) => {
    let channel: number;
    let body: Buffer;
    if (isBinary) {
      channel = data[0]!;
      body = data.subarray(1);
    } else {
      const text = String(data);
      channel = Number(text[0]);
      body = Buffer.from(text.slice(1), "base64");
    }
    channels.set(channel, [...(channels.get(channel) ?? []), body]);
  });
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  return { ws, channels };
}

async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(test()).toBe(true);
}

const portPrefix = (port: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(port);
  return b;
};

describe("port-forward over WebSocket (v4 channels)", () => {
  it("sends each channel's port first, forwards data on channel 0 and errors on channel 3", async () => {
    const { ws, channels } = await open("v4.channel.k8s.io", [podPort, closedPort]);
    expect(ws.protocol).toBe("v4.channel.k8s.io");
    await until(() => (channels.get(3)?.length ?? 0) >= 2);
    expect(channels.get(0)![0]).toEqual(portPrefix(podPort));
    expect(channels.get(1)![0]).toEqual(portPrefix(podPort));
    expect(channels.get(2)![0]).toEqual(portPrefix(closedPort));
    expect(channels.get(3)![0]).toEqual(portPrefix(closedPort));
    expect(String(channels.get(3)![1])).toMatch(
      new RegExp(
        `^error forwarding port ${closedPort} to pod ns/web, uid u-1: dial tcp 127.0.0.1:${closedPort}: connect: connection refused`,
      ),
    );
    ws.send(Buffer.concat([Buffer.from([0]), Buffer.from("hello over ws")]));
    await until(() => Buffer.concat(channels.get(0)!.slice(1)).toString() === "hello over ws");
    ws.close();
    await until(() => budget.inUse === 0);
  });

  it("speaks the base64 variant in text messages", async () => {
    const { ws, channels } = await open("v4.base64.channel.k8s.io", [podPort]);
    await until(() => (channels.get(0)?.length ?? 0) >= 1);
    ws.send(`0${Buffer.from("b64 data").toString("base64")}`);
    await until(() => Buffer.concat(channels.get(0)!.slice(1)).toString() === "b64 data");
    ws.close();
  });

  it("moves 4 MiB intact with back-pressure", async () => {
    const { ws, channels } = await open("v4.channel.k8s.io", [podPort]);
    const payload = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < payload.length; i++) payload[i] = (i * 7) & 255;
    for (let at = 0; at < payload.length; at += 32 * 1024)
      ws.send(Buffer.concat([Buffer.from([0]), payload.subarray(at, at + 32 * 1024)]));
    await until(() => Buffer.concat(channels.get(0)!.slice(1)).length === payload.length);
    expect(Buffer.concat(channels.get(0)!.slice(1)).equals(payload)).toBe(true);
    ws.close();
  });

  it("tunnels a SPDY session in binary messages (SPDY/3.1+portforward.k8s.io)", async () => {
    const { stream, protocol } = await rawWebSocket(kubeletPort, "/portForward/ns/web", TUNNELING_PROTOCOL);
    expect(protocol).toBe(TUNNELING_PROTOCOL);
    const session = new SpdySession(stream, { role: "client", flowControl: "off" });
    const headers = (type: string): [string, string][] => [
      ["streamtype", type],
      ["port", String(podPort)],
      ["requestid", "0"],
    ];
    const error = session.openStream(headers("error"), true);
    let message = "";
    error.on("data", (c: Buffer) => (message += String(c)));
    const data = session.openStream(headers("data"));
    data.on("error", () => undefined);
    let echoed = "";
    data.on("data", (c: Buffer) => (echoed += String(c)));
    const ended = new Promise((r) => data.once("end", r));
    data.end("through the tunnel");
    await ended;
    expect(echoed).toBe("through the tunnel");
    expect(message).toBe("");
    session.close("done");
  });

  it("validates ports as the kubelet does", () => {
    expect(websocketPorts(new URLSearchParams(""))).toBe(`query parameter "port" is required`);
    expect(websocketPorts(new URLSearchParams("port="))).toBe(`query parameter "port" cannot be empty`);
    expect(websocketPorts(new URLSearchParams("port=0"))).toBe(`port "0" must be > 0`);
    expect(websocketPorts(new URLSearchParams("port=99999"))).toBe(`unable to parse "99999" as a port`);
    expect(websocketPorts(new URLSearchParams("port=80,443&port=8080"))).toEqual([80, 443, 8080]);
  });
});

/**
 * A minimal WebSocket client offering `protocol` verbatim (ws's client refuses names with "/",
 * which client-go sends): binary messages out (masked), payloads of binary messages in.
 */
async function rawWebSocket(
  port: number,
  path: string,
  protocol: string,
): Promise<{ stream: Duplex; protocol: string }> {
  const socket = connect({ host: "127.0.0.1", port });
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
      `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\n` +
      `Sec-WebSocket-Protocol: ${protocol}\r\n\r\n`,
  );
  let buffer = Buffer.alloc(0);
  const head = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      buffer = Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      socket.off("data", onData);
      const text = buffer.subarray(0, end).toString();
      buffer = buffer.subarray(end + 4);
      resolve(text);
    };
    socket.on("data", onData);
    socket.once("error", reject);
  });
  expect(head).toMatch(/^HTTP\/1\.1 101/);
  const chosen = /sec-websocket-protocol: *(\S+)/i.exec(head)?.[1] ?? "";
  const stream = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, callback) {
      const mask = randomBytes(4);
      const length =
        chunk.length < 126
          ? Buffer.from([0x82, 0x80 | chunk.length])
          : chunk.length < 65536
            ? Buffer.from([0x82, 0x80 | 126, chunk.length >> 8, chunk.length & 255])
            : Buffer.concat([Buffer.from([0x82, 0x80 | 127, 0, 0, 0, 0]), u32(chunk.length)]);
      const masked = Buffer.from(chunk.map((b, i) => b ^ mask[i % 4]!));
      socket.write(Buffer.concat([length, mask, masked]), callback);
    },
  });
  const parse = (): void => {
    for (;;) {
      if (buffer.length < 2) return;
      let length = buffer[1]! & 127;
      let at = 2;
      if (length === 126) {
        if (buffer.length < 4) return;
        length = buffer.readUInt16BE(2);
        at = 4;
      } else if (length === 127) {
        if (buffer.length < 10) return;
        length = buffer.readUInt32BE(6);
        at = 10;
      }
      if (buffer.length < at + length) return;
      const opcode = buffer[0]! & 15;
      if (opcode === 2) stream.push(buffer.subarray(at, at + length));
      if (opcode === 8) stream.push(null);
      buffer = buffer.subarray(at + length);
    }
  };
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    parse();
  });
  socket.on("close", () => stream.destroy());
  parse();
  return { stream, protocol: chosen };
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
