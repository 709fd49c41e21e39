/**
 * What the rehearsal's paths share: the synthesized stack and running commands in the bed's
 * namespace; for the paths on the OCI bed alone (an interrupted apply, a failed work request), the
 * bed itself and the checks on the emulator's records after apply and destroy (what part of the
 * stack they apply: release-part.ts). The cluster bed's checks: stack-checks.ts.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect } from "vitest";
import type { TerraformResult } from "../../../infra/scripts/terraform.ts";
import { startOciBed, type OciBed } from "./oci-bed.ts";
import { expectEmulatorSettled, STACK_RECORDS } from "./stack-checks.ts";

const run = promisify(execFile);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

type Json = Record<string, unknown>;

/** Starts a bed before the file's tests (handing it to `started`) and closes it after them. */
export function useOciBed(started: (bed: OciBed) => void): void {
  let bed: OciBed | undefined;
  beforeAll(async () => {
    bed = await startOciBed();
    started(bed);
  }, 600_000);
  afterAll(async () => {
    await bed?.close();
  });
}

export function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, "utf8")) as Json;
}

/** After an apply: exactly the stack's records, all ready, and its security rules. */
export function expectStackApplied(bed: OciBed, rules: number): void {
  expect(expectEmulatorSettled(bed)).toEqual(STACK_RECORDS);
  expect([...bed.emulator.core.controlPlane.securityRules.values()].flat()).toHaveLength(rules);
}

/** After a destroy: no record left that is not deleted, and no security rule. */
export function expectNothingLeft(bed: OciBed): void {
  const cp = bed.emulator.core.controlPlane;
  expect(cp.liveCounts()).toEqual({});
  expect([...cp.securityRules.values()].flat()).toEqual([]);
}

/** Runs `file args` in the bed's namespace with its environment; never throws on a non-zero exit. */
export async function runInBed(
  bed: OciBed,
  file: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<TerraformResult> {
  try {
    const { stdout, stderr } = await run("ip", ["netns", "exec", bed.network.namespace, file, ...args], {
      cwd: options.cwd,
      env: { ...bed.env, ...options.env },
      maxBuffer: 256 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/**
 * Starts terraform in the bed's namespace and returns the process: `ip netns exec` execs the
 * command in place, so the pid is terraform's own and a signal reaches it directly.
 */
export function spawnTerraform(bed: OciBed, cwd: string, args: readonly string[]): ChildProcess {
  return spawn("ip", ["netns", "exec", bed.network.namespace, bed.mirror.terraform, ...args], {
    cwd,
    env: { ...bed.env, TF_DATA_DIR: join(cwd, ".terraform") },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Terraform in `dir` of the bed; throws with its output on failure (plan's exit 2 is a result). */
export function terraformIn(bed: OciBed, dir: string): (...args: string[]) => Promise<TerraformResult> {
  return async (...args) => {
    const flags = ["init", "plan", "apply", "destroy"].includes(args[0]!)
      ? ["-no-color", "-input=false"]
      : [];
    const r = await bed.terraform(dir, [...args, ...flags]);
    if (r.code !== 0 && !(args[0] === "plan" && r.code === 2))
      throw new Error(`terraform ${args.join(" ")} exited ${r.code}\n${r.stderr}\n${r.stdout.slice(-4000)}`);
    return r;
  };
}
