/**
 * Pure log handling for the kubelet API. OCI keeps the last 256 KB of a container's output
 * with no timestamps, so:
 * - a line's time is the RFC 3339 timestamp it starts with (most loggers write one), else the
 *   time of the line before it, else a fallback (the container's start for a snapshot, the
 *   moment the line was first seen while following);
 * - following is polling plus `WindowDiff`, which finds where the new window overlaps the
 *   previous one and emits only what follows. When more than a window's worth was written
 *   between two polls there is no overlap: the lines in between are lost, and the diff says so.
 */

export interface Line {
  readonly text: Buffer;
  readonly time: number | undefined;
}

const LEADING_TIME = /^\[?(\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2}))/;

/** The time a log line starts with, if it starts with an RFC 3339 (or similar) timestamp. */
export function leadingTime(line: Buffer): number | undefined {
  const head = line.subarray(0, 48).toString("latin1");
  const m = LEADING_TIME.exec(head);
  if (!m) return undefined;
  const t = Date.parse(m[1]!.replace(" ", "T"));
  return Number.isFinite(t) ? t : undefined;
}

/** Splits into lines, each keeping its "\n" (the last may lack one), and dates them. */
export function splitLines(data: Buffer, fallbackTime: number | undefined): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let time = fallbackTime;
  while (start < data.length) {
    const nl = data.indexOf(10, start);
    const end = nl === -1 ? data.length : nl + 1;
    const text = data.subarray(start, end);
    time = leadingTime(text) ?? time;
    lines.push({ text, time });
    start = end;
  }
  return lines;
}

/** RFC 3339 with nanoseconds, as the kubelet prefixes lines with `timestamps=true`. */
export function rfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");
}

export interface SelectOptions {
  readonly since?: number | undefined;
  readonly tailLines?: number | undefined;
  readonly timestamps: boolean;
}

/** Applies since, then tail, then the timestamp prefix. Lines of unknown time are kept. */
export function selectLines(lines: readonly Line[], options: SelectOptions): Buffer {
  let selected = lines;
  const since = options.since;
  if (since !== undefined) selected = selected.filter((l) => l.time === undefined || l.time >= since);
  if (options.tailLines !== undefined)
    selected = options.tailLines === 0 ? [] : selected.slice(-options.tailLines);
  if (!options.timestamps) return Buffer.concat(selected.map((l) => l.text));
  return Buffer.concat(
    selected.flatMap((l) => [Buffer.from(`${rfc3339Nano(l.time ?? Date.now())} `), l.text]),
  );
}

/** Counts down a byte budget (limitBytes) across writes. */
export class ByteBudget {
  private left: number;
  constructor(limit: number | undefined) {
    this.left = limit ?? Number.POSITIVE_INFINITY;
  }
  /** The part of `chunk` that still fits. */
  take(chunk: Buffer): Buffer {
    if (chunk.length <= this.left) {
      this.left -= chunk.length;
      return chunk;
    }
    const part = chunk.subarray(0, Math.max(0, this.left));
    this.left = 0;
    return part;
  }
  get exhausted(): boolean {
    return this.left <= 0;
  }
}

const ANCHOR_BYTES = 64;
const MAX_CANDIDATES = 256;

/**
 * The length of the longest suffix of `previous` that is also a prefix of `next`, i.e. how
 * much of `next` was already in `previous`; 0 when they do not overlap.
 */
