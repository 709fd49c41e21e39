// Every operation through the real SDK clients with a real API-key signer: the 19 Container
// Instances operations, Core GetVnic and Monitoring SummarizeMetricsData, with pagination and waiters.
import * as common from "oci-common";
import { models, requests, type ContainerInstanceClient } from "oci-containerinstances";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, harness, instanceDetails, readStream, sleep, type Harness } from "./fixtures.ts";

let h: Harness;
let ci: ContainerInstanceClient;

beforeAll(async () => {
  h = await harness({
    scenarios: [
      { match: { image: "*/logger:*" }, behaviour: { logs: { lines: ["line {n}"], intervalMs: 10 } } },
      {
        match: { image: "*/crash:*" },
        behaviour: { exit: { code: 3, afterMs: 30 }, logs: { lines: ["boot"], intervalMs: 1000 } },
      },
    ],
  });
  ci = h.sdk.containerInstances;
});
afterAll(async () => h.close());

async function createActive(overrides: Partial<models.CreateContainerInstanceDetails> = {}, image?: string) {
  const res = await ci.createContainerInstance({
    createContainerInstanceDetails: instanceDetails(h.emu, overrides, image),
  });
  await h.sdk.waiter().forWorkRequest({ workRequestId: res.opcWorkRequestId! });
  return (await ci.getContainerInstance({ containerInstanceId: res.containerInstance.id })).containerInstance;
}

