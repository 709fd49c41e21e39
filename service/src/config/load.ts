/**
 * Loading: defaults < configuration file < `OKEVN_*` environment variables < flags.
 */
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { renameArgs, renameEnv, renameInDocument } from "./renamed.ts";
import { renderHelp } from "./render.ts";
import { resolve, type HostInfo, type Resolved } from "./resolve.ts";
import { CONFIG_ENV } from "./schema.ts";
import { defaultsLayer, readArgs, readDocument, readEnv, type Layer } from "./sources.ts";
import type { ConfigProblem, ProviderConfig, ProviderConfigInput } from "./types.ts";
import { parseYaml } from "./yaml.ts";

export type LoadResult =
  { readonly kind: "help"; readonly text: string } | ({ readonly kind: "config" } & Resolved);

export interface LoadOptions {
  /** @default - os.hostname() and process.pid, for `leaderElection.identity` */
  readonly host?: HostInfo;
}

/**
 * Reads the configuration of this process.
 *
 * @param argv command-line arguments without node and script (`process.argv.slice(2)`)
 * @param env environment (`process.env`); only `OKEVN_*` names are read
 * @returns `{kind: "help"}` for `--help`/`-h` (print `text`, exit 0), otherwise the frozen config
 * @throws ConfigError listing every problem; its `message` is meant for the user as is
 */
export async function loadConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const renamedArgs = renameArgs(argv);
  const args = readArgs(renamedArgs.value);
  if (args.help) return { kind: "help", text: renderHelp() };
  const renamedEnv = renameEnv(env);
  const vars = readEnv(renamedEnv.value);
  const problems: ConfigProblem[] = [...args.problems, ...vars.problems];
  const warnings: ConfigProblem[] = [...renamedArgs.warnings, ...renamedEnv.warnings, ...vars.warnings];
  const layers: Layer[] = [defaultsLayer()];
  const file = args.configPath ?? vars.configPath;
  if (file !== undefined) {
    const read = await readConfigFile(file);
    problems.push(...read.problems);
    warnings.push(...read.warnings);
    layers.push(read.layer);
  }
  layers.push(vars.layer, args.layer);
  const host = options.host ?? { hostname: hostname(), pid: process.pid };
  return { kind: "config", ...resolve(layers, host, { problems, warnings }) };
}

interface FileLayer {
  readonly layer: Layer;
  readonly problems: ConfigProblem[];
  readonly warnings: ConfigProblem[];
}

/** A JSON file (by `.json` extension) or YAML; problems name the file. */
async function readConfigFile(path: string): Promise<FileLayer> {
  const failed = (message: string): FileLayer => ({
    layer: new Map(),
    problems: [{ path, message }],
    warnings: [],
  });
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(error);
    return failed(`cannot read the configuration file (--config or ${CONFIG_ENV}): ${why}`);
  }
  if (text.trim() === "") return failed("the configuration file is empty");
  let doc: unknown;
  try {
    doc = path.endsWith(".json") ? JSON.parse(text) : await parseYaml(text);
  } catch (error) {
    const format = path.endsWith(".json") ? "JSON" : "YAML";
    return failed(`not valid ${format}: ${(error as Error).message}`);
  }
  const renamed = renameInDocument(doc);
  return { ...readDocument(renamed.value), warnings: renamed.warnings };
}

/** Required fields filled in by `defaultConfig`, so tests only state what they care about. */
export const TEST_REQUIRED: ProviderConfigInput = {
  nodeName: "vn-test",
  node: { availabilityDomain: "Uocm:TEST-1-AD-1" },
  oci: {
    region: "us-ashburn-1",
    compartmentId: "ocid1.compartment.oc1..test",
    subnetId: "ocid1.subnet.oc1.iad.test",
  },
};

/**
 * A valid configuration for tests: defaults, placeholder values for the required fields
 * (`TEST_REQUIRED`), then `overrides` in the file's shape. Deterministic (identity `test-host_1`).
 * @throws ConfigError when the overrides are invalid
 */
export function defaultConfig(overrides: ProviderConfigInput = {}): ProviderConfig {
  const base = readDocument(TEST_REQUIRED, false);
  const over = readDocument(overrides, false);
  const host = { hostname: "test-host", pid: 1 };
  return resolve([defaultsLayer(), base.layer, over.layer], host, {
    problems: [...base.problems, ...over.problems],
    warnings: [],
  }).config;
}
