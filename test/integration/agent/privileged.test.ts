/**
 * The pod agent's privileged data path through real kubectl on the process runtime: the node
 * config `agent.dataPath: privileged` gives the agent container capability ALL as root; the agent
 * chooses nftables and DNATs real ClusterIPs in the pod's network namespace, which the user's
 * containers share. A busybox pod reaches a 3-pod web Deployment by its hard-coded ClusterIP, by
 * name through the kube-dns ClusterIP (answered by the agent's own DNS server: the test bed has
 * no CoreDNS); a Service with no endpoint is refused at once; the user's container itself holds
 * no CAP_NET_ADMIN. Pods reach the API server at the `kubernetes` ClusterIP, and a UDP Service by
 * its ClusterIP.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DiscoveryV1Api } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SERVICE_CIDR } from "../../../tools/controlplane/control-plane.ts";
import { kubectl } from "../kubelet-api/support.ts";
import {
  type ProcessNode,
  kubectlApply,
  podManifest,
  setUpProcessNode,
  waitForPod,
} from "../process-runtime/support.ts";
import { adminConfig, clients, clusterInfo, eventually } from "../support/cluster.ts";
import { createApiServerSlice } from "../support/api-server-slice.ts";
import { VIRTUAL_NODE_TOLERATION } from "../support/virtual-node.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const BUSYBOX = "docker.io/library/busybox:1.36";
const NODE = "docker.io/library/node:24";
const UDP_ECHO = `
const socket = require("node:dgram").createSocket("udp4");
socket.on("message", (m, peer) => socket.send("echo:" + m, peer.port, peer.address));
socket.bind(7007);
`;
/** The kube-dns ClusterIP the node's pods are given (no Service has it: the agent answers it). */
const CLUSTER_DNS = "10.0.0.10";
const { core } = clients();
const discovery = adminConfig().makeApiClient(DiscoveryV1Api);
let setup: ProcessNode;
let ns: string;

/** The output of every agent container on the emulator, for a failure's message. */
function agentLogs(): string {
  const { store, engine } = setup.emulator.core;
  return [...store.containers.values()]
    .filter((c) => c.displayName === "okevn-agent")
    .map((c) => `--- ${c.id}\n${engine.runtime.logs(c, c.run, Date.now()).toString("utf8").slice(-3000)}`)
    .join("\n");
}

/** Waits for a pod to succeed; on a timeout the error carries its logs, phase and the agents' logs. */
async function succeeded(name: string): Promise<void> {
  await waitForPod(ns, name, "Succeeded", (p) => p.status?.phase === "Succeeded", 90_000).catch(
    async (error: unknown) => {
      const logs = await kubectl(["logs", "-n", ns, name]);
      const pod = await core.readNamespacedPod({ name, namespace: ns });
      throw new Error(
        `${String(error)} (phase ${pod.status?.phase})\nlogs:\n${logs.stdout}${logs.stderr}\n${agentLogs()}`,
      );
    },
  );
}

async function readyEndpoints(service: string): Promise<number> {
  const slices = await discovery.listNamespacedEndpointSlice({
    namespace: ns,
    labelSelector: `kubernetes.io/service-name=${service}`,
  });
  return slices.items
    .flatMap((s) => s.endpoints ?? [])
    .filter((e) => e.conditions?.ready !== false)
    .flatMap((e) => e.addresses).length;
}

let removeApiSlice: (() => Promise<void>) | undefined;

