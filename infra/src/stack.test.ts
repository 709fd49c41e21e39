import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { Testing } from "cdktf";
import { describe, expect, it } from "vitest";
import type { ChartValues, ChartVirtualNode } from "./chart-values.ts";
import { FullClusterStack, PROVIDER_CONSTRAINTS } from "./stack.ts";
import { MODULE_OUTDIR_PREFIX, moduleJson } from "./module.ts";

type Block = Record<string, Record<string, Record<string, unknown>>>;

function synthStack(): { resource: Block; data: Block; output: Record<string, unknown>; provider?: unknown } {
  const app = Testing.app();
  const stack = new FullClusterStack(app, "full-cluster");
  return JSON.parse(Testing.synth(stack)) as ReturnType<typeof synthStack>;
}

const tf = synthStack();
const rules = Object.values(tf.resource["oci_core_network_security_group_security_rule"] ?? {});
const ports = (r: Record<string, unknown>): number[] => {
  const range = (r["tcp_options"] as { destination_port_range?: { min: number; max: number } } | undefined)
    ?.destination_port_range;
  return range ? [range.min, range.max] : [];
};

describe("full-cluster stack", () => {
  it("matches the snapshot", () => {
    expect(tf).toMatchSnapshot();
  });

  it("puts every subnet in the VCN", () => {
    const vcns = Object.keys(tf.resource["oci_core_vcn"] ?? {});
    expect(vcns).toHaveLength(1);
    const subnets = Object.values(tf.resource["oci_core_subnet"] ?? {});
    expect(subnets).toHaveLength(4);
    for (const s of subnets) expect(s["vcn_id"]).toBe(`\${oci_core_vcn.${vcns[0]}.id}`);
  });

  it.each([6443, 12250, 10250])("has NSG rules for port %i in both directions", (port) => {
    const matching = rules.filter((r) => ports(r)[0] === port);
    expect(matching.some((r) => r["direction"] === "INGRESS")).toBe(true);
    expect(matching.some((r) => r["direction"] === "EGRESS")).toBe(true);
  });

  it("routes the kubelet API (10250) through the load-balancer NSG to the pods", () => {
    const described = rules.filter((r) => ports(r)[0] === 10250).map((r) => r["description"]);
    expect(described).toEqual(
      expect.arrayContaining([
        "lb ingress 10250 from api",
        "lb egress 10250 to pods",
        "pods ingress 10250 from kubelet api load balancer",
      ]),
    );
  });

  it("scopes the provider's policy to the compartment and the workload", () => {
    const policies = tf.resource["oci_identity_policy"] ?? {};
    const compartment = Object.entries(policies).find(([k]) => k.includes("compartment-policy"))?.[1];
    expect(compartment?.["compartment_id"]).toBe("${var.compartment_id}");
    const statements = compartment?.["statements"] as string[];
    for (const s of statements) expect(s).toContain("in compartment id ${var.compartment_id}");
    expect(statements.filter((s) => s.includes("request.principal.type='workload'"))).toHaveLength(3);
    expect(statements.join("\n")).toMatch(/manage compute-container-family/);
    expect(statements.join("\n")).toMatch(/use virtual-network-family/);
    expect(statements.join("\n")).toMatch(/read metrics/);
    const tenancy = Object.entries(policies).find(([k]) => k.includes("virtual-node-policy"))?.[1];
    expect(tenancy?.["compartment_id"]).toBe("${var.tenancy_id}");
  });

  it("installs the release after the cluster, the pool, the NSG rules and the IAM wait", () => {
    const release = Object.values(tf.resource["helm_release"] ?? {})[0];
    const deps = release?.["depends_on"] as string[];
    expect(deps.some((d) => d.startsWith("oci_containerengine_cluster."))).toBe(true);
    expect(deps.some((d) => d.startsWith("oci_containerengine_virtual_node_pool."))).toBe(true);
    expect(deps.some((d) => d.startsWith("terraform_data.iam_propagation"))).toBe(true);
    expect(deps.filter((d) => d.startsWith("oci_core_network_security_group_security_rule."))).toHaveLength(
      rules.length,
    );
    expect(release?.["atomic"]).toBe("${var.helm_atomic}");
  });

  it("drains the virtual nodes before the release is destroyed", () => {
    const drain = Object.entries(tf.resource["terraform_data"] ?? {}).find(([k]) => k.includes("drain"))?.[1];
    expect(drain?.["depends_on"]).toEqual([expect.stringMatching(/^helm_release\./)]);
    expect(JSON.stringify(drain?.["provisioner"])).toContain('"when":"destroy"');
  });

  it("configures helm with exec auth, not a token", () => {
    const helm = JSON.stringify((tf.provider as Record<string, unknown>)["helm"]);
    expect(helm).toContain('"command":"oci"');
    expect(helm).toContain("generate-token");
    expect(helm).not.toContain('"token"');
  });

  it("declares one virtual node per availability domain unless virtual_node_count says otherwise", () => {
    const values = (Object.values(tf.resource["helm_release"] ?? {})[0]?.["values"] as string[])[0]!;
    expect(values).toMatch(
      /"nodes" = \[ for key, val in range\(0, \(var\.virtual_node_count >= 1\) \? var\.virtual_node_count : length\(.*data\.oci_identity_availability_domains\./,
    );
    expect(values).toMatch(/"availabilityDomain" = element\(.*availability_domains.*, val\)/);
    expect(values).toMatch(/"subnetId" = oci_core_subnet\.network_pods-subnet_\w+\.id/);
    expect(values).toMatch(/"nsgIds" = \[oci_core_network_security_group\.network_pods-nsg_\w+\.id\]/);
    expect(values).toContain('"compartmentId" = var.compartment_id');
  });

  it("builds the values through the chart's values type (a mismatch does not compile)", () => {
    // @ts-expect-error -- the values this stack once passed, which the chart's schema rejects
    const old: ChartValues = { config: { nodeName: "x" }, clusterId: "y" };
    // @ts-expect-error -- a virtual node needs its subnet
    const node: ChartVirtualNode = { name: "a", availabilityDomain: "AD-1", compartmentId: "c" };
    expect([old, node]).toHaveLength(2);
  });

  it("passes the image variables to the chart", () => {
    const values = (Object.values(tf.resource["helm_release"] ?? {})[0]?.["values"] as string[])[0]!;
    expect(values).toContain(
      '"image" = {"repository" = var.image_repository, "tag" = var.image_tag, "digest" = var.image_digest}',
    );
    expect(values).toContain('[{"name" = var.image_pull_secret}]');
  });

  it("outputs what users need next", () => {
    expect(Object.keys(tf.output)).toEqual(
      expect.arrayContaining([
        "cluster_id",
        "kubeconfig_command",
        "node_names",
        "compartment_policy_statements",
        "tenancy_policy_statements",
      ]),
    );
  });
});

describe("module", () => {
  const json = moduleJson();
  it("has no provider or backend blocks", () => {
    expect(json["provider"]).toBeUndefined();
    expect((json["terraform"] as Record<string, unknown>)["backend"]).toBeUndefined();
    // The module pins its providers' sources and versions; the caller configures them.
    expect((json["terraform"] as Record<string, unknown>)["required_providers"]).toEqual({
      oci: { source: "registry.terraform.io/oracle/oci", version: PROVIDER_CONSTRAINTS.oci },
      helm: { source: "registry.terraform.io/hashicorp/helm", version: PROVIDER_CONSTRAINTS.helm },
    });
  });

  it("describes every variable and validates the risky ones", () => {
    const variables = json["variable"] as Record<string, { description?: string; validation?: unknown[] }>;
    for (const [name, v] of Object.entries(variables)) expect(v.description, name).toBeTruthy();
    for (const name of [
      "compartment_id",
      "tenancy_id",
      "region",
      "vcn_cidr",
      "pod_shape",
      "kubernetes_version",
    ]) {
      expect(variables[name]?.validation?.length, name).toBeGreaterThan(0);
    }
  });

  it("is deterministic and leaves no output directory behind", () => {
    const leftovers = (): string[] => readdirSync(tmpdir()).filter((n) => n.startsWith(MODULE_OUTDIR_PREFIX));
    const before = leftovers();
    expect(JSON.stringify(moduleJson())).toBe(JSON.stringify(json));
    expect(leftovers()).toEqual(before);
  });
});
