/**
 * Container logs from OCI: RetrieveLogs returns the most recent 256 KB of one container's
 * output (or of its previous run), as raw bytes. There is no follow, since or tail: the
 * kubelet API emulates those (see ../kubelet/logs.ts).
 */
import type { Readable } from "node:stream";

/** What RetrieveLogs keeps per container run. */
export const RETRIEVE_LOGS_WINDOW_BYTES = 256 * 1024;

/** The body of a RetrieveLogs response (a Node stream or a web stream, by SDK version) as bytes. */
export async function logBytes(value: Readable | ReadableStream | undefined): Promise<Buffer> {
  if (!value) return Buffer.alloc(0);
  if (typeof (value as ReadableStream).getReader === "function") {
    return Buffer.from(await new Response(value as ReadableStream).arrayBuffer());
  }
  const chunks: Buffer[] = [];
  for await (const chunk of value as Readable) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
