/**
 * Cloud faults: 429 storms, 5xx bursts, slow answers, and "create accepted then 503".
 * Every pod still ends in the right state with exactly one instance, and deleting them
 * all leaves zero instances behind.
 */
import type { V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import type { FaultRule } from "../../../tools/emulator/faults.ts";
import { clients, eventually } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  liveInstances,
  setUpVirtualNode,
  tearDownVirtualNode,
} from "../support/virtual-node.ts";

const { core } = clients();
const nodeName = `vn-faults-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, node, ns, removeNamespace } = await setUpVirtualNode("faults", nodeName));
});
afterAll(() => tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName));

function pod(name: string, group: string): V1Pod {
  return {
    metadata: { name, labels: { group } },
    spec: {
      nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      containers: [{ name: "main", image: "registry.example/app:1" }],
    },
  };
}

const faults: [string, FaultRule[]][] = [
  ["a 429 storm", [{ operation: "*", rateLimit: { requestsPerSecond: 3, burst: 3 } }]],
  [
    "5xx bursts",
    [
      { operation: "CreateContainerInstance", error: { status: 500, probability: 0.5 } },
      { operation: ["ListContainerInstances", "GetContainer"], error: { status: 503, probability: 0.3 } },
      { operation: "DeleteContainerInstance", error: { status: 502, probability: 0.5 } },
    ],
  ],
  ["slow answers", [{ operation: "*", latencyMs: { min: 300, max: 1500 } }]],
  [
    "create accepted then 503",
    [{ operation: "CreateContainerInstance", acceptedThen503: { probability: 0.7 } }],
  ],
];

describe("OCI faults", () => {
  it.each(faults)(
    "%s: every pod runs on exactly one instance and none is left after deletion",
    async (label, rules) => {
      const group = label.replace(/[^a-z0-9]+/g, "-");
      const since = emulator.callLog.lastSeq;
      emulator.setFaults({ seed: 7, rules });
      try {
        const created = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            core.createNamespacedPod({ namespace: ns, body: pod(`${group}-${i}`, group) }),
          ),
        );
        await eventually(
          "10 Running",
          async () => {
            const list = await core.listNamespacedPod({ namespace: ns, labelSelector: `group=${group}` });
            return list.items.filter((p) => p.status?.phase === "Running").length === 10 ? true : undefined;
          },
          180_000,
        );
        for (const p of created)
          expect(liveInstances(emulator, { "okevn-pod-uid": p.metadata?.uid ?? "" }), p.metadata?.name).toBe(
            1,
          );
        await core.deleteCollectionNamespacedPod({ namespace: ns, labelSelector: `group=${group}` });
        await eventually(
          "all pods and instances gone",
          async () => {
            const list = await core.listNamespacedPod({ namespace: ns, labelSelector: `group=${group}` });
            const left = created.reduce(
              (n, p) => n + liveInstances(emulator, { "okevn-pod-uid": p.metadata?.uid ?? "" }),
              0,
            );
            return list.items.length === 0 && left === 0 ? true : undefined;
          },
          180_000,
        );
        // The faults really hit this case's calls (errors, or answers slowed down).
        expect(emulator.callLog.entries({ since }).some((e) => e.status >= 429 || e.durationMs >= 300)).toBe(
          true,
        );
      } finally {
        emulator.setFaults({ rules: [] });
      }
    },
    420_000,
  );
});
