/**
 * The kubelet HTTPS API of the virtual node: what `kubectl logs`, `kubectl top`,
 * metrics-server and the apiserver's node proxy talk to. Every request is authenticated
 * (client certificate or bearer token) and authorized (SubjectAccessReview) first.
 * Endpoints are listed in docs/kubelet-api.md.
 */
import { type IncomingMessage, type ServerResponse } from "node:http";
import { type Server, createServer } from "node:https";
import type { TLSSocket } from "node:tls";
import type { V1Container, V1ContainerStatus, V1Pod } from "@kubernetes/client-node";
import { NotFoundError } from "../errors.ts";
import type { LogSource } from "../oci/logs.ts";
import type { InstanceUsage, Sample } from "../oci/metrics.ts";
import type { InstanceSnapshot } from "../provider/types.ts";
import { type KubeletAuth, type UserInfo, userFromCertificate } from "./auth.ts";
import { nodeAttributes } from "./authz.ts";
import { type FinalLogs, containerIdOf } from "./final-logs.ts";
import { ByteBudget, WindowDiff, selectLines, splitLines } from "./logs.ts";
import { BadRequest, type LogOptions, parseLogOptions } from "./params.ts";
import { NodeCpuCounter, type PodUsage, type UsageCache, resourceMetrics, statsSummary } from "./stats.ts";

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
  /** The provider's snapshot of a pod's instance, by pod UID. */
  readonly instanceOf: (uid: string) => InstanceSnapshot | undefined;
  readonly logs: LogSource;
  readonly finalLogs: FinalLogs;
  readonly usage: UsageCache;
  /** How often `follow=true` polls RetrieveLogs. @default 1000 */
  readonly followPollMs?: number;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  readonly metrics?: KubeletApiMetrics;
}

class HttpError extends Error {
  override name = "HttpError";
  readonly code: number;
  readonly reason: string;
  constructor(code: number, reason: string, message: string) {
    super(message);
    this.code = code;
    this.reason = reason;
  }
}

const UNSUPPORTED = new Set(["exec", "attach", "portForward", "run"]);
const GONE = new Set(["DELETING", "DELETED"]);

/** Counters of the kubelet API itself, served at /metrics. */
export class KubeletApiMetrics {
  readonly requests = new Map<string, number>();
  logWindowOverruns = 0;
  followStreams = 0;
  readonly finalLogs = new Map<string, number>();

  countRequest(code: number): void {
    this.requests.set(String(code), (this.requests.get(String(code)) ?? 0) + 1);
  }
  countFinalLogs(outcome: string): void {
    this.finalLogs.set(outcome, (this.finalLogs.get(outcome) ?? 0) + 1);
  }

  render(): string {
    const lines = [
      "# HELP okevn_kubelet_api_requests_total Requests to the kubelet API by HTTP status.",
      "# TYPE okevn_kubelet_api_requests_total counter",
      ...[...this.requests].map(([code, n]) => `okevn_kubelet_api_requests_total{code="${code}"} ${n}`),
      "# HELP okevn_log_follow_window_overruns_total Follow polls whose window no longer overlapped the previous one: lines written in between were lost.",
      "# TYPE okevn_log_follow_window_overruns_total counter",
      `okevn_log_follow_window_overruns_total ${this.logWindowOverruns}`,
      "# HELP okevn_log_follow_streams Log streams being followed now.",
      "# TYPE okevn_log_follow_streams gauge",
      `okevn_log_follow_streams ${this.followStreams}`,
      "# HELP okevn_final_logs_total Final-log captures by outcome (saved, failed, truncated, evicted).",
      "# TYPE okevn_final_logs_total counter",
      ...[...this.finalLogs].map(([o, n]) => `okevn_final_logs_total{outcome="${o}"} ${n}`),
    ];
    return `${lines.join("\n")}\n`;
  }
}

function status(code: number, reason: string, message: string): string {
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

const REASONS: Readonly<Record<number, string>> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  405: "MethodNotAllowed",
  500: "InternalError",
  501: "NotImplemented",
};