describe("container instances", () => {
  it("creates: CREATING with etag, work request and opc-request-id, then ACTIVE after the waiter", async () => {
    const res = await ci.createContainerInstance({
      createContainerInstanceDetails: instanceDetails(h.emu, {
        displayName: "pod-a",
        freeformTags: { "vk-pod-uid": "uid-a" },
        containerRestartPolicy: "NEVER",
        gracefulShutdownTimeoutInSeconds: 5,
        volumes: [{ volumeType: "EMPTYDIR", name: "scratch" } as models.CreateContainerEmptyDirVolumeDetails],
      }),
    });
    expect(res.containerInstance.lifecycleState).toBe("CREATING");
    expect(res.etag).toMatch(/^[0-9a-f]{32}$/);
    expect(res.opcWorkRequestId).toMatch(/^ocid1\.computecontainerworkrequest\.oc1\.iad\./);
    expect(res.opcRequestId).toBeTruthy();
    expect(res.containerInstance.id).toMatch(/^ocid1\.computecontainerinstance\.oc1\.iad\./);
    expect(res.containerInstance.vnics).toEqual([{}]);
    expect(res.containerInstance.shapeConfig).toMatchObject({
      ocpus: 1,
      memoryInGBs: 4,
      networkingBandwidthInGbps: 1,
    });
    expect(typeof res.containerInstance.timeCreated).toBe("string");

    const wr = await h.sdk.waiter().forWorkRequest({ workRequestId: res.opcWorkRequestId! });
    expect(wr.workRequest).toMatchObject({
      operationType: "CREATE_CONTAINER_INSTANCE",
      status: "SUCCEEDED",
      percentComplete: 100,
      resources: [
        {
          entityType: "computecontainerinstance",
          actionType: "CREATED",
          identifier: res.containerInstance.id,
        },
      ],
    });
    expect(wr.workRequest.timeFinished).toBeTruthy();

    const got = await h.sdk
      .waiter()
      .forContainerInstance(
        { containerInstanceId: res.containerInstance.id },
        models.ContainerInstance.LifecycleState.Active,
      );
    const inst = got!.containerInstance;
    expect(inst).toMatchObject({
      displayName: "pod-a",
      freeformTags: { "vk-pod-uid": "uid-a" },
      containerRestartPolicy: "NEVER",
      gracefulShutdownTimeoutInSeconds: 5,
      containerCount: 1,
      volumeCount: 1,
      tenantId: h.emu.credentials.tenancyId,
    });
    expect(inst.containers[0]!.displayName).toBe("main");
    expect(inst.vnics[0]!.vnicId).toMatch(/^ocid1\.vnic\./);
  });

  it("gets the pod IP from Core GetVnic", async () => {
    const inst = await createActive({
      vnics: [{ subnetId: h.emu.credentials.subnetId, hostnameLabel: "pod-b" }],
    });
    const res = await h.sdk.virtualNetwork.getVnic({ vnicId: inst.vnics[0]!.vnicId! });
    expect(res.vnic).toMatchObject({
      lifecycleState: "AVAILABLE",
      isPrimary: true,
      hostnameLabel: "pod-b",
      subnetId: h.emu.credentials.subnetId,
    });
    expect(res.vnic.privateIp).toMatch(/^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d+\.\d+$/);
  });

  it("honours vnics[].privateIp: assigns it, refuses one outside the subnet or reserved (400) and one in use (409)", async () => {
    const { subnetId, subnetCidr } = h.emu.credentials;
    const network = subnetCidr.split("/")[0]!.split(".").map(Number);
    const address = (last: number): string => `${network[0]}.${network[1]}.${network[2]! + 7}.${last}`;
    const chosen = address(200);
    const inst = await createActive({ vnics: [{ subnetId, privateIp: chosen }] });
    const vnic = await h.sdk.virtualNetwork.getVnic({ vnicId: inst.vnics[0]!.vnicId! });
    expect(vnic.vnic.privateIp).toBe(chosen);

    const refused = async (privateIp: string) =>
      ci
        .createContainerInstance({
          createContainerInstanceDetails: instanceDetails(h.emu, { vnics: [{ subnetId, privateIp }] }),
        })
        .then(
          () => undefined,
          (e: unknown) => e as common.OciError,
        );
    expect(await refused(chosen)).toMatchObject({
      statusCode: 409,
      serviceCode: "Conflict",
      message: expect.stringContaining(chosen),
    });
    expect(await refused("192.0.2.10")).toMatchObject({
      statusCode: 400,
      serviceCode: "InvalidParameter",
      message: expect.stringContaining(subnetCidr),
    });
    expect(await refused(`${network.slice(0, 3).join(".")}.1`)).toMatchObject({
      statusCode: 400,
      serviceCode: "InvalidParameter",
      message: expect.stringContaining("reserved"),
    });

    // Deleted, the address is free again.
    await ci.deleteContainerInstance({ containerInstanceId: inst.id });
    await eventually(async () =>
      (await ci.getContainerInstance({ containerInstanceId: inst.id })).containerInstance.lifecycleState ===
      "DELETED"
        ? true
        : undefined,
    );
    const again = await createActive({ vnics: [{ subnetId, privateIp: chosen }] });
    expect((await h.sdk.virtualNetwork.getVnic({ vnicId: again.vnics[0]!.vnicId! })).vnic.privateIp).toBe(
      chosen,
    );
  });

  it("lists with freeformTags, filters, sorting and pagination over several pages", async () => {
    const compartmentId = `ocid1.compartment.oc1..paging${Date.now()}`;
    h.emu.addCompartment(compartmentId);
    for (let i = 0; i < 7; i++) {
      await ci.createContainerInstance({
        createContainerInstanceDetails: instanceDetails(h.emu, {
          compartmentId,
          displayName: `p${i}`,
          freeformTags: { i: String(i) },
        }),
      });
    }
    const first = await ci.listContainerInstances({ compartmentId, limit: 3 });
    expect(first.containerInstanceCollection.items.map((i) => i.displayName)).toEqual(["p6", "p5", "p4"]);
    expect(first.opcNextPage).toBeTruthy();
    expect(first.containerInstanceCollection.items[0]!.freeformTags).toEqual({ i: "6" });

    // The SDK's generic paginator (the CI client has no list*RecordIterator; items are nested).
    const seen: string[] = [];
    for await (const item of common.genericPaginateRecords(
      {
        compartmentId,
        limit: 2,
        sortBy: requests.ListContainerInstancesRequest.SortBy.DisplayName,
        sortOrder: models.SortOrder.Asc,
      } as requests.ListContainerInstancesRequest,
      (req) => ci.listContainerInstances(req),
      (r) => r.opcNextPage,
      (req, token) => (req.page = token),
      (r) => r.containerInstanceCollection.items,
    )) {
      seen.push(item.displayName);
    }
    expect(seen).toEqual(["p0", "p1", "p2", "p3", "p4", "p5", "p6"]);

    let pages = 0;
    for await (const page of common.paginateResponses(
      { compartmentId, limit: 3 } as requests.ListContainerInstancesRequest,
      (req) => ci.listContainerInstances(req),
    )) {
      pages++;
      expect(page.containerInstanceCollection.items.length).toBeGreaterThan(0);
    }
    expect(pages).toBe(3);

    const byName = await ci.listContainerInstances({ compartmentId, displayName: "p3" });
    expect(byName.containerInstanceCollection.items).toHaveLength(1);
    const creating = await ci.listContainerInstances({
      compartmentId,
      lifecycleState: models.ContainerInstance.LifecycleState.Deleted,
    });
    expect(creating.containerInstanceCollection.items).toHaveLength(0);
  });

  it("updates with if-match, rejects a stale etag with 412", async () => {
    const inst = await createActive();
    const got = await ci.getContainerInstance({ containerInstanceId: inst.id });
    const upd = await ci.updateContainerInstance({
      containerInstanceId: inst.id,
      ifMatch: got.etag,
      updateContainerInstanceDetails: { displayName: "renamed", freeformTags: { a: "b" } },
    });
    expect(upd.opcWorkRequestId).toBeTruthy();
    await h.sdk.waiter().forWorkRequest({ workRequestId: upd.opcWorkRequestId! });
    const after = await ci.getContainerInstance({ containerInstanceId: inst.id });
    expect(after.containerInstance).toMatchObject({ displayName: "renamed", freeformTags: { a: "b" } });
    expect(after.etag).not.toBe(got.etag);
    await expect(
      ci.updateContainerInstance({
        containerInstanceId: inst.id,
        ifMatch: got.etag,
        updateContainerInstanceDetails: { displayName: "x" },
      }),
    ).rejects.toMatchObject({ statusCode: 412, serviceCode: "NoEtagMatch" });
  });

  it("stops, starts and restarts with work requests", async () => {
    const inst = await createActive({ gracefulShutdownTimeoutInSeconds: 5 });
    const waiter = h.sdk.waiter();
    const stop = await ci.stopContainerInstance({ containerInstanceId: inst.id });
    expect(
      (await waiter.forWorkRequest({ workRequestId: stop.opcWorkRequestId! })).workRequest.operationType,
    ).toBe("STOP_CONTAINER_INSTANCE");
    expect(
      (await ci.getContainerInstance({ containerInstanceId: inst.id })).containerInstance.lifecycleState,
    ).toBe("INACTIVE");
    const container = (await ci.getContainer({ containerId: inst.containers[0]!.containerId })).container;
    expect(container).toMatchObject({ lifecycleState: "INACTIVE", exitCode: 143 });

    const start = await ci.startContainerInstance({ containerInstanceId: inst.id });
    await waiter.forWorkRequest({ workRequestId: start.opcWorkRequestId! });
    expect(
      (await ci.getContainerInstance({ containerInstanceId: inst.id })).containerInstance.lifecycleState,
    ).toBe("ACTIVE");

    const restart = await ci.restartContainerInstance({ containerInstanceId: inst.id });
    const done = await waiter.forWorkRequest({ workRequestId: restart.opcWorkRequestId! });
    expect(done.workRequest).toMatchObject({
      operationType: "RESTART_CONTAINER_INSTANCE",
      status: "SUCCEEDED",
    });
    expect(
      (await ci.getContainerInstance({ containerInstanceId: inst.id })).containerInstance.lifecycleState,
    ).toBe("ACTIVE");
  });

  it("changes compartment", async () => {
    const inst = await createActive();
    const target = `ocid1.compartment.oc1..moved${Date.now()}`;
    h.emu.addCompartment(target);
    const res = await ci.changeContainerInstanceCompartment({
      containerInstanceId: inst.id,
      changeContainerInstanceCompartmentDetails: { compartmentId: target },
    });
    const wr = await h.sdk.waiter().forWorkRequest({ workRequestId: res.opcWorkRequestId! });
    expect(wr.workRequest.operationType).toBe("MOVE_CONTAINER_INSTANCE");
    expect(
      (await ci.getContainerInstance({ containerInstanceId: inst.id })).containerInstance.compartmentId,
    ).toBe(target);
    const listed = await ci.listContainerInstances({ compartmentId: target });
    expect(listed.containerInstanceCollection.items.map((i) => i.id)).toContain(inst.id);
  });

  it("deletes: DELETING → DELETED (visible), then 404 after the retention", async () => {
    const short = await harness({ delays: { deletedRetentionMs: 200 } });
    try {
      const sci = short.sdk.containerInstances;
      const res = await sci.createContainerInstance({
        createContainerInstanceDetails: instanceDetails(short.emu),
      });
      await short.sdk.waiter().forWorkRequest({ workRequestId: res.opcWorkRequestId! });
      const del = await sci.deleteContainerInstance({ containerInstanceId: res.containerInstance.id });
      const deleting = await sci.getContainerInstance({ containerInstanceId: res.containerInstance.id });
      expect(deleting.containerInstance.lifecycleState).toBe("DELETING");
      const wr = await short.sdk.waiter().forWorkRequest({ workRequestId: del.opcWorkRequestId! });
      expect(wr.workRequest.resources[0]!.actionType).toBe("DELETED");
      const deleted = await sci.getContainerInstance({ containerInstanceId: res.containerInstance.id });
      expect(deleted.containerInstance.lifecycleState).toBe("DELETED");
      const vnic = await short.sdk.virtualNetwork.getVnic({
        vnicId: deleted.containerInstance.vnics[0]!.vnicId!,
      });
      expect(vnic.vnic.lifecycleState).toBe("TERMINATED");
      // IncorrectState is retryable for the SDK's default retrier, so ask without retries.
      const noRetry = short.clients({ retries: false }).containerInstances;
      await expect(
        noRetry.deleteContainerInstance({ containerInstanceId: res.containerInstance.id }),
      ).rejects.toMatchObject({
        statusCode: 409,
        serviceCode: "IncorrectState",
      });
      await sleep(500);
      await expect(
        sci.getContainerInstance({ containerInstanceId: res.containerInstance.id }),
      ).rejects.toMatchObject({
        statusCode: 404,
        serviceCode: "NotAuthorizedOrNotFound",
      });
    } finally {
      await short.close();
    }
  }, 60_000);

  it("lists the shapes with their constraints", async () => {
    const res = await ci.listContainerInstanceShapes({ compartmentId: h.emu.credentials.compartmentId });
    const names = res.containerInstanceShapeCollection.items.map((s) => s.name);
    expect(names).toEqual(["CI.Standard.E3.Flex", "CI.Standard.E4.Flex", "CI.Standard.A1.Flex"]);
    expect(res.containerInstanceShapeCollection.items[1]).toMatchObject({
      ocpuOptions: { min: 1, max: 64 },
      memoryOptions: { maxPerOcpuInGBs: 64, maxInGBs: 1024 },
      networkingBandwidthOptions: { maxInGbps: 40 },
    });
    const paged = await ci.listContainerInstanceShapes({
      compartmentId: h.emu.credentials.compartmentId,
      limit: 2,
    });
    expect(paged.containerInstanceShapeCollection.items).toHaveLength(2);
    expect(paged.opcNextPage).toBeTruthy();
  });
});

