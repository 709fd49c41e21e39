import type { V1Pod } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CapacityError,
  ConflictError,
  NotFoundError,
  PermanentError,
  ThrottledError,
  TransientError,
  retryDecision,
} from "../errors.ts";
import {
  ATTEMPT_ANNOTATION,
  type InstanceSnapshot,
  type PodCreated,
  type PodRejection,
} from "../provider/types.ts";
import type { NodeContext } from "./translate/index.ts";
import { FakeOci, FakeOciError } from "./testing.ts";
import { PodIpAllocator, intToIpv4, ipv4ToInt } from "./pod-ip.ts";
import {
  LeadershipLostError,
  MAX_POD_IP_CONFLICTS,
  POLL_SPACING_MS_PER_ITEM,
  OciProvider,
  type OciProviderOptions,
} from "./provider.ts";

const NODE: NodeContext = {
  clusterName: "prod-eu",
  nodeName: "vn-1",
  compartmentId: "ocid1.compartment.oc1..pods",
  availabilityDomain: "AD-1",
  subnetId: "ocid1.subnet.oc1..pods",
  clusterDnsIp: "10.96.5.5",
  clusterDomain: "cluster.local",
};

const OURS = { "okevn-cluster": "prod-eu", "okevn-node": "vn-1" };
const LEGACY = { "ovn-cluster": "prod-eu", "ovn-node": "vn-1" };

function tagsFor(uid: string, name = `pod-${uid}`): Record<string, string> {
  return { ...OURS, "okevn-namespace": "shop", "okevn-pod": name, "okevn-pod-uid": uid };
}

function pod(uid: string, extra: Partial<NonNullable<V1Pod["spec"]>> = {}, attempt?: number): V1Pod {
  return {
    metadata: {
      name: `pod-${uid}`,
      namespace: "shop",
      uid,
      ...(attempt === undefined ? {} : { annotations: { [ATTEMPT_ANNOTATION]: String(attempt) } }),
    },
    spec: { nodeName: "vn-1", containers: [{ name: "app", image: "nginx:1.27" }], ...extra },
  };
}

/** The instance a create answered with; fails the test if the pod was rejected. */
function instanceIdOf(result: PodCreated | PodRejection): string {
  expect(result.kind).toBe("created");
  return result.kind === "created" ? result.instanceId : "";
}

