import "reflect-metadata"; // @peculiar/x509 resolves its services through tsyringe, which needs it
import { webcrypto } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Server, createServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { KubeConfig } from "@kubernetes/client-node";
import * as x509 from "@peculiar/x509";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ConflictError,
  ExpiredError,
  NotFoundError,
  PermanentError,
  ThrottledError,
  TransientError,
} from "../errors.ts";
import { KubeHttp, type KubeHttpOptions, type WatchEvent } from "./http.ts";

/** A self-signed ECDSA certificate for 127.0.0.1, which the client trusts as its cluster CA. */
async function selfSigned(): Promise<{ cert: string; key: string }> {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const algorithm = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, [
    "sign",
    "verify",
  ])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: "CN=127.0.0.1",
    keys,
    signingAlgorithm: algorithm,
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 86_400_000),
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.SubjectAlternativeNameExtension([{ type: "ip", value: "127.0.0.1" }]),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey)).toString("base64");
  return {
    cert: cert.toString("pem"),
    key: `-----BEGIN PRIVATE KEY-----\n${pkcs8}\n-----END PRIVATE KEY-----\n`,
  };
}

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

describe("KubeHttp against a local HTTPS server", () => {
  let server: Server;
  let cert: string;
  let route: Route;
  /** Every request the server got, with the TCP connection (by number) it came on. */
  let received: {
    method: string;
    url: string;
    headers: IncomingMessage["headers"];
    body: string;
    socket: number;
  }[];
  const sockets = new Map<Socket, number>();
  const clients: KubeHttp[] = [];

  beforeAll(async () => {
    const pair = await selfSigned();
    cert = pair.cert;
    server = createServer({ cert: pair.cert, key: pair.key }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        received.push({
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body,
          socket: sockets.get(req.socket) ?? -1,
        });
        route(req, res, body);
      });
    });
    server.on("secureConnection", (socket: Socket) => sockets.set(socket, sockets.size + 1));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
    server.closeAllConnections();
  });

  /** `prefix`: a path the kubeconfig's server URL carries (e.g. a proxy's). */
  function client(options: Partial<KubeHttpOptions> = {}, prefix = ""): KubeHttp {
    received = [];
    sockets.clear();
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromOptions({
      clusters: [
        {
          name: "test",
          server: `https://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}/`,
          caData: Buffer.from(cert).toString("base64"),
        },
      ],
      users: [{ name: "test", token: "secret-token" }],
      contexts: [{ name: "test", cluster: "test", user: "test" }],
      currentContext: "test",
    });
    const http = new KubeHttp(kubeConfig, { qps: 1000, burst: 1000, ...options });
    clients.push(http);
    return http;
  }

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  describe("request", () => {
    it("sends the bearer token, JSON body and query (dropping undefined values) and parses the JSON answer", async () => {
      route = (_req, res, body) => json(res, 201, { echoed: JSON.parse(body) as unknown });
      const http = client();
      const answer = await http.request<{ echoed: unknown }>("POST", "/api/v1/namespaces/a/configmaps", {
        query: { fieldManager: "okevn", dryRun: undefined, limit: 5 },
        body: { metadata: { name: "x" } },
      });
      expect(answer).toEqual({ echoed: { metadata: { name: "x" } } });
      const [request] = received;
      expect(request?.method).toBe("POST");
      expect(request?.url).toBe("/api/v1/namespaces/a/configmaps?fieldManager=okevn&limit=5");
      expect(request?.headers.authorization).toBe("Bearer secret-token");
      expect(request?.headers.accept).toBe("application/json");
      expect(request?.headers["content-type"]).toBe("application/json");
      expect(request?.body).toBe('{"metadata":{"name":"x"}}');
    });

    it("uses the given content type for patches and resolves undefined for an empty body", async () => {
      route = (_req, res) => {
        res.writeHead(200);
        res.end();
      };
      const http = client();
      const answer = await http.request("PATCH", "/api/v1/nodes/n/status", {
        body: { status: {} },
        contentType: "application/merge-patch+json",
      });
      expect(answer).toBeUndefined();
      expect(received[0]?.headers["content-type"]).toBe("application/merge-patch+json");
      expect(received[0]?.headers["content-length"]).toBe(String('{"status":{}}'.length));
    });

    it.each([
      ["/api/v1/pods", ""],
      ["/api/v1/namespaces/a/pods/p q", ""],
      ["/api/v1/namespaces/a/pods", "/k8s/clusters/c-1"],
      ["/api/v1/namespaces/a/pods/../x/é", "/k8s/clusters/c-1"],
    ])("sends the path %s (server prefix '%s') and query as new URL would", async (path, prefix) => {
      route = (_req, res) => json(res, 200, {});
      const http = client({}, prefix);
      const query = { labelSelector: "app in (a,b)", limit: 5, continue: undefined };
      await http.request("GET", path, { query });
      const expected = new URL(`https://127.0.0.1${prefix}${path}`);
      expected.searchParams.set("labelSelector", "app in (a,b)");
      expected.searchParams.set("limit", "5");
      expect(received[0]?.url).toBe(expected.pathname + expected.search);
    });

    it("asks for metadata only when the caller reads no more (metadataOnly)", async () => {
      route = (_req, res) =>
        json(res, 200, { kind: "PartialObjectMetadata", metadata: { name: "p", resourceVersion: "7" } });
      const http = client();
      const answer = await http.request<{ metadata: { resourceVersion: string } }>(
        "PATCH",
        "/api/v1/namespaces/a/pods/p/status",
        { body: { status: {} }, contentType: "application/merge-patch+json", metadataOnly: true },
      );
      expect(answer.metadata.resourceVersion).toBe("7");
      expect(received[0]?.headers.accept).toBe(
        "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1, application/json",
      );
    });

    it.each([
      [404, "NotFound", NotFoundError],
      [409, "AlreadyExists", ConflictError],
      [410, "Expired", ExpiredError],
      [429, "TooManyRequests", ThrottledError],
      [500, "InternalError", TransientError],
      [503, "ServiceUnavailable", TransientError],
      [400, "BadRequest", PermanentError],
      [403, "Forbidden", PermanentError],
      [422, "Invalid", PermanentError],
    ] as const)("maps status %i to %s's class with the apiserver's message", async (status, reason, type) => {
      route = (_req, res) =>
        json(res, status, { kind: "Status", reason, message: `the reason is ${reason}`, code: status });
      const seen: [string, number][] = [];
      const http = client({ onRequest: (method, code) => seen.push([method, code]) });
      const error = await http.request("GET", "/api/v1/namespaces/a/pods/p").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(type);
      expect((error as TransientError).status).toBe(status);
      expect((error as Error).message).toBe(
        `GET /api/v1/namespaces/a/pods/p: ${status} the reason is ${reason}`,
      );
      expect(seen).toEqual([["GET", status]]);
    });

    it("keeps a body that is not a Status object as the message", async () => {
      route = (_req, res) => {
        res.writeHead(502);
        res.end("bad gateway from a proxy");
      };
      const error = await client()
        .request("GET", "/version")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransientError);
      expect((error as Error).message).toBe("GET /version: 502 bad gateway from a proxy");
    });

    it("turns a dropped connection into a TransientError with status 0", async () => {
      route = (req) => req.socket.destroy();
      const seen: [string, number][] = [];
      const error = await client({ onRequest: (method, code) => seen.push([method, code]) })
        .request("DELETE", "/api/v1/namespaces/a/pods/p")
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransientError);
      expect((error as TransientError).status).toBe(0);
      expect((error as Error).message).toMatch(/^DELETE \/api\/v1\/namespaces\/a\/pods\/p: /);
      expect(seen).toEqual([["DELETE", 0]]);
    });

    it("reuses one keep-alive connection for requests in sequence", async () => {
      route = (_req, res) => json(res, 200, {});
      const http = client();
      for (let i = 0; i < 5; i++) await http.request("GET", `/api/v1/namespaces/a/pods/p${i}`);
      expect(received).toHaveLength(5);
      expect(new Set(received.map((r) => r.socket))).toEqual(new Set([1]));
    });

    it("opens at most 32 connections however many requests are in flight", async () => {
      const held: ServerResponse[] = [];
      let release: () => void = () => {};
      const allHeld = new Promise<void>((resolve) => (release = resolve));
      route = (_req, res) => {
        held.push(res);
        if (held.length === 32) release();
      };
      const http = client();
      const requests = Array.from({ length: 40 }, (_, i) => http.request("GET", `/api/v1/pods?n=${i}`));
      await allHeld;
      // 32 requests wait on the server; the other 8 queue in the agent, not on new sockets.
      expect(sockets.size).toBe(32);
      route = (_req, res) => json(res, 200, {});
      for (const res of held) json(res, 200, {});
      await Promise.all(requests);
      expect(received).toHaveLength(40);
      expect(sockets.size).toBe(32);
    });

    it("spaces requests beyond the burst by 1/qps (token bucket)", async () => {
      const arrivals: number[] = [];
      route = (_req, res) => {
        arrivals.push(performance.now());
        json(res, 200, {});
      };
      // 2 at once, then one every 50 ms.
      const http = client({ qps: 20, burst: 2 });
      const start = performance.now();
      await Promise.all(Array.from({ length: 6 }, () => http.request("GET", "/api/v1/namespaces")));
      expect(arrivals).toHaveLength(6);
      arrivals.sort((a, b) => a - b);
      // Lower bounds only (a busy machine can make requests later, never earlier). 2 ms slack for timer rounding.
      for (let i = 2; i < 6; i++) expect(arrivals[i]! - start).toBeGreaterThanOrEqual((i - 1) * 50 - 2);
    });
  });

  describe("watch", () => {
    const watchEvents = (lines: readonly string[], end: boolean): Route => {
      return (_req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        for (const line of lines) res.write(`${line}\n`);
        if (end) res.end();
      };
    };

    it("streams events until the server ends the watch, asking for bookmarks", async () => {
      const events = [
        { type: "ADDED", object: { metadata: { name: "a", resourceVersion: "5" } } },
        { type: "BOOKMARK", object: { metadata: { resourceVersion: "6" } } },
        { type: "DELETED", object: { metadata: { name: "a", resourceVersion: "7" } } },
      ];
      route = watchEvents(
        events.map((e) => JSON.stringify(e)),
        true,
      );
      const got: WatchEvent<unknown>[] = [];
      const seen: [string, number][] = [];
      await client({ onRequest: (method, status) => seen.push([method, status]) }).watch(
        "/api/v1/pods",
        { resourceVersion: "4", fieldSelector: "spec.nodeName=vn" },
        (event) => got.push(event),
        { signal: new AbortController().signal, stallMs: 10_000 },
      );
      expect(got).toEqual(events);
      const url = new URL(received[0]?.url ?? "", "https://x");
      expect(Object.fromEntries(url.searchParams)).toEqual({
        resourceVersion: "4",
        fieldSelector: "spec.nodeName=vn",
        watch: "true",
        allowWatchBookmarks: "true",
      });
      expect(seen).toEqual([["WATCH", 200]]);
    });

    it("throws ExpiredError for a 410 ERROR event, after delivering the events before it", async () => {
      route = watchEvents(
        [
          JSON.stringify({ type: "ADDED", object: { metadata: { name: "a" } } }),
          JSON.stringify({ type: "ERROR", object: { kind: "Status", code: 410, reason: "Expired" } }),
        ],
        false,
      );
      const got: unknown[] = [];
      const error = await client()
        .watch("/api/v1/pods", {}, (event) => got.push(event), {
          signal: new AbortController().signal,
          stallMs: 10_000,
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExpiredError);
      expect(got).toHaveLength(1);
    });

    it("maps another ERROR event's code, and a refused watch's status, to their classes", async () => {
      const options = { signal: new AbortController().signal, stallMs: 10_000 };
      route = watchEvents([JSON.stringify({ type: "ERROR", object: { code: 500 } })], false);
      const http = client();
      expect(await http.watch("/api/v1/pods", {}, () => {}, options).catch((e: unknown) => e)).toBeInstanceOf(
        TransientError,
      );
      route = (_req, res) => json(res, 403, { kind: "Status", reason: "Forbidden" });
      expect(await http.watch("/api/v1/pods", {}, () => {}, options).catch((e: unknown) => e)).toBeInstanceOf(
        PermanentError,
      );
      route = (_req, res) => json(res, 410, { kind: "Status", reason: "Expired" });
      expect(await http.watch("/api/v1/pods", {}, () => {}, options).catch((e: unknown) => e)).toBeInstanceOf(
        ExpiredError,
      );
    });

    it("gives up with a TransientError when no line arrives for stallMs (the stall watchdog)", async () => {
      route = watchEvents([JSON.stringify({ type: "ADDED", object: { metadata: { name: "a" } } })], false);
      const got: unknown[] = [];
      const started = performance.now();
      const error = await client()
        .watch("/api/v1/pods", {}, (event) => got.push(event), {
          signal: new AbortController().signal,
          stallMs: 150,
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransientError);
      expect((error as Error).message).toBe("WATCH /api/v1/pods: no data for 150 ms");
      expect(got).toHaveLength(1);
      expect(performance.now() - started).toBeGreaterThanOrEqual(148);
    });

    it("re-arms the stall watchdog on every line: a slow but live watch is not cut off", async () => {
      route = (_req, res) => {
        res.writeHead(200);
        let sent = 0;
        const timer = setInterval(() => {
          res.write(
            `${JSON.stringify({ type: "BOOKMARK", object: { metadata: { resourceVersion: String(++sent) } } })}\n`,
          );
          if (sent === 6) {
            clearInterval(timer);
            res.end();
          }
        }, 60);
      };
      const got: unknown[] = [];
      await client().watch("/api/v1/pods", {}, (event) => got.push(event), {
        signal: new AbortController().signal,
        stallMs: 250,
      });
      expect(got).toHaveLength(6);
    });

    it("resolves when its signal aborts, and turns a connection dropped mid-stream into a TransientError", async () => {
      route = watchEvents([], false);
      const http = client();
      const controller = new AbortController();
      const watching = http.watch("/api/v1/pods", {}, () => {}, {
        signal: controller.signal,
        stallMs: 10_000,
      });
      while (received.length === 0) await new Promise((r) => setTimeout(r, 5));
      controller.abort();
      await expect(watching).resolves.toBeUndefined();

      route = (req, res) => {
        res.writeHead(200);
        res.write(`${JSON.stringify({ type: "ADDED", object: {} })}\n`);
        setTimeout(() => req.socket.destroy(), 20);
      };
      const error = await http
        .watch("/api/v1/pods", {}, () => {}, { signal: new AbortController().signal, stallMs: 10_000 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransientError);
    });
  });
});
