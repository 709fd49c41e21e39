import { describe, expect, it } from "vitest";
import { SPDY3_DICTIONARY } from "./dictionary.ts";
import {
  FLAG_FIN,
  FrameReader,
  RstStatus,
  SettingId,
  SpdySessionError,
  encodeData,
  encodeGoAway,
  encodeHeaders,
  encodePing,
  encodeRstStream,
  encodeSettings,
  encodeSynReply,
  encodeSynStream,
  encodeWindowUpdate,
  parseFrame,
} from "./frames.ts";
import { HeaderCompressor, HeaderDecompressor, decodeHeaderBlock, encodeHeaderBlock } from "./headers.ts";

/**
 * Frames written by client-go's SPDY framer (github.com/moby/spdystream/spdy v0.5.0), the one
 * kube-apiserver and kubectl use, captured once with a small Go program: one compression
 * context, in this order.
 */
const GO = {
  syn1: "800300010000003d0000000100000000000078f9e3c6a7c202253a48f95b044aab4c16060c0c0c9c4590d8ca04a5624603703a2c294a4dcc851635aca9a08800000000ffff",
  syn3: "800300010000001a00000003000000000000826a459502954289840c04000000ffff",
  reply3fin: "800300020100000e000000036260606000000000ffff",
  headers3: "8003000800000016000000030231402654e88294331b321801000000ffff",
  data3fin: "000000030100000568656c6c6f",
  rst3cancel: "80030003000000080000000300000005",
  ping1: "800300060000000400000001",
  goaway3: "80030007000000080000000300000000",
  settings: "80030004000000140000000200000007000100000000000400000064",
  window3: "80030009000000080000000300008000",
};
const hex = (s: string): Buffer => Buffer.from(s, "hex");

function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

describe("SPDY/3 dictionary", () => {
  it("has the spec's length and the checksum client-go writes into its zlib header", () => {
    expect(SPDY3_DICTIONARY.length).toBe(1423);
    // 78 f9 e3c6a7c2: the DICTID of every header stream client-go starts.
    expect(adler32(SPDY3_DICTIONARY)).toBe(0xe3c6a7c2);
    expect(hex(GO.syn1).subarray(18, 24).toString("hex")).toBe("78f9e3c6a7c2");
  });
});

describe("FrameReader on client-go's frames", () => {
  it("parses every frame type and inflates the header blocks in order", async () => {
    const all = Buffer.concat(Object.values(GO).map(hex));
    const reader = new FrameReader();
    const frames = reader.push(all);
    expect(frames.map((f) => f.type)).toEqual([
      "SYN_STREAM",
      "SYN_STREAM",
      "SYN_REPLY",
      "HEADERS",
      "DATA",
      "RST_STREAM",
      "PING",
      "GOAWAY",
      "SETTINGS",
      "WINDOW_UPDATE",
    ]);
    const inflater = new HeaderDecompressor(65536);
    const blocks = [];
    for (const f of frames)
      if ("headerBlock" in f) blocks.push(decodeHeaderBlock(await inflater.decompress(f.headerBlock)));
    expect(blocks[0]).toEqual(
      new Map([
        ["port", ["80"]],
        ["requestid", ["0"]],
        ["streamtype", ["error"]],
      ]),
    );
    expect(blocks[1]!.get("streamtype")).toEqual(["data"]);
    expect(blocks[2]!.size).toBe(0);
    expect(blocks[3]).toEqual(new Map([["x-a", ["1", "2"]]]));
    expect(frames[0]).toMatchObject({ streamId: 1, associatedTo: 0, priority: 0, flags: 0 });
    expect(frames[2]).toMatchObject({ streamId: 3, flags: FLAG_FIN });
    expect(frames[4]).toMatchObject({ streamId: 3, flags: FLAG_FIN, data: Buffer.from("hello") });
    expect(frames[5]).toEqual({ type: "RST_STREAM", streamId: 3, status: RstStatus.CANCEL });
    expect(frames[6]).toEqual({ type: "PING", id: 1 });
    expect(frames[7]).toEqual({ type: "GOAWAY", lastGoodStreamId: 3, status: 0 });
    expect(frames[8]).toEqual({
      type: "SETTINGS",
      flags: 0,
      settings: [
        { id: SettingId.INITIAL_WINDOW_SIZE, flags: 0, value: 65536 },
        { id: SettingId.MAX_CONCURRENT_STREAMS, flags: 0, value: 100 },
      ],
    });
    expect(frames[9]).toEqual({ type: "WINDOW_UPDATE", streamId: 3, delta: 32768 });
    inflater.close();
  });

  it("assembles frames fed one byte at a time", () => {
    const all = Buffer.concat(Object.values(GO).map(hex));
    const reader = new FrameReader();
    const frames = [];
    for (let i = 0; i < all.length; i++) frames.push(...reader.push(all.subarray(i, i + 1)));
    expect(frames).toHaveLength(10);
    expect(reader.pending).toBe(0);
  });
});

