/**
 * A SPDY/3.1 session over one byte stream (the socket after `101 Switching Protocols`), as
 * either side: the server accepts odd stream IDs and opens even ones, the client the reverse.
 * Each stream is a Node `Duplex` with back-pressure.
 *
 * Flow control (section 2.6.8 and 3.1's session window): every stream and the session start
 * with a 64 KiB window each way and WINDOW_UPDATE frames are sent as received data is consumed.
 * client-go's spdystream (what kube-apiserver and kubectl use) implements no flow control at
 * all: it never sends WINDOW_UPDATE and ignores ours. So with `flowControl: "auto"` (the
 * default) windows are enforced only once the peer has shown it implements them (it sent a
 * WINDOW_UPDATE or an INITIAL_WINDOW_SIZE setting); until then, back-pressure is TCP's: the
 * session stops reading the socket while any stream's reader is full, as spdystream does.
 * `flowControl: "strict"` enforces the windows from the first byte, both ways.
 *
 * Errors: a broken frame, header block or stream ID order ends the session with GOAWAY
 * PROTOCOL_ERROR; a problem with one stream resets it (RST_STREAM) and the session goes on.
 */
import { EventEmitter } from "node:events";
import { Duplex } from "node:stream";
import {
  FLAG_FIN,
  FLAG_UNIDIRECTIONAL,
  type Frame,
  FrameReader,
  GoAwayStatus,
  MAX_31BIT,
  RstStatus,
  SettingId,
  SpdySessionError,
  SpdyStreamError,
  encodeData,
  encodeGoAway,
  encodePing,
  encodeRstStream,
  encodeSettings,
  encodeSynReply,
  encodeSynStream,
  encodeWindowUpdate,
} from "./frames.ts";
import {
  HeaderCompressor,
  HeaderDecompressor,
  type SpdyHeaders,
  decodeHeaderBlock,
  encodeHeaderBlock,
} from "./headers.ts";

export interface SpdySessionOptions {
  readonly role: "server" | "client";
  /**
   * @default "auto" (see the module comment). "off" behaves like spdystream: no WINDOW_UPDATE
   * is sent and no window is enforced (for tests that stand in for client-go).
   */
  readonly flowControl?: "auto" | "strict" | "off";
  /** Each stream's receive window, advertised in SETTINGS. @default 65536 (the spec's initial window) */
  readonly initialWindow?: number;
  /** Streams the peer may have open at once; more are refused (REFUSED_STREAM). @default 100 */
  readonly maxConcurrentStreams?: number;
  /** Largest inflated header block; more ends the session. @default 64 KiB */
  readonly maxHeaderBlockSize?: number;
  /** Largest DATA frame accepted; longer ones reset the stream (FRAME_TOO_LARGE). @default 1 MiB */
  readonly maxDataFrameSize?: number;
  /** Largest DATA frame sent. @default 32 KiB */
  readonly sendFrameSize?: number;
  /** Close the session after this long without a byte either way; 0: never. @default 0 */
  readonly idleTimeoutMs?: number;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

const DEFAULT_WINDOW = 65536;

/** A socket (net or TLS) or any duplex byte stream. */
export type SessionSocket = Duplex;

interface OutSlot {
  data: Buffer | undefined;
}

/** One SPDY stream: read what the peer sends, write what it should receive. */
export class SpdyStream extends Duplex {
  readonly id: number;
  /** The SYN_STREAM headers (peer-opened) or the headers this side sent (locally opened). */
  readonly headers: SpdyHeaders;
  /** Headers of the SYN_REPLY and HEADERS frames received. */
  readonly replyHeaders = new Map<string, string[]>();
  /** @internal */ sendWindow: number;
  /** @internal */ recvWindow: number;
  /** @internal */ unacked = 0;
  /** @internal */ blocked = false;
  /** @internal */ remoteClosed = false;
  /** @internal */ localClosed = false;
  /** @internal */ replied = false;
  /** @internal */ replyReceived = false;
  /** @internal */ resetSent = false;
  /** @internal */ windowWaiter: (() => void) | undefined;
  private readonly session: SpdySession;

