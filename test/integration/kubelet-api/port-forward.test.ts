/**
 * `kubectl port-forward` through the real apiserver to pods on the virtual node, on the emulator's
 * process runtime: the pods are real processes in their own network namespaces, with their VNIC IPs
 * on the emulator's bridge, which the provider dials as it dials a Container Instance in the VCN.
 * `web` runs the catalogue's nginx stand-in (its default page on :80), `data` a small Node server
 * (echo, a 100 MiB download and upload, a slow request, graceful SIGTERM). Two provider replicas
 * serve the kubelet API behind a small TCP load balancer (as in production, issue 6); the Node
 * advertises the balancer.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { type IncomingMessage, get, request } from "node:http";
import { type Server, type Socket, connect, createServer } from "node:net";
import { loadavg } from "node:os";
import { connect as tlsConnect } from "node:tls";
import {
  CoordinationV1Api,
  RbacAuthorizationV1Api,
  type V1Container,
  type V1Pod,
} from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../tools/emulator/emulator.ts";
import { adminConfig, clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  startVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";
import { isReady } from "../process-runtime/support.ts";
import { freePort, kubectl, servingCertificate } from "./support.ts";

const { core } = clients();
const rbac = adminConfig().makeApiClient(RbacAuthorizationV1Api);
const nodeName = `vn-portfwd-${process.pid}`;
const BLOCK_BYTES = 64 * 1024;
const BLOCKS = 1600;
const BLOB_BYTES = BLOCKS * BLOCK_BYTES; // 100 MiB
const DATA_PORT = 8080;
/**
 * The `data` pod's server (run by the catalogue's `node` image). Block i of the blob is 64 KiB of
 * the byte i & 255, as blobChunk below; SIGTERM stops accepting and exits when the last request ends.
 */
const DATA_SERVER = `
const http = require("node:http");
const crypto = require("node:crypto");
const server = http.createServer((req, res) => {
  if (req.url === "/blob") {
    res.writeHead(200, { "content-length": ${BLOB_BYTES}, "content-type": "application/octet-stream" });
    let i = 0;
    const pump = () => {
      while (i < ${BLOCKS}) if (!res.write(Buffer.alloc(${BLOCK_BYTES}, i++ & 255))) return void res.once("drain", pump);
      res.end();
    };
    return pump();
  }
  if (req.url === "/sha256" && req.method === "POST") {
    const hash = crypto.createHash("sha256");
    req.on("data", (c) => hash.update(c));
    req.on("end", () => res.end(hash.digest("hex")));
    return;
  }
  if (req.url === "/slow") return void setTimeout(() => res.end("slow done\\n"), 60000);
  res.end("hello from data (" + req.url + ")\\n");
});
server.listen(${DATA_PORT}, () => console.log("listening on ${DATA_PORT}"));
process.on("SIGTERM", () => {
  console.log("SIGTERM: closing when the open requests end");
  server.close(() => process.exit(0));
});
`;
let emulator: Emulator;
let ns: string;
let removeNamespace: () => Promise<void>;
let balancer: Server;
/** Where the balancer sends new connections: the leader's or the standby's kubelet API port. */
let backendPort = 0;
/** Connections the balancer sent to each backend port. */
const backendConnections = new Map<number, number>();
let kubeletPort: number;
let standbyPort: number;
const replicas: VirtualNodeProcess[] = [];
let blobSha = "";
let webIp = "";
let dataIp = "";

/** Deterministic bytes: block i of 64 KiB is filled with i. */
function blobChunk(i: number): Buffer {
  return Buffer.alloc(BLOCK_BYTES, i & 255);
}

