import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadYaml } from "@kubernetes/client-node";
import type { V1Pod } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import type { InstanceSnapshot } from "../provider/types.ts";
import { podStatus } from "./pod-status.ts";

/**
 * Golden files: each folder under golden/ holds `pod.yaml` (the pod as the apiserver has it,
 * status included), optionally `instance.yaml` (the provider's snapshot of its instance, without
 * the pod identity, which is taken from the pod; absent: the pod has no instance) and
 * `expected.json`, the status to write (`null`: nothing to write). Cases cover instance phases x
 * restart policies x container exits x readiness x deletion x the pod's current status.
 * To add one, create its folder and run
 *   UPDATE_GOLDEN=1 npx vitest run --project unit service/src/status/golden.test.ts
 * then review the new expected.json: the update mode accepts whatever the code produces.
 */
const GOLDEN = join(import.meta.dirname, "golden");
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";
const CONTEXT = { hostIp: "10.0.0.2", now: "2026-01-02T03:04:05Z" };

function loadCase(dir: string): { pod: V1Pod; instance: InstanceSnapshot | undefined } {
  const pod = loadYaml<V1Pod>(readFileSync(join(dir, "pod.yaml"), "utf8"));
  const file = join(dir, "instance.yaml");
  if (!existsSync(file)) return { pod, instance: undefined };
  const { uid = "", namespace = "", name = "" } = pod.metadata ?? {};
  const instance = {
    uid,
    namespace,
    name,
    ...loadYaml<Omit<InstanceSnapshot, "uid" | "namespace" | "name">>(readFileSync(file, "utf8")),
  };
  return { pod, instance };
}

const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("pod status golden files", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)("%s", (name) => {
    const dir = join(GOLDEN, name);
    const { pod, instance } = loadCase(dir);
    const before = JSON.stringify(pod);
    const actual = JSON.parse(JSON.stringify(podStatus(pod, instance, CONTEXT) ?? null)) as unknown;
    expect(JSON.stringify(pod), "the pod is not modified").toBe(before);
    const expectedFile = join(dir, "expected.json");
    if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(expectedFile), `${expectedFile} is missing (run with UPDATE_GOLDEN=1)`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
  });
});
