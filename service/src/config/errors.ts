import type { ConfigProblem } from "./types.ts";

/**
 * The configuration is invalid. `problems` lists everything wrong at once, each with the field
 * path; `message` is ready to print for a user (no stack trace needed).
 */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(formatProblems(problems));
    this.problems = Object.freeze([...problems]);
  }
}

export function formatProblems(problems: readonly ConfigProblem[]): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`invalid configuration (${count}):`, ...problems.map((p) => `  ${p.path}: ${p.message}`)].join(
    "\n",
  );
}
