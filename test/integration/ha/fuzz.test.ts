/**
 * Fuzzed pod specs against the real provider: whatever the apiserver accepts, the provider
 * neither crashes nor ignores — every pod ends Running, Failed with a message, or Pending
 * with a reason.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { randomPod, rng } from "../../fuzz/pods.ts";
import { clients, eventually } from "../support/cluster.ts";
import { type VirtualNodeProcess, setUpVirtualNode, tearDownVirtualNode } from "../support/virtual-node.ts";

const { core } = clients();
const nodeName = `vn-fuzz-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, node, ns, removeNamespace } = await setUpVirtualNode("fuzz", nodeName));
  await core.createNamespacedConfigMap({
    namespace: ns,
    body: { metadata: { name: "present-cm" }, data: { a: "b" } },
  });
});
afterAll(() => tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName));

describe("fuzzed pod specs", () => {
  it("every accepted pod gets a status and the provider keeps running", async () => {
    const random = rng(4242);
    const accepted: string[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `fuzz-${i}-${"n".repeat(Math.floor(random() * 40))}`;
      // The apiserver's own validation decides what is schema-valid.
      const created = await core
        .createNamespacedPod({ namespace: ns, body: randomPod(random, name, nodeName) })
        .catch(() => undefined);
      if (created) accepted.push(name);
    }
    expect(accepted.length).toBeGreaterThan(20);
    await eventually(
      "a status for every pod",
      async () => {
        const list = await core.listNamespacedPod({ namespace: ns, labelSelector: "fuzz=true" });
        const settled = list.items.filter((p) => {
          const status = p.status;
          if (status?.phase === "Running" || status?.phase === "Succeeded") return true;
          if (status?.phase === "Failed") return Boolean(status.message);
          return status?.phase === "Pending" && Boolean(status.reason || status.message);
        });
        return settled.length === accepted.length ? true : undefined;
      },
      180_000,
    );
    expect(node.child.exitCode).toBeNull();
  }, 300_000);
});
