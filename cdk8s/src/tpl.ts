/**
 * Construct-level templating: one code path renders both the concrete manifests (what the cdk8s app
 * synthesizes for given values) and the Helm templates (what the chart ships).
 *
 * In `concrete` mode every operation here computes a plain value. In `template` mode the inputs are
 * *markers*: opaque strings standing for Go template expressions such as `$.Values.replicas`. Markers
 * pass through cdk8s untouched (they are strings); operations on them produce new markers, and
 * {@link emitYaml} turns every marker into `{{ EXPR | toJson }}` and every conditional into
 * `{{- if }}` … `{{- end }}` lines. The golden-rule test renders the chart with Helm and compares it
 * with the concrete synthesis, so each operation's Go translation must mean what its TypeScript does.
 */

/** Marker delimiter: a control character that never appears in real values. */
const SEP = "\u001d";
const MARKER_RE = new RegExp(`${SEP}(\\d+)${SEP}`, "g");
const WHOLE_MARKER_RE = new RegExp(`^${SEP}(\\d+)${SEP}$`);

export type Mode = "concrete" | "template";

/** A conditional value: `then` when `cond` holds, else `otherwise` (absent: the key or item is left out). */
interface Branch {
  readonly kind: "branch";
  readonly cond: string;
  readonly then: unknown;
  readonly otherwise: unknown;
}

/** A Go expression standing for a value. */
interface Expression {
  readonly kind: "expr";
  readonly expr: string;
}

/** A string that is the YAML text of a document with markers (a ConfigMap file, say). */
interface Embedded {
  readonly kind: "embedded";
  readonly doc: unknown;
}

type Entry = Branch | Expression | Embedded;

/**
 * The templating context. One per synthesis: markers are indexes into its table, so a marker made
 * by one context means nothing to another.
 */
export class Tpl {
  readonly mode: Mode;
  readonly #entries: Entry[] = [];

  constructor(mode: Mode) {
    this.mode = mode;
  }

  get templating(): boolean {
    return this.mode === "template";
  }

  /** A marker for the Go expression `expr`, e.g. `$.Values.image.repository`. Template mode only. */
  ref<T>(expr: string): T {
    if (!this.templating) throw new Error(`ref(${expr}) in concrete mode`);
    return this.#mark({ kind: "expr", expr }) as T;
  }

  /** Whether `value` is or contains a marker. */
  isSymbolic(value: unknown): boolean {
    if (typeof value === "string") return value.includes(SEP);
    if (Array.isArray(value)) return value.some((v) => this.isSymbolic(v));
    if (value !== null && typeof value === "object")
      return Object.values(value).some((v) => this.isSymbolic(v));
    return false;
  }

