// Container instance shapes as ListContainerInstanceShapes reports them, and the constraints
// CreateContainerInstance enforces from the same data ([DOC] container-instance-shapes).
import { invalid } from "./errors.ts";
import type { ShapeConfig } from "./types.ts";

export interface ShapeSummary {
  name: string;
  processorDescription: string;
  ocpuOptions: { min: number; max: number };
  memoryOptions: {
    minInGBs: number;
    maxInGBs: number;
    defaultPerOcpuInGBs: number;
    minPerOcpuInGBs: number;
    maxPerOcpuInGBs: number;
  };
  networkingBandwidthOptions: { minInGbps: number; maxInGbps: number; defaultPerOcpuInGbps: number };
}

function flex(name: string, processorDescription: string, maxOcpus: number, maxMemory: number): ShapeSummary {
  return {
    name,
    processorDescription,
    ocpuOptions: { min: 1, max: maxOcpus },
    memoryOptions: {
      minInGBs: 1,
      maxInGBs: maxMemory,
      defaultPerOcpuInGBs: 16,
      minPerOcpuInGBs: 1,
      maxPerOcpuInGBs: 64,
    },
    networkingBandwidthOptions: { minInGbps: 1, maxInGbps: 40, defaultPerOcpuInGbps: 1 },
  };
}

export const DEFAULT_SHAPES: ShapeSummary[] = [
  flex("CI.Standard.E3.Flex", "2.25 GHz AMD EPYC\u2122 7742 (Rome)", 64, 1024),
  flex("CI.Standard.E4.Flex", "2.55 GHz AMD EPYC\u2122 7J13 (Milan)", 64, 1024),
  flex("CI.Standard.A1.Flex", "3.0 GHz Ampere\u00ae Altra\u2122", 76, 488),
];

/** Validates ocpus/memory against the shape and fills in the defaults (memory, bandwidth). */
export function resolveShapeConfig(
  shapes: ShapeSummary[],
  shapeName: unknown,
  requested: { ocpus?: unknown; memoryInGBs?: unknown },
): ShapeConfig {
  const shape = shapes.find((s) => s.name === shapeName);
  if (!shape)
    throw invalid(`Invalid shape: ${String(shapeName)}. Use ListContainerInstanceShapes for valid shapes.`);
  const ocpus = requested.ocpus;
  if (typeof ocpus !== "number" || !Number.isFinite(ocpus))
    throw invalid("shapeConfig.ocpus must be a number");
  const { ocpuOptions: o, memoryOptions: m, networkingBandwidthOptions: n } = shape;
  if (ocpus < o.min || ocpus > o.max) {
    throw invalid(
      `shapeConfig.ocpus ${ocpus} is outside the range [${o.min}, ${o.max}] of shape ${shape.name}`,
    );
  }
  const memory = requested.memoryInGBs === undefined ? ocpus * m.defaultPerOcpuInGBs : requested.memoryInGBs;
  if (typeof memory !== "number" || !Number.isFinite(memory)) {
    throw invalid("shapeConfig.memoryInGBs must be a number");
  }
  const minMemory = Math.max(m.minInGBs, ocpus * m.minPerOcpuInGBs);
  const maxMemory = Math.min(m.maxInGBs, ocpus * m.maxPerOcpuInGBs);
  if (memory < minMemory || memory > maxMemory) {
    throw invalid(
      `shapeConfig.memoryInGBs ${memory} is outside the range [${minMemory}, ${maxMemory}] for ${ocpus} OCPUs of shape ${shape.name}`,
    );
  }
  return {
    ocpus,
    memoryInGBs: Math.min(memory, m.maxInGBs),
    processorDescription: shape.processorDescription,
    networkingBandwidthInGbps: Math.max(n.minInGbps, Math.min(n.maxInGbps, ocpus * n.defaultPerOcpuInGbps)),
  };
}
