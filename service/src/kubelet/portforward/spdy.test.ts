import { createHash, randomBytes } from "node:crypto";
import { type AddressInfo, type Server, type Socket, connect, createServer } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RstStatus } from "../spdy/frames.ts";
import { SpdySession, type SpdyStream } from "../spdy/session.ts";
import { ConnectionBudget, DEFAULT_PORT_FORWARD_LIMITS, type PortForwardLimits } from "./forward.ts";
import { SpdyPortForward } from "./spdy.ts";

/** A pod: an echo server on loopback, plus a port nothing listens on. */
let pod: Server;
let podPort: number;
let closedPort: number;
/** The kubelet side listens here; each accepted socket becomes a SpdyPortForward. */
let kubelet: Server;
let forwards: SpdyPortForward[];
let budget: ConnectionBudget;
let limits: PortForwardLimits;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

beforeEach(async () => {
  pod = createServer((s) => s.pipe(s));
  podPort = await listen(pod);
  const spare = createServer();
  closedPort = await listen(spare);
  await new Promise((r) => spare.close(r));
  forwards = [];
  budget = new ConnectionBudget(1000);
  limits = { ...DEFAULT_PORT_FORWARD_LIMITS, streamCreationTimeoutMs: 200 };
  kubelet = createServer((socket) => {
    forwards.push(
      new SpdyPortForward(socket, {
        target: { key: "ns/web", uid: "u-1", podIP: "127.0.0.1" },
        limits,
        budget,
        dial: (host, port) => connect({ host, port }),
        nodeName: "vn-1",
        log: process.env["PF_DEBUG"] ? console.log : undefined,
      }),
    );
  });
});

afterEach(async () => {
  for (const f of forwards) f.session.close("test over");
  await new Promise((r) => kubelet.close(r));
  await new Promise((r) => pod.close(r));
});

async function client(flowControl: "auto" | "strict" | "off" = "off"): Promise<SpdySession> {
  const port = await listen(kubelet);
  const socket: Socket = connect({ host: "127.0.0.1", port });
  await new Promise((r) => socket.once("connect", r));
  return new SpdySession(socket, { role: "client", flowControl });
}

function collect(stream: SpdyStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    stream.on("data", (c: Buffer) => parts.push(c));
    stream.once("end", () => resolve(Buffer.concat(parts)));
    stream.once("error", reject);
  });
}

/** Opens the error and data streams of one forwarded connection, as kubectl does. */
function pair(
  session: SpdySession,
  port: number,
  requestId: string,
): { error: SpdyStream; data: SpdyStream; message: Promise<string> } {
  const headers = (type: string): [string, string][] => [
    ["streamtype", type],
    ["port", String(port)],
    ["requestid", requestId],
  ];
  const error = session.openStream(headers("error"), true);
  const message = collect(error).then(String);
  const data = session.openStream(headers("data"));
  // kubectl ignores resets of streams it is done with; so do these tests.
  data.on("error", () => undefined);
  return { error, data, message };
}

