/**
 * The chart's CSR approver on the real control plane: after `helm install`, the node's kubelet API
 * answers through the apiserver with no manual approval, and CSRs that are not the release's
 * (another node's name from the release's ServiceAccount, the right node from another
 * ServiceAccount) stay Pending.
 *
 * No kubelet runs here, so the chart's pods cannot run. The approver and the provider run as
 * processes with what their pods would have: the approver with its ServiceAccount's token and the
 * config from its ConfigMap, unchanged; the provider with the release's ServiceAccount's token and
 * the ProviderConfig from its ConfigMap, with only the test bed's differences laid over it (OCI
 * emulator, a free kubelet port, loopback observability ports). The cloud controller's part, the
 * kubelet Service's load-balancer IP, is written by the test.
 */
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as x509 from "@peculiar/x509";
import { CertificatesV1Api, KubeConfig, RbacAuthorizationV1Api } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { servingCsr } from "../../../service/src/kubelet/csr.ts";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { type CsrApproverProcess, startCsrApproverProcess } from "../../../tools/harness/csr-approver.ts";
import { merge } from "../../../tools/harness/virtual-node.ts";
import { adminConfig, clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import {
  type VirtualNodeProcess,
  startTestEmulator,
  startVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";
import { freePort, kubectl } from "../kubelet-api/support.ts";
import { CHART, helm } from "./helm.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const kc = adminConfig();
const { core } = clients(kc);
const certificates = kc.makeApiClient(CertificatesV1Api);
const rbac = kc.makeApiClient(RbacAuthorizationV1Api);
const suffix = randomBytes(3).toString("hex");
const release = `okevn-csr-${suffix}`;
const nodeName = `vn-csr-${suffix}`;
const address = clusterInfo().hostAddress;
const dir = join(ROOT, ".test-run", "csr-approver", suffix);
let ns: { name: string; remove: () => Promise<void> };
let emulator: Emulator;
let approver: CsrApproverProcess | undefined;
let provider: VirtualNodeProcess | undefined;
const createdCsrs: string[] = [];

/** A kubeconfig that authenticates as a ServiceAccount with a fresh token, as a pod's mounted token does. */
async function serviceAccountKubeconfig(name: string): Promise<string> {
  const token = await core.createNamespacedServiceAccountToken({
    name,
    namespace: ns.name,
    body: { spec: { audiences: [], expirationSeconds: 3600 } },
  });
  const file = join(dir, `${name}.kubeconfig`);
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: "test", server: clusterInfo().server, caFile: clusterInfo().caCert }],
    users: [{ name, token: token.status?.token ?? "" }],
    contexts: [{ name: "test", cluster: "test", user: name }],
    currentContext: "test",
  });
  writeFileSync(file, config.exportConfig());
  return file;
}

async function configFile(configMap: string): Promise<Record<string, unknown>> {
  const cm = await core.readNamespacedConfigMap({ name: configMap, namespace: ns.name });
  return parse(cm.data!["config.yaml"]!) as Record<string, unknown>;
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  emulator = await startTestEmulator();
  ns = await testNamespace("chart-csr");
  const oci = emulator.credentials;
  const set = [
    `oci.region=${oci.region}`,
    `nodes[0].name=${nodeName}`,
    `nodes[0].availabilityDomain=${oci.availabilityDomains[0]}`,
    `nodes[0].compartmentId=${oci.compartmentId}`,
    `nodes[0].subnetId=${oci.subnetId}`,
    "cleanupHook.enabled=false",
  ];
  const installed = await helm(
    ["install", release, CHART, "-n", ns.name, ...set.flatMap((s) => ["--set", s])],
    clusterInfo().kubeconfig,
  );
  expect(installed.stderr).toBe("");

  // The approver exactly as its Deployment configures it.
  approver = startCsrApproverProcess({
    dir,
    config: {
      ...(await configFile(`${release}-csr-approver`)),
      kubeconfig: await serviceAccountKubeconfig(`${release}-csr-approver`),
    },
  });

  // What OCI's cloud controller does for the kubelet Service: a load-balancer IP (here the test
  // network's host address, where the provider listens).
  const serviceName = `${release}-${nodeName}`;
  const service = await core.readNamespacedService({ name: serviceName, namespace: ns.name });
  await core.replaceNamespacedServiceStatus({
    name: serviceName,
    namespace: ns.name,
    body: { ...service, status: { loadBalancer: { ingress: [{ ip: address }] } } },
  });

  const chartConfig = await configFile(serviceName);
  // The agent Secret the chart generated, where the Deployment mounts it (here: a file of the test).
  const agentSecret = await core.readNamespacedSecret({ name: `${release}-agent`, namespace: ns.name });
  const agentSecretFile = join(dir, "agent-secret");
  writeFileSync(agentSecretFile, Buffer.from(agentSecret.data!["secret"]!, "base64"));
  provider = await startVirtualNode({
    nodeName,
    emulator,
    dir: `csr-approver-${suffix}`,
    config: merge(chartConfig, {
      kubeconfig: await serviceAccountKubeconfig(release),
      // Test bed: no load balancer maps 10250, so the provider listens on a free port.
      kubeletApi: { port: await freePort(address), advertisedAddress: undefined },
      oci: { auth: "configFile" },
      observability: { metricsAddress: "127.0.0.1:0", healthAddress: "127.0.0.1:0" },
      leaderElection: { enabled: true },
      agent: { secretFile: agentSecretFile },
    }),
  });
  await waitForReadyNode(core, nodeName);
}, 300_000);

