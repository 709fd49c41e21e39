import { describe, expect, it } from "vitest";
import { emitYaml, goEmpty, Tpl } from "./tpl.ts";

describe("concrete mode", () => {
  const tpl = new Tpl("concrete");

  it("follows Go's notion of empty in orDefault and truthy", () => {
    for (const empty of ["", 0, false, null, undefined, [], {}]) {
      expect(goEmpty(empty)).toBe(true);
      expect(tpl.orDefault(empty as unknown, "fallback")).toBe("fallback");
      expect(tpl.truthy(empty)).toBe(false);
    }
    expect(tpl.orDefault("x", "fallback")).toBe("x");
    expect(tpl.orDefault(0.5, 1)).toBe(0.5);
  });

  it("merges maps with the first argument winning", () => {
    expect(tpl.merge({ a: "high" }, { a: "low", b: "low" })).toEqual({ a: "high", b: "low" });
  });

  it("leaves out a false when without otherwise, and items drops it", () => {
    expect(tpl.when(false, 1)).toBeUndefined();
    expect(tpl.when(false, 1, 2)).toBe(2);
    expect(tpl.items(1, tpl.when(false, 2), 3)).toEqual([1, 3]);
  });

  it("emits plain YAML, quoting what YAML would misread", () => {
    const text = emitYaml(tpl, { a: "yes", b: "0.0.0.0:1", c: "plain/path", d: [], e: {}, f: [{ x: 1 }] });
    expect(text).toBe('a: "yes"\nb: "0.0.0.0:1"\nc: plain/path\nd: []\ne: {}\nf:\n  - x: 1');
  });

  it("refuses markers", () => {
    expect(() => tpl.ref("$.Values.x")).toThrow(/concrete mode/);
  });
});

describe("template mode", () => {
  it("renders a whole marker as toJson and a mixed string as print", () => {
    const tpl = new Tpl("template");
    const name = tpl.ref<string>("$.Release.Name");
    expect(emitYaml(tpl, { a: name, b: `${name}-x "q"` })).toBe(
      'a: {{ $.Release.Name | toJson }}\nb: {{ (print $.Release.Name "-x \\"q\\"") | toJson }}',
    );
  });

  it("translates operations into Helm functions", () => {
    const tpl = new Tpl("template");
    const tag = tpl.ref<string>("$.Values.tag");
    expect(tpl.goExpr(tpl.orDefault(tag, "1.0"))).toBe('(default "1.0" $.Values.tag)');
    expect(tpl.goExpr(tpl.eq(tag, "x"))).toBe('(eq $.Values.tag "x")');
    expect(tpl.goExpr(tpl.truthy(tag))).toBe("(not (empty $.Values.tag))");
    expect(tpl.goExpr({ k: tag, n: 1, l: ["a"] })).toBe('(dict "k" $.Values.tag "n" 1 "l" (list "a"))');
  });

  it("wraps conditional map entries and list items in if/else/end lines", () => {
    const tpl = new Tpl("template");
    const on = tpl.ref<boolean>("$.Values.on");
    const doc = { a: tpl.when(on, 1, 2), l: [tpl.when(on, { x: 1, y: 2 })], z: 3 };
    expect(emitYaml(tpl, doc)).toBe(
      [
        "{{- if $.Values.on }}",
        "a: 1",
        "{{- else }}",
        "a: 2",
        "{{- end }}",
        "l:",
        "  {{- if $.Values.on }}",
        "  - x: 1",
        '    "y": 2', // YAML 1.1 reads a bare y as true
        "  {{- end }}",
        "z: 3",
      ].join("\n"),
    );
  });

  it("embeds a document as a literal block", () => {
    const tpl = new Tpl("template");
    const v = tpl.ref<string>("$.Values.v");
    expect(emitYaml(tpl, { data: { "f.yaml": tpl.yamlText({ a: v }) } })).toBe(
      "data:\n  f.yaml: |\n    a: {{ $.Values.v | toJson }}",
    );
  });

  it("rejects templated map keys", () => {
    const tpl = new Tpl("template");
    expect(() => emitYaml(tpl, { [tpl.ref<string>("$.x")]: 1 })).toThrow(/map key/);
  });
});
