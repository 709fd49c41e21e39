/**
 * One real control plane per integration run, shared by every test file; files isolate
 * themselves by namespace. Its folder (`.test-run/run-<pid>/`) keeps the component logs
 * afterwards; folders of runs whose process is gone are removed at the next start, so
 * concurrent runs never share (or delete) each other's etcd. The same goes for what killed
 * process-runtime emulators left (tools/emulator/process/host.ts).
 */
import { execFileSync } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startControlPlane } from "../../tools/controlplane/control-plane.ts";
import { sweepStale } from "../../tools/emulator/process/host.ts";
import { createProviderNamespace } from "../../tools/harness/provider-namespace.ts";
import { isAlive } from "../../tools/util/pids.ts";
import type { ClusterInfo } from "./support/cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    cluster: ClusterInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runs = join(project.config.root, ".test-run");
  for (const entry of await readdir(runs).catch(() => [] as string[])) {
    const pid = Number(/^run-(\d+)$/.exec(entry)?.[1]);
    if (pid && !isAlive(pid)) await rm(join(runs, entry), { recursive: true, force: true });
  }
  // Pod bridges, cgroups and directories of process-runtime emulators killed in an earlier run.
  await sweepStale();
  const dir = join(runs, `run-${process.pid}`, "controlplane");
  const controlPlane = await startControlPlane({ dir, log: (line) => console.log(line) });
  await createProviderNamespace(controlPlane.paths.kubectl, controlPlane.paths.kubeconfig);
  project.provide("cluster", {
    server: controlPlane.server,
    version: controlPlane.version,
    kubeconfig: controlPlane.paths.kubeconfig,
    kubectl: controlPlane.paths.kubectl,
    caCert: controlPlane.paths.caCert,
    caKey: controlPlane.paths.caKey,
    hostAddress: controlPlane.network.hostAddress,
  });
  const tablesBefore = ownNftTables();
  return async () => {
    await controlPlane.stop();
    // The pod agent's privileged path writes nftables rules; in a test they belong in an
    // instance's network namespace, never in this machine's own ruleset.
    const leaked = ownNftTables().filter((t) => !tablesBefore.includes(t));
    if (leaked.length > 0)
      throw new Error(`tests left nftables tables in this machine's ruleset: ${leaked.join(", ")}`);
  };
}

/** This machine's nftables tables named okevn (none where nft is missing). */
function ownNftTables(): string[] {
  try {
    const out = execFileSync("nft", ["list", "tables"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return out.split("\n").filter((line) => /\bokevn\b/.test(line));
  } catch {
    return [];
  }
}
