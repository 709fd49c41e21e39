import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EVENT_QUEUE_LIMIT, EVENT_WRITERS, EventRecorder } from "./events.ts";
import type { KubeHttp } from "./http.ts";
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

  it(`writes ${EVENT_WRITERS} Events at a time, the rest in the order recorded, and drops past ${EVENT_QUEUE_LIMIT} waiting`, async () => {
    // An apiserver that answers only when told to.
    const sent: { reason: string; answer: () => void }[] = [];
    const written: string[] = [];
    const times = new Map<string, string>();
    const http = {
      request: (_method: string, _path: string, spec: { body: { reason: string; firstTimestamp: string } }) =>
        new Promise<void>((answer) => {
          sent.push({ reason: spec.body.reason, answer });
          written.push(spec.body.reason);
          times.set(spec.body.reason, spec.body.firstTimestamp);
        }),
    } as unknown as KubeHttp;
    const logged: string[] = [];
    const recorder = new EventRecorder(http, "vn-1", (message) => logged.push(message));
    for (let i = 0; i < EVENT_QUEUE_LIMIT + EVENT_WRITERS + 2; i++)
      recorder.record(pod(`p${i}`), "Normal", `R${i}`, "created");
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.reason)).toEqual(Array.from({ length: EVENT_WRITERS }, (_, i) => `R${i}`));
    expect(recorder.depth).toBe(EVENT_QUEUE_LIMIT);
    expect(recorder.dropped).toBe(2);
    expect(logged).toEqual(["events dropped: too many waiting to be written"]);

    // Each answer lets the next waiting Event go, in the order recorded, with the time it was recorded.
    await vi.advanceTimersByTimeAsync(5_000);
    sent.splice(1, 1)[0]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(EVENT_WRITERS);
    expect(sent.at(-1)?.reason).toBe(`R${EVENT_WRITERS}`);
    expect(times.get(`R${EVENT_WRITERS}`)).toBe("2026-01-01T00:00:00.000Z");
    for (let round = 0; round < EVENT_QUEUE_LIMIT && sent.length > 0; round++) {
      const answered = sent.splice(0);
      for (const request of answered) request.answer();
      await vi.advanceTimersByTimeAsync(0);
    }
    const recorded = Array.from({ length: EVENT_WRITERS + EVENT_QUEUE_LIMIT }, (_, i) => `R${i}`);
    expect(written).toEqual(recorded);
    expect(recorder.depth).toBe(0);
  });
});
