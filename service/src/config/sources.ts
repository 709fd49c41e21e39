/**
 * The layers a configuration is merged from, each flattened to field path → value: a file's
 * content, environment variables and command-line flags. Reading a layer never stops at the
 * first mistake; every problem is collected.
 */
import { parseArgs } from "node:util";
import {
  CONFIG_ENV,
  CONFIG_FLAG,
  ENV_PREFIX,
  FIELDS,
  FIELDS_BY_FLAG,
  FIELDS_BY_PATH,
  GROUP_CHILDREN,
  NULLABLE_BY_PATH,
  NULLABLE_GROUPS,
  type Field,
  type NullableGroup,
  type Value,
} from "./schema.ts";
import { didYouMean } from "./suggest.ts";
import { fromFile, fromText, show, type Parsed } from "./values.ts";
import { API_VERSION, KIND, type ConfigProblem } from "./types.ts";

/**
 * Where a value came from: `default`, `file`, `derived`, an environment variable (`OKEVN_…`) or a
 * flag (`--…`).
 */
export type Origin = string;

/**
 * One value of a layer. For a nullable group's own path (`node.taint`) the value is `true` when
 * the layer switches the group off and `false` when it switches it on.
 */
export interface Entry {
  readonly value: Value | undefined;
  readonly origin: Origin;
}

export type Layer = Map<string, Entry>;

export interface LayerResult {
  readonly layer: Layer;
  readonly problems: ConfigProblem[];
}

/** `(from --node-name)` after a message about a value given by a flag or variable. */
export function fromSuffix(origin: Origin): string {
  return origin.startsWith("--") || origin.startsWith(ENV_PREFIX) ? ` (from ${origin})` : "";
}

function record(layer: Layer, problems: ConfigProblem[], field: Field, parsed: Parsed, origin: Origin): void {
  if (parsed.ok) layer.set(field.path, { value: parsed.value, origin });
  else problems.push({ path: field.path, message: parsed.message + fromSuffix(origin) });
}

const isMapping = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === "object" && raw !== null && !Array.isArray(raw);

/**
 * A parsed configuration file. `apiVersion` and `kind` must name this API; `withHeader: false`
 * reads the same shape without them (test overrides).
 */
export function readDocument(doc: unknown, withHeader = true): LayerResult {
  const layer: Layer = new Map();
  const problems: ConfigProblem[] = [];
  if (!isMapping(doc)) {
    problems.push({
      path: "(root)",
      message: `must be a mapping with apiVersion: ${API_VERSION}, kind: ${KIND} and settings, got ${show(doc)}`,
    });
    return { layer, problems };
  }
  const { apiVersion, kind, ...rest } = doc;
  if (withHeader) {
    if (apiVersion === undefined) {
      problems.push({ path: "apiVersion", message: `is required: set it to ${API_VERSION}` });
    } else if (apiVersion !== API_VERSION) {
      problems.push({
        path: "apiVersion",
        message: `${show(apiVersion)} is not supported; this version of oke-virtual-nodes reads ${API_VERSION}`,
      });
    }
    if (kind === undefined) {
      problems.push({ path: "kind", message: `is required: set it to ${KIND}` });
    } else if (kind !== KIND) {
      problems.push({ path: "kind", message: `must be ${KIND}, got ${show(kind)}` });
    }
  }
  walk(withHeader ? rest : doc, "", layer, problems);
  return { layer, problems };
}

function walk(node: Record<string, unknown>, group: string, layer: Layer, problems: ConfigProblem[]): void {
  const children = GROUP_CHILDREN.get(group) ?? [];
  for (const [key, raw] of Object.entries(node)) {
    const path = group === "" ? key : `${group}.${key}`;
    if (!children.includes(key)) {
      const [first, ...rest] = key.split(".");
      const message = children.includes(first!)
        ? `unknown field: nest it as ${first}: {${rest.join(".")}: …} instead of a dotted key`
        : `unknown field${didYouMean(key, children)}`;
      problems.push({ path, message });
      continue;
    }
    const field = FIELDS_BY_PATH.get(path);
    if (field) {
      record(layer, problems, field, fromFile(field, raw), "file");
      continue;
    }
    const nullable = NULLABLE_BY_PATH.get(path);
    if (nullable && raw === null) {
      layer.set(path, { value: true, origin: "file" });
    } else if (isMapping(raw)) {
      if (nullable) layer.set(path, { value: false, origin: "file" });
      walk(raw, path, layer, problems);
    } else {
      const orNull = nullable ? " or null to turn it off" : "";
      problems.push({ path, message: `must be a mapping${orNull}, got ${show(raw)}` });
    }
  }
}

/** Flags and variables that set fields of a group switched off by the same layer are a conflict. */
function settleNullableGroups(layer: Layer, problems: ConfigProblem[]): void {
  for (const group of NULLABLE_GROUPS) {
    const setters = [...layer].filter(([path]) => path.startsWith(`${group.path}.`));
    if (setters.length === 0) continue;
    const off = layer.get(group.path);
    if (off?.value === true) {
      problems.push({
        path: group.path,
        message: `${off.origin} turns it off but ${setters.map(([, e]) => e.origin).join(", ")} set${setters.length === 1 ? "s" : ""} it`,
      });
    } else if (off === undefined) {
      layer.set(group.path, { value: false, origin: setters[0]![1].origin });
    }
  }
}

const booleanSwitch = (group: NullableGroup, text: string): Parsed =>
  fromText({ path: group.path, type: "boolean", description: "", flag: group.flag, env: group.env }, text);

