// The real oracle/oci provider (8.28.0) applies and destroys Core networking against the emulator
// inside a test network namespace: a small configuration first, then the network part of the
// synthesized full-cluster stack. Each run: every resource AVAILABLE, a second plan empty, and no
// resource left after destroy.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOciBed, REGION, type OciBed } from "./oci-bed.ts";
import { expectEmulatorSettled, NETWORK_RECORDS, STACK_RECORDS, synthTo } from "./stack-checks.ts";

let bed: OciBed;

beforeAll(async () => {
  bed = await startOciBed();
}, 600_000);

afterAll(async () => {
  // OKEVN_REHEARSAL_CALLS=<file>: the operations the provider called, with counts (docs/emulator.md).
  const callsFile = process.env.OKEVN_REHEARSAL_CALLS;
  if (callsFile && bed) writeFileSync(callsFile, JSON.stringify(bed.emulator.counters, null, 2) + "\n");
  await bed?.close();
});

type Json = Record<string, unknown>;

/** init, apply, a plan that must be empty, destroy; asserting the emulator's records at each step. */
async function applyPlanDestroy(
  name: string,
  config: Json,
  expected: Record<string, number>,
  expectedRules: number,
  afterApply?: (tf: (...args: string[]) => Promise<string>) => Promise<void>,
): Promise<void> {
  const dir = join(bed.root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config, null, 2));
  const tf = async (...args: string[]): Promise<string> => {
    const flags = args[0] === "output" ? ["-no-color"] : ["-no-color", "-input=false"];
    const r = await bed.terraform(dir, [...args, ...flags]);
    if (r.code !== 0 && !(args[0] === "plan" && r.code === 2))
      throw new Error(`terraform ${args.join(" ")} exited ${r.code}\n${r.stderr}\n${r.stdout.slice(-4000)}`);
    return r.stdout;
  };
  await tf("init");
  await tf("apply", "-auto-approve");
  const cp = bed.emulator.core.controlPlane;
  expect(expectEmulatorSettled(bed)).toEqual(expected);
  expect([...cp.securityRules.values()].flat()).toHaveLength(expectedRules);
  await afterApply?.(tf);
  const plan = await bed.terraform(dir, ["plan", "-detailed-exitcode", "-no-color", "-input=false"]);
  expect(plan.code, `second plan is not empty:\n${plan.stdout.slice(-4000)}`).toBe(0);
  await tf("destroy", "-auto-approve");
  expect(cp.liveCounts()).toEqual({});
  expect([...cp.securityRules.values()].flat()).toEqual([]);
}

const provider = { oci: [{ region: REGION }] };
const required = { required_providers: { oci: { source: "oracle/oci", version: "8.28.0" } } };

describe("terraform with the real oracle/oci provider against the emulator", () => {
  it("applies, re-plans with no change and destroys a VCN, a subnet and an NSG with a rule", async () => {
    const compartment = bed.emulator.credentials.compartmentId;
    await applyPlanDestroy(
      "small",
      {
        terraform: required,
        provider,
        resource: {
          oci_core_vcn: {
            v: { compartment_id: compartment, cidr_blocks: ["10.0.0.0/16"], dns_label: "small" },
          },
          oci_core_subnet: {
            s: {
              compartment_id: compartment,
              vcn_id: "${oci_core_vcn.v.id}",
              cidr_block: "10.0.1.0/24",
              dns_label: "a",
            },
          },
          oci_core_network_security_group: {
            n: { compartment_id: compartment, vcn_id: "${oci_core_vcn.v.id}" },
          },
          oci_core_network_security_group_security_rule: {
            r: {
              network_security_group_id: "${oci_core_network_security_group.n.id}",
              direction: "INGRESS",
              protocol: "6",
              source: "10.0.0.0/16",
              source_type: "CIDR_BLOCK",
              tcp_options: { destination_port_range: { min: 6443, max: 6443 } },
            },
          },
        },
      },
      { vcn: 1, subnet: 1, networkSecurityGroup: 1 },
      1,
    );
  });

  it("applies, re-plans with no change and destroys the network part of the synthesized stack", async () => {
    const { config, rules } = stackPart((type) => type.startsWith("oci_core_"), ["oci_core_services"]);
    await applyPlanDestroy("network", config, NETWORK_RECORDS, rules);
  });

  it("applies, re-plans with no change and destroys the network, IAM, the cluster and its system pool", async () => {
    const { config, rules } = stackPart(
      (type, name) =>
        ["oci_core_", "oci_containerengine_", "oci_identity_"].some((p) => type.startsWith(p)) ||
        (type === "terraform_data" && name.startsWith("iam_")),
      ["oci_core_services", "oci_identity_availability_domains", "oci_containerengine_cluster_kube_config"],
      { iam_propagation_delay_seconds: 0 },
    );
    const kubeconfig = Object.keys(
      (config.data as Record<string, Json>).oci_containerengine_cluster_kube_config!,
    )[0]!;
    config.output = {
      kubeconfig: {
        value: `\${data.oci_containerengine_cluster_kube_config.${kubeconfig}.content}`,
        sensitive: true,
      },
    };
    await applyPlanDestroy("cluster", config, STACK_RECORDS, rules, async (tf) => {
      const content = await tf("output", "-raw", "kubeconfig");
      expect(content).toContain(`server: ${bed.clusterServer}`);
    });
  });
});

/**
 * The resources of a fresh synth of the full-cluster stack that `include` picks by type and name,
 * the named data sources, and the variables they use (with the emulator's tenancy, compartment and
 * region, and `overrides`, as defaults). `rules`: the security rules they create (all but the
 * for_each over endpoint_allowed_cidrs, which is empty by default).
 */
function stackPart(
  include: (type: string, name: string) => boolean,
  dataTypes: string[],
  overrides: Record<string, unknown> = {},
): { config: Json; rules: number } {
  const out = join(bed.root, "synth");
  synthTo(out);
  const stack = JSON.parse(readFileSync(join(out, "full-cluster", "cdk.tf.json"), "utf8")) as {
    resource: Record<string, Json>;
    data: Record<string, Json>;
    variable: Record<string, Json>;
  };
  const resource: Record<string, Json> = {};
  for (const [type, byName] of Object.entries(stack.resource)) {
    const picked = Object.entries(byName).filter(([name]) => include(type, name));
    if (picked.length > 0) resource[type] = Object.fromEntries(picked);
  }
  const data = Object.fromEntries(dataTypes.map((t) => [t, stack.data[t]]));
  const used = new Set(
    JSON.stringify({ resource, data })
      .match(/var\.[a-z_]+/g)
      ?.map((v) => v.slice(4)),
  );
  const variable = Object.fromEntries(Object.entries(stack.variable).filter(([name]) => used.has(name)));
  const c = bed.emulator.credentials;
  const values: Record<string, unknown> = {
    compartment_id: c.compartmentId,
    tenancy_id: c.tenancyId,
    region: REGION,
    ...overrides,
  };
  for (const name of Object.keys(variable))
    if (values[name] !== undefined) variable[name] = { ...variable[name], default: values[name] };
  const rules = Object.values(
    (resource.oci_core_network_security_group_security_rule ?? {}) as Record<string, Json>,
  ).filter((r) => !("for_each" in r)).length;
  return { config: { terraform: required, provider, variable, data, resource }, rules };
}
