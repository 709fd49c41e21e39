/**
 * A small Kubernetes REST client: plain JSON over one keep-alive HTTPS agent, with the
 * credentials of a kubeconfig (or the in-cluster service account), a client-side token
 * bucket, and typed errors. Objects stay as the apiserver sent them (no per-field
 * conversion), which keeps thousands of pods cheap.
 */
import { Agent, type RequestOptions, request } from "node:https";
import { createInterface } from "node:readline";
import { urlToHttpOptions } from "node:url";
import { ExpiredError, TransientError, errorForStatus } from "../errors.ts";
import type { KubeCredentials } from "./credentials.ts";
import { TokenBucket } from "../util/token-bucket.ts";

export interface KubeHttpOptions {
  readonly qps: number;
  readonly burst: number;
  /** Called per request for metrics: method, a path template, status (0 = network error). */
  readonly onRequest?: (method: string, status: number) => void;
}

export interface RequestSpec {
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: unknown;
  readonly contentType?: string;
  /**
   * Ask for the object's metadata only (a meta.k8s.io/v1 PartialObjectMetadata: kind, apiVersion,
   * metadata) instead of the whole object, for callers that read no more of the answer than its
   * metadata (a write's resourceVersion, or nothing). The apiserver serializes and sends a third to
   * a half of a pod; an apiserver that cannot convert falls back to the whole object (the Accept
   * header lists application/json after it). Errors are Status objects either way. @default false
   */
  readonly metadataOnly?: boolean;
}

/** What `metadataOnly` sends (the apiserver's "as=PartialObjectMetadata" media type parameters). */
export const ACCEPT_METADATA =
  "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1, application/json";

export interface WatchEvent<T> {
  readonly type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR";
  readonly object: T;
}

/** Path characters that `new URL` keeps as they are (and Node's request accepts unescaped). */
const SAFE_PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;

/** Credentials are re-read at most this often (in-cluster tokens rotate). */
const AUTH_REFRESH_MS = 60_000;