describe("serializers", () => {
  it("write the same bytes as client-go for the fixed-layout frames", () => {
    expect(encodeData(3, Buffer.from("hello"), FLAG_FIN)).toEqual(hex(GO.data3fin));
    expect(encodeRstStream(3, RstStatus.CANCEL)).toEqual(hex(GO.rst3cancel));
    expect(encodePing(1)).toEqual(hex(GO.ping1));
    expect(encodeGoAway(3, 0)).toEqual(hex(GO.goaway3));
    expect(
      encodeSettings([
        { id: SettingId.INITIAL_WINDOW_SIZE, flags: 0, value: 65536 },
        { id: SettingId.MAX_CONCURRENT_STREAMS, flags: 0, value: 100 },
      ]),
    ).toEqual(hex(GO.settings));
    expect(encodeWindowUpdate(3, 32768)).toEqual(hex(GO.window3));
  });

  it("round-trips header frames through compression", async () => {
    const deflater = new HeaderCompressor();
    const inflater = new HeaderDecompressor(65536);
    const reader = new FrameReader();
    const headers: [string, string][] = [
      ["streamtype", "data"],
      ["port", "8080"],
    ];
    const bytes = Buffer.concat([
      encodeSynStream(5, await deflater.compress(encodeHeaderBlock(headers)), FLAG_FIN, 0, 3),
      encodeSynReply(6, await deflater.compress(encodeHeaderBlock([]))),
      encodeHeaders(5, await deflater.compress(encodeHeaderBlock([["X-Multi", ["a", "b"]]])), FLAG_FIN),
    ]);
    const frames = reader.push(bytes);
    expect(frames[0]).toMatchObject({ type: "SYN_STREAM", streamId: 5, priority: 3, flags: FLAG_FIN });
    expect(frames[1]).toMatchObject({ type: "SYN_REPLY", streamId: 6 });
    expect(frames[2]).toMatchObject({ type: "HEADERS", streamId: 5, flags: FLAG_FIN });
    const decoded = [];
    for (const f of frames)
      if ("headerBlock" in f) decoded.push(decodeHeaderBlock(await inflater.decompress(f.headerBlock)));
    expect(decoded[0]).toEqual(
      new Map([
        ["streamtype", ["data"]],
        ["port", ["8080"]],
      ]),
    );
    expect(decoded[1]!.size).toBe(0);
    expect(decoded[2]).toEqual(new Map([["x-multi", ["a", "b"]]]));
    deflater.close();
    inflater.close();
  });
});