describe("portforward.k8s.io over SPDY", () => {
  it("forwards a connection and ends both streams when it closes", async () => {
    const session = await client();
    const { data, message } = pair(session, podPort, "0");
    const echoed = collect(data);
    data.end("hello pod");
    expect(String(await echoed)).toBe("hello pod");
    expect(await message).toBe("");
  });

  it("reports a closed port on the error stream and keeps the session for the next connection", async () => {
    const session = await client();
    const failed = pair(session, closedPort, "0");
    expect(await failed.message).toMatch(
      new RegExp(
        `^error forwarding port ${closedPort} to pod ns/web, uid u-1: dial tcp 127.0.0.1:${closedPort}: connect: connection refused`,
      ),
    );
    expect(session.isClosed).toBe(false);
    const next = pair(session, podPort, "1");
    const echoed = collect(next.data);
    next.data.end("still here");
    expect(String(await echoed)).toBe("still here");
    expect(await next.message).toBe("");
  });

  it.each(["off", "strict"] as const)(
    "moves 8 MiB each way intact (client flow control %s)",
    async (mode) => {
      const session = await client(mode);
      const { data, message } = pair(session, podPort, "0");
      const payload = randomBytes(8 * 1024 * 1024);
      const echoed = collect(data);
      data.end(payload);
      const back = await echoed;
      expect(createHash("sha256").update(back).digest("hex")).toBe(
        createHash("sha256").update(payload).digest("hex"),
      );
      expect(await message).toBe("");
    },
  );

  it("carries 20 concurrent connections on one session", async () => {
    const session = await client();
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const { data, message } = pair(session, podPort, String(i));
        const echoed = collect(data);
        data.end(`connection ${i}`);
        return [String(await echoed), await message];
      }),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => [`connection ${i}`, ""]));
  });

  it("derives a missing request ID from the stream ID, as the kubelet does", async () => {
    const session = await client();
    const error = session.openStream(
      [
        ["streamtype", "error"],
        ["port", String(podPort)],
      ],
      true,
    );
    const message = collect(error).then(String);
    const data = session.openStream([
      ["streamtype", "data"],
      ["port", String(podPort)],
    ]);
    const echoed = collect(data);
    data.end("no id");
    expect(String(await echoed)).toBe("no id");
    expect(await message).toBe("");
  });

  it("times out a pair whose data stream never comes", async () => {
    const session = await client();
    const error = session.openStream(
      [
        ["streamtype", "error"],
        ["port", "80"],
        ["requestid", "7"],
      ],
      true,
    );
    expect(String(await collect(error))).toBe("timed out waiting for streams of request 7");
  });

  it("refuses streams with a bad port or type", async () => {
    const session = await client();
    const resets = ["0", "70000", "x", ""].map(
      (port) =>
        new Promise<string>((resolve) => {
          const s = session.openStream([
            ["streamtype", "data"],
            ["port", port],
            ["requestid", port],
          ]);
          s.once("error", (e: Error) => resolve(e.message));
        }),
    );
    const badType = session.openStream([
      ["streamtype", "stdin"],
      ["port", "80"],
    ]);
    const badTypeReset = new Promise<string>((resolve) =>
      badType.once("error", (e: Error) => resolve(e.message)),
    );
    for (const m of [...(await Promise.all(resets)), await badTypeReset])
      expect(m).toBe(`stream reset by the peer (status ${RstStatus.REFUSED_STREAM})`);
  });

  it("gives a connection beyond the node's budget an error kubectl prints", async () => {
    budget = new ConnectionBudget(1);
    const session = await client();
    const first = pair(session, podPort, "0");
    first.data.write("hold");
    await new Promise((r) => first.data.once("data", r));
    const second = pair(session, podPort, "1");
    expect(await second.message).toBe(
      "error forwarding port " +
        podPort +
        " to pod ns/web: too many port-forward connections on node vn-1 (limit 1)",
    );
    first.data.end();
    expect(await first.message).toBe("");
    expect(budget.inUse).toBe(0);
  });

  it("ends the session with a message when the pod goes away", async () => {
    const session = await client();
    const { data, message } = pair(session, podPort, "0");
    data.write("ping");
    await new Promise((r) => data.once("data", r));
    const closed = new Promise((r) => session.once("close", r));
    forwards[0]!.end("pod ns/web (uid u-1) was deleted; the port-forward session is closed");
    expect(await message).toBe("pod ns/web (uid u-1) was deleted; the port-forward session is closed");
    await closed;
    expect(budget.inUse).toBe(0);
  });

  it("closes an idle session", async () => {
    limits = { ...limits, idleTimeoutMs: 150 };
    const session = await client();
    const reason = await new Promise((r) => session.once("close", r));
    expect(String(reason)).toMatch(/GOAWAY|closed/);
  });
});