beforeAll(async () => {
  const hash = createHash("sha256");
  for (let i = 0; i < BLOCKS; i++) hash.update(blobChunk(i));
  blobSha = hash.digest("hex");
  emulator = await startEmulator({ profile: "fast", runtime: "process" });
  const namespace = await testNamespace("kubelet-portfwd");
  ns = namespace.name;
  removeNamespace = namespace.remove;
  const address = clusterInfo().hostAddress;
  // The Node advertises address:kubeletPort, served by the balancer in front of both replicas.
  kubeletPort = await freePort(address);
  standbyPort = await freePort("127.0.0.1");
  balancer = createServer((client: Socket) => {
    backendConnections.set(backendPort, (backendConnections.get(backendPort) ?? 0) + 1);
    const upstream = connect({ host: "127.0.0.1", port: backendPort });
    client.pipe(upstream).pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((resolve) => balancer.listen(kubeletPort, address, resolve));
  backendPort = kubeletPort;
  const serving = await servingCertificate(nodeName, address);
  const replica = (identity: string, port: number): Promise<VirtualNodeProcess> =>
    startVirtualNode({
      nodeName,
      emulator,
      dir: `${nodeName}-${identity}`,
      config: {
        kubeletApi: {
          listenAddress: "127.0.0.1",
          port,
          tlsCertFile: serving.cert,
          tlsKeyFile: serving.key,
          clientCaFile: clusterInfo().caCert,
        },
        namespace: ns,
        leaderElection: {
          enabled: true,
          identity,
          leaseNamespace: ns,
          leaseDurationSeconds: 6,
          renewDeadlineSeconds: 4,
          retryPeriodSeconds: 1,
        },
      },
    });
  // The leader writes the Node with its own port: the one the balancer listens on.
  replicas.push(await replica("leader", kubeletPort));
  await waitForReadyNode(core, nodeName);
  replicas.push(await replica("standby", standbyPort));
  await core.createNamespacedPod({
    namespace: ns,
    body: pod("web", { image: "docker.io/library/nginx:1.27", port: 80 }),
  });
  await core.createNamespacedPod({
    namespace: ns,
    body: pod("data", {
      image: "docker.io/library/node:24-slim",
      command: ["node", "-e", DATA_SERVER],
      port: DATA_PORT,
    }),
  });
  await core.createNamespacedService({
    namespace: ns,
    body: {
      metadata: { name: "web" },
      spec: { selector: { app: "web" }, ports: [{ port: 8080, targetPort: 80 }] },
    },
  });
  webIp = (await ready("web")).status!.podIP!;
  dataIp = (await ready("data")).status!.podIP!;
});

afterAll(async () => {
  await removeNamespace?.();
  for (const r of replicas) await r.stop();
  await core.deleteNode({ name: nodeName }).catch(() => undefined);
  await emulator?.stop();
  balancer?.close();
});

/** A one-container pod labelled app=<name>, Ready once its port accepts connections. */
function pod(name: string, c: { image: string; port: number; command?: string[] }): V1Pod {
  const container: V1Container = {
    name: "main",
    image: c.image,
    ...(c.command ? { command: c.command } : {}),
    ports: [{ containerPort: c.port }],
    readinessProbe: { tcpSocket: { port: c.port }, periodSeconds: 1, failureThreshold: 1 },
    resources: { requests: { cpu: "250m", memory: "512Mi" } },
  };
  return {
    metadata: { name, labels: { app: name } },
    spec: { nodeName, tolerations: [VIRTUAL_NODE_TOLERATION], containers: [container] },
  };
}

/** Waits until the pod is Ready with an IP on the emulator's bridge. */
async function ready(name: string): Promise<V1Pod> {
  return eventually(
    `${name} Ready with a pod IP`,
    async () => {
      const p = await core.readNamespacedPod({ name, namespace: ns });
      return isReady(p) && p.status?.podIP ? p : undefined;
    },
    90_000,
  );
}

interface PortForward {
  readonly localPort: number;
  output(): string;
  stop(): Promise<number>;
  readonly exited: Promise<number>;
}

/** Starts `kubectl port-forward <resource> L:<remote>` and waits until it listens. */
async function portForward(
  resource: string,
  remote: number,
  options: { as?: string; env?: Record<string, string> } = {},
): Promise<PortForward> {
  const { kubectl: bin, kubeconfig } = clusterInfo();
  const localPort = await freePort("127.0.0.1");
  const args = [`--kubeconfig=${kubeconfig}`, "-n", ns, "port-forward", resource, `${localPort}:${remote}`];
  if (options.as) args.push(`--as=${options.as}`);
  const child = spawn(bin, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...options.env },
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += String(c)));
  child.stderr.on("data", (c: Buffer) => (out += String(c)));
  const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? -1)));
  const ready = await Promise.race([
    eventually(
      "kubectl port-forward listening",
      async () => (out.includes(`Forwarding from 127.0.0.1:${localPort}`) ? true : undefined),
      30_000,
    ),
    exited.then(() => false),
  ]);
  if (!ready && !options.as) throw new Error(`kubectl port-forward exited: ${out}`);
  return {
    localPort,
    output: () => out,
    exited,
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** GET http://host:port/path; the body (its first MiB) as a Buffer, with the whole body's sha256. */
function httpGet(
  port: number,
  path: string,
  host = "127.0.0.1",
): Promise<{ status: number; body: Buffer; sha: string }> {
  return new Promise((resolve, reject) => {
    get({ host, port, path, agent: false }, (res: IncomingMessage) => {
      const hash = createHash("sha256");
      const parts: Buffer[] = [];
      let size = 0;
      res.on("data", (c: Buffer) => {
        hash.update(c);
        size += c.length;
        if (size < 1024 * 1024) parts.push(c);
      });
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts), sha: hash.digest("hex") }),
      );
      res.on("error", reject);
    }).on("error", reject);
  });
}