  /** `value` unless it is empty in Go's sense (`""`, 0, false, null, `[]`, `{}`), then `fallback` (Helm `default`). */
  orDefault<T>(value: T | undefined, fallback: T): T {
    if (this.isSymbolic(value) || this.isSymbolic(fallback)) {
      return this.#mark({
        kind: "expr",
        expr: `(default ${this.goExpr(fallback)} ${this.goExpr(value)})`,
      }) as T;
    }
    return goEmpty(value) ? fallback : (value as T);
  }

  /**
   * An integer computed from integer operands: `js` in concrete mode; in template mode, when an
   * operand is symbolic, the Go expression `go` builds from the operands' expressions (sprig's
   * `add`, `mul`, `div` and `max` work on int64, as `js` must: use Math.floor for division).
   */
  calc(operands: readonly number[], js: (...n: number[]) => number, go: (...e: string[]) => string): number {
    if (operands.some((o) => this.isSymbolic(o))) {
      return this.#mark({
        kind: "expr",
        expr: go(...operands.map((o) => this.goExpr(o))),
      }) as unknown as number;
    }
    return js(...operands);
  }

  /** String equality (Helm `eq`). */
  eq(a: string, b: string): boolean {
    if (this.isSymbolic(a) || this.isSymbolic(b)) {
      return this.#mark({
        kind: "expr",
        expr: `(eq ${this.goExpr(a)} ${this.goExpr(b)})`,
      }) as unknown as boolean;
    }
    return a === b;
  }

  /** Whether `value` is non-empty in Go's sense (Helm `not (empty x)`). */
  truthy(value: unknown): boolean {
    if (this.isSymbolic(value)) {
      return this.#mark({ kind: "expr", expr: `(not (empty ${this.goExpr(value)}))` }) as unknown as boolean;
    }
    return !goEmpty(value);
  }

  /** Both hold (Helm `and`). */
  and(a: boolean, b: boolean): boolean {
    if (this.isSymbolic(a) || this.isSymbolic(b)) {
      return this.#mark({
        kind: "expr",
        expr: `(and ${this.goExpr(a)} ${this.goExpr(b)})`,
      }) as unknown as boolean;
    }
    return a && b;
  }

  /** A string map with `high`'s entries over `low`'s (Helm `merge (dict) high low`). */
  merge(
    high: Readonly<Record<string, string>>,
    low: Readonly<Record<string, string>>,
  ): Record<string, string> {
    if (this.isSymbolic(high) || this.isSymbolic(low)) {
      const expr = `(merge (dict) (default (dict) ${this.goExpr(high)}) (default (dict) ${this.goExpr(low)}))`;
      return this.#mark({ kind: "expr", expr }) as unknown as Record<string, string>;
    }
    return { ...low, ...high };
  }

  /**
   * `then` when `cond` holds, else `otherwise`; with `otherwise` undefined the map key or list item
   * holding the result is left out. In template mode a symbolic condition becomes `{{- if }}` lines.
   */
  when<T, U = undefined>(cond: boolean, then: T, otherwise?: U): T | U {
    if (this.isSymbolic(cond)) {
      return this.#mark({ kind: "branch", cond: this.goExpr(cond), then, otherwise }) as T;
    }
    return cond ? then : (otherwise as U);
  }

  /** The YAML text of `doc`, as a string value (a file in a ConfigMap). */
  yamlText(doc: unknown): string {
    if (this.isSymbolic(doc)) return this.#mark({ kind: "embedded", doc });
    return `${emitYaml(this, doc)}\n`;
  }

  /** The items that are not left out (a concrete `when` without `otherwise` yields undefined). */
  items<T>(...items: readonly (T | undefined)[]): T[] {
    return items.filter((item): item is T => item !== undefined);
  }

  /** The Go template expression of a value: a marker's expression, or a literal. */
  goExpr(value: unknown): string {
    if (typeof value === "string") {
      const whole = WHOLE_MARKER_RE.exec(value);
      if (whole) return this.#expressionOf(Number(whole[1]));
      if (!value.includes(SEP)) return JSON.stringify(value);
      const parts: string[] = [];
      let last = 0;
      for (const m of value.matchAll(MARKER_RE)) {
        if (m.index > last) parts.push(JSON.stringify(value.slice(last, m.index)));
        parts.push(this.#expressionOf(Number(m[1])));
        last = m.index + m[0].length;
      }
      if (last < value.length) parts.push(JSON.stringify(value.slice(last)));
      return `(print ${parts.join(" ")})`;
    }
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (value === null || value === undefined) return "nil";
    if (Array.isArray(value))
      return `(list ${value.map((v) => this.goExpr(v)).join(" ")})`.replace(" )", ")");
    if (typeof value === "object") {
      const pairs = Object.entries(value).flatMap(([k, v]) => [JSON.stringify(k), this.goExpr(v)]);
      return pairs.length === 0 ? "(dict)" : `(dict ${pairs.join(" ")})`;
    }
    throw new Error(`cannot express ${typeof value} in a template`);
  }

  /** @internal The entry a whole-marker string stands for, if it is one. */
  entryOf(value: unknown): Entry | undefined {
    if (typeof value !== "string") return undefined;
    const whole = WHOLE_MARKER_RE.exec(value);
    return whole ? this.#entries[Number(whole[1])] : undefined;
  }

  #expressionOf(index: number): string {
    const entry = this.#entries[index];
    if (entry?.kind !== "expr") throw new Error("a conditional or embedded value used inside an expression");
    return entry.expr;
  }

  #mark(entry: Entry): string {
    this.#entries.push(entry);
    return `${SEP}${this.#entries.length - 1}${SEP}`;
  }
}

