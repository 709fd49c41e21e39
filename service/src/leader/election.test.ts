import type { V1Lease } from "@kubernetes/client-node";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TransientError } from "../errors.ts";
import type { KubeHttp } from "../kube/http.ts";
import { FakeKube } from "../kube/testing.ts";
import { LeaderElector } from "./election.ts";

const LEASES = "/apis/coordination.k8s.io/v1/namespaces/okevn/leases";
const LEASE = `${LEASES}/vn-1`;

/** Durations as the chart sets them: lease 15 s, renew deadline 10 s, retry every 2 s. */
function elector(
  http: KubeHttp,
  identity: string,
  changes: string[] = [],
  log: string[] = [],
): LeaderElector {
  return new LeaderElector({
    http,
    namespace: "okevn",
    name: "vn-1",
    identity,
    leaseDurationSeconds: 15,
    renewDeadlineSeconds: 10,
    retryPeriodSeconds: 2,
    onStartedLeading: () => changes.push(`${identity} started`),
    onStoppedLeading: () => changes.push(`${identity} stopped`),
    log: (message) => log.push(message),
  });
}

/** A client of `kube` whose every call fails while `cut()` says so (a replica cut off from the apiserver). */
function partitioned(kube: FakeKube, cut: () => boolean): KubeHttp {
  const fail = (): Promise<never> => Promise.reject(new TransientError("connection refused"));
  return {
    request: (method: string, path: string, spec?: object) =>
      cut() ? fail() : kube.request(method, path, spec),
  } as unknown as KubeHttp;
}

function lease(kube: FakeKube): NonNullable<V1Lease["spec"]> {
  return kube.get<V1Lease>(LEASE)?.spec ?? {};
}