export function overlap(previous: Buffer, next: Buffer): number {
  if (previous.length === 0 || next.length === 0) return 0;
  if (next.length >= previous.length && next.subarray(0, previous.length).equals(previous))
    return previous.length;
  const anchor = previous.subarray(previous.length - Math.min(ANCHOR_BYTES, previous.length));
  const maxK = Math.min(previous.length, next.length);
  let pos = next.lastIndexOf(anchor, maxK - anchor.length);
  for (let tries = 0; pos >= 0 && tries < MAX_CANDIDATES; tries++) {
    const k = pos + anchor.length;
    if (previous.subarray(previous.length - k).equals(next.subarray(0, k))) return k;
    if (pos === 0) break;
    pos = next.lastIndexOf(anchor, pos - 1);
  }
  // Overlaps shorter than the anchor: few enough to compare directly.
  for (let k = Math.min(anchor.length - 1, maxK); k > 0; k--) {
    if (previous.subarray(previous.length - k).equals(next.subarray(0, k))) return k;
  }
  return 0;
}

export interface DiffResult {
  /** Bytes not seen before, complete lines only (a trailing partial line waits). */
  readonly fresh: Buffer;
  /** The previous window had scrolled away entirely: lines written in between are lost. */
  readonly overrun: boolean;
}

/** Successive snapshots of a bounded log window → the bytes each adds, without duplicates. */
export class WindowDiff {
  private previous: Buffer;
  private pending: Buffer = Buffer.alloc(0);

  /** `initial` is the window already shown (its partial last line counts as shown). */
  constructor(initial: Buffer) {
    this.previous = initial;
  }

  next(window: Buffer): DiffResult {
    const k = overlap(this.previous, window);
    const overrun = this.previous.length > 0 && window.length > 0 && k === 0;
    const added = window.subarray(k);
    this.previous = window;
    const all = this.pending.length > 0 ? Buffer.concat([this.pending, added]) : added;
    const lastNewline = all.lastIndexOf(10);
    this.pending = Buffer.from(all.subarray(lastNewline + 1));
    return { fresh: all.subarray(0, lastNewline + 1), overrun };
  }

  /** The held-back partial line, at the end of the stream. */
  flush(): Buffer {
    const rest = this.pending;
    this.pending = Buffer.alloc(0);
    return rest;
  }
}

/**
 * When the provider first saw each line of one container's log window. OCI gives no line times:
 * a line without a leading timestamp is dated by the read that first returned it. Each read is
 * matched to the window before (`overlap`): lines already seen keep their time, new ones get `now`.
 * On the first read every line is new, so a `since` keeps it (its true time is unknown).
 */
export class LineClock {
  private window: Buffer = Buffer.alloc(0);
  /** Start offsets in `window` of its lines, and when each was first seen. */
  private starts: number[] = [];
  private seen: number[] = [];

  /** The lines of `window` with their times: a leading timestamp, else the first read that had them. */
  stamp(window: Buffer, now: number): Line[] {
    const k = overlap(this.window, window);
    const shift = this.window.length - k;
    const lines: Line[] = [];
    const starts: number[] = [];
    const seen: number[] = [];
    let start = 0;
    let line = 0;
    while (start < window.length) {
      const nl = window.indexOf(10, start);
      const end = nl === -1 ? window.length : nl + 1;
      let first = now;
      if (start < k) {
        // The line containing this offset in the previous window.
        const old = start + shift;
        while (line + 1 < this.starts.length && this.starts[line + 1]! <= old) line++;
        first = this.seen[line] ?? now;
      }
      const text = window.subarray(start, end);
      lines.push({ text, time: leadingTime(text) ?? first });
      starts.push(start);
      seen.push(first);
      start = end;
    }
    this.window = window;
    this.starts = starts;
    this.seen = seen;
    return lines;
  }
}

/** LineClocks by container ID and run, the least recently used dropped beyond `max`. */
export class LineClocks {
  private readonly clocks = new Map<string, LineClock>();
  private readonly max: number;
  constructor(max = 64) {
    this.max = max;
  }

  get(key: string): LineClock {
    let clock = this.clocks.get(key);
    if (clock) this.clocks.delete(key);
    else clock = new LineClock();
    this.clocks.set(key, clock);
    while (this.clocks.size > this.max) this.clocks.delete(this.clocks.keys().next().value!);
    return clock;
  }
}
