import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveInRoot } from "./root-path.ts";

const base = mkdtempSync(join(tmpdir(), "root-path-"));
const layer = join(base, "layer");
const host = join(base, "host");
mkdirSync(join(layer, "opt", "app"), { recursive: true });
mkdirSync(join(host, "run"), { recursive: true });
mkdirSync(join(host, "var"), { recursive: true });
mkdirSync(join(host, "etc"), { recursive: true });
symlinkSync("/run", join(host, "var", "run")); // as on Debian
symlinkSync("../opt/app", join(host, "etc", "app")); // relative
symlinkSync("/etc", join(layer, "opt", "app", "etc")); // the layer's own link
symlinkSync("loop-b", join(host, "loop-a"));
symlinkSync("loop-a", join(host, "loop-b"));
mkdirSync(join(layer, "var"), { recursive: true });
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("resolveInRoot", () => {
  const lowers = [layer, host];
  it("follows an absolute link of the machine's root inside the root", () => {
    expect(resolveInRoot("/var/run/secrets/kubernetes.io/serviceaccount", lowers)).toBe(
      "/run/secrets/kubernetes.io/serviceaccount",
    );
  });
  it("follows relative links and links of the layer, and keeps paths without links", () => {
    expect(resolveInRoot("/etc/app/x", lowers)).toBe("/opt/app/x");
    expect(resolveInRoot("/opt/app/etc/passwd", lowers)).toBe("/etc/passwd");
    expect(resolveInRoot("/data/./a//b", lowers)).toBe("/data/a/b");
  });
  it("never climbs above the root", () => {
    expect(resolveInRoot("/../../var/run/../x", lowers)).toBe("/x");
  });
  it("refuses a loop", () => {
    expect(() => resolveInRoot("/loop-a/x", lowers)).toThrow(/too many levels/);
  });
});
