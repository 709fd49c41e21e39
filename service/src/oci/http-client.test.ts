// NodeHttpClient under the unmodified SDK clients against the emulator (in this process, on
// loopback), which verifies every request's signature.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import * as common from "oci-common";
import { ContainerInstanceClient } from "oci-containerinstances";
import { VirtualNetworkClient } from "oci-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../tools/emulator/emulator.ts";
import { scenario } from "../../../tools/emulator/scenarios.ts";
import { authProvider } from "../../../tools/emulator/sdk-clients.ts";
import { ConflictError, NotFoundError, ThrottledError, TransientError } from "../errors.ts";
import { call } from "./errors.ts";
import { HttpTransportError, NodeHttpClient } from "./http-client.ts";
import { logBytes } from "./logs.ts";
import { CachedKeyRequestSigner } from "./signer.ts";

let emu: Emulator;
let http: NodeHttpClient;

beforeAll(async () => {
  emu = await startEmulator({ profile: "fast", seed: 7 });
  http = new NodeHttpClient(new CachedKeyRequestSigner(authProvider(emu.credentials)));
});

afterAll(async () => {
  http.close();
  await emu.stop();
});

/** SDK clients as clients.ts builds them; `retries` turns on a quick SDK retry (3 attempts, 10 ms apart). */
function clients(options: { endpoint?: string; retries?: boolean; httpClient?: common.HttpClient } = {}) {
  const configuration = (): common.ClientConfiguration => ({
    retryConfiguration: options.retries
      ? {
          terminationStrategy: new common.MaxAttemptsTerminationStrategy(3),
          delayStrategy: new common.FixedTimeDelayStrategy(0.01),
        }
      : common.NoRetryConfigurationDetails,
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  });
  const params = { httpClient: options.httpClient ?? http };
  const ci = new ContainerInstanceClient(params, configuration());
  const vn = new VirtualNetworkClient(params, configuration());
  ci.endpoint = options.endpoint ?? emu.endpoint;
  vn.endpoint = options.endpoint ?? emu.endpoint;
  return { ci, vn };
}

function createDetails(image = "docker.io/library/nginx:1.27", name = "pod") {
  const c = emu.credentials;
  return {
    createContainerInstanceDetails: {
      compartmentId: c.compartmentId,
      availabilityDomain: c.availabilityDomains[0]!,
      shape: "CI.Standard.E4.Flex",
      shapeConfig: { ocpus: 1, memoryInGBs: 2 },
      displayName: name,
      containers: [{ imageUrl: image }],
      vnics: [{ subnetId: c.subnetId }],
    },
  };
}

