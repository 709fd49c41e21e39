import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Backoff, backoffDelay, sleep } from "./backoff.ts";

describe("backoffDelay", () => {
  it("doubles from initialMs and stops at maxMs", () => {
    const options = { initialMs: 100, maxMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, options))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it("uses the given factor and stays finite after very many failures", () => {
    expect(backoffDelay(3, { initialMs: 10, maxMs: 1e6, factor: 3 })).toBe(90);
    expect(backoffDelay(10_000, { initialMs: 10, maxMs: 5000 })).toBe(5000);
    expect(backoffDelay(10_000, { initialMs: 0, maxMs: 5000 })).toBe(0);
  });

  it("spreads each delay within [1 - jitter, 1 + jitter) of the capped value", () => {
    const at = (r: number): number =>
      backoffDelay(20, { initialMs: 200, maxMs: 30_000, jitter: 0.5, random: () => r });
    expect(at(0)).toBe(15_000);
    expect(at(0.5)).toBe(30_000);
    expect(at(0.999)).toBeCloseTo(44_970, 0);
    const seen = Array.from({ length: 200 }, () =>
      backoffDelay(1, { initialMs: 1000, maxMs: 1000, jitter: 0.2 }),
    );
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(800);
    expect(Math.max(...seen)).toBeLessThan(1200);
    expect(new Set(seen).size).toBeGreaterThan(1);
  });
});

describe("Backoff with a fake clock", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits the growing delay after each failure and starts over after reset", async () => {
    const backoff = new Backoff({ initialMs: 1000, maxMs: 4000 });
    const waited: number[] = [];
    for (let i = 0; i < 4; i++) {
      let done = false;
      const waiting = backoff.wait().then((ms) => {
        done = true;
        waited.push(ms);
      });
      const expected = [1000, 2000, 4000, 4000][i]!;
      await vi.advanceTimersByTimeAsync(expected - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      expect(done).toBe(true);
    }
    expect(waited).toEqual([1000, 2000, 4000, 4000]);
    expect(backoff.failures).toBe(4);
    backoff.reset();
    expect(backoff.failures).toBe(0);
    expect(backoff.next()).toBe(1000);
  });

  it("stops waiting when the signal aborts", async () => {
    const abort = new AbortController();
    let done = false;
    const waiting = sleep(60_000, abort.signal).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(false);
    abort.abort();
    await waiting;
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    await sleep(60_000, abort.signal); // already aborted: no timer at all
    expect(vi.getTimerCount()).toBe(0);
  });
});
