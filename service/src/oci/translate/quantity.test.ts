import { describe, expect, it } from "vitest";
import { parseQuantity, toMilli, toUnits } from "./quantity.ts";

function milli(text: string | number): bigint | undefined {
  const q = parseQuantity(text);
  return q === undefined ? undefined : toMilli(q);
}

function units(text: string | number): bigint | undefined {
  const q = parseQuantity(text);
  return q === undefined ? undefined : toUnits(q);
}

describe("parseQuantity", () => {
  it.each([
    ["1", 1000n],
    ["500m", 500n],
    ["0.5", 500n],
    [".5", 500n],
    ["5.", 5000n],
    ["1.5", 1500n],
    ["2.0005", 2001n], // 2000.5 millicores round up
    ["0.0001", 1n],
    ["0.1m", 1n],
    ["+2", 2000n],
    ["1e3", 1000000n],
    ["1E-3", 1n],
    ["1.5e-1", 150n],
    [2, 2000n],
    [0.25, 250n],
  ])("cpu %s → %s millicores", (text, expected) => {
    expect(milli(text)).toBe(expected);
  });

  it.each([
    ["512Mi", 536870912n],
    ["1Gi", 1073741824n],
    ["1G", 1000000000n],
    ["1e9", 1000000000n],
    ["1.5Gi", 1610612736n],
    ["128974848", 128974848n],
    ["129e6", 129000000n],
    ["123Mi", 128974848n],
    ["1k", 1000n],
    ["1Ki", 1024n],
    ["2Ti", 2199023255552n],
    ["1E", 1000000000000000000n], // exa, not an exponent
    ["1Ei", 1152921504606846976n],
    ["0.5", 1n], // half a byte rounds up
    ["100m", 1n],
  ])("memory %s → %s bytes", (text, expected) => {
    expect(units(text)).toBe(expected);
  });

  it.each(["", "abc", "1.2.3", "Mi", "1e", "1ki", "1 Gi", "1Gib", "--1", "1e1000", "1,5", ".", "e3"])(
    "rejects %j",
    (text) => {
      expect(parseQuantity(text)).toBeUndefined();
    },
  );

  it("keeps the sign of negative quantities", () => {
    expect(parseQuantity("-1Gi")?.num).toBe(-1073741824n);
  });

  it("rejects non-finite numbers", () => {
    expect(parseQuantity(Number.NaN)).toBeUndefined();
    expect(parseQuantity(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});
