import { describe, expect, it } from "vitest";
import { expand, lookupIn } from "./expansion.ts";

const vars = lookupIn(
  new Map([
    ["A", "alpha"],
    ["B", "beta"],
    ["EMPTY", ""],
    ["DOLLAR", "$(A)"],
  ]),
);

describe("$(VAR) expansion", () => {
  it.each([
    ["$(A)", "alpha"],
    ["x$(A)y$(B)z", "xalphaybetaz"],
    ["$(EMPTY)", ""],
    ["$(MISSING)", "$(MISSING)"],
    ["$$(A)", "$(A)"],
    ["$$$(A)", "$alpha"],
    ["$$$$", "$$"],
    ["$$", "$"],
    ["$", "$"],
    ["a$", "a$"],
    ["$A", "$A"],
    ["${A}", "${A}"],
    ["$(A", "$(A"],
    ["$(A$(B)", "$(A$(B)"],
    ["$()", "$()"],
    ["$((A))", "$((A))"],
    ["$(A))", "alpha)"],
    ["no vars", "no vars"],
    ["", ""],
    ["$(DOLLAR)", "$(A)"], // values are not expanded again
    ["héllo $(A) ☃", "héllo alpha ☃"],
  ])("%j → %j", (input, expected) => {
    expect(expand(input, vars)).toBe(expected);
  });

  it("looks names up in order, first map wins", () => {
    const lookup = lookupIn(new Map([["X", "first"]]), { X: "second", Y: "record" }, undefined);
    expect(expand("$(X) $(Y) $(toString)", lookup)).toBe("first record $(toString)");
  });
});
