/**
 * SPDY/3.1 frames on the wire (SPDY Protocol Draft 3 and 3.1, section 2.2): an 8-byte
 * header, then the payload. Control frames start with bit 1, version 3 and a type; data
 * frames with bit 0 and a 31-bit stream ID. Flags take 8 bits and the length 24.
 *
 * `FrameReader` parses a byte stream incrementally into frames whose header blocks are still
 * compressed (the session inflates them in order, through one shared zlib context), and
 * checks every length and field the spec fixes. `encode*` serialize frames.
 */

export const SPDY_VERSION = 3;

export const FrameType = {
  SYN_STREAM: 1,
  SYN_REPLY: 2,
  RST_STREAM: 3,
  SETTINGS: 4,
  PING: 6,
  GOAWAY: 7,
  HEADERS: 8,
  WINDOW_UPDATE: 9,
} as const;

/** FLAG_FIN on DATA, SYN_STREAM, SYN_REPLY and HEADERS. */
export const FLAG_FIN = 0x01;
/** FLAG_UNIDIRECTIONAL on SYN_STREAM: the receiver may not send on the stream. */
export const FLAG_UNIDIRECTIONAL = 0x02;
/** FLAG_SETTINGS_CLEAR_SETTINGS on SETTINGS. */
export const FLAG_CLEAR_SETTINGS = 0x01;

/** RST_STREAM status codes (section 2.6.3). */
export const RstStatus = {
  PROTOCOL_ERROR: 1,
  INVALID_STREAM: 2,
  REFUSED_STREAM: 3,
  UNSUPPORTED_VERSION: 4,
  CANCEL: 5,
  INTERNAL_ERROR: 6,
  FLOW_CONTROL_ERROR: 7,
  STREAM_IN_USE: 8,
  STREAM_ALREADY_CLOSED: 9,
  FRAME_TOO_LARGE: 11,
} as const;

/** GOAWAY status codes (section 2.6.6). */
export const GoAwayStatus = { OK: 0, PROTOCOL_ERROR: 1, INTERNAL_ERROR: 2 } as const;

/** SETTINGS IDs (section 2.6.4) this implementation reads or writes. */
export const SettingId = { MAX_CONCURRENT_STREAMS: 4, INITIAL_WINDOW_SIZE: 7 } as const;

/** The largest stream ID and window size: 2^31 - 1. */
export const MAX_31BIT = 0x7fffffff;
/** The largest length a frame header can carry: 2^24 - 1. */
export const MAX_FRAME_LENGTH = 0xffffff;

export interface Setting {
  readonly id: number;
  readonly flags: number;
  readonly value: number;
}

export type Frame =
  | { readonly type: "DATA"; readonly streamId: number; readonly flags: number; readonly data: Buffer }
  | {
      readonly type: "SYN_STREAM";
      readonly streamId: number;
      readonly associatedTo: number;
      /** 0 (highest) to 7. */
      readonly priority: number;
      readonly flags: number;
      /** Compressed. */
      readonly headerBlock: Buffer;
    }
  | {
      readonly type: "SYN_REPLY";
      readonly streamId: number;
      readonly flags: number;
      readonly headerBlock: Buffer;
    }
  | {
      readonly type: "HEADERS";
      readonly streamId: number;
      readonly flags: number;
      readonly headerBlock: Buffer;
    }
  | { readonly type: "RST_STREAM"; readonly streamId: number; readonly status: number }
  | { readonly type: "SETTINGS"; readonly flags: number; readonly settings: readonly Setting[] }
  | { readonly type: "PING"; readonly id: number }
  | { readonly type: "GOAWAY"; readonly lastGoodStreamId: number; readonly status: number }
  | { readonly type: "WINDOW_UPDATE"; readonly streamId: number; readonly delta: number }
  /** A control frame of a type SPDY/3.1 does not define (CREDENTIAL, NOOP...): the spec says ignore it. */
  | { readonly type: "UNKNOWN"; readonly frameType: number }
  /** A DATA frame longer than `maxDataLength`; its payload was skipped, not buffered. */
  | { readonly type: "OVERSIZED_DATA"; readonly streamId: number; readonly length: number };

/**
 * A violation that ends the session (GOAWAY PROTOCOL_ERROR): the byte stream or the shared
 * compression context can no longer be trusted.
 */
export class SpdySessionError extends Error {
  override name = "SpdySessionError";
}

/** A violation that concerns one stream (RST_STREAM with `status`); the session goes on. */
export class SpdyStreamError extends Error {
  override name = "SpdyStreamError";
  readonly streamId: number;
  readonly status: number;
  constructor(streamId: number, status: number, message: string) {
    super(message);
    this.streamId = streamId;
    this.status = status;
  }
}