afterAll(async () => {
  await provider?.stop();
  await approver?.stop();
  await core.deleteNode({ name: nodeName }).catch(() => undefined);
  for (const name of createdCsrs) await certificates.deleteCertificateSigningRequest({ name }).catch(() => 0);
  const own = await certificates
    .listCertificateSigningRequest({ labelSelector: `oke-virtual-nodes.io/node=${nodeName}` })
    .catch(() => ({ items: [] }));
  for (const csr of own.items)
    await certificates.deleteCertificateSigningRequest({ name: csr.metadata!.name! }).catch(() => 0);
  await rbac.deleteClusterRole({ name: `${release}-intruder` }).catch(() => undefined);
  await rbac.deleteClusterRoleBinding({ name: `${release}-intruder` }).catch(() => undefined);
  await helm(["uninstall", release, "-n", ns.name, "--no-hooks"], clusterInfo().kubeconfig);
  await ns?.remove();
  await emulator?.stop();
});

/** Creates a kubelet-serving CSR as the user of `kubeconfig`; returns its name. */
async function requestAs(kubeconfig: string, node: string, ips: readonly string[]): Promise<string> {
  const as = new KubeConfig();
  as.loadFromFile(kubeconfig);
  const { csrPem } = await servingCsr(node, { dns: [node], ips });
  const created = await as.makeApiClient(CertificatesV1Api).createCertificateSigningRequest({
    body: {
      metadata: { generateName: `okevn-test-${node}-` },
      spec: {
        request: Buffer.from(csrPem).toString("base64"),
        signerName: "kubernetes.io/kubelet-serving",
        usages: ["digital signature", "server auth"],
      },
    },
  });
  createdCsrs.push(created.metadata!.name!);
  return created.metadata!.name!;
}

/** Waits for the approver's verdict on `csr` in its log, then returns the CSR's conditions. */
async function leftUnapproved(csr: string): Promise<{ reasons: string[]; conditions: string[] }> {
  const line = await eventually(`the approver's verdict on ${csr}`, async () =>
    approver!.logLines().find((l) => l["csr"] === csr),
  );
  const read = await certificates.readCertificateSigningRequest({ name: csr });
  return {
    reasons: (line["reasons"] as string[] | undefined) ?? [String(line["msg"])],
    conditions: (read.status?.conditions ?? []).map((c) => c.type),
  };
}

describe("the chart's CSR approver", () => {
  it("approves the node's serving certificate: the kubelet API answers through the apiserver", async () => {
    const healthz = await eventually("kubelet API through the apiserver", async () => {
      const r = await kubectl(["get", "--raw", `/api/v1/nodes/${nodeName}/proxy/healthz`]);
      return r.code === 0 ? r.stdout : undefined;
    });
    expect(healthz).toBe("ok");
    const own = await certificates.listCertificateSigningRequest({
      labelSelector: `oke-virtual-nodes.io/node=${nodeName}`,
    });
    expect(own.items.length).toBeGreaterThan(0);
    const csr = own.items.find((c) => c.status?.certificate)!;
    expect(csr.spec.username).toBe(`system:serviceaccount:${ns.name}:${release}`);
    expect(csr.status?.conditions?.[0]).toMatchObject({
      type: "Approved",
      reason: "OkeVirtualNodeServingCertificate",
    });
    const cert = new x509.X509Certificate(Buffer.from(csr.status!.certificate!, "base64").toString("utf8"));
    expect(cert.subject).toBe(`O=system:nodes, CN=system:node:${nodeName}`);
    expect(approver!.logLines().some((l) => l["msg"] === "CSR approved" && l["node"] === nodeName)).toBe(
      true,
    );
  });

  it("leaves a CSR for another node's name from the release's ServiceAccount unapproved", async () => {
    const name = await requestAs(join(dir, `${release}.kubeconfig`), "worker-1", [address]);
    const verdict = await leftUnapproved(name);
    expect(verdict.conditions).toEqual([]);
    expect(verdict.reasons).toContain("node worker-1 is not one of this release's");
  });

  it("leaves a CSR for the release's node from another ServiceAccount unapproved", async () => {
    // Another workload that may create CSRs (RBAC allows it here on purpose).
    await core.createNamespacedServiceAccount({
      namespace: ns.name,
      body: { metadata: { name: "intruder" } },
    });
    await rbac.createClusterRole({
      body: {
        metadata: { name: `${release}-intruder` },
        rules: [
          {
            apiGroups: ["certificates.k8s.io"],
            resources: ["certificatesigningrequests"],
            verbs: ["create", "get"],
          },
        ],
      },
    });
    await rbac.createClusterRoleBinding({
      body: {
        metadata: { name: `${release}-intruder` },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: `${release}-intruder` },
        subjects: [{ kind: "ServiceAccount", name: "intruder", namespace: ns.name }],
      },
    });
    const kubeconfig = await serviceAccountKubeconfig("intruder");
    const name = await eventually("the intruder's CSR", () => requestAs(kubeconfig, nodeName, [address]));
    const verdict = await leftUnapproved(name);
    expect(verdict.conditions).toEqual([]);
    expect(verdict.reasons).toContain(
      `requested by system:serviceaccount:${ns.name}:intruder (only system:serviceaccount:${ns.name}:${release})`,
    );
  });

  it("leaves a CSR for an address the node does not advertise unapproved", async () => {
    const name = await requestAs(join(dir, `${release}.kubeconfig`), nodeName, ["10.1.2.3"]);
    const verdict = await leftUnapproved(name);
    expect(verdict.conditions).toEqual([]);
    expect(verdict.reasons).toContain("IP SAN 10.1.2.3 is not an address the node advertises");
  });
});