async function active(ci: ContainerInstanceClient, id: string) {
  for (let i = 0; i < 200; i++) {
    const { containerInstance } = await ci.getContainerInstance({ containerInstanceId: id });
    if (containerInstance.lifecycleState === "ACTIVE") return containerInstance;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${id} did not become ACTIVE`);
}

describe("NodeHttpClient with the SDK clients", () => {
  it("creates, gets, lists and deletes an instance, with the response headers the SDK reads", async () => {
    const { ci, vn } = clients();
    const created = await ci.createContainerInstance(createDetails("docker.io/library/nginx:1.27", "crud"));
    expect(created.containerInstance.displayName).toBe("crud");
    expect(created.opcRequestId).toMatch(/\S/);
    expect(created.etag).toMatch(/\S/);
    expect(created.opcWorkRequestId).toMatch(/^ocid1\./);
    const instance = await active(ci, created.containerInstance.id);
    expect(instance.containers).toHaveLength(1);
    const container = await ci.getContainer({ containerId: instance.containers[0]!.containerId });
    expect(container.container.imageUrl).toBe("docker.io/library/nginx:1.27");
    const vnic = await vn.getVnic({ vnicId: instance.vnics[0]!.vnicId! });
    expect(vnic.vnic.privateIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const listed = await ci.listContainerInstances({
      compartmentId: emu.credentials.compartmentId,
      displayName: "crud",
    });
    expect(listed.containerInstanceCollection.items.map((i) => i.id)).toEqual([created.containerInstance.id]);
    const deleted = await ci.deleteContainerInstance({ containerInstanceId: created.containerInstance.id });
    expect(deleted.opcRequestId).toMatch(/\S/);
    expect(emu.callLog.count("DeleteContainerInstance", 202)).toBeGreaterThanOrEqual(1);
  });

  it("answers a 404 that call() turns into NotFoundError", async () => {
    const { ci } = clients();
    const error = await call("GetContainerInstance", () =>
      ci.getContainerInstance({ containerInstanceId: "ocid1.computecontainerinstance.oc1..missing" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
  });

  it("answers a 409 as ConflictError and a 429 as ThrottledError", async () => {
    const { ci } = clients();
    const get = () =>
      call("GetContainerInstance", () =>
        ci.getContainerInstance({ containerInstanceId: "ocid1.computecontainerinstance.oc1..any" }),
      ).catch((e: unknown) => e);
    emu.setFaults({
      rules: [{ operation: "GetContainerInstance", error: { status: 409, code: "Conflict", count: 1 } }],
    });
    const conflict = await get();
    emu.setFaults({ rules: [{ operation: "GetContainerInstance", error: { status: 429, count: 1 } }] });
    const throttled = await get();
    emu.setFaults({ rules: [] });
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).code).toBe("Conflict");
    expect(throttled).toBeInstanceOf(ThrottledError);
  });

  it("lets the SDK retry a 500, and a 500 without retries is transient", async () => {
    const { ci } = clients({ retries: true });
    const before = emu.callLog.count("ListContainerInstances");
    emu.setFaults({ rules: [{ operation: "ListContainerInstances", error: { status: 500, count: 2 } }] });
    const listed = await ci.listContainerInstances({ compartmentId: emu.credentials.compartmentId });
    expect(listed.containerInstanceCollection.items).toBeDefined();
    expect(emu.callLog.count("ListContainerInstances") - before).toBe(3);
    emu.setFaults({ rules: [{ operation: "ListContainerInstances", error: { status: 500, count: 1 } }] });
    const error = await call("ListContainerInstances", () =>
      clients().ci.listContainerInstances({ compartmentId: emu.credentials.compartmentId }),
    ).catch((e: unknown) => e);
    emu.setFaults({ rules: [] });
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).status).toBe(500);
  });

  it("makes a refused connection a TransientError", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const { ci } = clients({ endpoint: `http://127.0.0.1:${port}` });
    const error = await call("GetContainer", () => ci.getContainer({ containerId: "ocid1.x" })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });

  it("times out a silent server as a TransientError", async () => {
    const slow = new NodeHttpClient(new CachedKeyRequestSigner(authProvider(emu.credentials)), {
      idleTimeoutMs: 50,
    });
    emu.setFaults({ rules: [{ operation: "GetContainer", latencyMs: 1000 }] });
    const { ci } = clients({ httpClient: slow });
    const error = await call("GetContainer", () => ci.getContainer({ containerId: "ocid1.x" })).catch(
      (e: unknown) => e,
    );
    emu.setFaults({ rules: [] });
    slow.close();
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toContain("no data for 50 ms");
  });

  it("returns RetrieveLogs' bytes intact: multi-byte characters cut by the 256 KB tail, NUL and ESC", async () => {
    const image = "example.com/binary-logs:1";
    const template = `{n} ${"é 日本語 \u0000 \u001b[31m red \u001b[0m ☃ ".repeat(12)}`;
    const lines = 800; // 800 lines of ~470 bytes: more than the 256 KB RetrieveLogs keeps
    emu.setScenarios([scenario.logs(image, [template], 1, lines)]);
    const { ci } = clients();
    const created = await ci.createContainerInstance(createDetails(image, "logs"));
    const instance = await active(ci, created.containerInstance.id);
    await new Promise((r) => setTimeout(r, lines + 200)); // one line per ms, then no more
    const retrieve = async (client: ContainerInstanceClient) =>
      logBytes((await client.retrieveLogs({ containerId: instance.containers[0]!.containerId })).value);
    const bytes = await retrieve(ci);
    const all = Buffer.from(
      Array.from({ length: lines }, (_, n) => `${template.replace("{n}", String(n))}\n`).join(""),
    );
    const expected = all.subarray(all.length - 256 * 1024);
    expect(bytes.length).toBe(256 * 1024);
    expect(bytes[0]! & 0xc0).toBe(0x80); // the tail starts inside a character: not valid UTF-8
    expect(bytes.equals(expected)).toBe(true);
    // The SDK's own fetch client reads the same bytes.
    const viaFetch = new common.FetchHttpClient(
      new CachedKeyRequestSigner(authProvider(emu.credentials)),
      null,
    );
    expect((await retrieve(clients({ httpClient: viaFetch }).ci)).equals(bytes)).toBe(true);
    emu.setScenarios([]);
  });
});

describe("NodeHttpClient on the wire", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/gzip") {
        res.writeHead(200, {
          "content-type": "application/json",
          "content-encoding": "gzip",
          "opc-request-id": "r1",
        });
        res.end(gzipSync(JSON.stringify({ ok: "ünïcode" })));
      } else if (req.url === "/echo") {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(
            JSON.stringify({
              method: req.method,
              headers: req.headers,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        });
      } else {
        res.writeHead(204, { "opc-request-id": "r2" });
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  const unsigned = new NodeHttpClient(null);
  afterAll(() => unsigned.close());

  it("decodes a gzip body and keeps the headers", async () => {
    const response = await unsigned.send({ method: "GET", uri: `${base}/gzip`, headers: new Headers() });
    expect(response.status).toBe(200);
    expect(response.headers.get("opc-request-id")).toBe("r1");
    expect(await response.json()).toEqual({ ok: "ünïcode" });
  });

  it("sends a string body with its length and the caller's headers", async () => {
    const body = JSON.stringify({ name: "ünïcode" });
    const response = await unsigned.send({
      method: "POST",
      uri: `${base}/echo`,
      headers: new Headers({ "content-type": "application/json", "opc-retry-token": "t1" }),
      body,
    });
    const echoed = (await response.json()) as {
      method: string;
      headers: Record<string, string>;
      body: string;
    };
    expect(echoed).toMatchObject({ method: "POST", body });
    expect(echoed.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
    expect(echoed.headers["opc-retry-token"]).toBe("t1");
  });

  it("gives a 204 a null body", async () => {
    const response = await unsigned.send({ method: "DELETE", uri: `${base}/x`, headers: new Headers() });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
    expect(await response.text()).toBe("");
  });

  it("rejects a refused connection with HttpTransportError, code ECONNREFUSED", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const error = await unsigned
      .send({ method: "GET", uri: `http://127.0.0.1:${port}/`, headers: new Headers() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpTransportError);
    expect((error as HttpTransportError).code).toBe("ECONNREFUSED");
  });
});
