import type { V1Pod } from "@kubernetes/client-node";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TransientError } from "../errors.ts";
import { Reflector } from "./reflector.ts";
import { FakeKube } from "./testing.ts";

const PODS = "/api/v1/pods";

function pod(name: string, node = "vn-1", labels: Record<string, string> = {}): V1Pod {
  return { metadata: { name, namespace: "default", labels }, spec: { nodeName: node, containers: [] } };
}

interface Seen {
  upserts: { key: string; previousRv: string | undefined; rv: string | undefined }[];
  removes: string[];
}

function start(kube: FakeKube, options: { resyncMs?: number; pageSize?: number } = {}) {
  const seen: Seen = { upserts: [], removes: [] };
  const reflector = new Reflector<V1Pod>(
    kube.http,
    {
      path: PODS,
      fieldSelector: "spec.nodeName=vn-1",
      resyncMs: options.resyncMs ?? 3_600_000,
      stallMs: 60_000,
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    },
    {
      upsert: (object, previous) =>
        seen.upserts.push({
          key: object.metadata?.name ?? "",
          previousRv: previous?.metadata?.resourceVersion,
          rv: object.metadata?.resourceVersion,
        }),
      remove: (object) => seen.removes.push(object.metadata?.name ?? ""),
    },
  );
  reflector.start();
  return { reflector, seen };
}

/** Lets the reflector's loop run everything that is due now. */
const settle = (): Promise<unknown> => vi.advanceTimersByTimeAsync(0);

