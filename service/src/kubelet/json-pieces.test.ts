import { describe, expect, it } from "vitest";
import { jsonPieces } from "./json-pieces.ts";

const items = [
  { name: 'a "quoted" \\ name', n: 1.5, nested: { list: [1, null, "x"] }, gone: undefined },
  { name: "ünïcödé ✓ \u2028", n: -0, big: 1e21 },
  { time: new Date(Date.UTC(2026, 0, 1)) },
  undefined,
  "plain",
];

describe("jsonPieces", () => {
  it("writes exactly what JSON.stringify writes for the whole object", () => {
    const head = { kind: "PodList", apiVersion: "v1", metadata: {} };
    const text = [...jsonPieces(head, "items", items)].join("");
    expect(text).toBe(JSON.stringify({ ...head, items }));
  });

  it("serializes each item through toJson", () => {
    const text = [...jsonPieces({ node: { a: 1 } }, "pods", [1, 2, 3], (n) => ({ double: n * 2 }))].join("");
    expect(text).toBe('{"node":{"a":1},"pods":[{"double":2},{"double":4},{"double":6}]}');
  });

  it("writes an empty array and an empty head", () => {
    expect([...jsonPieces({}, "items", [])].join("")).toBe('{"items":[]}');
    expect([...jsonPieces({ a: "b" }, "items", [])].join("")).toBe('{"a":"b","items":[]}');
  });

  it("cuts pieces of at least pieceChars, serializing items only as pieces are read", () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ i, pad: "x".repeat(50) }));
    let serialized = 0;
    const pieces = jsonPieces({ k: 1 }, "items", many, (item) => (serialized++, item), 500);
    const first = pieces.next();
    expect(first.done).toBe(false);
    expect((first.value as string).length).toBeGreaterThanOrEqual(500);
    expect(serialized).toBeLessThan(20);
    const rest = [...pieces];
    expect(rest.length).toBeGreaterThan(5);
    expect(rest.slice(0, -1).every((p) => p.length >= 500)).toBe(true);
    expect([first.value, ...rest].join("")).toBe(JSON.stringify({ k: 1, items: many }));
    expect(serialized).toBe(100);
  });

  it("refuses a head that already has the array's key", () => {
    expect(() => [...jsonPieces({ items: [1] }, "items", [2])]).toThrow(/already has "items"/);
  });
});
