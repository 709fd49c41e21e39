// A cluster whose create work request ends FAILED (the emulator's workRequestFailure fault), applied
// with the real oracle/oci provider: terraform fails the apply naming the work request's error,
// keeps the FAILED cluster in its state (tainted), and the next apply, with the fault gone, replaces
// it and converges; destroy then leaves nothing.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REGION, type OciBed } from "./oci-bed.ts";
import { expectEmulatorSettled } from "./stack-checks.ts";
import { expectNothingLeft, terraformIn, useOciBed } from "./stack-paths.ts";

let bed: OciBed;
useOciBed((b) => (bed = b));

const MESSAGE = "The cluster limit for this compartment has been reached (injected by the rehearsal).";

describe("a cluster whose create work request fails", () => {
  it("fails the apply with the work request's error, then a re-run replaces the FAILED cluster", async () => {
    const compartment = bed.emulator.credentials.compartmentId;
    const dir = join(bed.root, "failing");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "main.tf.json"),
      JSON.stringify({
        terraform: { required_providers: { oci: { source: "oracle/oci", version: "8.28.0" } } },
        provider: { oci: [{ region: REGION }] },
        resource: {
          oci_core_vcn: { v: { compartment_id: compartment, cidr_blocks: ["10.0.0.0/16"] } },
          oci_core_subnet: {
            api: { compartment_id: compartment, vcn_id: "${oci_core_vcn.v.id}", cidr_block: "10.0.0.0/28" },
          },
          oci_containerengine_cluster: {
            c: {
              compartment_id: compartment,
              name: "failing",
              vcn_id: "${oci_core_vcn.v.id}",
              kubernetes_version: "v1.34.2",
              type: "ENHANCED_CLUSTER",
              endpoint_config: { subnet_id: "${oci_core_subnet.api.id}", is_public_ip_enabled: false },
            },
          },
        },
      }),
    );
    const tf = terraformIn(bed, dir);
    await tf("init");
    bed.emulator.setFaults({
      rules: [
        {
          operation: "CreateCluster",
          workRequestFailure: { count: 1, code: "LimitExceeded", message: MESSAGE },
        },
      ],
    });
    const failed = await bed.terraform(dir, ["apply", "-auto-approve", "-no-color", "-input=false"]);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toContain(MESSAGE);
    const cp = bed.emulator.core.controlPlane;
    const [first] = cp.list("cluster");
    expect(cp.stateOf(first!)).toBe("FAILED");
    const state = await tf("state", "list");
    expect(state.stdout).toContain("oci_containerengine_cluster.c");

    bed.emulator.setFaults({ rules: [] });
    await tf("apply", "-auto-approve");
    expect(cp.stateOf(first!)).toBe("DELETED");
    expect(expectEmulatorSettled(bed)).toEqual({ vcn: 1, subnet: 1, cluster: 1 });
    await tf("destroy", "-auto-approve");
    expectNothingLeft(bed);
  });
});