/** Runs `transfer` of the 100 MiB blob; its result and MiB/s. */
async function timed<T>(transfer: () => Promise<T>): Promise<{ result: T; mibPerSecond: number }> {
  const started = performance.now();
  const result = await transfer();
  return { result, mibPerSecond: BLOB_BYTES / 1024 / 1024 / ((performance.now() - started) / 1000) };
}

/** POSTs the 100 MiB blob to /sha256; the pod's digest of what it received. */
function upload(port: number, host = "127.0.0.1"): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host,
        port,
        path: "/sha256",
        method: "POST",
        agent: false,
        headers: { "content-length": BLOB_BYTES },
      },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += String(c)));
        res.on("end", () => resolve(body));
      },
    );
    req.on("error", reject);
    let i = 0;
    const pump = (): void => {
      while (i < BLOCKS) if (!req.write(blobChunk(i++))) return void req.once("drain", pump);
      req.end();
    };
    pump();
  });
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `count` concurrent GETs of /<prefix><i>; each must come back with its own path. */
async function echoes(port: number, prefix: string, count: number): Promise<void> {
  const results = await Promise.all(Array.from({ length: count }, (_, i) => httpGet(port, `/${prefix}${i}`)));
  expect(results.map((r) => String(r.body))).toEqual(
    Array.from({ length: count }, (_, i) => `hello from data (/${prefix}${i})\n`),
  );
}

