// Container logs are generated on demand from the scenario (lines at a rate) and the run's start and
// end, so 10,000 chatty containers cost no memory. RetrieveLogs returns at most the last 256 KB.
import type { ContainerBehaviour, Run } from "./types.ts";

export const LOG_LIMIT_BYTES = 256 * 1024;

/** How many lines the run has written by `now`. */
export function lineCount(behaviour: ContainerBehaviour, run: Run, now: number): number {
  const logs = behaviour.logs;
  if (!logs || logs.lines.length === 0) return 0;
  const end = Math.min(run.endedAt ?? now, now);
  if (end < run.startedAt) return 0;
  const written = Math.floor((end - run.startedAt) / logs.intervalMs) + 1;
  return logs.maxLines === undefined ? written : Math.min(written, logs.maxLines);
}

function line(behaviour: ContainerBehaviour, run: Run, i: number): string {
  const logs = behaviour.logs!;
  const template = logs.lines[i % logs.lines.length]!;
  return (
    template
      .replaceAll("{n}", String(i))
      .replaceAll("{time}", new Date(run.startedAt + i * logs.intervalMs).toISOString()) + "\n"
  );
}

/** The most recent `limit` bytes the run wrote (a byte-level tail, as a ring buffer would keep). */
export function renderLogs(
  behaviour: ContainerBehaviour,
  run: Run | undefined,
  now: number,
  limit = LOG_LIMIT_BYTES,
): Buffer {
  if (!run) return Buffer.alloc(0);
  const count = lineCount(behaviour, run, now);
  const parts: Buffer[] = [];
  let size = 0;
  for (let i = count - 1; i >= 0 && size < limit; i--) {
    const b = Buffer.from(line(behaviour, run, i));
    parts.push(b);
    size += b.length;
  }
  const all = Buffer.concat(parts.reverse());
  return all.length > limit ? all.subarray(all.length - limit) : all;
}
