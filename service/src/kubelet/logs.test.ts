import { describe, expect, it } from "vitest";
import {
  ByteBudget,
  LineClock,
  LineClocks,
  WindowDiff,
  leadingTime,
  overlap,
  rfc3339Nano,
  selectLines,
  splitLines,
} from "./logs.ts";

const b = (s: string): Buffer => Buffer.from(s);
const WINDOW = 4096;

/** A log of numbered lines, seen through a bounded byte window like RetrieveLogs. */
function windowOf(lines: number, limit = WINDOW): Buffer {
  const all = Buffer.from(Array.from({ length: lines }, (_, i) => `line ${i}\n`).join(""));
  return all.length > limit ? all.subarray(all.length - limit) : all;
}

describe("overlap", () => {
  it("finds how much of the new window was already seen", () => {
    expect(overlap(b("abc\n"), b("abc\ndef\n"))).toBe(4);
    expect(overlap(b(""), b("abc\n"))).toBe(0);
    expect(overlap(b("a\nb\nc\n"), b("b\nc\nd\n"))).toBe(4);
    expect(overlap(b("a\nb\n"), b("x\ny\n"))).toBe(0);
  });

  it("prefers the longest overlap in repetitive output", () => {
    expect(overlap(b("a\na\n"), b("a\na\na\n"))).toBe(4);
  });
});

describe("WindowDiff", () => {
  it("emits every line once, in order, across a scrolling window", () => {
    const diff = new WindowDiff(windowOf(10));
    const seen: string[] = [];
    for (let n = 11; n < 2000; n += 37) {
      const { fresh, overrun } = diff.next(windowOf(n));
      expect(overrun).toBe(false);
      seen.push(...fresh.toString().split("\n").filter(Boolean));
    }
    const last = 10 + Math.floor((2000 - 11 - 1) / 37) * 37 + 1;
    expect(seen).toEqual(Array.from({ length: last - 10 }, (_, i) => `line ${i + 10}`));
  });

  it("reports an overrun when more than a window was written between polls", () => {
    const diff = new WindowDiff(windowOf(10));
    const result = diff.next(windowOf(5000));
    expect(result.overrun).toBe(true);
    expect(result.fresh.toString()).toMatch(/line 4999\n$/);
  });

  it("holds back a partial last line until it is complete", () => {
    const diff = new WindowDiff(b("a\n"));
    expect(diff.next(b("a\nbb")).fresh.toString()).toBe("");
    expect(diff.next(b("a\nbbb\nc")).fresh.toString()).toBe("bbb\n");
    expect(diff.flush().toString()).toBe("c");
  });

  it("emits nothing when nothing changed", () => {
    const diff = new WindowDiff(windowOf(5000));
    expect(diff.next(windowOf(5000))).toEqual({ fresh: Buffer.alloc(0), overrun: false });
  });
});

describe("line selection", () => {
  const log = b(
    "2026-01-01T00:00:00Z first\n  continued\n2026-01-01T00:00:10.5Z second\nno time\n[2026-01-01T00:00:20Z] third\n",
  );

  it("dates lines from their leading timestamp, else the line before", () => {
    expect(leadingTime(b("2026-01-01T00:00:01.25+00:00 x"))).toBe(Date.parse("2026-01-01T00:00:01.25Z"));
    expect(leadingTime(b("hello"))).toBeUndefined();
    const lines = splitLines(log, 7);
    expect(lines.map((l) => l.time)).toEqual([
      Date.parse("2026-01-01T00:00:00Z"),
      Date.parse("2026-01-01T00:00:00Z"),
      Date.parse("2026-01-01T00:00:10.5Z"),
      Date.parse("2026-01-01T00:00:10.5Z"),
      Date.parse("2026-01-01T00:00:20Z"),
    ]);
    expect(splitLines(b("x\ny"), 7).map((l) => [l.text.toString(), l.time])).toEqual([
      ["x\n", 7],
      ["y", 7],
    ]);
  });

  it("applies since, then tail, then timestamps", () => {
    const lines = splitLines(log, undefined);
    expect(
      selectLines(lines, { since: Date.parse("2026-01-01T00:00:05Z"), timestamps: false }).toString(),
    ).toBe("2026-01-01T00:00:10.5Z second\nno time\n[2026-01-01T00:00:20Z] third\n");
    expect(selectLines(lines, { tailLines: 1, timestamps: true }).toString()).toBe(
      "2026-01-01T00:00:20.000000000Z [2026-01-01T00:00:20Z] third\n",
    );
    expect(selectLines(lines, { tailLines: 0, timestamps: false }).length).toBe(0);
    expect(rfc3339Nano(Date.parse("2026-01-01T00:00:00.123Z"))).toBe("2026-01-01T00:00:00.123000000Z");
  });

  it("limits bytes across writes", () => {
    const budget = new ByteBudget(5);
    expect(budget.take(b("abc")).toString()).toBe("abc");
    expect(budget.take(b("defg")).toString()).toBe("de");
    expect(budget.exhausted).toBe(true);
    expect(budget.take(b("x")).length).toBe(0);
  });
});

describe("LineClock", () => {
  const times = (
    lines: readonly { text: Buffer; time: number | undefined }[],
  ): [string, number | undefined][] => lines.map((l) => [l.text.toString(), l.time]);

  it("dates lines by the read that first returned them, so since and timestamps mean something", () => {
    const clock = new LineClock();
    expect(times(clock.stamp(b("a\nb\n"), 1000))).toEqual([
      ["a\n", 1000],
      ["b\n", 1000],
    ]);
    expect(times(clock.stamp(b("a\nb\nc\n"), 6000))).toEqual([
      ["a\n", 1000],
      ["b\n", 1000],
      ["c\n", 6000],
    ]);
    // The window scrolled: what stayed keeps its time; a leading timestamp wins.
    expect(times(clock.stamp(b("b\nc\n2026-01-02T03:04:05Z d\n"), 9000))).toEqual([
      ["b\n", 1000],
      ["c\n", 6000],
      ["2026-01-02T03:04:05Z d\n", Date.parse("2026-01-02T03:04:05Z")],
    ]);
    // A line a second, read with --since=5s: the recent ones only, never nothing on a first read.
    const lines = clock.stamp(b("b\nc\n2026-01-02T03:04:05Z d\ne\n"), 10_000);
    expect(selectLines(lines, { since: 5000, timestamps: false }).toString()).toBe(
      "c\n2026-01-02T03:04:05Z d\ne\n",
    );
    expect(
      selectLines(new LineClock().stamp(b("x\ny\n"), 20_000), {
        since: 15_000,
        timestamps: false,
      }).toString(),
    ).toBe("x\ny\n");
  });

  it("keeps a bounded number of clocks, dropping the least recently used", () => {
    const clocks = new LineClocks(2);
    const first = clocks.get("a");
    clocks.get("b");
    expect(clocks.get("a")).toBe(first);
    clocks.get("c");
    expect(clocks.get("b")).not.toBe(undefined);
    expect(clocks.get("a")).not.toBe(first);
  });
});
