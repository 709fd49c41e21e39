// A container run's output as RetrieveLogs keeps it: the most recent LOG_LIMIT_BYTES, stdout and
// stderr interleaved in arrival order. Chunks are kept as they come and the oldest dropped whole
// while the rest still covers the limit, so appends stay cheap.
import { LOG_LIMIT_BYTES } from "../logs.ts";

export class LogBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  private readonly limit: number;

  constructor(limit = LOG_LIMIT_BYTES) {
    this.limit = limit;
  }

  append(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.chunks.length > 1 && this.size - this.chunks[0]!.length >= this.limit) {
      this.size -= this.chunks.shift()!.length;
    }
  }

  /** The last `limit` bytes written. */
  tail(): Buffer {
    const all = Buffer.concat(this.chunks, this.size);
    return all.length > this.limit ? all.subarray(all.length - this.limit) : all;
  }
}
