import type { V1Pod, V1PodStatus } from "@kubernetes/client-node";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PermanentError, TransientError } from "../errors.ts";
import { EventRecorder } from "../kube/events.ts";
import { FakeKube } from "../kube/testing.ts";
import { FakeProvider, type InstanceState } from "../provider/testing.ts";
import { ATTEMPT_ANNOTATION, type ContainerSnapshot } from "../provider/types.ts";
import { IMAGE_PULL_BACKOFF_ANNOTATION, RESTARTS_ANNOTATION } from "../status/pod-status.ts";
import { PodController, type PodControllerOptions } from "./pods.ts";

const PODS = "/api/v1/namespaces/shop/pods";
const QUEUE = { workers: 2, baseDelayMs: 100, maxDelayMs: 2_000 };

const APP_RUNNING: ContainerSnapshot = {
  name: "app",
  containerID: "oci://c1",
  phase: "Running",
  restartCount: 0,
  ready: true,
  startedAt: "2026-01-01T00:00:04Z",
};
const RUNNING: InstanceState = {
  phase: "Running",
  podIp: "10.0.10.7",
  createdAt: "2026-01-01T00:00:00Z",
  containers: [APP_RUNNING],
};

function podSpec(name: string, spec: Partial<NonNullable<V1Pod["spec"]>> = {}): V1Pod {
  return {
    metadata: { name, namespace: "shop" },
    spec: { nodeName: "vn-1", containers: [{ name: "app", image: "nginx:1.27" }], ...spec },
  };
}

