/**
 * `kubectl port-forward` through the real apiserver to a pod on the virtual node. Two provider
 * replicas serve the kubelet API behind a small TCP load balancer (as in production, issue 6);
 * the Node advertises the balancer. The pod is the emulator's, with its IP pinned to a loopback
 * address (scenario `podIp`) where this test runs the pod's HTTP server: the provider dials it as
 * it would dial a Container Instance's VNIC in the VCN.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  type IncomingMessage,
  type Server as HttpServer,
  createServer as createHttpServer,
  get,
  request,
} from "node:http";
import { type Server, type Socket, connect, createServer } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { CoordinationV1Api, RbacAuthorizationV1Api, type V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { adminConfig, clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  startTestEmulator,
  startVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";
import { freePort, kubectl, servingCertificate } from "./support.ts";

const { core } = clients();
const rbac = adminConfig().makeApiClient(RbacAuthorizationV1Api);
const nodeName = `vn-portfwd-${process.pid}`;
/** The pod's IP: a loopback address of this test run's own. */
const podIp = `127.${(process.pid >> 8) & 255}.${process.pid & 255}.80`;
const BLOB_BYTES = 100 * 1024 * 1024;
let emulator: Emulator;
let ns: string;
let removeNamespace: () => Promise<void>;
let web: HttpServer;
let balancer: Server;
/** Where the balancer sends new connections: the leader's or the standby's kubelet API port. */
let backendPort = 0;
/** Connections the balancer sent to each backend port. */
const backendConnections = new Map<number, number>();
let kubeletPort: number;
let standbyPort: number;
const replicas: VirtualNodeProcess[] = [];
let blobSha = "";

/** Deterministic bytes: block i of 64 KiB is filled with i. */
function blobChunk(i: number): Buffer {
  return Buffer.alloc(64 * 1024, i & 255);
}

function startWeb(): Promise<HttpServer> {
  const hash = createHash("sha256");
  for (let i = 0; i < BLOB_BYTES / 65536; i++) hash.update(blobChunk(i));
  blobSha = hash.digest("hex");
  const server = createHttpServer((req, res) => {
    if (req.url === "/blob") {
      res.writeHead(200, { "content-length": BLOB_BYTES, "content-type": "application/octet-stream" });
      let i = 0;
      const pump = (): void => {
        while (i < BLOB_BYTES / 65536) if (!res.write(blobChunk(i++))) return void res.once("drain", pump);
        res.end();
      };
      return pump();
    }
    if (req.url === "/sha256" && req.method === "POST") {
      const hash = createHash("sha256");
      req.on("data", (c: Buffer) => hash.update(c));
      req.on("end", () => res.end(hash.digest("hex")));
      return;
    }
    if (req.url === "/slow") return void setTimeout(() => res.end("slow done\n"), 60_000);
    res.end(`hello from web (${req.url})\n`);
  });
  return new Promise((resolve) => server.listen(80, podIp, () => resolve(server)));
}

beforeAll(async () => {
  web = await startWeb();
  emulator = await startTestEmulator();
  emulator.setScenarios([{ match: { image: "*/web:*" }, behaviour: { podIp } }]);
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
  await core.createNamespacedPod({ namespace: ns, body: webPod() });
  await core.createNamespacedService({
    namespace: ns,
    body: {
      metadata: { name: "web" },
      spec: { selector: { app: "web" }, ports: [{ port: 8080, targetPort: 80 }] },
    },
  });
  await running("web");
});

afterAll(async () => {
  await removeNamespace?.();
  for (const r of replicas) await r.stop();
  await core.deleteNode({ name: nodeName }).catch(() => undefined);
  await emulator?.stop();
  balancer?.close();
  web?.closeAllConnections();
  web?.close();
});

function webPod(): V1Pod {
  return {
    metadata: { name: "web", labels: { app: "web" } },
    spec: {
      nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      containers: [
        {
          name: "main",
          image: "registry.example/web:1",
          ports: [{ containerPort: 80 }],
          resources: { requests: { cpu: "250m", memory: "512Mi" } },
        },
      ],
    },
  };
}

async function running(name: string): Promise<V1Pod> {
  return eventually(`${name} Running with IP ${podIp}`, async () => {
    const p = await core.readNamespacedPod({ name, namespace: ns });
    return p.status?.phase === "Running" && p.status.podIP === podIp ? p : undefined;
  });
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

/** GET http://127.0.0.1:port/path; the body as a Buffer, with its sha256. */
function httpGet(port: number, path: string): Promise<{ status: number; body: Buffer; sha: string }> {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path, agent: false }, (res: IncomingMessage) => {
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

async function timedBlob(port: number, host = "127.0.0.1"): Promise<{ sha: string; mibPerSecond: number }> {
  const started = performance.now();
  const { sha } = await new Promise<{ sha: string }>((resolve, reject) => {
    get({ host, port, path: "/blob", agent: false }, (res) => {
      const hash = createHash("sha256");
      res.on("data", (c: Buffer) => hash.update(c));
      res.on("end", () => resolve({ sha: hash.digest("hex") }));
    }).on("error", reject);
  });
  const seconds = (performance.now() - started) / 1000;
  return { sha, mibPerSecond: BLOB_BYTES / 1024 / 1024 / seconds };
}

/** POSTs the 100 MiB blob to /sha256; the pod's digest of what it received. */
function upload(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
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
      while (i < BLOB_BYTES / 65536) if (!req.write(blobChunk(i++))) return void req.once("drain", pump);
      req.end();
    };
    pump();
  });
}

