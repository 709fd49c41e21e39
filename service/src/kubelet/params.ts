/**
 * Query parameters of the kubelet API, parsed strictly: anything malformed is a
 * BadRequest with a message naming the parameter, never a crash or a silent default.
 */

export class BadRequest extends Error {
  override name = "BadRequest";
}

export interface LogOptions {
  readonly follow: boolean;
  readonly previous: boolean;
  readonly timestamps: boolean;
  /** Lines from the end; undefined: all. */
  readonly tailLines: number | undefined;
  /** Stop after this many bytes; undefined: no limit. */
  readonly limitBytes: number | undefined;
  /** Only lines at or after this time (ms since the epoch); from sinceSeconds or sinceTime. */
  readonly since: number | undefined;
}

const KNOWN_LOG_PARAMS = new Set([
  "follow",
  "previous",
  "timestamps",
  "tailLines",
  "limitBytes",
  "sinceSeconds",
  "sinceTime",
  "insecureSkipTLSVerifyBackend",
  "stream",
  "container",
]);

const TRUE = new Set(["1", "t", "T", "true", "TRUE", "True"]);
const FALSE = new Set(["0", "f", "F", "false", "FALSE", "False"]);

/** Go's strconv.ParseBool, which the kubelet uses; an empty value (`?follow`) means true. */
export function parseBool(name: string, value: string | null): boolean {
  if (value === null) return false;
  if (value === "" || TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new BadRequest(`${name} must be true or false, got ${JSON.stringify(value)}`);
}

/** A whole decimal number within [min, MAX_SAFE_INTEGER]. */
export function parseInteger(name: string, value: string | null, min: number): number | undefined {
  if (value === null) return undefined;
  if (!/^-?\d+$/.test(value))
    throw new BadRequest(`${name} must be an integer, got ${JSON.stringify(value)}`);
  const n = Number(value);
  if (n < min) throw new BadRequest(`${name} must be at least ${min}, got ${value}`);
  if (!Number.isSafeInteger(n)) throw new BadRequest(`${name} is too large: ${value}`);
  return n;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function parseTime(name: string, value: string): number {
  const t = RFC3339.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(t))
    throw new BadRequest(`${name} must be an RFC 3339 time, got ${JSON.stringify(value)}`);
  return t;
}

/** Parses the PodLogOptions of a /containerLogs request. `now` resolves sinceSeconds. */
export function parseLogOptions(query: URLSearchParams, now: number): LogOptions {
  for (const key of query.keys()) {
    if (!KNOWN_LOG_PARAMS.has(key)) throw new BadRequest(`unknown query parameter ${JSON.stringify(key)}`);
  }
  for (const key of KNOWN_LOG_PARAMS) {
    if (query.getAll(key).length > 1) throw new BadRequest(`${key} given more than once`);
  }
  const sinceSeconds = parseInteger("sinceSeconds", query.get("sinceSeconds"), 1);
  const sinceTime = query.get("sinceTime");
  if (sinceSeconds !== undefined && sinceTime !== null) {
    throw new BadRequest("at most one of sinceSeconds or sinceTime may be given");
  }
  const stream = query.get("stream");
  if (stream !== null && stream !== "All" && stream !== "Stdout" && stream !== "Stderr") {
    throw new BadRequest(`stream must be All, Stdout or Stderr, got ${JSON.stringify(stream)}`);
  }
  return {
    follow: parseBool("follow", query.get("follow")),
    previous: parseBool("previous", query.get("previous")),
    timestamps: parseBool("timestamps", query.get("timestamps")),
    tailLines: parseInteger("tailLines", query.get("tailLines"), 0),
    limitBytes: parseInteger("limitBytes", query.get("limitBytes"), 1),
    since:
      sinceSeconds !== undefined
        ? now - sinceSeconds * 1000
        : sinceTime !== null
          ? parseTime("sinceTime", sinceTime)
          : undefined,
  };
}
