/**
 * What issue 16 must show through real kubectl, as one scenario per data path of the pod agent
 * (items 1-3): Service names, service-link variables, round robin, refusal without endpoints and
 * recovery; headless, ExternalName, UDP and upstream names; an in-cluster API client.
 *
 * The data path is the input. `unprivileged.test.ts` runs it with the agent's default (no
 * CAP_NET_ADMIN), `privileged.test.ts` with `agent.dataPath: privileged` (nftables). Where the
 * documented behaviour differs (docs/networking.md), the expectation follows the node's
 * `agent.dataPath`: Service names and `{SVC}_SERVICE_HOST` give the Service's loopback address or
 * its real ClusterIP; `KUBERNETES_SERVICE_HOST` the API server's endpoint or the `kubernetes`
 * ClusterIP; a Service port equal to the pod's own port is a collision (a Warning event) or works.
 */
import type { V1EndpointSlice } from "@kubernetes/client-node";
import { DiscoveryV1Api, RbacAuthorizationV1Api } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceLoopbackAddress } from "../../../service/src/agent/loopback.ts";
import { adminConfig, clients, clusterInfo, eventually } from "../support/cluster.ts";
import { VIRTUAL_NODE_TOLERATION } from "../support/virtual-node.ts";
import { kubectl } from "../kubelet-api/support.ts";
import { isReady, kubectlApply, podManifest, waitForPod } from "../process-runtime/support.ts";
import {
  type AgentNode,
  type DataPathCase,
  OUTSIDE_ADDRESS,
  OUTSIDE_DOMAIN,
  setUpAgentNode,
} from "./support.ts";

export const BUSYBOX = "docker.io/library/busybox:1.36";
export const NODE = "docker.io/library/node:24";
const { core } = clients();
const discovery = adminConfig().makeApiClient(DiscoveryV1Api);
const rbac = adminConfig().makeApiClient(RbacAuthorizationV1Api);

/** One request's outcome as the node prober prints it. */
interface Probe {
  readonly r: "ok" | "fail";
  readonly t0: number;
  readonly t1: number;
  readonly b: string;
}

/** Ready IPv4 endpoint addresses of a Service, from its EndpointSlices. */
async function readyEndpoints(ns: string, service: string): Promise<string[]> {
  const list = await discovery.listNamespacedEndpointSlice({
    namespace: ns,
    labelSelector: `kubernetes.io/service-name=${service}`,
  });
  return list.items
    .filter((s: V1EndpointSlice) => s.addressType === "IPv4")
    .flatMap((s) => (s.endpoints ?? []).filter((e) => e.conditions?.ready !== false))
    .flatMap((e) => e.addresses)
    .sort();
}

/** `kubectl logs`; also kept under the node's .test-run folder, to read after a failure. */
export async function logsOf(setup: AgentNode, pod: string, container?: string): Promise<string> {
  const result = await kubectl(["logs", "-n", setup.ns, pod, ...(container ? ["-c", container] : [])]);
  setup.keepLog(`${pod}.${container ?? "default"}.log`, result.stdout + result.stderr);
  return result.stdout;
}

/** A one-shot pod once it has ended (Succeeded or Failed), so that its logs explain a failure. */
export function finished(ns: string, pod: string) {
  return waitForPod(
    ns,
    pod,
    "finished",
    (p) => ["Succeeded", "Failed"].includes(p.status?.phase ?? ""),
    90_000,
  );
}

/** The web pods answer with their pod name (from the downward API). */
const WEB_SCRIPT =
  'mkdir -p /tmp/www && echo "$POD_NAME" > /tmp/www/index.html && exec httpd -f -p 8080 -h /tmp/www';

/**
 * Repeats `GET http://web/` (a fresh connection each time) every 100 ms and prints one JSON
 * line per request: outcome, start and end (ms since the epoch; the pod shares this machine's
 * clock) and the body or error code.
 */
