import { duplexPair } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  FLAG_FIN,
  type Frame,
  FrameReader,
  GoAwayStatus,
  RstStatus,
  SettingId,
  encodeData,
  encodeGoAway,
  encodePing,
  encodeRstStream,
  encodeSettings,
  encodeSynStream,
  encodeWindowUpdate,
} from "./frames.ts";
import { HeaderCompressor, HeaderDecompressor, decodeHeaderBlock, encodeHeaderBlock } from "./headers.ts";
import { SpdySession, type SpdySessionOptions, type SpdyStream } from "./session.ts";

/** A hand-driven client: writes raw frames to a server session and reads what it answers. */
class RawPeer {
  readonly frames: Frame[] = [];
  readonly server: SpdySession;
  readonly streams: SpdyStream[] = [];
  private readonly reader = new FrameReader({ maxDataLength: 1 << 24 });
  private readonly deflater = new HeaderCompressor();
  private readonly inflater = new HeaderDecompressor(1 << 20);
  private readonly socket;
  private waiters: (() => void)[] = [];

  constructor(options: Partial<SpdySessionOptions> = {}) {
    const [a, b] = duplexPair();
    this.socket = a;
    this.server = new SpdySession(b, { role: "server", ...options });
    this.server.on("stream", (s) => {
      s.on("error", () => undefined);
      this.streams.push(s);
    });
    a.on("end", () => a.end());
    a.on("data", (chunk: Buffer) => {
      this.frames.push(...this.reader.push(chunk));
      for (const w of this.waiters.splice(0)) w();
    });
  }

  send(...frames: Buffer[]): void {
    this.socket.write(Buffer.concat(frames));
  }

  async syn(id: number, headers: [string, string][], flags = 0): Promise<Buffer> {
    return encodeSynStream(id, await this.deflater.compress(encodeHeaderBlock(headers)), flags);
  }

  async headersOf(frame: Frame): Promise<Map<string, readonly string[]>> {
    if (!("headerBlock" in frame)) throw new Error("no header block");
    return new Map(decodeHeaderBlock(await this.inflater.decompress(frame.headerBlock)));
  }

