/**
 * The rendered RBAC, installed on the real apiserver, allows exactly what the provider does:
 * each row is a SubjectAccessReview for the release's ServiceAccount.
 */
import { randomBytes } from "node:crypto";
import { AuthorizationV1Api, type V1ResourceAttributes } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminConfig, clusterInfo, testNamespace } from "../support/cluster.ts";
import { CHART, helm } from "./helm.ts";

const authz = adminConfig().makeApiClient(AuthorizationV1Api);
const release = `okevn-rbac-${randomBytes(3).toString("hex")}`;
const node = `vn-${randomBytes(3).toString("hex")}`;
let ns: { name: string; remove: () => Promise<void> };

beforeAll(async () => {
  ns = await testNamespace("chart-rbac");
  const set = [
    "oci.region=eu-frankfurt-1",
    `nodes[0].name=${node}`,
    "nodes[0].availabilityDomain=AD-1",
    "nodes[0].compartmentId=ocid1.compartment.oc1..a",
    "nodes[0].subnetId=ocid1.subnet.oc1..a",
    "cleanupHook.enabled=false",
  ];
  const r = await helm(
    ["install", release, CHART, "-n", ns.name, ...set.flatMap((s) => ["--set", s])],
    clusterInfo().kubeconfig,
  );
  expect(r.stderr).toBe("");
});

afterAll(async () => {
  await helm(["uninstall", release, "-n", ns.name], clusterInfo().kubeconfig);
  await ns?.remove();
});

type Row = readonly [string, V1ResourceAttributes];
const attr = (
  verb: string,
  resource: string,
  extra: Partial<V1ResourceAttributes> = {},
): V1ResourceAttributes => {
  const [res, sub] = resource.split("/");
  return { verb, resource: res, ...(sub ? { subresource: sub } : {}), ...extra };
};

async function allowed(a: V1ResourceAttributes, account = release): Promise<boolean> {
  const user = `system:serviceaccount:${ns.name}:${account}`;
  const review = await authz.createSubjectAccessReview({
    body: {
      spec: {
        user,
        groups: ["system:serviceaccounts", `system:serviceaccounts:${ns.name}`, "system:authenticated"],
        resourceAttributes: a,
      },
    },
  });
  return review.status?.allowed === true;
}

const allowedRows = (): Row[] => [
  ...["get", "list", "watch", "create", "patch", "update", "delete"].map(
    (v) => [`nodes ${v}`, attr(v, "nodes")] as Row,
  ),
  ["nodes/status patch", attr("patch", "nodes/status", { name: node })],
  ["pods list cluster-wide", attr("list", "pods")],
  ["pods watch cluster-wide", attr("watch", "pods")],
  ["pods patch", attr("patch", "pods", { namespace: "team-a" })],
  ["pods delete", attr("delete", "pods", { namespace: "team-a" })],
  ["pods/status patch", attr("patch", "pods/status", { namespace: "team-a" })],
  ["events create", attr("create", "events", { namespace: "team-a" })],
  ["events patch", attr("patch", "events", { namespace: "team-a" })],
  ["a pod's ConfigMap get", attr("get", "configmaps", { namespace: "team-a", name: "app-config" })],
  ["a pod's Secret get", attr("get", "secrets", { namespace: "team-a", name: "app-secret" })],
  [
    "serviceaccounts/token create",
    attr("create", "serviceaccounts/token", { namespace: "team-a", name: "default" }),
  ],
  [
    "own node Lease get",
    attr("get", "leases", { group: "coordination.k8s.io", namespace: "kube-node-lease", name: node }),
  ],
  [
    "own node Lease update",
    attr("update", "leases", { group: "coordination.k8s.io", namespace: "kube-node-lease", name: node }),
  ],
  [
    "node Lease create",
    attr("create", "leases", { group: "coordination.k8s.io", namespace: "kube-node-lease" }),
  ],
  [
    "leader Lease update",
    attr("update", "leases", { group: "coordination.k8s.io", namespace: ns.name, name: `${node}-leader` }),
  ],
  ["CSR create", attr("create", "certificatesigningrequests", { group: "certificates.k8s.io" })],
  ["CSR watch", attr("watch", "certificatesigningrequests", { group: "certificates.k8s.io" })],
  ["tokenreviews create", attr("create", "tokenreviews", { group: "authentication.k8s.io" })],
  ["subjectaccessreviews create", attr("create", "subjectaccessreviews", { group: "authorization.k8s.io" })],
  ["final-logs ConfigMaps list (own namespace)", attr("list", "configmaps", { namespace: ns.name })],
  ["kube-dns get", attr("get", "services", { namespace: "kube-system", name: "kube-dns" })],
  ["kubernetes Service get", attr("get", "services", { namespace: "default", name: "kubernetes" })],
  // The pod agent's feed (agent.enabled, the default): one watch of each, cluster-wide.
  ["Services watch cluster-wide (agent feed)", attr("watch", "services")],
  [
    "EndpointSlices list cluster-wide (agent feed)",
    attr("list", "endpointslices", { group: "discovery.k8s.io" }),
  ],
  [
    "own node Lease delete (cleanup)",
    attr("delete", "leases", { group: "coordination.k8s.io", namespace: "kube-node-lease", name: node }),
  ],
];

