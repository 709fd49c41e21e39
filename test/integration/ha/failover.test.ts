/**
 * Two provider replicas for one virtual node: one leads, both watch. Killing the leader
 * in the middle of creations hands over within seconds, never doubles an instance, and
 * never lets the Node turn NotReady; a paused leader wakes up without mutating anything;
 * restarting both adopts every instance.
 */
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { clients, eventually, testNamespace } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  liveInstances,
  startTestEmulator,
  startVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const { core } = clients();
const nodeName = `vn-ha-${process.pid}`;
const LEADER_ELECTION = { leaseDurationSeconds: 6, renewDeadlineSeconds: 4, retryPeriodSeconds: 1 };
let emulator: Emulator;
let ns: string;
let removeNamespace: () => Promise<void>;
const replicas = new Map<string, VirtualNodeProcess>();
const keyIds = new Map<string, string>();

/** An OCI config file for a user of its own, so the call log tells replicas apart. */
function ociConfigFor(replica: string): string {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const credentials = emulator.credentials;
  const userId = `${credentials.userId}-${replica}`;
  const keyId = emulator.registerKey(
    credentials.tenancyId,
    userId,
    publicKey.export({ type: "spki", format: "pem" }).toString(),
  );
  keyIds.set(replica, keyId);
  const dir = join(ROOT, ".test-run", "nodes", `${nodeName}-${replica}`);
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, "replica.pem");
  writeFileSync(keyFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  const configFile = join(dir, "replica-oci-config");
  const fingerprint = keyId.split("/")[2];
  writeFileSync(
    configFile,
    `[DEFAULT]\nuser=${userId}\nfingerprint=${fingerprint}\ntenancy=${credentials.tenancyId}\nregion=${credentials.region}\nkey_file=${keyFile}\n`,
  );
  return configFile;
}

async function startReplica(replica: string): Promise<VirtualNodeProcess> {
  const process = await startVirtualNode({
    nodeName,
    emulator,
    dir: `${nodeName}-${replica}`,
    config: {
      oci: { configFile: ociConfigFor(replica) },
      leaderElection: { enabled: true, identity: replica, leaseNamespace: ns, ...LEADER_ELECTION },
    },
  });
  replicas.set(replica, process);
  return process;
}

async function leaderIdentity(): Promise<string | undefined> {
  const { CoordinationV1Api } = await import("@kubernetes/client-node");
  const { adminConfig } = await import("../support/cluster.ts");
  const lease = await adminConfig()
    .makeApiClient(CoordinationV1Api)
    .readNamespacedLease({ name: `${nodeName}-leader`, namespace: ns })
    .catch(() => undefined);
  return lease?.spec?.holderIdentity || undefined;
}

/** OCI mutations signed by `replica`'s key since call-log sequence `since`. */
function mutationsBy(replica: string, since: number): number {
  const keyId = keyIds.get(replica);
  return emulator.callLog
    .entries({ since })
    .filter((e) => e.keyId === keyId && ["POST", "PUT", "DELETE"].includes(e.method)).length;
}

function pod(name: string): V1Pod {
  return {
    metadata: { name, labels: { suite: "ha" } },
    spec: {
      nodeName,
      tolerations: [VIRTUAL_NODE_TOLERATION],
      containers: [
        {
          name: "main",
          image: "registry.example/app:1",
          resources: { requests: { cpu: "250m", memory: "512Mi" } },
        },
      ],
    },
  };
}

async function runningCount(): Promise<number> {
  const list = await core.listNamespacedPod({ namespace: ns, labelSelector: "suite=ha" });
  return list.items.filter((p) => p.status?.phase === "Running").length;
}