const PROBER = `
const http = require("node:http");
const once = () => new Promise((done) => {
  const t0 = Date.now();
  const req = http.get({ host: "web", port: 80, path: "/", agent: false }, (res) => {
    let b = "";
    res.on("data", (d) => (b += d));
    res.on("end", () => done({ r: "ok", t0, t1: Date.now(), b: b.trim() }));
  });
  req.setTimeout(10000, () => req.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
  req.on("error", (e) => done({ r: "fail", t0, t1: Date.now(), b: String(e.code) }));
});
(async () => {
  for (;;) {
    console.log(JSON.stringify(await once()));
    await new Promise((s) => setTimeout(s, 100));
  }
})();
`;

/**
 * A UDP datagram to the echo Service by name every 0.5 s until one is answered (the first may go
 * before the agent is up: containers of an instance start together), printing the answer.
 */
const UDP_CLIENT = `
const dgram = require("node:dgram");
const socket = dgram.createSocket("udp4");
const timer = setTimeout(() => { console.log("udp: no answer"); process.exit(1); }, 20000);
socket.on("message", (m) => { clearTimeout(timer); clearInterval(again); console.log("udp: " + m); socket.close(); });
const send = () => socket.send("ping", 5353, "echo", (e) => e && console.error("send: " + e.code));
const again = setInterval(send, 500);
send();
`;

/** Busybox: wait for the agent's readiness (containers of an instance start together). */
export const AWAIT_AGENT =
  "until wget -qO- http://127.0.0.53:10253/readyz >/dev/null 2>&1; do sleep 0.2; done";

const UDP_ECHO = `
const dgram = require("node:dgram");
const socket = dgram.createSocket("udp4");
socket.on("message", (m, peer) => socket.send("echo:" + m, peer.port, peer.address));
socket.bind(7007, () => console.log("listening"));
`;

/**
 * An in-cluster client as client-go's in-cluster config builds it: KUBERNETES_SERVICE_HOST/PORT,
 * the projected token and the service account's CA. Prints the status and pod names of each GET.
 */
const API_CLIENT = `
const fs = require("node:fs");
const https = require("node:https");
const dir = "/var/run/secrets/kubernetes.io/serviceaccount";
const token = fs.readFileSync(dir + "/token", "utf8");
const ca = fs.readFileSync(dir + "/ca.crt");
const ns = fs.readFileSync(dir + "/namespace", "utf8");
const host = process.env.KUBERNETES_SERVICE_HOST;
const port = process.env.KUBERNETES_SERVICE_PORT;
console.log("api " + host + ":" + port);
// The agent's readiness first (containers of an instance start together): on the privileged path
// the ClusterIP is not served before its first rules (docs/networking.md, the start-up window).
const agentReady = () => new Promise((done) => {
  const retry = () => setTimeout(() => agentReady().then(done), 200);
  require("node:http").get("http://127.0.0.53:10253/readyz", (res) => {
    res.resume();
    res.statusCode === 200 ? done() : retry();
  }).on("error", retry);
});
const get = (path) => new Promise((done) => {
  const req = https.get({ host, port, path, ca, headers: { authorization: "Bearer " + token } }, (res) => {
    let b = "";
    res.on("data", (d) => (b += d));
    res.on("end", () => {
      let names = [];
      try { names = (JSON.parse(b).items || []).map((p) => p.metadata.name); } catch {}
      done((path + " " + res.statusCode + " " + names.sort().join(",")).trim());
    });
  });
  req.on("error", (e) => done(path + " error " + e.message));
});
(async () => {
  await agentReady();
  console.log(await get("/api/v1/namespaces/" + ns + "/pods"));
  console.log(await get("/api/v1/namespaces/default/pods"));
  console.log(await get("/api/v1/nodes"));
})();
`;

/**
 * The scenario on one data path, as a vitest `describe`; `more` adds that path's own tests inside
 * it, on the same node and Services (`node()` gives the node once `beforeAll` has run).
 */