/** Go templates' notion of empty, which Helm's `default`, `empty` and `if` use. */
export function goEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const YAML_WORDS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;

function scalar(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  return PLAIN.test(value) && !YAML_WORDS.test(value) ? value : JSON.stringify(value);
}

/**
 * YAML text of a JSON-like document. Markers become `{{ EXPR | toJson }}` (JSON is YAML, so every
 * type renders correctly inline), branches become `{{- if }}`/`{{- else }}`/`{{- end }}` lines and
 * embedded documents become literal block scalars. Without markers the result is plain YAML.
 */
export function emitYaml(tpl: Tpl, doc: unknown, indent = 0): string {
  return lines(tpl, doc, indent).join("\n");
}

function inline(tpl: Tpl, value: unknown): string | undefined {
  if (typeof value === "string") {
    if (tpl.entryOf(value)?.kind === "branch" || tpl.entryOf(value)?.kind === "embedded") return undefined;
    return value.includes(SEP) ? `{{ ${tpl.goExpr(value)} | toJson }}` : scalar(value);
  }
  if (typeof value === "number" || typeof value === "boolean") return scalar(value);
  if (value === null) return "null";
  if (Array.isArray(value) && value.length === 0) return "[]";
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return "{}";
  return undefined;
}

function lines(tpl: Tpl, doc: unknown, indent: number): string[] {
  const pad = " ".repeat(indent);
  const one = inline(tpl, doc);
  if (one !== undefined) return [pad + one];
  if (Array.isArray(doc)) return doc.flatMap((item) => itemLines(tpl, item, indent));
  if (typeof doc === "object" && doc !== null) {
    return Object.entries(doc).flatMap(([key, value]) => entryLines(tpl, key, value, indent));
  }
  throw new Error(`cannot emit ${typeof doc}`);
}

function control(pad: string, text: string): string {
  return `${pad}{{- ${text} }}`;
}

function branchLines(
  tpl: Tpl,
  branch: Branch,
  indent: number,
  render: (value: unknown) => string[],
): string[] {
  const pad = " ".repeat(indent);
  const out = [control(pad, `if ${branch.cond}`), ...render(branch.then)];
  if (branch.otherwise !== undefined) out.push(control(pad, "else"), ...render(branch.otherwise));
  out.push(control(pad, "end"));
  return out;
}

function entryLines(tpl: Tpl, key: string, value: unknown, indent: number): string[] {
  if (key.includes(SEP)) throw new Error(`a map key cannot be templated: ${JSON.stringify(key)}`);
  if (value === undefined) return [];
  const pad = " ".repeat(indent);
  const k = scalar(key);
  const entry = tpl.entryOf(value);
  if (entry?.kind === "branch") {
    return branchLines(tpl, entry, indent, (v) => entryLines(tpl, key, v, indent));
  }
  if (entry?.kind === "embedded") {
    return [`${pad}${k}: |`, ...lines(tpl, entry.doc, indent + 2)];
  }
  const one = inline(tpl, value);
  if (one !== undefined) return [`${pad}${k}: ${one}`];
  if (typeof value === "string") throw new Error("unreachable");
  return [`${pad}${k}:`, ...lines(tpl, value, indent + 2)];
}

function itemLines(tpl: Tpl, item: unknown, indent: number): string[] {
  if (item === undefined) return [];
  const pad = " ".repeat(indent);
  const entry = tpl.entryOf(item);
  if (entry?.kind === "branch") return branchLines(tpl, entry, indent, (v) => itemLines(tpl, v, indent));
  const one = inline(tpl, item);
  if (one !== undefined) return [`${pad}- ${one}`];
  const body = lines(tpl, item, indent + 2);
  const first = body[0] ?? "";
  // A body starting with a control line cannot share the dash's line.
  if (first.trimStart().startsWith("{{-")) return [`${pad}-`, ...body];
  return [`${pad}- ${first.slice(indent + 2)}`, ...body.slice(1)];
}
