/**
 * SPDY/3 header blocks (section 2.6.10): a 32-bit count of name/value pairs, each name and
 * value prefixed by its 32-bit length. Names are lowercase and unique; several values of one
 * name are joined with NUL. Each direction of a session compresses its header blocks with one
 * zlib stream primed with `SPDY3_DICTIONARY`, flushed (Z_SYNC_FLUSH) at the end of every block,
 * so blocks must be inflated in the order they arrive and deflated in the order they are sent.
 */
import { type Deflate, type Inflate, constants, createDeflate, createInflate } from "node:zlib";
import { SPDY3_DICTIONARY } from "./dictionary.ts";
import { SpdySessionError } from "./frames.ts";

/** Header names (lowercase) to their values. */
export type SpdyHeaders = ReadonlyMap<string, readonly string[]>;

/** Serializes `headers` into an uncompressed header block; names are lowercased. */
export function encodeHeaderBlock(headers: Iterable<readonly [string, readonly string[] | string]>): Buffer {
  const parts: Buffer[] = [];
  let count = 0;
  const field = (text: string): void => {
    const bytes = Buffer.from(text, "utf8");
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    parts.push(length, bytes);
  };
  for (const [name, value] of headers) {
    field(name.toLowerCase());
    field(typeof value === "string" ? value : value.join("\0"));
    count++;
  }
  const head = Buffer.alloc(4);
  head.writeUInt32BE(count);
  return Buffer.concat([head, ...parts]);
}

/**
 * Parses an uncompressed header block.
 * @throws SpdySessionError when the block is truncated, has trailing bytes, an empty, uppercase
 *   or repeated name, or an empty value (the spec's PROTOCOL_ERROR cases).
 */
export function decodeHeaderBlock(block: Buffer): SpdyHeaders {
  const fail = (why: string): never => {
    throw new SpdySessionError(`malformed header block: ${why}`);
  };
  if (block.length < 4) fail("shorter than its pair count");
  const count = block.readUInt32BE(0);
  // Each pair takes at least 8 bytes: refuse counts the block cannot hold before looping.
  if (count > (block.length - 4) / 8) fail(`${count} pairs cannot fit in ${block.length} bytes`);
  const headers = new Map<string, string[]>();
  let at = 4;
  const field = (what: string): string => {
    if (at + 4 > block.length) fail(`truncated ${what} length`);
    const length = block.readUInt32BE(at);
    at += 4;
    if (length > block.length - at) fail(`${what} of ${length} bytes overruns the block`);
    const text = block.toString("utf8", at, at + length);
    at += length;
    return text;
  };
  for (let i = 0; i < count; i++) {
    const name = field("name");
    if (name === "") fail("empty header name");
    if (name !== name.toLowerCase()) fail(`header name ${JSON.stringify(name)} is not lowercase`);
    if (headers.has(name)) fail(`header ${JSON.stringify(name)} appears twice`);
    const value = field("value");
    headers.set(name, value.split("\0"));
  }
  if (at !== block.length) fail(`${block.length - at} trailing bytes`);
  return headers;
}

/** The first value of `name`, if any. */
export function headerValue(headers: SpdyHeaders, name: string): string | undefined {
  return headers.get(name.toLowerCase())?.[0];
}

/**
 * Inflates the header blocks of one direction of a session, in order. A block that inflates to
 * more than `maxBlockSize` bytes (a compression bomb or an oversized header set) or that is not
 * valid zlib ends the session: the shared context is lost.
 */
export class HeaderDecompressor {
  private readonly inflate: Inflate;
  private readonly maxBlockSize: number;
  private chain: Promise<unknown> = Promise.resolve();
  private failed: Error | undefined;

  constructor(maxBlockSize: number) {
    this.maxBlockSize = maxBlockSize;
    this.inflate = createInflate({ dictionary: SPDY3_DICTIONARY });
    this.inflate.on("error", (error: Error) => {
      this.failed ??= error;
    });
  }

  /** Inflates one compressed block; calls are served in order. */
  decompress(compressed: Buffer): Promise<Buffer> {
    const run = this.chain.then(() => this.run(compressed));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private run(compressed: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      if (this.failed)
        return reject(new SpdySessionError(`header decompression failed: ${this.failed.message}`));
      const out: Buffer[] = [];
      let size = 0;
      let over = false;
      const onData = (chunk: Buffer): void => {
        size += chunk.length;
        if (size > this.maxBlockSize) over = true;
        else out.push(chunk);
      };
      const onError = (error: Error): void => finish(error);
      const finish = (error?: Error): void => {
        this.inflate.off("data", onData);
        this.inflate.off("error", onError);
        if (error) return reject(new SpdySessionError(`header decompression failed: ${error.message}`));
        if (over) {
          this.failed = new Error("header block too large");
          return reject(
            new SpdySessionError(`header block inflates to more than ${this.maxBlockSize} bytes`),
          );
        }
        resolve(Buffer.concat(out, size));
      };
      this.inflate.on("data", onData);
      this.inflate.once("error", onError);
      this.inflate.write(compressed);
      this.inflate.flush(constants.Z_SYNC_FLUSH, () => {
        if (!this.failed) finish();
      });
    });
  }

  close(): void {
    this.inflate.destroy();
  }
}

/** Deflates the header blocks of one direction of a session, in order. */
export class HeaderCompressor {
  private readonly deflate: Deflate;
  private chain: Promise<unknown> = Promise.resolve();

  constructor() {
    this.deflate = createDeflate({ dictionary: SPDY3_DICTIONARY });
  }

  /** Compresses one uncompressed block; calls are served in order. */
  compress(block: Buffer): Promise<Buffer> {
    const run = this.chain.then(
      () =>
        new Promise<Buffer>((resolve, reject) => {
          const out: Buffer[] = [];
          const onData = (chunk: Buffer): void => void out.push(chunk);
          const onError = (error: Error): void => {
            this.deflate.off("data", onData);
            reject(error);
          };
          this.deflate.on("data", onData);
          this.deflate.once("error", onError);
          this.deflate.write(block);
          this.deflate.flush(constants.Z_SYNC_FLUSH, () => {
            this.deflate.off("data", onData);
            this.deflate.off("error", onError);
            resolve(Buffer.concat(out));
          });
        }),
    );
    this.chain = run.catch(() => undefined);
    return run;
  }

  close(): void {
    this.deflate.destroy();
  }
}