describe("containers", () => {
  it("gets, lists (with pagination) and updates containers", async () => {
    const inst = await createActive({
      containers: [
        {
          imageUrl: "docker.io/library/nginx:1",
          displayName: "c-a",
          environmentVariables: { A: "1" },
          command: ["nginx"],
        },
        { imageUrl: "docker.io/library/busybox:1", displayName: "c-b", freeformTags: { t: "1" } },
        { imageUrl: "docker.io/library/busybox:1", displayName: "c-c" },
      ],
    });
    const cid = inst.containers[0]!.containerId;
    const got = await ci.getContainer({ containerId: cid });
    expect(got.etag).toBeTruthy();
    expect(got.container).toMatchObject({
      displayName: "c-a",
      lifecycleState: "ACTIVE",
      containerInstanceId: inst.id,
      imageUrl: "docker.io/library/nginx:1",
      environmentVariables: { A: "1" },
      command: ["nginx"],
      containerRestartAttemptCount: 0,
      availabilityDomain: inst.availabilityDomain,
    });

    const seen: string[] = [];
    for await (const c of common.genericPaginateRecords(
      {
        compartmentId: inst.compartmentId,
        containerInstanceId: inst.id,
        limit: 2,
      } as requests.ListContainersRequest,
      (req) => ci.listContainers(req),
      (r) => r.opcNextPage,
      (req, token) => (req.page = token),
      (r) => r.containerCollection.items,
    )) {
      seen.push(c.displayName);
    }
    expect(seen.sort()).toEqual(["c-a", "c-b", "c-c"]);

    const upd = await ci.updateContainer({
      containerId: cid,
      ifMatch: got.etag,
      updateContainerDetails: { displayName: "c-a2" },
    });
    const wr = await h.sdk.waiter().forWorkRequest({ workRequestId: upd.opcWorkRequestId! });
    expect(wr.workRequest).toMatchObject({
      operationType: "UPDATE_CONTAINER",
      resources: [{ entityType: "computecontainer", identifier: cid }],
    });
    expect((await ci.getContainer({ containerId: cid })).container.displayName).toBe("c-a2");
  });

  it("retrieves logs (raw stream), the previous run with isPrevious, and caps at 256 KB", async () => {
    const inst = await createActive({}, "registry.example/logger:1");
    await sleep(100);
    const cid = inst.containers[0]!.containerId;
    const text = await readStream((await ci.retrieveLogs({ containerId: cid })).value);
    expect(text.startsWith("line 0\n")).toBe(true);
    expect(text.split("\n").length).toBeGreaterThan(5);

    const crash = await createActive({ containerRestartPolicy: "ALWAYS" }, "registry.example/crash:1");
    const crashId = crash.containers[0]!.containerId;
    await sleep(300);
    const c = (await ci.getContainer({ containerId: crashId })).container;
    expect(c.containerRestartAttemptCount).toBeGreaterThanOrEqual(1);
    expect(c.exitCode).toBe(3);
    expect(await readStream((await ci.retrieveLogs({ containerId: crashId, isPrevious: true })).value)).toBe(
      "boot\n",
    );

    h.emu.setScenarios([
      { match: { image: "*/chatty:*" }, behaviour: { logs: { lines: ["x".repeat(1023)], intervalMs: 1 } } },
    ]);
    const chatty = await createActive({}, "registry.example/chatty:1");
    await sleep(400);
    const big = await readStream(
      (await ci.retrieveLogs({ containerId: chatty.containers[0]!.containerId })).value,
    );
    expect(Buffer.byteLength(big)).toBe(256 * 1024);
  });
});

