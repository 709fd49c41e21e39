/**
 * Bad set-up input gives one clear line, not a stack trace: a broken KUBEBUILDER_ASSETS,
 * a busy apiserver port, and a machine without Go.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const scratch: string[] = [];

afterEach(async () => {
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "okevn-harness-"));
  scratch.push(dir);
  return dir;
}

function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, script), ...args],
      { env, cwd: ROOT, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

function expectOneErrorLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("set-up errors", () => {
  it("a KUBEBUILDER_ASSETS that is not a directory", async () => {
    const sandbox = await tempDir();
    const result = await runScript("tools/sandbox/cli.ts", ["up"], {
      ...process.env,
      OKEVN_SANDBOX_DIR: sandbox,
      KUBEBUILDER_ASSETS: join(sandbox, "no-such-assets"),
    });
    expect(result.code).toBe(1);
    expectOneErrorLine(result.stderr, /KUBEBUILDER_ASSETS=.*no-such-assets is not a directory/);
  });

  it("a TEST_ASSET_* that is not executable", async () => {
    const sandbox = await tempDir();
    const result = await runScript("tools/sandbox/cli.ts", ["up"], {
      ...process.env,
      OKEVN_SANDBOX_DIR: sandbox,
      TEST_ASSET_ETCD: join(ROOT, "package.json"),
    });
    expect(result.code).toBe(1);
    expectOneErrorLine(result.stderr, /TEST_ASSET_ETCD=.*package\.json is not an executable file/);
  });

  it("an apiserver port that is already taken", async () => {
    const sandbox = await tempDir();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    const port = (holder.address() as { port: number }).port;
    try {
      const result = await runScript("tools/sandbox/cli.ts", ["up", "--apiserver-port", String(port)], {
        ...process.env,
        OKEVN_SANDBOX_DIR: sandbox,
      });
      expect(result.code).toBe(1);
      expectOneErrorLine(
        result.stderr,
        new RegExp(`port ${port} on 127\\.0\\.0\\.1 \\(kube-apiserver\\) is already in use`),
      );
    } finally {
      holder.close();
    }
  });

  it("no Go toolchain and nothing built yet", async () => {
    const cache = await tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, OKEVN_CACHE_DIR: cache, PATH: "/usr/bin:/bin" };
    delete env["KUBEBUILDER_ASSETS"];
    const result = await runScript("tools/toolchain/cli.ts", ["build", "etcd"], env);
    expect(result.code).toBe(1);
    expectOneErrorLine(
      result.stderr,
      /Go >= 1\.26 is needed and `go` is not on PATH; .*the main job .* does not need it\. .*GOTOOLCHAIN=go1\.26.*KUBEBUILDER_ASSETS/,
    );
  });
});
