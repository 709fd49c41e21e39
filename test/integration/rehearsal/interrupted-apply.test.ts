// Item 5 of issue 20: an apply of the stack interrupted once the cluster exists in the emulator,
// then re-run; each case ends with one record per resource, an empty plan, and nothing left after
// destroy.
// - Ctrl-C (SIGINT): terraform starts nothing new, waits for what is in flight (here the cluster's
//   create, which waits for its work request), saves the state and stops; the re-run converges.
// - Ctrl-C then a hard kill (SIGKILL) while the cluster's create still waits: terraform records a
//   resource only when its create returns, and had saved the state last by its 20 s timer, so the
//   cluster and whatever was created since (NSG rules here) run unrecorded. A re-run would create
//   them a second time, as on real OCI. After the recovery docs/deploy.md gives (here: delete what
//   the state lacks; users may import it instead), the re-run converges.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { OciBed } from "./oci-bed.ts";
import { applicablePart, ruleCount } from "./release-part.ts";
import {
  expectNothingLeft,
  expectStackApplied,
  readJson,
  spawnTerraform,
  terraformIn,
  useOciBed,
} from "./stack-paths.ts";
import { ociStackVariables, synthTo } from "./stack-checks.ts";

let bed: OciBed;
let stack: Record<string, unknown>;

useOciBed((b) => (bed = b));

beforeAll(() => {
  const out = join(bed.root, "synth");
  synthTo(out);
  stack = applicablePart(readJson(join(out, "full-cluster", "cdk.tf.json")));
});

interface StateFile {
  resources?: { mode: string; type: string; name: string; instances: { attributes: { id?: string } }[] }[];
}

/** `type.name` → id of the managed resources in the state file (none when it was never written). */
function stateIds(dir: string): Map<string, string> {
  const file = join(dir, "terraform.tfstate");
  const state: StateFile = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StateFile) : {};
  const ids = new Map<string, string>();
  for (const r of state.resources ?? [])
    for (const i of r.instances)
      if (r.mode === "managed" && i.attributes.id) ids.set(`${r.type}.${r.name}`, i.attributes.id);
  return ids;
}

/** NSG security rules in the emulator that no state entry names. */
function orphanRules(dir: string): { nsg: string; id: string }[] {
  const known = new Set(stateIds(dir).values());
  return [...bed.emulator.core.controlPlane.securityRules.entries()].flatMap(([nsg, rules]) =>
    rules.filter((r) => !known.has(r.id as string)).map((r) => ({ nsg, id: r.id as string })),
  );
}

/** Live emulator records that no state entry names: what the interrupted apply created unrecorded. */
function orphans(dir: string): { kind: string; id: string }[] {
  const known = new Set(stateIds(dir).values());
  const cp = bed.emulator.core.controlPlane;
  return [...cp.records.values()]
    .filter((r) => cp.isLive(r) && !known.has(r.id))
    .map((r) => ({ kind: r.kind, id: r.id }));
}

/**
 * Starts the apply and, once the cluster exists in the emulator, sends SIGINT ("int"), or SIGINT
 * then SIGKILL once terraform has acknowledged the interrupt ("int-kill"). Returns how it ended.
 */
async function interruptedApply(dir: string, how: "int" | "int-kill"): Promise<string> {
  const cp = bed.emulator.core.controlPlane;
  // Hold the provider's polls of the cluster's work request (nothing else polls one before the
  // cluster is done), so its create is surely in flight at the kill; the emulator's cluster is
  // ACTIVE within 20 ms.
  if (how === "int-kill")
    bed.emulator.setFaults({ rules: [{ operation: "GetClusterWorkRequest", latencyMs: 60_000 }] });
  const child = spawnTerraform(bed, dir, ["apply", "-auto-approve", "-no-color", "-input=false"]);
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<string>((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? `exit ${code}`)),
  );
  let done = false;
  void exited.then(() => (done = true));
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  // Live only: the records of earlier cases stay visible as DELETED.
  while (!done && cp.list("cluster", (r) => cp.isLive(r)).length === 0) await sleep(20);
  expect(done, `the apply ended before the cluster existed:\n${output.slice(-3000)}`).toBe(false);
  child.kill("SIGINT");
  if (how === "int-kill") {
    for (let i = 0; i < 1000 && !done && !output.includes("Interrupt received"); i++) await sleep(10);
    expect(output).toContain("Interrupt received");
    child.kill("SIGKILL");
    bed.emulator.setFaults({ rules: [] });
  }
  return exited;
}

async function prepare(name: string): Promise<string> {
  const dir = join(bed.root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(stack, null, 2));
  writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify(ociStackVariables(bed), null, 2));
  await terraformIn(bed, dir)("init");
  return dir;
}

/** The re-run: converges, one record per resource, an empty plan, then nothing left after destroy. */
async function rerunConverges(dir: string): Promise<void> {
  const tf = terraformIn(bed, dir);
  await tf("apply", "-auto-approve");
  expectStackApplied(bed, ruleCount(stack));
  expect(orphans(dir)).toEqual([]);
  expect(orphanRules(dir)).toEqual([]);
  const plan = await bed.terraform(dir, ["plan", "-detailed-exitcode", "-no-color", "-input=false"]);
  expect(plan.code, `the plan after the re-run is not empty:\n${plan.stdout.slice(-4000)}`).toBe(0);
  await tf("destroy", "-auto-approve");
  expectNothingLeft(bed);
}

describe("an apply interrupted after the cluster exists", () => {
  it("Ctrl-C: terraform finishes the cluster's create and saves it; the re-run converges with no duplicates", async () => {
    const dir = await prepare("int");
    expect(await interruptedApply(dir, "int")).not.toBe("exit 0");
    expect(orphans(dir)).toEqual([]);
    expect(orphanRules(dir)).toEqual([]);
    await rerunConverges(dir);
  });

  it("Ctrl-C then SIGKILL: the cluster runs unrecorded; with it deleted, the re-run converges with no duplicates", async () => {
    const dir = await prepare("int-kill");
    expect(await interruptedApply(dir, "int-kill")).toBe("SIGKILL");
    const lost = orphans(dir);
    expect(lost.map((o) => o.kind)).toContain("cluster");
    // The recovery for what the state lacks (docs/deploy.md, section 10): delete it. Dependants
    // first: each pass deletes whatever nothing live still names.
    const cp = bed.emulator.core.controlPlane;
    for (const { nsg, id } of orphanRules(dir))
      cp.securityRules.set(
        nsg,
        cp.securityRules.get(nsg)!.filter((r) => r.id !== id),
      );
    let left = lost.map((o) => cp.get(o.kind, o.id));
    for (let pass = 0; pass < 10 && left.length > 0; pass++)
      left = left.filter((rec) => {
        try {
          cp.delete(rec);
          return false;
        } catch {
          return true;
        }
      });
    expect(left).toEqual([]);
    await rerunConverges(dir);
  });
});