describe("LeaderElector", () => {
  let kube: FakeKube;
  const running: LeaderElector[] = [];
  const run = (e: LeaderElector): LeaderElector => {
    running.push(e);
    e.start();
    return e;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    kube = new FakeKube();
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((e) => e.stop()));
    vi.useRealTimers();
  });

  it("creates a missing Lease and leads, telling onStartedLeading once", async () => {
    const changes: string[] = [];
    const a = run(elector(kube.http, "a", changes));
    await vi.advanceTimersByTimeAsync(0);
    expect(a.isLeader()).toBe(true);
    expect(changes).toEqual(["a started"]);
    const spec = lease(kube);
    expect(spec.holderIdentity).toBe("a");
    expect(spec.leaseDurationSeconds).toBe(15);
    expect(spec.leaseTransitions).toBe(0);
    // MicroTime: six fractional digits.
    expect(String(spec.renewTime)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(spec.acquireTime).toBe(spec.renewTime);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(changes).toEqual(["a started"]);
  });

  it("renews every retry period, keeping acquireTime and the transition count", async () => {
    const a = run(elector(kube.http, "a"));
    await vi.advanceTimersByTimeAsync(0);
    const first = lease(kube);
    await vi.advanceTimersByTimeAsync(2_000);
    const second = lease(kube);
    expect(a.isLeader()).toBe(true);
    expect(second.renewTime).not.toBe(first.renewTime);
    expect(second.acquireTime).toBe(first.acquireTime);
    expect(second.leaseTransitions).toBe(0);
    expect(kube.calls("PUT", LEASE)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(kube.calls("PUT", LEASE)).toHaveLength(6);
  });

  it("a standby does not take a Lease that its holder keeps renewing", async () => {
    const changes: string[] = [];
    const a = run(elector(kube.http, "a", changes));
    await vi.advanceTimersByTimeAsync(0);
    const b = run(elector(kube.http, "b", changes));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(a.isLeader()).toBe(true);
    expect(b.isLeader()).toBe(false);
    expect(b.holder).toBe("a");
    expect(lease(kube).holderIdentity).toBe("a");
    expect(changes).toEqual(["a started"]);
  });

  it("takes over a Lease nobody renews once leaseDuration passed by its own clock, whatever renewTime says", async () => {
    // Written by a replica long gone, with a renewTime from a skewed clock far in the past.
    kube.put(LEASES, {
      metadata: { name: "vn-1" },
      spec: {
        holderIdentity: "gone",
        leaseDurationSeconds: 15,
        renewTime: "2000-01-01T00:00:00.000000Z",
        leaseTransitions: 4,
      },
    });
    const b = run(elector(kube.http, "b"));
    await vi.advanceTimersByTimeAsync(14_000);
    expect(b.isLeader()).toBe(false);
    expect(b.holder).toBe("gone");
    // First observed at 0: expired after 15 s, taken at the next retry (16 s).
    await vi.advanceTimersByTimeAsync(2_000);
    expect(b.isLeader()).toBe(true);
    const spec = lease(kube);
    expect(spec.holderIdentity).toBe("b");
    expect(spec.leaseTransitions).toBe(5);
    expect(spec.acquireTime).toBe(spec.renewTime);
  });

  it("uses the leaseDurationSeconds written in the Lease to judge its expiry", async () => {
    kube.put(LEASES, {
      metadata: { name: "vn-1" },
      spec: { holderIdentity: "other", leaseDurationSeconds: 40, renewTime: "2000-01-01T00:00:00.000000Z" },
    });
    const b = run(elector(kube.http, "b"));
    await vi.advanceTimersByTimeAsync(38_000);
    expect(b.isLeader()).toBe(false);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(b.isLeader()).toBe(true);
  });

  it("fencing: a leader cut off from the apiserver stops leading at the renew deadline, before a standby can take over", async () => {
    let cut = false;
    const changes: string[] = [];
    const a = run(
      elector(
        partitioned(kube, () => cut),
        "a",
        changes,
      ),
    );
    await vi.advanceTimersByTimeAsync(0);
    const b = run(elector(kube.http, "b", changes));
    await vi.advanceTimersByTimeAsync(4_000);
    // a's last successful renewal is at 4 s; then it loses the apiserver.
    const lastRenewal = 4_000;
    cut = true;
    let aStoppedAt: number | undefined;
    let bStartedAt: number | undefined;
    for (let t = lastRenewal + 100; t <= lastRenewal + 30_000; t += 100) {
      await vi.advanceTimersByTimeAsync(100);
      // Never two leaders at once.
      expect(a.isLeader() && b.isLeader()).toBe(false);
      if (aStoppedAt === undefined && !a.isLeader()) aStoppedAt = t;
      if (bStartedAt === undefined && b.isLeader()) bStartedAt = t;
    }
    expect(aStoppedAt).toBe(lastRenewal + 10_000);
    expect(bStartedAt).toBeGreaterThanOrEqual(lastRenewal + 15_000);
    expect(changes).toEqual(["a started", "a stopped", "b started"]);
    expect(lease(kube).holderIdentity).toBe("b");
  });

  it("fencing: a leader paused past the renew deadline is not leader when it wakes, before any retry ran", async () => {
    const a = elector(kube.http, "a");
    expect(await a.tryAcquireOrRenew()).toBe(true);
    // No timers are armed (start() was never called): only the clock moves, as during SIGSTOP.
    vi.advanceTimersByTime(9_999);
    expect(a.isLeader()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(a.isLeader()).toBe(false);
  });

  it("compare-and-swap: of two replicas racing for a free Lease, exactly one wins", async () => {
    kube.put(LEASES, { metadata: { name: "vn-1" }, spec: { holderIdentity: "", leaseDurationSeconds: 1 } });
    const a = elector(kube.http, "a");
    const b = elector(kube.http, "b");
    const won = await Promise.all([a.tryAcquireOrRenew(), b.tryAcquireOrRenew()]);
    expect(won.filter(Boolean)).toHaveLength(1);
    expect([a.isLeader(), b.isLeader()]).toEqual(won);
    expect(lease(kube).holderIdentity).toBe(won[0] ? "a" : "b");
  });

  it("compare-and-swap: of two replicas creating the Lease at once, exactly one wins", async () => {
    const a = elector(kube.http, "a");
    const b = elector(kube.http, "b");
    const won = await Promise.all([a.tryAcquireOrRenew(), b.tryAcquireOrRenew()]);
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(kube.calls("POST", LEASES)).toHaveLength(2);
  });

  it("keeps campaigning after failed attempts and logs them", async () => {
    const log: string[] = [];
    kube.failNext("GET", LEASE, new TransientError("apiserver unavailable"), 2);
    const a = run(elector(kube.http, "a", [], log));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(a.isLeader()).toBe(false);
    expect(log).toEqual(["leader election attempt failed", "leader election attempt failed"]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(a.isLeader()).toBe(true);
  });

  it("release on stop: the leader empties the Lease so a standby takes over at its next retry, not after expiry", async () => {
    const changes: string[] = [];
    const a = elector(kube.http, "a", changes);
    a.start();
    await vi.advanceTimersByTimeAsync(0);
    const b = run(elector(kube.http, "b", changes));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(b.isLeader()).toBe(false);

    await a.stop();
    expect(a.isLeader()).toBe(false);
    expect(lease(kube).holderIdentity).toBe("");
    expect(lease(kube).leaseDurationSeconds).toBe(1);
    // b retries every 2 s: it leads within one retry period of the release.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(b.isLeader()).toBe(true);
    expect(lease(kube).holderIdentity).toBe("b");
    expect(lease(kube).leaseTransitions).toBe(1);
    // a stopped campaigning: no more requests from it.
    const puts = kube.calls("PUT", LEASE).length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(kube.calls("PUT", LEASE).length - puts).toBe(5);
    expect(lease(kube).holderIdentity).toBe("b");
  });

  it("stop() by a standby, or by a leader whose Lease was taken meanwhile, writes nothing", async () => {
    kube.put(LEASES, {
      metadata: { name: "vn-1" },
      spec: { holderIdentity: "other", leaseDurationSeconds: 15 },
    });
    const standby = elector(kube.http, "b");
    standby.start();
    await vi.advanceTimersByTimeAsync(0);
    await standby.stop();
    expect(kube.calls("PUT", LEASE)).toHaveLength(0);

    const a = elector(kube.http, "a");
    kube.remove(LEASE);
    expect(await a.tryAcquireOrRenew()).toBe(true);
    // Someone else writes the Lease (say, an operator) while a still believes it leads.
    const current = kube.get<V1Lease>(LEASE);
    kube.put(LEASES, { ...current, spec: { ...current?.spec, holderIdentity: "operator" } });
    await a.stop();
    expect(lease(kube).holderIdentity).toBe("operator");
    expect(kube.calls("PUT", LEASE)).toHaveLength(0);
  });

  it("a failed release is logged, and the standby waits for expiry instead", async () => {
    const log: string[] = [];
    let cut = false;
    const a = elector(
      partitioned(kube, () => cut),
      "a",
      [],
      log,
    );
    expect(await a.tryAcquireOrRenew()).toBe(true);
    cut = true;
    await a.stop();
    expect(a.isLeader()).toBe(false);
    expect(log).toContain("releasing the lease failed; the standby waits for it to expire");
    expect(lease(kube).holderIdentity).toBe("a");
  });
});