  /** @internal */
  constructor(
    session: SpdySession,
    id: number,
    headers: SpdyHeaders,
    sendWindow: number,
    recvWindow: number,
  ) {
    super({ allowHalfOpen: true, highWaterMark: recvWindow });
    this.session = session;
    this.id = id;
    this.headers = headers;
    this.sendWindow = sendWindow;
    this.recvWindow = recvWindow;
  }

  /** Sends SYN_REPLY (a peer-opened stream must be replied to before data flows). */
  reply(headers: Iterable<readonly [string, string]> = [], fin = false): void {
    this.session.replyTo(this, headers, fin);
  }

  /** Resets the stream (RST_STREAM `status`) and destroys it without further frames. */
  reset(status: number = RstStatus.CANCEL): void {
    this.session.resetStream(this, status);
  }

  override _read(): void {
    this.session.readMore(this);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.session.writeData(this, chunk, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.session.finish(this, callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.session.destroyed(this, error);
    callback(error);
  }
}

/** Events: `stream` (a peer-opened SpdyStream), `close` (reason?: string). */
export class SpdySession extends EventEmitter<{ stream: [SpdyStream]; close: [string | undefined] }> {
  private readonly socket: SessionSocket;
  private readonly options: SpdySessionOptions;
  private readonly reader: FrameReader;
  private readonly inflater: HeaderDecompressor;
  private readonly deflater = new HeaderCompressor();
  private readonly streams = new Map<number, SpdyStream>();
  private readonly inbound: Frame[] = [];
  private readonly out: OutSlot[] = [];
  private readonly pings = new Map<number, () => void>();
  private readonly recvWindow: number;
  private draining = false;
  private lastPeerStreamId = 0;
  private nextStreamId: number;
  private nextPingId: number;
  private peerInitialWindow = DEFAULT_WINDOW;
  private peerMaxStreams = Infinity;
  private sessionSendWindow = DEFAULT_WINDOW;
  private sessionRecvWindow = DEFAULT_WINDOW;
  private sessionUnacked = 0;
  /** True once the peer is known to implement flow control (or always, when strict). */
  private peerFlowControl: boolean;
  private warnedNoFlowControl = false;
  private goAwaySent = false;
  private goAwayReceived = false;
  private closed = false;
  /** A protocol error was found: nothing more is read. */
  private failed = false;
  private closeReason: string | undefined;
  private lastActivity = Date.now();
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(socket: SessionSocket, options: SpdySessionOptions) {
    super();
    this.socket = socket;
    // Every stream waiting for 'drain' listens once.
    socket.setMaxListeners(0);
    this.options = options;
    this.recvWindow = options.initialWindow ?? DEFAULT_WINDOW;
    this.peerFlowControl = options.flowControl === "strict";
    this.nextStreamId = options.role === "server" ? 2 : 1;
    this.nextPingId = options.role === "server" ? 2 : 1;
    this.reader = new FrameReader({
      maxDataLength: options.maxDataFrameSize ?? 1024 * 1024,
      maxControlLength: options.maxHeaderBlockSize ?? 64 * 1024,
    });
    this.inflater = new HeaderDecompressor(options.maxHeaderBlockSize ?? 64 * 1024);
    socket.on("data", (chunk: Buffer) => this.onBytes(chunk));
    socket.on("end", () => this.shutdown("the peer closed the connection"));
    socket.on("close", () => this.shutdown("the connection closed"));
    socket.on("error", (error: Error) => this.shutdown(`connection error: ${error.message}`));
    const idle = options.idleTimeoutMs;
    if (idle) {
      // Checked on a timer rather than with socket.setTimeout: the byte stream may be a WebSocket.
      this.idleTimer = setInterval(
        () => {
          if (Date.now() - this.lastActivity >= idle) this.close(`idle for ${idle} ms`);
        },
        Math.max(10, Math.min(idle / 4, 60_000)),
      );
      this.idleTimer.unref();
    }
    // Advertising a window tells the peer this side implements flow control; "off" does not.
    this.write(
      encodeSettings([
        { id: SettingId.MAX_CONCURRENT_STREAMS, flags: 0, value: this.maxStreams },
        ...(options.flowControl === "off"
          ? []
          : [{ id: SettingId.INITIAL_WINDOW_SIZE, flags: 0, value: this.recvWindow }]),
      ]),
    );
  }

  /** Streams open now (either side's). */
  get size(): number {
    return this.streams.size;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private get maxStreams(): number {
    return this.options.maxConcurrentStreams ?? 100;
  }

  /** Opens a stream (SYN_STREAM). @throws Error after GOAWAY or beyond the peer's stream limit. */
  openStream(headers: Iterable<readonly [string, string]>, fin = false): SpdyStream {
    if (this.closed || this.goAwaySent || this.goAwayReceived) throw new Error("the session is going away");
    if (this.localStreams() >= this.peerMaxStreams)
      throw new Error(`the peer allows ${this.peerMaxStreams} concurrent streams`);
    const id = this.nextStreamId;
    if (id > MAX_31BIT) throw new Error("stream IDs exhausted");
    this.nextStreamId += 2;
    const list = [...headers];
    const stream = new SpdyStream(
      this,
      id,
      new Map(list.map(([k, v]) => [k.toLowerCase(), [v]])),
      this.peerInitialWindow,
      this.recvWindow,
    );
    stream.replied = true;
    this.streams.set(id, stream);
    this.sendHeaderFrame(encodeHeaderBlock(list), (block) => encodeSynStream(id, block, fin ? FLAG_FIN : 0));
    if (fin) {
      stream.localClosed = true;
      stream.end();
    }
    return stream;
  }

  /** Round trip of a PING, in milliseconds. */
  ping(timeoutMs = 10_000): Promise<number> {
    const id = this.nextPingId;
    this.nextPingId = (this.nextPingId + 2) >>> 0;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pings.delete(id);
        reject(new Error(`no PING reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pings.set(id, () => {
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
      this.write(encodePing(id));
    });
  }

  /**
   * Sends GOAWAY: no new streams are accepted; the connection is closed once open streams end
   * (at once when `status` is an error).
   */
  goAway(status: number = GoAwayStatus.OK, reason?: string): void {
    if (this.closed) return;
    if (!this.goAwaySent) {
      this.goAwaySent = true;
      this.closeReason ??= reason;
      this.write(encodeGoAway(this.lastPeerStreamId, status));
    }
    if (status !== GoAwayStatus.OK || this.streams.size === 0) this.endSocket();
  }

  /** Ends the session now: GOAWAY, every stream destroyed with `reason`, the socket closed. */
  close(reason: string, status: number = GoAwayStatus.OK): void {
    if (this.closed) return;
    this.closeReason ??= reason;
    this.goAway(status, reason);
    // GOAWAY tells the peer; no RST_STREAM per stream.
    for (const stream of [...this.streams.values()]) {
      stream.resetSent = true;
      stream.destroy(new Error(reason));
    }
    this.endSocket();
  }

  // ---- outbound -------------------------------------------------------------------------------

  /** Writes a frame in order; returns false when the socket asks to wait for 'drain'. */
  private write(frame: Buffer): boolean {
    this.lastActivity = Date.now();
    if (this.closed || this.socket.writableEnded || this.socket.destroyed) return true;
    if (this.out.length > 0) {
      this.out.push({ data: frame });
      return true;
    }
    return this.socket.write(frame);
  }

  private sendHeaderFrame(block: Buffer, frame: (compressed: Buffer) => Buffer): void {
    const slot: OutSlot = { data: undefined };
    this.out.push(slot);
    this.deflater.compress(block).then(
      (compressed) => {
        slot.data = frame(compressed);
        while (this.out[0]?.data) {
          const next = this.out.shift()!;
          if (!this.closed && !this.socket.writableEnded && !this.socket.destroyed)
            this.socket.write(next.data!);
        }
      },
      (error: unknown) => this.shutdown(`header compression failed: ${String(error)}`),
    );
  }

  /** @internal */
  replyTo(stream: SpdyStream, headers: Iterable<readonly [string, string]>, fin: boolean): void {
    if (stream.replied) throw new Error(`stream ${stream.id} was already replied to`);
    stream.replied = true;
    if (stream.resetSent || this.closed) return;
    this.sendHeaderFrame(encodeHeaderBlock(headers), (block) =>
      encodeSynReply(stream.id, block, fin ? FLAG_FIN : 0),
    );
    if (fin) {
      stream.localClosed = true;
      stream.end();
    }
  }

  /** @internal */
  resetStream(stream: SpdyStream, status: number): void {
    if (!stream.resetSent && !(stream.localClosed && stream.remoteClosed)) {
      stream.resetSent = true;
      this.write(encodeRstStream(stream.id, status));
    }
    stream.resetSent = true;
    stream.destroy();
  }

  private sendWindow(stream: SpdyStream): number {
    return this.peerFlowControl ? Math.min(stream.sendWindow, this.sessionSendWindow) : Infinity;
  }

  /** @internal */
  writeData(stream: SpdyStream, chunk: Buffer, callback: (error?: Error | null) => void): void {
    const frameSize = this.options.sendFrameSize ?? 32 * 1024;
    let offset = 0;
    let needDrain = false;
    const pump = (): void => {
      if (this.closed || stream.resetSent || stream.destroyed)
        return callback(new Error(`stream ${stream.id} is closed`));
      while (offset < chunk.length) {
        const window = this.sendWindow(stream);
        if (window <= 0) {
          stream.windowWaiter = pump;
          return;
        }
        const n = Math.min(frameSize, window, chunk.length - offset);
        if (this.peerFlowControl) {
          stream.sendWindow -= n;
          this.sessionSendWindow -= n;
        }
        if (!this.write(encodeData(stream.id, chunk.subarray(offset, offset + n)))) needDrain = true;
        offset += n;
      }
      if (needDrain && !this.socket.destroyed) {
        const done = (): void => {
          this.socket.off("drain", done);
          this.socket.off("close", done);
          callback();
        };
        this.socket.once("drain", done);
        this.socket.once("close", done);
      } else callback();
    };
    pump();
  }

  /** @internal */
  finish(stream: SpdyStream, callback: (error?: Error | null) => void): void {
    if (!stream.localClosed && !stream.resetSent) {
      stream.localClosed = true;
      this.write(encodeData(stream.id, Buffer.alloc(0), FLAG_FIN));
    }
    this.maybeForget(stream);
    callback();
  }

  /** @internal */
  destroyed(stream: SpdyStream, error: Error | null): void {
    if (!stream.resetSent && !(stream.localClosed && stream.remoteClosed) && !this.closed) {
      stream.resetSent = true;
      this.write(encodeRstStream(stream.id, error ? RstStatus.INTERNAL_ERROR : RstStatus.CANCEL));
    }
    this.forget(stream);
  }

  private maybeForget(stream: SpdyStream): void {
    if (stream.localClosed && stream.remoteClosed) this.forget(stream);
  }

  private forget(stream: SpdyStream): void {
    if (this.streams.get(stream.id) !== stream) return;
    this.streams.delete(stream.id);
    if (stream.blocked) {
      stream.blocked = false;
      this.resumeIfUnblocked();
    }
    if ((this.goAwaySent || this.goAwayReceived) && this.streams.size === 0) this.endSocket();
  }

  // ---- inbound --------------------------------------------------------------------------------

  private onBytes(chunk: Buffer): void {
    if (this.closed || this.failed) return;
    this.lastActivity = Date.now();
    try {
      for (const frame of this.reader.push(chunk)) this.inbound.push(frame);
    } catch (error) {
      return this.protocolError(error);
    }
    if (this.inbound.length > 256) this.socket.pause();
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.inbound.length > 0 && !this.closed && !this.failed) {
        const frame = this.inbound.shift()!;
        try {
          if ("headerBlock" in frame) {
            const headers = decodeHeaderBlock(await this.inflater.decompress(frame.headerBlock));
            this.onHeaders(frame, headers);
          } else this.onFrame(frame);
        } catch (error) {
          if (error instanceof SpdyStreamError) this.streamError(error);
          else return this.protocolError(error);
        }
      }
      if (!this.closed && !this.anyBlocked()) this.socket.resume();
    } finally {
      this.draining = false;
    }
  }

  private isPeerId(id: number): boolean {
    return (id % 2 === 1) === (this.options.role === "server");
  }

  private localStreams(): number {
    let n = 0;
    for (const id of this.streams.keys()) if (!this.isPeerId(id)) n++;
    return n;
  }

  private onHeaders(
    frame: Extract<Frame, { type: "SYN_STREAM" | "SYN_REPLY" | "HEADERS" }>,
    headers: SpdyHeaders,
  ): void {
    const fin = (frame.flags & FLAG_FIN) !== 0;
    if (frame.type === "SYN_STREAM") {
      if (!this.isPeerId(frame.streamId))
        throw new SpdySessionError(`SYN_STREAM with stream ID ${frame.streamId} of the wrong parity`);
      if (frame.streamId <= this.lastPeerStreamId)
        throw new SpdySessionError(
          `SYN_STREAM ${frame.streamId} after ${this.lastPeerStreamId}: stream IDs must increase`,
        );
      this.lastPeerStreamId = frame.streamId;
      if (this.goAwaySent) return;
      if (frame.associatedTo !== 0)
        throw new SpdyStreamError(frame.streamId, RstStatus.REFUSED_STREAM, "server push is not accepted");
      if (this.streams.size - this.localStreams() >= this.maxStreams)
        throw new SpdyStreamError(
          frame.streamId,
          RstStatus.REFUSED_STREAM,
          `more than ${this.maxStreams} concurrent streams`,
        );
      const stream = new SpdyStream(this, frame.streamId, headers, this.peerInitialWindow, this.recvWindow);
      this.streams.set(stream.id, stream);
      if ((frame.flags & FLAG_UNIDIRECTIONAL) !== 0) {
        stream.localClosed = true;
        stream.replied = true;
        stream.end();
      }
      if (fin) {
        stream.remoteClosed = true;
        stream.push(null);
      }
      this.emit("stream", stream);
      return;
    }
    const stream = this.streams.get(frame.streamId);
    if (!stream)
      throw new SpdyStreamError(
        frame.streamId,
        RstStatus.INVALID_STREAM,
        `${frame.type} on a stream not open`,
      );
    if (frame.type === "SYN_REPLY") {
      if (this.isPeerId(frame.streamId) || stream.replyReceived)
        throw new SpdyStreamError(
          frame.streamId,
          RstStatus.STREAM_IN_USE,
          "an unexpected or second SYN_REPLY",
        );
      stream.replyReceived = true;
    }
    if (stream.remoteClosed)
      throw new SpdyStreamError(frame.streamId, RstStatus.STREAM_ALREADY_CLOSED, `${frame.type} after FIN`);
    for (const [name, values] of headers) stream.replyHeaders.set(name, [...values]);
    stream.emit(frame.type === "SYN_REPLY" ? "reply" : "headers", headers);
    if (fin) this.remoteFin(stream);
  }

  private onFrame(frame: Exclude<Frame, { type: "SYN_STREAM" | "SYN_REPLY" | "HEADERS" }>): void {
    switch (frame.type) {
      case "DATA":
        return this.onData(frame.streamId, frame.data, (frame.flags & FLAG_FIN) !== 0);
      case "OVERSIZED_DATA":
        throw new SpdyStreamError(
          frame.streamId,
          RstStatus.FRAME_TOO_LARGE,
          `DATA frame of ${frame.length} bytes`,
        );
      case "RST_STREAM": {
        const stream = this.streams.get(frame.streamId);
        if (!stream) return;
        stream.resetSent = true;
        stream.remoteClosed = true;
        stream.destroy(
          frame.status === RstStatus.CANCEL
            ? undefined
            : new Error(`stream reset by the peer (status ${frame.status})`),
        );
        return;
      }
      case "SETTINGS":
        for (const setting of frame.settings) {
          if (setting.id === SettingId.INITIAL_WINDOW_SIZE && this.options.flowControl !== "off") {
            if (setting.value > MAX_31BIT) throw new SpdySessionError(`INITIAL_WINDOW_SIZE ${setting.value}`);
            const delta = setting.value - this.peerInitialWindow;
            this.peerInitialWindow = setting.value;
            this.peerFlowControl = true;
            for (const stream of this.streams.values()) stream.sendWindow += delta;
            this.wakeWriters();
          } else if (setting.id === SettingId.MAX_CONCURRENT_STREAMS) this.peerMaxStreams = setting.value;
        }
        return;
      case "PING":
        if (this.isPeerId(frame.id)) this.write(encodePing(frame.id));
        else {
          this.pings.get(frame.id)?.();
          this.pings.delete(frame.id);
        }
        return;
      case "GOAWAY":
        this.goAwayReceived = true;
        this.closeReason ??= `the peer sent GOAWAY (status ${frame.status})`;
        for (const stream of [...this.streams.values()])
          if (!this.isPeerId(stream.id) && stream.id > frame.lastGoodStreamId)
            stream.destroy(new Error("the peer went away before accepting the stream"));
        if (this.streams.size === 0) this.endSocket();
        return;
      case "WINDOW_UPDATE": {
        if (this.options.flowControl === "off") return;
        this.peerFlowControl = true;
        if (frame.streamId === 0) {
          this.sessionSendWindow += frame.delta;
          if (this.sessionSendWindow > MAX_31BIT) throw new SpdySessionError("session window above 2^31-1");
          this.wakeWriters();
          return;
        }
        const stream = this.streams.get(frame.streamId);
        if (!stream) return;
        stream.sendWindow += frame.delta;
        if (stream.sendWindow > MAX_31BIT)
          throw new SpdyStreamError(stream.id, RstStatus.FLOW_CONTROL_ERROR, "window above 2^31-1");
        this.wakeWriters();
        return;
      }
      case "UNKNOWN":
        return;
    }
  }

  private onData(streamId: number, data: Buffer, fin: boolean): void {
    if (this.options.flowControl === "off") this.warnedNoFlowControl = true;
    if (this.peerFlowControl || !this.warnedNoFlowControl) {
      this.sessionRecvWindow -= data.length;
      if (this.sessionRecvWindow < 0) this.overrun(undefined);
    }
    this.sessionUnacked += data.length;
    const stream = this.streams.get(streamId);
    if (!stream) {
      this.ackSession();
      if (this.goAwaySent) return;
      throw new SpdyStreamError(streamId, RstStatus.INVALID_STREAM, "DATA on a stream not open");
    }
    if (stream.remoteClosed) {
      this.ackSession();
      throw new SpdyStreamError(streamId, RstStatus.STREAM_ALREADY_CLOSED, "DATA after FIN");
    }
    if (this.peerFlowControl || !this.warnedNoFlowControl) {
      stream.recvWindow -= data.length;
      if (stream.recvWindow < 0) this.overrun(stream);
    }
    if (data.length > 0) {
      stream.unacked += data.length;
      if (!stream.push(data)) {
        stream.blocked = true;
        // A peer that ignores windows is slowed down by TCP: stop reading until the reader catches up.
        if (!this.peerFlowControl) this.socket.pause();
      } else this.ack(stream);
    }
    if (fin) this.remoteFin(stream);
  }

  /** A receive window went negative: a flow-control error, or a peer without flow control. */
  private overrun(stream: SpdyStream | undefined): void {
    if (this.peerFlowControl) {
      if (!stream) throw new SpdySessionError("the peer overran the session window");
      throw new SpdyStreamError(
        stream.id,
        RstStatus.FLOW_CONTROL_ERROR,
        "the peer overran the stream window",
      );
    }
    this.warnedNoFlowControl = true;
    this.options.log?.(
      "SPDY peer sends beyond the flow-control window (no SPDY/3.1 flow control); relying on TCP back-pressure",
    );
  }

  private remoteFin(stream: SpdyStream): void {
    stream.remoteClosed = true;
    stream.push(null);
    this.maybeForget(stream);
  }

  /** @internal The stream's reader wants more: acknowledge what it consumed. */
  readMore(stream: SpdyStream): void {
    if (!stream.blocked) return;
    stream.blocked = false;
    this.ack(stream);
    this.resumeIfUnblocked();
  }

  private ack(stream: SpdyStream): void {
    if (this.options.flowControl === "off") return;
    if (stream.unacked >= this.recvWindow / 2 && !stream.remoteClosed && this.streams.has(stream.id)) {
      this.write(encodeWindowUpdate(stream.id, stream.unacked));
      stream.recvWindow += stream.unacked;
      stream.unacked = 0;
    }
    this.ackSession();
  }

  private ackSession(): void {
    if (this.options.flowControl === "off") return;
    if (this.sessionUnacked >= DEFAULT_WINDOW / 2) {
      this.write(encodeWindowUpdate(0, this.sessionUnacked));
      this.sessionRecvWindow += this.sessionUnacked;
      this.sessionUnacked = 0;
    }
  }

  private anyBlocked(): boolean {
    if (this.peerFlowControl) return false;
    for (const stream of this.streams.values()) if (stream.blocked) return true;
    return false;
  }

  private resumeIfUnblocked(): void {
    if (!this.closed && !this.anyBlocked() && this.inbound.length <= 256) this.socket.resume();
  }

  private wakeWriters(): void {
    for (const stream of this.streams.values()) {
      const waiter = stream.windowWaiter;
      if (waiter && this.sendWindow(stream) > 0) {
        stream.windowWaiter = undefined;
        waiter();
      }
    }
  }

  private streamError(error: SpdyStreamError): void {
    this.options.log?.("SPDY stream error", {
      stream: error.streamId,
      status: error.status,
      error: error.message,
    });
    const stream = this.streams.get(error.streamId);
    if (stream) {
      if (!stream.resetSent) {
        stream.resetSent = true;
        this.write(encodeRstStream(error.streamId, error.status));
      }
      stream.destroy(new Error(error.message));
    } else this.write(encodeRstStream(error.streamId, error.status));
  }

  private protocolError(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.inbound.length = 0;
    const message = error instanceof Error ? error.message : String(error);
    this.options.log?.("SPDY protocol error; closing the session", { error: message });
    this.close(`SPDY protocol error: ${message}`, GoAwayStatus.PROTOCOL_ERROR);
  }

  private endSocket(): void {
    if (this.socket.writableEnded) return;
    // Frames still waiting for header compression go first.
    const end = (): void => {
      if (this.out.length > 0) return void setImmediate(end);
      this.socket.end();
      // A peer that never closes its side must not hold the socket forever.
      setTimeout(() => this.socket.destroy(), 5_000).unref();
    };
    end();
  }

  private shutdown(reason: string): void {
    if (this.closed) return;
    this.closeReason ??= reason;
    this.closed = true;
    clearInterval(this.idleTimer);
    for (const stream of [...this.streams.values()]) {
      stream.resetSent = true;
      stream.destroy(new Error(this.closeReason));
    }
    this.streams.clear();
    this.pings.clear();
    this.inflater.close();
    this.deflater.close();
    if (!this.socket.destroyed) this.socket.destroy();
    this.emit("close", this.closeReason);
  }
}
