import type { V1Container, V1Pod } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { fitShape, podDemand, vcpusPerOcpu } from "./shape.ts";
import { A1_FLEX, E4_FLEX } from "./testing.ts";
import type { Problem, TranslationDefaults } from "./types.ts";

const E4 = E4_FLEX;
const A1 = A1_FLEX;
const DEFAULTS: TranslationDefaults = { shapeName: E4.name, cpu: "500m", memory: "1Gi" };

function pod(containers: Partial<V1Container>[], extra: Partial<NonNullable<V1Pod["spec"]>> = {}): V1Pod {
  return {
    metadata: { name: "p", namespace: "n", uid: "u" },
    spec: { containers: containers.map((c, i) => ({ name: `c${i}`, image: "busybox", ...c })), ...extra },
  };
}

function resources(requests?: Record<string, string>, limits?: Record<string, string>): Partial<V1Container> {
  return { resources: { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) } };
}

function fit(p: V1Pod, shapes = [E4, A1], defaults = DEFAULTS) {
  const problems: Problem[] = [];
  const demand = podDemand(p, defaults, problems);
  return { problems, demand, result: fitShape(p, demand, shapes, defaults) };
}

function size(p: V1Pod): [number, number] | string {
  const { problems, result } = fit(p);
  if (problems.length > 0) return problems.map((x) => x.message).join("; ");
  return result.ok ? [result.choice.ocpus, result.choice.memoryInGBs] : result.problem.message;
}

describe("podDemand", () => {
  it("uses the defaults when nothing is requested", () => {
    const { demand } = fit(pod([{}]));
    expect(demand).toEqual({ milliCpu: 500n, memoryBytes: 1073741824n, ephemeralStorageBytes: 0n });
  });

  it("falls back to limits when requests are missing", () => {
    const { demand } = fit(pod([resources(undefined, { cpu: "1500m", memory: "512Mi" })]));
    expect(demand.milliCpu).toBe(1500n);
    expect(demand.memoryBytes).toBe(536870912n);
  });

  it("sums each container's limit, else its request, so all can reach their limits at once", () => {
    const p = pod([
      resources({ cpu: "100m", memory: "100Mi" }, { cpu: "3" }),
      resources({ cpu: "200m", memory: "1Gi" }),
    ]);
    const { demand } = fit(p);
    expect(demand.milliCpu).toBe(3200n);
    expect(demand.memoryBytes).toBe(104857600n + 1073741824n);
    // The reported case: 256Mi requested with a 1Gi limit, beside a 64Mi sidecar, needs 1088 MiB.
    const sidecar = pod([resources({ memory: "256Mi" }, { memory: "1Gi" }), resources({ memory: "64Mi" })]);
    expect(fit(sidecar).demand.memoryBytes).toBe(1088n * 1048576n);
  });

  it("adds the pod overhead and honours pod-level requests", () => {
    const p = pod([resources({ cpu: "1" })], {
      overhead: { cpu: "250m" },
      resources: { requests: { cpu: "4" } },
    });
    expect(fit(p).demand.milliCpu).toBe(4250n);
  });

  it("keeps a pod-level limit reachable", () => {
    const p = pod([resources({ cpu: "1" })], { resources: { requests: { cpu: "2" }, limits: { cpu: "6" } } });
    expect(fit(p).demand.milliCpu).toBe(6000n);
    const limitOnly = pod([resources({ memory: "1Gi" })], { resources: { limits: { memory: "3Gi" } } });
    expect(fit(limitOnly).demand.memoryBytes).toBe(3n * 1073741824n);
  });

  it("treats a zero request as unset (default applies)", () => {
    expect(fit(pod([resources({ cpu: "0", memory: "0" })])).demand.milliCpu).toBe(500n);
  });

  it("reports malformed and negative quantities with their field", () => {
    const { problems } = fit(pod([resources({ cpu: "1 core" }, { memory: "-5Mi" })]));
    expect(problems.map((p) => p.field)).toEqual([
      "spec.containers[0].resources.requests[cpu]",
      "spec.containers[0].resources.limits[memory]",
    ]);
  });
});