describe("OciProvider", () => {
  let oci: FakeOci;
  let provider: OciProvider;
  let changes: [string, InstanceSnapshot | undefined][];
  let logged: string[];
  let leader: boolean;

  function make(options: Partial<OciProviderOptions> = {}): OciProvider {
    const made = new OciProvider({
      clients: oci.clients,
      node: NODE,
      defaults: { shapeName: "CI.Standard.E4.Flex", cpu: "500m", memory: "1Gi" },
      pollIntervalMs: 10_000,
      busyPollIntervalMs: 500,
      isLeader: () => leader,
      log: (message) => logged.push(message),
      ...options,
    });
    made.onInstanceChange((uid, snapshot) => changes.push([uid, snapshot]));
    return made;
  }

  /** Lets the provider's timers due within `ms` run, with everything they await. */
  const elapse = (ms: number): Promise<unknown> => vi.advanceTimersByTimeAsync(ms);

  beforeEach(() => {
    vi.useFakeTimers();
    oci = new FakeOci();
    changes = [];
    logged = [];
    leader = true;
    provider = make();
  });

  afterEach(async () => {
    await provider.stop();
    vi.useRealTimers();
  });

  describe("start: adoption of existing instances", () => {
    it("adopts this node's instances by their tags, current and legacy ovn-* keys alike, and nothing else", async () => {
      const current = oci.add(tagsFor("u-current"));
      const legacy = oci.add({
        ...LEGACY,
        "ovn-namespace": "shop",
        "ovn-pod": "old-pod",
        "ovn-pod-uid": "u-legacy",
      });
      // Not ours: another node, another cluster, no UID, no tags, and a deleted instance.
      oci.add({ ...tagsFor("u-other-node"), "okevn-node": "vn-2" });
      oci.add({ ...tagsFor("u-other-cluster"), "okevn-cluster": "staging" });
      oci.add({ ...OURS, "okevn-namespace": "shop", "okevn-pod": "no-uid" });
      oci.add({});
      oci.add(tagsFor("u-deleted"), "DELETED");

      await provider.start();

      const byUid = new Map(provider.listInstances().map((s) => [s.uid, s]));
      expect([...byUid.keys()].sort()).toEqual(["u-current", "u-legacy"]);
      expect(byUid.get("u-current")).toMatchObject({
        uid: "u-current",
        namespace: "shop",
        name: "pod-u-current",
        instanceId: current.id,
        phase: "Running",
      });
      expect(byUid.get("u-legacy")).toMatchObject({
        uid: "u-legacy",
        namespace: "shop",
        name: "old-pod",
        instanceId: legacy.id,
        phase: "Running",
      });
      expect(provider.getInstance("u-legacy")?.instanceId).toBe(legacy.id);
      expect(provider.getInstance("u-other-node")).toBeUndefined();
      expect(new Set(changes.map(([uid]) => uid))).toEqual(new Set(["u-current", "u-legacy"]));
    });

    it("prefers the current tag keys when an instance carries both", async () => {
      oci.add({ ...tagsFor("u-new"), ...LEGACY, "ovn-pod-uid": "u-old" });
      await provider.start();
      expect(provider.listInstances().map((s) => s.uid)).toEqual(["u-new"]);
    });

    it("pages through shapes, instances and containers", async () => {
      oci.pageSize = 2;
      oci.shapes = [...oci.shapes, { ...oci.shapes[0]!, name: "CI.Standard.A1.Flex" }];
      for (let i = 0; i < 5; i++) oci.add(tagsFor(`u${i}`));
      await provider.start();
      expect(provider.listInstances()).toHaveLength(5);
      expect(oci.count("ListContainerInstances")).toBe(3);
      expect(oci.count("ListContainers")).toBe(3);
      expect(oci.count("ListContainerInstanceShapes")).toBe(1);
      // Every page after the first asks for the next one.
      const pages = oci.calls
        .filter((c) => c.operation === "ListContainerInstances")
        .map((c) => c.request.page);
      expect(pages).toEqual([undefined, "2", "4"]);
    });

    it("creates nothing for a pod whose instance it adopted", async () => {
      const existing = oci.add(tagsFor("u1"));
      await provider.start();
      const result = await provider.createInstance(pod("u1"), {});
      expect(result).toEqual({ kind: "created", instanceId: existing.id, annotations: {}, warnings: [] });
      expect(oci.count("CreateContainerInstance")).toBe(0);
    });

    it("returns frozen snapshots that later changes do not alter", async () => {
      const instance = oci.add(tagsFor("u1"));
      await provider.start();
      const before = provider.getInstance("u1")!;
      expect(Object.isFrozen(before)).toBe(true);
      expect(Object.isFrozen(provider.listInstances()[0])).toBe(true);
      await provider.deleteInstance(before);
      expect(before.phase).toBe("Running");
      expect(provider.getInstance("u1")?.phase).toBe("Deleting");
      expect(instance.lifecycleState).toBe("DELETING");
    });
  });

  describe("createInstance", () => {
    beforeEach(() => provider.start());

    it("creates one instance tagged with its owner, with the retry token of the pod's UID and attempt", async () => {
      const result = await provider.createInstance(pod("u1"), {});
      expect(result.kind).toBe("created");
      const [call] = oci.calls.filter((c) => c.operation === "CreateContainerInstance");
      expect(call?.request.opcRetryToken).toBe("okevn-u1-0");
      const instance = oci.instances.get(instanceIdOf(result));
      expect(instance?.freeformTags).toEqual(tagsFor("u1"));
      expect(instance?.details?.compartmentId).toBe(NODE.compartmentId);
      expect(provider.getInstance("u1")).toMatchObject({ uid: "u1", phase: "Creating" });
      expect(changes.at(-1)?.[0]).toBe("u1");
    });

    it("is idempotent by UID: a second call makes no second instance", async () => {
      const first = await provider.createInstance(pod("u1"), {});
      const second = await provider.createInstance(pod("u1"), {});
      expect(second).toMatchObject({
        kind: "created",
        instanceId: instanceIdOf(first),
      });
      expect(oci.count("CreateContainerInstance")).toBe(1);
      expect(oci.instances.size).toBe(1);
    });

    it("a create whose response was lost is retried with the same token and gets the same instance", async () => {
      oci.loseResponse("CreateContainerInstance");
      const error = await provider.createInstance(pod("u1"), {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TransientError);
      expect(retryDecision(error)).toBe("retry");
      expect(oci.instances.size).toBe(1);

      const retried = await provider.createInstance(pod("u1"), {});
      expect(oci.count("CreateContainerInstance")).toBe(2);
      expect(new Set(oci.calls.map((c) => c.request.opcRetryToken).filter(Boolean))).toEqual(
        new Set(["okevn-u1-0"]),
      );
      expect(oci.instances.size).toBe(1);
      expect(instanceIdOf(retried)).toBe([...oci.instances.keys()][0]);
    });

    it("survives a restart between the create and its answer: a new provider with the same attempt makes no duplicate", async () => {
      // The first process created the instance, and died before it showed up in a List.
      await provider.createInstance(pod("u1"), {});
      const [id] = oci.instances.keys();
      oci.hiddenFromList.add(id!);
      await provider.stop();
      provider = make();
      await provider.start();
      expect(provider.getInstance("u1")).toBeUndefined();

      const result = await provider.createInstance(pod("u1"), {});
      expect(instanceIdOf(result)).toBe(id);
      expect(oci.instances.size).toBe(1);
    });

    it("a new attempt gets a new token, hence a new instance after the old one vanished", async () => {
      const first = await provider.createInstance(pod("u1"), {});
      const firstId = instanceIdOf(first);
      oci.setState(firstId, "DELETED");
      await elapse(10_000);
      expect(provider.getInstance("u1")).toBeUndefined();

      const second = await provider.createInstance(pod("u1", {}, 1), {});
      const tokens = oci.calls
        .filter((c) => c.operation === "CreateContainerInstance")
        .map((c) => c.request.opcRetryToken);
      expect(tokens).toEqual(["okevn-u1-0", "okevn-u1-1"]);
      expect(instanceIdOf(second)).not.toBe(firstId);
    });

    it("rejects a pod it cannot run before any OCI call, naming the field", async () => {
      const result = await provider.createInstance(pod("u1", { hostNetwork: true }), {});
      expect(result.kind).toBe("rejected");
      expect((result.kind === "rejected" ? result.problems : []).map((p) => p.field)).toContain(
        "spec.hostNetwork",
      );
      expect(oci.count("CreateContainerInstance")).toBe(0);
      expect(provider.getInstance("u1")).toBeUndefined();
    });

    it("refuses to create or delete when not the leader, without calling OCI", async () => {
      const existing = oci.add(tagsFor("u2"));
      await elapse(10_000);
      leader = false;
      await expect(provider.createInstance(pod("u1"), {})).rejects.toBeInstanceOf(LeadershipLostError);
      await expect(provider.deleteInstance(provider.getInstance("u2")!)).rejects.toBeInstanceOf(
        LeadershipLostError,
      );
      expect(oci.count("CreateContainerInstance")).toBe(0);
      expect(oci.count("DeleteContainerInstance")).toBe(0);
      expect(existing.lifecycleState).toBe("ACTIVE");
    });

    it("checks leadership again after waiting for a rate-limit token", async () => {
      await provider.stop();
      provider = make({ rateLimitFor: (operation) => (operation.startsWith("List") ? LISTS : MUTATIONS) });
      await provider.start();
      await provider.createInstance(pod("u1"), {});
      const waiting = provider.createInstance(pod("u2"), {}).catch((e: unknown) => e);
      // The second create waits a second for its token; leadership is lost meanwhile.
      await elapse(500);
      leader = false;
      await elapse(500);
      expect(await waiting).toBeInstanceOf(LeadershipLostError);
      expect(oci.count("CreateContainerInstance")).toBe(1);
    });
  });

  describe("error classes and what is retried", () => {
    beforeEach(() => provider.start());

    it.each([
      {
        label: "429 TooManyRequests",
        thrown: new FakeOciError(429, "TooManyRequests"),
        type: ThrottledError,
        status: 429,
        decision: "retry",
      },
      {
        label: "500 InternalServerError",
        thrown: new FakeOciError(500, "InternalServerError"),
        type: TransientError,
        status: 500,
        decision: "retry",
      },
      {
        label: "409 IncorrectState",
        thrown: new FakeOciError(409, "IncorrectState"),
        type: TransientError,
        status: 409,
        decision: "retry",
      },
      {
        label: "400 LimitExceeded",
        thrown: new FakeOciError(400, "LimitExceeded"),
        type: CapacityError,
        status: 400,
        decision: "retry-slowly",
      },
      {
        label: "500 OutOfHostCapacity",
        thrown: new FakeOciError(500, "OutOfHostCapacity"),
        type: CapacityError,
        status: 500,
        decision: "retry-slowly",
      },
      {
        label: "400 InvalidParameter",
        thrown: new FakeOciError(400, "InvalidParameter"),
        type: PermanentError,
        status: 400,
        decision: "give-up",
      },
      {
        label: "401 NotAuthenticated",
        thrown: new FakeOciError(401, "NotAuthenticated"),
        type: PermanentError,
        status: 401,
        decision: "give-up",
      },
      {
        label: "404 NotAuthorizedOrNotFound",
        thrown: new FakeOciError(404, "NotAuthorizedOrNotFound"),
        type: NotFoundError,
        status: 404,
        decision: "retry",
      },
      {
        label: "a network error",
        thrown: new Error("socket hang up"),
        type: TransientError,
        status: 0,
        decision: "retry",
      },
    ] as const)(
      "a create failing with $label throws $type.name ($decision)",
      async ({ thrown, type, status, decision }) => {
        await provider.stop();
        const observed: [string, number][] = [];
        provider = make({ observe: (operation, code) => observed.push([operation, code]) });
        await provider.start();
        oci.failNext("CreateContainerInstance", thrown);
        const error = await provider.createInstance(pod("u1"), {}).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(type);
        expect((error as TransientError).status).toBe(status);
        expect((error as Error).message).toMatch(/^CreateContainerInstance: /);
        expect(retryDecision(error)).toBe(decision);
        expect(observed.filter(([operation]) => operation === "CreateContainerInstance")).toEqual([
          ["CreateContainerInstance", status],
        ]);
        // Nothing is recorded for a failed create: the retry creates it.
        expect(provider.getInstance("u1")).toBeUndefined();
        expect((await provider.createInstance(pod("u1"), {})).kind).toBe("created");
      },
    );

    it("a delete that finds the instance gone (404) is success: the pod's instance is forgotten", async () => {
      const instance = oci.add(tagsFor("u1"));
      await elapse(10_000);
      oci.purge(instance.id);
      changes = [];
      expect(await provider.deleteInstance(provider.getInstance("u1")!)).toBe("gone");
      expect(provider.getInstance("u1")).toBeUndefined();
      expect(changes).toEqual([["u1", undefined]]);
    });

    it("a delete that fails transiently throws, leaves the instance as it was, and succeeds when retried", async () => {
      const instance = oci.add(tagsFor("u1"));
      await elapse(10_000);
      oci.failNext("DeleteContainerInstance", new FakeOciError(503, "ServiceUnavailable"));
      await expect(provider.deleteInstance(provider.getInstance("u1")!)).rejects.toBeInstanceOf(
        TransientError,
      );
      expect(provider.getInstance("u1")?.phase).toBe("Running");
      expect(await provider.deleteInstance(provider.getInstance("u1")!)).toBe("deleting");
      expect(instance.lifecycleState).toBe("DELETING");
    });

    it("a failed status poll is logged and the next one runs on schedule", async () => {
      oci.failNext("ListContainerInstances", new FakeOciError(500, "InternalServerError"));
      const lists = oci.count("ListContainerInstances");
      await elapse(10_000);
      expect(logged).toContain("status poll failed");
      await elapse(10_000);
      expect(oci.count("ListContainerInstances")).toBe(lists + 2);
    });
  });

  describe("deleteInstance", () => {
    beforeEach(() => provider.start());

    it("answers gone for a pod that never had an instance, without calling OCI", async () => {
      expect(await provider.deleteInstance({ uid: "nobody", namespace: "shop", name: "x" })).toBe("gone");
      expect(oci.count("DeleteContainerInstance")).toBe(0);
    });

    it("deletes once, answers deleting until OCI reports the instance deleted, then gone", async () => {
      const instance = oci.add(tagsFor("u1"));
      await elapse(10_000);
      const snapshot = provider.getInstance("u1")!;
      expect(await provider.deleteInstance(snapshot)).toBe("deleting");
      expect(await provider.deleteInstance(snapshot)).toBe("deleting");
      expect(oci.count("DeleteContainerInstance")).toBe(1);
      expect(changes.at(-1)).toEqual(["u1", expect.objectContaining({ phase: "Deleting" })]);

      oci.setState(instance.id, "DELETED");
      // While deleting, polls come at the busy interval.
      await elapse(500);
      expect(provider.getInstance("u1")).toBeUndefined();
      expect(changes.at(-1)).toEqual(["u1", undefined]);
      expect(await provider.deleteInstance(snapshot)).toBe("gone");
      expect(oci.count("DeleteContainerInstance")).toBe(1);
    });

    it("a stale list page saying ACTIVE does not undo a DELETING it asked for", async () => {
      const instance = oci.add(tagsFor("u1"));
      await elapse(10_000);
      await provider.deleteInstance(provider.getInstance("u1")!);
      // OCI's list still says ACTIVE for a moment.
      instance.lifecycleState = "ACTIVE";
      await elapse(500);
      expect(provider.getInstance("u1")?.phase).toBe("Deleting");
    });
  });

  describe("status from List calls", () => {
    beforeEach(() => provider.start());

    it(`spaces polls by what they list (by default ${POLL_SPACING_MS_PER_ITEM} ms per item: 10,000 pods are polled every 1 s while busy, not 0.5 s)`, async () => {
      await provider.stop();
      // 0.5 ms per item here, so that 1,000 pods stand for 10,000 in a unit test.
      const unlimited = { qps: 1_000_000, burst: 1_000_000 };
      provider = make({ pollSpacingMsPerItem: 0.5, rateLimitFor: () => unlimited });
      await provider.start();
      const polls = (): number =>
        oci.calls.filter(
          (c) => c.operation === "ListContainerInstances" && !(c.request as { page?: string }).page,
        ).length;
      const busyPolls = async (): Promise<number> => {
        const before = polls();
        await provider.createInstance(pod(`busy-${before}`), {});
        await elapse(6_000);
        return polls() - before;
      };
      // A few instances: the busy interval is the configured 500 ms.
      expect(await busyPolls()).toBeGreaterThanOrEqual(11);
      for (let i = 0; i < 1_000; i++) oci.add(tagsFor(`bulk-${i}`));
      await elapse(10_000);
      // 1,000 instances and 1,000 containers listed: 2,000 × 0.5 ms = 1 s between polls.
      const spaced = await busyPolls();
      expect(spaced).toBeGreaterThanOrEqual(5);
      expect(spaced).toBeLessThanOrEqual(7);
    });

    it("with every pod's address chosen, the pod IP comes from the create and its tag: no GetContainerInstance or GetVnic", async () => {
      await provider.stop();
      provider = make({ podIp: { subnetCidr: "10.0.10.0/24", everyPod: true } });
      await provider.start();
      const id = instanceIdOf(await provider.createInstance(pod("u1"), {}));
      const instance = oci.instances.get(id)!;
      const ip = instance.details?.vnics[0]?.privateIp;
      expect(ip).toMatch(/^10\.0\.10\./);
      expect(instance.privateIp).toBe(ip);
      expect(instance.freeformTags["okevn-pod-ip"]).toBe(ip);
      await elapse(500);
      // Not up yet: no pod IP until the instance is ACTIVE.
      expect(provider.getInstance("u1")?.podIp).toBeUndefined();
      oci.setState(id, "ACTIVE");
      await elapse(500);
      expect(provider.getInstance("u1")).toMatchObject({
        phase: "Running",
        podIp: ip,
        containers: [{ name: "app", phase: "Running" }],
      });
      expect(oci.count("GetContainerInstance")).toBe(0);
      expect(oci.count("GetVnic")).toBe(0);
      // A first start is read from the List summaries (summaryEnough).
      expect(oci.count("GetContainer")).toBe(0);

      // A provider started afresh (a restart, a failover) reads the address from the tag, and does not choose it again.
      await provider.stop();
      provider = make({ podIp: { subnetCidr: "10.0.10.0/24", everyPod: true } });
      await provider.start();
      await elapse(500);
      expect(provider.getInstance("u1")?.podIp).toBe(ip);
      expect(oci.count("GetVnic")).toBe(0);
      const other = instanceIdOf(await provider.createInstance(pod("u2"), {}));
      expect(oci.instances.get(other)?.privateIp).not.toBe(ip);
      expect(oci.count("CreateContainerInstance")).toBe(2);
    });

    it("fetches details only for what changed, then reports the instance Running with its pod IP and containers", async () => {
      const created = await provider.createInstance(pod("u1"), {});
      const id = instanceIdOf(created);
      oci.setState(id, "ACTIVE");
      await elapse(500);
      expect(oci.count("GetVnic")).toBe(1);
      expect(oci.count("GetContainer")).toBe(0);
      const instance = oci.instances.get(id);
      expect(provider.getInstance("u1")).toMatchObject({
        phase: "Running",
        podIp: instance?.privateIp,
        containers: [{ name: "app", containerID: `oci://${instance?.containers[0]?.id}`, phase: "Running" }],
      });

      // Nothing changed: further polls are List calls only, at the normal interval.
      const gets = oci.calls.filter((c) => c.operation.startsWith("Get")).length;
      const lists = oci.count("ListContainerInstances");
      await elapse(30_000);
      expect(oci.calls.filter((c) => c.operation.startsWith("Get")).length).toBe(gets);
      expect(oci.count("ListContainerInstances") - lists).toBe(3);
    });

    it("reads a container's first start from its List summary; what comes after it, health checks and adopted instances from GetContainer", async () => {
      const id = instanceIdOf(await provider.createInstance(pod("u1"), {}));
      await elapse(500);
      oci.setState(id, "ACTIVE");
      await elapse(500);
      expect(provider.getInstance("u1")?.containers).toMatchObject([{ name: "app", phase: "Running" }]);
      expect(oci.count("GetContainer")).toBe(0);

      // The run ended and OCI waits to restart it: the summary says so in its details.
      oci.updateContainer(id, { exitCode: 1, lifecycleDetails: "Exited with code 1; restarting in 10s" });
      await elapse(10_000);
      expect(oci.count("GetContainer")).toBe(1);
      expect(provider.getInstance("u1")?.containers).toMatchObject([
        { name: "app", phase: "BackOff", lastTermination: { exitCode: 1 } },
      ]);
      // Restarted: the details are gone from the summary, but the container was seen running before.
      oci.updateContainer(id, { lifecycleDetails: undefined, restarts: 1 });
      await elapse(10_000);
      expect(oci.count("GetContainer")).toBe(2);
      expect(provider.getInstance("u1")?.containers).toMatchObject([{ phase: "Running", restartCount: 1 }]);

      // A readiness probe is a health check, whose status only GetContainer gives.
      const probe = { httpGet: { path: "/ready", port: 8080 } };
      const probed = pod("u2", { containers: [{ name: "app", image: "nginx:1.27", readinessProbe: probe }] });
      const probedId = instanceIdOf(await provider.createInstance(probed, {}));
      oci.setState(probedId, "ACTIVE");
      await elapse(10_000);
      expect(oci.count("GetContainer")).toBe(3);

      // An instance this provider did not create (a restart, a failover): its checks are unknown.
      oci.add(tagsFor("u3"));
      await elapse(10_000);
      expect(provider.getInstance("u3")?.phase).toBe("Running");
      expect(oci.count("GetContainer")).toBe(4);

      // Up before its container (an image still being pulled): both steps of the first start from the summaries.
      const pulling = instanceIdOf(await provider.createInstance(pod("u4"), {}));
      oci.setState(pulling, "ACTIVE", "CREATING");
      await elapse(500);
      expect(provider.getInstance("u4")?.containers).toMatchObject([{ phase: "Creating" }]);
      oci.updateContainer(pulling, { lifecycleState: "ACTIVE" });
      await elapse(10_000);
      expect(provider.getInstance("u4")?.containers).toMatchObject([{ phase: "Running" }]);
      expect(oci.count("GetContainer")).toBe(4);
    });

    it("a container that exits is fetched again and reported stopped with its exit code", async () => {
      const instance = oci.add(tagsFor("u1"));
      await elapse(10_000);
      oci.setState(instance.id, "INACTIVE", "INACTIVE", 3);
      await elapse(10_000);
      expect(provider.getInstance("u1")).toMatchObject({
        phase: "Stopped",
        containers: [{ name: "app", phase: "Stopped", exitCode: 3 }],
      });
    });

    it("polls at the busy interval while an instance is being created, at the normal one otherwise", async () => {
      const lists = (): number => oci.count("ListContainerInstances");
      let before = lists();
      await elapse(10_000);
      expect(lists() - before).toBe(1);

      const created = await provider.createInstance(pod("u1"), {});
      before = lists();
      await elapse(2_000);
      expect(lists() - before).toBe(4);
      oci.setState(instanceIdOf(created), "ACTIVE");
      await elapse(500);
      before = lists();
      await elapse(20_000);
      expect(lists() - before).toBe(2);
    });

    it("keeps a just-created instance that List does not show yet for 15 s, then forgets it", async () => {
      const created = await provider.createInstance(pod("u1"), {});
      oci.hiddenFromList.add(instanceIdOf(created));
      await elapse(14_000);
      expect(provider.getInstance("u1")).toBeDefined();
      await elapse(2_000);
      expect(provider.getInstance("u1")).toBeUndefined();
      expect(changes.at(-1)).toEqual(["u1", undefined]);
    });

    it("forgets an adopted instance as soon as it is no longer listed (purged)", async () => {
      const instance = oci.add(tagsFor("u1"));
      await elapse(10_000);
      expect(provider.getInstance("u1")).toBeDefined();
      oci.purge(instance.id);
      await elapse(10_000);
      expect(provider.getInstance("u1")).toBeUndefined();
    });

    it("retries a failed detail fetch on the next pass", async () => {
      const instance = oci.add(tagsFor("u1"));
      oci.failNext("GetVnic", new FakeOciError(500, "InternalServerError"));
      await elapse(10_000);
      expect(logged).toContain("refreshing instance details failed");
      expect(provider.getInstance("u1")?.podIp).toBeUndefined();
      await elapse(500);
      expect(provider.getInstance("u1")?.podIp).toBe(instance.privateIp);
    });

    it("makes no calls after stop()", async () => {
      await provider.stop();
      const calls = oci.calls.length;
      await elapse(60_000);
      expect(oci.calls).toHaveLength(calls);
    });
  });
});

describe("OciProvider logs and usage", () => {
  let oci: FakeOci;
  let provider: OciProvider;
  let leader: boolean;

  beforeEach(async () => {
    oci = new FakeOci();
    leader = true;
    provider = new OciProvider({
      clients: oci.clients,
      node: NODE,
      defaults: { shapeName: "CI.Standard.E4.Flex", cpu: "500m", memory: "1Gi" },
      pollIntervalMs: 3_600_000,
      isLeader: () => leader,
    });
    await provider.start();
  });

  afterEach(() => provider.stop());

  it("reads a container's current and previous run by the containerID in the pod status, also on a standby", async () => {
    const container = oci.add(tagsFor("u1")).containers[0]!;
    oci.logs.set(container.id, { current: "second run\n", previous: "first run\n" });
    leader = false;
    expect((await provider.containerLogs(`oci://${container.id}`, "current")).toString()).toBe(
      "second run\n",
    );
    expect((await provider.containerLogs(`oci://${container.id}`, "previous")).toString()).toBe(
      "first run\n",
    );
    expect(oci.calls.filter((c) => c.operation === "RetrieveLogs").map((c) => c.request)).toEqual([
      { containerId: container.id },
      { containerId: container.id, isPrevious: true },
    ]);
  });

  it("answers NotFoundError for an ID that is not an OCI container's, without calling OCI, and for a run OCI kept no logs of", async () => {
    await expect(provider.containerLogs("containerd://abc", "current")).rejects.toBeInstanceOf(NotFoundError);
    expect(oci.count("RetrieveLogs")).toBe(0);
    const container = oci.add(tagsFor("u1")).containers[0]!;
    oci.logs.set(container.id, { current: "only run" });
    await expect(provider.containerLogs(`oci://${container.id}`, "previous")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("reads usage of every instance with one Monitoring call per metric, the latest sample winning", async () => {
    const at = (minute: number): Date => new Date(Date.UTC(2026, 0, 1, 0, minute));
    oci.metrics.set("CpuUsed", [
      {
        resourceId: "i1",
        points: [
          { timestamp: at(1), value: 10 },
          { timestamp: at(2), value: 25 },
        ],
      },
    ]);
    oci.metrics.set("MemoryUsed", [
      { resourceId: "i1", points: [{ timestamp: at(2), value: 1024 }] },
      { resourceId: "i2", points: [{ timestamp: at(2), value: 2048 }] },
    ]);
    leader = false;
    const usage = await provider.resourceUsage();
    expect(oci.count("SummarizeMetricsData")).toBe(3);
    expect(usage.get("i1")).toMatchObject({
      cpu: { value: 25 },
      previousCpu: { value: 10 },
      memory: { value: 1024 },
    });
    expect(usage.get("i2")).toEqual({ memory: { value: 2048, time: at(3).getTime() } });
    for (const call of oci.calls.filter((c) => c.operation === "SummarizeMetricsData")) {
      expect(JSON.stringify(call.request)).toContain(`availabilityDomain = \\"${NODE.availabilityDomain}\\"`);
    }
  });
});

const LISTS = { qps: 100, burst: 100 };
const MUTATIONS = { qps: 1, burst: 1 };

describe("OciProvider: choosing the pod IP", () => {
  let oci: FakeOci;
  let provider: OciProvider | undefined;
  /** The k-th address the node's allocator tries in `cidr` (its start depends on the node's name). */
  const at = (k: number, cidr = "10.0.10.0/24"): string => {
    const start = new PodIpAllocator(cidr, undefined, NODE.nodeName).choose(new Set()) ?? "";
    return intToIpv4(ipv4ToInt(start)! - k);
  };

  const podIpPod = (uid: string): V1Pod =>
    pod(uid, {
      containers: [
        {
          name: "app",
          image: "nginx:1.27",
          env: [{ name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } }],
        },
      ],
    });

  async function started(options: Partial<OciProviderOptions> = {}): Promise<OciProvider> {
    provider = new OciProvider({
      clients: oci.clients,
      node: NODE,
      defaults: { shapeName: "CI.Standard.E4.Flex", cpu: "500m", memory: "1Gi" },
      pollIntervalMs: 60_000,
      ...options,
    });
    await provider.start();
    return provider;
  }

  /** The privateIp and POD_IP each CreateContainerInstance call asked for, in order. */
  const asked = (): [string | undefined, string | undefined][] =>
    oci.calls
      .filter((c) => c.operation === "CreateContainerInstance")
      .map((c) => {
        const details = (
          c.request as { createContainerInstanceDetails: models.CreateContainerInstanceDetails }
        ).createContainerInstanceDetails;
        return [details.vnics[0]?.privateIp, details.containers[0]?.environmentVariables?.["POD_IP"]];
      });

  beforeEach(() => {
    oci = new FakeOci();
    provider = undefined;
  });
  afterEach(async () => {
    await provider?.stop();
  });

  it("gives the VNIC and status.podIP the same address, read from the subnet's CIDR (GetSubnet)", async () => {
    oci.subnetCidr = "10.0.20.0/24";
    const p = await started({ podIp: {} });
    instanceIdOf(await p.createInstance(podIpPod("u1"), {}));
    instanceIdOf(await p.createInstance(podIpPod("u2"), {}));
    expect(oci.count("GetSubnet")).toBe(1);
    const [first, second] = [at(0, "10.0.20.0/24"), at(1, "10.0.20.0/24")];
    expect(asked()).toEqual([
      [first, first],
      [second, second],
    ]);
  });

  it("leaves the address to OCI for pods that do not read it, unless told to choose every pod's", async () => {
    const p = await started({ podIp: { subnetCidr: "10.0.10.0/24" } });
    instanceIdOf(await p.createInstance(pod("u1"), {}));
    expect(asked()).toEqual([[undefined, undefined]]);
    expect(oci.count("GetSubnet")).toBe(0);
    await p.stop();
    const every = await started({ podIp: { subnetCidr: "10.0.10.0/24", everyPod: true } });
    instanceIdOf(await every.createInstance(pod("u2"), {}));
    expect(asked()[1]).toEqual([at(0), undefined]);
  });

  it(`lets OCI choose for a pod that does not read its IP once ${MAX_POD_IP_CONFLICTS} addresses were taken`, async () => {
    for (let n = 2; n <= 254; n++) oci.foreignIps.add(`10.0.10.${n}`);
    const p = await started({ podIp: { subnetCidr: "10.0.10.0/24", everyPod: true } });
    const id = instanceIdOf(await p.createInstance(pod("u1"), {}));
    expect(asked().map(([ip]) => ip)).toEqual([at(0), at(1), at(2), at(3), at(4), undefined]);
    expect(oci.instances.get(id)?.freeformTags["okevn-pod-ip"]).toBeUndefined();
    // A pod that reads its IP still gets the Conflict: OCI's choice would not match its variable.
    await expect(p.createInstance(podIpPod("u2"), {})).rejects.toBeInstanceOf(ConflictError);
  });

  it("tries the next address when OCI answers 409 Conflict, and skips the taken one afterwards", async () => {
    oci.foreignIps.add(at(0));
    oci.foreignIps.add(at(1));
    const p = await started({ podIp: { subnetCidr: "10.0.10.0/24" } });
    const id = instanceIdOf(await p.createInstance(podIpPod("u1"), {}));
    expect(oci.instances.get(id)?.privateIp).toBe(at(2));
    instanceIdOf(await p.createInstance(podIpPod("u2"), {}));
    expect(asked().map(([ip]) => ip)).toEqual([at(0), at(1), at(2), at(3)]);
  });

  it(`gives up after ${MAX_POD_IP_CONFLICTS} conflicts with the Conflict error (the pod's queue retries later)`, async () => {
    for (let n = 2; n <= 254; n++) oci.foreignIps.add(`10.0.10.${n}`);
    const p = await started({ podIp: { subnetCidr: "10.0.10.0/24" } });
    const error = await p.createInstance(podIpPod("u1"), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(oci.count("CreateContainerInstance")).toBe(MAX_POD_IP_CONFLICTS);
    // The next try goes on below the addresses already refused.
    oci.foreignIps.clear();
    const id = instanceIdOf(await p.createInstance(podIpPod("u1"), {}));
    expect(oci.instances.get(id)?.privateIp).toBe(at(MAX_POD_IP_CONFLICTS));
  });

  it("lets OCI choose from then on when OCI refuses a chosen address as invalid (a wrong oci.podIp.subnetCidr)", async () => {
    const p = await started({ podIp: { subnetCidr: "10.9.9.0/24", everyPod: true } });
    oci.failNext(
      "CreateContainerInstance",
      new FakeOciError(400, "InvalidParameter", "privateIp is not in the subnet's CIDR"),
    );
    instanceIdOf(await p.createInstance(pod("u1"), {}));
    instanceIdOf(await p.createInstance(pod("u2"), {}));
    expect(asked().map(([ip]) => ip)).toEqual([at(0, "10.9.9.0/24"), undefined, undefined]);
    // A pod that reads its IP still asks for its own address: OCI's choice would not match its variable.
    instanceIdOf(await p.createInstance(podIpPod("u3"), {}));
    expect(asked()[3]?.[0]).toBe(at(1, "10.9.9.0/24"));
  });

  it("keeps the chosen address for a create retried after a lost response, so the retry token answers the same instance", async () => {
    const p = await started({ podIp: { subnetCidr: "10.0.10.0/24" } });
    oci.loseResponse("CreateContainerInstance");
    await expect(p.createInstance(podIpPod("u1"), {})).rejects.toBeInstanceOf(TransientError);
    // Another pod's create in between does not take the address u1's retry will ask for.
    const other = instanceIdOf(await p.createInstance(podIpPod("u2"), {}));
    const id = instanceIdOf(await p.createInstance(podIpPod("u1"), {}));
    expect(oci.instances.size).toBe(2);
    expect(oci.instances.get(id)?.privateIp).toBe(at(0));
    expect(oci.instances.get(other)?.privateIp).toBe(at(1));
  });

  it("does not choose addresses its own instances hold", async () => {
    const mine = oci.add(tagsFor("u-old"));
    mine.privateIp = at(0);
    const p = await started({ podIp: { subnetCidr: "10.0.10.0/24" } });
    instanceIdOf(await p.createInstance(podIpPod("u1"), {}));
    expect(asked()).toEqual([[at(1), at(1)]]);
  });

  it("refuses such pods, saying why, when choosing is off or the subnet cannot be read", async () => {
    const off = await started();
    const refusal = await off.createInstance(podIpPod("u1"), {});
    expect(refusal).toMatchObject({
      kind: "rejected",
      problems: [{ message: expect.stringContaining("choosing pod IPs is turned off (oci.podIp.choose)") }],
    });
    await off.stop();
    oci.failNext("GetSubnet", new FakeOciError(404, "NotAuthorizedOrNotFound", "Authorization failed"));
    const unread = await started({ podIp: {} });
    expect(await unread.createInstance(podIpPod("u2"), {})).toMatchObject({
      kind: "rejected",
      problems: [
        {
          message: expect.stringMatching(
            /status.podIP is only known after the instance is created: the pod subnet's CIDR is unknown \(GetSubnet: 404 NotAuthorizedOrNotFound.*set oci.podIp.subnetCidr/,
          ),
        },
      ],
    });
    expect(oci.count("CreateContainerInstance")).toBe(0);
  });
});
