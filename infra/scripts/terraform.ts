/**
 * Terraform CLI plumbing shared by the bindings script, `npm run synth` checks and the
 * integration tests: the providers we bind, a filesystem mirror of their real plugins,
 * and an offline `terraform` invocation (no registry, no checkpoint calls).
 *
 * The mirror is the toolchain's install of the real oracle/oci and hashicorp/helm plugins
 * (tools/toolchain/providers.ts: prebuilt, digest-checked, from shared/terraform-providers
 * beside the repository). There is no stand-in: without those plugins `prepareMirror`
 * fails and says where to put them.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { ToolchainError, ensureTools } from "../../tools/toolchain/build.ts";
import { PROVIDER_CONSTRAINTS } from "../src/stack.ts";
import {
  PROVIDERS_ENV,
  PROVIDER_PLUGINS,
  ensureProviderPlugins,
  readSharedSchema,
} from "../../tools/toolchain/providers.ts";

const run = promisify(execFile);
const INFRA = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_DIR = join(INFRA, "schema");

export interface ProviderInfo {
  /** Short name: schema file infra/schema/<name>.json and binding folder. */
  readonly name: "oci" | "helm";
  readonly source: string;
  readonly fqn: string;
  /** The version of the real plugin the committed schema was read from. */
  readonly version: string;
  /** The constraint written into required_providers. */
  readonly constraint: string;
}

const pluginVersion = (name: ProviderInfo["name"]): string => {
  const plugin = PROVIDER_PLUGINS.find((p) => p.name === name);
  if (!plugin) throw new Error(`no provider plugin named ${name}`);
  return plugin.version;
};

export const PROVIDERS: readonly ProviderInfo[] = [
  {
    name: "oci",
    source: "oracle/oci",
    fqn: "registry.terraform.io/oracle/oci",
    version: pluginVersion("oci"),
    constraint: PROVIDER_CONSTRAINTS.oci,
  },
  {
    name: "helm",
    source: "hashicorp/helm",
    fqn: "registry.terraform.io/hashicorp/helm",
    version: pluginVersion("helm"),
    constraint: PROVIDER_CONSTRAINTS.helm,
  },
];

export interface ProviderSchemaFile {
  readonly format_version: string;
  readonly provider_versions?: Readonly<Record<string, string>>;
  readonly provider_schemas: Readonly<
    Record<
      string,
      {
        readonly provider: unknown;
        readonly resource_schemas?: Readonly<Record<string, unknown>>;
        readonly data_source_schemas?: Readonly<Record<string, unknown>>;
      }
    >
  >;
}