describe("work requests", () => {
  it("gets, lists by resource and pages errors and logs", async () => {
    const res = await ci.createContainerInstance({ createContainerInstanceDetails: instanceDetails(h.emu) });
    const wrId = res.opcWorkRequestId!;
    await h.sdk.waiter().forWorkRequest({ workRequestId: wrId });
    const list = await ci.listWorkRequests({
      compartmentId: h.emu.credentials.compartmentId,
      resourceId: res.containerInstance.id,
    });
    expect(list.workRequestSummaryCollection.items.map((w) => w.id)).toEqual([wrId]);
    const logs = await ci.listWorkRequestLogs({ workRequestId: wrId, limit: 1 });
    expect(logs.workRequestLogEntryCollection.items).toHaveLength(1);
    expect(logs.opcNextPage).toBeTruthy();
    const all = await ci.listWorkRequestLogs({ workRequestId: wrId });
    expect(all.workRequestLogEntryCollection.items.map((l) => l.message)).toContain(
      "CREATE_CONTAINER_INSTANCE succeeded",
    );
    const errors = await ci.listWorkRequestErrors({ workRequestId: wrId });
    expect(errors.workRequestErrorCollection.items).toEqual([]);
    const paged = await ci.listWorkRequests({ compartmentId: h.emu.credentials.compartmentId, limit: 2 });
    expect(paged.opcNextPage).toBeTruthy();
  });
});

