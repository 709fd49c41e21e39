// issue 20, item 4: the module's example root (dist/infra/module/example, what a user copies next
// to the module) as shipped, applied on the cluster bed with the real oracle/oci and hashicorp/helm
// plugins: the same checks as full-stack.test.ts after apply, re-plan and destroy (stack-checks.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClusterBed } from "./cluster-bed.ts";
import {
  createApiKeySecret,
  expectDestroyedClean,
  expectPlanEmpty,
  expectStackServes,
  loggedTerraform,
  stackVariables,
  synthTo,
  useClusterBed,
} from "./stack-checks.ts";

let bed: ClusterBed;

useClusterBed((b) => (bed = b));

describe("the module's example root on the cluster bed", () => {
  it("applies with the release, serves a workload, re-plans with no change and destroys to nothing", async () => {
    const out = join(bed.root, "synth");
    synthTo(out);
    const example = join(out, "module", "example");
    // What a user adds beside the example: their values. The override file (Terraform merges
    // *_override.tf.json into the module call) sets what the example does not expose: no IAM
    // propagation wait (nothing to propagate) and one virtual node, as full-stack.test.ts.
    const {
      iam_propagation_delay_seconds: delay,
      virtual_node_count: count,
      ...values
    } = stackVariables(bed);
    writeFileSync(join(example, "terraform.tfvars.json"), JSON.stringify(values, null, 2));
    writeFileSync(
      join(example, "rehearsal_override.tf.json"),
      JSON.stringify(
        { module: { oke: { iam_propagation_delay_seconds: delay, virtual_node_count: count } } },
        null,
        2,
      ),
    );
    await createApiKeySecret(bed);
    const tf = loggedTerraform(bed, example, "module-example");
    await tf("init");
    await tf("apply", "-auto-approve");
    const clusterId = await tf("output", "-raw", "cluster_id");
    expect(bed.emulator.core.controlPlane.get("cluster", clusterId).fields.type).toBe("ENHANCED_CLUSTER");
    const nodeNames = JSON.parse(await tf("output", "-json", "node_names")) as string[];
    await expectStackServes(bed, nodeNames);
    await expectPlanEmpty(bed, example);
    await tf("destroy", "-auto-approve");
    await expectDestroyedClean(bed, nodeNames);
  }, 1_800_000);
});
