/**
 * The seam between the stack and the chart: the Helm values the full-cluster stack's
 * `helm_release` passes must be values the chart accepts.
 *
 * `terraform plan` of the stack cannot run here (its data sources call OCI, which needs
 * credentials and the network), so this takes the values expression exactly as
 * `npm run synth` writes it into full-cluster/cdk.tf.json, replaces each reference to an
 * OCI resource or data source with a sample of the same shape (OCIDs, three availability
 * domains; an unknown reference fails the test), and lets real Terraform evaluate it
 * (`terraform apply` of a root with only variables and outputs: no provider, no
 * network). The resulting YAML goes through real `helm template` and `helm lint --strict`
 * of the packaged chart the synth writes beside the stack.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { type Mirror, prepareMirror, terraform } from "../../../infra/scripts/terraform.ts";
import { type Doc, helm, KUBE_VERSION } from "../chart/helm.ts";

const TIMEOUT = 900_000;
const VARS = {
  tenancy_id: "ocid1.tenancy.oc1..aaaaaaaaexample",
  compartment_id: "ocid1.compartment.oc1..aaaaaaaaexample",
  region: "eu-frankfurt-1",
};
const ADS = [1, 2, 3].map((n) => `Uocm:EU-FRANKFURT-1-AD-${n}`);

/** HCL samples for the references the values may hold, by resource or data-source type. */
const SAMPLES: Readonly<Record<string, (name: string, attribute: string) => string>> = {
  oci_core_subnet: (name) => JSON.stringify(`ocid1.subnet.oc1.eu-frankfurt-1.${slug(name)}`),
  oci_core_network_security_group: (name) =>
    JSON.stringify(`ocid1.networksecuritygroup.oc1.eu-frankfurt-1.${slug(name)}`),
  oci_containerengine_cluster: (name) => JSON.stringify(`ocid1.cluster.oc1.eu-frankfurt-1.${slug(name)}`),
  "data.oci_identity_availability_domains": (_name, attribute) => {
    if (attribute !== "availability_domains")
      throw new Error(`no sample for availability domains .${attribute}`);
    return `[${ADS.map((ad) => `{name = ${JSON.stringify(ad)}}`).join(", ")}]`;
  },
};

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The expression with every `type.name.attribute` reference to a resource replaced by a sample. */
export function withSamples(expression: string): { hcl: string; references: string[] } {
  const references: string[] = [];
  const hcl = expression.replace(
    /\b(data\.)?(oci_[a-z_]+|helm_[a-z_]+|terraform_data)\.([A-Za-z0-9_-]+)\.([a-z_]+)/g,
    (match, data: string | undefined, type: string, name: string, attribute: string) => {
      const sample = SAMPLES[`${data ?? ""}${type}`];
      if (!sample) throw new Error(`the release's values reference ${match}: add a sample for it`);
      references.push(match);
      return sample(name, attribute);
    },
  );
  return { hcl, references };
}

