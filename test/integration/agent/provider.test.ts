/**
 * The provider with `agent.enabled`, end to end on the emulator: the instance it creates has the
 * okevn-agent container with its credential, the loopback resolver and KUBERNETES_* at the API
 * server's endpoint; the agent's credential opens the feed on the kubelet API port (HTTPS, the CA
 * the agent is given) until the pod is deleted.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { join } from "node:path";
import type { V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentAuthorization } from "../../../service/src/agent/credential.ts";
import { FEED_PATH } from "../../../service/src/agent/feed.ts";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { freePort, servingCertificate } from "../kubelet-api/support.ts";
import { clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import { createApiServerSlice } from "../support/api-server-slice.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  startTestEmulator,
  startVirtualNode,
  tearDownVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";

const { core } = clients();
const apiPort = Number(new URL(clusterInfo().server).port);
const nodeName = `vn-agent-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

interface CreatedContainer {
  displayName: string;
  arguments?: string[];
  environmentVariables?: Record<string, string>;
}

let removeApiSlice: (() => Promise<void>) | undefined;

beforeAll(async () => {
  removeApiSlice = await createApiServerSlice("kubernetes-agent-test");
  emulator = await startTestEmulator();
  ({ name: ns, remove: removeNamespace } = await testNamespace("agent-provider"));
  const dir = join(import.meta.dirname, "..", "..", "..", ".test-run", "nodes", nodeName);
  mkdirSync(dir, { recursive: true });
  const secretFile = join(dir, "agent-secret");
  writeFileSync(secretFile, "a-node-secret-of-enough-length\n");
  const serving = await servingCertificate(nodeName, clusterInfo().hostAddress);
  node = await startVirtualNode({
    nodeName,
    emulator,
    config: {
      agent: { enabled: true, image: "registry.example/oke-virtual-nodes:dev", secretFile },
      // A serving certificate from the cluster CA, the CA the agent is given (no CSR to approve here).
      kubeletApi: {
        port: await freePort(clusterInfo().hostAddress),
        tlsCertFile: serving.cert,
        tlsKeyFile: serving.key,
        clientCaFile: clusterInfo().caCert,
      },
    },
  });
  await waitForReadyNode(core, nodeName);
});
afterAll(async () => {
  await tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName);
  await removeApiSlice?.();
});

/** What the emulator holds for the pod's instance: its containers' create details and its dnsConfig. */
function created(
  uid: string,
): { containers: CreatedContainer[]; dnsConfig?: { nameservers?: string[] } } | undefined {
  const { store } = emulator.core;
  const instance = [...store.instances.values()].find((i) => i.freeformTags["okevn-pod-uid"] === uid);
  if (!instance) return undefined;
  const containers = instance.containerIds.map(
    (id) => store.containers.get(id)!.spec as unknown as CreatedContainer,
  );
  return { containers, dnsConfig: instance.dnsConfig as { nameservers?: string[] } };
}

function poll(env: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(`${FEED_PATH}?version=0`, env["OKEVN_FEED_URLS"]!.split(",")[0]);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        ca: env["OKEVN_FEED_CA"],
        headers: { authorization: agentAuthorization(env["OKEVN_POD_UID"]!, env["OKEVN_AGENT_TOKEN"]!) },
      },
      (res) => {
        let body = "";
        res.on("data", (chunk) => (body += String(chunk)));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

describe("provider with the pod agent", () => {
  it("adds the agent to the instance and serves it the feed until the pod is gone", async () => {
    const pod: V1Pod = {
      metadata: { name: "app" },
      spec: {
        nodeName,
        tolerations: [VIRTUAL_NODE_TOLERATION],
        containers: [
          {
            name: "main",
            image: "registry.example/web:1",
            ports: [{ containerPort: 8080 }],
            resources: { requests: { cpu: "500m", memory: "1Gi" } },
          },
        ],
      },
    };
    const uid = (await core.createNamespacedPod({ namespace: ns, body: pod })).metadata!.uid!;
    const details = await eventually("the instance", async () => created(uid), 60_000);
    expect(details.containers.map((c) => c.displayName)).toEqual(["main", "okevn-agent"]);
    expect(details.dnsConfig?.nameservers).toEqual(["127.0.0.53"]);
    const agent = details.containers[1]!;
    const env = agent.environmentVariables ?? {};
    expect(agent.arguments).toEqual(["--agent"]);
    expect(env).toMatchObject({
      OKEVN_POD_UID: uid,
      OKEVN_POD_PORTS: "8080/TCP",
      OKEVN_UPSTREAM_DNS: "169.254.169.254",
    });
    // KUBERNETES_* name the API server's endpoint, not the ClusterIP (its certificate covers the endpoint).
    const mainEnv = details.containers[0]!.environmentVariables ?? {};
    expect(mainEnv).toMatchObject({
      KUBERNETES_SERVICE_HOST: clusterInfo().hostAddress,
      KUBERNETES_SERVICE_PORT: String(apiPort),
    });

    const { status, body } = await poll(env);
    expect(status).toBe(200);
    const table = JSON.parse(body) as { snapshot: { namespace: string; name: string }[] };
    expect(table.snapshot.map((e) => `${e.namespace}/${e.name}`)).toContain("default/kubernetes");

    expect((await poll({ ...env, OKEVN_AGENT_TOKEN: "x".repeat(43) })).status).toBe(401);
    await core.deleteNamespacedPod({ name: "app", namespace: ns, gracePeriodSeconds: 0 });
    await eventually(
      "refused once the pod is gone",
      async () => ((await poll(env)).status === 403 ? true : undefined),
      30_000,
    );
  });
});
