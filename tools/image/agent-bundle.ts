/**
 * The pod agent as one minified CommonJS file, `dist/agent/agent.cjs` (esbuild), which the image
 * ships and the agent container runs: plain JavaScript starts Node with about 18 MiB less resident
 * memory than a `.ts` entry (type stripping loads its own compiler), and the bundle holds only the
 * agent's modules. Built on demand and cached: `ensureAgentBundle()` rebuilds only when an input
 * (listed in the metafile next to the bundle) is newer than the bundle.
 * Usage: `npm run build:agent` (`node tools/image/agent-bundle.ts [--force]`).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildSync } from "esbuild";
import { AGENT_BUNDLE } from "../../service/src/agent/launch.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const ENTRY = "service/src/agent/entry.ts";

function inputsOf(metaFile: string, root: string): string[] | undefined {
  try {
    const meta = JSON.parse(readFileSync(metaFile, "utf8")) as { inputs: Record<string, unknown> };
    return Object.keys(meta.inputs).map((p) => join(root, p));
  } catch {
    return undefined;
  }
}

/** Builds the bundle unconditionally; returns its absolute path. */
export function buildAgentBundle(root = ROOT): string {
  const out = join(root, AGENT_BUNDLE);
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    outfile: out,
    bundle: true,
    minify: true,
    platform: "node",
    format: "cjs",
    target: "node24",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    write: false,
  });
  // Written aside, then renamed: another process (a parallel test) never reads half a bundle.
  mkdirSync(dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0]!.contents);
  writeFileSync(`${temporary}.meta.json`, JSON.stringify(result.metafile));
  renameSync(`${temporary}.meta.json`, `${out}.meta.json`);
  renameSync(temporary, out);
  return out;
}

/** The bundle's absolute path, rebuilt first when missing or older than any of its inputs. */
export function ensureAgentBundle(root = ROOT): string {
  const out = join(root, AGENT_BUNDLE);
  const inputs = existsSync(out) ? inputsOf(`${out}.meta.json`, root) : undefined;
  if (inputs) {
    const built = statSync(out).mtimeMs;
    const stale = inputs.some((p) => !existsSync(p) || statSync(p).mtimeMs > built);
    if (!stale) return out;
  }
  return buildAgentBundle(root);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { force: { type: "boolean", default: false } } });
  const out = values.force ? buildAgentBundle() : ensureAgentBundle();
  console.log(`${relative(process.cwd(), out)} (${(statSync(out).size / 1024).toFixed(0)} KiB)`);
}
