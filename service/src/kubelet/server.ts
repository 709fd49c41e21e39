/**
 * The kubelet HTTPS API of the virtual node: what `kubectl logs`, `kubectl top`,
 * metrics-server and the apiserver's node proxy talk to. Every request is authenticated
 * (client certificate or bearer token) and authorized (SubjectAccessReview) first, then
 * routed to its endpoint family: logs (./log-endpoints.ts), usage (./usage-endpoints.ts),
 * pod lists and the API's own metrics (here). Endpoints are listed in docs/kubelet-api.md.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Server, createServer } from "node:https";
import type { Duplex } from "node:stream";
import type { TLSSocket } from "node:tls";
import type { V1Pod } from "@kubernetes/client-node";
import type { FeedEndpoint } from "../agent/feed-endpoint.ts";
import type { PodProvider } from "../provider/types.ts";
import { KubeletApiMetrics } from "./api-metrics.ts";
import { type KubeletAuth, type UserInfo, userFromCertificate } from "./auth.ts";
import { nodeAttributes } from "./authz.ts";
import type { FinalLogs } from "./final-logs.ts";
import { jsonPieces } from "./json-pieces.ts";
import { LogEndpoints } from "./log-endpoints.ts";
import { BadRequest, parseLogOptions } from "./params.ts";
import { type PortForwardService, PortForwardRefused } from "./portforward/service.ts";
import { HttpError, Responder, rawFailure, segments } from "./respond.ts";
import type { UsageCache } from "./stats.ts";
import { UsageEndpoints } from "./usage-endpoints.ts";

export { KubeletApiMetrics } from "./api-metrics.ts";

/** What the kubelet API needs from the provider: snapshots, logs and usage; never a cloud client. */
export type KubeletProvider = Pick<PodProvider, "getInstance" | "containerLogs" | "resourceUsage">;

export interface PodSource {
  /** By `namespace/name`. */
  get(key: string): V1Pod | undefined;
  values(): Iterable<V1Pod>;
}

export interface ServingCertificate {
  readonly cert: string;
  readonly key: string;
}

export interface KubeletApiOptions {
  readonly nodeName: string;
  readonly host: string;
  readonly port: number;
  /** PEM bundle of the CAs whose client certificates are accepted. */
  readonly clientCa: string;
  readonly auth: KubeletAuth;
  readonly pods: PodSource;
  readonly provider: KubeletProvider;
  readonly finalLogs: FinalLogs;
  /** The provider's `resourceUsage`, cached. */
  readonly usage: UsageCache;
  /** How often `follow=true` polls the provider's logs. @default 1000 */
  readonly followPollMs?: number;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  readonly metrics?: KubeletApiMetrics;
  /** Serves `/portForward/…` upgrades (./portforward/); unset: port-forward is refused like exec. */
  readonly portForward?: PortForwardService;
  /** The pod agents' Service feed; it authenticates agents itself (docs/networking.md). */
  readonly feed?: FeedEndpoint;
}

const UNSUPPORTED = new Set(["exec", "attach", "portForward", "run"]);
const PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

export class KubeletApiServer {
  private readonly options: KubeletApiOptions;
  private server: Server | undefined;
  private readonly responder: Responder;
  private readonly logs: LogEndpoints;
  private readonly usage: UsageEndpoints;
  readonly metrics: KubeletApiMetrics;

  constructor(options: KubeletApiOptions) {
    this.options = options;
    this.metrics = options.metrics ?? new KubeletApiMetrics();
    const portForward = options.portForward;
    if (portForward)
      this.metrics.portForward = {
        sessions: () => portForward.size,
        connections: () => portForward.budget.inUse,
      };
    this.responder = new Responder(this.metrics);
    const { nodeName, pods, provider, log } = options;
    this.logs = new LogEndpoints({
      nodeName,
      pods,
      provider,
      finalLogs: options.finalLogs,
      responder: this.responder,
      metrics: this.metrics,
      ...(options.followPollMs !== undefined ? { followPollMs: options.followPollMs } : {}),
      ...(log ? { log } : {}),
    });
    this.usage = new UsageEndpoints({
      nodeName,
      pods,
      provider,
      usage: options.usage,
      ...(log ? { log } : {}),
    });
  }

