/**
 * Random and malformed input never crashes the process: the frame reader either returns frames
 * or throws SpdySessionError, and a session answers anything with frames, RST_STREAM or GOAWAY.
 * Fixed seeds, so a failure reproduces.
 */
import { duplexPair } from "node:stream";
import { describe, expect, it } from "vitest";
import { createRng } from "../../../../tools/emulator/rng.ts";
import {
  FLAG_FIN,
  FrameReader,
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
} from "./frames.ts";
import { HeaderCompressor, encodeHeaderBlock } from "./headers.ts";
import { SpdySession } from "./session.ts";

/** A seeded source of numbers in [0, 1) (the emulator's mulberry32). */
const rng = (seed: number): (() => number) => createRng(seed).next;

function bytes(random: () => number, n: number): Buffer {
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/** A frame of a random type with random fields, valid or not. */
async function randomFrame(random: () => number, deflater: HeaderCompressor): Promise<Buffer> {
  const int = (n: number): number => Math.floor(random() * n);
  const id = random() < 0.7 ? 1 + 2 * int(8) : int(2 ** 31);
  const block = async (): Promise<Buffer> =>
    random() < 0.8
      ? deflater.compress(
          encodeHeaderBlock([
            ["streamtype", random() < 0.5 ? "data" : "error"],
            ["port", String(int(70000))],
            ["x", "v".repeat(random() < 0.05 ? 200_000 : int(100))],
          ]),
        )
      : bytes(random, int(64));
  switch (int(11)) {
    case 0:
      return encodeSynStream(id, await block(), int(4));
    case 1:
      return encodeSynReply(id, await block(), int(2));
    case 2:
      return encodeHeaders(id, await block(), int(2) * FLAG_FIN);
    case 3:
      return encodeData(id, bytes(random, random() < 0.1 ? 70_000 : int(2000)), int(2));
    case 4:
      return encodeRstStream(id, int(12));
    case 5:
      return encodeSettings(
        Array.from({ length: int(4) }, () => ({ id: int(9), flags: int(3), value: int(2 ** 32) })),
        int(2),
      );
    case 6:
      return encodePing(int(2 ** 32));
    case 7:
      return encodeGoAway(id, int(3));
    case 8:
      return encodeWindowUpdate(id, int(2 ** 31));
    case 9: {
      // A valid frame, then damaged: a flipped byte or a cut.
      const frame = encodeData(id, bytes(random, int(100)));
      const at = int(frame.length);
      if (random() < 0.5) frame[at] = frame[at]! ^ (1 << int(8));
      return frame.subarray(0, int(frame.length + 1));
    }
    default:
      return bytes(random, int(64));
  }
}

describe("FrameReader fuzz", () => {
  it("returns frames or throws SpdySessionError for 20,000 random inputs", async () => {
    const random = rng(17);
    const deflater = new HeaderCompressor();
    const others: unknown[] = [];
    for (let i = 0; i < 20_000; i++) {
      const reader = new FrameReader({ maxDataLength: 65536, maxControlLength: 8192 });
      const input = Buffer.concat(
        await Promise.all([randomFrame(random, deflater), randomFrame(random, deflater)]),
      );
      try {
        let at = 0;
        while (at < input.length) {
          const n = 1 + Math.floor(random() * 40);
          reader.push(input.subarray(at, at + n));
          at += n;
        }
      } catch (error) {
        if (!(error instanceof SpdySessionError)) others.push(error);
      }
    }
    deflater.close();
    expect(others.slice(0, 3).map(String)).toEqual([]);
  }, 120_000);
});

describe("SpdySession fuzz", () => {
  it("survives 2,000 sessions of random and malformed frames", async () => {
    const random = rng(42);
    let goaways = 0;
    for (let i = 0; i < 2000; i++) {
      const [client, server] = duplexPair();
      const session = new SpdySession(server, {
        role: "server",
        maxConcurrentStreams: 4,
        maxHeaderBlockSize: 16 * 1024,
        maxDataFrameSize: 32 * 1024,
        initialWindow: 4096,
        flowControl: random() < 0.5 ? "auto" : "strict",
      });
      session.on("stream", (stream) => {
        stream.on("error", () => undefined);
        const roll = random();
        if (roll < 0.6) stream.reply();
        if (roll < 0.3) stream.end(bytes(random, Math.floor(random() * 10_000)));
        else if (roll < 0.4) stream.reset();
        else if (roll < 0.5) stream.pause();
        else stream.resume();
      });
      let answered = 0;
      client.on("data", (chunk: Buffer) => {
        answered += chunk.length;
        if (chunk.includes(Buffer.from([0x80, 0x03, 0x00, 0x07]))) goaways++;
      });
      client.on("error", () => undefined);
      // One compression context per session, as a real client has.
      const deflater = new HeaderCompressor();
      const frames: Buffer[] = [];
      for (let n = 1 + Math.floor(random() * 12); n > 0; n--)
        frames.push(await randomFrame(random, deflater));
      const input = Buffer.concat(frames);
      for (let at = 0; at < input.length;) {
        const n = 1 + Math.floor(random() * 4096);
        client.write(input.subarray(at, at + n));
        at += n;
      }
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 0));
      expect(answered).toBeGreaterThan(0);
      session.close("fuzz iteration over");
      client.destroy();
      deflater.close();
    }
    // Sanity: the inputs did exercise the error paths.
    expect(goaways).toBeGreaterThan(100);
  }, 120_000);
});
