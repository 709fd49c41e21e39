// Injected faults seen through the real SDK (its retrier and circuit breaker included), the admin
// endpoint, and scenario behaviours: exits, restarts, crash loops, pull failures, health, shutdown.
import { models } from "oci-containerinstances";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../../tools/emulator/emulator.ts";
import { eventually, harness, instanceDetails, sleep, type Harness } from "./fixtures.ts";

let h: Harness;

beforeAll(async () => {
  h = await harness();
});
afterAll(async () => h.close());

async function newInstance(overrides: Partial<models.CreateContainerInstanceDetails> = {}, image?: string) {
  const noRetry = h.clients({ retries: false, circuitBreaker: false });
  const res = await noRetry.containerInstances.createContainerInstance({
    createContainerInstanceDetails: instanceDetails(h.emu, overrides, image),
  });
  return res.containerInstance;
}

const getInstance = (id: string) =>
  h.sdk.containerInstances.getContainerInstance({ containerInstanceId: id }).then((r) => r.containerInstance);
const getContainer = (id: string) =>
  h.sdk.containerInstances.getContainer({ containerId: id }).then((r) => r.container);

describe("faults", () => {
  it("rate limit: 429 TooManyRequests over the bucket; the SDK default retrier waits and succeeds", async () => {
    h.emu.setFaults({
      rules: [{ operation: "ListContainerInstanceShapes", rateLimit: { requestsPerSecond: 1, burst: 2 } }],
    });
    try {
      const noRetry = h.clients({ retries: false, circuitBreaker: false }).containerInstances;
      const compartmentId = h.emu.credentials.compartmentId;
      const results = await Promise.allSettled(
        [0, 1, 2, 3].map(() => noRetry.listContainerInstanceShapes({ compartmentId })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
      const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toMatchObject({ statusCode: 429, serviceCode: "TooManyRequests" });

      // The SDK default retrier on 429 TooManyRequests: waits ~1 s (2^0 s + jitter) and re-sends
      // with the same opc-request-id.
      h.emu.setFaults({
        rules: [{ operation: "ListContainerInstanceShapes", error: { status: 429, count: 1 } }],
      });
      const since = h.emu.callLog.lastSeq;
      const started = Date.now();
      const retrying = h.clients({ circuitBreaker: false }).containerInstances;
      await retrying.listContainerInstanceShapes({ compartmentId });
      const calls = h.emu.callLog.entries({ operation: "ListContainerInstanceShapes", since });
      expect(calls.map((c) => [c.status, c.code])).toEqual([
        [429, "TooManyRequests"],
        [200, undefined],
      ]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(new Set(calls.map((c) => c.opcRequestId.split("/")[0])).size).toBe(1);
    } finally {
      h.emu.setFaults({ rules: [] });
    }
  }, 30_000);

  it("injected 500: retried by the SDK; the same call without retries fails with InternalServerError", async () => {
    const inst = await newInstance();
    h.emu.setFaults({ rules: [{ operation: "GetContainerInstance", error: { status: 500, count: 1 } }] });
    const since = h.emu.callLog.lastSeq;
    const got = await h
      .clients({ circuitBreaker: false })
      .containerInstances.getContainerInstance({ containerInstanceId: inst.id });
    expect(got.containerInstance.id).toBe(inst.id);
    expect(h.emu.callLog.entries({ operation: "GetContainerInstance", since }).map((c) => c.status)).toEqual([
      500, 200,
    ]);

    h.emu.setFaults({ rules: [{ operation: "GetContainerInstance", error: { status: 503, count: 1 } }] });
    await expect(
      h
        .clients({ retries: false, circuitBreaker: false })
        .containerInstances.getContainerInstance({ containerInstanceId: inst.id }),
    ).rejects.toMatchObject({ statusCode: 503, serviceCode: "ServiceUnavailable" });
    h.emu.setFaults({ rules: [] });
  }, 30_000);

  it("circuit breaker: after 10 failing calls the SDK's default breaker stops calling the emulator", async () => {
    h.emu.setFaults({ rules: [{ operation: "ListContainerInstanceShapes", error: { status: 500 } }] });
    try {
      const compartmentId = h.emu.credentials.compartmentId;
      const withBreaker = h.clients({ retries: false }).containerInstances;
      const since = h.emu.callLog.lastSeq;
      const errors: unknown[] = [];
      for (let i = 0; i < 14; i++) {
        errors.push(
          await withBreaker.listContainerInstanceShapes({ compartmentId }).catch((e: unknown) => e),
        );
      }
      const reached = h.emu.callLog.entries({ operation: "ListContainerInstanceShapes", since }).length;
      expect(reached).toBeLessThan(14);
      // Rejected client-side by opossum: not an OciError, no statusCode, code EOPENBREAKER.
      expect(errors.at(-1)).toMatchObject({ code: "EOPENBREAKER" });

      // Handled: a client with the breaker disabled reaches the emulator every time.
      const noBreaker = h.clients({ retries: false, circuitBreaker: false }).containerInstances;
      const since2 = h.emu.callLog.lastSeq;
      for (let i = 0; i < 14; i++)
        await noBreaker.listContainerInstanceShapes({ compartmentId }).catch(() => undefined);
      expect(h.emu.callLog.entries({ operation: "ListContainerInstanceShapes", since: since2 })).toHaveLength(
        14,
      );
    } finally {
      h.emu.setFaults({ rules: [] });
    }
  });

  it("latency is added to the chosen operations", async () => {
    h.emu.setFaults({ rules: [{ operation: "ListContainerInstanceShapes", latencyMs: 150 }] });
    const t0 = Date.now();
    await h.sdk.containerInstances.listContainerInstanceShapes({
      compartmentId: h.emu.credentials.compartmentId,
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    h.emu.setFaults({ rules: [] });
  });

  it("accepted then 503: the instance exists, the SDK retries with the same retry token and gets it", async () => {
    h.emu.setFaults({ rules: [{ operation: "CreateContainerInstance", acceptedThen503: { count: 1 } }] });
    const since = h.emu.callLog.lastSeq;
    const res = await h.clients({ circuitBreaker: false }).containerInstances.createContainerInstance({
      createContainerInstanceDetails: instanceDetails(h.emu, { freeformTags: { "pod-uid": "u-503" } }),
    });
    const calls = h.emu.callLog.entries({ operation: "CreateContainerInstance", since });
    expect(calls.map((c) => c.status)).toEqual([503, 200]);
    expect(calls[0]!.params.resourceId).toBe(res.containerInstance.id);
    expect(calls[1]!.params.replayed).toBe(true);
    expect(calls[0]!.params.opcRetryToken).toBe(calls[1]!.params.opcRetryToken);
    const tagged = [...h.emu.core.store.instances.values()].filter(
      (i) => i.freeformTags["pod-uid"] === "u-503",
    );
    expect(tagged).toHaveLength(1);
    h.emu.setFaults({ rules: [] });
  }, 30_000);

  it("out of capacity: async fails the instance and its work request; sync answers 500", async () => {
    h.emu.setFaults({ rules: [{ operation: "CreateContainerInstance", outOfCapacity: { count: 1 } }] });
    const res = await h.sdk.containerInstances.createContainerInstance({
      createContainerInstanceDetails: instanceDetails(h.emu),
    });
    const wr = await h.sdk.waiter().forWorkRequest({ workRequestId: res.opcWorkRequestId! });
    expect(wr.workRequest.status).toBe("FAILED");
    const errors = await h.sdk.containerInstances.listWorkRequestErrors({
      workRequestId: res.opcWorkRequestId!,
    });
    expect(errors.workRequestErrorCollection.items[0]).toMatchObject({
      code: "OutOfCapacity",
      message: "Out of host capacity.",
    });
    expect(await getInstance(res.containerInstance.id)).toMatchObject({
      lifecycleState: "FAILED",
      lifecycleDetails: "Out of host capacity.",
    });

    h.emu.setFaults({
      rules: [{ operation: "CreateContainerInstance", outOfCapacity: { count: 1, mode: "sync" } }],
    });
    await expect(
      h.clients({ retries: false, circuitBreaker: false }).containerInstances.createContainerInstance({
        createContainerInstanceDetails: instanceDetails(h.emu),
      }),
    ).rejects.toMatchObject({ statusCode: 500, message: "Out of host capacity." });
    h.emu.setFaults({ rules: [] });
  });

  it("the admin endpoint sets faults at runtime and exposes calls and counters", async () => {
    const put = await fetch(`${h.emu.adminEndpoint}/faults`, {
      method: "PUT",
      body: JSON.stringify({ rules: [{ operation: "GetVnic", error: { status: 500, count: 1 } }] }),
    });
    expect(put.status).toBe(200);
    await expect(
      h
        .clients({ retries: false, circuitBreaker: false })
        .virtualNetwork.getVnic({ vnicId: "ocid1.vnic.oc1.iad.x" }),
    ).rejects.toMatchObject({ statusCode: 500 });
    const counters = (await (await fetch(`${h.emu.adminEndpoint}/counters`)).json()) as Record<
      string,
      number
    >;
    expect(counters["GetVnic 500"]).toBe(1);
    const calls = (await (await fetch(`${h.emu.adminEndpoint}/calls?operation=GetVnic`)).json()) as unknown[];
    expect(calls).toHaveLength(1);
    const state = (await (await fetch(`${h.emu.adminEndpoint}/state`)).json()) as { instances: number };
    expect(state.instances).toBeGreaterThan(0);
    await fetch(`${h.emu.adminEndpoint}/faults`, { method: "PUT", body: JSON.stringify({ rules: [] }) });
  });

  it("is deterministic for a seed: the same calls give the same OCIDs", async () => {
    const ids: string[][] = [];
    for (let run = 0; run < 2; run++) {
      const emu = await startEmulator({ profile: "fast", seed: 42 });
      const { sdkClients } = await import("../../../tools/emulator/sdk-clients.ts");
      const s = sdkClients(emu.endpoint, emu.credentials, { retries: false });
      const r = await s.containerInstances.createContainerInstance({
        createContainerInstanceDetails: instanceDetails(emu),
      });
      ids.push([emu.credentials.tenancyId, r.containerInstance.id, r.opcWorkRequestId!]);
      s.close();
      await emu.stop();
    }
    expect(ids[0]).toEqual(ids[1]);
  });
});

describe("scenarios", () => {
  beforeAll(() => {
    h.emu.setScenarios([
      { match: { image: "*/exit:*", env: { CODE: "0" } }, behaviour: { exit: { code: 0, afterMs: 30 } } },
      { match: { image: "*/exit:*" }, behaviour: { exit: { code: 7, afterMs: 30 } } },
      { match: { command: "*crash*" }, behaviour: { exit: { code: 1, afterMs: 20 } } },
      { match: { image: "*/missing:*" }, behaviour: { imagePullFailure: "manifest unknown" } },
      { match: { image: "*/sick:*" }, behaviour: { unhealthyAfterMs: 50 } },
      { match: { image: "*/stubborn:*" }, behaviour: { ignoreSigterm: true } },
    ]);
  });

  it("exit code N after T with NEVER: container FAILED with the code, instance INACTIVE", async () => {
    const inst = await newInstance({ containerRestartPolicy: "NEVER" }, "r.example/exit:1");
    const cid =
      (await eventually(async () =>
        (await getInstance(inst.id)).lifecycleState === "INACTIVE" ? true : undefined,
      ),
      inst.id);
    const full = await getInstance(cid);
    const c = await getContainer(full.containers[0]!.containerId);
    expect(c).toMatchObject({ lifecycleState: "FAILED", exitCode: 7, containerRestartAttemptCount: 0 });
    expect(c.timeTerminated).toBeTruthy();
  });

  it("ON_FAILURE does not restart a clean exit; env matching picks the rule", async () => {
    const inst = await newInstance({
      containerRestartPolicy: "ON_FAILURE",
      containers: [{ imageUrl: "r.example/exit:1", environmentVariables: { CODE: "0" } }],
    });
    await eventually(async () =>
      (await getInstance(inst.id)).lifecycleState === "INACTIVE" ? true : undefined,
    );
    const c = await getContainer((await getInstance(inst.id)).containers[0]!.containerId);
    expect(c).toMatchObject({ lifecycleState: "INACTIVE", exitCode: 0, containerRestartAttemptCount: 0 });
  });

  it("crash loop with ALWAYS: restart attempts grow, the instance stays ACTIVE", async () => {
    const inst = await newInstance({
      containerRestartPolicy: "ALWAYS",
      containers: [{ imageUrl: "r.example/app:1", command: ["/bin/app"], arguments: ["--crash"] }],
    });
    const cid = (await eventually(
      async () => (await getInstance(inst.id)).containers[0]?.containerId,
    )) as string;
    const c = await eventually(async () => {
      const x = await getContainer(cid);
      return (x.containerRestartAttemptCount ?? 0) >= 3 ? x : undefined;
    });
    expect(c.exitCode).toBe(1);
    expect((await getInstance(inst.id)).lifecycleState).toBe("ACTIVE");
  });

  it("image pull failure: instance FAILED, the container says why, the work request failed", async () => {
    const res = await h.sdk.containerInstances.createContainerInstance({
      createContainerInstanceDetails: instanceDetails(h.emu, {}, "r.example/missing:1"),
    });
    const wr = await h.sdk.waiter().forWorkRequest({ workRequestId: res.opcWorkRequestId! });
    expect(wr.workRequest.status).toBe("FAILED");
    const inst = await getInstance(res.containerInstance.id);
    expect(inst.lifecycleState).toBe("FAILED");
    expect(await getContainer(inst.containers[0]!.containerId)).toMatchObject({
      lifecycleState: "FAILED",
      lifecycleDetails: "manifest unknown",
    });
  });

  it("health checks: HEALTHY, then UNHEALTHY, then killed (137) and restarted per policy", async () => {
    const inst = await newInstance({
      containers: [
        {
          imageUrl: "r.example/sick:1",
          healthChecks: [
            {
              healthCheckType: "HTTP",
              path: "/healthz",
              port: 8080,
              intervalInSeconds: 0.05,
              failureThreshold: 2,
            } as models.CreateContainerHttpHealthCheckDetails,
          ],
        },
      ],
    });
    const cid = (await eventually(
      async () => (await getInstance(inst.id)).containers[0]?.containerId,
    )) as string;
    const healthy = await eventually(async () => {
      const c = await getContainer(cid);
      return c.lifecycleState === "ACTIVE" ? c : undefined;
    });
    expect(healthy.healthChecks![0]!.status).toBe("HEALTHY");
    const restarted = await eventually(async () => {
      const c = await getContainer(cid);
      return (c.containerRestartAttemptCount ?? 0) >= 1 ? c : undefined;
    });
    expect(restarted.exitCode).toBe(137);
    await sleep(60);
    const sick = await getContainer(cid);
    expect(sick.healthChecks![0]).toMatchObject({
      status: "UNHEALTHY",
      healthCheckType: "HTTP",
      path: "/healthz",
    });
  });

  it("graceful shutdown: a container ignoring SIGTERM holds delete for gracefulShutdownTimeoutInSeconds, then 137", async () => {
    const inst = await newInstance({ gracefulShutdownTimeoutInSeconds: 1 }, "r.example/stubborn:1");
    await eventually(async () =>
      (await getInstance(inst.id)).lifecycleState === "ACTIVE" ? true : undefined,
    );
    const cid = (await getInstance(inst.id)).containers[0]!.containerId;
    const t0 = Date.now();
    const del = await h.sdk.containerInstances.deleteContainerInstance({ containerInstanceId: inst.id });
    await h.sdk.waiter().forWorkRequest({ workRequestId: del.opcWorkRequestId! });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(await getContainer(cid)).toMatchObject({ lifecycleState: "DELETED", exitCode: 137 });

    const quick = await newInstance({ gracefulShutdownTimeoutInSeconds: 1 });
    await eventually(async () =>
      (await getInstance(quick.id)).lifecycleState === "ACTIVE" ? true : undefined,
    );
    const t1 = Date.now();
    const del2 = await h.sdk.containerInstances.deleteContainerInstance({ containerInstanceId: quick.id });
    await h.sdk.waiter().forWorkRequest({ workRequestId: del2.opcWorkRequestId! });
    expect(Date.now() - t1).toBeLessThan(900);
    const qc = await getContainer((await getInstance(quick.id)).containers[0]!.containerId);
    expect(qc.exitCode).toBe(143);
  });

  it("the waiter for DELETED leaks the 404 once the record is gone (SDK quirk, see reference)", async () => {
    const emu = await startEmulator({ profile: "fast", delays: { deletedRetentionMs: 50 } });
    const { sdkClients } = await import("../../../tools/emulator/sdk-clients.ts");
    const s = sdkClients(emu.endpoint, emu.credentials, { retries: false });
    try {
      const r = await s.containerInstances.createContainerInstance({
        createContainerInstanceDetails: instanceDetails(emu),
      });
      await s.waiter().forWorkRequest({ workRequestId: r.opcWorkRequestId! });
      await s.containerInstances.deleteContainerInstance({ containerInstanceId: r.containerInstance.id });
      await sleep(400);
      await expect(
        s
          .waiter()
          .forContainerInstance(
            { containerInstanceId: r.containerInstance.id },
            models.ContainerInstance.LifecycleState.Deleted,
          ),
      ).rejects.toMatchObject({ statusCode: 404 });
    } finally {
      s.close();
      await emu.stop();
    }
  });
});
