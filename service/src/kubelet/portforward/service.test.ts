import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import type { V1Pod } from "@kubernetes/client-node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PortForwardRefused } from "./service.ts";
import { PortForwardService } from "./service.ts";

const pods = new Map<string, V1Pod>();
let service: PortForwardService;
let server: Server;
let port: number;

function pod(name: string, podIP?: string): V1Pod {
  return { metadata: { name, namespace: "ns", uid: `uid-${name}` }, status: { phase: "Running", podIP } };
}

beforeEach(async () => {
  pods.clear();
  pods.set("ns/web", pod("web", "127.0.0.1"));
  pods.set("ns/pending", pod("pending"));
  service = new PortForwardService({
    nodeName: "vn-1",
    pod: (key) => pods.get(key),
    instanceOf: () => undefined,
    podCheckMs: 20,
  });
  server = createServer();
  server.on("upgrade", (req, socket, head) => {
    const [, , namespace, name] = (req.url ?? "").split("?")[0]!.split("/");
    try {
      service.upgrade(req, socket, head, namespace!, name!, new URL(req.url!, "http://x").searchParams);
    } catch (error) {
      const e = error as PortForwardRefused;
      socket.end(`HTTP/1.1 ${e.code} Refused\r\nConnection: close\r\n\r\n${e.message}`);
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});

afterEach(async () => {
  service.stop();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** Sends an upgrade request; resolves with everything received until the server closes. */
function upgrade(path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    const lines = Object.entries({ Connection: "Upgrade", ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\n${lines.join("")}\r\n`);
    let text = "";
    socket.on("data", (c: Buffer) => (text += c.toString("latin1")));
    socket.on("close", () => resolve(text));
  });
}

const SPDY = { Upgrade: "SPDY/3.1", "X-Stream-Protocol-Version": "portforward.k8s.io" };

describe("PortForwardService", () => {
  it("refuses unknown pods, pods without an IP, other protocols and WebSocket when it is off", async () => {
    expect(await upgrade("/portForward/ns/nope", SPDY)).toMatch(
      /^HTTP\/1\.1 404 .*pod ns\/nope not found on node vn-1$/s,
    );
    expect(await upgrade("/portForward/ns/pending", SPDY)).toMatch(
      /^HTTP\/1\.1 400 .*pod ns\/pending has no IP yet \(phase Running\)/s,
    );
    expect(
      await upgrade("/portForward/ns/web", { ...SPDY, "X-Stream-Protocol-Version": "channel.k8s.io" }),
    ).toMatch(
      /^HTTP\/1\.1 403 .*unable to negotiate protocol: client supports \[channel\.k8s\.io\], server accepts \[portforward\.k8s\.io\]/s,
    );
    expect(await upgrade("/portForward/ns/web", { Upgrade: "h2c" })).toMatch(
      /^HTTP\/1\.1 400 .*SPDY\/3\.1 or WebSocket/s,
    );
    expect(
      await upgrade("/portForward/ns/web", {
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
      }),
    ).toMatch(/^HTTP\/1\.1 400 .*turned off on this node/s);
  });

  it("switches protocols, then ends the session when the pod is deleted", async () => {
    const received = upgrade("/portForward/ns/web", SPDY);
    await new Promise((r) => setTimeout(r, 100));
    expect(service.size).toBe(1);
    pods.delete("ns/web");
    const text = await received;
    expect(text).toMatch(
      /^HTTP\/1\.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY\/3\.1\r\nX-Stream-Protocol-Version: portforward\.k8s\.io\r\n\r\n/,
    );
    // SETTINGS, then GOAWAY (type 7, status OK) once the pod is gone.
    expect(Buffer.from(text, "latin1").includes(Buffer.from([0x80, 0x03, 0x00, 0x07]))).toBe(true);
    expect(service.size).toBe(0);
  });
});
