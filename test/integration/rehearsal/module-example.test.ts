// The module's example root (dist/infra/module/example, what a user copies next to the module)
// applied with the real oracle/oci provider against the emulator: every resource ready, a second
// plan empty, nothing left after destroy. Until the bed serves the release, the module copy
// here has its release part taken out (release-part.ts, WITH_RELEASE); the example is as shipped.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OciBed } from "./oci-bed.ts";
import { applicablePart, ruleCount } from "./release-part.ts";
import {
  expectNothingLeft,
  expectStackApplied,
  readJson,
  stackVariables,
  synthTo,
  terraformIn,
  useOciBed,
} from "./stack-paths.ts";

let bed: OciBed;
useOciBed((b) => (bed = b));

describe("the module's example root", () => {
  it("applies, re-plans with no change and destroys", async () => {
    const out = join(bed.root, "synth");
    synthTo(out);
    const moduleDir = join(out, "module");
    const module = applicablePart(readJson(join(moduleDir, "main.tf.json")));
    writeFileSync(join(moduleDir, "main.tf.json"), JSON.stringify(module, null, 2));
    const example = join(moduleDir, "example");
    // What a user adds beside the example: their values. The override file (Terraform merges
    // *_override.tf.json into the module call) only skips the IAM propagation wait.
    const { iam_propagation_delay_seconds: delay, ...values } = stackVariables(bed);
    writeFileSync(join(example, "terraform.tfvars.json"), JSON.stringify(values, null, 2));
    writeFileSync(
      join(example, "rehearsal_override.tf.json"),
      JSON.stringify({ module: { oke: { iam_propagation_delay_seconds: Number(delay) } } }, null, 2),
    );
    const tf = terraformIn(bed, example);
    await tf("init");
    await tf("apply", "-auto-approve");
    expectStackApplied(bed, ruleCount(module));
    const clusterId = (await tf("output", "-raw", "cluster_id")).stdout;
    expect(bed.emulator.core.controlPlane.get("cluster", clusterId).fields.type).toBe("ENHANCED_CLUSTER");
    const plan = await bed.terraform(example, ["plan", "-detailed-exitcode", "-no-color", "-input=false"]);
    expect(plan.code, `second plan is not empty:\n${plan.stdout.slice(-4000)}`).toBe(0);
    await tf("destroy", "-auto-approve");
    expectNothingLeft(bed);
  });
});
