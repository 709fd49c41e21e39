import { type IncomingMessage, type Server, type ServerResponse, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { KubeletApiMetrics } from "./api-metrics.ts";
import { Responder } from "./respond.ts";

let server: Server | undefined;

afterEach(async () => {
  const s = server;
  server = undefined;
  if (s) await new Promise((resolve) => s.close(resolve));
});

/** A loopback HTTP server whose every request is answered by `handle`; resolves with its port. */
async function serve(handle: (res: ServerResponse) => Promise<void>): Promise<number> {
  server = createServer((_req: IncomingMessage, res: ServerResponse) => void handle(res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function call(port: number, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path: "/" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** `count` pieces of `size` characters, counting how many were produced. */
function counted(count: number, size: number): { pieces: Iterable<string>; produced: () => number } {
  let produced = 0;
  function* pieces(): Generator<string> {
    for (let i = 0; i < count; i++) {
      produced++;
      yield String(i % 10).repeat(size);
    }
  }
  return { pieces: pieces(), produced: () => produced };
}

describe("Responder.stream", () => {
  it("writes every piece, in order, as a chunked 200 with the content type", async () => {
    const { pieces } = counted(50, 10_000);
    const port = await serve((res) => new Responder(new KubeletApiMetrics()).stream(res, pieces));
    const answer = await call(port);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.headers["transfer-encoding"]).toBe("chunked");
    expect(answer.body).toBe(Array.from({ length: 50 }, (_, i) => String(i % 10).repeat(10_000)).join(""));
  });

  it("answers HEAD with the headers only, producing no piece", async () => {
    const { pieces, produced } = counted(5, 10);
    const port = await serve((res) => new Responder(new KubeletApiMetrics()).stream(res, pieces));
    const answer = await call(port, "HEAD");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("");
    expect(produced()).toBe(0);
  });

  it("stops producing pieces once the client went away, and resolves", async () => {
    const { pieces, produced } = counted(10_000, 64 * 1024);
    let finished: Promise<void> | undefined;
    const port = await serve(
      (res) => (finished = new Responder(new KubeletApiMetrics()).stream(res, pieces)),
    );
    await new Promise<void>((resolve) => {
      const req = request({ host: "127.0.0.1", port, path: "/" }, (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", () => undefined);
      req.end();
    });
    await expect(finished).resolves.toBeUndefined();
    expect(produced()).toBeLessThan(10_000);
  });

  it("rejects with what producing a piece threw, cutting the response short", async () => {
    function* failing(): Generator<string> {
      yield "first";
      throw new Error("piece failed");
    }
    let finished: Promise<void> | undefined;
    const port = await serve((res) => {
      finished = new Responder(new KubeletApiMetrics()).stream(res, failing());
      return finished.catch(() => undefined);
    });
    await call(port).catch(() => undefined);
    await expect(finished).rejects.toThrow("piece failed");
  });
});
