/**
 * The kubelet API on its own port, called directly: a serving certificate obtained through
 * a CSR (approved here, as an approver would, after checking it), client CA from the
 * cluster, the authentication and authorization matrix, and bad input.
 */
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import {
  CertificatesV1Api,
  RbacAuthorizationV1Api,
  type V1CertificateSigningRequest,
  type V1Pod,
} from "@kubernetes/client-node";
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
import { reviewServingCsr } from "../../../service/src/kubelet/csr-approval.ts";
import { clientCertificate, direct, freePort, kubectl, otherCa } from "./support.ts";

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const { core } = clients();
const certificates = adminConfig().makeApiClient(CertificatesV1Api);
const rbac = adminConfig().makeApiClient(RbacAuthorizationV1Api);
const nodeName = `vn-kubelet-sec-${process.pid}`;
const address = clusterInfo().hostAddress;
let port: number;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;
let approved: V1CertificateSigningRequest | undefined;

/**
 * Approves the serving certificate's CSR after the checks the chart's approver makes
 * (`reviewServingCsr`, docs/kubelet-api.md): the node's identity in the subject, only the Node's
 * own name and addresses as SANs, serving usages only, and the requester that runs that node.
 * Returns the reasons when it does not approve.
 */
async function approveIfValid(csr: V1CertificateSigningRequest): Promise<readonly string[]> {
  const registered = await core.readNode({ name: nodeName });
  const decision = await reviewServingCsr(
    {
      signerName: csr.spec.signerName,
      username: csr.spec.username ?? "",
      usages: csr.spec.usages ?? [],
      request: csr.spec.request,
    },
    // The provider runs with the admin kubeconfig here; in a cluster, its ServiceAccount.
    { nodeNames: new Set([nodeName]), requester: "kubernetes-admin" },
    {
      isVirtualNode: registered.metadata?.labels?.["type"] === "virtual-kubelet",
      addresses: (registered.status?.addresses ?? []).map((a) => a.address),
    },
  );
  if (!decision.approve) return decision.reasons;
  await certificates.replaceCertificateSigningRequestApproval({
    name: csr.metadata!.name!,
    body: {
      ...csr,
      status: {
        conditions: [
          {
            type: "Approved",
            status: "True",
            reason: "VirtualNodeServingCertificate",
            message: "subject and SANs match the virtual node",
          },
        ],
      },
    },
  });
  approved = csr;
  return [];
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  emulator.setScenarios([
    { match: { image: "*/chatty:*" }, behaviour: { logs: { lines: ["chatty {n}"], intervalMs: 200 } } },
  ]);
  const namespace = await testNamespace("kubelet-sec");
  ns = namespace.name;
  removeNamespace = namespace.remove;
  port = await freePort(address);
  // No certificate files and no client CA file: a CSR, and the cluster's client CA.
  node = await startVirtualNode({ nodeName, emulator, config: { kubeletApi: { port }, namespace: ns } });
  await waitForReadyNode(core, nodeName);
  const csr = await eventually("the serving certificate's CSR", async () => {
    const list = await certificates.listCertificateSigningRequest({
      labelSelector: `oke-virtual-nodes.io/node=${nodeName}`,
    });
    return list.items[0];
  });
  expect(await approveIfValid(csr)).toEqual([]);
  await eventually("the kubelet API serving", async () => (await direct(address, port, "/healthz")).status);
  await core.createNamespacedPod({
    namespace: ns,
    body: {
      metadata: { name: "chatty" },
      spec: {
        nodeName,
        tolerations: [VIRTUAL_NODE_TOLERATION],
        containers: [{ name: "main", image: "registry.example/chatty:1" }],
      },
    },
  });
  await eventually("chatty Running", async () => {
    const p = await core.readNamespacedPod({ name: "chatty", namespace: ns });
    return p.status?.containerStatuses?.[0]?.state?.running ? p : undefined;
  });
});

afterAll(async () => {
  await removeNamespace?.();
  await node?.stop();
  await core.deleteNode({ name: nodeName }).catch(() => undefined);
  if (approved)
    await certificates.deleteCertificateSigningRequest({ name: approved.metadata!.name! }).catch(() => 0);
  await rbac.deleteClusterRole({ name: `${nodeName}-log-reader` }).catch(() => undefined);
  await rbac.deleteClusterRoleBinding({ name: `${nodeName}-log-reader` }).catch(() => undefined);
  await emulator?.stop();
});