describe("kubectl port-forward to a pod on the virtual node (process runtime)", () => {
  it("forwards pod/web and svc/web: a GET returns the nginx pod's page", async () => {
    expect(webIp).toMatch(/^198\.19\.\d+\.\d+$/);
    for (const resource of ["pod/web", "svc/web"]) {
      const pf = await portForward(resource, resource === "svc/web" ? 8080 : 80);
      try {
        const { status, body } = await httpGet(pf.localPort, "/");
        expect(status).toBe(200);
        expect(String(body)).toContain("<h1>Welcome to nginx!</h1>");
        const metrics = await kubectl(["get", "--raw", `/api/v1/nodes/${nodeName}/proxy/metrics`]);
        expect(metrics.stdout).toMatch(/^okevn_port_forward_sessions 1$/m);
      } finally {
        await pf.stop();
      }
    }
    // The pod's own log (the stand-in logs each request) shows them coming from the provider, in the
    // root namespace, whose address on the pod subnet is the bridge's (.1).
    const bridge = `${webIp.split(".").slice(0, 3).join(".")}.1`;
    const logs = await kubectl(["logs", "-n", ns, "web"]);
    const requests = logs.stdout.match(new RegExp(`^\\[::ffff:${escaped(bridge)}\\]:\\d+: url:/$`, "gm"));
    expect(requests).toHaveLength(2);
  });

  it("works with kubectl speaking SPDY to the apiserver too (no WebSocket tunnel)", async () => {
    const pf = await portForward("pod/data", DATA_PORT, {
      env: { KUBECTL_PORT_FORWARD_WEBSOCKETS: "false" },
    });
    try {
      expect(String((await httpGet(pf.localPort, "/spdy")).body)).toBe("hello from data (/spdy)\n");
    } finally {
      await pf.stop();
    }
  });

  it("completes 20 concurrent connections, and 100 MiB arrive intact both ways", async () => {
    const pf = await portForward("pod/data", DATA_PORT);
    try {
      await echoes(pf.localPort, "c", 20);
      const forwarded = await timed(() => httpGet(pf.localPort, "/blob"));
      expect(forwarded.result.sha).toBe(blobSha);
      // And the other way: 100 MiB uploaded (the apiserver's SPDY side sends without flow control).
      const uploaded = await timed(() => upload(pf.localPort));
      expect(uploaded.result).toBe(blobSha);
      // The same transfers straight to the pod's IP on the emulator's bridge.
      const directly = await timed(() => httpGet(DATA_PORT, "/blob", dataIp));
      expect(directly.result.sha).toBe(blobSha);
      const directUpload = await timed(() => upload(DATA_PORT, dataIp));
      expect(directUpload.result).toBe(blobSha);
      const mibps = (t: { mibPerSecond: number }): string => `${t.mibPerSecond.toFixed(1)} MiB/s`;
      console.log(
        `port-forward throughput (100 MiB, process runtime): through kubectl, the apiserver and the provider download ${mibps(forwarded)}, upload ${mibps(uploaded)}; directly to ${dataIp} download ${mibps(directly)}, upload ${mibps(directUpload)}; load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(" ")}`,
      );
    } finally {
      await pf.stop();
    }
  });

  it("reports a closed port; the next port-forward works", async () => {
    const pf = await portForward("pod/web", 81);
    await new Promise<void>((resolve) => {
      const socket = connect({ host: "127.0.0.1", port: pf.localPort });
      socket.on("error", () => resolve());
      socket.on("close", () => resolve());
      socket.resume();
    });
    await eventually("kubectl prints the error", async () =>
      pf.output().includes("an error occurred forwarding") ? true : undefined,
    );
    // The pod's network namespace answers the SYN to a port nothing listens on with a reset.
    expect(pf.output()).toMatch(
      new RegExp(
        `an error occurred forwarding ${pf.localPort} -> 81: error forwarding port 81 to pod ${ns}/web, uid [-0-9a-f]+: dial tcp ${escaped(webIp)}:81: connect: connection refused`,
      ),
    );
    console.log(`kubectl port-forward to a closed port printed:\n${pf.output()}`);
    // kubectl 1.34 itself closes the session after a remote error ("lost connection to pod");
    // the provider keeps it (see spdy.test.ts), and a new session works.
    await Promise.race([pf.exited, new Promise((r) => setTimeout(r, 10_000))]);
    await pf.stop();
    const next = await portForward("pod/web", 80);
    try {
      expect((await httpGet(next.localPort, "/")).status).toBe(200);
    } finally {
      await next.stop();
    }
  });

  it("refuses a user without pods/portforward (403, apiserver) and a caller without credentials (401, kubelet API)", async () => {
    const user = `portforward-denied-${process.pid}`;
    await rbac.createNamespacedRole({
      namespace: ns,
      body: {
        metadata: { name: "pods-read" },
        rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }],
      },
    });
    await rbac.createNamespacedRoleBinding({
      namespace: ns,
      body: {
        metadata: { name: "pods-read" },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "pods-read" },
        subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: user }],
      },
    });
    const denied = await portForward("pod/web", 80, { as: user });
    await Promise.race([denied.exited, new Promise((r) => setTimeout(r, 20_000))]);
    await denied.stop();
    expect(denied.output()).toMatch(
      new RegExp(`pods "web" is forbidden: User "${user}" cannot create resource "pods/portforward"`),
    );

    const head = await rawUpgrade(clusterInfo().hostAddress, kubeletPort, `/portForward/${ns}/web`);
    expect(head).toMatch(/^HTTP\/1\.1 401 Unauthorized/);
  });

  it("forwards through the standby replica as through the leader", async () => {
    const lease = await adminConfig()
      .makeApiClient(CoordinationV1Api)
      .readNamespacedLease({ name: `${nodeName}-leader`, namespace: ns });
    expect(lease.spec?.holderIdentity).toBe("leader");
    backendPort = standbyPort;
    const before = backendConnections.get(standbyPort) ?? 0;
    try {
      const pf = await portForward("pod/data", DATA_PORT);
      try {
        await echoes(pf.localPort, "standby", 5);
        // The apiserver's upgraded connection went to the standby.
        expect(backendConnections.get(standbyPort) ?? 0).toBeGreaterThan(before);
      } finally {
        await pf.stop();
      }
    } finally {
      backendPort = kubeletPort;
    }
  });

  it("ends the session with a clear message when the pod is deleted", async () => {
    const pf = await portForward("pod/data", DATA_PORT);
    // A request the server answers only after 60 s: its connection is open when the pod goes,
    // and the server's SIGTERM handler waits for it.
    const pending = httpGet(pf.localPort, "/slow").catch(() => undefined);
    await eventually("the slow request reached the pod", async () =>
      pf.output().includes(`Handling connection for ${pf.localPort}`) ? true : undefined,
    );
    await core.deleteNamespacedPod({ name: "data", namespace: ns });
    const code = await Promise.race([
      pf.exited,
      new Promise<number>((r) => setTimeout(() => r(-99), 60_000)),
    ]);
    await pf.stop();
    await pending;
    expect(pf.output()).toMatch(
      new RegExp(`pod ${ns}/data \\(uid [-0-9a-f]+\\) was deleted; the port-forward session is closed`),
    );
    expect(pf.output()).toMatch(/lost connection to pod/);
    expect(code).not.toBe(-99);
  });
});

/** An upgrade request with no credentials, straight to the kubelet API; returns the status line and headers. */
function rawUpgrade(host: string, port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host, port, rejectUnauthorized: false }, () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\n` +
          "X-Stream-Protocol-Version: portforward.k8s.io\r\nContent-Length: 0\r\n\r\n",
      );
    });
    let text = "";
    socket.on("data", (c: Buffer) => (text += String(c)));
    socket.on("end", () => resolve(text));
    socket.on("error", reject);
    socket.setTimeout(15_000, () => socket.destroy(new Error("timed out")));
  });
}
