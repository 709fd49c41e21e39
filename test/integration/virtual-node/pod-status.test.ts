/**
 * Pod status as a kubelet reports it, seen through real kubectl with the emulator's realistic
 * profile (25 s to provision, restarts after 10 s doubling): an image that cannot be pulled keeps
 * its pod Pending in ErrImagePull / ImagePullBackOff with one instance at most and one pod only;
 * a crash loop shows CrashLoopBackOff and the Last State with its exit code; a deleted pod held by
 * a finalizer ends terminated.
 */
import type { V1Pod } from "@kubernetes/client-node";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { clients, clusterInfo, eventually } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  createsFor,
  liveInstances,
  setUpVirtualNode,
  startVirtualNode,
  tearDownVirtualNode,
} from "../support/virtual-node.ts";

const exec = promisify(execFile);
const { core, apps } = clients();
const nodeName = `vn-status-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let ns: string;
let removeNamespace: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, node, ns, removeNamespace } = await setUpVirtualNode("pod-status", nodeName, {
    profile: "realistic",
  }));
  emulator.setScenarios([
    {
      name: "no-such-tag",
      match: { image: "*:no-such-tag" },
      behaviour: { imagePullFailure: "manifest unknown" },
    },
    { name: "crash", match: { image: "*/crash:*" }, behaviour: { exit: { code: 1, afterMs: 2000 } } },
  ]);
});
afterAll(() => tearDownVirtualNode({ emulator, node, removeNamespace }, nodeName));

async function kubectl(...args: string[]): Promise<string> {
  const { stdout } = await exec(clusterInfo().kubectl, [
    "--kubeconfig",
    clusterInfo().kubeconfig,
    "-n",
    ns,
    ...args,
  ]);
  return stdout;
}

/** The STATUS column of `kubectl get pod`, as a user reads it. */
async function statusColumn(name: string): Promise<string> {
  const out = await kubectl("get", "pod", name, "--no-headers");
  return out.trim().split(/\s+/)[2] ?? "";
}

function spec(image: string, extra: Partial<NonNullable<V1Pod["spec"]>> = {}): NonNullable<V1Pod["spec"]> {
  return {
    nodeName,
    tolerations: [VIRTUAL_NODE_TOLERATION],
    terminationGracePeriodSeconds: 0,
    containers: [{ name: "app", image }],
    ...extra,
  };
}

describe("an image that cannot be pulled", () => {
  it("keeps one Pending pod in ErrImagePull then ImagePullBackOff, one instance at a time, and runs once the tag is fixed", async () => {
    const labels = { app: "bad-image" };
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: {
        metadata: { name: "bad-image" },
        spec: {
          replicas: 1,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: spec("busybox:no-such-tag") },
        },
      },
    });
    const seen = new Set<string>();
    let maxInstances = 0;
    const sampler = setInterval(() => {
      maxInstances = Math.max(maxInstances, liveInstances(emulator, { "okevn-namespace": ns }));
    }, 200);
    try {
      const podNames = async (): Promise<string[]> =>
        (await core.listNamespacedPod({ namespace: ns, labelSelector: "app=bad-image" })).items.map(
          (p) => p.metadata?.name ?? "",
        );
      const watchStatus = (want: string) => async (): Promise<string | undefined> => {
        const names = await podNames();
        for (const name of names) seen.add(name);
        const status = names.length === 1 ? await statusColumn(names[0]!) : "";
        return status === want ? names[0] : undefined;
      };
      const name = await eventually("kubectl shows ErrImagePull", watchStatus("ErrImagePull"), 90_000);
      await eventually("kubectl shows ImagePullBackOff", watchStatus("ImagePullBackOff"), 120_000);

      const pod = await core.readNamespacedPod({ name, namespace: ns });
      expect(pod.status?.phase).toBe("Pending");
      const waiting = pod.status?.containerStatuses?.[0]?.state?.waiting;
      expect(waiting?.reason).toBe("ImagePullBackOff");
      expect(waiting?.message).toContain('"busybox:no-such-tag"');
      expect(waiting?.message).toContain("manifest unknown");
      // The back-off ends in a new pull: a second instance (never two at once, see maxInstances).
      await eventually(
        "pulled again after the back-off",
        async () => (createsFor(emulator, pod.metadata?.uid ?? "") >= 2 ? true : undefined),
        90_000,
      );
      const events = await core.listNamespacedEvent({
        namespace: ns,
        fieldSelector: `involvedObject.name=${name}`,
      });
      expect(events.items.map((e) => e.reason)).toEqual(expect.arrayContaining(["Failed", "BackOff"]));
      expect(seen.size, `pods seen: ${[...seen].join(", ")}`).toBe(1);
      expect(maxInstances).toBe(1);

      await kubectl("set", "image", "deployment/bad-image", "app=busybox:1.36");
      await eventually(
        "the fixed Deployment runs",
        async () => {
          const list = await core.listNamespacedPod({ namespace: ns, labelSelector: "app=bad-image" });
          const running = list.items.filter(
            (p) => p.status?.phase === "Running" && !p.metadata?.deletionTimestamp,
          );
          return list.items.length === 1 && running.length === 1 ? true : undefined;
        },
        120_000,
      );
      expect(maxInstances).toBeLessThanOrEqual(2); // the fixed pod's instance may start while the old one goes
    } finally {
      clearInterval(sampler);
    }
  }, 360_000);
});

describe("a crash loop", () => {
  it("shows CrashLoopBackOff, not Ready, and the Last State with its exit code", async () => {
    await core.createNamespacedPod({
      namespace: ns,
      body: { metadata: { name: "crash" }, spec: spec("registry.example/crash:1") },
    });
    await eventually(
      "kubectl shows CrashLoopBackOff",
      async () => ((await statusColumn("crash")) === "CrashLoopBackOff" ? true : undefined),
      90_000,
    );
    const pod = await core.readNamespacedPod({ name: "crash", namespace: ns });
    const status = pod.status?.containerStatuses?.[0];
    expect(pod.status?.phase).toBe("Running");
    expect(status?.ready).toBe(false);
    expect(pod.status?.conditions?.find((c) => c.type === "Ready")?.status).toBe("False");
    expect(status?.state?.waiting?.message).toMatch(
      /^back-off \d+s restarting failed container=app pod=crash_/,
    );
    expect(status?.lastState?.terminated).toMatchObject({ exitCode: 1, reason: "Error" });
    expect(status?.lastState?.terminated?.finishedAt).toBeTruthy();
    const describe = await kubectl("describe", "pod", "crash");
    expect(describe).toMatch(/Last State:\s+Terminated/);
    expect(describe).toMatch(/Reason:\s+Error/);
    expect(describe).toMatch(/Exit Code:\s+1/);
    expect(describe).toMatch(/State:\s+Waiting\s+Reason:\s+CrashLoopBackOff/);
  }, 180_000);
});

describe("a deleted pod held by a finalizer", () => {
  it("gets its containers terminated and a terminal phase once its instance is gone", async () => {
    await core.createNamespacedPod({
      namespace: ns,
      body: {
        metadata: { name: "held", finalizers: ["example.com/hold"] },
        spec: spec("registry.example/app:1"),
      },
    });
    await eventually(
      "held Running",
      async () => {
        const pod = await core.readNamespacedPod({ name: "held", namespace: ns });
        return pod.status?.phase === "Running" ? true : undefined;
      },
      90_000,
    );
    await core.deleteNamespacedPod({ name: "held", namespace: ns });
    const pod = await eventually(
      "held terminal",
      async () => {
        const current = await core.readNamespacedPod({ name: "held", namespace: ns });
        return current.status?.phase === "Failed" || current.status?.phase === "Succeeded"
          ? current
          : undefined;
      },
      90_000,
    );
    const status = pod.status?.containerStatuses?.[0];
    expect(status?.ready).toBe(false);
    expect(status?.state?.terminated).toBeTruthy();
    expect(status?.state?.running).toBeUndefined();
    expect(liveInstances(emulator, { "okevn-pod": "held" })).toBe(0);
    await core.patchNamespacedPod({
      name: "held",
      namespace: ns,
      body: [{ op: "remove", path: "/metadata/finalizers" }],
    });
  }, 180_000);
});

describe("a projected token", () => {
  it("gets an Event at create naming its expiry and that it will not be refreshed", async () => {
    await core.createNamespacedPod({
      namespace: ns,
      body: {
        metadata: { name: "token" },
        spec: {
          ...spec("registry.example/app:1"),
          automountServiceAccountToken: false,
          volumes: [
            {
              name: "token",
              projected: { sources: [{ serviceAccountToken: { path: "token", expirationSeconds: 600 } }] },
            },
          ],
        },
      },
    });
    const event = await eventually("TokenNotRefreshed", async () => {
      const events = await core.listNamespacedEvent({
        namespace: ns,
        fieldSelector: "involvedObject.name=token,reason=TokenNotRefreshed",
      });
      return events.items[0];
    });
    expect(event.type).toBe("Warning");
    expect(event.message).toMatch(/expires at \d{4}-\d\d-\d\dT\S+ and will not be refreshed/);
  });
});

describe("the provider's own namespace missing", () => {
  it("makes the Node not Ready with the reason, and a Warning Event on the Node", async () => {
    const name = `vn-no-ns-${process.pid}`;
    const missing = await startVirtualNode({
      nodeName: name,
      emulator,
      config: { namespace: "okevn-absent" },
    });
    try {
      const ready = await eventually("Node with Ready False", async () => {
        const current = await core.readNode({ name }).catch(() => undefined);
        const condition = current?.status?.conditions?.find((c) => c.type === "Ready");
        return condition?.status === "False" ? condition : undefined;
      });
      expect(ready.reason).toBe("ProviderNamespaceMissing");
      expect(ready.message).toContain("okevn-absent");
      const events = await core.listNamespacedEvent({
        namespace: "default",
        fieldSelector: `involvedObject.name=${name},reason=ProviderNamespaceMissing`,
      });
      expect(events.items[0]?.type).toBe("Warning");
    } finally {
      await missing.stop();
      await core.deleteNode({ name }).catch(() => undefined);
    }
  });
});
