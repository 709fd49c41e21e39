/**
 * `npm run bench -- --pods N [--nodes kwok,virtual-node] [--placement prebound,scheduled]
 *   [--prebound | --scheduled] [--delete collection|namespace] [--shipped] [--concurrency 32]
 *   [--rate PODS_PER_S] [--out docs/benchmarks/results-N.json] [--dir .test-run/bench] [--cpu-prof DIR]
 *   [--provider-node-options "--max-old-space-size=384"] [--set key=value …]`
 *
 * Runs the scale benchmark (tools/bench/run.ts) and prints a summary; with --out, also
 * writes the machine-readable results. `--set oci.rateLimits.create.qps=10` overrides
 * one provider setting (a dotted path; numbers and booleans are parsed). `--shipped` runs the
 * provider with what the chart sets for N pods (client limits, queue bucket, heap).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs as parseCommandLine } from "node:util";
import {
  type BenchResults,
  type Deletion,
  type NodeKind,
  type PhaseResult,
  type Placement,
  runBench,
} from "./run.ts";

const ROOT = join(import.meta.dirname, "..", "..");

interface Args {
  pods: number;
  nodes: NodeKind[];
  placements: Placement[];
  deletion: Deletion;
  shipped: boolean;
  concurrency: number;
  rate: number | undefined;
  out: string | undefined;
  dir: string;
  cpuProfileDir: string | undefined;
  providerNodeOptions: string | undefined;
  providerConfig: Record<string, unknown>;
}

function setPath(target: Record<string, unknown>, path: string, raw: string): void {
  const parts = path.split(".");
  let at = target;
  for (const part of parts.slice(0, -1)) {
    const next = at[part];
    at = (at[part] = next && typeof next === "object" ? next : {}) as Record<string, unknown>;
  }
  const value =
    raw === "true" ? true : raw === "false" ? false : /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  at[parts.at(-1)!] = value;
}

const USAGE = `usage: npm run bench -- --pods N [--nodes kwok,virtual-node] [--placement prebound,scheduled]
  [--prebound | --scheduled] [--delete collection|namespace] [--shipped] [--concurrency 32]
  [--rate PODS_PER_S] [--out FILE] [--dir DIR] [--cpu-prof DIR] [--provider-node-options "…"] [--set key=value …]`;

function parseArgs(argv: string[]): Args {
  const { values } = parseCommandLine({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      pods: { type: "string", default: "1000" },
      nodes: { type: "string", default: "kwok,virtual-node" },
      placement: { type: "string" },
      prebound: { type: "boolean", default: false },
      scheduled: { type: "boolean", default: false },
      shipped: { type: "boolean", default: false },
      delete: { type: "string", default: "collection" },
      concurrency: { type: "string", default: "32" },
      rate: { type: "string" },
      out: { type: "string" },
      dir: { type: "string", default: join(ROOT, ".test-run", "bench") },
      "cpu-prof": { type: "string" },
      "provider-node-options": { type: "string" },
      set: { type: "string", multiple: true, default: [] },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const chosen = [values.placement !== undefined, values.prebound, values.scheduled].filter(Boolean);
  if (chosen.length > 1) throw new Error("--placement, --prebound and --scheduled exclude each other");
  const placements = values.prebound
    ? ["prebound"]
    : values.scheduled
      ? ["scheduled"]
      : (values.placement ?? "prebound,scheduled").split(",");
  const providerConfig: Record<string, unknown> = {};
  for (const setting of values.set) {
    const [path, raw] = setting.split("=", 2);
    if (!path || raw === undefined) throw new Error("--set needs key=value");
    setPath(providerConfig, path, raw);
  }
  const args: Args = {
    pods: Number(values.pods),
    nodes: values.nodes.split(",") as NodeKind[],
    placements: placements as Placement[],
    deletion: values.delete as Deletion,
    shipped: values.shipped,
    concurrency: Number(values.concurrency),
    rate: values.rate === undefined ? undefined : Number(values.rate),
    out: values.out === undefined ? undefined : resolve(values.out),
    dir: resolve(values.dir),
    cpuProfileDir: values["cpu-prof"] === undefined ? undefined : resolve(values["cpu-prof"]),
    providerNodeOptions: values["provider-node-options"],
    providerConfig,
  };
  if (!Number.isInteger(args.pods) || args.pods < 1) throw new Error("--pods must be a positive integer");
  if (!Number.isInteger(args.concurrency) || args.concurrency < 1)
    throw new Error("--concurrency must be a positive integer");
  if (args.rate !== undefined && !(Number.isFinite(args.rate) && args.rate > 0))
    throw new Error("--rate must be a positive number of pods per second");
  for (const n of args.nodes)
    if (n !== "kwok" && n !== "virtual-node") throw new Error(`--nodes: unknown node ${n}`);
  for (const p of args.placements)
    if (p !== "prebound" && p !== "scheduled") throw new Error(`--placement: unknown placement ${p}`);
  if (args.deletion !== "collection" && args.deletion !== "namespace")
    throw new Error(`--delete: collection or namespace, not ${String(args.deletion)}`);
  return args;
}

function dist(d: { p50Ms: number | undefined; p99Ms: number | undefined } | undefined): string {
  return d ? `p50 ${d.p50Ms ?? "-"} ms, p99 ${d.p99Ms ?? "-"} ms` : "-";
}

function summary(p: PhaseResult): string {
  const lines = [
    `== ${p.node}, ${p.placement}: ${p.pods} pods (load ${p.loadBefore.join(" ")} -> ${p.loadAfter.join(" ")})`,
    `  created by the bench in ${p.createSeconds} s${p.createRate === undefined ? "" : ` (paced at ${p.createRate}/s)`}; all Running after ${p.allRunningSeconds} s (${p.podsPerSecond} pods/s)`,
    ...(p.machineBusyStarting === undefined
      ? []
      : [`  machine busy ${Math.round(p.machineBusyStarting * 100)}% from the first create to all Running`]),
    `  created->bound ${dist(p.createdToBound)}; bound->Running ${dist(p.boundToRunning)}`,
  ];
  if (p.boundToCreateIssued) lines.push(`  bound->CreateContainerInstance ${dist(p.boundToCreateIssued)}`);
  if (p.activeToRunning) lines.push(`  instance ACTIVE->pod Running ${dist(p.activeToRunning)}`);
  lines.push(
    `  delete (${p.deletion})->all gone ${p.deleteToGoneSeconds} s${p.deleteToDrainedSeconds !== undefined ? `; ->all instances DELETED ${p.deleteToDrainedSeconds} s, ${p.orphanInstances} left` : ""}`,
    `  process: idle RSS ${p.process.idleRssMiB} MiB, at all Running RSS ${p.process.rssAtRunningMiB ?? "-"} MiB heap ${p.process.heapUsedAtRunningMiB ?? "-"} MiB, peak RSS ${p.process.peakRssMiB} MiB, CPU ${p.process.cpuSeconds} s`,
    ...(p.machineCpuSeconds ? [`  other CPU, s: ${JSON.stringify(p.machineCpuSeconds)}`] : []),
    `  apiserver: ${p.apiserver.requestsPerPod} requests/pod, node writes/pod ${p.apiserver.nodeWritesPerPod} ${JSON.stringify(p.apiserver.nodeWrites)}, ConfigMap+Secret GETs/pod ${p.apiserver.referenceGetsPerPod}`,
  );
  if (p.kubeletApi)
    lines.push(
      `  kubelet API at all Running: /pods ${p.kubeletApi.podsMs} ms (${p.kubeletApi.podsBytes} B), /stats/summary ${p.kubeletApi.statsSummaryMs} ms (${p.kubeletApi.statsSummaryBytes} B)`,
    );
  if (p.providerRequests)
    lines.push(
      `  provider's own requests/pod ${p.providerRequests.perPod} ${JSON.stringify(p.providerRequests.byMethod)}`,
    );
  if (p.oci) {
    lines.push(`  OCI calls/pod ${p.oci.callsPerPod} ${JSON.stringify(p.oci.byOperation)}`);
    lines.push(`  OCI calls/s with all Running: ${JSON.stringify(p.oci.steadyCallsPerSecond)}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const command = `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim();
  const log = (line: string): void => void process.stderr.write(`[${new Date().toISOString()}] ${line}\n`);
  const results: BenchResults = await runBench(
    {
      pods: args.pods,
      dir: args.dir,
      nodes: args.nodes,
      placements: args.placements,
      deletion: args.deletion,
      shipped: args.shipped,
      concurrency: args.concurrency,
      ...(args.rate === undefined ? {} : { createRate: args.rate }),
      ...(args.cpuProfileDir ? { cpuProfileDir: args.cpuProfileDir } : {}),
      ...(args.providerNodeOptions ? { providerNodeOptions: args.providerNodeOptions } : {}),
      providerConfig: args.providerConfig,
      log,
    },
    command,
  );
  for (const phase of results.phases) console.log(summary(phase));
  for (const [placement, ratios] of Object.entries(results.ratios ?? {}))
    console.log(`== virtual node / KWOK, ${placement}: ${JSON.stringify(ratios)}`);
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(results, null, 2) + "\n");
    console.log(`results written to ${args.out}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
