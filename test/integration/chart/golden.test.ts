/**
 * The golden rule: what Helm renders from the committed chart equals what the cdk8s app
 * synthesizes for the same values, document by document (ConfigMap files compared parsed).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { synthesize } from "../../../cdk8s/src/app.ts";
import { GENERATED_SECRET } from "../../../cdk8s/src/constructs/agent-secret.ts";
import { CONFIG_KEY } from "../../../cdk8s/src/constructs/config-map.ts";
import { AGENT_SECRET_KEY } from "../../../cdk8s/src/constructs/context.ts";
import { EXAMPLES } from "../../../cdk8s/src/examples.ts";
import { packageVersion } from "../../../cdk8s/src/generate.ts";
import { CHART, helm, identity, KUBE_VERSION, template, type Doc } from "./helm.ts";

const CASES: readonly (readonly [string, readonly string[], unknown])[] = [
  ["default values", [], {}],
  ...Object.entries(EXAMPLES).map(
    ([name, values]) =>
      [`ci/${name}-values.yaml`, [join(CHART, "ci", `${name}-values.yaml`)], values] as const,
  ),
];

/**
 * A ConfigMap's file is YAML whose text differs in quoting only: compare it parsed. The agent
 * Secret's value is random in Helm's output (no cluster to look it up in) and a placeholder in
 * the synthesis: each is checked for its shape, then compared as "generated".
 */
function normalize(doc: Doc): Doc {
  const data = doc["data"] as Record<string, string> | undefined;
  if (doc.kind === "Secret" && doc.metadata.name.endsWith("-agent") && data?.[AGENT_SECRET_KEY]) {
    const value = Buffer.from(data[AGENT_SECRET_KEY], "base64").toString("utf8");
    expect(value === GENERATED_SECRET || /^[A-Za-z0-9]{48}$/.test(value), value).toBe(true);
    return { ...doc, data: { ...data, [AGENT_SECRET_KEY]: "generated" } };
  }
  if (doc.kind !== "ConfigMap" || data?.[CONFIG_KEY] === undefined) return doc;
  return { ...doc, data: { ...data, [CONFIG_KEY]: parse(data[CONFIG_KEY]) } };
}

describe("helm lint --strict", () => {
  it.each(CASES)("passes with %s", async (_name, files) => {
    const r = await helm([
      "lint",
      "--strict",
      CHART,
      "--kube-version",
      KUBE_VERSION,
      ...files.flatMap((f) => ["-f", f]),
    ]);
    expect(r.stderr + r.stdout).toContain("0 chart(s) failed");
    expect(r.code).toBe(0);
  });
});

describe("helm template equals the cdk8s synthesis", () => {
  it.each(CASES)("with %s", async (_name, files, values) => {
    const version = packageVersion();
    const rendered = (await template("okevn", "virtual-nodes", files)).map(normalize);
    const synthesized = (
      synthesize({
        release: { name: "okevn", namespace: "virtual-nodes" },
        chart: { version, appVersion: version },
        values,
      }) as Doc[]
    ).map(normalize);
    expect(rendered.map(identity).sort()).toEqual(synthesized.map(identity).sort());
    const byId = new Map(rendered.map((d) => [identity(d), d]));
    for (const doc of synthesized) expect(byId.get(identity(doc)), identity(doc)).toEqual(doc);
  });

  it("renders the multi-node example with one Deployment per availability domain", async () => {
    const docs = await template("okevn", "virtual-nodes", [join(CHART, "ci", "multi-node-values.yaml")]);
    const deployments = docs.filter(
      (d) => d.kind === "Deployment" && !d.metadata.name.endsWith("-csr-approver"),
    );
    expect(deployments.map((d) => d.metadata.name)).toEqual(["okevn-vn-ad1", "okevn-vn-ad2", "okevn-vn-ad3"]);
  });

  it("renders one CSR approver for all nodes, and none with csrApprover.enabled=false", async () => {
    const multi = join(CHART, "ci", "multi-node-values.yaml");
    const approvers = (docs: Doc[]): string[] =>
      docs
        .filter((d) => d.metadata.name === "okevn-csr-approver")
        .map((d) => d.kind)
        .sort();
    expect(approvers(await template("okevn", "virtual-nodes", [multi]))).toEqual([
      "ClusterRole",
      "ClusterRoleBinding",
      "ConfigMap",
      "Deployment",
      "Role",
      "RoleBinding",
      "ServiceAccount",
    ]);
    const off = await helm(["template", "okevn", CHART, "-f", multi, "--set", "csrApprover.enabled=false"]);
    expect(off.code).toBe(0);
    expect(off.stdout).not.toContain("csr-approver");
  });
});
