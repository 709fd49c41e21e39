/** Translation never throws, whatever the pod: it returns details or names problems. */
import { describe, expect, it } from "vitest";
import { randomPod, rng } from "../../../../test/fuzz/pods.ts";
import { type NodeContext, translatePod } from "./index.ts";
import { A1_FLEX, E4_FLEX } from "./testing.ts";

const NODE: NodeContext = {
  clusterName: "fuzz",
  nodeName: "okevn-fuzz",
  compartmentId: "ocid1.compartment.oc1..fuzz",
  availabilityDomain: "Uocm:EU-FRANKFURT-1-AD-1",
  subnetId: "ocid1.subnet.oc1.eu-frankfurt-1.fuzz",
  clusterDnsIp: "10.96.5.5",
  clusterDomain: "cluster.local",
};
const SHAPES = [E4_FLEX, A1_FLEX];
const DEFAULTS = { shapeName: "CI.Standard.E4.Flex", cpu: "500m", memory: "1Gi" };

describe("translatePod under fuzzing", () => {
  it("returns a result for 3,000 random pods, with problems whenever it refuses", () => {
    const random = rng(20261126);
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const pod = randomPod(random, `fuzz-${i}`, NODE.nodeName);
      pod.metadata = {
        ...pod.metadata,
        namespace: "default",
        uid: `00000000-0000-0000-0000-${String(i).padStart(12, "0")}`,
      };
      const result = translatePod({ pod, node: NODE, shapes: SHAPES, references: {}, defaults: DEFAULTS });
      if (!result.ok) {
        refused++;
        expect(result.problems.length, JSON.stringify(pod)).toBeGreaterThan(0);
        for (const problem of result.problems) expect(problem.field).toMatch(/^(spec|metadata)/);
      } else {
        expect(result.details.containers.length).toBe(pod.spec?.containers.length);
      }
    }
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(3000);
  });
});
