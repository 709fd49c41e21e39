/**
 * Responses of the kubelet API: errors as Kubernetes `Status` objects with the apiserver's
 * reasons, every response counted by HTTP status, and path segments decoded safely.
 */
import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { V1Container, V1ContainerStatus, V1Pod } from "@kubernetes/client-node";
import type { KubeletApiMetrics } from "./api-metrics.ts";

/** A failure that becomes a `Status` response with this code and reason. */
export class HttpError extends Error {
  override name = "HttpError";
  readonly code: number;
  readonly reason: string;
  constructor(code: number, reason: string, message: string) {
    super(message);
    this.code = code;
    this.reason = reason;
  }
}

const REASONS: Readonly<Record<number, string>> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  500: "InternalError",
  501: "NotImplemented",
};

function statusBody(code: number, reason: string, message: string): string {
  return JSON.stringify({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message,
    reason,
    code,
  });
}

/**
 * A whole HTTP/1.1 error response as text, for upgrade requests: their socket has no
 * ServerResponse, so the answer is written to it directly (and the connection closed).
 */
export function rawFailure(code: number, message: string, reason = REASONS[code] ?? "Unknown"): string {
  const body = statusBody(code, reason, message);
  return (
    `HTTP/1.1 ${code} ${reason}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** Writes responses and counts them in the kubelet API's metrics. */
export class Responder {
  private readonly metrics: KubeletApiMetrics;

  constructor(metrics: KubeletApiMetrics) {
    this.metrics = metrics;
  }

  send(res: ServerResponse, code: number, body: string | Buffer, type = "application/json"): void {
    this.metrics.countRequest(code);
    if (res.headersSent) {
      res.end();
      return;
    }
    res.writeHead(code, { "content-type": type, "content-length": Buffer.byteLength(body) });
    res.end(body);
  }

  fail(res: ServerResponse, code: number, message: string, reason = REASONS[code] ?? "Unknown"): void {
    this.send(res, code, statusBody(code, reason, message));
  }

  /**
   * A 200 response whose body is `pieces` (e.g. ./json-pieces.ts), written one piece per drain of
   * the socket (chunked, no content-length), so a large body neither exists whole in memory nor
   * holds the event loop while it is produced. A HEAD request gets the headers only. Resolves
   * once the body is written or the client went away (pieces are not produced any further).
   * @throws what producing a piece threw (the response is cut short)
   */
  async stream(res: ServerResponse, pieces: Iterable<string>, type = "application/json"): Promise<void> {
    this.begin(res, { "content-type": type });
    if (res.req.method === "HEAD") {
      res.end();
      return;
    }
    // Two pieces ahead at most: the next piece is serialized only once the socket took the last.
    try {
      await pipeline(Readable.from(pieces, { highWaterMark: 2 }), res);
    } catch (error) {
      if ((error as { code?: string }).code !== "ERR_STREAM_PREMATURE_CLOSE") throw error;
    }
  }

  /** Starts a 200 response whose body the caller writes (streams). */
  begin(res: ServerResponse, headers: Record<string, string | number>): void {
    this.metrics.countRequest(200);
    res.writeHead(200, headers);
  }
}

/** The decoded segments of `path` after `prefix`. */
export function segments(path: string, prefix: string): string[] {
  return path
    .slice(prefix.length)
    .split("/")
    .filter((s) => s !== "")
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        throw new HttpError(400, "BadRequest", `malformed path segment ${JSON.stringify(s)}`);
      }
    });
}

export function findContainer(pod: V1Pod, name: string): V1Container | undefined {
  return [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === name);
}

export function containerStatus(pod: V1Pod, name: string): V1ContainerStatus | undefined {
  return [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find(
    (s) => s.name === name,
  );
}
