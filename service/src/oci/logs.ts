/**
 * Container logs from OCI: RetrieveLogs returns the most recent 256 KB of one container's
 * output (or of its previous run), as raw bytes. There is no follow, since or tail: the
 * kubelet API emulates those (see ../kubelet/logs.ts).
 */
import type { Readable } from "node:stream";
import type { ContainerInstanceClient } from "oci-containerinstances";
import { call } from "./errors.ts";

/** What RetrieveLogs keeps per container run. */
export const RETRIEVE_LOGS_WINDOW_BYTES = 256 * 1024;

export type LogSource = (containerId: string, previous: boolean) => Promise<Buffer>;

async function toBuffer(value: Readable | ReadableStream | undefined): Promise<Buffer> {
  if (!value) return Buffer.alloc(0);
  if (typeof (value as ReadableStream).getReader === "function") {
    return Buffer.from(await new Response(value as ReadableStream).arrayBuffer());
  }
  const chunks: Buffer[] = [];
  for await (const chunk of value as Readable) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * A LogSource over the SDK. `limit` is awaited before each call (the client-side rate limit
 * for "other" operations); failures are the typed errors of ../errors.ts.
 */
export function ociLogSource(
  client: Pick<ContainerInstanceClient, "retrieveLogs">,
  limit: () => Promise<void> = async () => {},
  observe?: (operation: string, status: number) => void,
): LogSource {
  return async (containerId, previous) => {
    await limit();
    const res = await call(
      "RetrieveLogs",
      () => client.retrieveLogs({ containerId, ...(previous ? { isPrevious: true } : {}) }),
      observe,
    );
    return toBuffer(res.value);
  };
}