describe("monitoring", () => {
  it("summarizes the oci_computecontainerinstance metrics for an instance", async () => {
    h.emu.setScenarios([
      { match: { image: "*/busy:*" }, behaviour: { cpuPercent: 40, memoryBytes: 512 * 1024 * 1024 } },
    ]);
    const inst = await createActive({}, "registry.example/busy:1");
    await sleep(20);
    const ask = (query: string) =>
      h.sdk.monitoring.summarizeMetricsData({
        compartmentId: inst.compartmentId,
        summarizeMetricsDataDetails: { namespace: "oci_computecontainerinstance", query },
      });
    const util = await ask(`CpuUtilization[1m]{resourceId = "${inst.id}"}.mean()`);
    expect(util.items).toHaveLength(1);
    expect(util.items[0]!.dimensions).toMatchObject({
      resourceId: inst.id,
      resourceDisplayName: inst.displayName,
    });
    expect(util.items[0]!.aggregatedDatapoints.at(-1)!.value).toBe(40);
    const mem = await ask(`MemoryUsed[1m]{resourceId = "${inst.id}"}.max()`);
    expect(mem.items[0]!.aggregatedDatapoints.at(-1)!.value).toBe(512 * 1024 * 1024);
    const cpu = await ask(`CpuUsed[1m]{resourceId = "${inst.id}"}.max()`);
    expect(cpu.items[0]!.aggregatedDatapoints.at(-1)!.value).toBeGreaterThan(0);
    for (const name of ["MemoryUtilization", "EphemeralStorageUsed"]) {
      expect((await ask(`${name}[1m]{resourceId = "${inst.id}"}.max()`)).items).toHaveLength(1);
    }
    await expect(ask("NotAMetric[1m].max()")).rejects.toMatchObject({
      statusCode: 400,
      serviceCode: "InvalidParameter",
    });
  });
});
