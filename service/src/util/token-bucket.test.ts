import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TokenBucket } from "./token-bucket.ts";

describe("TokenBucket", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("lets a burst through at once, then one token per 1/qps", () => {
    const bucket = new TokenBucket(10, 3);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 0]);
    // Each reservation beyond the burst waits one more interval (100 ms at 10/s).
    expect(bucket.reserve()).toBeCloseTo(100);
    expect(bucket.reserve()).toBeCloseTo(200);
  });

  it("refills with time but saves up at most `burst` tokens", () => {
    const bucket = new TokenBucket(10, 2);
    bucket.reserve();
    bucket.reserve();
    vi.advanceTimersByTime(60_000);
    expect([bucket.reserve(), bucket.reserve()]).toEqual([0, 0]);
    expect(bucket.reserve()).toBeCloseTo(100);
  });

  it("take() resolves after the reserved wait, in order", async () => {
    const bucket = new TokenBucket(2, 1);
    const done: number[] = [];
    for (const n of [1, 2, 3]) void bucket.take().then(() => done.push(n));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual([1]);
    await vi.advanceTimersByTimeAsync(499);
    expect(done).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(500);
    expect(done).toEqual([1, 2, 3]);
  });

  it("treats a burst below 1 as 1", () => {
    const bucket = new TokenBucket(1, 0);
    expect(bucket.reserve()).toBe(0);
    expect(bucket.reserve()).toBeCloseTo(1000);
  });
});
