import { describe, expect, it } from "vitest";
import { BadRequest, parseBool, parseLogOptions } from "./params.ts";

const NOW = Date.parse("2026-01-01T00:00:00Z");
const parse = (query: string) => parseLogOptions(new URLSearchParams(query), NOW);

describe("parseLogOptions", () => {
  it("defaults to a plain snapshot", () => {
    expect(parse("")).toEqual({
      follow: false,
      previous: false,
      timestamps: false,
      tailLines: undefined,
      limitBytes: undefined,
      since: undefined,
    });
  });

  it("reads every option the apiserver forwards", () => {
    expect(parse("follow=true&previous=1&timestamps=t&tailLines=0&limitBytes=10&sinceSeconds=5")).toEqual({
      follow: true,
      previous: true,
      timestamps: true,
      tailLines: 0,
      limitBytes: 10,
      since: NOW - 5000,
    });
    expect(parse("sinceTime=2025-12-31T23:59:00Z").since).toBe(NOW - 60_000);
    expect(parse(`sinceTime=${encodeURIComponent("2025-12-31T23:59:00.5+01:00")}`).since).toBe(
      NOW - 60_000 - 3_600_000 + 500,
    );
    expect(parse("follow").follow).toBe(true);
  });

  it.each([
    ["tailLines=-1", /tailLines must be at least 0/],
    ["tailLines=abc", /tailLines must be an integer/],
    ["tailLines=1.5", /tailLines must be an integer/],
    ["limitBytes=0", /limitBytes must be at least 1/],
    ["limitBytes=99999999999999999999999", /limitBytes is too large/],
    ["sinceSeconds=0", /sinceSeconds must be at least 1/],
    ["sinceSeconds=5&sinceTime=2025-12-31T23:59:00Z", /at most one of sinceSeconds or sinceTime/],
    ["sinceTime=yesterday", /sinceTime must be an RFC 3339 time/],
    ["follow=maybe", /follow must be true or false/],
    ["stream=Both", /stream must be All, Stdout or Stderr/],
    ["tail=3", /unknown query parameter "tail"/],
    ["tailLines=1&tailLines=2", /tailLines given more than once/],
  ])("rejects %s", (query, message) => {
    expect(() => parse(query)).toThrow(BadRequest);
    expect(() => parse(query)).toThrow(message);
  });

  it("parses booleans like Go's strconv.ParseBool", () => {
    for (const v of ["1", "t", "T", "true", "TRUE", "True"]) expect(parseBool("x", v)).toBe(true);
    for (const v of ["0", "f", "F", "false", "FALSE", "False"]) expect(parseBool("x", v)).toBe(false);
    expect(parseBool("x", null)).toBe(false);
  });
});
