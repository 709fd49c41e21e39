/**
 * Settings renamed after release. Their old names are still read, as file keys, flags and
 * environment variables, each time with a warning naming the new one; when both names are
 * given, the new one wins. Renames happen before the layers are read, so everything after
 * (validation, --help, docs) knows only the new names.
 */
import { ENV_PREFIX, FIELDS, FIELDS_BY_FLAG, envName, flagName } from "./schema.ts";
import type { ConfigProblem } from "./types.ts";

export interface Rename {
  /** The old dotted path of a group, e.g. `queues.deletion`. */
  readonly from: string;
  readonly to: string;
  /** Why, in a few words, for the warning. */
  readonly why: string;
}

export const RENAMES: readonly Rename[] = [
  {
    from: "queues.deletion",
    to: "queues.orphans",
    why: "the queue deletes instances whose pod object is gone",
  },
];

export interface Renamed<T> {
  readonly value: T;
  readonly warnings: ConfigProblem[];
}

const warning = (old: string, current: string, rename: Rename, ignored: boolean): ConfigProblem => ({
  path: old,
  message: ignored
    ? `is the old name of ${current} (${rename.why}); ignored because ${current} is set too`
    : `is deprecated: read as ${current} (${rename.why}); rename it`,
});

const isMapping = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === "object" && raw !== null && !Array.isArray(raw);

/** A parsed configuration file with old group keys moved to their new place (a copy). */
export function renameInDocument(doc: unknown): Renamed<unknown> {
  const warnings: ConfigProblem[] = [];
  if (!isMapping(doc)) return { value: doc, warnings };
  let out: Record<string, unknown> = doc;
  for (const rename of RENAMES) {
    const [parent, oldKey] = splitLast(rename.from);
    const [, newKey] = splitLast(rename.to);
    const holder = parent === "" ? out : lookup(out, parent);
    if (!isMapping(holder) || !(oldKey in holder)) continue;
    out = structuredClone(out);
    const copy = (parent === "" ? out : lookup(out, parent)) as Record<string, unknown>;
    const ignored = newKey in copy;
    if (!ignored) copy[newKey] = copy[oldKey];
    delete copy[oldKey];
    warnings.push(warning(rename.from, rename.to, rename, ignored));
  }
  return { value: out, warnings };
}

function splitLast(path: string): [string, string] {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? ["", path] : [path.slice(0, dot), path.slice(dot + 1)];
}

function lookup(doc: Record<string, unknown>, path: string): unknown {
  let node: unknown = doc;
  for (const key of path.split(".")) node = isMapping(node) ? node[key] : undefined;
  return node;
}

/** The new flag name for an old one, if `name` (without `--`) is an old name of a known field. */
function renamedFlag(name: string): { current: string; rename: Rename } | undefined {
  for (const rename of RENAMES) {
    const oldPrefix = `${flagName(rename.from)}-`;
    if (!name.startsWith(oldPrefix)) continue;
    const current = `${flagName(rename.to)}-${name.slice(oldPrefix.length)}`;
    if (FIELDS_BY_FLAG.has(current)) return { current, rename };
  }
  return undefined;
}

/** Command-line flags with old names replaced by the new ones. */
export function renameArgs(argv: readonly string[]): Renamed<string[]> {
  const warnings: ConfigProblem[] = [];
  const flagOf = (arg: string): string => arg.slice(2).split("=")[0]!;
  const given = new Set(argv.filter((a) => a.startsWith("--")).map(flagOf));
  const value: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = flagOf(arg);
    const renamed = arg.startsWith("--") ? renamedFlag(name) : undefined;
    if (!renamed) {
      value.push(arg);
      continue;
    }
    const ignored = given.has(renamed.current);
    warnings.push(warning(`--${name}`, `--${renamed.current}`, renamed.rename, ignored));
    if (!ignored) value.push(`--${renamed.current}${arg.slice(2 + name.length)}`);
    // An ignored flag's separate value goes with it.
    else if (!arg.includes("=") && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) i++;
  }
  return { value, warnings };
}

const KNOWN_ENV = new Set(FIELDS.map((f) => f.env));

/** `OKEVN_*` variables with old names replaced by the new ones (a copy). */
export function renameEnv(env: NodeJS.ProcessEnv): Renamed<NodeJS.ProcessEnv> {
  const warnings: ConfigProblem[] = [];
  let out = env;
  for (const rename of RENAMES) {
    const oldPrefix = `${envName(flagName(rename.from))}_`;
    const newPrefix = `${envName(flagName(rename.to))}_`;
    for (const name of Object.keys(env)) {
      if (!name.startsWith(oldPrefix) || !name.startsWith(ENV_PREFIX)) continue;
      const current = newPrefix + name.slice(oldPrefix.length);
      if (!KNOWN_ENV.has(current)) continue;
      if (out === env) out = { ...env };
      const ignored = env[current] !== undefined;
      if (!ignored) out[current] = env[name];
      delete out[name];
      warnings.push(warning(name, current, rename, ignored));
    }
  }
  return { value: out, warnings };
}