describe("Reflector", () => {
  let kube: FakeKube;
  let reflector: Reflector<V1Pod> | undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    // Backoff jitter factor (0.5 + random) becomes exactly 1.
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    kube = new FakeKube();
  });

  /** Starts a reflector, lets it sync, then cuts its watch; every later watch fails too. */
  async function startWithFailingWatches(): Promise<Reflector<V1Pod>> {
    const started = start(kube).reflector;
    reflector = started;
    await started.hasSynced;
    await settle();
    kube.failWhen((r) => (r.method === "WATCH" ? new TransientError("refused") : undefined));
    kube.endWatches(new TransientError("connection reset"));
    return started;
  }

  afterEach(async () => {
    await reflector?.stop();
    reflector = undefined;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("lists in pages, keeps only objects matching the selector, then watches from the list's resourceVersion", async () => {
    for (const name of ["a", "b", "c", "d", "e"]) kube.put("/api/v1/namespaces/default/pods", pod(name));
    kube.put("/api/v1/namespaces/default/pods", pod("elsewhere", "vn-2"));
    const listedAt = kube.currentResourceVersion;
    const started = start(kube, { pageSize: 2 });
    reflector = started.reflector;
    await reflector.hasSynced;
    await settle();

    expect(kube.calls("GET", PODS).map((r) => r.query?.continue)).toEqual([undefined, "2", "4"]);
    expect(kube.calls("GET", PODS).every((r) => r.query?.limit === 2)).toBe(true);
    expect(reflector.size).toBe(5);
    expect(reflector.get("default/elsewhere")).toBeUndefined();
    expect(started.seen.upserts.map((u) => [u.key, u.previousRv])).toEqual([
      ["a", undefined],
      ["b", undefined],
      ["c", undefined],
      ["d", undefined],
      ["e", undefined],
    ]);
    const watches = kube.calls("WATCH", PODS);
    expect(watches).toHaveLength(1);
    expect(watches[0]?.query?.resourceVersion).toBe(listedAt);
    expect(watches[0]?.query?.fieldSelector).toBe("spec.nodeName=vn-1");
    // The watch gives up after stallMs without a line (the stall watchdog is in KubeHttp.watch).
    expect(watches[0]?.body).toEqual({ stallMs: 60_000 });
    // The server ends each watch after 5 to 6 minutes, so watches are renewed even when all is quiet.
    expect(watches[0]?.query?.timeoutSeconds).toBe(330);
  });

  it("applies watch events to the cache and hands the cached version as previous", async () => {
    const first = kube.put("/api/v1/namespaces/default/pods", pod("a"));
    const started = start(kube);
    reflector = started.reflector;
    await reflector.hasSynced;
    await settle();

    kube.put("/api/v1/namespaces/default/pods", { ...first, status: { phase: "Running" } });
    kube.put("/api/v1/namespaces/default/pods", pod("b"));
    kube.remove("/api/v1/namespaces/default/pods/a");
    await settle();

    expect(started.seen.upserts.map((u) => [u.key, u.previousRv])).toEqual([
      ["a", undefined],
      ["a", first.metadata?.resourceVersion],
      ["b", undefined],
    ]);
    expect(started.seen.removes).toEqual(["a"]);
    expect([...reflector.values()].map((p) => p.metadata?.name)).toEqual(["b"]);
  });

  it("after a clean end of the watch, watches again from the last resourceVersion seen without relisting", async () => {
    const started = start(kube);
    reflector = started.reflector;
    await reflector.hasSynced;
    await settle();
    kube.put("/api/v1/namespaces/default/pods", pod("a"));
    await settle();
    const lastSeen = kube.currentResourceVersion;

    kube.endWatches();
    await settle();

    expect(kube.calls("GET", PODS)).toHaveLength(1);
    const watches = kube.calls("WATCH", PODS);
    expect(watches).toHaveLength(2);
    expect(watches[1]?.query?.resourceVersion).toBe(lastSeen);
    // The replay starts after that version: "a" is not delivered twice.
    expect(started.seen.upserts.map((u) => u.key)).toEqual(["a"]);
  });

  it("relists on 410 Gone: objects deleted meanwhile are removed, new ones added, survivors upserted with their previous version", async () => {
    const keep = kube.put("/api/v1/namespaces/default/pods", pod("keep"));
    kube.put("/api/v1/namespaces/default/pods", pod("gone"));
    const started = start(kube);
    reflector = started.reflector;
    await reflector.hasSynced;
    await settle();

    // While the watch is down, history moves on and is compacted: the next watch gets 410.
    kube.endWatches(new TransientError("connection reset"));
    kube.remove("/api/v1/namespaces/default/pods/gone");
    kube.put("/api/v1/namespaces/default/pods", pod("new"));
    kube.compact();
    await vi.advanceTimersByTimeAsync(400);

    expect(kube.calls("GET", PODS)).toHaveLength(2);
    expect(started.seen.removes).toEqual(["gone"]);
    expect(started.seen.upserts.slice(2).map((u) => [u.key, u.previousRv])).toEqual([
      ["keep", keep.metadata?.resourceVersion],
      ["new", undefined],
    ]);
    expect([...reflector.values()].map((p) => p.metadata?.name).sort()).toEqual(["keep", "new"]);
    // And it watches again from the fresh list.
    const watches = kube.calls("WATCH", PODS);
    expect(watches.at(-1)?.query?.resourceVersion).toBe(kube.currentResourceVersion);
    expect(kube.openWatches).toBe(1);
  });

  it("reconnects after watch failures with exponential backoff, and resets it after a watch that ended cleanly", async () => {
    reflector = start(kube).reflector;
    await reflector.hasSynced;
    await settle();
    expect(kube.calls("WATCH", PODS)).toHaveLength(1);
    // Every watch now fails at once.
    const healthy = kube.failWhen((r) => (r.method === "WATCH" ? new TransientError("refused") : undefined));
    kube.endWatches(new TransientError("connection reset"));
    await settle();

    // 200 ms * 2^failures with the jitter factor at 1: 400, 800, 1600 ms.
    const watchesAfter = async (ms: number): Promise<number> => {
      await vi.advanceTimersByTimeAsync(ms);
      return kube.calls("WATCH", PODS).length;
    };
    expect(await watchesAfter(399)).toBe(1);
    expect(await watchesAfter(1)).toBe(2);
    expect(await watchesAfter(799)).toBe(2);
    expect(await watchesAfter(1)).toBe(3);
    expect(await watchesAfter(1599)).toBe(3);
    expect(await watchesAfter(1)).toBe(4);

    healthy();
    await vi.advanceTimersByTimeAsync(3200);
    expect(kube.calls("WATCH", PODS)).toHaveLength(5);
    expect(kube.openWatches).toBe(1);
    // No relist for plain connection failures.
    expect(kube.calls("GET", PODS)).toHaveLength(1);

    // A watch that ended cleanly resets the count: the next failure waits 400 ms again.
    kube.endWatches();
    await settle();
    expect(kube.calls("WATCH", PODS)).toHaveLength(6);
    kube.endWatches(new TransientError("connection reset"));
    expect(await watchesAfter(399)).toBe(6);
    expect(await watchesAfter(1)).toBe(7);
  });

  it("caps the reconnect delay at 30 seconds", async () => {
    await startWithFailingWatches();
    // Failures 1..8 wait 0.4 .. 51.2 s capped to 30 s; the exponent stops growing at 8.
    await vi.advanceTimersByTimeAsync(400 + 800 + 1600 + 3200 + 6400 + 12_800 + 25_600 + 30_000);
    const before = kube.calls("WATCH", PODS).length;
    await vi.advanceTimersByTimeAsync(29_999);
    expect(kube.calls("WATCH", PODS)).toHaveLength(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(kube.calls("WATCH", PODS)).toHaveLength(before + 1);
  });

  it("hands every cached object to the handler again on each resync", async () => {
    kube.put("/api/v1/namespaces/default/pods", pod("a"));
    kube.put("/api/v1/namespaces/default/pods", pod("b"));
    const started = start(kube, { resyncMs: 10_000 });
    reflector = started.reflector;
    await reflector.hasSynced;
    await settle();
    expect(started.seen.upserts).toHaveLength(2);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(started.seen.upserts).toHaveLength(4);
    // A resync passes the object as its own previous version (nothing changed).
    expect(started.seen.upserts.slice(2).every((u) => u.rv === u.previousRv)).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started.seen.upserts).toHaveLength(6);
  });

  it("stop() ends the watch and the loop: no requests after it", async () => {
    reflector = start(kube, { resyncMs: 1000 }).reflector;
    await reflector.hasSynced;
    await settle();
    expect(kube.openWatches).toBe(1);
    await reflector.stop();
    reflector = undefined;
    expect(kube.openWatches).toBe(0);
    const count = kube.requests.length;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(kube.requests).toHaveLength(count);
  });

  it("stop() during a reconnect backoff returns without waiting the backoff out", async () => {
    const started = await startWithFailingWatches();
    await vi.advanceTimersByTimeAsync(400 + 800 + 1600 + 3200 + 6400 + 12_800 + 25_600);
    // Now in a 30 s backoff; the clock does not move while stop() runs.
    let stopped = false;
    const stopping = started.stop().then(() => (stopped = true));
    reflector = undefined;
    await settle();
    expect(stopped).toBe(true);
    await stopping;
  });

  it("retries a failed first list with backoff and reports synced only after a list succeeded", async () => {
    kube.put("/api/v1/namespaces/default/pods", pod("a"));
    kube.failNext("GET", PODS, new TransientError("apiserver unavailable"), 2);
    let synced = false;
    reflector = start(kube).reflector;
    void reflector.hasSynced.then(() => (synced = true));
    await settle();
    expect(synced).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    expect(synced).toBe(false);
    await vi.advanceTimersByTimeAsync(800);
    expect(synced).toBe(true);
    expect(kube.calls("GET", PODS)).toHaveLength(3);
    expect(reflector.size).toBe(1);
  });
});
