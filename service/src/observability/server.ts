/** The metrics and health listeners, on their own ports (not the kubelet API). */
import { type Server, createServer } from "node:http";
import type { Registry } from "prom-client";

export interface ObservabilityServers {
  readonly metricsPort: number;
  readonly healthPort: number;
  close(): Promise<void>;
}

function parse(address: string): { host: string; port: number } {
  const match = /^\[?([^\]]*)\]?:(\d+)$/.exec(address);
  if (!match?.[1] || match[2] === undefined) throw new Error(`not host:port: ${address}`);
  return { host: match[1], port: Number(match[2]) };
}

function listen(server: Server, address: string): Promise<number> {
  const { host, port } = parse(address);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const bound = server.address();
      resolve(typeof bound === "object" && bound ? bound.port : port);
    });
  });
}

export async function startObservability(
  registry: Registry,
  addresses: { readonly metrics: string; readonly health: string },
  isReady: () => boolean,
): Promise<ObservabilityServers> {
  const metrics = createServer((req, res) => {
    if (req.url !== "/metrics") return void res.writeHead(404).end("not found\n");
    registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": registry.contentType }).end(text),
      (error: unknown) => res.writeHead(500).end(`${String(error)}\n`),
    );
  });
  const health = createServer((req, res) => {
    if (req.url === "/healthz" || req.url === "/livez") return void res.writeHead(200).end("ok\n");
    if (req.url === "/readyz")
      return void res.writeHead(isReady() ? 200 : 503).end(isReady() ? "ok\n" : "starting\n");
    res.writeHead(404).end("not found\n");
  });
  const [metricsPort, healthPort] = [
    await listen(metrics, addresses.metrics),
    await listen(health, addresses.health),
  ];
  return {
    metricsPort,
    healthPort,
    close: async () => {
      await Promise.all([metrics, health].map((s) => new Promise((r) => s.close(r))));
    },
  };
}
