/**
 * The agent's side of the feed: long polls the provider replicas' kubelet API ports in turn,
 * moving to the next replica on any error, and applies each response. While no replica answers
 * the agent keeps serving its last table; `staleSinceMs` says for how long (readiness reports it).
 */
import { request as httpRequest } from "node:http";
import { agentAuthorization } from "./credential.ts";
import { FEED_PATH, type FeedResponse } from "./feed.ts";

export interface FeedClientOptions {
  /** Replica base URLs, e.g. `https://10.0.1.5:10250`. */
  readonly urls: readonly string[];
  readonly podUid: string;
  readonly token: string;
  /** PEM CA bundle that signed the replicas' serving certificates (https URLs). */
  readonly ca?: string;
  readonly apply: (response: FeedResponse) => Promise<void>;
  /** Longest server-side wait of one poll. @default 25000 */
  readonly pollMs?: number;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

export class FeedError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = "FeedError";
    this.status = status;
  }
}

export class FeedClient {
  private readonly options: FeedClientOptions;
  private readonly abort = new AbortController();
  private epoch: string | undefined;
  private version = 0;
  private replica = 0;
  private lastOk: number | undefined;
  private loop: Promise<void> | undefined;
  /** Resolves after the first successful response. */
  readonly synced: Promise<void>;
  private markSynced!: () => void;

  constructor(options: FeedClientOptions) {
    if (options.urls.length === 0) throw new FeedError("no feed URLs");
    this.options = options;
    this.synced = new Promise((resolve) => (this.markSynced = resolve));
  }

  /** Milliseconds since the last successful poll; undefined before the first. */
  staleSinceMs(now = Date.now()): number | undefined {
    return this.lastOk === undefined ? undefined : now - this.lastOk;
  }

  get currentUrl(): string {
    return this.options.urls[this.replica % this.options.urls.length]!;
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    let delay = 200;
    while (!this.abort.signal.aborted) {
      try {
        const response = await this.poll(this.currentUrl);
        await this.options.apply(response);
        this.epoch = response.epoch;
        this.version = response.version;
        this.lastOk = Date.now();
        this.markSynced();
        delay = 200;
      } catch (error) {
        if (this.abort.signal.aborted) return;
        this.options.log?.("agent: feed poll failed; trying the next replica", {
          url: this.currentUrl,
          error: error instanceof Error ? error.message : String(error),
        });
        this.replica++;
        // Every replica once in a row without a pause, then back off.
        if (this.replica % this.options.urls.length === 0) {
          await sleep(delay, this.abort.signal);
          delay = Math.min(delay * 2, 5000);
        }
      }
    }
  }

  private poll(base: string): Promise<FeedResponse> {
    const pollMs = this.options.pollMs ?? 25_000;
    const url = new URL(FEED_PATH, base);
    url.searchParams.set("version", String(this.version));
    if (this.epoch) url.searchParams.set("epoch", this.epoch);
    url.searchParams.set("timeoutMs", String(pollMs));
    // `https` (with tls) loads only for an https feed: about 3 MiB resident that a plain-HTTP feed
    // (tests, benchmarks) does not need.
    const request = url.protocol === "https:" ? process.getBuiltinModule("node:https").request : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          headers: { authorization: agentAuthorization(this.options.podUid, this.options.token) },
          signal: this.abort.signal,
          timeout: pollMs + 10_000,
          ...(this.options.ca ? { ca: this.options.ca } : {}),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => {
            const body = Buffer.concat(chunks).toString("utf8");
            if (res.statusCode !== 200)
              return reject(new FeedError(`HTTP ${res.statusCode}: ${body.slice(0, 200)}`, res.statusCode));
            try {
              resolve(JSON.parse(body) as FeedResponse);
            } catch {
              reject(new FeedError("malformed feed response"));
            }
          });
        },
      );
      req.on("timeout", () => req.destroy(new FeedError("feed poll timed out")));
      req.on("error", reject);
      req.end();
    });
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}