export function readProviderSchemas(): Record<ProviderInfo["name"], ProviderSchemaFile> {
  const read = (name: string): ProviderSchemaFile =>
    JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.json`), "utf8")) as ProviderSchemaFile;
  return { oci: read("oci"), helm: read("helm") };
}

export interface Mirror {
  /** TF_CLI_CONFIG_FILE pointing at the mirror, with the environment to run terraform in. */
  readonly env: Readonly<Record<string, string>>;
  readonly terraform: string;
  /** One line naming the plugins and where they came from, for test and script output. */
  readonly description: string;
}

/**
 * The toolchain's terraform with a CLI configuration that installs providers only from
 * the mirror of real plugins. @throws ToolchainError when the plugins are not found
 */
export async function prepareMirror(log?: (line: string) => void): Promise<Mirror> {
  const { terraform } = await ensureTools(["terraform"], log);
  if (!terraform) throw new ToolchainError("terraform is missing from the toolchain");
  const plugins = await ensureProviderPlugins(log);
  if (!plugins) {
    throw new ToolchainError(
      `the real terraform provider plugins were not found: put shared/terraform-providers beside the repository or set ${PROVIDERS_ENV} (see docs/infra.md)`,
    );
  }
  const config = join(plugins.path, "terraformrc");
  writeFileSync(
    config,
    `provider_installation {\n  filesystem_mirror {\n    path    = "${plugins.path}"\n    include = [${PROVIDERS.map((p) => `"${p.fqn}"`).join(", ")}]\n  }\n}\n`,
  );
  const env = { TF_CLI_CONFIG_FILE: config, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
  const names = plugins.plugins.map((p) => `${p.fqn.replace("registry.terraform.io/", "")} ${p.version}`);
  const description = `terraform providers: real plugins ${names.join(", ")} from ${plugins.source}`;
  return { env, terraform, description };
}

export interface TerraformResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs terraform in `cwd`; never throws on a non-zero exit. */
export async function terraform(
  mirror: Mirror,
  cwd: string,
  args: readonly string[],
): Promise<TerraformResult> {
  try {
    const { stdout, stderr } = await run(mirror.terraform, [...args], {
      cwd,
      env: { ...process.env, ...mirror.env, TF_DATA_DIR: join(cwd, ".terraform") },
      maxBuffer: 256 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** `terraform init -backend=false` then `terraform validate -json`, in `dir`. */
export async function initAndValidate(
  mirror: Mirror,
  dir: string,
): Promise<{ init: TerraformResult; validate?: TerraformResult }> {
  const init = await terraform(mirror, dir, ["init", "-backend=false", "-input=false", "-no-color"]);
  if (init.code !== 0) return { init };
  const validate = await terraform(mirror, dir, ["validate", "-json", "-no-color"]);
  return { init, validate };
}

/**
 * Rewrites infra/schema from the real provider schema, trimmed to the resource and
 * data-source types the committed files list. `from`: "plugins" dumps it with `terraform
 * providers schema -json` from the installed plugins; "shared" reads the dump beside them
 * (shared/terraform-providers/providers-schema.json.xz, digest-checked).
 */
export async function refreshSchemas(from: "plugins" | "shared"): Promise<void> {
  const full = JSON.parse(
    from === "shared" ? await readSharedSchema() : await dumpSchema(),
  ) as ProviderSchemaFile;
  const committed = readProviderSchemas();
  for (const p of PROVIDERS) {
    const fresh = full.provider_schemas[p.fqn];
    const old = committed[p.name].provider_schemas[p.fqn];
    if (!fresh || !old) throw new Error(`no schema for ${p.fqn}`);
    const pick = (
      all: Readonly<Record<string, unknown>> = {},
      wanted: Readonly<Record<string, unknown>> = {},
    ) =>
      Object.fromEntries(
        Object.keys(wanted)
          .sort()
          .map((name) => {
            if (!(name in all)) throw new Error(`${p.source} ${p.version} has no ${name}`);
            return [name, all[name]];
          }),
      );
    const trimmed: ProviderSchemaFile = {
      format_version: full.format_version,
      provider_versions: { [p.fqn]: p.version },
      provider_schemas: {
        [p.fqn]: {
          provider: fresh.provider,
          resource_schemas: pick(fresh.resource_schemas, old.resource_schemas),
          data_source_schemas: pick(fresh.data_source_schemas, old.data_source_schemas),
        },
      },
    };
    writeFileSync(join(SCHEMA_DIR, `${p.name}.json`), JSON.stringify(trimmed, null, 2) + "\n");
  }
}

async function dumpSchema(): Promise<string> {
  const mirror = await prepareMirror();
  const dir = mkdtempSync(join(tmpdir(), "okevn-schema-"));
  try {
    const required = Object.fromEntries(
      PROVIDERS.map((p) => [p.name, { source: p.source, version: p.version }]),
    );
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ terraform: { required_providers: required } }));
    const init = await terraform(mirror, dir, ["init", "-backend=false", "-input=false", "-no-color"]);
    if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stderr}`);
    const dump = await terraform(mirror, dir, ["providers", "schema", "-json"]);
    if (dump.code !== 0) throw new Error(`terraform providers schema failed:\n${dump.stderr}`);
    return dump.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