export function describeAgentDataPath(dataPath: DataPathCase, more?: (node: () => AgentNode) => void): void {
  const privileged = dataPath.agentConfig?.["dataPath"] === "privileged";
  describe(`pod agent (${dataPath.name}) through kubectl`, () => {
    let setup: AgentNode;
    let ns: string;
    /** Where a ClusterIP Service's name and `{SVC}_SERVICE_HOST` point on this data path. */
    const serviceAddress = async (name: string): Promise<string> =>
      privileged
        ? (await core.readNamespacedService({ name, namespace: ns })).spec!.clusterIP!
        : serviceLoopbackAddress(`${ns}/${name}`);
    const placement = () => ({
      nodeSelector: { "kubernetes.io/hostname": setup.nodeName },
      tolerations: [VIRTUAL_NODE_TOLERATION],
    });

    beforeAll(async () => {
      setup = await setUpAgentNode(`agent-${dataPath.name}`.slice(0, 20), dataPath);
      ns = setup.ns;
      // Services first: service-link variables name only Services that exist when a pod is created.
      const service = (name: string, spec: object) =>
        kubectlApply({ apiVersion: "v1", kind: "Service", metadata: { name, namespace: ns }, spec });
      await service("web", {
        selector: { app: "web" },
        ports: [{ name: "http", port: 80, targetPort: 8080 }],
      });
      await service("web-headless", { clusterIP: "None", selector: { app: "web" }, ports: [{ port: 8080 }] });
      await service("ext", { type: "ExternalName", externalName: `www.${OUTSIDE_DOMAIN}` });
      await service("echo", {
        selector: { app: "echo" },
        ports: [{ protocol: "UDP", port: 5353, targetPort: 7007 }],
      });
      await kubectlApply({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "web", namespace: ns },
        spec: {
          replicas: 3,
          selector: { matchLabels: { app: "web" } },
          template: {
            metadata: { labels: { app: "web" } },
            spec: {
              ...placement(),
              terminationGracePeriodSeconds: 1,
              containers: [
                {
                  name: "web",
                  image: BUSYBOX,
                  command: ["sh", "-c", WEB_SCRIPT],
                  env: [{ name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }],
                  ports: [{ name: "http", containerPort: 8080 }],
                  readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 1 },
                },
              ],
            },
          },
        },
      });
      await kubectlApply({
        ...podManifest(setup, "echo-server", {
          containers: [
            {
              name: "echo",
              image: NODE,
              command: ["node", "-e", UDP_ECHO],
              ports: [{ containerPort: 7007, protocol: "UDP" }],
            },
          ],
        }),
        metadata: { name: "echo-server", namespace: ns, labels: { app: "echo" } },
      });
      await eventually(
        "3 ready web endpoints and 1 echo endpoint",
        async () =>
          (await readyEndpoints(ns, "web")).length === 3 && (await readyEndpoints(ns, "echo")).length === 1
            ? true
            : undefined,
        120_000,
      );
    }, 240_000);

    afterAll(async () => {
      await setup?.close();
    });

    it("item 1: a busybox pod reaches the web Service as web, by its FQDN and by service-link variables; 30 requests reach all 3 endpoints", async () => {
      const webPods = (await core.listNamespacedPod({ namespace: ns, labelSelector: "app=web" })).items
        .map((p) => p.metadata!.name!)
        .sort();
      const script = [
        "until wget -qO- http://web/ >/dev/null 2>&1; do sleep 0.5; done",
        'for i in $(seq 1 30); do echo "short $(wget -qO- http://web/)"; done',
        'echo "fqdn $(wget -qO- http://web.$NS.svc.cluster.local/)"',
        'echo "env $(wget -qO- http://$WEB_SERVICE_HOST:$WEB_SERVICE_PORT/)"',
        'echo "vars $WEB_SERVICE_HOST $WEB_SERVICE_PORT $WEB_PORT"',
      ].join("\n");
      await kubectlApply(
        podManifest(setup, "client", {
          restartPolicy: "Never",
          containers: [
            {
              name: "main",
              image: BUSYBOX,
              command: ["sh", "-c", script],
              env: [{ name: "NS", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } }],
            },
          ],
        }),
      );
      await finished(ns, "client");
      const lines = (await logsOf(setup, "client")).split("\n");
      const short = lines.filter((l) => l.startsWith("short ")).map((l) => l.slice(6));
      expect(short).toHaveLength(30);
      expect([...new Set(short)].sort()).toEqual(webPods);
      expect(webPods).toContain(lines.find((l) => l.startsWith("fqdn "))?.slice(5));
      expect(webPods).toContain(lines.find((l) => l.startsWith("env "))?.slice(4));
      const vars = lines.find((l) => l.startsWith("vars "))!.split(" ");
      expect(vars[1]).toBe(await serviceAddress("web"));
      expect(vars[2]).toBe("80");
      expect(vars[3]).toBe(`tcp://${vars[1]}:80`);
    }, 120_000);

    it("item 1: scaled to 0 a request is refused at once (no hang); scaled to 2 it works again within 2 s of the endpoints being ready", async () => {
      await kubectlApply(
        podManifest(setup, "prober", {
          containers: [{ name: "main", image: NODE, command: ["node", "-e", PROBER] }],
        }),
      );
      const probes = async (): Promise<Probe[]> =>
        (await logsOf(setup, "prober"))
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l) as Probe);
      await eventually("the prober gets answers", async () =>
        (await probes()).some((p) => p.r === "ok") ? true : undefined,
      );

      expect((await kubectl(["scale", "-n", ns, "deployment/web", "--replicas=0"])).code).toBe(0);
      const noEndpointsAt = await eventually("no ready web endpoint", async () =>
        (await readyEndpoints(ns, "web")).length === 0 ? Date.now() : undefined,
      );
      // Give the feed 1 s to reach the agent, then watch 4 s of requests.
      await new Promise((r) => setTimeout(r, 5_000));
      const refused = (await probes()).filter((p) => p.t0 > noEndpointsAt + 1_000);
      expect(refused.length).toBeGreaterThan(10);
      for (const probe of refused) {
        expect(probe).toMatchObject({ r: "fail", b: "ECONNREFUSED" });
        expect(probe.t1 - probe.t0).toBeLessThan(1_000);
      }

      expect((await kubectl(["scale", "-n", ns, "deployment/web", "--replicas=2"])).code).toBe(0);
      const readyAt = await eventually(
        "2 ready web endpoints",
        async () => ((await readyEndpoints(ns, "web")).length === 2 ? Date.now() : undefined),
        90_000,
      );
      const firstOk = await eventually("an answer after the scale-up", async () =>
        (await probes()).find((p) => p.r === "ok" && p.t0 > noEndpointsAt),
      );
      // The endpoints were seen ready by polling (up to ~1 s late), so this bound is generous by that.
      expect(firstOk.t1 - readyAt).toBeLessThan(2_000);
      await kubectl(["delete", "pod", "-n", ns, "prober", "--wait=false"]);
    }, 180_000);

    it("item 2: headless names give every ready pod IP, ExternalName a CNAME, UDP round-trips, outside names go upstream", async () => {
      await kubectl(["scale", "-n", ns, "deployment/web", "--replicas=3"]);
      const ips = await eventually(
        "3 ready web endpoints",
        async () => {
          const ready = await readyEndpoints(ns, "web-headless");
          return ready.length === 3 ? ready : undefined;
        },
        90_000,
      );
      const script = [
        AWAIT_AGENT,
        `nslookup web-headless.${ns}.svc.cluster.local; echo "--- rc=$?"`,
        `nslookup ext.${ns}.svc.cluster.local; echo "--- rc=$?"`,
        `nslookup host.${OUTSIDE_DOMAIN}; echo "--- rc=$?"`,
        `wget -qO- http://web-headless:8080/ ; echo "--- rc=$?"`,
        `nslookup web.${ns}.svc.cluster.local; echo "--- rc=$?"`,
      ].join("\n");
      await kubectlApply(
        podManifest(setup, "lookups", {
          restartPolicy: "Never",
          containers: [{ name: "main", image: BUSYBOX, command: ["sh", "-c", script] }],
        }),
      );
      await kubectlApply(
        podManifest(setup, "udp-client", {
          restartPolicy: "Never",
          containers: [{ name: "main", image: NODE, command: ["node", "-e", UDP_CLIENT] }],
        }),
      );
      await finished(ns, "lookups");
      const sections = (await logsOf(setup, "lookups")).split(/^--- rc=\d+$/m);
      const answers = (section: string) =>
        [...section.matchAll(/^Address: (\d+\.\d+\.\d+\.\d+)$/gm)].map((m) => m[1]!).sort();
      expect(answers(sections[0]!)).toEqual(ips);
      expect(sections[1]).toMatch(new RegExp(`canonical name = www\\.${OUTSIDE_DOMAIN.replace(".", "\\.")}`));
      expect(answers(sections[2]!)).toEqual([OUTSIDE_ADDRESS]);
      expect(setup.upstreamQuestions).toContain(`host.${OUTSIDE_DOMAIN}`);
      const webPods = (await core.listNamespacedPod({ namespace: ns, labelSelector: "app=web" })).items.map(
        (p) => p.metadata!.name!,
      );
      expect(webPods).toContain(sections[3]!.trim());
      expect(answers(sections[4]!)).toEqual([await serviceAddress("web")]);

      const udp = await finished(ns, "udp-client");
      // (Lookups before the agent is up fail with EAI_AGAIN on stderr; the answer is what counts.)
      const udpLines = (await logsOf(setup, "udp-client")).split("\n");
      expect(udpLines.filter((l) => l.startsWith("udp: "))).toEqual(["udp: echo:ping"]);
      expect(udp.status?.phase).toBe("Succeeded");
    }, 180_000);

    it("item 3: an in-cluster client with the projected token lists its namespace's pods and is refused elsewhere", async () => {
      await core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: "lister" } } });
      await rbac.createNamespacedRole({
        namespace: ns,
        body: {
          metadata: { name: "pod-lister" },
          rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["list", "get"] }],
        },
      });
      await rbac.createNamespacedRoleBinding({
        namespace: ns,
        body: {
          metadata: { name: "lister" },
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "pod-lister" },
          subjects: [{ kind: "ServiceAccount", name: "lister", namespace: ns }],
        },
      });
      await kubectlApply(
        podManifest(setup, "api-client", {
          restartPolicy: "Never",
          serviceAccountName: "lister",
          containers: [{ name: "main", image: NODE, command: ["node", "-e", API_CLIENT] }],
        }),
      );
      const apiClient = await finished(ns, "api-client");
      const lines = (await logsOf(setup, "api-client")).trim().split("\n");
      const pods = (await core.listNamespacedPod({ namespace: ns })).items.map((p) => p.metadata!.name!);
      const own = lines[1]!.split(" ");
      expect(own.slice(0, 2)).toEqual([`/api/v1/namespaces/${ns}/pods`, "200"]);
      expect(own[2]!.split(",")).toEqual(expect.arrayContaining(["api-client", "echo-server"]));
      expect(pods).toEqual(expect.arrayContaining(own[2]!.split(",")));
      expect(lines[2]).toBe("/api/v1/namespaces/default/pods 403");
      expect(lines[3]).toBe("/api/v1/nodes 403");
      // Unprivileged: the API server's own endpoint (nothing serves the ClusterIP, and its certificate
      // does not cover a loopback address). Privileged: the `kubernetes` ClusterIP, DNATed to that
      // endpoint; the TLS handshake above verified the certificate for the ClusterIP.
      const kubernetes = await core.readNamespacedService({ name: "kubernetes", namespace: "default" });
      const apiPort = new URL(clusterInfo().server).port;
      expect(lines[0]).toBe(
        privileged ? `api ${kubernetes.spec!.clusterIP}:443` : `api ${clusterInfo().hostAddress}:${apiPort}`,
      );
      expect(apiClient.status?.phase).toBe("Succeeded");
    }, 120_000);

    const collide = () =>
      kubectlApply({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "collide", namespace: ns },
        spec: { selector: { app: "web" }, ports: [{ port: 8080, targetPort: 8080 }] },
      });

    it.skipIf(privileged)(
      "unprivileged: a Service port equal to a port the web pods listen on: one Warning ServicePortCollision per pod",
      async () => {
        await collide();
        const webPods = (await core.listNamespacedPod({ namespace: ns, labelSelector: "app=web" })).items
          .filter((p) => !p.metadata?.deletionTimestamp)
          .map((p) => p.metadata!.name!);
        const warnings = await eventually("a collision event on every web pod", async () => {
          const events = (await core.listNamespacedEvent({ namespace: ns })).items.filter(
            (e) =>
              e.reason === "ServicePortCollision" &&
              e.message?.includes(`Service ${ns}/collide port 8080/TCP`),
          );
          const named = new Set(events.map((e) => e.involvedObject.name));
          return webPods.every((p) => named.has(p)) ? events : undefined;
        });
        for (const event of warnings) {
          expect(event.type).toBe("Warning");
          expect(event.count ?? 1).toBe(1);
        }
        expect(warnings.filter((e) => webPods.includes(e.involvedObject.name!))).toHaveLength(webPods.length);
      },
    );

    it.runIf(privileged)(
      "privileged: a Service port equal to a port a pod listens on works from that pod, its own listener untouched, and is no collision (no event)",
      async () => {
        await collide();
        const script = [
          "mkdir -p /tmp/www && echo self > /tmp/www/index.html && httpd -p 8080 -h /tmp/www",
          AWAIT_AGENT,
          'for i in $(seq 1 10); do echo "collide $(timeout 5 wget -qO- http://collide:8080/)"; done',
          'echo "self $(timeout 5 wget -qO- http://127.0.0.1:8080/)"',
        ].join("\n");
        await kubectlApply(
          podManifest(setup, "listens-8080", {
            restartPolicy: "Never",
            containers: [
              {
                name: "main",
                image: BUSYBOX,
                command: ["sh", "-c", script],
                ports: [{ containerPort: 8080 }],
              },
            ],
          }),
        );
        await finished(ns, "listens-8080");
        const lines = (await logsOf(setup, "listens-8080")).split("\n");
        const webPods = (await core.listNamespacedPod({ namespace: ns, labelSelector: "app=web" })).items.map(
          (p) => p.metadata!.name!,
        );
        const answers = lines.filter((l) => l.startsWith("collide ")).map((l) => l.slice(8));
        expect(answers).toHaveLength(10);
        for (const answer of answers) expect(webPods).toContain(answer);
        expect(lines).toContain("self self");
        // The provider checked this pod against the Services when it requested its instance, and
        // the web pods when `collide` appeared: on this path neither is a collision.
        const events = (await core.listNamespacedEvent({ namespace: ns })).items;
        expect(events.filter((e) => e.reason === "ServicePortCollision")).toEqual([]);
      },
    );

    it("the agent is not one of the pod's containers: kubectl get shows READY 1/1; its logs are reachable through the node proxy", async () => {
      const pod = await waitForPod(ns, "echo-server", "Ready", isReady);
      expect(pod.status?.containerStatuses?.map((s) => s.name)).toEqual(["echo"]);
      const table = await kubectl(["get", "pod", "-n", ns, "echo-server", "--no-headers"]);
      expect(table.stdout.split(/\s+/).slice(1, 3)).toEqual(["1/1", "Running"]);
      // The API server refuses `kubectl logs -c okevn-agent` (not a container of the pod's spec);
      // the node proxy reaches the provider's kubelet API, which finds the agent in the instance.
      const logs = await kubectl([
        "get",
        "--raw",
        `/api/v1/nodes/${setup.nodeName}/proxy/containerLogs/${ns}/echo-server/okevn-agent`,
      ]);
      setup.keepLog("echo-server.okevn-agent.log", logs.stdout + logs.stderr);
      expect(logs.stdout).toContain('"agent: started"');
    });

    more?.(() => setup);
  });
}
