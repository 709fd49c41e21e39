// issue 20, items 1-3: `terraform apply` of a fresh synth of the full-cluster stack with the real
// oracle/oci and hashicorp/helm plugins against the emulator and the test control plane
// (cluster-bed.ts): everything ACTIVE/AVAILABLE, the release deployed with the provider running as
// pods on the system pool's stand-in, its virtual node Ready and serving a user Deployment; a second
// plan empty; destroy leaves no Container Instance, no emulated resource and no pod on the nodes.
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startClusterBed, type ClusterBed } from "./cluster-bed.ts";
import {
  createApiKeySecret,
  expectDestroyedClean,
  expectEmulatorSettled,
  expectReleaseUp,
  expectUserWorkloadServes,
  STACK_RECORDS,
  stackVariables,
  synthFullCluster,
} from "./stack-checks.ts";
import { dirname, join } from "node:path";

let bed: ClusterBed;
const LOG = join(import.meta.dirname, "..", "..", "..", ".test-run", "rehearsal-full-stack.log");

beforeAll(async () => {
  mkdirSync(dirname(LOG), { recursive: true });
  writeFileSync(LOG, "");
  bed = await startClusterBed();
}, 600_000);

afterAll(async () => {
  await bed?.close();
});

describe("the full-cluster stack on the cluster bed", () => {
  it("applies, serves a workload, re-plans with no change and destroys to nothing", async () => {
    const dir = synthFullCluster(join(bed.root, "synth"));
    writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify(stackVariables(bed), null, 2));
    await createApiKeySecret(bed);
    const tf = async (...args: string[]): Promise<string> => {
      const flags = args[0] === "output" ? ["-no-color"] : ["-no-color", "-input=false"];
      const r = await bed.terraform(dir, [...args, ...flags]);
      // Kept for a look after the run (the bed's folder goes with it): local-exec output is here.
      appendFileSync(LOG, `$ terraform ${args.join(" ")} (exit ${r.code})\n${r.stdout}\n${r.stderr}\n`);
      if (r.code !== 0)
        throw new Error(
          `terraform ${args.join(" ")} exited ${r.code}\n${r.stderr}\n${r.stdout.slice(-6000)}`,
        );
      return r.stdout;
    };
    await tf("init");
    await tf("apply", "-auto-approve");
    expect(expectEmulatorSettled(bed)).toEqual(STACK_RECORDS);
    const nodeNames = JSON.parse(await tf("output", "-json", "node_names")) as string[];
    expect(nodeNames).toEqual(["oke-virtual-node-1"]);
    await expectReleaseUp(bed, nodeNames);
    await expectUserWorkloadServes(bed, nodeNames);

    const plan = await bed.terraform(dir, ["plan", "-detailed-exitcode", "-no-color", "-input=false"]);
    expect(plan.code, `second plan is not empty:\n${plan.stdout.slice(-6000)}\n${plan.stderr}`).toBe(0);

    await tf("destroy", "-auto-approve");
    await expectDestroyedClean(bed, nodeNames);
  }, 1_800_000);

  it("the test oci command refuses an unknown cluster", async () => {
    const r = await bed.oci([
      "ce",
      "cluster",
      "generate-token",
      "--cluster-id",
      "ocid1.cluster.oc1.iad.aaaaaaaaunknown",
      "--region",
      bed.emulator.credentials.region,
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("ServiceError");
    expect(r.stdout).toBe("");
  });
});
