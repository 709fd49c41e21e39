import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadAllYaml, loadYaml } from "@kubernetes/client-node";
import type { V1ConfigMap, V1Pod, V1Secret } from "@kubernetes/client-node";
import { models } from "oci-containerinstances";
import { describe, expect, it } from "vitest";
import { translatePod } from "./index.ts";
import { A1_FLEX, E4_FLEX } from "./testing.ts";
import type { NodeContext, ResolvedReferences, TranslationDefaults, TranslationInput } from "./index.ts";

/**
 * Golden files: each folder under golden/ holds `pod.yaml`, optionally `objects.yaml` (the
 * ConfigMaps and Secrets that exist in the namespace) and `input.json` (overrides of the node
 * context, defaults, shapes and other references below, and the pod IP chosen before create), and `expected.json`, the translation
 * result. `UPDATE_GOLDEN=1` rewrites the expected files from the current output.
 */
const GOLDEN = join(import.meta.dirname, "golden");
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";

const NODE: NodeContext = {
  clusterName: "prod-eu",
  nodeName: "okevn-ad1",
  hostIp: "10.0.0.2",
  compartmentId: "ocid1.compartment.oc1..pods",
  availabilityDomain: "Uocm:EU-FRANKFURT-1-AD-1",
  subnetId: "ocid1.subnet.oc1.eu-frankfurt-1.pods",
  nsgIds: ["ocid1.networksecuritygroup.oc1.eu-frankfurt-1.pods"],
  clusterDnsIp: "10.96.5.5",
  clusterDomain: "cluster.local",
};

const DEFAULTS: TranslationDefaults = { shapeName: "CI.Standard.E4.Flex", cpu: "500m", memory: "1Gi" };

const SHAPES: models.ContainerInstanceShapeSummary[] = [E4_FLEX, A1_FLEX];

interface Overrides {
  node?: Partial<NodeContext>;
  defaults?: Partial<TranslationDefaults>;
  shapes?: models.ContainerInstanceShapeSummary[];
  references?: Omit<ResolvedReferences, "configMaps" | "secrets">;
  podIp?: string;
  podIpUnknownBecause?: string;
}

function loadCase(dir: string): TranslationInput {
  const pod = loadYaml<V1Pod>(readFileSync(join(dir, "pod.yaml"), "utf8"));
  const configMaps: Record<string, V1ConfigMap> = {};
  const secrets: Record<string, V1Secret> = {};
  const objectsFile = join(dir, "objects.yaml");
  if (existsSync(objectsFile)) {
    for (const object of loadAllYaml(readFileSync(objectsFile, "utf8")) as (V1ConfigMap | V1Secret)[]) {
      const name = object.metadata?.name ?? "";
      if (object.kind === "Secret") secrets[name] = object as V1Secret;
      else configMaps[name] = object as V1ConfigMap;
    }
  }
  const inputFile = join(dir, "input.json");
  const overrides: Overrides = existsSync(inputFile)
    ? (JSON.parse(readFileSync(inputFile, "utf8")) as Overrides)
    : {};
  return {
    pod,
    node: { ...NODE, ...overrides.node },
    shapes: overrides.shapes ?? SHAPES,
    defaults: { ...DEFAULTS, ...overrides.defaults },
    references: { ...overrides.references, configMaps, secrets },
    ...(overrides.podIp !== undefined ? { podIp: overrides.podIp } : {}),
    ...(overrides.podIpUnknownBecause !== undefined
      ? { podIpUnknownBecause: overrides.podIpUnknownBecause }
      : {}),
  };
}

const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("golden translations", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)("%s", (name) => {
    const dir = join(GOLDEN, name);
    const actual = JSON.parse(JSON.stringify(translatePod(loadCase(dir)))) as unknown;
    const expectedFile = join(dir, "expected.json");
    if (UPDATE) {
      writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + "\n");
      return;
    }
    expect(
      existsSync(expectedFile),
      `${expectedFile} is missing; run with UPDATE_GOLDEN=1 and review it`,
    ).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
  });
});

describe("golden outputs use the SDK's discriminators and enum values", () => {
  const allowed = {
    volumeType: [
      models.CreateContainerEmptyDirVolumeDetails.volumeType,
      models.CreateContainerConfigFileVolumeDetails.volumeType,
    ],
    healthCheckType: [
      models.CreateContainerHttpHealthCheckDetails.healthCheckType,
      models.CreateContainerTcpHealthCheckDetails.healthCheckType,
    ],
    secretType: [models.CreateBasicImagePullSecretDetails.secretType],
    securityContextType: [models.CreateLinuxSecurityContextDetails.securityContextType],
    failureAction: Object.values(models.ContainerHealthCheckFailureAction).filter(
      (v) => typeof v === "string",
    ),
    fsGroupChangePolicy: Object.values(models.ContainerFsGroupChangePolicyType).filter(
      (v) => typeof v === "string",
    ),
    addCapabilities: Object.values(models.ContainerCapabilities.AddCapabilities).filter(
      (v) => typeof v === "string",
    ),
    dropCapabilities: Object.values(models.ContainerCapabilities.DropCapabilities).filter(
      (v) => typeof v === "string",
    ),
    backingStore: ["EPHEMERAL_STORAGE", "MEMORY"],
    containerRestartPolicy: ["ALWAYS", "NEVER", "ON_FAILURE"],
  } as Record<string, string[]>;

  function visit(value: unknown, found: [string, unknown][]): void {
    if (Array.isArray(value)) value.forEach((v) => visit(v, found));
    else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key in allowed) found.push([key, child]);
        visit(child, found);
      }
    }
  }

  // Only accepted translations have details to check; rejected ones are checked below.
  const results = cases.map((name) => ({ name, result: translatePod(loadCase(join(GOLDEN, name))) }));
  const accepted = results.flatMap(({ name, result }) =>
    result.ok ? [{ name, details: result.details }] : [],
  );
  const rejected = results.flatMap(({ name, result }) => (result.ok ? [] : [{ name, result }]));

  it("has accepted and rejected cases", () => {
    expect(accepted.length).toBeGreaterThan(0);
    expect(rejected.length).toBeGreaterThan(0);
    expect(accepted.length + rejected.length).toBe(cases.length);
  });

  it.each(accepted)("$name", ({ details }) => {
    const found: [string, unknown][] = [];
    visit(details, found);
    expect(found.length).toBeGreaterThan(0);
    for (const [key, value] of found) {
      for (const item of Array.isArray(value) ? value : [value]) expect(allowed[key], key).toContain(item);
    }
  });

  it.each(rejected)("$name is rejected with problems and no request to check", ({ result }) => {
    expect(result).not.toHaveProperty("details");
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.field).not.toBe("");
      expect(problem.reason).not.toBe("");
      expect(problem.message).not.toBe("");
    }
  });
});