  /** Starts listening with `certificate`; resolves with the bound port. */
  async start(certificate: ServingCertificate): Promise<number> {
    const server = createServer(
      {
        cert: certificate.cert,
        key: certificate.key,
        ca: this.options.clientCa,
        requestCert: true,
        rejectUnauthorized: false,
        minVersion: "TLSv1.2",
      },
      (req, res) => void this.handle(req, res),
    );
    server.on(
      "upgrade",
      (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.upgrade(req, socket, head),
    );
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const address = server.address();
    return typeof address === "object" && address ? address.port : this.options.port;
  }

  /** Swaps the serving certificate (rotation) without dropping connections. */
  setCertificate(certificate: ServingCertificate): void {
    this.server?.setSecureContext({
      cert: certificate.cert,
      key: certificate.key,
      ca: this.options.clientCa,
    });
  }

  async stop(): Promise<void> {
    this.logs.abortAll();
    this.options.portForward?.stop();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async authenticate(req: IncomingMessage): Promise<UserInfo | undefined> {
    const fromCert = userFromCertificate(req.socket as TLSSocket);
    if (fromCert) return fromCert;
    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return undefined;
    return (await this.options.auth.authenticateToken(match[1]!)) ?? undefined;
  }

  /** Authenticates and authorizes `req`: undefined when allowed, else the error to answer with. */
  private async admit(req: IncomingMessage, method: string, path: string): Promise<HttpError | undefined> {
    let user: UserInfo | undefined;
    try {
      user = await this.authenticate(req);
    } catch (error) {
      this.options.log?.("kubelet API: authentication failed", { error: String(error) });
      return new HttpError(500, "InternalError", "Authentication error: could not review the token");
    }
    if (!user) return new HttpError(401, "Unauthorized", "Unauthorized");
    const attributes = nodeAttributes(method, path, this.options.nodeName);
    try {
      const decision = await this.options.auth.authorize(user, attributes);
      if (!decision.allowed)
        return new HttpError(
          403,
          "Forbidden",
          `Forbidden (user=${user.username}, verb=${attributes.verb}, resource=nodes, subresource(s)=[${attributes.subresource}])`,
        );
    } catch (error) {
      this.options.log?.("kubelet API: authorization failed", { error: String(error) });
      return new HttpError(500, "InternalError", "Authorization error: could not review the request");
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { responder } = this;
    const method = req.method ?? "GET";
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "https://kubelet");
    } catch {
      responder.fail(res, 400, "malformed request URL");
      return;
    }
    const path = url.pathname;
    if (this.options.feed?.matches(path)) {
      await this.options.feed.handle(req, res, url.searchParams);
      return;
    }
    const refused = await this.admit(req, method, path);
    if (refused) {
      responder.fail(res, refused.code, refused.message, refused.reason);
      return;
    }
    // kube-apiserver proxies pods/log here and passes the body of a 400 or 500 on as the message
    // (BadRequest takes it whole, so it must be text, as a kubelet writes it); a 404's body is dropped.
    const fail = path.startsWith("/containerLogs/")
      ? (code: number, message: string) => responder.send(res, code, message, "text/plain; charset=utf-8")
      : (code: number, message: string, reason?: string) => responder.fail(res, code, message, reason);
    try {
      await this.route(method, path, url.searchParams, req, res);
    } catch (error) {
      if (error instanceof HttpError) fail(error.code, error.message, error.reason);
      else if (error instanceof BadRequest) fail(400, error.message);
      else {
        this.options.log?.("kubelet API: request failed", { path, error: String(error) });
        fail(500, `internal error: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /**
   * Upgrade requests (SPDY/3.1, WebSocket): `/portForward/…` goes to the port-forward service;
   * anything else gets the answer it would get without the upgrade, as plain HTTP.
   */
  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on("error", () => undefined);
    const answer = (error: HttpError): void => {
      this.metrics.countRequest(error.code);
      socket.end(rawFailure(error.code, error.message, error.reason));
    };
    try {
      const url = new URL(req.url ?? "/", "https://kubelet");
      const refused = await this.admit(req, req.method ?? "GET", url.pathname);
      if (refused) return answer(refused);
      const portForward = this.options.portForward;
      if (!portForward || !url.pathname.startsWith("/portForward/"))
        return answer(
          this.streamingRefusal(url.pathname) ??
            new HttpError(400, "BadRequest", `${url.pathname} does not accept a connection upgrade`),
        );
      const parts = segments(url.pathname, "/portForward");
      if (parts.length !== 2)
        throw new HttpError(400, "BadRequest", "the path must be /portForward/{namespace}/{pod}");
      portForward.upgrade(req, socket, head, parts[0]!, parts[1]!, url.searchParams);
      this.metrics.countRequest(101);
    } catch (error) {
      if (error instanceof HttpError) answer(error);
      else if (error instanceof PortForwardRefused)
        answer(
          new HttpError(
            error.code,
            error.code === 404 ? "NotFound" : error.code === 403 ? "Forbidden" : "BadRequest",
            error.message,
          ),
        );
      else {
        this.options.log?.("kubelet API: upgrade failed", { path: req.url, error: String(error) });
        answer(
          new HttpError(
            500,
            "InternalError",
            `internal error: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      }
    }
  }

  /** The answer to a streaming path this node does not serve (exec, attach, run; port-forward without an upgrade). */
  private streamingRefusal(path: string): HttpError | undefined {
    const first = path.split("/")[1] ?? "";
    if (first === "portForward" && this.options.portForward)
      return new HttpError(
        400,
        "BadRequest",
        "port-forward needs a connection upgrade (SPDY/3.1 with X-Stream-Protocol-Version: portforward.k8s.io, or WebSocket)",
      );
    if (!UNSUPPORTED.has(first)) return undefined;
    const [namespace, pod, container] = segments(path, `/${first}`);
    const what = first === "portForward" ? "port-forward" : first;
    return new HttpError(
      400,
      "BadRequest",
      `${what} is not supported by OCI Container Instances: the service has no ${what} API` +
        (namespace && pod ? ` (pod ${namespace}/${pod}${container ? `, container ${container}` : ""})` : ""),
    );
  }

  private async route(
    method: string,
    path: string,
    query: URLSearchParams,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const send = (body: string, type?: string): void => this.responder.send(res, 200, body, type);
    const refusal = this.streamingRefusal(path);
    if (refusal) throw refusal;
    if (method !== "GET" && method !== "HEAD") {
      throw new HttpError(405, "MethodNotAllowed", `${method} is not allowed on ${path}`);
    }
    if (path === "/healthz") return send("ok", "text/plain; charset=utf-8");
    if (path === "/pods" || path === "/pods/") return this.responder.stream(res, this.podList(false));
    if (path === "/runningpods" || path === "/runningpods/")
      return this.responder.stream(res, this.podList(true));
    if (path.startsWith("/containerLogs/")) {
      const parts = segments(path, "/containerLogs");
      if (parts.length !== 3)
        throw new BadRequest("the path must be /containerLogs/{namespace}/{pod}/{container}");
      const options = parseLogOptions(query, Date.now());
      return this.logs.containerLogs(parts[0]!, parts[1]!, parts[2]!, options, req, res);
    }
    if (path === "/logs" || path.startsWith("/logs/"))
      return this.logs.nodeLogs(segments(path, "/logs"), res);
    if (path === "/stats/summary" || path === "/stats/summary/")
      return this.responder.stream(res, await this.usage.summary());
    if (path === "/metrics/resource" || path === "/metrics/resource/")
      return this.responder.stream(res, await this.usage.resource(), PROMETHEUS_TEXT);
    if (path === "/metrics" || path === "/metrics/")
      return send(await this.metrics.render(), PROMETHEUS_TEXT);
    throw new HttpError(
      404,
      "NotFound",
      `${path} is not served by this virtual kubelet (see docs/kubelet-api.md)`,
    );
  }

  /**
   * /pods: every pod bound to this node; /runningpods: those whose instance runs. A PodList as
   * JSON text in pieces, of the pods in the cache when the request came (cached pods are
   * replaced on change, never modified, so a piece written later shows the same pod).
   */
  private podList(runningOnly: boolean): Iterable<string> {
    const items: V1Pod[] = [];
    for (const pod of this.options.pods.values()) {
      if (runningOnly && this.options.provider.getInstance(pod.metadata?.uid ?? "")?.phase !== "Running")
        continue;
      items.push(pod);
    }
    return jsonPieces({ kind: "PodList", apiVersion: "v1", metadata: {} }, "items", items);
  }
}
