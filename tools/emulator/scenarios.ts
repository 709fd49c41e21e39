// Behaviour as data, in the spirit of KWOK stages: an ordered list of rules; the first rule whose
// `match` fits a container decides what that container does. Unmatched containers run forever.
import type { ContainerBehaviour } from "./types.ts";

export interface ScenarioMatch {
  /** Glob on the image URL ("*" matches any run of characters), e.g. "*\/crash:*". */
  image?: string;
  /** Glob on command and arguments joined by single spaces. */
  command?: string;
  /** Every listed environment variable must be present with exactly this value ("*" = any value). */
  env?: Record<string, string>;
}

export interface ScenarioRule {
  name?: string;
  match: ScenarioMatch;
  behaviour: ContainerBehaviour;
}

export interface ContainerFacts {
  imageUrl: string;
  command?: string[];
  arguments?: string[];
  environmentVariables?: Record<string, string>;
}

const globCache = new Map<string, RegExp>();

export function globMatch(pattern: string, value: string): boolean {
  let re = globCache.get(pattern);
  if (!re) {
    const body = pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    re = new RegExp(`^${body}$`, "s");
    if (globCache.size < 1000) globCache.set(pattern, re);
  }
  return re.test(value);
}

export function matches(match: ScenarioMatch, c: ContainerFacts): boolean {
  if (match.image !== undefined && !globMatch(match.image, c.imageUrl)) return false;
  if (match.command !== undefined) {
    const line = [...(c.command ?? []), ...(c.arguments ?? [])].join(" ");
    if (!globMatch(match.command, line)) return false;
  }
  if (match.env !== undefined) {
    const env = c.environmentVariables ?? {};
    for (const [k, v] of Object.entries(match.env)) {
      if (!(k in env)) return false;
      if (v !== "*" && env[k] !== v) return false;
    }
  }
  return true;
}

/** The behaviour of the first matching rule, or the default (run forever, no logs, healthy). */
export function behaviourFor(rules: readonly ScenarioRule[], c: ContainerFacts): ContainerBehaviour {
  for (const rule of rules) {
    if (matches(rule.match, c)) return rule.behaviour;
  }
  return {};
}

/** Checks a rule list from JSON (admin endpoint, CLI file) and returns it typed. */
export function parseScenarios(value: unknown): ScenarioRule[] {
  if (!Array.isArray(value)) throw new Error("scenarios must be an array of rules");
  return value.map((r, i) => {
    if (typeof r !== "object" || r === null) throw new Error(`scenario ${i} is not an object`);
    const rule = r as Partial<ScenarioRule>;
    if (typeof rule.match !== "object" || rule.match === null) throw new Error(`scenario ${i} needs match`);
    if (typeof rule.behaviour !== "object" || rule.behaviour === null) {
      throw new Error(`scenario ${i} needs behaviour`);
    }
    const b = rule.behaviour;
    if (b.exit && (typeof b.exit.code !== "number" || typeof b.exit.afterMs !== "number")) {
      throw new Error(`scenario ${i}: exit needs numeric code and afterMs`);
    }
    if (b.logs && (!Array.isArray(b.logs.lines) || !(b.logs.intervalMs > 0))) {
      throw new Error(`scenario ${i}: logs needs lines[] and intervalMs > 0`);
    }
    if (b.podIp !== undefined && !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(b.podIp)) {
      throw new Error(
        `scenario ${i}: podIp must be a loopback address (127.0.0.0/8), got ${String(b.podIp)}`,
      );
    }
    return rule as ScenarioRule;
  });
}

/** Handy rules for common cases; combine freely with your own. */
export const scenario = {
  runForever: (image: string): ScenarioRule => ({ match: { image }, behaviour: {} }),
  exitAfter: (image: string, code: number, afterMs: number): ScenarioRule => ({
    match: { image },
    behaviour: { exit: { code, afterMs } },
  }),
  crashLoop: (image: string, afterMs = 100, code = 1): ScenarioRule => ({
    match: { image },
    behaviour: { exit: { code, afterMs } },
  }),
  imagePullFailure: (image: string): ScenarioRule => ({
    match: { image },
    behaviour: { imagePullFailure: true },
  }),
  logs: (image: string, lines: string[], intervalMs: number, maxLines?: number): ScenarioRule => ({
    match: { image },
    behaviour: { logs: maxLines === undefined ? { lines, intervalMs } : { lines, intervalMs, maxLines } },
  }),
  unhealthyAfter: (image: string, afterMs: number): ScenarioRule => ({
    match: { image },
    behaviour: { unhealthyAfterMs: afterMs },
  }),
};
