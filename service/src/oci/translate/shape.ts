import type { V1Container, V1Pod } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import { ceilDiv, isNegative, parseQuantity, toMilli, toNumber, toUnits } from "./quantity.ts";
import type { Quantity } from "./quantity.ts";
import type { Problem, ResourceAmounts, ShapeChoice, TranslationDefaults } from "./types.ts";
import { ANNOTATION_PREFIX } from "./types.ts";

/** Pod annotation that selects a shape other than the configured default. */
export const SHAPE_ANNOTATION = `${ANNOTATION_PREFIX}shape`;

/** OCI's "GB" for memory is a gibibyte. */
export const BYTES_PER_GB = 1n << 30n;

/** What a pod needs from its instance. */
export type PodDemand = ResourceAmounts;

export type ShapeFit =
  { readonly ok: true; readonly choice: ShapeChoice } | { readonly ok: false; readonly problem: Problem };

const FITTED_RESOURCES = ["cpu", "memory", "ephemeral-storage"] as const;
type FittedResource = (typeof FITTED_RESOURCES)[number];

/**
 * The pod's demand, OKE's rule for virtual nodes: per resource, the sum over containers of each
 * one's limit if set, else its request (a container with neither adds nothing), so every container
 * can reach its limit at once; plus the pod's `spec.overhead` (what the runtime class adds). Pod-level
 * `spec.resources` replaces the container sum when present (its limit, else its request).
 * With no CPU or memory figure anywhere, the configured default applies (the floor).
 * Unparseable or negative quantities are reported as problems.
 */
export function podDemand(pod: V1Pod, defaults: TranslationDefaults, problems: Problem[]): PodDemand {
  const spec = pod.spec;
  const sum: Record<FittedResource, bigint> = { cpu: 0n, memory: 0n, "ephemeral-storage": 0n };
  const seen = new Set<FittedResource>();

  (spec?.containers ?? []).forEach((container, index) => {
    const path = `spec.containers[${index}].resources`;
    for (const resource of FITTED_RESOURCES) {
      const request = quantityOf(container, "requests", resource, path, problems);
      const limit = quantityOf(container, "limits", resource, path, problems);
      if (request !== undefined || limit !== undefined) seen.add(resource);
      sum[resource] += limit ?? request ?? 0n;
    }
  });

  for (const resource of FITTED_RESOURCES) {
    const podRequest = podQuantity(pod, "requests", resource, problems);
    const podLimit = podQuantity(pod, "limits", resource, problems);
    const podLevel = podLimit ?? podRequest;
    if (podLevel !== undefined) {
      sum[resource] = podLevel;
      seen.add(resource);
    }
    const overhead = quantityAt(spec?.overhead?.[resource], resource, `spec.overhead`, problems);
    sum[resource] += overhead ?? 0n;
  }

  let milliCpu = sum.cpu;
  let memoryBytes = sum.memory;
  if (!seen.has("cpu") || milliCpu === 0n) milliCpu = defaultQuantity(defaults.cpu, "cpu", problems);
  if (!seen.has("memory") || memoryBytes === 0n) {
    memoryBytes = defaultQuantity(defaults.memory, "memory", problems);
  }
  return { milliCpu, memoryBytes, ephemeralStorageBytes: sum["ephemeral-storage"] };
}

function quantityOf(
  container: V1Container,
  kind: "requests" | "limits",
  resource: FittedResource,
  path: string,
  problems: Problem[],
): bigint | undefined {
  return quantityAt(container.resources?.[kind]?.[resource], resource, `${path}.${kind}`, problems);
}

function podQuantity(
  pod: V1Pod,
  kind: "requests" | "limits",
  resource: FittedResource,
  problems: Problem[],
): bigint | undefined {
  return quantityAt(pod.spec?.resources?.[kind]?.[resource], resource, `spec.resources.${kind}`, problems);
}

function quantityAt(
  text: string | number | undefined,
  resource: FittedResource,
  path: string,
  problems: Problem[],
): bigint | undefined {
  if (text === undefined || text === null) return undefined;
  const q = parseQuantity(text);
  if (q === undefined || isNegative(q)) {
    problems.push({
      kind: "Invalid",
      field: `${path}[${resource}]`,
      reason: "InvalidPodSpec",
      message: `"${String(text)}" is not a valid non-negative quantity`,
      retryable: false,
    });
    return undefined;
  }
  return exact(q, resource);
}

function exact(q: Quantity, resource: FittedResource): bigint {
  return resource === "cpu" ? toMilli(q) : toUnits(q);
}

function defaultQuantity(text: string, resource: FittedResource, problems: Problem[]): bigint {
  return quantityAt(text, resource, "defaults", problems) ?? 0n;
}

/** Logical CPUs per OCPU: 1 on Ampere (Arm) shapes, 2 on x86 (one OCPU is a core with two threads). */
export function vcpusPerOcpu(
  shape: models.ContainerInstanceShapeSummary,
  defaults: TranslationDefaults,
): number {
  const configured = defaults.vcpusPerOcpu?.[shape.name];
  if (configured !== undefined) return configured;
  const arm = /\.A\d+\./.test(shape.name) || /ampere|arm/i.test(shape.processorDescription ?? "");
  return arm ? 1 : 2;
}