export interface FrameReaderLimits {
  /** Largest DATA payload accepted; longer ones are skipped and reported. @default 1 MiB */
  readonly maxDataLength?: number;
  /** Largest control frame (compressed header block included). @default 64 KiB */
  readonly maxControlLength?: number;
}

/** Parses SPDY/3.1 frames from a byte stream fed in arbitrary pieces. */
export class FrameReader {
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private skip = 0;
  private readonly maxData: number;
  private readonly maxControl: number;

  constructor(limits: FrameReaderLimits = {}) {
    this.maxData = limits.maxDataLength ?? 1024 * 1024;
    this.maxControl = limits.maxControlLength ?? 64 * 1024;
  }

  /** Bytes held waiting for the rest of a frame. */
  get pending(): number {
    return this.buffered;
  }

  /**
   * Feeds `chunk` and returns every frame it completes, in order.
   * @throws SpdySessionError on a frame that breaks the framing rules; the reader is then unusable.
   */
  push(chunk: Buffer): Frame[] {
    if (this.skip > 0) {
      const n = Math.min(this.skip, chunk.length);
      this.skip -= n;
      chunk = chunk.subarray(n);
    }
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    const frames: Frame[] = [];
    for (;;) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, this.buffered);
        if (n > 0) this.take(n);
        this.skip -= n;
        if (this.skip > 0) break;
      }
      if (this.buffered < 8) break;
      const head = this.peek(8);
      const length = head.readUInt32BE(4) & MAX_FRAME_LENGTH;
      const control = (head[0]! & 0x80) !== 0;
      if (!control && length > this.maxData) {
        this.take(8);
        this.skip = length;
        frames.push({ type: "OVERSIZED_DATA", streamId: head.readUInt32BE(0) & MAX_31BIT, length });
        continue;
      }
      if (control && length > this.maxControl)
        throw new SpdySessionError(
          `control frame of ${length} bytes exceeds the limit of ${this.maxControl}`,
        );
      if (this.buffered < 8 + length) break;
      const frame = this.take(8 + length);
      frames.push(parseFrame(frame));
    }
    return frames;
  }

  private peek(n: number): Buffer {
    if (n === 0) return Buffer.alloc(0);
    if (this.chunks[0]!.length >= n) return this.chunks[0]!.subarray(0, n);
    const joined = Buffer.concat(this.chunks);
    this.chunks.length = 0;
    this.chunks.push(joined);
    return joined.subarray(0, n);
  }

  private take(n: number): Buffer {
    const out = this.peek(n);
    const first = this.chunks[0]!;
    if (first.length === n) this.chunks.shift();
    else this.chunks[0] = first.subarray(n);
    this.buffered -= n;
    return out;
  }
}

function expectLength(type: string, length: number, ok: boolean): void {
  if (!ok) throw new SpdySessionError(`${type} frame with invalid length ${length}`);
}

function nonZero(type: string, streamId: number): number {
  if (streamId === 0) throw new SpdySessionError(`${type} frame on stream 0`);
  return streamId;
}

/** Parses one complete frame (header and payload). */
export function parseFrame(frame: Buffer): Frame {
  const word = frame.readUInt32BE(0);
  const flags = frame[4]!;
  const length = frame.readUInt32BE(4) & MAX_FRAME_LENGTH;
  const p = frame.subarray(8);
  if ((word & 0x80000000) === 0) {
    return { type: "DATA", streamId: nonZero("DATA", word & MAX_31BIT), flags, data: p };
  }
  const version = (word >>> 16) & 0x7fff;
  const type = word & 0xffff;
  if (version !== SPDY_VERSION) throw new SpdySessionError(`unsupported SPDY version ${version}`);
  switch (type) {
    case FrameType.SYN_STREAM:
      expectLength("SYN_STREAM", length, length >= 10);
      return {
        type: "SYN_STREAM",
        streamId: nonZero("SYN_STREAM", p.readUInt32BE(0) & MAX_31BIT),
        associatedTo: p.readUInt32BE(4) & MAX_31BIT,
        priority: p[8]! >>> 5,
        flags,
        headerBlock: p.subarray(10),
      };
    case FrameType.SYN_REPLY:
    case FrameType.HEADERS: {
      const name = type === FrameType.SYN_REPLY ? "SYN_REPLY" : "HEADERS";
      expectLength(name, length, length >= 4);
      return {
        type: name,
        streamId: nonZero(name, p.readUInt32BE(0) & MAX_31BIT),
        flags,
        headerBlock: p.subarray(4),
      };
    }
    case FrameType.RST_STREAM: {
      expectLength("RST_STREAM", length, length === 8);
      const status = p.readUInt32BE(4);
      if (status === 0) throw new SpdySessionError("RST_STREAM with status 0");
      return { type: "RST_STREAM", streamId: nonZero("RST_STREAM", p.readUInt32BE(0) & MAX_31BIT), status };
    }
    case FrameType.SETTINGS: {
      expectLength("SETTINGS", length, length >= 4);
      const count = p.readUInt32BE(0);
      expectLength("SETTINGS", length, length === 4 + 8 * count);
      const settings: Setting[] = [];
      for (let i = 0; i < count; i++) {
        const at = 4 + 8 * i;
        settings.push({ flags: p[at]!, id: p.readUInt32BE(at) & 0xffffff, value: p.readUInt32BE(at + 4) });
      }
      return { type: "SETTINGS", flags, settings };
    }
    case FrameType.PING:
      expectLength("PING", length, length === 4);
      return { type: "PING", id: p.readUInt32BE(0) };
    case FrameType.GOAWAY:
      expectLength("GOAWAY", length, length === 8);
      return { type: "GOAWAY", lastGoodStreamId: p.readUInt32BE(0) & MAX_31BIT, status: p.readUInt32BE(4) };
    case FrameType.WINDOW_UPDATE: {
      expectLength("WINDOW_UPDATE", length, length === 8);
      const delta = p.readUInt32BE(4) & MAX_31BIT;
      if (delta === 0) throw new SpdySessionError("WINDOW_UPDATE with delta 0");
      return { type: "WINDOW_UPDATE", streamId: p.readUInt32BE(0) & MAX_31BIT, delta };
    }
    default:
      return { type: "UNKNOWN", frameType: type };
  }
}

