import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { claimSlot } from "./slots.ts";

const root = mkdtempSync(join(tmpdir(), "okevn-slots-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("claimSlot", () => {
  it("gives concurrent claimers different numbers, skipping configured ones, and reuses released ones", () => {
    const a = claimSlot("net", new Set([1]), 1, 5, root);
    const b = claimSlot("net", new Set([1]), 1, 5, root);
    expect([a.slot, b.slot]).toEqual([2, 3]);
    a.release();
    expect(claimSlot("net", new Set([1]), 1, 5, root).slot).toBe(2);
  });

  it("takes over the claim of a dead process, never a live one's, and fails when none is left", () => {
    writeFileSync(join(root, "net", "4"), "2147483646"); // no such pid
    writeFileSync(join(root, "net", "5"), String(process.ppid));
    expect(claimSlot("net", new Set([1]), 1, 5, root).slot).toBe(4);
    expect(() => claimSlot("net", new Set([1]), 1, 5, root)).toThrow(/no free net slot left in 1..5/);
  });
});