/**
 * Picks the shape named by the pod annotation or the defaults, and the smallest whole-OCPU,
 * whole-GB size of it that holds the demand within the shape's OCPU range, total memory range and
 * per-OCPU memory range (adding OCPUs when memory needs them).
 */
export function fitShape(
  pod: V1Pod,
  demand: PodDemand,
  shapes: readonly models.ContainerInstanceShapeSummary[],
  defaults: TranslationDefaults,
): ShapeFit {
  const requestedName = pod.metadata?.annotations?.[SHAPE_ANNOTATION];
  const name = requestedName ?? defaults.shapeName;
  const field = requestedName !== undefined ? `metadata.annotations[${SHAPE_ANNOTATION}]` : "spec.containers";
  const shape = shapes.find((s) => s.name === name);
  const refuse = (message: string): ShapeFit => ({
    ok: false,
    problem: { kind: "NoFittingShape", field, reason: "NoFittingShape", message, retryable: false },
  });
  if (shape === undefined) {
    const known = shapes.map((s) => s.name).join(", ") || "none";
    return refuse(`shape ${name} is not offered here (available: ${known})`);
  }
  const ocpuRange = shape.ocpuOptions;
  const memoryRange = shape.memoryOptions;
  if (ocpuRange === undefined || memoryRange === undefined) {
    return refuse(`shape ${name} does not publish its OCPU and memory options`);
  }

  const perOcpu = vcpusPerOcpu(shape, defaults);
  const described = describe(demand);
  const storageLimit = BigInt(Math.floor(defaults.ephemeralStorageInGBs ?? 15)) * BYTES_PER_GB;
  if (demand.ephemeralStorageBytes > storageLimit) {
    return refuse(
      `the pod needs ${described.storage} of ephemeral storage; an instance has ${storageLimit / BYTES_PER_GB} GB`,
    );
  }

  const cpuOcpus = toNumber(ceilDiv(demand.milliCpu, BigInt(perOcpu) * 1000n));
  const memoryGBs = toNumber(ceilDiv(demand.memoryBytes, BYTES_PER_GB));
  let ocpus = Math.max(Math.ceil(ocpuRange.min), cpuOcpus);
  if (memoryGBs > ocpus * memoryRange.maxPerOcpuInGBs) {
    ocpus = Math.ceil(memoryGBs / memoryRange.maxPerOcpuInGBs);
  }
  const memoryInGBs = Math.ceil(
    Math.max(memoryGBs, memoryRange.minInGBs, ocpus * memoryRange.minPerOcpuInGBs),
  );

  if (ocpus > ocpuRange.max) {
    const limits = `${name} allows at most ${ocpuRange.max} OCPUs (${ocpuRange.max * perOcpu} vCPUs, ${memoryRange.maxPerOcpuInGBs} GB of memory per OCPU)`;
    const need = cpuOcpus > ocpuRange.max ? `${described.cpu}` : `${described.memory} of memory`;
    return refuse(`the pod needs ${need}, which takes ${ocpus} OCPUs; ${limits}`);
  }
  if (memoryInGBs > memoryRange.maxInGBs) {
    return refuse(
      `the pod needs ${described.memory} of memory; ${name} allows at most ${memoryRange.maxInGBs} GB`,
    );
  }
  return {
    ok: true,
    choice: {
      shape: name,
      ocpus,
      memoryInGBs,
      vcpus: ocpus * perOcpu,
      requested: { milliCpu: toNumber(demand.milliCpu), memoryBytes: toNumber(demand.memoryBytes) },
    },
  };
}

function describe(demand: PodDemand): { cpu: string; memory: string; storage: string } {
  const gib = (bytes: bigint): string => `${trim(toNumber(bytes) / toNumber(BYTES_PER_GB))} GiB`;
  return {
    cpu: `${trim(toNumber(demand.milliCpu) / 1000)} vCPUs`,
    memory: gib(demand.memoryBytes),
    storage: gib(demand.ephemeralStorageBytes),
  };
}

function trim(value: number): string {
  return Number.isInteger(value)
    ? String(value)
    : value < 1e6
      ? String(Number(value.toFixed(3)))
      : value.toExponential(3);
}

/** How the instance was sized, recorded on the pod beside the size (see podDemand). */
export const SIZING_RULE = "each container's limit, else its request, summed; plus spec.overhead";

/** Annotations recording the chosen size on the pod, and the demand and rule it was sized for. */
export function shapeAnnotations(choice: ShapeChoice): Record<string, string> {
  const mib = Math.ceil(choice.requested.memoryBytes / 2 ** 20);
  return {
    [`${ANNOTATION_PREFIX}instance-sized-for`]: `cpu=${choice.requested.milliCpu}m memory=${mib}Mi (${SIZING_RULE})`,
    [`${ANNOTATION_PREFIX}instance-shape`]: choice.shape,
    [`${ANNOTATION_PREFIX}instance-ocpus`]: String(choice.ocpus),
    [`${ANNOTATION_PREFIX}instance-memory-gb`]: String(choice.memoryInGBs),
  };
}
