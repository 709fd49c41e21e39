import { describe, expect, it } from "vitest";
import { PermanentError, TransientError } from "../errors.ts";
import { WorkQueue } from "./work-queue.ts";

const options = { name: "test", workers: 4, baseDelayMs: 5, maxDelayMs: 50 };
const until = async (predicate: () => boolean): Promise<void> => {
  for (let i = 0; i < 400 && !predicate(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(predicate()).toBe(true);
};

describe("WorkQueue", () => {
  it("deduplicates keys that are waiting", async () => {
    const queue = new WorkQueue({ ...options, workers: 1 });
    const seen: string[] = [];
    queue.add("a");
    queue.add("a");
    queue.add("b");
    queue.start(async (key) => void seen.push(key));
    await until(() => seen.length === 2);
    await queue.stop();
    expect(seen).toEqual(["a", "b"]);
  });

  it("never runs one key concurrently and re-runs it once if added while running", async () => {
    const queue = new WorkQueue(options);
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    queue.start(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      runs++;
      if (runs === 1) for (let i = 0; i < 5; i++) queue.add("k");
      await new Promise((r) => setTimeout(r, 10));
      active--;
    });
    queue.add("k");
    await until(() => runs === 2 && active === 0);
    await new Promise((r) => setTimeout(r, 30));
    await queue.stop();
    expect(maxActive).toBe(1);
    expect(runs).toBe(2);
  });

  it("retries transient failures with backoff and gives up on permanent ones", async () => {
    const errors: [string, boolean][] = [];
    const queue = new WorkQueue({ ...options, onError: (key, _e, retry) => errors.push([key, retry]) });
    const attempts = new Map<string, number>();
    queue.start(async (key) => {
      const n = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, n);
      if (key === "flaky" && n < 3) throw new TransientError("try again");
      if (key === "bad") throw new PermanentError("never");
    });
    queue.add("flaky");
    queue.add("bad");
    await until(() => attempts.get("flaky") === 3);
    await queue.stop();
    expect(attempts.get("bad")).toBe(1);
    expect(errors).toContainEqual(["bad", false]);
    expect(errors.filter(([k]) => k === "flaky")).toEqual([
      ["flaky", true],
      ["flaky", true],
    ]);
  });

  it("holds work while the gate is closed", async () => {
    let open = false;
    const seen: string[] = [];
    const queue = new WorkQueue({ ...options, isLeader: () => open });
    queue.start(async (key) => void seen.push(key));
    queue.add("x");
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([]);
    open = true;
    await until(() => seen.length === 1);
    await queue.stop();
  });

  it("spreads keys over all workers", async () => {
    const queue = new WorkQueue(options);
    let active = 0;
    let maxActive = 0;
    let done = 0;
    queue.start(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
      done++;
    });
    for (let i = 0; i < 8; i++) queue.add(`k${i}`);
    await until(() => done === 8);
    await queue.stop();
    expect(maxActive).toBe(4);
  });
});

describe("WorkQueue retry limit", () => {
  it("spaces retries by the shared bucket but never first attempts", async () => {
    const { TokenBucket } = await import("../util/token-bucket.ts");
    const queue = new WorkQueue({ ...options, workers: 8, bucket: new TokenBucket(20, 1) });
    const firstAttempt = new Map<string, number>();
    const retried = new Map<string, number>();
    const started = performance.now();
    queue.start(async (key) => {
      if (!firstAttempt.has(key)) {
        firstAttempt.set(key, performance.now() - started);
        throw new TransientError("once");
      }
      retried.set(key, performance.now() - started);
    });
    for (let i = 0; i < 5; i++) queue.add(`k${i}`);
    await until(() => retried.size === 5);
    await queue.stop();
    // All five first attempts ran at once; their retries came back at most 20 per second.
    expect(Math.max(...firstAttempt.values())).toBeLessThan(40);
    const times = [...retried.values()].sort((a, b) => a - b);
    expect(times[4]! - times[0]!).toBeGreaterThanOrEqual(150);
  });
});
