/**
 * The agent as the image runs it: the bundled `dist/agent/agent.cjs` with the V8 flags of
 * AGENT_COMMAND, as a process. Bad configuration exits 2 naming the variable; with a feed on
 * loopback it becomes ready and answers a cluster name from the table. The command's paths are
 * the image's (tools/image/build.ts).
 */
import { execFile, spawn } from "node:child_process";
import { Resolver } from "node:dns/promises";
import { createServer } from "node:http";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { agentCredential } from "../../../service/src/agent/credential.ts";
import { FeedEndpoint } from "../../../service/src/agent/feed-endpoint.ts";
import { ServiceFeed } from "../../../service/src/agent/feed.ts";
import { AGENT_BUNDLE, AGENT_COMMAND, AGENT_NODE_FLAGS } from "../../../service/src/agent/launch.ts";
import { serviceLoopbackAddress } from "../../../service/src/agent/loopback.ts";
import { ensureAgentBundle } from "../../../tools/image/agent-bundle.ts";
import { APP_DIR, NODE_PATH } from "../../../tools/image/build.ts";
import { eventually } from "../support/cluster.ts";

const SECRET = "bundle-test-secret";
const POD_UID = "0b7e5a3c-2222-4222-8333-444455556666";
const DNS = "127.0.0.73";
const bundle = ensureAgentBundle();
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

describe("the bundled agent", () => {
  it("is what the image's agent command runs", () => {
    expect(AGENT_COMMAND).toEqual([`/${NODE_PATH}`, ...AGENT_NODE_FLAGS, `/${APP_DIR}/${AGENT_BUNDLE}`]);
    expect(bundle.endsWith(AGENT_BUNDLE)).toBe(true);
  });

  it("exits 2 naming the missing variable", async () => {
    const failure = await promisify(execFile)(process.execPath, [...AGENT_NODE_FLAGS, bundle], {
      env: { PATH: process.env["PATH"] ?? "" },
    }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain("OKEVN_FEED_URLS is required");
  });

  it("follows a feed and answers from its table", async () => {
    const feed = new ServiceFeed();
    feed.upsert({
      namespace: "shop",
      name: "web",
      kind: "ClusterIP",
      clusterIP: "10.96.0.10",
      ports: [{ name: "http", protocol: "TCP", port: 80 }],
      endpoints: [{ ports: { http: 8080 }, addresses: ["10.244.0.5"] }],
    });
    const endpoint = new FeedEndpoint({ feed, secret: SECRET, podRunsHere: () => true });
    const server = createServer((req, res) => {
      void endpoint.handle(req, res, new URL(req.url ?? "/", "http://x").searchParams);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => (server.closeAllConnections(), server.close()));
    const port = (server.address() as { port: number }).port;
    const child = spawn(process.execPath, [...AGENT_NODE_FLAGS, bundle, "--agent"], {
      stdio: "ignore",
      env: {
        PATH: process.env["PATH"] ?? "",
        OKEVN_FEED_URLS: `http://127.0.0.1:${port}`,
        OKEVN_POD_UID: POD_UID,
        OKEVN_AGENT_TOKEN: agentCredential(SECRET, POD_UID),
        OKEVN_DNS_ADDRESS: DNS,
        OKEVN_DNS_PORT: "10073",
        OKEVN_AGENT_HEALTH_PORT: "10074",
      },
    });
    cleanups.push(() => child.kill());
    await eventually(
      "readyz",
      async () => ((await fetch(`http://${DNS}:10074/readyz`)).ok ? true : undefined),
      20_000,
    );
    const resolver = new Resolver({ timeout: 1000, tries: 1 });
    resolver.setServers([`${DNS}:10073`]);
    expect(await resolver.resolve4("web.shop.svc.cluster.local")).toEqual([
      serviceLoopbackAddress("shop/web"),
    ]);
  });
});