export class KubeHttp {
  private readonly kubeConfig: KubeCredentials;
  private readonly bucket: TokenBucket;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 32 });
  /**
   * The credentials' options with the server's address and the agent, made once per refresh
   * (a request adds only its method, path and headers).
   */
  private auth: { options: RequestOptions; headers: Record<string, string>; at: number } | undefined;
  /** The server's path prefix (a kubeconfig's server may have one, e.g. behind a proxy). */
  private prefix = "";
  private readonly options: KubeHttpOptions;
  readonly server: string;

  constructor(kubeConfig: KubeCredentials, options: KubeHttpOptions) {
    this.kubeConfig = kubeConfig;
    this.options = options;
    this.bucket = new TokenBucket(options.qps, options.burst);
    const cluster = kubeConfig.getCurrentCluster();
    if (!cluster) throw new Error("kubeconfig has no current cluster");
    this.server = cluster.server.replace(/\/$/, "");
  }

  private async requestOptions(): Promise<{ options: RequestOptions; headers: Record<string, string> }> {
    if (!this.auth || performance.now() - this.auth.at > AUTH_REFRESH_MS) {
      const credentials: RequestOptions = { headers: {} };
      await this.kubeConfig.applyToHTTPSOptions(credentials);
      const server = new URL(this.server);
      const { protocol, hostname, port } = urlToHttpOptions(server);
      this.prefix = server.pathname === "/" ? "" : server.pathname;
      this.auth = {
        options: { ...credentials, protocol, hostname, port, agent: this.agent },
        headers: { ...(credentials.headers as Record<string, string>) },
        at: performance.now(),
      };
    }
    return this.auth;
  }

  /**
   * The request path with the query (undefined values dropped), as `new URL` would make it: a path
   * of characters URL keeps as they are, without dot segments (every valid object name), is used as
   * it is; any other goes through URL.
   */
  private path(path: string, query: RequestSpec["query"] = {}): string {
    const full = this.prefix + path;
    if (SAFE_PATH.test(full) && !full.includes("/.")) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query))
        if (value !== undefined) params.set(key, String(value));
      return params.size > 0 ? `${full}?${params.toString()}` : full;
    }
    const url = new URL(this.server + path);
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) url.searchParams.set(key, String(value));
    return url.pathname + url.search;
  }

  /** One request; resolves with the parsed body, or throws a typed error. */
  async request<T>(method: string, path: string, spec: RequestSpec = {}): Promise<T> {
    await this.bucket.take();
    const auth = await this.requestOptions();
    const payload = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const headers: Record<string, string> = {
      ...auth.headers,
      accept: spec.metadataOnly ? ACCEPT_METADATA : "application/json",
    };
    if (payload !== undefined) {
      headers["content-type"] = spec.contentType ?? "application/json";
      headers["content-length"] = String(Buffer.byteLength(payload));
    }
    return new Promise<T>((resolve, reject) => {
      const req = request({ ...auth.options, method, path: this.path(path, spec.query), headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error) =>
          reject(new TransientError(`${method} ${path}: ${error.message}`, 0, "", { cause: error })),
        );
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          this.options.onRequest?.(method, status);
          const text = Buffer.concat(chunks).toString("utf8");
          if (status >= 200 && status < 300) {
            resolve((text ? JSON.parse(text) : undefined) as T);
            return;
          }
          let reason = "";
          let message = text;
          try {
            const parsed = JSON.parse(text) as { reason?: string; message?: string };
            reason = parsed.reason ?? "";
            message = parsed.message ?? text;
          } catch {
            // not a Status object
          }
          reject(errorForStatus(status, reason, `${method} ${path}: ${status} ${message}`));
        });
      });
      req.setTimeout(60_000, () => req.destroy(new Error("request timed out")));
      req.on("error", (error) => {
        this.options.onRequest?.(method, 0);
        reject(new TransientError(`${method} ${path}: ${error.message}`, 0, "", { cause: error }));
      });
      req.end(payload);
    });
  }

  /**
   * Streams a watch until the server ends it, `signal` aborts, or no line arrives for
   * `stallMs` (a silent stall). Resolves normally on a clean end; throws ExpiredError
   * for 410 so the caller relists.
   */
  async watch<T>(
    path: string,
    query: RequestSpec["query"],
    onEvent: (event: WatchEvent<T>) => void,
    options: { signal: AbortSignal; stallMs: number },
  ): Promise<void> {
    await this.bucket.take();
    const auth = await this.requestOptions();
    const target = this.path(path, { ...query, watch: true, allowWatchBookmarks: true });
    await new Promise<void>((resolve, reject) => {
      let stall: NodeJS.Timeout | undefined;
      let settled = false;
      // Every way a watch can end goes through here once: clean end, abort, error, stall.
      const finish = (error?: unknown): void => {
        if (settled) return;
        settled = true;
        clearTimeout(stall);
        options.signal.removeEventListener("abort", abort);
        req.destroy();
        if (!error || options.signal.aborted) resolve();
        else if (error instanceof ExpiredError || error instanceof TransientError) reject(error);
        else if (error instanceof Error && "status" in error) reject(error);
        else
          reject(
            new TransientError(
              `WATCH ${path}: ${error instanceof Error ? error.message : String(error)}`,
              0,
              "",
              { cause: error },
            ),
          );
      };
      const abort = (): void => finish();
      const req = request({ ...auth.options, method: "GET", path: target }, (res) => {
        const status = res.statusCode ?? 0;
        this.options.onRequest?.("WATCH", status);
        if (status !== 200) {
          res.resume();
          finish(errorForStatus(status, "", `WATCH ${path}: ${status}`));
          return;
        }
        const armStall = (): void => {
          clearTimeout(stall);
          stall = setTimeout(
            () => finish(new TransientError(`WATCH ${path}: no data for ${options.stallMs} ms`)),
            options.stallMs,
          );
        };
        armStall();
        const lines = createInterface({ input: res, crlfDelay: Infinity });
        lines.on("error", finish);
        res.on("error", finish);
        res.on("end", () => finish());
        lines.on("line", (line) => {
          if (settled || !line) return;
          armStall();
          try {
            const event = JSON.parse(line) as WatchEvent<T>;
            if (event.type === "ERROR") {
              const code = (event.object as { code?: number }).code ?? 500;
              finish(
                code === 410
                  ? new ExpiredError("watch expired", 410)
                  : errorForStatus(code, "", `WATCH ${path}: error event`),
              );
              return;
            }
            onEvent(event);
          } catch (error) {
            finish(error);
          }
        });
      });
      options.signal.addEventListener("abort", abort, { once: true });
      req.on("error", finish);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