function segments(path: string, prefix: string): string[] {
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

function findContainer(pod: V1Pod, name: string): V1Container | undefined {
  return [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === name);
}

function containerStatus(pod: V1Pod, name: string): V1ContainerStatus | undefined {
  return [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find(
    (s) => s.name === name,
  );
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });

export class KubeletApiServer {
  private readonly options: KubeletApiOptions;
  private server: Server | undefined;
  private readonly streams = new Set<AbortController>();
  private readonly nodeCpu = new NodeCpuCounter();
  private nodeCpuPrevious: Sample | undefined;
  private nodeCpuLast: Sample | undefined;
  private readonly startedAt = Date.now();
  readonly metrics: KubeletApiMetrics;

  constructor(options: KubeletApiOptions) {
    this.options = options;
    this.metrics = options.metrics ?? new KubeletApiMetrics();
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
    for (const stream of this.streams) stream.abort();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private send(res: ServerResponse, code: number, body: string, type = "application/json"): void {
    this.metrics.countRequest(code);
    if (res.headersSent) {
      res.end();
      return;
    }
    res.writeHead(code, { "content-type": type, "content-length": Buffer.byteLength(body) });
    res.end(body);
  }

  private fail(
    res: ServerResponse,
    code: number,
    message: string,
    reason = REASONS[code] ?? "Unknown",
  ): void {
    this.send(res, code, status(code, reason, message));
  }

  private async authenticate(req: IncomingMessage): Promise<UserInfo | undefined> {
    const fromCert = userFromCertificate(req.socket as TLSSocket);
    if (fromCert) return fromCert;
    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) return undefined;
    return (await this.options.auth.authenticateToken(match[1]!)) ?? undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "https://kubelet");
    } catch {
      this.fail(res, 400, "malformed request URL");
      return;
    }
    const path = url.pathname;
    let user: UserInfo | undefined;
    try {
      user = await this.authenticate(req);
    } catch (error) {
      this.options.log?.("kubelet API: authentication failed", { error: String(error) });
      this.fail(res, 500, "Authentication error: could not review the token");
      return;
    }
    if (!user) {
      this.fail(res, 401, "Unauthorized");
      return;
    }
    const attributes = nodeAttributes(method, path, this.options.nodeName);
    try {
      const decision = await this.options.auth.authorize(user, attributes);
      if (!decision.allowed) {
        this.fail(
          res,
          403,
          `Forbidden (user=${user.username}, verb=${attributes.verb}, resource=nodes, subresource(s)=[${attributes.subresource}])`,
        );
        return;
      }
    } catch (error) {
      this.options.log?.("kubelet API: authorization failed", { error: String(error) });
      this.fail(res, 500, "Authorization error: could not review the request");
      return;
    }
    try {
      await this.route(method, path, url.searchParams, req, res);
    } catch (error) {
      if (error instanceof HttpError) this.fail(res, error.code, error.message, error.reason);
      else if (error instanceof BadRequest) this.fail(res, 400, error.message);
      else {
        this.options.log?.("kubelet API: request failed", { path, error: String(error) });
        this.fail(res, 500, `internal error: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private async route(
    method: string,
    path: string,
    query: URLSearchParams,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const first = path.split("/")[1] ?? "";
    if (UNSUPPORTED.has(first)) {
      const [namespace, pod, container] = segments(path, `/${first}`);
      const what = first === "portForward" ? "port-forward" : first;
      throw new HttpError(
        400,
        "BadRequest",
        `${what} is not supported by OCI Container Instances: the service has no ${what} API` +
          (namespace && pod
            ? ` (pod ${namespace}/${pod}${container ? `, container ${container}` : ""})`
            : ""),
      );
    }
    if (method !== "GET" && method !== "HEAD") {
      throw new HttpError(405, "MethodNotAllowed", `${method} is not allowed on ${path}`);
    }
    if (path === "/healthz") return this.send(res, 200, "ok", "text/plain; charset=utf-8");
    if (path === "/pods" || path === "/pods/")
      return this.send(res, 200, JSON.stringify(this.podList(false)));
    if (path === "/runningpods" || path === "/runningpods/")
      return this.send(res, 200, JSON.stringify(this.podList(true)));
    if (path.startsWith("/containerLogs/")) {
      const parts = segments(path, "/containerLogs");
      if (parts.length !== 3)
        throw new BadRequest("the path must be /containerLogs/{namespace}/{pod}/{container}");
      const options = parseLogOptions(query, Date.now());
      return this.containerLogs(parts[0]!, parts[1]!, parts[2]!, options, req, res);
    }
    if (path === "/logs" || path.startsWith("/logs/")) return this.nodeLogs(segments(path, "/logs"), res);
    if (path === "/stats/summary" || path === "/stats/summary/") {
      return this.send(res, 200, JSON.stringify(await this.summary()));
    }
    if (path === "/metrics/resource" || path === "/metrics/resource/") {
      return this.send(res, 200, await this.resource(), "text/plain; version=0.0.4; charset=utf-8");
    }
    if (path === "/metrics" || path === "/metrics/") {
      return this.send(res, 200, this.metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
    }
    throw new HttpError(
      404,
      "NotFound",
      `${path} is not served by this virtual kubelet (see docs/kubelet-api.md)`,
    );
  }

  private podList(runningOnly: boolean): Record<string, unknown> {
    const items: V1Pod[] = [];
    for (const pod of this.options.pods.values()) {
      if (runningOnly) {
        const instance = this.options.instanceOf(pod.metadata?.uid ?? "");
        if (instance?.lifecycleState !== "ACTIVE") continue;
      }
      items.push(pod);
    }
    return { kind: "PodList", apiVersion: "v1", metadata: {}, items };
  }

  private pod(namespace: string, name: string): V1Pod {
    const pod = this.options.pods.get(`${namespace}/${name}`);
    if (!pod)
      throw new HttpError(
        404,
        "NotFound",
        `pod ${namespace}/${name} not found on node ${this.options.nodeName}`,
      );
    return pod;
  }

  /** The logs of one run: from OCI while the instance exists, else from the final-logs store. */
  private async readLogs(
    pod: V1Pod,
    container: string,
    previous: boolean,
  ): Promise<{ data: Buffer; live: boolean; containerId: string | undefined } | undefined> {
    const uid = pod.metadata?.uid ?? "";
    const status = containerStatus(pod, container);
    const containerId = containerIdOf(status?.containerID);
    const instance = this.options.instanceOf(uid);
    if (containerId && instance && !GONE.has(instance.lifecycleState)) {
      try {
        return { data: await this.options.logs(containerId, previous), live: true, containerId };
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    const saved = await this.options.finalLogs.read(uid, container, previous);
    return saved ? { data: saved, live: false, containerId } : undefined;
  }

  private async containerLogs(
    namespace: string,
    name: string,
    container: string,
    options: LogOptions,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const pod = this.pod(namespace, name);
    if (!findContainer(pod, container)) {
      throw new HttpError(
        404,
        "NotFound",
        `container ${container} is not valid for pod ${namespace}/${name}`,
      );
    }
    const status = containerStatus(pod, container);
    if (options.previous && (status?.restartCount ?? 0) === 0) {
      const saved = await this.options.finalLogs.read(pod.metadata?.uid ?? "", container, true);
      if (!saved)
        throw new HttpError(
          400,
          "BadRequest",
          `previous terminated container "${container}" in pod "${name}" not found`,
        );
    }
    const read = await this.readLogs(pod, container, options.previous);
    if (!read) {
      const waiting = status?.state?.waiting;
      if (waiting || !status?.containerID)
        throw new HttpError(
          400,
          "BadRequest",
          `container "${container}" in pod "${name}" is waiting to start: ${waiting?.reason ?? "ContainerCreating"}`,
        );
      throw new HttpError(404, "NotFound", `no logs are kept for container "${container}" in pod "${name}"`);
    }
    const started = Date.parse(
      String(status?.state?.running?.startedAt ?? status?.state?.terminated?.startedAt ?? ""),
    );
    const budget = new ByteBudget(options.limitBytes);
    const first = budget.take(
      selectLines(splitLines(read.data, Number.isFinite(started) ? started : undefined), options),
    );
    this.metrics.countRequest(200);
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
    if (!options.follow || options.previous || !read.live || !read.containerId || budget.exhausted) {
      res.end(first);
      return;
    }
    res.write(first);
    await this.follow(pod, container, read.containerId, read.data, options, budget, req, res);
  }

  private async follow(
    pod: V1Pod,
    container: string,
    containerId: string,
    initial: Buffer,
    options: LogOptions,
    budget: ByteBudget,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const abort = new AbortController();
    this.streams.add(abort);
    this.metrics.followStreams++;
    const onClose = (): void => abort.abort();
    req.on("close", onClose);
    res.on("close", onClose);
    const key = `${pod.metadata?.namespace}/${pod.metadata?.name}`;
    const uid = pod.metadata?.uid;
    const restarts = containerStatus(pod, container)?.restartCount ?? 0;
    const diff = new WindowDiff(initial);
    const write = async (chunk: Buffer): Promise<void> => {
      const part = budget.take(chunk);
      if (part.length > 0 && !res.write(part))
        await new Promise<void>((resolve) => {
          res.once("drain", resolve);
          abort.signal.addEventListener("abort", () => resolve(), { once: true });
        });
    };
    try {
      let last = false;
      while (!abort.signal.aborted && !budget.exhausted && !last) {
        await sleep(this.options.followPollMs ?? 1000, abort.signal);
        if (abort.signal.aborted) break;
        const current = this.options.pods.get(key);
        const currentStatus = current ? containerStatus(current, container) : undefined;
        const instance = uid ? this.options.instanceOf(uid) : undefined;
        // The stream ends with the container's run: one more read picks up its last lines.
        last =
          !current ||
          current.metadata?.uid !== uid ||
          !instance ||
          GONE.has(instance.lifecycleState) ||
          !currentStatus?.state?.running ||
          (currentStatus.restartCount ?? 0) !== restarts ||
          containerIdOf(currentStatus.containerID) !== containerId;
        let window: Buffer;
        try {
          window = await this.options.logs(containerId, false);
        } catch (error) {
          if (error instanceof NotFoundError) break;
          this.options.log?.("following logs: poll failed, retrying", {
            key,
            container,
            error: String(error),
          });
          last = false;
          continue;
        }
        const { fresh, overrun } = diff.next(window);
        if (overrun) {
          this.metrics.logWindowOverruns++;
          this.options.log?.("following logs: the log window overran between polls; lines were lost", {
            key,
            container,
          });
        }
        if (fresh.length > 0)
          await write(selectLines(splitLines(fresh, Date.now()), { timestamps: options.timestamps }));
      }
      const rest = diff.flush();
      if (rest.length > 0 && !abort.signal.aborted)
        await write(selectLines(splitLines(rest, Date.now()), { timestamps: options.timestamps }));
    } finally {
      this.metrics.followStreams--;
      this.streams.delete(abort);
      req.off("close", onClose);
      res.end();
    }
  }

  /**
   * /logs/: the kubelet serves the node's /var/log here; a virtual node has none, so it
   * serves its pods' logs in the kubelet's /var/log/pods layout:
   * pods/{namespace}_{name}_{uid}/{container}/{restartCount}.log.
   */
  private async nodeLogs(parts: string[], res: ServerResponse): Promise<void> {
    const list = (entries: string[]): void =>
      this.send(res, 200, entries.map((e) => `${e}\n`).join(""), "text/plain; charset=utf-8");
    if (parts.length === 0) return list(["pods/"]);
    if (parts[0] !== "pods") throw new HttpError(404, "NotFound", `/logs/${parts.join("/")} not found`);
    const pods = [...this.options.pods.values()];
    const dir = (p: V1Pod): string => `${p.metadata?.namespace}_${p.metadata?.name}_${p.metadata?.uid}`;
    if (parts.length === 1) return list(pods.map((p) => `${dir(p)}/`));
    const pod = pods.find((p) => dir(p) === parts[1]);
    if (!pod) throw new HttpError(404, "NotFound", `/logs/pods/${parts[1]} not found`);
    if (parts.length === 2) return list((pod.spec?.containers ?? []).map((c) => `${c.name}/`));
    const container = parts[2]!;
    if (!findContainer(pod, container))
      throw new HttpError(404, "NotFound", `/logs/pods/${parts[1]}/${container} not found`);
    const restarts = containerStatus(pod, container)?.restartCount ?? 0;
    const files = restarts > 0 ? [`${restarts - 1}.log`, `${restarts}.log`] : [`${restarts}.log`];
    if (parts.length === 3) return list(files);
    const file = parts[3]!;
    if (parts.length > 4 || !files.includes(file))
      throw new HttpError(404, "NotFound", `/logs/pods/${parts.slice(1).join("/")} not found`);
    const read = await this.readLogs(pod, container, file !== `${restarts}.log`);
    if (!read) throw new HttpError(404, "NotFound", `no logs are kept for ${parts.slice(1).join("/")}`);
    this.metrics.countRequest(200);
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "content-length": read.data.length });
    res.end(read.data);
  }

  private async podUsage(): Promise<{
    pods: PodUsage[];
    nodeCpu: Sample | undefined;
    nodeMemory: Sample | undefined;
    error: boolean;
  }> {
    let usage = new Map<string, InstanceUsage>();
    let error = false;
    try {
      usage = await this.options.usage.get();
    } catch (e) {
      error = true;
      this.options.log?.("kubelet API: reading OCI Monitoring failed", { error: String(e) });
    }
    const pods: PodUsage[] = [];
    const cpu = new Map<string, number>();
    let memory = 0;
    let latest = 0;
    for (const pod of this.options.pods.values()) {
      const instance = this.options.instanceOf(pod.metadata?.uid ?? "");
      const u = instance ? usage.get(instance.instanceId) : undefined;
      if (!instance || !u || GONE.has(instance.lifecycleState) || pod.status?.phase !== "Running") continue;
      pods.push({ pod, usage: u });
      if (u.cpu) {
        cpu.set(instance.instanceId, u.cpu.value);
        latest = Math.max(latest, u.cpu.time);
      }
      if (u.memory) memory += u.memory.value;
    }
    const total = this.nodeCpu.total(cpu);
    let nodeCpu: Sample | undefined;
    if (latest > 0) {
      nodeCpu = { value: total, time: latest };
      if (!this.nodeCpuLast || this.nodeCpuLast.time < latest) {
        this.nodeCpuPrevious = this.nodeCpuLast;
        this.nodeCpuLast = nodeCpu;
      }
    }
    return {
      pods,
      nodeCpu,
      nodeMemory: latest > 0 ? { value: memory, time: latest } : undefined,
      error,
    };
  }

  private async resource(): Promise<string> {
    const { pods, nodeCpu, nodeMemory, error } = await this.podUsage();
    return resourceMetrics({ pods, nodeCpu, nodeMemory, scrapeError: error });
  }

  private async summary(): Promise<Record<string, unknown>> {
    const { pods, nodeCpu, nodeMemory, error } = await this.podUsage();
    return statsSummary({
      nodeName: this.options.nodeName,
      nodeStartTime: this.startedAt,
      pods,
      nodeCpu,
      nodeMemory,
      nodeCpuPrevious: this.nodeCpuPrevious === nodeCpu ? undefined : this.nodeCpuPrevious,
      scrapeError: error,
    });
  }
}