const deniedRows = (): Row[] => [
  ["Secrets list cluster-wide", attr("list", "secrets")],
  ["Secrets list in a namespace", attr("list", "secrets", { namespace: "team-a" })],
  ["Secrets watch", attr("watch", "secrets", { namespace: "team-a" })],
  ["ConfigMaps list", attr("list", "configmaps", { namespace: "team-a" })],
  ["Secrets create", attr("create", "secrets", { namespace: ns.name })],
  ["pods create", attr("create", "pods", { namespace: "team-a" })],
  ["pods/exec", attr("create", "pods/exec", { namespace: "team-a" })],
  [
    "another node's Lease",
    attr("update", "leases", {
      group: "coordination.k8s.io",
      namespace: "kube-node-lease",
      name: "worker-1",
    }),
  ],
  [
    "another leader Lease",
    attr("update", "leases", { group: "coordination.k8s.io", namespace: ns.name, name: "other-leader" }),
  ],
  [
    "Leases in another namespace",
    attr("create", "leases", { group: "coordination.k8s.io", namespace: "team-a" }),
  ],
  ["other Services", attr("get", "services", { namespace: "kube-system", name: "metrics-server" })],
  ["Services update (the feed only reads)", attr("update", "services", { namespace: "team-a" })],
  [
    "the Deployment's scale",
    attr("patch", "deployments/scale", { group: "apps", namespace: ns.name, name: `${release}-${node}` }),
  ],
  [
    "Deployments update",
    attr("update", "deployments", { group: "apps", namespace: ns.name, name: `${release}-${node}` }),
  ],
  ["CSR approval", attr("update", "certificatesigningrequests/approval", { group: "certificates.k8s.io" })],
  [
    "approving kubelet-serving",
    attr("approve", "signers", { group: "certificates.k8s.io", name: "kubernetes.io/kubelet-serving" }),
  ],
  ["ServiceAccounts create", attr("create", "serviceaccounts", { namespace: "team-a" })],
  ["RBAC escalation", attr("create", "clusterrolebindings", { group: "rbac.authorization.k8s.io" })],
];

describe("the release's ServiceAccount", () => {
  it("may do what the provider does", async () => {
    const denied: string[] = [];
    for (const [name, a] of allowedRows()) if (!(await allowed(a))) denied.push(name);
    expect(denied).toEqual([]);
  });

  it("may do nothing more", async () => {
    const granted: string[] = [];
    for (const [name, a] of deniedRows()) if (await allowed(a)) granted.push(name);
    expect(granted).toEqual([]);
  });
});

const signer = (name: string): V1ResourceAttributes =>
  attr("approve", "signers", { group: "certificates.k8s.io", name });
const csrs = (verb: string, sub = ""): V1ResourceAttributes =>
  attr(verb, `certificatesigningrequests${sub}`, { group: "certificates.k8s.io" });

describe("the CSR approver's ServiceAccount", () => {
  const approver = (): string => `${release}-csr-approver`;

  it("may read CSRs and approve kubelet-serving ones, and read Nodes and the release's Services", async () => {
    const rows: Row[] = [
      ["CSR get", csrs("get")],
      ["CSR list", csrs("list")],
      ["CSR watch", csrs("watch")],
      ["CSR approval update", csrs("update", "/approval")],
      ["approve kubelet-serving", signer("kubernetes.io/kubelet-serving")],
      ["Node get", attr("get", "nodes", { name: node })],
      ["kubelet Service get", attr("get", "services", { namespace: ns.name, name: `${release}-${node}` })],
    ];
    const denied: string[] = [];
    for (const [name, a] of rows) if (!(await allowed(a, approver()))) denied.push(name);
    expect(denied).toEqual([]);
  });

  it("may not approve other signers, sign, create or delete CSRs, or touch anything else", async () => {
    const rows: Row[] = [
      ["approve client certificates", signer("kubernetes.io/kube-apiserver-client")],
      ["approve kubelet client certificates", signer("kubernetes.io/kube-apiserver-client-kubelet")],
      ["approve legacy-unknown", signer("kubernetes.io/legacy-unknown")],
      ["approve every kubernetes.io signer", signer("kubernetes.io/*")],
      ["sign (CSR status)", csrs("update", "/status")],
      [
        "sign kubelet-serving",
        attr("sign", "signers", { group: "certificates.k8s.io", name: "kubernetes.io/kubelet-serving" }),
      ],
      ["CSR create", csrs("create")],
      ["CSR delete", csrs("delete")],
      ["CSR update", csrs("update")],
      ["Nodes list", attr("list", "nodes")],
      ["Nodes patch", attr("patch", "nodes", { name: node })],
      ["Node status patch", attr("patch", "nodes/status", { name: node })],
      ["Secrets get", attr("get", "secrets", { namespace: ns.name, name: "x" })],
      ["ConfigMaps get", attr("get", "configmaps", { namespace: ns.name, name: `${release}-${node}` })],
      ["Services elsewhere", attr("get", "services", { namespace: "kube-system", name: "kube-dns" })],
      ["pods list", attr("list", "pods")],
    ];
    const granted: string[] = [];
    for (const [name, a] of rows) if (await allowed(a, approver())) granted.push(name);
    expect(granted).toEqual([]);
  });
});