  /** Waits until a frame matching `test` has arrived. */
  async next(test: (f: Frame) => boolean, timeoutMs = 2000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(test);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no such frame; got ${this.frames.map((f) => f.type).join(",")}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  close(): void {
    this.server.close("test over");
    this.deflater.close();
    this.inflater.close();
  }
}

const is =
  <T extends Frame["type"]>(type: T, extra: (f: Extract<Frame, { type: T }>) => boolean = () => true) =>
  (f: Frame): boolean =>
    f.type === type && extra(f as Extract<Frame, { type: T }>);

describe("SpdySession (server side)", () => {
  it("announces its limits in SETTINGS", async () => {
    const peer = new RawPeer({ maxConcurrentStreams: 7, initialWindow: 4096 });
    const settings = (await peer.next(is("SETTINGS"))) as Extract<Frame, { type: "SETTINGS" }>;
    expect(settings.settings).toEqual([
      { id: SettingId.MAX_CONCURRENT_STREAMS, flags: 0, value: 7 },
      { id: SettingId.INITIAL_WINDOW_SIZE, flags: 0, value: 4096 },
    ]);
    peer.close();
  });

  it("accepts a stream, replies, and carries data both ways with FIN", async () => {
    const peer = new RawPeer();
    peer.send(await peer.syn(1, [["streamtype", "data"]]));
    await peer.next(() => peer.streams.length > 0);
    const stream = peer.streams[0]!;
    expect(stream.headers.get("streamtype")).toEqual(["data"]);
    stream.reply([["x-reply", "yes"]]);
    const reply = await peer.next(is("SYN_REPLY"));
    expect(await peer.headersOf(reply)).toEqual(new Map([["x-reply", ["yes"]]]));
    const got = new Promise<string>((resolve) => {
      let text = "";
      stream.on("data", (c: Buffer) => (text += String(c)));
      stream.on("end", () => resolve(text));
    });
    peer.send(encodeData(1, Buffer.from("hello ")), encodeData(1, Buffer.from("server"), FLAG_FIN));
    expect(await got).toBe("hello server");
    stream.end("bye");
    await peer.next(is("DATA", (f) => (f.flags & FLAG_FIN) !== 0));
    const data = peer.frames
      .filter((f) => f.type === "DATA")
      .map((f) => String((f as { data: Buffer }).data));
    expect(data.join("")).toBe("bye");
    expect(peer.server.size).toBe(0);
    peer.close();
  });

  it("answers the peer's PING and matches its own", async () => {
    const peer = new RawPeer();
    peer.send(encodePing(5));
    await peer.next(is("PING", (f) => f.id === 5));
    const rtt = peer.server.ping();
    const ping = (await peer.next(is("PING", (f) => f.id % 2 === 0))) as { id: number };
    peer.send(encodePing(ping.id));
    expect(await rtt).toBeGreaterThanOrEqual(0);
    peer.close();
  });

  it("refuses streams beyond the concurrent limit and keeps the others", async () => {
    const peer = new RawPeer({ maxConcurrentStreams: 2 });
    peer.send(await peer.syn(1, []), await peer.syn(3, []), await peer.syn(5, []));
    const rst = await peer.next(is("RST_STREAM"));
    expect(rst).toEqual({ type: "RST_STREAM", streamId: 5, status: RstStatus.REFUSED_STREAM });
    expect(peer.streams.map((s) => s.id)).toEqual([1, 3]);
    peer.close();
  });

  it("ends the session on stream IDs that go backwards or have the wrong parity", async () => {
    for (const ids of [[3, 1], [2]]) {
      const peer = new RawPeer();
      for (const id of ids) peer.send(await peer.syn(id, []));
      expect(await peer.next(is("GOAWAY"))).toEqual({
        type: "GOAWAY",
        lastGoodStreamId: ids.length === 2 ? 3 : 0,
        status: GoAwayStatus.PROTOCOL_ERROR,
      });
      peer.close();
    }
  });

  it("resets DATA on an unknown stream and DATA after FIN", async () => {
    const peer = new RawPeer();
    peer.send(encodeData(9, Buffer.from("x")));
    expect(await peer.next(is("RST_STREAM"))).toMatchObject({
      streamId: 9,
      status: RstStatus.INVALID_STREAM,
    });
    peer.send(await peer.syn(11, [], FLAG_FIN), encodeData(11, Buffer.from("late")));
    expect(await peer.next(is("RST_STREAM", (f) => f.streamId === 11))).toMatchObject({
      status: RstStatus.STREAM_ALREADY_CLOSED,
    });
    peer.close();
  });

  it("resets a stream whose DATA frame is over the limit, skipping its payload", async () => {
    const peer = new RawPeer({ maxDataFrameSize: 1024 });
    peer.send(await peer.syn(1, []), encodeData(1, Buffer.alloc(4096)), await peer.syn(3, []));
    expect(await peer.next(is("RST_STREAM"))).toMatchObject({
      streamId: 1,
      status: RstStatus.FRAME_TOO_LARGE,
    });
    await peer.next(() => peer.streams.some((s) => s.id === 3));
    peer.close();
  });

  it("resets a stream whose window a flow-controlling peer overran", async () => {
    const peer = new RawPeer({ initialWindow: 1024 });
    // Any WINDOW_UPDATE shows the peer implements flow control.
    peer.send(encodeWindowUpdate(0, 1), await peer.syn(1, []));
    await peer.next(() => peer.streams.length === 1);
    peer.streams[0]!.pause();
    // The window covers the stream's read buffer (1,024 bytes here): the third frame overruns it.
    peer.send(...Array.from({ length: 3 }, () => encodeData(1, Buffer.alloc(1000))));
    expect(await peer.next(is("RST_STREAM"))).toMatchObject({
      streamId: 1,
      status: RstStatus.FLOW_CONTROL_ERROR,
    });
    peer.close();
  });

  it("tolerates a peer without flow control (client-go) and sends WINDOW_UPDATE as data is read", async () => {
    const peer = new RawPeer({ initialWindow: 1024 });
    peer.send(await peer.syn(1, []));
    await peer.next(() => peer.streams.length === 1);
    let read = 0;
    peer.streams[0]!.on("data", (c: Buffer) => (read += c.length));
    peer.send(...Array.from({ length: 10 }, () => encodeData(1, Buffer.alloc(1000))));
    await peer.next(() => read === 10_000);
    expect(peer.frames.some(is("RST_STREAM"))).toBe(false);
    expect(peer.frames.some(is("WINDOW_UPDATE", (f) => f.streamId === 1))).toBe(true);
    peer.close();
  });

  it("respects the peer's window once it sends one, and resumes on WINDOW_UPDATE", async () => {
    const peer = new RawPeer({ sendFrameSize: 100 });
    peer.send(
      encodeSettings([{ id: SettingId.INITIAL_WINDOW_SIZE, flags: 0, value: 250 }]),
      await peer.syn(1, []),
    );
    await peer.next(() => peer.streams.length === 1);
    const stream = peer.streams[0]!;
    stream.reply();
    stream.write(Buffer.alloc(1000, 7));
    const sent = (): number =>
      peer.frames.filter(is("DATA")).reduce((n, f) => n + (f as { data: Buffer }).data.length, 0);
    await peer.next(() => sent() === 250);
    await new Promise((r) => setTimeout(r, 50));
    expect(sent()).toBe(250);
    peer.send(encodeWindowUpdate(1, 750));
    await peer.next(() => sent() === 1000);
    peer.close();
  });

  it("goes away cleanly: GOAWAY received ends the session once streams end", async () => {
    const peer = new RawPeer();
    peer.send(await peer.syn(1, []));
    await peer.next(() => peer.streams.length === 1);
    const closed = new Promise((r) => peer.server.once("close", r));
    peer.send(encodeGoAway(1, GoAwayStatus.OK));
    const stream = peer.streams[0]!;
    stream.reply();
    stream.end();
    peer.send(encodeData(1, Buffer.alloc(0), FLAG_FIN));
    await peer.next(is("DATA", (f) => (f.flags & FLAG_FIN) !== 0));
    peer.send(encodeRstStream(1, RstStatus.CANCEL));
    expect(await closed).toBe("the peer sent GOAWAY (status 0)");
    expect(peer.server.size).toBe(0);
    peer.close();
  });

  it("ends the session on a header block that is not zlib", async () => {
    const peer = new RawPeer();
    peer.send(encodeSynStream(1, Buffer.from("garbage!")));
    expect(await peer.next(is("GOAWAY"))).toMatchObject({ status: GoAwayStatus.PROTOCOL_ERROR });
    peer.close();
  });

  it("ends the session on a header block that inflates beyond the limit", async () => {
    const peer = new RawPeer({ maxHeaderBlockSize: 4096 });
    peer.send(await peer.syn(1, [["big", "v".repeat(100_000)]]));
    expect(await peer.next(is("GOAWAY"))).toMatchObject({ status: GoAwayStatus.PROTOCOL_ERROR });
    peer.close();
  });
});
