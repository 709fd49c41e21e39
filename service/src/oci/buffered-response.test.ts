import { describe, expect, it } from "vitest";
import { BufferedResponse } from "./buffered-response.ts";

const response = (bytes: Uint8Array | null, status = 200) =>
  new BufferedResponse(bytes, status, "OK", new Headers({ "content-type": "application/json" }), "http://x/");

describe("BufferedResponse", () => {
  it("reads JSON and text as fetch's Response does, a leading BOM dropped", async () => {
    const body = Buffer.from('\uFEFF{"a":"ü"}');
    expect(await response(body).json()).toEqual({ a: "ü" });
    expect(await response(body).text()).toBe(await new Response(body).text());
    expect(response(body).ok).toBe(true);
    expect(response(body, 404).ok).toBe(false);
  });

  it("reads a body once; clone() before that gives a second reader", async () => {
    const r = response(Buffer.from("[1]"));
    const copy = r.clone();
    expect(await r.json()).toEqual([1]);
    expect(r.bodyUsed).toBe(true);
    await expect(r.text()).rejects.toThrow(TypeError);
    expect(() => r.clone()).toThrow(TypeError);
    expect(await copy.text()).toBe("[1]");
  });

  it("streams the exact bytes as `body`, and then counts as read", async () => {
    const bytes = Uint8Array.from([0, 255, 0xc3, 10, 0x1b]);
    const r = response(bytes);
    const read = Buffer.from(await new Response(r.body).arrayBuffer());
    expect([...read]).toEqual([...bytes]);
    expect(r.bodyUsed).toBe(true);
    await expect(r.bytes()).rejects.toThrow(TypeError);
  });

  it("has a null body for null bytes, and rejects statuses outside 200..599", async () => {
    expect(response(null, 204).body).toBeNull();
    expect(await response(null, 204).text()).toBe("");
    expect(() => response(null, 0)).toThrow(RangeError);
    expect(() => response(null, 600)).toThrow(RangeError);
  });
});