let out: string;
let mirror: Mirror;
let chart: string;
let valuesFile: string;
let values: Record<string, unknown>;
let references: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "okevn-release-values-"));
  execFileSync(process.execPath, ["infra/scripts/synth.ts", join(out, "synth")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const chartDir = join(out, "synth", "chart");
  chart = join(chartDir, readdirSync(chartDir).find((f) => f.endsWith(".tgz")) ?? "missing.tgz");
  const stack = JSON.parse(readFileSync(join(out, "synth", "full-cluster", "cdk.tf.json"), "utf8")) as {
    variable: Record<string, Record<string, unknown>>;
    resource: Record<string, Record<string, { values?: string[] }>>;
  };
  const releases = Object.values(stack.resource["helm_release"] ?? {});
  expect(releases).toHaveLength(1);
  const wired = releases[0]?.values ?? [];
  expect(wired).toHaveLength(1); // the stack passes no extra values documents
  const sampled = withSamples(wired[0]!);
  references = sampled.references;

  // A root with the stack's variables (validations included) and the values as an output.
  const root = join(out, "values-root");
  mkdirSync(root);
  writeFileSync(
    join(root, "main.tf.json"),
    JSON.stringify({ variable: stack.variable, output: { values: { value: sampled.hcl } } }, null, 2),
  );
  mirror = await prepareMirror();
  console.log(mirror.description);
  const vars = Object.entries(VARS).map(([k, v]) => `-var=${k}=${v}`);
  const init = await terraform(mirror, root, ["init", "-input=false", "-no-color"]);
  expect(init.code, init.stderr).toBe(0);
  const apply = await terraform(mirror, root, [
    "apply",
    "-auto-approve",
    "-input=false",
    "-no-color",
    ...vars,
  ]);
  expect(apply.code, apply.stderr).toBe(0);
  const output = await terraform(mirror, root, ["output", "-raw", "values"]);
  expect(output.code, output.stderr).toBe(0);
  valuesFile = join(out, "release-values.yaml");
  writeFileSync(valuesFile, output.stdout);
  values = parse(output.stdout) as Record<string, unknown>;
  console.log(
    `release values (terraform-evaluated, references sampled: ${references.join(", ")}):\n${output.stdout}`,
  );
}, TIMEOUT);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the full-cluster stack's Helm values", () => {
  it("pass helm lint --strict of the packaged chart", async () => {
    const lint = await helm(["lint", "--strict", chart, "--kube-version", KUBE_VERSION, "-f", valuesFile]);
    expect(lint.stdout + lint.stderr).not.toMatch(/\[ERROR\]|\[WARNING\]/);
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
  });

  it("render with helm template into one virtual node per availability domain", async () => {
    const render = await helm([
      "template",
      "oke-virtual-nodes",
      chart,
      "-n",
      "oke-virtual-nodes",
      "--kube-version",
      KUBE_VERSION,
      "-f",
      valuesFile,
    ]);
    expect(render.code, render.stderr).toBe(0);
    const docs = parseAllDocuments(render.stdout)
      .map((d) => d.toJSON() as Doc | null)
      .filter((d): d is Doc => d !== null);
    const nodes = values["nodes"] as { name: string; availabilityDomain: string; subnetId: string }[];
    expect(nodes.map((n) => n.availabilityDomain)).toEqual(ADS);
    // One Deployment per virtual node (labelled with its name), besides the CSR approver.
    const nodeOf = (d: Doc): string | undefined =>
      (d.metadata as { labels?: Record<string, string> }).labels?.["oke-virtual-nodes.io/node"];
    const deployments = docs.filter((d) => d.kind === "Deployment" && nodeOf(d) !== undefined);
    expect(deployments.map(nodeOf)).toEqual(nodes.map((n) => n.name));
    expect(deployments.map((d) => d.metadata.name)).toEqual(nodes.map((n) => `oke-virtual-nodes-${n.name}`));
    for (const n of nodes) expect(n.subnetId).toMatch(/^ocid1\.subnet\..*podssubnet/);
    // The kubelet-API load balancers: in the LB subnet and NSG, over the chart's NLB defaults.
    const services = docs.filter(
      (d) => d.kind === "Service" && (d["spec"] as { type?: string })?.type === "LoadBalancer",
    );
    expect(services).toHaveLength(nodes.length);
    for (const svc of services) {
      expect(svc.metadata.annotations).toMatchObject({
        "oci.oraclecloud.com/load-balancer-type": "nlb",
        "oci-network-load-balancer.oraclecloud.com/subnet": expect.stringMatching(/lbsubnet/),
        "oci.oraclecloud.com/oci-network-security-groups": expect.stringMatching(/lbnsg/),
      });
    }
  });

  it("name the region, the compartment and the pods' NSG", () => {
    expect((values["oci"] as { region: string }).region).toBe(VARS.region);
    const nodes = values["nodes"] as { compartmentId: string; nsgIds: string[] }[];
    for (const n of nodes) {
      expect(n.compartmentId).toBe(VARS.compartment_id);
      expect(n.nsgIds).toEqual([expect.stringMatching(/^ocid1\.networksecuritygroup\..*podsnsg/)]);
    }
  });
});