async function serviceAccountToken(name: string): Promise<string> {
  await core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name } } });
  const token = await core.createNamespacedServiceAccountToken({
    name,
    namespace: ns,
    body: { spec: { audiences: [], expirationSeconds: 3600 } },
  });
  return token.status?.token ?? "";
}

const kubeletClientCert = () => {
  const pki = dirname(clusterInfo().caCert);
  return {
    certPem: readFileSync(join(pki, "apiserver-kubelet-client.crt"), "utf8"),
    keyPem: readFileSync(join(pki, "apiserver-kubelet-client.key"), "utf8"),
  };
};

describe("serving certificate", () => {
  it("was issued through the CSR and is what the apiserver verifies", async () => {
    // The direct calls verify the server against the cluster CA; kubectl goes through the
    // apiserver, which verifies it with --kubelet-certificate-authority.
    const logs = await kubectl(["logs", "-n", ns, "chatty", "--tail=1"]);
    expect(logs.stderr).toBe("");
    expect(logs.stdout).toMatch(/^chatty \d+\n$/);
  });
});

describe("authentication and authorization", () => {
  it("refuses anonymous requests with 401", async () => {
    const res = await direct(address, port, "/pods");
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ kind: "Status", code: 401, reason: "Unauthorized" });
  });

  it("refuses an unknown bearer token with 401", async () => {
    expect((await direct(address, port, "/pods", { token: "not-a-token" })).status).toBe(401);
  });

  it("refuses a client certificate from another CA with 401", async () => {
    const cert = await clientCertificate(
      "CN=kube-apiserver-kubelet-client, O=system:masters",
      await otherCa(),
    );
    expect((await direct(address, port, "/pods", { cert })).status).toBe(401);
  });

  it("accepts the apiserver's kubelet-client certificate", async () => {
    const res = await direct(address, port, "/pods", { cert: kubeletClientCert() });
    expect(res.status).toBe(200);
    const list = JSON.parse(res.body) as { items: V1Pod[] };
    expect(list.items.map((p) => p.metadata?.name)).toContain("chatty");
  });

  it("refuses a ServiceAccount without node permissions with 403", async () => {
    const token = await serviceAccountToken("nobody");
    const res = await direct(address, port, "/pods", { token });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).message).toContain(`user=system:serviceaccount:${ns}:nobody`);
  });

  it("lets a role with nodes/log but not nodes/proxy read logs, and nothing else", async () => {
    await rbac.createClusterRole({
      body: {
        metadata: { name: `${nodeName}-log-reader` },
        rules: [{ apiGroups: [""], resources: ["nodes/log"], verbs: ["get"] }],
      },
    });
    await rbac.createClusterRoleBinding({
      body: {
        metadata: { name: `${nodeName}-log-reader` },
        roleRef: {
          apiGroup: "rbac.authorization.k8s.io",
          kind: "ClusterRole",
          name: `${nodeName}-log-reader`,
        },
        subjects: [{ kind: "ServiceAccount", name: "log-reader", namespace: ns }],
      },
    });
    const token = await serviceAccountToken("log-reader");
    const pod = await core.readNamespacedPod({ name: "chatty", namespace: ns });
    const dir = `${ns}_chatty_${pod.metadata!.uid}`;
    const listing = await direct(address, port, "/logs/pods/", { token });
    expect(listing.status).toBe(200);
    expect(listing.body).toContain(`${dir}/`);
    const file = await direct(address, port, `/logs/pods/${dir}/main/0.log`, { token });
    expect(file.status).toBe(200);
    expect(file.body).toMatch(/chatty 0\n/);
    const exec = await direct(address, port, `/exec/${ns}/chatty/main?command=ls&stdout=true`, {
      token,
      method: "POST",
    });
    expect(exec.status).toBe(403);
    expect((await direct(address, port, `/containerLogs/${ns}/chatty/main`, { token })).status).toBe(403);
    expect((await direct(address, port, "/stats/summary", { token })).status).toBe(403);
  });
});

