/**
 * `GET /okevn/v1/services?version=N&epoch=E` on the kubelet API port: the long poll pod agents
 * use to follow the Service table. Authenticated by the agent credential (./credential.ts) of a
 * pod this node still runs, not by the API server (agents have no kubelet client certificate).
 * Answers 401 to a malformed or wrong credential, 403 once the pod is gone.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseAgentAuthorization, verifyAgentCredential } from "./credential.ts";
import { FEED_PATH, type ServiceFeed } from "./feed.ts";

export interface FeedEndpointOptions {
  readonly feed: ServiceFeed;
  /** The per-node secret the credentials are derived from. */
  readonly secret: string | Uint8Array;
  /** Whether a pod with this UID is bound to this node and not yet deleted. */
  readonly podRunsHere: (uid: string) => boolean;
  /** Longest wait of one poll. @default 30000 */
  readonly pollMs?: number;
}

export class FeedEndpoint {
  private readonly options: FeedEndpointOptions;

  constructor(options: FeedEndpointOptions) {
    this.options = options;
  }

  /** Whether `path` is this endpoint's (the kubelet server then hands the request here). */
  matches(path: string): boolean {
    return path === FEED_PATH;
  }

  async handle(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "GET") return send(405, { message: "only GET" });
    const auth = parseAgentAuthorization(req.headers.authorization);
    if (!auth || !verifyAgentCredential(this.options.secret, auth.podUid, auth.token)) {
      return send(401, { message: "Unauthorized" });
    }
    if (!this.options.podRunsHere(auth.podUid))
      return send(403, { message: "the pod no longer runs on this node" });
    const version = Number(query.get("version") ?? "0");
    const epoch = query.get("epoch") ?? undefined;
    const aborted = new AbortController();
    res.on("close", () => aborted.abort());
    const pollMs = Math.min(
      Math.max(Number(query.get("timeoutMs") ?? this.options.pollMs ?? 30_000), 0),
      60_000,
    );
    const response = await this.options.feed.wait(
      Number.isFinite(version) ? version : 0,
      epoch,
      pollMs,
      aborted.signal,
    );
    if (!res.destroyed) send(200, response);
  }
}