beforeAll(async () => {
  removeApiSlice = await createApiServerSlice(`kubernetes-agentnft-${process.pid}`);
  const dir = join(ROOT, ".test-run", "agentnft");
  mkdirSync(dir, { recursive: true });
  const secretFile = join(dir, `agent-secret-${process.pid}`);
  writeFileSync(secretFile, "a-node-secret-of-enough-length\n");
  setup = await setUpProcessNode("agentnft", {
    config: {
      agent: {
        enabled: true,
        image: "registry.example/okevn/oke-virtual-nodes:test",
        secretFile,
        dataPath: "privileged",
      },
      kubernetes: { clusterDnsIp: CLUSTER_DNS },
    },
    // As a VCN's default route does, so that a ClusterIP can be dialled before the DNAT.
    emulator: { onLinkRoutes: [SERVICE_CIDR] },
  });
  ns = setup.ns;
  const service = (name: string, spec: object) => {
    const manifest = { apiVersion: "v1", kind: "Service", metadata: { name, namespace: ns }, spec };
    return kubectlApply(manifest);
  };
  await service("web", { selector: { app: "web" }, ports: [{ name: "http", port: 80, targetPort: 8080 }] });
  await service("nobody", { selector: { app: "nobody" }, ports: [{ port: 80 }] });
  const deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: ns },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: {
          nodeSelector: { "kubernetes.io/hostname": setup.nodeName },
          tolerations: [VIRTUAL_NODE_TOLERATION],
          terminationGracePeriodSeconds: 1,
          containers: [
            {
              name: "web",
              image: BUSYBOX,
              // The page is the pod's hostname (its name on the process runtime).
              command: [
                "sh",
                "-c",
                "mkdir -p /tmp/www && hostname > /tmp/www/index.html && exec httpd -f -p 8080 -h /tmp/www",
              ],
              ports: [{ name: "http", containerPort: 8080 }],
              readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 1 },
            },
          ],
        },
      },
    },
  };
  await service("echo", {
    selector: { app: "echo" },
    ports: [{ protocol: "UDP", port: 5353, targetPort: 7007 }],
  });
  await kubectlApply(deployment);
  const echo = podManifest(setup, "echo-server", {
    containers: [{ name: "echo", image: NODE, command: ["node", "-e", UDP_ECHO] }],
  });
  echo.metadata = { ...echo.metadata, labels: { app: "echo" } };
  await kubectlApply(echo);
  await eventually(
    "3 ready web endpoints",
    async () =>
      (await readyEndpoints("web")) === 3 && (await readyEndpoints("echo")) === 1 ? true : undefined,
    120_000,
  );
}, 240_000);

afterAll(async () => {
  await setup?.close();
  await removeApiSlice?.();
});

