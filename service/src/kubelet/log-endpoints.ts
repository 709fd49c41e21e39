/**
 * The log endpoints of the kubelet API: /containerLogs/{namespace}/{pod}/{container} (what
 * `kubectl logs` reaches through the apiserver, with follow, previous, since, tail, timestamps
 * and limitBytes) and /logs/pods/…, the kubelet's /var/log/pods layout. Logs come from the
 * provider while the pod's instance lives, else from the final-logs store.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { V1ContainerStatus, V1Pod } from "@kubernetes/client-node";
import { NotFoundError } from "../errors.ts";
import { AGENT_CONTAINER, AGENT_RESOURCES_ANNOTATION } from "../agent/names.ts";
import type { InstancePhase } from "../provider/types.ts";
import type { KubeletApiMetrics } from "./api-metrics.ts";
import type { FinalLogs } from "./final-logs.ts";
import { ByteBudget, type LineClock, LineClocks, WindowDiff, selectLines, splitLines } from "./logs.ts";
import type { LogOptions } from "./params.ts";
import { HttpError, type Responder, containerStatus, findContainer } from "./respond.ts";
import type { KubeletProvider, PodSource } from "./server.ts";

/** Phases in which an instance's logs are no longer read from the cloud but from the store. */
const GONE: ReadonlySet<InstancePhase> = new Set(["Deleting", "Deleted"]);

export interface LogEndpointsOptions {
  readonly nodeName: string;
  readonly pods: PodSource;
  readonly provider: KubeletProvider;
  readonly finalLogs: FinalLogs;
  readonly responder: Responder;
  readonly metrics: KubeletApiMetrics;
  /** How often `follow=true` polls the provider. @default 1000 */
  readonly followPollMs?: number;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

interface Read {
  readonly data: Buffer;
  /** Read from the live instance (can be followed), not from the store. */
  readonly live: boolean;
  readonly containerID: string | undefined;
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

export class LogEndpoints {
  private readonly options: LogEndpointsOptions;
  private readonly streams = new Set<AbortController>();
  /** When each line of the live windows read so far was first seen. */
  private readonly clocks = new LineClocks();

  constructor(options: LogEndpointsOptions) {
    this.options = options;
  }

