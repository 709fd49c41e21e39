/** Structured logs: one JSON object a line on stdout, as log collectors expect. */
export type Level = "debug" | "info" | "warn" | "error";
export type Log = (message: string, fields?: Record<string, unknown>) => void;

export interface Logger {
  readonly debug: Log;
  readonly info: Log;
  readonly warn: Log;
  readonly error: Log;
}

const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(
  level: Level,
  base: Record<string, unknown> = {},
  write = (line: string) => process.stdout.write(line),
): Logger {
  const make =
    (at: Level): Log =>
    (message, fields) => {
      if (ORDER[at] < ORDER[level]) return;
      write(
        `${JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...base, ...fields })}\n`,
      );
    };
  return { debug: make("debug"), info: make("info"), warn: make("warn"), error: make("error") };
}
