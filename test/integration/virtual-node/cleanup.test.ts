/**
 * Uninstall leaves no billing behind: the cleanup mode the chart's pre-delete hook runs
 * (`main.ts --config … --cleanup`) deletes every instance of the node while its replica is
 * still running, removes the Node, and the replica neither re-registers it nor creates more.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import type { V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { clients, eventually } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  liveInstances,
  setUpVirtualNode,
  tearDownVirtualNode,
} from "../support/virtual-node.ts";

const exec = promisify(execFile);
const MAIN = join(import.meta.dirname, "..", "..", "..", "service", "src", "main.ts");
const { core } = clients();
const nodeName = `vn-cleanup-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, node, ns, removeNamespace } = await setUpVirtualNode("cleanup", nodeName));
});
afterAll(() => tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName));

describe("cleanup mode", () => {
  it("deletes every instance of the node and the Node, and nothing comes back", async () => {
    const pod = (name: string): V1Pod => ({
      metadata: { name },
      spec: {
        nodeName,
        tolerations: [VIRTUAL_NODE_TOLERATION],
        containers: [{ name: "main", image: "registry.example/app:1" }],
      },
    });
    for (let i = 0; i < 5; i++) await core.createNamespacedPod({ namespace: ns, body: pod(`p${i}`) });
    await eventually("5 instances", async () =>
      liveInstances(emulator, { "okevn-node": nodeName }) === 5 ? true : undefined,
    );

    const { stdout } = await exec(process.execPath, [MAIN, "--config", node.configPath, "--cleanup"], {
      timeout: 120_000,
    });
    expect(stdout).toContain("virtual node removed");
    expect(liveInstances(emulator, { "okevn-node": nodeName })).toBe(0);
    await expect(core.readNode({ name: nodeName })).rejects.toMatchObject({ code: 404 });

    // The still-running replica must not undo the uninstall.
    await new Promise((r) => setTimeout(r, 6000));
    expect(liveInstances(emulator, { "okevn-node": nodeName })).toBe(0);
    await expect(core.readNode({ name: nodeName })).rejects.toMatchObject({ code: 404 });
  });
});
