/**
 * `npm run synth`: writes, with no cloud credentials, into dist/infra/ (or the folder
 * given as the first argument):
 *
 *   full-cluster/cdk.tf.json   the full-cluster stack (`cdktf deploy` / `terraform apply`)
 *   module/main.tf.json        the reusable module (no provider or backend blocks)
 *   module/README.md           its inputs/outputs table
 *   module/example/main.tf.json  an example root module calling it
 *   chart/oke-virtual-nodes-<version>.tgz  the packaged chart (when charts/oke-virtual-nodes exists),
 *                              also copied as oke-virtual-nodes.tgz beside the stack and module
 *   synth.json                 wall time and sizes of this run
 *
 * It needs Node alone: no Go, helm or terraform (the chart is packaged in Node by
 * package-chart.ts; the tests check the tarball with the real helm).
 *
 * The npm script runs it as `node --disable-warning=DEP0044`: cdktf 0.21 (archived by
 * HashiCorp, so no fix upstream) calls the deprecated `util.isArray` for every Terraform
 * output (lib/terraform-output.js), and Node then prints a DeprecationWarning on every
 * synth that the user can do nothing about. Only that code is silenced; other warnings
 * still print.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { App } from "cdktf";
import { exampleRootModule, moduleJson, moduleReadme } from "../src/module.ts";
import { FullClusterStack } from "../src/stack.ts";
import { packageChart } from "./package-chart.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

function sizeOf(path: string): { files: number; bytes: number } {
  const st = statSync(path);
  if (!st.isDirectory()) return { files: 1, bytes: st.size };
  return readdirSync(path).reduce(
    (acc, name) => {
      const s = sizeOf(join(path, name));
      return { files: acc.files + s.files, bytes: acc.bytes + s.bytes };
    },
    { files: 0, bytes: 0 },
  );
}

async function main(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new Error("usage: npm run synth -- [output directory]");
  const started = performance.now();
  const out = resolve(positionals[0] ?? join(ROOT, "dist", "infra"));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  // 1. The full-cluster stack, through cdktf's own synthesizer.
  const cdktfOut = join(out, ".cdktf");
  const app = new App({ outdir: cdktfOut });
  new FullClusterStack(app, "full-cluster");
  app.synth();
  const stackDir = join(out, "full-cluster");
  mkdirSync(stackDir, { recursive: true });
  copyFileSync(join(cdktfOut, "stacks", "full-cluster", "cdk.tf.json"), join(stackDir, "cdk.tf.json"));
  rmSync(cdktfOut, { recursive: true, force: true });

  // 2. The reusable module, its README and an example root module.
  const moduleDir = join(out, "module");
  mkdirSync(join(moduleDir, "example"), { recursive: true });
  const json = moduleJson();
  writeFileSync(join(moduleDir, "main.tf.json"), JSON.stringify(json, null, 2) + "\n");
  writeFileSync(join(moduleDir, "README.md"), moduleReadme(json));
  writeFileSync(
    join(moduleDir, "example", "main.tf.json"),
    JSON.stringify(exampleRootModule(), null, 2) + "\n",
  );

  // 3. The packaged chart, also beside the stack and the module (their default `chart`).
  const chartDir = join(ROOT, "charts", "oke-virtual-nodes");
  const chart = existsSync(join(chartDir, "Chart.yaml"))
    ? (await packageChart(chartDir, join(out, "chart"))).path
    : undefined;
  if (chart) {
    copyFileSync(chart, join(stackDir, "oke-virtual-nodes.tgz"));
    copyFileSync(chart, join(moduleDir, "oke-virtual-nodes.tgz"));
  } else {
    console.warn(
      "synth: charts/oke-virtual-nodes/Chart.yaml not found; no chart packaged (set the `chart` variable)",
    );
  }

  const seconds = (performance.now() - started) / 1000;
  const total = sizeOf(out);
  const summary = {
    seconds: Number(seconds.toFixed(2)),
    files: total.files + 1,
    bytes: total.bytes,
    parts: {
      "full-cluster": sizeOf(stackDir),
      module: sizeOf(moduleDir),
      ...(chart ? { chart: sizeOf(chart) } : {}),
    },
  };
  writeFileSync(join(out, "synth.json"), JSON.stringify(summary, null, 2) + "\n");
  console.log(
    `synth: wrote ${relative(process.cwd(), out) || "."} in ${summary.seconds} s (${summary.files} files, ${(total.bytes / 1024).toFixed(0)} KiB)`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`synth: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