  /** Ends every followed stream (server stop). */
  abortAll(): void {
    for (const stream of this.streams) stream.abort();
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

  private alive(uid: string): boolean {
    const instance = this.options.provider.getInstance(uid);
    return instance !== undefined && !GONE.has(instance.phase);
  }

  /**
   * The pod's container `name` for the log endpoints: one of its spec, or the pod agent
   * (`okevn-agent`), which is in neither the spec nor the status (it must not count in READY), so
   * its status is made from the live instance. Undefined when the pod has no such container.
   */
  private target(pod: V1Pod, name: string): { status: V1ContainerStatus | undefined } | undefined {
    if (findContainer(pod, name)) return { status: containerStatus(pod, name) };
    if (name !== AGENT_CONTAINER || pod.metadata?.annotations?.[AGENT_RESOURCES_ANNOTATION] === undefined)
      return undefined;
    const agent = this.options.provider
      .getInstance(pod.metadata?.uid ?? "")
      ?.containers.find((c) => c.name === AGENT_CONTAINER);
    if (!agent) return { status: undefined };
    return {
      status: {
        name,
        image: "",
        imageID: "",
        ready: false,
        restartCount: agent.restartCount,
        containerID: agent.containerID,
        state:
          agent.phase === "Running"
            ? { running: agent.startedAt ? { startedAt: new Date(agent.startedAt) } : {} }
            : agent.phase === "Creating"
              ? { waiting: { reason: "ContainerCreating" } }
              : {},
      },
    };
  }

  /** The LineClock of one run of a container (the current one, or the one before its last restart). */
  private clock(containerID: string, previous: boolean, restartCount: number | undefined): LineClock {
    const run = (restartCount ?? 0) - (previous ? 1 : 0);
    return this.clocks.get(`${containerID}/${run}`);
  }

  /** The logs of one run: from the provider while the instance lives, else from the final-logs store. */
  private async read(pod: V1Pod, container: string, previous: boolean): Promise<Read | undefined> {
    const uid = pod.metadata?.uid ?? "";
    const containerID = this.target(pod, container)?.status?.containerID || undefined;
    if (containerID && this.alive(uid)) {
      try {
        const run = previous ? "previous" : "current";
        return { data: await this.options.provider.containerLogs(containerID, run), live: true, containerID };
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    const saved = await this.options.finalLogs.read(uid, container, previous);
    return saved ? { data: saved, live: false, containerID } : undefined;
  }

  async containerLogs(
    namespace: string,
    name: string,
    container: string,
    options: LogOptions,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const pod = this.pod(namespace, name);
    const target = this.target(pod, container);
    if (!target) {
      throw new HttpError(
        404,
        "NotFound",
        `container ${container} is not valid for pod ${namespace}/${name}`,
      );
    }
    const status = target.status;
    if (options.previous && (status?.restartCount ?? 0) === 0) {
      const saved = await this.options.finalLogs.read(pod.metadata?.uid ?? "", container, true);
      if (!saved)
        throw new HttpError(
          400,
          "BadRequest",
          `previous terminated container "${container}" in pod "${name}" not found`,
        );
    }
    const read = await this.read(pod, container, options.previous);
    if (!read) {
      const waiting = status?.state?.waiting;
      if (waiting || !status?.containerID)
        throw new HttpError(
          400,
          "BadRequest",
          `container "${container}" in pod "${name}" is waiting to start: ${waiting?.reason ?? "ContainerCreating"}`,
        );
      // 400 as a kubelet answers a log it cannot read: the apiserver shows a 404's message to no one.
      throw new HttpError(
        400,
        "BadRequest",
        `no logs are kept for container "${container}" in pod "${name}": its instance is gone and its final logs were not saved or were removed`,
      );
    }
    const started = Date.parse(
      String(status?.state?.running?.startedAt ?? status?.state?.terminated?.startedAt ?? ""),
    );
    // A live window is dated by when the provider first saw each line (see LineClock); saved
    // logs of ended runs were never watched, so only their leading timestamps, else the run's start.
    const lines =
      read.live && read.containerID
        ? this.clock(read.containerID, options.previous, status?.restartCount).stamp(read.data, Date.now())
        : splitLines(read.data, Number.isFinite(started) ? started : undefined);
    const budget = new ByteBudget(options.limitBytes);
    const first = budget.take(selectLines(lines, options));
    this.options.responder.begin(res, {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
    });
    if (!options.follow || options.previous || !read.live || !read.containerID || budget.exhausted) {
      res.end(first);
      return;
    }
    res.write(first);
    await this.follow(pod, container, read.containerID, read.data, options, budget, req, res);
  }

  /** Polls the container's log window and writes what is new, until its run ends or the client leaves. */
  private async follow(
    pod: V1Pod,
    container: string,
    containerID: string,
    initial: Buffer,
    options: LogOptions,
    budget: ByteBudget,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const { metrics, log } = this.options;
    const abort = new AbortController();
    this.streams.add(abort);
    metrics.followStarted();
    const onClose = (): void => abort.abort();
    req.on("close", onClose);
    res.on("close", onClose);
    const key = `${pod.metadata?.namespace}/${pod.metadata?.name}`;
    const uid = pod.metadata?.uid;
    const restarts = this.target(pod, container)?.status?.restartCount ?? 0;
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
        const currentStatus = current ? this.target(current, container)?.status : undefined;
        // The stream ends with the container's run: one more read picks up its last lines.
        last =
          !current ||
          current.metadata?.uid !== uid ||
          !uid ||
          !this.alive(uid) ||
          !currentStatus?.state?.running ||
          (currentStatus.restartCount ?? 0) !== restarts ||
          currentStatus.containerID !== containerID;
        let window: Buffer;
        try {
          window = await this.options.provider.containerLogs(containerID, "current");
        } catch (error) {
          if (error instanceof NotFoundError) break;
          log?.("following logs: poll failed, retrying", { key, container, error: String(error) });
          last = false;
          continue;
        }
        this.clock(containerID, false, restarts).stamp(window, Date.now());
        const { fresh, overrun } = diff.next(window);
        if (overrun) {
          metrics.countWindowOverrun();
          log?.("following logs: the log window overran between polls; lines were lost", { key, container });
        }
        if (fresh.length > 0)
          await write(selectLines(splitLines(fresh, Date.now()), { timestamps: options.timestamps }));
      }
      const rest = diff.flush();
      if (rest.length > 0 && !abort.signal.aborted)
        await write(selectLines(splitLines(rest, Date.now()), { timestamps: options.timestamps }));
    } finally {
      metrics.followEnded();
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
  async nodeLogs(parts: readonly string[], res: ServerResponse): Promise<void> {
    const { responder } = this.options;
    const list = (entries: string[]): void =>
      responder.send(res, 200, entries.map((e) => `${e}\n`).join(""), "text/plain; charset=utf-8");
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
    const read = await this.read(pod, container, file !== `${restarts}.log`);
    if (!read) throw new HttpError(404, "NotFound", `no logs are kept for ${parts.slice(1).join("/")}`);
    responder.send(res, 200, read.data, "text/plain; charset=utf-8");
  }
}