/** Watches the Node's Ready condition until stopped; returns every moment it was not Ready. */
function watchNodeReady(): { stop: () => Promise<string[]> } {
  const problems: string[] = [];
  let active = true;
  const loop = (async () => {
    while (active) {
      const node = await core.readNode({ name: nodeName }).catch(() => undefined);
      const ready = node?.status?.conditions?.find((c) => c.type === "Ready");
      if (ready?.status !== "True")
        problems.push(`${new Date().toISOString()} Ready=${ready?.status ?? "missing"}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  return {
    stop: async () => {
      active = false;
      await loop;
      return problems;
    },
  };
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  const namespace = await testNamespace("ha");
  ns = namespace.name;
  removeNamespace = namespace.remove;
  await startReplica("replica-a");
  await startReplica("replica-b");
  await waitForReadyNode(core, nodeName);
});

afterAll(async () => {
  await removeNamespace?.();
  for (const replica of replicas.values()) await replica.stop("SIGKILL");
  await core.deleteNode({ name: nodeName }).catch(() => undefined);
  await emulator?.stop();
});

describe("two replicas", () => {
  it("hand over within 15 s when the leader is killed mid-creation, with one instance per pod and a Ready node", async () => {
    const firstLeader = await eventually("a leader", leaderIdentity);
    const readiness = watchNodeReady();
    const created: V1Pod[] = [];
    for (let batch = 0; batch < 200; batch += 25) {
      created.push(
        ...(await Promise.all(
          Array.from({ length: 25 }, (_, i) =>
            core.createNamespacedPod({ namespace: ns, body: pod(`warm-${batch + i}`) }),
          ),
        )),
      );
    }
    await eventually("200 Running", async () => ((await runningCount()) === 200 ? true : undefined), 180_000);

    emulator.setFaults({
      rules: [{ operation: "CreateContainerInstance", latencyMs: { min: 200, max: 800 } }],
    });
    created.push(
      ...(await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          core.createNamespacedPod({ namespace: ns, body: pod(`late-${i}`) }),
        ),
      )),
    );
    await eventually("creates in flight", async () =>
      emulator.callLog.count("CreateContainerInstance") > 205 ? true : undefined,
    );
    const killedAt = Date.now();
    await replicas.get(firstLeader)!.stop("SIGKILL");
    const survivor = firstLeader === "replica-a" ? "replica-b" : "replica-a";
    const since = emulator.callLog.lastSeq;
    await eventually(
      "the survivor acts",
      async () =>
        mutationsBy(survivor, since) > 0 || (await leaderIdentity()) === survivor ? true : undefined,
      15_000,
    );
    expect(Date.now() - killedAt).toBeLessThan(15_000);
    emulator.setFaults({ rules: [] });

    await eventually("250 Running", async () => ((await runningCount()) === 250 ? true : undefined), 180_000);
    for (const p of created)
      expect(liveInstances(emulator, { "okevn-pod-uid": p.metadata?.uid ?? "" }), p.metadata?.name).toBe(1);
    expect(await readiness.stop()).toEqual([]);

    // Bring the killed replica back as the standby for the next test.
    await startReplica(firstLeader);
  }, 600_000);

  it("a leader paused past its lease makes no OCI mutation after it wakes up", async () => {
    const leader = await eventually("a leader", leaderIdentity);
    const paused = replicas.get(leader)!;
    paused.child.kill("SIGSTOP");
    const pausedAt = emulator.callLog.lastSeq;
    try {
      const other = leader === "replica-a" ? "replica-b" : "replica-a";
      await eventually(
        "takeover",
        async () => ((await leaderIdentity()) === other ? true : undefined),
        30_000,
      );
      // Work for the new leader while the old one sleeps.
      await core.deleteNamespacedPod({ name: "warm-0", namespace: ns });
      await core.createNamespacedPod({ namespace: ns, body: pod("while-paused") });
      await eventually("while-paused Running", async () => {
        const p = await core.readNamespacedPod({ name: "while-paused", namespace: ns });
        return p.status?.phase === "Running" ? true : undefined;
      });
    } finally {
      paused.child.kill("SIGCONT");
    }
    // Give the woken replica time to notice it lost the lease (and to misbehave, if it would).
    await new Promise((r) => setTimeout(r, 5000));
    expect(mutationsBy(leader, pausedAt)).toBe(0);
  }, 300_000);

  it("adopts every instance when both replicas restart, creating none", async () => {
    const before = emulator.callLog.count("CreateContainerInstance");
    const running = await runningCount();
    for (const name of [...replicas.keys()]) await replicas.get(name)!.stop("SIGTERM");
    await startReplica("replica-a");
    await startReplica("replica-b");
    await eventually("a leader", leaderIdentity, 30_000);
    await new Promise((r) => setTimeout(r, 8000));
    expect(await runningCount()).toBe(running);
    expect(emulator.callLog.count("CreateContainerInstance")).toBe(before);
  }, 300_000);
});
