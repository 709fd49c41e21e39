/**
 * `node tools/bench/profile.ts <file.cpuprofile> [top]`: the provider's V8 CPU profile
 * (written by `npm run bench -- --cpu-prof DIR`) summed by self time per function and
 * per file, so the heaviest code shows without a profiler UI.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) return url.slice(modules + "node_modules/".length);
  const src = url.indexOf("/service/src/");
  if (src >= 0) return url.slice(src + 1);
  return url.replace(/^file:\/\//, "") || "(native)";
}

export function summarize(profile: CpuProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = profile.endTime - profile.startTime;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = shortUrl(frame.url);
    const fn = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const pkg = file.startsWith("service/") ? file : (file.split("/")[0] ?? file);
    byFile.set(pkg, (byFile.get(pkg) ?? 0) + us);
  }
  const table = (map: Map<string, number>): string =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, us]) =>
          `${(us / 1e6).toFixed(2).padStart(8)} s ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`,
      )
      .join("\n");
  return [
    `profile: ${(total / 1e6).toFixed(1)} s wall`,
    "-- self time by function",
    table(byFunction),
    "-- self time by file or package",
    table(byFile),
  ].join("\n");
}

if (import.meta.main) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node tools/bench/profile.ts <file.cpuprofile> [top]");
    process.exit(2);
  }
  console.log(summarize(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, Number(top ?? 25)));
}