describe("fitShape", () => {
  it.each<[string, Record<string, string>, [number, number] | RegExp]>([
    ["tiny pod → minimum size", { cpu: "10m", memory: "16Mi" }, [1, 1]],
    ["fractional CPU rounds up to a whole OCPU", { cpu: "2.5", memory: "1Gi" }, [2, 2]],
    ["exactly 2 vCPUs is 1 OCPU", { cpu: "2", memory: "1Gi" }, [1, 1]],
    ["2001m needs a second OCPU", { cpu: "2001m", memory: "1Gi" }, [2, 2]],
    ["memory rounds up to whole GB (512Mi)", { cpu: "1", memory: "512Mi" }, [1, 1]],
    ["1G is 0.93 GiB → 1 GB", { cpu: "1", memory: "1G" }, [1, 1]],
    ["1e9 bytes → 1 GB", { cpu: "1", memory: "1e9" }, [1, 1]],
    ["1.5Gi → 2 GB", { cpu: "1", memory: "1.5Gi" }, [1, 2]],
    ["memory below the per-OCPU minimum is raised", { cpu: "16", memory: "1Gi" }, [8, 8]],
    ["memory above 64 GB per OCPU adds OCPUs", { cpu: "1", memory: "129Gi" }, [3, 129]],
    ["largest shape", { cpu: "128", memory: "1024Gi" }, [64, 1024]],
    [
      "one millicore too many",
      { cpu: "128001m" },
      /needs 128.001 vCPUs, which takes 65 OCPUs; CI.Standard.E4.Flex allows at most 64 OCPUs/,
    ],
    ["absurd CPU", { cpu: "1E" }, /needs 1000000000000000000 vCPUs/],
    ["absurd memory", { memory: "1Ei" }, /allows at most 64 OCPUs/],
    ["memory above the shape maximum", { cpu: "100", memory: "1025Gi" }, /allows at most 1024 GB/],
  ])("%s", (_name, requests, expected) => {
    const result = size(pod([resources(requests)]));
    if (expected instanceof RegExp) expect(result).toMatch(expected);
    else expect(result).toEqual(expected);
  });

  it("counts 1 vCPU per OCPU on Ampere shapes", () => {
    expect(vcpusPerOcpu(A1, DEFAULTS)).toBe(1);
    expect(vcpusPerOcpu(E4, DEFAULTS)).toBe(2);
    expect(vcpusPerOcpu(E4, { ...DEFAULTS, vcpusPerOcpu: { [E4.name]: 4 } })).toBe(4);
    const p = pod([resources({ cpu: "3" })]);
    const { result } = fit(p, [E4, A1], { ...DEFAULTS, shapeName: A1.name });
    expect(result.ok && [result.choice.ocpus, result.choice.vcpus]).toEqual([3, 3]);
  });

  it("refuses shapes it does not know or that lack options", () => {
    const bare = { name: "CI.Fixed", processorDescription: "x" };
    const { result } = fit(pod([{}]), [bare], { ...DEFAULTS, shapeName: "CI.Fixed" });
    expect(!result.ok && result.problem.message).toMatch(/does not publish/);
    const missing = fit(pod([{}]), [], DEFAULTS).result;
    expect(!missing.ok && missing.problem.message).toMatch(/not offered here \(available: none\)/);
  });

  it("respects a shape's own minimum", () => {
    const big = {
      ...E4,
      ocpuOptions: { min: 2, max: 8 },
      memoryOptions: { ...E4.memoryOptions!, minInGBs: 4 },
    };
    const { result } = fit(pod([{}]), [big]);
    expect(result.ok && [result.choice.ocpus, result.choice.memoryInGBs]).toEqual([2, 4]);
  });

  it("refuses ephemeral storage above the instance's", () => {
    const { result } = fit(pod([resources({ "ephemeral-storage": "16Gi" })]));
    expect(!result.ok && result.problem.message).toMatch(
      /16 GiB of ephemeral storage; an instance has 15 GB/,
    );
    const roomy = fit(pod([resources({ "ephemeral-storage": "16Gi" })]), [E4], {
      ...DEFAULTS,
      ephemeralStorageInGBs: 30,
    });
    expect(roomy.result.ok).toBe(true);
  });
});
