/** The toolchain's install of the Terraform provider plugins (it runs xz, hence an integration test). */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  PROVIDER_PLUGINS,
  PROVIDERS_ENV,
  ensureProviderPlugins,
} from "../../../tools/toolchain/providers.ts";

const sha = (data: Buffer | string): string => createHash("sha256").update(data).digest("hex");

let dir: string;
let shared: string;
const saved = { shared: process.env[PROVIDERS_ENV], cache: process.env["OKEVN_CACHE_DIR"] };

/** A shared folder with fake plugins (their names, xz-compressed) and a SHA256SUMS. */
function fakeShared(corrupt?: string): void {
  const sums: string[] = [];
  for (const p of PROVIDER_PLUGINS) {
    const name = `terraform-provider-${p.fqn.split("/").at(-1)}_v${p.version}`;
    const plugin = `#!/bin/sh\necho ${name}\n`;
    writeFileSync(join(shared, name), plugin);
    execFileSync("xz", ["-f", join(shared, name)]);
    const xz = readFileSync(join(shared, `${name}.xz`));
    sums.push(`${name === corrupt ? "0".repeat(64) : sha(plugin)}  ${name}`, `${sha(xz)}  ${name}.xz`);
  }
  writeFileSync(join(shared, "SHA256SUMS"), `${sums.join("\n")}\n`);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "okevn-providers-"));
  shared = mkdtempSync(join(dir, "shared-"));
  process.env[PROVIDERS_ENV] = shared;
  process.env["OKEVN_CACHE_DIR"] = join(dir, "cache");
});

afterEach(() => {
  for (const [key, value] of [
    [PROVIDERS_ENV, saved.shared],
    ["OKEVN_CACHE_DIR", saved.cache],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe("ensureProviderPlugins", () => {
  it("installs executable plugins in Terraform's mirror layout", async () => {
    fakeShared();
    const mirror = await ensureProviderPlugins(() => undefined);
    expect(mirror?.source).toBe(shared);
    for (const p of PROVIDER_PLUGINS) {
      const type = p.fqn.split("/").at(-1);
      const path = join(
        mirror!.path,
        p.fqn,
        p.version,
        "linux_amd64",
        `terraform-provider-${type}_v${p.version}`,
      );
      expect(statSync(path).mode & 0o111).not.toBe(0);
    }
  });

  it("refuses a plugin whose digest does not match SHA256SUMS, and installs nothing", async () => {
    fakeShared("terraform-provider-helm_v3.1.2");
    await expect(ensureProviderPlugins(() => undefined)).rejects.toThrow(
      /terraform-provider-helm_v3\.1\.2: sha256 [0-9a-f]{64}, SHA256SUMS says 0{64}/,
    );
    expect(existsSync(join(dir, "cache", "terraform-providers"))).toBe(true);
    expect(execFileSync("ls", [join(dir, "cache", "terraform-providers")]).toString()).toBe("");
  });

  it("names a bad override", async () => {
    process.env[PROVIDERS_ENV] = join(dir, "nowhere");
    await expect(ensureProviderPlugins(() => undefined)).rejects.toThrow(/holds no SHA256SUMS/);
  });
});
