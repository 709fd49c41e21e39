import { describe, expect, it } from "vitest";
import { MAX_RETRY_TOKEN_LENGTH, retryToken } from "./retry-token.ts";

const UID = "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f";

describe("retryToken", () => {
  it("is deterministic per pod UID and attempt", () => {
    expect(retryToken(UID)).toBe(`okevn-${UID}-0`);
    expect(retryToken(UID, 0)).toBe(retryToken(UID));
    expect(retryToken(UID, 3)).toBe(`okevn-${UID}-3`);
    expect(retryToken(UID, 1)).not.toBe(retryToken(UID, 2));
  });

  it("stays within OCI's 64 characters", () => {
    expect(retryToken(UID, Number.MAX_SAFE_INTEGER).length).toBeLessThanOrEqual(MAX_RETRY_TOKEN_LENGTH);
    const long = retryToken("x".repeat(300), 7);
    expect(long).toMatch(/^okevn-[0-9a-f]{58}$/);
    expect(retryToken("x".repeat(300), 8)).not.toBe(long);
  });

  it("hashes UIDs with unexpected characters", () => {
    expect(retryToken("a/b c", 0)).toMatch(/^okevn-[0-9a-f]{58}$/);
  });

  it("refuses bad arguments", () => {
    expect(() => retryToken(UID, -1)).toThrow(RangeError);
    expect(() => retryToken(UID, 1.5)).toThrow(RangeError);
    expect(() => retryToken("", 0)).toThrow(RangeError);
  });
});
