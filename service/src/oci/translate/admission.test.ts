import { describe, expect, it } from "vitest";
import { ADMISSION_REFUSALS, admissionRules, examplePod } from "./admission.ts";
import { translatePod } from "./index.ts";
import { E4_FLEX, TEST_NODE } from "./testing.ts";

const translate = (pod: ReturnType<typeof examplePod>) =>
  translatePod({
    pod,
    node: TEST_NODE,
    shapes: [E4_FLEX],
    references: {},
    defaults: { shapeName: E4_FLEX.name, cpu: "1", memory: "1Gi" },
  });

describe("the admission policy's refusals agree with the translation", () => {
  it("a plain example pod is accepted", () => {
    expect(translate(examplePod({})).ok).toBe(true);
  });

  it.each(ADMISSION_REFUSALS.map((r) => [r.field, r] as const))(
    "the translation refuses %s, and only there, for the example",
    (_field, refusal) => {
      const result = translate(examplePod(refusal.example));
      expect(result.ok).toBe(false);
      const problems = result.ok ? [] : result.problems;
      expect(problems.map((p) => [p.field, p.kind])).toEqual([[refusal.field, "Unsupported"]]);
    },
  );

  it("each rule's message is the translation's own message for its field", () => {
    const rules = admissionRules();
    ADMISSION_REFUSALS.forEach((refusal, i) => {
      const result = translate(examplePod(refusal.example));
      const message = result.ok ? "" : (result.problems[0]?.message ?? "");
      expect(rules[i]?.message).toContain(`${refusal.field.replaceAll("[0]", "[*]")}: ${message}.`);
    });
  });

  it("covers every pod-level field the translation refuses outright (spec.<field> set to a refused value)", () => {
    // The translation's pod-level refusals of a plain value: each must have its rule (a new refusal
    // added to unsupported.ts without one fails here).
    const refusedValues: Record<string, unknown> = {
      hostNetwork: true,
      hostPID: true,
      hostIPC: true,
      shareProcessNamespace: true,
      hostUsers: false,
      runtimeClassName: "x",
      initContainers: [{ name: "i", image: "busybox" }],
      hostAliases: [{ ip: "10.0.0.1", hostnames: ["a"] }],
      resourceClaims: [{ name: "r", resourceClaimName: "r" }],
    };
    const covered = new Set(ADMISSION_REFUSALS.map((r) => r.field.replace(/\[0\]$/, "")));
    for (const [field, value] of Object.entries(refusedValues)) {
      const result = translate(examplePod({ [field]: value }));
      expect(result.ok, field).toBe(false);
      expect(covered, field).toContain(`spec.${field}`);
    }
  });
});