function control(type: number, flags: number, payload: Buffer): Buffer {
  if (payload.length > MAX_FRAME_LENGTH) throw new RangeError(`frame payload of ${payload.length} bytes`);
  const head = Buffer.alloc(8);
  head.writeUInt32BE((0x8000 | SPDY_VERSION) * 0x10000 + type, 0);
  head.writeUInt32BE(flags * 0x1000000 + payload.length, 4);
  return Buffer.concat([head, payload]);
}

function words(...values: number[]): Buffer {
  const out = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => out.writeUInt32BE(v >>> 0, 4 * i));
  return out;
}

export function encodeData(streamId: number, data: Buffer, flags = 0): Buffer {
  if (data.length > MAX_FRAME_LENGTH) throw new RangeError(`DATA payload of ${data.length} bytes`);
  const head = words(streamId & MAX_31BIT, flags * 0x1000000 + data.length);
  return data.length === 0 ? head : Buffer.concat([head, data]);
}

export function encodeSynStream(
  streamId: number,
  headerBlock: Buffer,
  flags = 0,
  associatedTo = 0,
  priority = 0,
): Buffer {
  const fixed = Buffer.alloc(10);
  fixed.writeUInt32BE(streamId & MAX_31BIT, 0);
  fixed.writeUInt32BE(associatedTo & MAX_31BIT, 4);
  fixed[8] = (priority & 7) << 5;
  return control(FrameType.SYN_STREAM, flags, Buffer.concat([fixed, headerBlock]));
}

export function encodeSynReply(streamId: number, headerBlock: Buffer, flags = 0): Buffer {
  return control(FrameType.SYN_REPLY, flags, Buffer.concat([words(streamId & MAX_31BIT), headerBlock]));
}

export function encodeHeaders(streamId: number, headerBlock: Buffer, flags = 0): Buffer {
  return control(FrameType.HEADERS, flags, Buffer.concat([words(streamId & MAX_31BIT), headerBlock]));
}

export function encodeRstStream(streamId: number, status: number): Buffer {
  return control(FrameType.RST_STREAM, 0, words(streamId & MAX_31BIT, status));
}

export function encodeSettings(settings: readonly Setting[], flags = 0): Buffer {
  const body = Buffer.alloc(4 + 8 * settings.length);
  body.writeUInt32BE(settings.length, 0);
  settings.forEach((s, i) => {
    body.writeUInt32BE(((s.flags & 0xff) * 0x1000000 + (s.id & 0xffffff)) >>> 0, 4 + 8 * i);
    body.writeUInt32BE(s.value >>> 0, 8 + 8 * i);
  });
  return control(FrameType.SETTINGS, flags, body);
}

export function encodePing(id: number): Buffer {
  return control(FrameType.PING, 0, words(id));
}

export function encodeGoAway(lastGoodStreamId: number, status: number): Buffer {
  return control(FrameType.GOAWAY, 0, words(lastGoodStreamId & MAX_31BIT, status));
}

export function encodeWindowUpdate(streamId: number, delta: number): Buffer {
  return control(FrameType.WINDOW_UPDATE, 0, words(streamId & MAX_31BIT, delta & MAX_31BIT));
}