describe("kubectl port-forward to a pod on the virtual node", () => {
  it("forwards pod/web and svc/web: a GET returns the pod's page", async () => {
    for (const resource of ["pod/web", "svc/web"]) {
      const pf = await portForward(resource, resource === "svc/web" ? 8080 : 80);
      try {
        const { status, body } = await httpGet(pf.localPort, "/index.html");
        expect(status).toBe(200);
        expect(String(body)).toBe("hello from web (/index.html)\n");
        const metrics = await kubectl(["get", "--raw", `/api/v1/nodes/${nodeName}/proxy/metrics`]);
        expect(metrics.stdout).toMatch(/^okevn_port_forward_sessions 1$/m);
      } finally {
        await pf.stop();
      }
    }
  });

  it("works with kubectl speaking SPDY to the apiserver too (no WebSocket tunnel)", async () => {
    const pf = await portForward("pod/web", 80, { env: { KUBECTL_PORT_FORWARD_WEBSOCKETS: "false" } });
    try {
      expect(String((await httpGet(pf.localPort, "/spdy")).body)).toBe("hello from web (/spdy)\n");
    } finally {
      await pf.stop();
    }
  });

  it("completes 20 concurrent connections, and 100 MiB arrive intact both ways", async () => {
    const pf = await portForward("pod/web", 80);
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => httpGet(pf.localPort, `/c${i}`)),
      );
      expect(results.map((r) => String(r.body))).toEqual(
        Array.from({ length: 20 }, (_, i) => `hello from web (/c${i})\n`),
      );
      const forwarded = await timedBlob(pf.localPort);
      expect(forwarded.sha).toBe(blobSha);
      // And the other way: 100 MiB uploaded (the apiserver's SPDY side sends without flow control).
      const uploadStarted = performance.now();
      expect(await upload(pf.localPort)).toBe(blobSha);
      const uploadMiBps = BLOB_BYTES / 1024 / 1024 / ((performance.now() - uploadStarted) / 1000);
      const directly = await timedBlob(80, podIp);
      expect(directly.sha).toBe(blobSha);
      console.log(
        `port-forward throughput (100 MiB): download ${forwarded.mibPerSecond.toFixed(1)} MiB/s and upload ${uploadMiBps.toFixed(1)} MiB/s through kubectl, the apiserver and the provider; download ${directly.mibPerSecond.toFixed(1)} MiB/s directly`,
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
    expect(pf.output()).toMatch(
      new RegExp(
        `an error occurred forwarding ${pf.localPort} -> 81: error forwarding port 81 to pod ${ns}/web, uid [-0-9a-f]+: dial tcp ${podIp.replace(/\./g, "\\.")}:81: connect: connection refused`,
      ),
    );
    console.log(`kubectl port-forward to a closed port printed:\n${pf.output()}`);
    // kubectl 1.34 itself closes the session after a remote error ("lost connection to pod");
    // the provider keeps it (see spdy.test.ts), and a new session works.
    await Promise.race([pf.exited, new Promise((r) => setTimeout(r, 10_000))]);
    await pf.stop();
    const next = await portForward("pod/web", 80);
    try {
      expect((await httpGet(next.localPort, "/after")).status).toBe(200);
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
      const pf = await portForward("pod/web", 80);
      try {
        const results = await Promise.all(
          Array.from({ length: 5 }, (_, i) => httpGet(pf.localPort, `/standby${i}`)),
        );
        expect(results.map((r) => String(r.body))).toEqual(
          Array.from({ length: 5 }, (_, i) => `hello from web (/standby${i})\n`),
        );
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
    const pf = await portForward("pod/web", 80);
    const pending = httpGet(pf.localPort, "/slow").catch(() => undefined);
    await eventually("the slow request reached the pod", async () =>
      pf.output().includes(`Handling connection for ${pf.localPort}`) ? true : undefined,
    );
    await core.deleteNamespacedPod({ name: "web", namespace: ns });
    const code = await Promise.race([
      pf.exited,
      new Promise<number>((r) => setTimeout(() => r(-99), 60_000)),
    ]);
    await pf.stop();
    await pending;
    expect(pf.output()).toMatch(
      new RegExp(`pod ${ns}/web \\(uid [-0-9a-f]+\\) was deleted; the port-forward session is closed`),
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