function setSwitch(
  layer: Layer,
  problems: ConfigProblem[],
  group: NullableGroup,
  text: string,
  origin: Origin,
): void {
  const parsed = booleanSwitch(group, text);
  if (parsed.ok) layer.set(group.path, { value: parsed.value, origin });
  else problems.push({ path: group.path, message: parsed.message + fromSuffix(origin) });
}

export interface EnvResult extends LayerResult {
  readonly configPath: string | undefined;
  readonly warnings: ConfigProblem[];
}

/** `OKEVN_*` variables of the repository's own tooling, not settings of the provider. */
const TOOLING_VARIABLES = ["OKEVN_CACHE_DIR", "OKEVN_SANDBOX_DIR"];

/** `OKEVN_*` environment variables. Unknown `OKEVN_*` names are warnings, not errors. */
export function readEnv(env: NodeJS.ProcessEnv): EnvResult {
  const layer: Layer = new Map();
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  const known = new Set<string>([CONFIG_ENV]);
  const ignored = new Set(TOOLING_VARIABLES);
  for (const field of FIELDS) {
    known.add(field.env);
    const text = env[field.env];
    if (text !== undefined) record(layer, problems, field, fromText(field, text), field.env);
  }
  for (const group of NULLABLE_GROUPS) {
    known.add(group.env);
    const text = env[group.env];
    if (text !== undefined) setSwitch(layer, problems, group, text, group.env);
  }
  for (const name of Object.keys(env)) {
    if (name.startsWith(ENV_PREFIX) && !known.has(name) && !ignored.has(name)) {
      warnings.push({
        path: name,
        message: `unknown environment variable, ignored${didYouMean(name, known, (m) => m)}`,
      });
    }
  }
  settleNullableGroups(layer, problems);
  const configPath = env[CONFIG_ENV] === "" ? undefined : env[CONFIG_ENV];
  return { layer, problems, warnings, configPath };
}

export interface ArgsResult extends LayerResult {
  readonly help: boolean;
  readonly configPath: string | undefined;
}

const FLAG_SWITCHES = new Map(NULLABLE_GROUPS.map((g) => [g.flag, g]));

/**
 * Command-line flags (`process.argv.slice(2)`): `--name value`, `--name=value`; a boolean flag
 * alone means true (`--name=false` to turn it off). A repeated flag: the last one wins.
 * `node:util` parseArgs splits the arguments; which flags exist, which take a value and what
 * a mistake means come from the field table, so every mistake is collected, not only the first.
 */
export function readArgs(argv: readonly string[]): ArgsResult {
  const layer: Layer = new Map();
  const problems: ConfigProblem[] = [];
  let help = false;
  let configPath: string | undefined;
  // A boolean flag given without "=", so that a following "false" is explained.
  let bareSwitch: string | undefined;
  const allFlags = [CONFIG_FLAG, "help", ...FIELDS_BY_FLAG.keys(), ...FLAG_SWITCHES.keys()];
  // Only --help is declared: every other flag comes back as a token without a value of its own,
  // and a separate value (`--name value`) is taken here, from the argument after it.
  const { tokens } = parseArgs({
    args: [...argv],
    options: { help: { type: "boolean", short: "h" } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const taken = new Set<number>();
  for (const token of tokens) {
    if (taken.has(token.index)) continue;
    if (token.kind === "option" && token.name === "help") {
      help = true;
      continue;
    }
    const previousSwitch = bareSwitch;
    bareSwitch = undefined;
    if (token.kind !== "option" || !token.rawName.startsWith("--")) {
      const arg = argv[token.index]!;
      taken.add(token.index); // the other letters of `-abc`
      const hint =
        previousSwitch && /^(true|false)$/i.test(arg)
          ? `boolean flags take their value after "=": --${previousSwitch}=${arg}`
          : "settings are given as --flag value or --flag=value";
      problems.push({ path: arg, message: `unexpected argument: ${hint}` });
      continue;
    }
    const name = token.name;
    let value = token.inlineValue ? token.value : undefined;
    const next = argv[token.index + 1];
    const field = FIELDS_BY_FLAG.get(name);
    const group = FLAG_SWITCHES.get(name);
    if (!field && !group && name !== CONFIG_FLAG) {
      problems.push({
        path: `--${name}`,
        message: `unknown flag${didYouMean(name, allFlags, (m) => `--${m}`)}`,
      });
      // Its value, if any, is not a stray argument of its own.
      if (value === undefined && next !== undefined && !next.startsWith("-")) taken.add(token.index + 1);
      continue;
    }
    const isSwitch = group !== undefined || field?.type === "boolean";
    if (value === undefined && !isSwitch) {
      if (next === undefined || next.startsWith("--")) {
        problems.push({ path: `--${name}`, message: "needs a value: --flag value or --flag=value" });
        continue;
      }
      value = next;
      taken.add(token.index + 1);
    }
    if (isSwitch && value === undefined) bareSwitch = name;
    const text = value ?? "true";
    if (name === CONFIG_FLAG && text === "") {
      problems.push({ path: `--${name}`, message: "needs a value: --flag value or --flag=value" });
    } else if (name === CONFIG_FLAG) configPath = text;
    else if (group) setSwitch(layer, problems, group, text, `--${name}`);
    else if (field) record(layer, problems, field, fromText(field, text), `--${name}`);
  }
  settleNullableGroups(layer, problems);
  return { layer, problems, help, configPath };
}

/** The field table's static defaults as the lowest layer. */
export function defaultsLayer(): Layer {
  const layer: Layer = new Map();
  for (const field of FIELDS) {
    if (field.default !== undefined) layer.set(field.path, { value: field.default, origin: "default" });
  }
  return layer;
}