describe("malformed frames", () => {
  const bad =
    (bytes: Buffer): (() => void) =>
    () =>
      new FrameReader().push(bytes);
  const control = (type: number, flags: number, payload: Buffer, version = 3): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt16BE(0x8000 | version, 0);
    head.writeUInt16BE(type, 2);
    head.writeUInt32BE(flags * 0x1000000 + payload.length, 4);
    return Buffer.concat([head, payload]);
  };
  it("are session errors with a reason", () => {
    expect(bad(control(3, 0, Buffer.alloc(4)))).toThrow(/RST_STREAM frame with invalid length 4/);
    expect(bad(control(3, 0, Buffer.from("0000000100000000", "hex")))).toThrow(/status 0/);
    expect(bad(control(6, 0, Buffer.alloc(8)))).toThrow(/PING frame with invalid length 8/);
    expect(bad(control(7, 0, Buffer.alloc(4)))).toThrow(/GOAWAY/);
    expect(bad(control(9, 0, Buffer.from("0000000100000000", "hex")))).toThrow(/delta 0/);
    expect(bad(control(4, 0, Buffer.from("00000002", "hex")))).toThrow(/SETTINGS frame with invalid length/);
    expect(bad(control(1, 0, Buffer.alloc(6)))).toThrow(/SYN_STREAM frame with invalid length 6/);
    expect(bad(control(1, 0, Buffer.alloc(10)))).toThrow(/SYN_STREAM frame on stream 0/);
    expect(bad(control(2, 0, Buffer.alloc(2)))).toThrow(/SYN_REPLY/);
    expect(bad(control(8, 0, Buffer.alloc(4)))).toThrow(/HEADERS frame on stream 0/);
    expect(bad(control(1, 0, Buffer.alloc(10), 2))).toThrow(/unsupported SPDY version 2/);
    expect(bad(encodeData(0, Buffer.from("x")))).toThrow(SpdySessionError);
  });

  it("skip unknown control frame types", () => {
    expect(new FrameReader().push(control(10, 0, Buffer.alloc(12)))).toEqual([
      { type: "UNKNOWN", frameType: 10 },
    ]);
  });

  it("refuse an oversized control frame before buffering it", () => {
    const reader = new FrameReader({ maxControlLength: 100 });
    expect(() => reader.push(control(1, 0, Buffer.alloc(101)).subarray(0, 8))).toThrow(
      /exceeds the limit of 100/,
    );
  });

  it("skip an oversized DATA frame's payload and report it", () => {
    const reader = new FrameReader({ maxDataLength: 10 });
    const big = encodeData(1, Buffer.alloc(50, 1));
    const next = encodeData(1, Buffer.from("ok"));
    expect(reader.push(big.subarray(0, 20))).toEqual([{ type: "OVERSIZED_DATA", streamId: 1, length: 50 }]);
    expect(reader.push(Buffer.concat([big.subarray(20), next]))).toMatchObject([
      { type: "DATA", data: Buffer.from("ok") },
    ]);
  });

  it("skip an oversized DATA frame whose header ends a chunk (found by the fuzz test)", () => {
    const reader = new FrameReader({ maxDataLength: 10 });
    const big = encodeData(1, Buffer.alloc(50, 1));
    expect(reader.push(big.subarray(0, 8))).toEqual([{ type: "OVERSIZED_DATA", streamId: 1, length: 50 }]);
    expect(reader.push(big.subarray(8))).toEqual([]);
    expect(reader.push(encodePing(3))).toEqual([{ type: "PING", id: 3 }]);
  });

  it("parseFrame reads a lone frame", () => {
    expect(parseFrame(encodePing(7))).toEqual({ type: "PING", id: 7 });
  });
});

describe("header blocks", () => {
  it("refuse malformed blocks", () => {
    const block = (...fields: (string | number)[]): Buffer =>
      Buffer.concat(
        fields.map((f) => {
          if (typeof f === "number") {
            const b = Buffer.alloc(4);
            b.writeUInt32BE(f);
            return b;
          }
          return Buffer.from(f);
        }),
      );
    expect(() => decodeHeaderBlock(Buffer.alloc(2))).toThrow(/shorter than its pair count/);
    expect(() => decodeHeaderBlock(block(1000000, 1, "a"))).toThrow(/cannot fit/);
    expect(() => decodeHeaderBlock(block(1, 0, 1, "x"))).toThrow(/empty header name/);
    expect(() => decodeHeaderBlock(block(1, 1, "A", 1, "x"))).toThrow(/not lowercase/);
    expect(() => decodeHeaderBlock(block(2, 1, "a", 1, "x", 1, "a", 1, "y"))).toThrow(/appears twice/);
    expect(() => decodeHeaderBlock(block(1, 1, "a", 9, "x"))).toThrow(/overruns the block/);
    expect(() => decodeHeaderBlock(block(1, 1, "a", 1, "x", "zz"))).toThrow(/2 trailing bytes/);
    expect(decodeHeaderBlock(block(1, 1, "a", 3, "x\0y"))).toEqual(new Map([["a", ["x", "y"]]]));
  });

  it("bound what a block may inflate to", async () => {
    const deflater = new HeaderCompressor();
    const inflater = new HeaderDecompressor(1000);
    const compressed = await deflater.compress(encodeHeaderBlock([["x", "a".repeat(100_000)]]));
    expect(compressed.length).toBeLessThan(1000);
    await expect(inflater.decompress(compressed)).rejects.toThrow(/more than 1000 bytes/);
    await expect(inflater.decompress(compressed)).rejects.toThrow(SpdySessionError);
    deflater.close();
    inflater.close();
  });

  it("reject a block that is not zlib", async () => {
    const inflater = new HeaderDecompressor(1000);
    await expect(inflater.decompress(Buffer.from("not zlib at all"))).rejects.toThrow(
      /header decompression failed/,
    );
    inflater.close();
  });
});
