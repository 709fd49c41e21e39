/**
 * The OCI SDK's HTTP transport over `node:http`/`node:https` instead of WHATWG `fetch` (issue 18).
 * See {@link NodeHttpClient}.
 */
import * as http from "node:http";
import * as https from "node:https";
import type { Readable } from "node:stream";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import type * as common from "oci-common";
// Not re-exported by oci-common's index; FetchHttpClient uses this same function.
import { getSignerAndReqBody } from "oci-common/lib/helper.js";
import { BufferedResponse } from "./buffered-response.ts";

export interface NodeHttpClientOptions {
  /** Open connections per origin (host and port), shared by every client given this one. Default 64. */
  readonly maxSockets?: number;
  /**
   * Milliseconds to wait for a new TCP connection (a TLS handshake counts as idle time).
   * Default 10,000 (undici's connect timeout).
   */
  readonly connectTimeoutMs?: number;
  /**
   * Milliseconds the socket may stay silent while a request waits for its response headers or body.
   * Default 300,000 (undici's headers and body timeouts, which bounded the SDK's fetch).
   */
  readonly idleTimeoutMs?: number;
}

/** A failure below HTTP (connect, reset, timeout). No `statusCode`: errors.ts classifies it as transient. */
export class HttpTransportError extends Error {
  /** Node's error code (`ECONNREFUSED`, `ECONNRESET`, ...) or ours (`ETIMEDOUT`, `ECONNTIMEOUT`). */
  readonly code: string;
  constructor(message: string, code: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "HttpTransportError";
    this.code = code;
  }
}

const decoders: Record<string, (body: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  "x-gzip": promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** Statuses whose response has no body (fetch gives them a null body). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * An oci-common `HttpClient` that signs each request exactly as the SDK's `FetchHttpClient` does
 * (the same `getSignerAndReqBody` split and `forceExcludeBody`), sends it with `node:http` or
 * `node:https` over one keep-alive Agent per protocol, reads the whole response into memory and
 * returns it as a BufferedResponse: status, statusText, every header, and the body bytes as
 * received (after content decoding). The generated clients read `status`, `headers.get(...)`,
 * `json()`, `text()` and, for RetrieveLogs, `body` as a web stream.
 *
 * Why: fetch (undici) makes a WHATWG Request, web-stream bodies and header lists for every call.
 * Measured with the same SDK clients against the emulator, this client takes 30% less main-thread
 * CPU per call (a pod's five calls 1.07 ms instead of 1.54 ms; docs/benchmarks.md, "OCI HTTP
 * client", has the figures and the command); the rest is the SDK's own.
 *
 * Behaviour kept from fetch: HTTP error statuses are returned, not thrown, so the SDK's retrier
 * builds its `OciError`; a connection that fails, resets or times out rejects with an
 * {@link HttpTransportError} (no `statusCode`, so `fromOciError` in errors.ts makes it a
 * `TransientError`). Differences: redirects are returned, not followed (OCI's APIs answer none);
 * no `Accept-Encoding` is sent (responses arrive uncompressed; gzip, deflate and br are still
 * decoded if a server sends them); at most `maxSockets` connections per origin are open, further
 * requests wait in the Agent.
 *
 * Errors: rejects with `HttpTransportError` as above, or with whatever the signer throws.
 */
export class NodeHttpClient implements common.HttpClient {
  private readonly signer: common.RequestSigner | null;
  private readonly connectTimeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly agents: { readonly "http:": http.Agent; readonly "https:": https.Agent };

  constructor(signer: common.RequestSigner | null, options: NodeHttpClientOptions = {}) {
    this.signer = signer;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 300_000;
    const agentOptions = {
      keepAlive: true,
      maxSockets: options.maxSockets ?? 64,
      scheduling: "lifo" as const,
    };
    this.agents = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) };
  }

  async send(request: common.HttpRequest, forceExcludeBody = false): Promise<Response> {
    const body = getSignerAndReqBody(request.body, forceExcludeBody) as {
      signerBody: unknown;
      requestBody: string | Readable | undefined;
    };
    if (this.signer) {
      await this.signer.signHttpRequest(
        { method: request.method, headers: request.headers, uri: request.uri, body: body.signerBody },
        forceExcludeBody,
      );
    }
    const url = new URL(request.uri);
    const agent = url.protocol === "https:" ? this.agents["https:"] : this.agents["http:"];
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    const payload = body.requestBody;
    if (typeof payload === "string" && headers["content-length"] === undefined)
      headers["content-length"] = String(Buffer.byteLength(payload));
    return new Promise<Response>((resolve, reject) => {
      const fail = (code: string, message: string, cause?: unknown): void => {
        const error = new HttpTransportError(
          `${request.method} ${url.origin}${url.pathname}: ${message}`,
          code,
          {
            cause,
          },
        );
        outgoing.destroy(error);
        reject(error);
      };
      const transport = url.protocol === "https:" ? https : http;
      const outgoing = transport.request(url, { method: request.method, headers, agent }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", (error: NodeJS.ErrnoException) =>
          fail(error.code ?? "ECONNRESET", error.message, error),
        );
        incoming.on("end", () => {
          void toResponse(incoming, Buffer.concat(chunks), request.uri).then(resolve, (error: unknown) =>
            reject(
              new HttpTransportError(
                `${request.method} ${url.origin}${url.pathname}: ${String(error)}`,
                "EDECODE",
                { cause: error },
              ),
            ),
          );
        });
      });
      outgoing.on("error", (error: NodeJS.ErrnoException) =>
        fail(error.code ?? "ECONNRESET", error.message, error),
      );
      outgoing.setTimeout(this.idleTimeoutMs, () =>
        fail("ETIMEDOUT", `no data for ${this.idleTimeoutMs} ms`),
      );
      outgoing.on("socket", (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(
          () => fail("ECONNTIMEOUT", `connect timed out after ${this.connectTimeoutMs} ms`),
          this.connectTimeoutMs,
        );
        socket.once("connect", () => clearTimeout(timer));
        socket.once("close", () => clearTimeout(timer));
      });
      if (payload === undefined) outgoing.end();
      else if (typeof payload === "string") outgoing.end(payload);
      else payload.on("error", (error) => fail("EBODY", error.message, error)).pipe(outgoing);
    });
  }

  /** Closes the pooled connections; requests in flight fail. */
  close(): void {
    this.agents["http:"].destroy();
    this.agents["https:"].destroy();
  }
}

async function toResponse(incoming: http.IncomingMessage, raw: Buffer, url: string): Promise<Response> {
  const headers = new Headers();
  const pairs = incoming.rawHeaders;
  for (let i = 0; i + 1 < pairs.length; i += 2) headers.append(pairs[i]!, pairs[i + 1]!);
  const status = incoming.statusCode ?? 0;
  const encoding = headers.get("content-encoding")?.trim().toLowerCase();
  const decode = encoding ? decoders[encoding] : undefined;
  const bytes = decode && raw.length > 0 ? await decode(raw) : raw;
  return new BufferedResponse(
    NULL_BODY_STATUSES.has(status) ? null : bytes,
    status,
    incoming.statusMessage ?? "",
    headers,
    url,
  );
}
