import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EventRecorder } from "./events.ts";
import { FakeKube } from "./testing.ts";

const EVENTS = "/api/v1/namespaces/shop/events";
const pod = (name: string) => ({ kind: "Pod" as const, namespace: "shop", name, uid: `uid-${name}` });

describe("EventRecorder", () => {
  let kube: FakeKube;
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
    kube = new FakeKube();
  });
  afterEach(() => vi.useRealTimers());

  it("counts a repeat within 10 minutes on the same Event, and forgets Events older than that", async () => {
    const recorder = new EventRecorder(kube.http, "vn-1");
    recorder.record(pod("a"), "Normal", "Created", "created x");
    await vi.advanceTimersByTimeAsync(0);
    recorder.record(pod("a"), "Normal", "Created", "created x");
    await vi.advanceTimersByTimeAsync(0);
    expect(kube.calls("POST", EVENTS)).toHaveLength(1);
    expect(kube.calls("PATCH", `${EVENTS}/*`)).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(11 * 60_000);
    recorder.record(pod("b"), "Normal", "Created", "created y");
    await vi.advanceTimersByTimeAsync(0);
    // a's entry was past the window: dropped when b's came.
    expect(recorder.remembered).toBe(1);
    recorder.record(pod("a"), "Normal", "Created", "created x");
    await vi.advanceTimersByTimeAsync(0);
    expect(kube.calls("POST", EVENTS)).toHaveLength(3);
  });
});