describe("PodController", () => {
  let kube: FakeKube;
  let provider: FakeProvider;
  let controller: PodController | undefined;
  let leader: boolean;
  let accepting: boolean;
  let logged: { message: string; fields: Record<string, unknown> | undefined }[];

  function start(options: Partial<PodControllerOptions> = {}): Promise<void> {
    controller = new PodController({
      http: kube.http,
      provider,
      events: new EventRecorder(kube.http, "vn-1"),
      nodeName: "vn-1",
      hostIp: "10.0.0.2",
      queues: { sync: QUEUE, status: QUEUE, orphans: QUEUE },
      resyncMs: 60_000,
      stallMs: 60_000,
      isLeader: () => leader,
      acceptingPods: () => accepting,
      log: (message, fields) => logged.push({ message, fields }),
      ...options,
    });
    return controller.start();
  }

  const elapse = (ms: number): Promise<unknown> => vi.advanceTimersByTimeAsync(ms);

  /** Creates a pod in the fake apiserver; returns it with its UID. */
  function createPod(pod: V1Pod): V1Pod {
    return kube.put(PODS, {
      ...pod,
      metadata: { ...pod.metadata, creationTimestamp: new Date().toISOString() as never },
    });
  }

  const stored = (name: string): V1Pod | undefined => kube.get<V1Pod>(`${PODS}/${name}`);
  const uidOf = (pod: V1Pod): string => pod.metadata?.uid ?? "";
  const events = (): { reason: string; type: string; message: string; name: string }[] =>
    kube.calls("POST", "/api/v1/namespaces/shop/events").map((c) => {
      const body = c.body as {
        reason: string;
        type: string;
        message: string;
        involvedObject: { name: string };
      };
      return { reason: body.reason, type: body.type, message: body.message, name: body.involvedObject.name };
    });
  const statusPatches = (name: string): V1PodStatus[] =>
    kube.calls("PATCH", `${PODS}/${name}/status`).map((c) => (c.body as { status: V1PodStatus }).status);

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
    kube = new FakeKube();
    provider = new FakeProvider();
    leader = true;
    accepting = true;
    logged = [];
  });

  afterEach(async () => {
    await controller?.stop();
    controller = undefined;
    vi.useRealTimers();
  });

  describe("sync: Kubernetes to cloud", () => {
    it("creates one instance for a new pod, records it, and writes the status the provider reports", async () => {
      provider.annotations = { "oke-virtual-nodes.io/shape": "CI.Standard.E4.Flex" };
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);

      expect(provider.creates.map((c) => c.pod.metadata?.uid)).toEqual([uidOf(pod)]);
      expect(events()).toContainEqual(
        expect.objectContaining({ reason: "Created", type: "Normal", name: "web" }),
      );
      expect(stored("web")?.metadata?.annotations).toEqual({
        "oke-virtual-nodes.io/shape": "CI.Standard.E4.Flex",
      });

      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      expect(stored("web")?.status).toMatchObject({ phase: "Running", podIP: "10.0.10.7" });
      // Each pod event re-syncs, yet the pod still has one instance.
      await elapse(60_000);
      expect(provider.creates).toHaveLength(1);
    });

    it("clears a pod-level reason and message left from waiting once the pod runs, then stops writing", async () => {
      const pod = createPod({
        ...podSpec("web"),
        status: { phase: "Pending", reason: "MandatorySecretNotFound", message: "secret db is missing" },
      });
      await start();
      await elapse(0);
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      expect(stored("web")?.status?.phase).toBe("Running");
      expect(stored("web")?.status?.reason).toBeUndefined();
      expect(stored("web")?.status?.message).toBeUndefined();
      const written = statusPatches("web").length;
      await elapse(60_000);
      expect(statusPatches("web")).toHaveLength(written);
    });

    it("patches a pod's status only when it changed, keeping lastTransitionTime of unchanged conditions", async () => {
      const pod = createPod(podSpec("web"));
      const ready = (): { status?: string; lastTransitionTime?: unknown } | undefined =>
        stored("web")?.status?.conditions?.find((c) => c.type === "Ready");
      await start();
      await elapse(0);
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      // Pending while the instance was created, then Running, on this node's address.
      expect(statusPatches("web").map((s) => s.phase)).toEqual(["Pending", "Running"]);
      expect(stored("web")?.status?.hostIP).toBe("10.0.0.2");
      expect(ready()?.status).toBe("True");
      const readySince = ready()?.lastTransitionTime;

      // The same snapshot again, a minute later: nothing to write.
      await elapse(60_000);
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      expect(statusPatches("web")).toHaveLength(2);

      // Another field changes: written, but Ready keeps the time it became True.
      provider.update(uidOf(pod), { ...RUNNING, podIp: "10.0.10.8" });
      await elapse(0);
      expect(statusPatches("web")).toHaveLength(3);
      expect(stored("web")?.status?.podIP).toBe("10.0.10.8");
      expect(ready()?.lastTransitionTime).toBe(readySince);

      // The container turns unready: Ready=False from now.
      await elapse(1_000);
      provider.update(uidOf(pod), {
        ...RUNNING,
        podIp: "10.0.10.8",
        containers: [{ ...APP_RUNNING, ready: false }],
      });
      await elapse(0);
      expect(statusPatches("web")).toHaveLength(4);
      expect(ready()?.status).toBe("False");
      expect(ready()?.lastTransitionTime).not.toBe(readySince);
    });

    it("adds the restarts of earlier instances to the containers' restart counts", async () => {
      const pod = createPod({
        ...podSpec("web"),
        metadata: { name: "web", annotations: { [RESTARTS_ANNOTATION]: "2" } },
      });
      await start();
      await elapse(0);
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      expect(stored("web")?.status?.containerStatuses?.[0]?.restartCount).toBe(2);
    });

    it("does not create while the node is being decommissioned", async () => {
      accepting = false;
      createPod(podSpec("web"));
      await start();
      await elapse(5_000);
      expect(provider.creates).toHaveLength(0);
    });

    it("a pod the provider rejects ends Failed with the reason, a Warning per problem, and is not retried", async () => {
      const pod = podSpec("bad", { hostNetwork: true });
      const created = createPod(pod);
      provider.rejections.set(uidOf(created), {
        kind: "rejected",
        problems: [
          { field: "spec.hostNetwork", reason: "Unsupported", message: "not supported", retryable: false },
        ],
        warnings: [],
      });
      await start();
      await elapse(0);
      const status = stored("bad")?.status;
      expect(status?.phase).toBe("Failed");
      expect(status?.reason).toBe("Unsupported");
      expect(status?.message).toBe("spec.hostNetwork: not supported");
      expect(status?.conditions?.map((c) => [c.type, c.status])).toEqual([
        ["PodScheduled", "True"],
        ["Ready", "False"],
      ]);
      expect(events()).toContainEqual({
        reason: "Unsupported",
        type: "Warning",
        message: "spec.hostNetwork: not supported",
        name: "bad",
      });
      await elapse(60_000);
      expect(provider.creates).toHaveLength(1);
    });

    it("a pod waiting for a missing Secret stays Pending and is retried until it can be created", async () => {
      const created = createPod(podSpec("late"));
      provider.rejections.set(uidOf(created), {
        kind: "rejected",
        problems: [
          {
            field: "spec.containers[0].env[0]",
            reason: "MandatorySecretNotFound",
            message: 'secret "s" not found',
            retryable: true,
          },
        ],
        warnings: [],
      });
      await start();
      await elapse(0);
      expect(stored("late")?.status).toMatchObject({ phase: "Pending", reason: "MandatorySecretNotFound" });
      expect(events().map((e) => e.reason)).toContain("MandatorySecretNotFound");
      // Backoff 100 ms, 200 ms, ...: the create is asked again.
      await elapse(1_000);
      const attempts = provider.creates.length;
      expect(attempts).toBeGreaterThanOrEqual(3);
      provider.rejections.delete(uidOf(created));
      await elapse(2_000);
      expect(provider.getInstance(uidOf(created))).toBeDefined();
      await elapse(10_000);
      expect(provider.creates.length).toBe(attempts + 1);
    });

    it("retries a transient create failure with backoff, and gives up on a permanent one", async () => {
      const flaky = createPod(podSpec("flaky"));
      const broken = createPod(podSpec("broken"));
      provider.createErrors.set(uidOf(flaky), new TransientError("503"));
      provider.createErrors.set(uidOf(broken), new PermanentError("400"));
      await start();
      await elapse(0);
      const count = (uid: string): number =>
        provider.creates.filter((c) => c.pod.metadata?.uid === uid).length;
      expect(count(uidOf(flaky))).toBe(1);
      // 100, 200, 400 ms.
      await elapse(100);
      expect(count(uidOf(flaky))).toBe(2);
      await elapse(200);
      expect(count(uidOf(flaky))).toBe(3);
      await elapse(399);
      expect(count(uidOf(flaky))).toBe(3);
      await elapse(1);
      expect(count(uidOf(flaky))).toBe(4);
      provider.createErrors.delete(uidOf(flaky));
      await elapse(800);
      expect(provider.getInstance(uidOf(flaky))).toBeDefined();

      expect(count(uidOf(broken))).toBe(1);
      expect(
        logged.find((l) => l.message === "sync failed" && l.fields?.["key"] === "shop/broken")?.fields,
      ).toMatchObject({
        willRetry: false,
      });
    });
  });

  describe("deletion", () => {
    it("deletes the instance of a terminating pod, then removes the pod object with a UID precondition", async () => {
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);
      kube.put(PODS, {
        ...stored("web"),
        metadata: {
          ...stored("web")?.metadata,
          deletionTimestamp: new Date().toISOString(),
          deletionGracePeriodSeconds: 30,
        },
      });
      await elapse(0);
      expect(provider.deletes).toEqual([uidOf(pod)]);
      expect(stored("web")).toBeDefined();

      // Still deleting: the pod object stays, and the instance is asked about again only after 10 s
      // (a safety net: 10,000 pods being deleted must not cost 10,000 syncs a second).
      await elapse(9_000);
      expect(provider.deletes).toEqual([uidOf(pod)]);
      await elapse(1_000);
      expect(provider.deletes).toEqual([uidOf(pod), uidOf(pod)]);
      expect(stored("web")).toBeDefined();
      // The instance is gone: the provider's notification removes the pod object at once, no waiting.
      provider.remove(uidOf(pod));
      await elapse(0);
      expect(stored("web")).toBeUndefined();
      const [remove] = kube.calls("DELETE", `${PODS}/web`);
      expect(remove?.body).toMatchObject({ gracePeriodSeconds: 0, preconditions: { uid: uidOf(pod) } });
    });

    it("a pod that ended stops billing: final logs first, then its instance is deleted; the pod object stays", async () => {
      const order: string[] = [];
      const pod = createPod(podSpec("job", { restartPolicy: "Never" }));
      const captureFinalLogs = async (p: V1Pod): Promise<void> => {
        order.push(`logs ${p.metadata?.name}`);
      };
      const deleteInstance = provider.deleteInstance.bind(provider);
      provider.deleteInstance = (identity) => {
        order.push(`delete ${identity.name}`);
        return deleteInstance(identity);
      };
      await start({ captureFinalLogs });
      await elapse(0);
      provider.update(uidOf(pod), {
        ...RUNNING,
        phase: "Stopped",
        containers: [
          { ...APP_RUNNING, phase: "Stopped", ready: false, exitCode: 0, finishedAt: "2026-01-01T00:00:09Z" },
        ],
      });
      await elapse(0);
      expect(stored("job")?.status?.phase).toBe("Succeeded");
      // Each pass while the instance is deleting saves the logs again (the store keeps the first copy).
      expect(order.slice(0, 2)).toEqual(["logs job", "delete job"]);
      expect(order.every((step, i) => step !== "delete job" || order[i - 1] === "logs job")).toBe(true);
      expect(new Set(provider.deletes)).toEqual(new Set([uidOf(pod)]));
      expect(events()).toContainEqual(expect.objectContaining({ reason: "Succeeded", type: "Normal" }));
      provider.remove(uidOf(pod));
      await elapse(5_000);
      expect(stored("job")?.status?.phase).toBe("Succeeded");
      expect(provider.creates).toHaveLength(1);
    });
  });

  describe("images that cannot be pulled (issue 15 item 1)", () => {
    const backOffOf = (name: string): { failures: number; retryAt: string } | undefined => {
      const raw = stored(name)?.metadata?.annotations?.[IMAGE_PULL_BACKOFF_ANNOTATION];
      return raw === undefined ? undefined : (JSON.parse(raw) as { failures: number; retryAt: string });
    };
    const waitingReason = (name: string): string | undefined =>
      stored(name)?.status?.containerStatuses?.[0]?.state?.waiting?.reason;
    /** OCI fails the pod's current instance on the pull. */
    const failPull = (uid: string): void => {
      provider.update(uid, {
        phase: "Failed",
        containers: [
          {
            name: "app",
            containerID: "oci://c-pull",
            phase: "Failed",
            ready: false,
            restartCount: 0,
            imagePullFailed: true,
            message: "manifest unknown",
          },
        ],
      });
    };

    it("ErrImagePull, then ImagePullBackOff with no instance for 10 s doubling to 5 min, one instance at a time", async () => {
      const pod = createPod(podSpec("bad", { containers: [{ name: "app", image: "busybox:no-such-tag" }] }));
      const uid = uidOf(pod);
      await start();
      await elapse(0);
      expect(provider.creates).toHaveLength(1);

      const waits: number[] = [];
      for (let failure = 1; failure <= 7; failure++) {
        failPull(uid);
        await elapse(0);
        const failedAt = Date.now();
        expect(stored("bad")?.status?.phase).toBe("Pending");
        expect(waitingReason("bad")).toBe("ErrImagePull");
        expect(backOffOf("bad")?.failures).toBe(failure);
        // The failed instance is deleted; while OCI still deletes it no other is made, back-off or not.
        expect(provider.deletes.at(-1)).toBe(uid);
        const retryAt = Date.parse(backOffOf("bad")?.retryAt ?? "");
        waits.push((retryAt - failedAt) / 1000);
        await elapse(retryAt - failedAt + 1_000);
        expect(provider.creates).toHaveLength(failure);
        // Gone after the back-off ended: the next instance is made at once.
        provider.remove(uid);
        await elapse(0);
        expect(provider.creates).toHaveLength(failure + 1);
        expect(provider.creates.at(-1)?.pod.metadata?.annotations?.[ATTEMPT_ANNOTATION]).toBe(
          String(failure),
        );
      }
      expect(waits).toEqual([10, 20, 40, 80, 160, 300, 300]);
      expect(stored("bad")?.status?.phase).toBe("Pending");
      expect(events()).toContainEqual(
        expect.objectContaining({
          reason: "Failed",
          type: "Warning",
          message: 'Failed to pull image "busybox:no-such-tag": manifest unknown',
        }),
      );
      expect(events()).toContainEqual(
        expect.objectContaining({
          reason: "BackOff",
          message: 'Back-off pulling image "busybox:no-such-tag" (10s)',
        }),
      );
    });

    it("shows ImagePullBackOff and creates nothing before the back-off ends, once the failed instance is gone", async () => {
      const pod = createPod(podSpec("bad2", { containers: [{ name: "app", image: "busybox:no-such-tag" }] }));
      const uid = uidOf(pod);
      await start();
      await elapse(0);
      failPull(uid);
      await elapse(0);
      provider.remove(uid);
      await elapse(0);
      expect(waitingReason("bad2")).toBe("ImagePullBackOff");
      expect(stored("bad2")?.status?.containerStatuses?.[0]?.state?.waiting?.message).toContain(
        'Back-off pulling image "busybox:no-such-tag"',
      );
      await elapse(9_000);
      expect(provider.creates).toHaveLength(1);
      await elapse(1_500);
      expect(provider.creates).toHaveLength(2);
      // The new instance runs: the back-off is over and forgotten.
      provider.update(uid, RUNNING);
      await elapse(0);
      expect(stored("bad2")?.status?.phase).toBe("Running");
      expect(backOffOf("bad2")).toBeUndefined();
    });
  });

  describe("a deletion grace period shorter than the pod's (issue 15 item 7)", () => {
    function deleteWithGrace(name: string, seconds: number): void {
      kube.put(PODS, {
        ...stored(name),
        metadata: {
          ...stored(name)?.metadata,
          deletionTimestamp: new Date(Date.now() + seconds * 1000).toISOString(),
          deletionGracePeriodSeconds: seconds,
        },
      });
    }

    it("removes the pod once the requested grace has passed while the instance still stops, and says so once", async () => {
      const pod = createPod(podSpec("slow", { terminationGracePeriodSeconds: 45 }));
      await start();
      await elapse(0);
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      deleteWithGrace("slow", 5);
      await elapse(4_000);
      expect(stored("slow")).toBeDefined();
      expect(provider.getInstance(uidOf(pod))?.phase).toBe("Deleting");
      await elapse(1_500);
      expect(stored("slow")).toBeUndefined();
      const [remove] = kube.calls("DELETE", `${PODS}/slow`);
      expect(remove?.body).toMatchObject({ gracePeriodSeconds: 0, preconditions: { uid: uidOf(pod) } });
      expect(events().filter((e) => e.reason === "GracePeriodShortened")).toEqual([
        expect.objectContaining({
          type: "Normal",
          message: expect.stringContaining(
            "45s shutdown timeout fixed at create; the pod is removed after the requested 5s",
          ),
        }),
      ]);
    });

    it("keeps the pod until its instance is gone when the grace is not shorter than the pod's", async () => {
      const pod = createPod(podSpec("steady", { terminationGracePeriodSeconds: 45 }));
      await start();
      await elapse(0);
      deleteWithGrace("steady", 45);
      await elapse(60_000);
      expect(stored("steady")).toBeDefined();
      provider.remove(uidOf(pod));
      await elapse(1_000);
      expect(stored("steady")).toBeUndefined();
      expect(events().some((e) => e.reason === "GracePeriodShortened")).toBe(false);
    });
  });

  describe("garbage collection", () => {
    it("deletes, at start, instances whose pod object no longer exists, and leaves the others", async () => {
      const kept = createPod(podSpec("kept"));
      provider.put({ uid: uidOf(kept), namespace: "shop", name: "kept" }, "Running");
      provider.put({ uid: "gone-uid", namespace: "shop", name: "deleted-while-down" }, "Running");
      await start();
      await elapse(0);
      expect(provider.deletes).toEqual(["gone-uid"]);
      // Still deleting: asked again after 2 s until it is gone.
      await elapse(2_000);
      expect(provider.deletes).toEqual(["gone-uid", "gone-uid"]);
      provider.remove("gone-uid");
      await elapse(10_000);
      expect(provider.deletes).toEqual(["gone-uid", "gone-uid"]);
      expect(provider.getInstance(uidOf(kept))).toBeDefined();
    });

    it("deletes the instance of a pod object removed outright (force delete)", async () => {
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);
      kube.remove(`${PODS}/web`);
      await elapse(0);
      expect(provider.deletes).toEqual([uidOf(pod)]);
    });

    it("finds orphans again on every resync period", async () => {
      await start();
      await elapse(0);
      provider.put({ uid: "late-orphan", namespace: "shop", name: "x" }, "Running");
      await elapse(59_000);
      expect(provider.deletes).toEqual([]);
      await elapse(1_000);
      expect(provider.deletes).toEqual(["late-orphan"]);
    });
  });

  describe("vanished instances", () => {
    const ran = (name: string, restartPolicy: string): V1Pod => ({
      ...podSpec(name, { restartPolicy }),
      status: {
        phase: "Running",
        containerStatuses: [
          { name: "app", image: "x", imageID: "", ready: true, restartCount: 1, containerID: "oci://c1" },
        ],
      },
    });

    it("replaces the instance of a restartPolicy=Always pod under the next attempt, counting a restart", async () => {
      const pod = createPod(ran("phoenix", "Always"));
      // Its container restarted once inside the instance that is about to vanish.
      provider.put({ uid: uidOf(pod), namespace: "shop", name: "phoenix" }, "Running", {
        ...RUNNING,
        containers: [{ ...APP_RUNNING, restartCount: 1 }],
      });
      await start();
      await elapse(0);
      expect(provider.creates).toHaveLength(0);
      expect(stored("phoenix")?.status?.containerStatuses?.[0]?.restartCount).toBe(1);

      provider.remove(uidOf(pod));
      await elapse(0);
      expect(provider.creates).toHaveLength(1);
      expect(provider.creates[0]?.pod.metadata?.annotations?.[ATTEMPT_ANNOTATION]).toBe("1");
      expect(stored("phoenix")?.metadata?.annotations).toMatchObject({
        [ATTEMPT_ANNOTATION]: "1",
        [RESTARTS_ANNOTATION]: "2",
      });
      expect(events()).toContainEqual(
        expect.objectContaining({ reason: "InstanceVanished", type: "Warning" }),
      );
    });

    it("fails a restartPolicy=Never pod whose instance vanished instead of replacing it", async () => {
      const pod = createPod(ran("once", "Never"));
      provider.put({ uid: uidOf(pod), namespace: "shop", name: "once" }, "Running", RUNNING);
      await start();
      await elapse(0);
      provider.remove(uidOf(pod));
      await elapse(0);
      expect(provider.creates).toHaveLength(0);
      expect(stored("once")?.status).toMatchObject({ phase: "Failed", reason: "InstanceVanished" });
    });
  });

  describe("writes (issue 18: at most 4 over a pod's life)", () => {
    const writes = (): string[] =>
      kube.requests
        .filter((r) => r.method !== "GET" && r.method !== "WATCH")
        .map((r) => `${r.method} ${r.path.replace("/api/v1/namespaces/shop/", "")}`);

    it("Created Event, ContainerCreating with the create's annotations, Running, DELETE: nothing else", async () => {
      provider.annotations = { "oke-virtual-nodes.io/instance-shape": "CI.Standard.E4.Flex" };
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);
      const [first] = kube.calls("PATCH", `${PODS}/web/status`);
      expect(first?.body).toMatchObject({
        metadata: { uid: uidOf(pod), annotations: provider.annotations },
        status: { phase: "Pending" },
      });
      expect(stored("web")?.metadata?.annotations).toEqual(provider.annotations);

      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      // Echoes of our own writes, a resync and the same snapshot again change nothing.
      controller?.resync();
      provider.update(uidOf(pod), RUNNING);
      await elapse(60_000);

      kube.put(PODS, {
        ...stored("web"),
        metadata: { ...stored("web")?.metadata, deletionTimestamp: new Date().toISOString() },
      });
      await elapse(0);
      // The instance stops (containers not ready): the pod object is about to go, so no status.
      provider.update(uidOf(pod), { phase: "Deleting", containers: [{ ...APP_RUNNING, ready: false }] });
      await elapse(1_000);
      provider.remove(uidOf(pod));
      await elapse(1_000);
      expect(stored("web")).toBeUndefined();
      expect(writes()).toEqual([
        "POST events",
        "PATCH pods/web/status",
        "PATCH pods/web/status",
        "DELETE pods/web",
      ]);
    });

    it("a pass that runs before the watch shows our own status write does not write it again", async () => {
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);
      const release = kube.holdWatches();
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      expect(statusPatches("web").map((s) => s.phase)).toEqual(["Pending", "Running"]);
      // The cache still has Pending: the same Running status again is not sent.
      provider.update(uidOf(pod), RUNNING);
      controller?.resync();
      await elapse(0);
      expect(statusPatches("web")).toHaveLength(2);
      release();
      await elapse(0);
      // A status that differs is written even while the echo is awaited.
      const held = kube.holdWatches();
      provider.update(uidOf(pod), { ...RUNNING, containers: [{ ...APP_RUNNING, ready: false }] });
      await elapse(0);
      expect(statusPatches("web").at(-1)?.conditions).toContainEqual(
        expect.objectContaining({ type: "Ready", status: "False" }),
      );
      held();
      await elapse(0);
      expect(statusPatches("web")).toHaveLength(3);
    });

    it("a pod that ended is said to have ended once, although passes run before the watch shows it", async () => {
      const pod = createPod(podSpec("job", { restartPolicy: "Never" }));
      await start();
      await elapse(0);
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      const release = kube.holdWatches();
      const stopped = {
        ...RUNNING,
        phase: "Stopped" as const,
        containers: [{ ...APP_RUNNING, phase: "Stopped" as const, ready: false, exitCode: 3 }],
      };
      provider.update(uidOf(pod), stopped);
      await elapse(0);
      provider.update(uidOf(pod), stopped);
      controller?.resync();
      await elapse(100);
      release();
      await elapse(0);
      expect(statusPatches("job").map((s) => s.phase)).toEqual(["Pending", "Running", "Failed"]);
      expect(events().filter((e) => e.reason === "Failed")).toHaveLength(1);
    });

    it("a pass that runs before the watch shows the pod gone does not DELETE it again", async () => {
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);
      kube.put(PODS, {
        ...stored("web"),
        metadata: { ...stored("web")?.metadata, deletionTimestamp: new Date().toISOString() },
      });
      await elapse(0);
      const release = kube.holdWatches();
      provider.remove(uidOf(pod));
      await elapse(1_000);
      expect(stored("web")).toBeUndefined();
      controller?.resync();
      await elapse(1_000);
      release();
      await elapse(0);
      expect(kube.calls("DELETE", `${PODS}/web`)).toHaveLength(1);
    });

    it("a Pending status right after another waits a second (Running does not), so the steps of a start coalesce", async () => {
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);
      expect(statusPatches("web").map((s) => s.phase)).toEqual(["Pending"]);
      // Up, pod IP known, container still being created: Pending again, within the second.
      provider.update(uidOf(pod), {
        ...RUNNING,
        containers: [{ ...APP_RUNNING, phase: "Creating", ready: false }],
      });
      await elapse(100);
      expect(statusPatches("web")).toHaveLength(1);
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      expect(statusPatches("web").map((s) => s.phase)).toEqual(["Pending", "Running"]);
      await elapse(5_000);
      expect(statusPatches("web")).toHaveLength(2);
    });

    it("the apiserver's defaulted empty lastState ({}) reads as the absent one: no PATCH per resync", async () => {
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);
      provider.update(uidOf(pod), RUNNING);
      await elapse(0);
      expect(statusPatches("web").map((s) => s.phase)).toEqual(["Pending", "Running"]);
      // What the apiserver stores for a container status sent without lastState.
      const current = stored("web")!;
      const containerStatuses = current.status?.containerStatuses?.map((c) => ({ ...c, lastState: {} }));
      kube.put(PODS, { ...current, status: { ...current.status, containerStatuses } });
      await elapse(0);
      controller?.resync();
      provider.update(uidOf(pod), RUNNING);
      await elapse(60_000);
      expect(statusPatches("web")).toHaveLength(2);
    });

    it("a coalesced Pending status is still written once the second has passed", async () => {
      const pod = createPod(podSpec("web"));
      await start();
      await elapse(0);
      provider.update(uidOf(pod), {
        ...RUNNING,
        containers: [{ ...APP_RUNNING, phase: "Creating", ready: false }],
      });
      await elapse(100);
      expect(statusPatches("web")).toHaveLength(1);
      await elapse(1_000);
      expect(statusPatches("web")).toHaveLength(2);
      expect(statusPatches("web")[1]).toMatchObject({ phase: "Pending", podIP: "10.0.10.7" });
    });

    it("annotations the pod already carries are not written again", async () => {
      provider.annotations = { "oke-virtual-nodes.io/instance-shape": "CI.Standard.E4.Flex" };
      createPod({ ...podSpec("web"), metadata: { name: "web", annotations: provider.annotations } });
      await start();
      await elapse(0);
      const [first] = kube.calls("PATCH", `${PODS}/web/status`);
      expect(first?.body).toMatchObject({ status: { phase: "Pending" } });
      expect((first?.body as { metadata: object }).metadata).not.toHaveProperty("annotations");
      expect(kube.calls("PATCH", `${PODS}/web`)).toEqual([]);
    });
  });

  describe("leader gate", () => {
    it("a standby creates, deletes and writes nothing; it takes over the work once it leads", async () => {
      leader = false;
      const pod = createPod(podSpec("web"));
      provider.put({ uid: "orphan", namespace: "shop", name: "x" }, "Running");
      await start();
      await elapse(10_000);
      expect(provider.creates).toHaveLength(0);
      expect(provider.deletes).toHaveLength(0);
      expect(kube.requests.filter((r) => r.method !== "GET" && r.method !== "WATCH")).toEqual([]);

      leader = true;
      controller?.resync();
      await elapse(200);
      expect(provider.creates.map((c) => c.pod.metadata?.uid)).toEqual([uidOf(pod)]);
      expect(provider.deletes).toEqual(["orphan"]);
      expect(events().map((e) => e.reason)).toContain("Created");
    });
  });
});