describe("bad input", () => {
  const get = (path: string) => direct(address, port, path, { cert: kubeletClientCert() });
  const message = (body: string): string => (JSON.parse(body) as { message: string }).message;
  // Log errors are plain text, as a kubelet writes them: the API server passes a 400's body on as
  // the message (docs/kubelet-api.md); other paths answer a metav1.Status.
  const logError = (res: { body: string; contentType: string }): string => {
    expect(res.contentType).toMatch(/^text\/plain/);
    return res.body;
  };

  it.each([
    ["?tailLines=-1", 400, /tailLines must be at least 0/],
    ["?tailLines=ten", 400, /tailLines must be an integer/],
    ["?limitBytes=999999999999999999999999", 400, /limitBytes is too large/],
    ["?limitBytes=0", 400, /limitBytes must be at least 1/],
    ["?follow=perhaps", 400, /follow must be true or false/],
    ["?sinceTime=noon", 400, /sinceTime must be an RFC 3339 time/],
    ["?sinceSeconds=1&sinceTime=2026-01-01T00:00:00Z", 400, /at most one/],
    ["?bogus=1", 400, /unknown query parameter/],
  ])("container logs %s → %i", async (query, status, pattern) => {
    const res = await get(`/containerLogs/${ns}/chatty/main${query}`);
    expect(res.status).toBe(status);
    expect(logError(res)).toMatch(pattern);
  });

  it("answers unknown pods, containers and paths with 404 and a message", async () => {
    const pod = await get(`/containerLogs/${ns}/ghost/main`);
    expect(pod.status).toBe(404);
    expect(logError(pod)).toMatch(/pod .*ghost not found/);
    const container = await get(`/containerLogs/${ns}/chatty/ghost`);
    expect(container.status).toBe(404);
    expect(logError(container)).toMatch(/container ghost is not valid/);
    const path = await get("/configz");
    expect(path.status).toBe(404);
    expect(message(path.body)).toMatch(/not served/);
    expect((await get(`/containerLogs/${ns}/chatty`)).status).toBe(400);
    expect((await get("/containerLogs/%E0%A4%A/x/y")).status).toBe(400);
  });

  it("answers exec, attach and run with a clear refusal, and port-forward without an upgrade with what it needs", async () => {
    for (const what of ["exec", "attach", "run"]) {
      const res = await direct(address, port, `/${what}/${ns}/chatty/main`, {
        cert: kubeletClientCert(),
        method: "POST",
      });
      expect(res.status).toBe(400);
      expect(message(res.body)).toMatch(/is not supported by OCI Container Instances/);
    }
    const res = await direct(address, port, `/portForward/${ns}/chatty`, {
      cert: kubeletClientCert(),
      method: "POST",
    });
    expect(res.status).toBe(400);
    expect(message(res.body)).toMatch(/^port-forward needs a connection upgrade \(SPDY\/3\.1/);
  });
});

describe("stats and metrics", () => {
  it("serves /stats/summary and /metrics/resource through the node proxy", async () => {
    const summary = await eventually("stats for chatty", async () => {
      const res = await kubectl(["get", "--raw", `/api/v1/nodes/${nodeName}/proxy/stats/summary`]);
      const parsed = JSON.parse(res.stdout) as {
        node: { nodeName: string };
        pods: { podRef: { name: string } }[];
      };
      return parsed.pods.some((p) => p.podRef.name === "chatty") ? parsed : undefined;
    });
    expect(summary.node.nodeName).toBe(nodeName);
    const pod = summary.pods.find((p) => p.podRef.name === "chatty") as unknown as {
      cpu: { usageCoreNanoSeconds: number };
      memory: { workingSetBytes: number };
      containers: { name: string }[];
    };
    expect(pod.cpu.usageCoreNanoSeconds).toBeGreaterThan(0);
    expect(pod.memory.workingSetBytes).toBeGreaterThan(0);
    expect(pod.containers.map((c) => c.name)).toEqual(["main"]);
    const metrics = await kubectl(["get", "--raw", `/api/v1/nodes/${nodeName}/proxy/metrics/resource`]);
    expect(metrics.stdout).toMatch(/^node_cpu_usage_seconds_total [\d.e+]+ \d+$/m);
    expect(metrics.stdout).toMatch(/^node_memory_working_set_bytes \d+ \d+$/m);
    expect(metrics.stdout).toMatch(
      new RegExp(
        `^container_cpu_usage_seconds_total\\{container="main",namespace="${ns}",pod="chatty"\\} `,
        "m",
      ),
    );
    expect(metrics.stdout).toMatch(/^container_start_time_seconds\{/m);
    expect(metrics.stdout).toMatch(/^scrape_error 0$/m);
  });
});
