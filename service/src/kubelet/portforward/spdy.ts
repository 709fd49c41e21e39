/**
 * The `portforward.k8s.io` protocol over SPDY/3.1, the kubelet side (as the kubelet's
 * cri/streaming/portforward/httpstream.go behaves). For each forwarded connection the client
 * opens an error stream, then a data stream, both with headers `streamtype` (error|data),
 * `port` and `requestid`. They are paired by request ID (missing: derived from the stream ID,
 * as the kubelet does); a pair not complete within the creation timeout gets "timed out waiting
 * for streams" on its error stream. A complete pair dials the pod; a failure is written to the
 * error stream, which kubectl prints. The session outlives failed connections.
 */
import type { Duplex } from "node:stream";
import { GoAwayStatus, RstStatus } from "../spdy/frames.ts";
import { headerValue } from "../spdy/headers.ts";
import { type SessionSocket, SpdySession, type SpdyStream } from "../spdy/session.ts";
import {
  type ConnectionBudget,
  type Dialer,
  type PortForwardLimits,
  type PortForwardTarget,
  forwardConnection,
  parsePort,
} from "./forward.ts";

export interface SpdyPortForwardOptions {
  readonly target: PortForwardTarget;
  readonly limits: PortForwardLimits;
  readonly budget: ConnectionBudget;
  readonly dial: Dialer;
  readonly nodeName: string;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

interface Pair {
  readonly requestId: string;
  error?: SpdyStream;
  data?: SpdyStream;
  timer: NodeJS.Timeout;
}

/** One port-forward session: a SPDY session on an upgraded connection. */
export class SpdyPortForward {
  readonly session: SpdySession;
  private readonly options: SpdyPortForwardOptions;
  private readonly pairs = new Map<string, Pair>();
  private readonly active = new Set<SpdyStream>();
  private readonly abort = new AbortController();
  private ending = false;

  constructor(socket: SessionSocket, options: SpdyPortForwardOptions) {
    this.options = options;
    this.session = new SpdySession(socket, {
      role: "server",
      maxConcurrentStreams: options.limits.maxStreamsPerSession,
      idleTimeoutMs: options.limits.idleTimeoutMs,
      log: options.log,
    });
    this.session.on("stream", (stream) => this.onStream(stream));
    this.session.on("close", (reason) => {
      this.abort.abort(reason ?? "the port-forward session closed");
      for (const pair of this.pairs.values()) clearTimeout(pair.timer);
      this.pairs.clear();
    });
  }

  /** Forwarded connections open now. */
  get connections(): number {
    return this.active.size;
  }

  /**
   * Ends the session: `message` goes to the error stream of every open connection (kubectl
   * prints it), then GOAWAY.
   */
  end(message: string): void {
    if (this.ending) return;
    this.ending = true;
    const open = this.active.size;
    for (const error of this.active) {
      writeError(error, message);
      error.end();
    }
    this.abort.abort(message);
    const goAway = (): void => {
      // GOAWAY closes the connection once the open streams have ended; a client that keeps them
      // open is cut off shortly after.
      this.session.goAway(GoAwayStatus.OK, message);
      setTimeout(() => this.session.close(message), 2_000).unref();
    };
    // client-go stops reading at GOAWAY and kubectl exits on it at once, maybe before it has
    // printed the message: give it a moment to read the error streams (it then closes itself).
    if (open === 0) goAway();
    else setTimeout(goAway, 1_000).unref();
  }

  private onStream(stream: SpdyStream): void {
    stream.on("error", () => undefined);
    if (this.ending) return stream.reset(RstStatus.REFUSED_STREAM);
    const port = parsePort(headerValue(stream.headers, "port"));
    const type = headerValue(stream.headers, "streamtype");
    let problem = typeof port === "string" ? port : undefined;
    if (!type) problem ??= `"streamType" header is required`;
    else if (type !== "error" && type !== "data") problem ??= `invalid stream type "${type}"`;
    if (problem) {
      this.options.log?.("port-forward: refusing a stream", { stream: stream.id, problem });
      return stream.reset(RstStatus.REFUSED_STREAM);
    }
    stream.reply();
    let requestId = headerValue(stream.headers, "requestid");
    if (!requestId) requestId = String(type === "error" ? stream.id : stream.id - 2);
    let pair = this.pairs.get(requestId);
    if (!pair) {
      const created: Pair = {
        requestId,
        timer: setTimeout(() => this.timeOut(created), this.options.limits.streamCreationTimeoutMs),
      };
      this.pairs.set(requestId, created);
      pair = created;
    }
    const slot = type === "error" ? "error" : "data";
    if (pair[slot]) {
      const message = `error processing stream for request ${requestId}: ${slot} stream already assigned`;
      if (pair.error) writeError(pair.error, message);
      return stream.reset(RstStatus.PROTOCOL_ERROR);
    }
    pair[slot] = stream;
    if (pair.error && pair.data) {
      clearTimeout(pair.timer);
      this.pairs.delete(requestId);
      void this.forward(pair.error, pair.data, port as number);
    }
  }

  private timeOut(pair: Pair): void {
    this.pairs.delete(pair.requestId);
    const message = `timed out waiting for streams of request ${pair.requestId}`;
    this.options.log?.(`port-forward: ${message}`, { pod: this.options.target.key });
    if (pair.error) {
      writeError(pair.error, message);
      pair.error.end();
    }
    pair.data?.reset(RstStatus.CANCEL);
  }

  private async forward(error: SpdyStream, data: SpdyStream, port: number): Promise<void> {
    const { target, budget } = this.options;
    if (!budget.take()) {
      writeError(
        error,
        `error forwarding port ${port} to pod ${target.key}: too many port-forward connections on node ${this.options.nodeName} (limit ${budget.max})`,
      );
      error.end();
      data.end();
      return;
    }
    this.active.add(error);
    try {
      const outcome = await forwardConnection(
        data as Duplex,
        target,
        port,
        this.options.dial,
        this.abort.signal,
      );
      if (outcome.error) {
        if (!this.abort.signal.aborted) writeError(error, outcome.error);
        this.options.log?.("port-forward: connection failed", {
          pod: target.key,
          port,
          error: outcome.error,
        });
        if (!data.destroyed && !data.writableEnded) data.end();
      }
    } finally {
      this.active.delete(error);
      budget.release();
      if (!error.destroyed && !error.writableEnded) error.end();
    }
  }
}

function writeError(stream: SpdyStream, message: string): void {
  if (!stream.destroyed && !stream.writableEnded) stream.write(message);
}