describe("pod agent, privileged data path (nftables), through kubectl", () => {
  it("a busybox pod reaches the web Service by hard-coded ClusterIP (30 requests reach all 3 pods), and by name via the kube-dns ClusterIP; no endpoint is refused at once", async () => {
    const web = await core.readNamespacedService({ name: "web", namespace: ns });
    const nobody = await core.readNamespacedService({ name: "nobody", namespace: ns });
    const webIp = web.spec!.clusterIP!;
    const script = [
      // The agent starts beside this container: wait for its first rules.
      "n=0; until timeout 5 wget -qO- http://$WEB_IP/ >/dev/null 2>&1 || [ $n -gt 20 ]; do n=$((n+1)); sleep 0.5; done",
      'for i in $(seq 1 30); do echo "ip $(timeout 5 wget -qO- http://$WEB_IP/)"; done',
      'echo "name $(timeout 5 wget -qO- http://web/)"',
      'echo "fqdn $(timeout 5 wget -qO- http://web.$NS.svc.cluster.local/)"',
      'start=$(date +%s); out=$(timeout 5 wget -qO- http://$NOBODY_IP/ 2>&1); echo "nobody rc=$? $(( $(date +%s) - start ))s $out"',
      'echo "resolv $(grep ^nameserver /etc/resolv.conf)"',
      'echo "readyz $(timeout 5 wget -qO- http://127.0.0.53:10253/readyz | head -1)"',
      'echo "capeff $(grep ^CapEff /proc/self/status | cut -f2)"',
    ].join("\n");
    await kubectlApply(
      podManifest(setup, "client", {
        restartPolicy: "Never",
        containers: [
          {
            name: "main",
            image: BUSYBOX,
            command: ["sh", "-c", script],
            env: [
              { name: "WEB_IP", value: webIp },
              { name: "NOBODY_IP", value: nobody.spec!.clusterIP! },
              { name: "NS", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } },
            ],
          },
        ],
      }),
    );
    await succeeded("client");
    const logs = await kubectl(["logs", "-n", ns, "client"]);
    const lines = logs.stdout.split("\n");
    const value = (prefix: string): string =>
      lines.find((l) => l.startsWith(`${prefix} `))?.slice(prefix.length + 1) ?? `(no ${prefix} line)`;
    // A pod's hostname on the process runtime is its instance's display name, `<namespace>-<name>`.
    const webPods = (await core.listNamespacedPod({ namespace: ns, labelSelector: "app=web" })).items
      .map((p) => `${ns}-${p.metadata!.name!}`)
      .sort();

    const byIp = lines.filter((l) => l.startsWith("ip ")).map((l) => l.slice(3));
    expect(byIp).toHaveLength(30);
    expect([...new Set(byIp)].sort()).toEqual(webPods);
    expect(webPods).toContain(value("name"));
    expect(webPods).toContain(value("fqdn"));
    expect(value("nobody")).toMatch(/^rc=1 [01]s .*Connection refused/);
    expect(value("resolv")).toBe(`nameserver ${CLUSTER_DNS}`);
    expect(value("readyz")).toMatch(
      /^data path: privileged \(configured: CAP_NET_ADMIN held and nftables works\)$/,
    );
    // The agent's capability is its own: the user's container keeps the default set.
    const capEff = BigInt(`0x${value("capeff")}`);
    expect((capEff >> 12n) & 1n).toBe(0n);
  }, 120_000);
  it("a pod reaches the API server at the kubernetes ClusterIP: DNAT to its endpoint, and TLS verifies its certificate for that IP", async () => {
    const kubernetes = await core.readNamespacedService({ name: "kubernetes", namespace: "default" });
    // Any HTTP answer proves the path: the API server answered over TLS verified against the cluster CA
    // for the ClusterIP (401 or 403 when anonymous requests are refused).
    const client = `
const https = require("node:https");
// Until the agent's first rules are in (it starts beside this container), a ClusterIP is not served.
const attempt = (left) =>
  https.get({ host: process.env.API_IP, port: 443, path: "/version", ca: process.env.CA }, (res) => {
    res.resume();
    res.on("end", () => console.log("status " + res.statusCode));
  }).on("error", (e) => (left > 0 ? setTimeout(() => attempt(left - 1), 500) : console.log("error " + e.message)));
attempt(40);
`;
    await kubectlApply(
      podManifest(setup, "api-client", {
        restartPolicy: "Never",
        containers: [
          {
            name: "main",
            image: NODE,
            command: ["node", "-e", client],
            env: [
              { name: "API_IP", value: kubernetes.spec!.clusterIP! },
              { name: "CA", value: readFileSync(clusterInfo().caCert, "utf8") },
            ],
          },
        ],
      }),
    );
    await succeeded("api-client");
    const logs = await kubectl(["logs", "-n", ns, "api-client"]);
    expect(logs.stdout).toMatch(/^status (200|401|403)\n$/);
  }, 120_000);
  it("a UDP datagram to a hard-coded ClusterIP reaches the endpoint and its answer comes back", async () => {
    const echo = await core.readNamespacedService({ name: "echo", namespace: ns });
    // A fresh socket (source port) per attempt: a datagram sent before the agent's rules has an un-NATed flow.
    const client = `
const dgram = require("node:dgram");
const attempt = (left) => {
  const socket = dgram.createSocket("udp4");
  const timer = setTimeout(() => { socket.close(); left > 0 ? attempt(left - 1) : console.log("no answer"); }, 500);
  socket.on("message", (m) => { clearTimeout(timer); console.log(String(m)); socket.close(); });
  socket.on("error", () => undefined);
  socket.send("ping", 5353, process.env.ECHO_IP);
};
attempt(40);
`;
    await kubectlApply(
      podManifest(setup, "udp-client", {
        restartPolicy: "Never",
        containers: [
          {
            name: "main",
            image: NODE,
            command: ["node", "-e", client],
            env: [{ name: "ECHO_IP", value: echo.spec!.clusterIP! }],
          },
        ],
      }),
    );
    await succeeded("udp-client");
    expect((await kubectl(["logs", "-n", ns, "udp-client"])).stdout).toBe("echo:ping\n");
  }, 120_000);
});
