/**
 * Kubernetes `$(VAR)` expansion, as applied to env values, command, args and subPathExpr.
 *
 * - `$(NAME)` becomes the variable's value when `lookup` knows it, and stays `$(NAME)` verbatim otherwise.
 * - `$$` is an escaped `$`: `$$(NAME)` yields the literal text `$(NAME)`.
 * - A `$` followed by anything else, a `$(` without a closing `)`, and a trailing `$` are kept as written.
 */
export function expand(input: string, lookup: (name: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < input.length) {
    const dollar = input.indexOf("$", i);
    if (dollar < 0 || dollar === input.length - 1) break;
    out += input.slice(i, dollar);
    const next = input[dollar + 1];
    if (next === "$") {
      out += "$";
      i = dollar + 2;
    } else if (next === "(") {
      const close = input.indexOf(")", dollar + 2);
      if (close < 0) {
        out += "$(";
        i = dollar + 2;
      } else {
        const name = input.slice(dollar + 2, close);
        out += lookup(name) ?? `$(${name})`;
        i = close + 1;
      }
    } else {
      out += "$" + next;
      i = dollar + 2;
    }
  }
  return out + input.slice(i);
}

/** Looks a name up in several maps, first match wins. */
export function lookupIn(
  ...maps: ReadonlyArray<ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined>
): (name: string) => string | undefined {
  return (name) => {
    for (const map of maps) {
      if (map === undefined) continue;
      const value = isMap(map) ? map.get(name) : Object.hasOwn(map, name) ? map[name] : undefined;
      if (value !== undefined) return value;
    }
    return undefined;
  };
}

function isMap(value: unknown): value is ReadonlyMap<string, string> {
  return value instanceof Map;
}
