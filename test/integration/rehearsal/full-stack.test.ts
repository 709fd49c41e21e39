// issue 20, items 1-3: `terraform apply` of a fresh synth of the full-cluster stack with the real
// oracle/oci and hashicorp/helm plugins against the emulator and the test control plane
// (cluster-bed.ts): everything ACTIVE/AVAILABLE, the release deployed with the provider running as
// pods on the system pool's stand-in, its virtual node Ready and serving a user Deployment; a second
// plan empty; destroy leaves no Container Instance, no emulated resource and no pod on the nodes.
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
  synthFullCluster,
  useClusterBed,
} from "./stack-checks.ts";

let bed: ClusterBed;

useClusterBed((b) => (bed = b));

describe("the full-cluster stack on the cluster bed", () => {
  it("applies, serves a workload, re-plans with no change and destroys to nothing", async () => {
    const dir = synthFullCluster(join(bed.root, "synth"));
    writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify(stackVariables(bed), null, 2));
    await createApiKeySecret(bed);
    const tf = loggedTerraform(bed, dir, "full-stack");
    await tf("init");
    await tf("apply", "-auto-approve");
    const nodeNames = JSON.parse(await tf("output", "-json", "node_names")) as string[];
    await expectStackServes(bed, nodeNames);
    await expectPlanEmpty(bed, dir);
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
