/**
 * Typing and checking of single field values: from a file (JSON/YAML types), from a flag or an
 * environment variable (text), and the constraints of the field table.
 */
import { didYouMean } from "./suggest.ts";
import { quantity } from "./rules.ts";
import type { Field, Value } from "./schema.ts";
import type { ConfigProblem } from "./types.ts";

export type Parsed =
  { readonly ok: true; readonly value: Value | undefined } | { readonly ok: false; readonly message: string };

const ok = (value: Value | undefined): Parsed => ({ ok: true, value });
const fail = (message: string): Parsed => ({ ok: false, message });

/** What a field's values look like, for "must be …" messages. */
export function expected(field: Field): string {
  switch (field.type) {
    case "string":
      return "a string";
    case "integer":
      return "an integer";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "quantity":
      return 'a quantity such as "4Ti"';
    case "enum":
      return `one of ${(field.values ?? []).join(", ")}`;
    case "list":
      return "a list of strings";
    case "map":
      return "a mapping of string keys to string values";
  }
}

/** Shows a raw value in a message, shortened. */
export function show(raw: unknown): string {
  if (raw === null) return "null";
  if (Array.isArray(raw)) return "a list";
  if (typeof raw === "object") return "a mapping";
  if (typeof raw === "string") {
    const text = raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
    return JSON.stringify(text);
  }
  return String(raw);
}

const isPlainObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === "object" && raw !== null && !Array.isArray(raw);

/** A value from a configuration file. `null` unsets an optional field. */
export function fromFile(field: Field, raw: unknown): Parsed {
  if (raw === null) {
    if (field.default === undefined) return ok(undefined);
    return fail(`must be ${expected(field)}, got null (leave the field out to use the default)`);
  }
  const wrongType = (hint = ""): Parsed =>
    fail(
      `must be ${expected(field)}, got ${typeof raw === "string" ? "the string " : ""}${show(raw)}${hint}`,
    );
  switch (field.type) {
    case "string":
    case "enum":
      return typeof raw === "string" ? ok(raw) : wrongType(typeof raw === "number" ? " (quote it)" : "");
    case "quantity":
      return typeof raw === "string" ? ok(raw) : typeof raw === "number" ? ok(String(raw)) : wrongType();
    case "integer":
      return typeof raw === "number" && Number.isInteger(raw) ? ok(raw) : wrongType();
    case "number":
      return typeof raw === "number" && Number.isFinite(raw) ? ok(raw) : wrongType();
    case "boolean":
      return typeof raw === "boolean" ? ok(raw) : wrongType();
    case "list":
      if (!Array.isArray(raw)) return wrongType();
      for (const [i, item] of raw.entries()) {
        if (typeof item !== "string") return fail(`must be ${expected(field)}; item ${i} is ${show(item)}`);
      }
      return ok([...(raw as string[])]);
    case "map": {
      if (!isPlainObject(raw)) return wrongType();
      for (const [key, item] of Object.entries(raw)) {
        if (typeof item !== "string") {
          return fail(
            `must be ${expected(field)}; the value of ${JSON.stringify(key)} is ${show(item)} (quote it)`,
          );
        }
      }
      return ok(Object.fromEntries(Object.entries(raw as Record<string, string>)));
    }
  }
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A value from a flag or an environment variable. Lists are comma-separated, maps are
 * `key=value` pairs separated by commas; an empty text unsets an optional field.
 */
export function fromText(field: Field, text: string): Parsed {
  const wrong = (): Parsed => fail(`must be ${expected(field)}, got ${show(text)}`);
  switch (field.type) {
    case "string":
    case "enum":
    case "quantity":
      return text === "" && field.default === undefined && !field.required ? ok(undefined) : ok(text);
    case "integer":
      return INTEGER.test(text.trim()) ? ok(Number(text)) : wrong();
    case "number":
      return NUMBER.test(text.trim()) ? ok(Number(text)) : wrong();
    case "boolean": {
      const lower = text.trim().toLowerCase();
      return lower === "true" ? ok(true) : lower === "false" ? ok(false) : wrong();
    }
    case "list":
      return ok(text.trim() === "" ? [] : text.split(",").map((s) => s.trim()));
    case "map": {
      const entries: [string, string][] = [];
      for (const pair of text.trim() === "" ? [] : text.split(",")) {
        const eq = pair.indexOf("=");
        if (eq < 0) return fail(`must be key=value pairs separated by commas, got ${show(text)}`);
        entries.push([pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()]);
      }
      return ok(Object.fromEntries(entries));
    }
  }
}

/** The field table's constraints on a well-typed value; paths point into lists and maps. */
export function checkValue(field: Field, value: Value): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (path: string, message: string | undefined, raw: unknown): void => {
    if (message !== undefined) problems.push({ path, message: `${message}, got ${show(raw)}` });
  };
  switch (field.type) {
    case "integer":
    case "number":
      add(field.path, rangeMessage(field, value as number), value);
      break;
    case "enum": {
      const values = field.values ?? [];
      if (!values.includes(value as string)) {
        problems.push({
          path: field.path,
          message: `must be ${expected(field)}, got ${show(value)}${didYouMean(value as string, values)}`,
        });
      }
      break;
    }
    case "quantity":
      add(field.path, quantity(value as string), value);
      break;
    case "string":
      add(field.path, field.check?.(value as string), value);
      break;
    case "list":
      if (field.maxItems !== undefined && (value as readonly string[]).length > field.maxItems) {
        problems.push({
          path: field.path,
          message: `must have at most ${field.maxItems} items, got ${(value as readonly string[]).length}`,
        });
      }
      (value as readonly string[]).forEach((item, i) =>
        add(`${field.path}[${i}]`, field.check?.(item), item),
      );
      break;
    case "map":
      for (const [key, item] of Object.entries(value as Record<string, string>)) {
        const keyMessage = field.checkKey?.(key);
        if (keyMessage !== undefined) {
          problems.push({ path: field.path, message: `key ${show(key)} ${keyMessage}` });
        }
        add(`${field.path}[${JSON.stringify(key)}]`, field.check?.(item), item);
      }
      break;
    case "boolean":
      break;
  }
  return problems;
}

function rangeMessage(field: Field, n: number): string | undefined {
  const kind = field.type === "integer" ? "an integer" : "a number";
  const { min, max, exclusiveMin } = field;
  const belowMin = min !== undefined && (exclusiveMin ? n <= min : n < min);
  const aboveMax = max !== undefined && n > max;
  if (!belowMin && !aboveMax) return undefined;
  if (exclusiveMin) return `must be ${kind} greater than ${min} and at most ${max}`;
  return `must be ${kind} from ${min} to ${max}`;
}
