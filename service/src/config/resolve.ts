/**
 * Merges layers (later wins, field by field), checks every field, fills derived defaults, applies
 * the cross-field rules and builds the frozen `ProviderConfig`. All problems are reported at once.
 */
import { crossFieldProblems, crossFieldWarnings, type View } from "./consistency.ts";
import { ConfigError } from "./errors.ts";
import { FIELDS, NULLABLE_GROUPS, type Value } from "./schema.ts";
import { fromSuffix, type Layer, type Origin } from "./sources.ts";
import { API_VERSION, KIND, type ConfigProblem, type ProviderConfig } from "./types.ts";
import { checkValue } from "./values.ts";

/** Facts about this process that derived defaults use. */
export interface HostInfo {
  readonly hostname: string;
  readonly pid: number;
}

export interface Resolved {
  readonly config: ProviderConfig;
  /** Valid but suspicious settings, and unknown `OKEVN_*` variables. */
  readonly warnings: readonly ConfigProblem[];
  /** For every field path: `default`, `file`, `derived`, `OKEVN_…` or `--…`. */
  readonly origins: Readonly<Record<string, Origin>>;
}

type Lookup = (path: string) => Value | undefined;

/** Defaults computed from other fields or the host; each field here has `derived` in the table. */
export const DERIVATIONS: Readonly<Record<string, (get: Lookup, host: HostInfo) => string | undefined>> = {
  "leaderElection.leaseName": (get) => {
    const nodeName = get("nodeName");
    return typeof nodeName === "string" ? `${nodeName}-leader` : undefined;
  },
  "leaderElection.leaseNamespace": (get) => {
    const namespace = get("namespace");
    return typeof namespace === "string" ? namespace : undefined;
  },
  "leaderElection.identity": (_get, host) => `${host.hostname}_${host.pid}`,
};

export function resolve(
  layers: readonly Layer[],
  host: HostInfo,
  earlier: { readonly problems: readonly ConfigProblem[]; readonly warnings: readonly ConfigProblem[] },
): Resolved {
  const merged: Layer = new Map();
  for (const layer of layers) for (const [path, entry] of layer) merged.set(path, entry);

  const problems: ConfigProblem[] = [...earlier.problems];
  const values = new Map<string, Value>();
  const origins: Record<string, Origin> = {};
  const off = new Set(NULLABLE_GROUPS.filter((g) => merged.get(g.path)?.value === true).map((g) => g.path));
  const isOff = (path: string): boolean => [...off].some((group) => path.startsWith(`${group}.`));
  const alreadyReported = new Set(problems.map((p) => p.path));

  for (const field of FIELDS) {
    if (isOff(field.path)) continue;
    const entry = merged.get(field.path);
    if (entry?.value === undefined) {
      // A field whose only value was unparsable already has its problem.
      if (field.required && !alreadyReported.has(field.path)) {
        problems.push({
          path: field.path,
          message: `is required: set ${field.path} in the config file, --${field.flag} or ${field.env}`,
        });
      }
      continue;
    }
    origins[field.path] = entry.origin;
    const found = checkValue(field, entry.value);
    if (found.length > 0) {
      problems.push(...found.map((p) => ({ path: p.path, message: p.message + fromSuffix(entry.origin) })));
    } else {
      values.set(field.path, entry.value);
    }
  }

  for (const field of FIELDS) {
    const derive = DERIVATIONS[field.path];
    if (!derive || isOff(field.path) || merged.get(field.path)?.value !== undefined) continue;
    const value = derive((path) => values.get(path), host);
    if (value === undefined) continue;
    origins[field.path] = "derived";
    const found = checkValue(field, value);
    if (found.length > 0) {
      const hint = ` (derived as ${field.derived}; set ${field.path} to choose another)`;
      problems.push(...found.map((p) => ({ path: p.path, message: p.message + hint })));
    } else {
      values.set(field.path, value);
    }
  }

  const view: View = { get: (path) => values.get(path), origin: (path) => origins[path] };
  problems.push(...crossFieldProblems(view));
  if (problems.length > 0) throw new ConfigError(inTableOrder(problems));

  const config = build(values, off) as unknown as ProviderConfig;
  const warnings = [...earlier.warnings, ...crossFieldWarnings(view)];
  return { config: deepFreeze(config), warnings: Object.freeze(warnings), origins: Object.freeze(origins) };
}

/**
 * Problems about fields in the order of the field table, so related ones stand together; problems
 * about flags, files and unknown names first, as they were found.
 */
function inTableOrder(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const rank = (path: string): number => {
    const base = path.replace(/\[.*$/, "");
    return FIELDS.findIndex((f) => f.path === base || f.path.startsWith(`${base}.`));
  };
  return problems
    .map((problem, i) => ({ problem, i, rank: rank(problem.path) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.problem);
}

/** The nested object, in field-table order, optional fields present as `undefined`. */
function build(values: ReadonlyMap<string, Value>, off: ReadonlySet<string>): Record<string, unknown> {
  const root: Record<string, unknown> = { apiVersion: API_VERSION, kind: KIND };
  const set = (path: string, value: unknown): void => {
    const parts = path.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = value;
  };
  for (const field of FIELDS) {
    const group = [...off].find((g) => field.path.startsWith(`${g}.`));
    if (group) set(group, null);
    else set(field.path, copy(values.get(field.path)));
  }
  return root;
}

/** Lists and maps are copied so freezing never touches the caller's or the table's objects. */
function copy(value: Value | undefined): Value | undefined {
  if (Array.isArray(value)) return [...(value as readonly string[])];
  if (typeof value === "object") return Object.fromEntries(Object.entries(value));
  return value;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
