/**
 * `/portForward/{namespace}/{pod}` on the kubelet API: picks the protocol from the upgrade
 * request (SPDY/3.1 with `X-Stream-Protocol-Version: portforward.k8s.io`, or WebSocket when
 * enabled), finds the pod's IP, holds the per-node connection budget, and ends a pod's sessions
 * when the pod goes away. The caller has authenticated and authorized the request already.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { V1Pod } from "@kubernetes/client-node";
import type { InstanceSnapshot } from "../../provider/types.ts";
import {
  ConnectionBudget,
  DEFAULT_PORT_FORWARD_LIMITS,
  type Dialer,
  type PortForwardLimits,
  type PortForwardTarget,
  dialTcp,
} from "./forward.ts";
import { SpdyPortForward } from "./spdy.ts";
import { offersTunneling, serveWebSocketPortForward, websocketPorts } from "./websocket.ts";

export const PORT_FORWARD_PROTOCOL = "portforward.k8s.io";

export interface PortForwardServiceOptions {
  readonly nodeName: string;
  /** By `namespace/name`. */
  readonly pod: (key: string) => V1Pod | undefined;
  readonly instanceOf: (uid: string) => InstanceSnapshot | undefined;
  readonly limits?: Partial<PortForwardLimits>;
  /** Serve WebSocket upgrades too (kubeletApi.portForward.websocket). @default false */
  readonly websocket?: boolean;
  readonly dial?: Dialer;
  /** How often open sessions check that their pod still exists. @default 1000 */
  readonly podCheckMs?: number;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

/** A refusal before the upgrade: the HTTP status and the message of the Status object. */
export class PortForwardRefused extends Error {
  override name = "PortForwardRefused";
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

const GONE = new Set(["Deleting", "Deleted"]);

/** Values of a header that may be repeated and comma-separated. */
function headerList(req: IncomingMessage, name: string): string[] {
  const raw = req.headersDistinct[name] ?? [];
  return raw
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

export class PortForwardService {
  readonly budget: ConnectionBudget;
  private readonly options: PortForwardServiceOptions;
  private readonly limits: PortForwardLimits;
  private readonly sessions = new Map<{ end(message: string): void }, PortForwardTarget>();
  private timer: NodeJS.Timeout | undefined;

  constructor(options: PortForwardServiceOptions) {
    this.options = options;
    this.limits = { ...DEFAULT_PORT_FORWARD_LIMITS, ...options.limits };
    this.budget = new ConnectionBudget(this.limits.maxConnectionsPerNode);
  }

  /** Sessions open now. */
  get size(): number {
    return this.sessions.size;
  }

  /**
   * Serves an upgrade request for `namespace/name`.
   * @throws PortForwardRefused before anything was written to `socket` (the caller answers).
   */
  upgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    namespace: string,
    name: string,
    query: URLSearchParams,
  ): void {
    const target = this.target(namespace, name);
    const upgrade = (req.headers.upgrade ?? "").toLowerCase();
    const { dial = dialTcp, nodeName, log } = this.options;
    if (upgrade === "websocket") {
      if (!this.options.websocket)
        throw new PortForwardRefused(
          400,
          "port-forward over WebSocket is turned off on this node (kubeletApi.portForward.websocket); use SPDY/3.1",
        );
      const tunneling = offersTunneling(req);
      const ports = tunneling ? [] : websocketPorts(query);
      if (typeof ports === "string") throw new PortForwardRefused(400, ports);
      let tunnel: SpdyPortForward | undefined;
      const handle = {
        end: (message: string): void => {
          if (tunnel) tunnel.end(message);
          else socket.destroy();
        },
      };
      this.track(handle, target);
      void serveWebSocketPortForward(req, socket, head, {
        target,
        ports,
        limits: this.limits,
        budget: this.budget,
        dial,
        nodeName,
        log,
        onSession: (forward) => (tunnel = forward),
      }).finally(() => this.untrack(handle));
      return;
    }
    if (
      !upgrade
        .split(",")
        .map((u) => u.trim())
        .includes("spdy/3.1")
    )
      throw new PortForwardRefused(
        400,
        `port-forward needs a connection upgrade to SPDY/3.1 or WebSocket, got ${JSON.stringify(req.headers.upgrade ?? "")}`,
      );
    const offered = headerList(req, "x-stream-protocol-version");
    if (offered.length > 0 && !offered.includes(PORT_FORWARD_PROTOCOL))
      throw new PortForwardRefused(
        403,
        `unable to upgrade: unable to negotiate protocol: client supports [${offered.join(" ")}], server accepts [${PORT_FORWARD_PROTOCOL}]`,
      );
    socket.write(
      "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n" +
        (offered.length > 0 ? `X-Stream-Protocol-Version: ${PORT_FORWARD_PROTOCOL}\r\n` : "") +
        "\r\n",
    );
    if (head.length > 0) socket.unshift(head);
    const session = new SpdyPortForward(socket, {
      target,
      limits: this.limits,
      budget: this.budget,
      dial,
      nodeName,
      log,
    });
    this.track(session, target);
    session.session.on("close", () => this.untrack(session));
  }

  /** Ends every session (the API is stopping). */
  stop(): void {
    for (const session of [...this.sessions.keys()])
      session.end(`the kubelet API of node ${this.options.nodeName} is stopping`);
    clearInterval(this.timer);
  }

  private target(namespace: string, name: string): PortForwardTarget {
    const key = `${namespace}/${name}`;
    const pod = this.options.pod(key);
    if (!pod) throw new PortForwardRefused(404, `pod ${key} not found on node ${this.options.nodeName}`);
    const uid = pod.metadata?.uid ?? "";
    const podIP = pod.status?.podIP ?? this.options.instanceOf(uid)?.podIp;
    if (!podIP)
      throw new PortForwardRefused(
        400,
        `pod ${key} has no IP yet (phase ${pod.status?.phase ?? "Pending"}); port-forward needs a running pod`,
      );
    const instance = this.options.instanceOf(uid);
    if (instance && GONE.has(instance.phase))
      throw new PortForwardRefused(400, `pod ${key} is being deleted`);
    return { key, uid, podIP };
  }

  /** Why the pod of `target` is gone, if it is. */
  private gone(target: PortForwardTarget): string | undefined {
    const pod = this.options.pod(target.key);
    const instance = this.options.instanceOf(target.uid);
    if (!pod || pod.metadata?.uid !== target.uid || (instance && GONE.has(instance.phase)))
      return `pod ${target.key} (uid ${target.uid}) was deleted; the port-forward session is closed`;
    return undefined;
  }

  private track(session: { end(message: string): void }, target: PortForwardTarget): void {
    this.sessions.set(session, target);
    this.timer ??= setInterval(() => {
      for (const [open, t] of this.sessions) {
        const why = this.gone(t);
        if (why) {
          this.options.log?.("port-forward: pod gone, ending the session", { pod: t.key });
          this.sessions.delete(open);
          open.end(why);
        }
      }
    }, this.options.podCheckMs ?? 1000);
    this.timer.unref();
  }

  private untrack(session: { end(message: string): void }): void {
    this.sessions.delete(session);
    if (this.sessions.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
