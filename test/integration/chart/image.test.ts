/**
 * The daemonless image build: same digest twice in a row, and the entrypoint runs in the unpacked
 * root filesystem (chroot as the image's non-root user, in fresh mount and PID namespaces).
 */
import { type SpawnSyncReturns, execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGENT_COMMAND } from "../../../service/src/agent/launch.ts";
import { NFT_TABLE, nftScript } from "../../../service/src/agent/nftables.ts";
import { buildImage, ENTRYPOINT, NFT_PATH, USER_ID, type BuildResult } from "../../../tools/image/build.ts";

let dir: string;
let first: BuildResult;
let seconds: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "okevn-image-"));
  const started = Date.now();
  first = await buildImage({ out: join(dir, "a.oci.tar") });
  seconds = (Date.now() - started) / 1000;
}, 300_000);

afterAll(async () => rm(dir, { recursive: true, force: true }));

const fileHash = async (path: string): Promise<string> =>
  createHash("sha256")
    .update(await readFile(path))
    .digest("hex");

describe("the image", () => {
  it("builds reproducibly: same digest and same bytes twice in a row", async () => {
    const second = await buildImage({ out: join(dir, "b.oci.tar") });
    expect(second.digest).toBe(first.digest);
    expect(await fileHash(second.out)).toBe(await fileHash(first.out));
    console.log(
      `image ${first.digest}, ${(first.bytes / 1e6).toFixed(1)} MB, built in ${seconds.toFixed(1)} s`,
    );
  });

  it("runs its entrypoint's --help as the non-root user in the unpacked root filesystem", async () => {
    const layout = join(dir, "layout");
    const rootfs = join(dir, "rootfs");
    await mkdir(layout);
    await mkdir(rootfs);
    execFileSync("tar", ["-xf", first.out, "-C", layout]);
    const index = JSON.parse(await readFile(join(layout, "index.json"), "utf8"));
    const blob = (digest: string): string => join(layout, "blobs", "sha256", digest.slice("sha256:".length));
    const manifest = JSON.parse(await readFile(blob(index.manifests[0].digest), "utf8"));
    const config = JSON.parse(await readFile(blob(manifest.config.digest), "utf8"));
    expect(config.config.User).toBe(`${USER_ID}:${USER_ID}`);
    expect(config.config.Entrypoint).toEqual(ENTRYPOINT);
    for (const layer of manifest.layers) execFileSync("tar", ["-xzf", blob(layer.digest), "-C", rootfs]);
    // The image's PATH replaces ours: name chroot by its full path.
    const chroot = execFileSync("sh", ["-c", "command -v chroot"], { encoding: "utf8" }).trim();
    const inRoot = (command: readonly string[]): SpawnSyncReturns<string> =>
      spawnSync(
        "unshare",
        ["--mount", "--pid", "--fork", chroot, `--userspec=${USER_ID}:${USER_ID}`, rootfs, ...command],
        {
          encoding: "utf8",
          env: Object.fromEntries(config.config.Env.map((e: string) => e.split(/=(.*)/s).slice(0, 2))),
        },
      );
    const entrypoint = (...args: string[]): SpawnSyncReturns<string> =>
      inRoot([...config.config.Entrypoint, ...args]);
    const run = entrypoint("--help");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: oke-virtual-nodes/);

    // The chart's CSR approver runs the same entrypoint with --approve-csrs: its modules load,
    // and a missing configuration is a one-line user error (exit 2).
    const approver = entrypoint("--approve-csrs", "--config", "/etc/oke-virtual-nodes/config.yaml");
    expect(approver.stderr).toMatch(/^error: invalid configuration[\s\S]*config\.yaml: cannot read/);
    expect(approver.status).toBe(2);

    // The pod agent container's command (the bundled agent, the translation's AGENT_COMMAND) runs
    // in the image too: without its env it is a one-line configuration error (exit 2).
    const agent = inRoot(AGENT_COMMAND);
    expect(agent.stderr).toBe("error: OKEVN_FEED_URLS is required\n");
    expect(agent.status).toBe(2);
  });

  it("ships nft with its libraries: the agent's nftables transaction runs in the unpacked root, in a fresh network namespace", async () => {
    const rootfs = join(dir, "rootfs");
    const chroot = execFileSync("sh", ["-c", "command -v chroot"], { encoding: "utf8" }).trim();
    const nft = (input: string, ...args: string[]): SpawnSyncReturns<string> =>
      spawnSync("unshare", ["--net", "--mount", "--fork", chroot, rootfs, `/${NFT_PATH}`, ...args], {
        encoding: "utf8",
        input,
        env: {},
      });
    const script = `${nftScript([])}list table ${NFT_TABLE}\n`;
    const run = nft(script, "-f", "-");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("chain nat_output");
  });
});
