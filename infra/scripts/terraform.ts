/**
 * Terraform CLI plumbing shared by the bindings script, `npm run synth` checks and the
 * integration tests: the providers we bind, a filesystem mirror of their plugins, and an
 * offline `terraform` invocation (no registry, no checkpoint calls).
 *
 * The mirror holds the real plugin when OKEVN_TF_PROVIDER_OCI / OKEVN_TF_PROVIDER_HELM name
 * one. Otherwise it holds the schema-only plugin (infra/tools/schema-provider, built by
 * the toolchain) serving the committed trimmed schema: `terraform validate` then checks
 * every argument, type, block and reference against that schema, but not the provider's
 * own Go validators (see docs/infra.md for why the real plugins are not built here).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { cacheRoot, ensureTools } from "../../tools/toolchain/build.ts";

const run = promisify(execFile);
const INFRA = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SCHEMA_DIR = join(INFRA, "schema");

export interface ProviderInfo {
  /** Short name: schema file infra/schema/<name>.json and binding folder. */
  readonly name: "oci" | "helm";
  readonly source: string;
  readonly fqn: string;
  /** The version the committed schema describes and the mirror offers. */
  readonly version: string;
  /** The constraint written into required_providers. */
  readonly constraint: string;
  /** Environment variable naming a real plugin executable. */
  readonly envVar: string;
}

export const PROVIDERS: readonly ProviderInfo[] = [
  {
    name: "oci",
    source: "oracle/oci",
    fqn: "registry.terraform.io/oracle/oci",
    version: "8.28.0",
    constraint: ">= 8.28.0, < 9.0.0",
    envVar: "OKEVN_TF_PROVIDER_OCI",
  },
  {
    name: "helm",
    source: "hashicorp/helm",
    fqn: "registry.terraform.io/hashicorp/helm",
    version: "3.0.2",
    constraint: ">= 3.0.2, < 4.0.0",
    envVar: "OKEVN_TF_PROVIDER_HELM",
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
  /** "real" or "schema-only", per provider name. */
  readonly kinds: Readonly<Record<string, "real" | "schema-only">>;
}

function sha(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex").slice(0, 12);
}

/** Builds (once per content) a filesystem mirror holding every provider in PROVIDERS. */
export async function prepareMirror(log?: (line: string) => void): Promise<Mirror> {
  const needsStandIn = PROVIDERS.some((p) => !process.env[p.envVar]);
  const tools = await ensureTools(["terraform", ...(needsStandIn ? ["terraform-schema-provider"] : [])], log);
  const terraform = tools["terraform"];
  if (!terraform) throw new Error("terraform is missing from the toolchain");
  const kinds: Record<string, "real" | "schema-only"> = {};
  const entries = PROVIDERS.map((p) => {
    const real = process.env[p.envVar];
    const binary = real ?? tools["terraform-schema-provider"];
    if (!binary || !existsSync(binary)) throw new Error(`${p.envVar}=${real}: no such plugin executable`);
    kinds[p.name] = real ? "real" : "schema-only";
    const schema = real ? undefined : readFileSync(join(SCHEMA_DIR, `${p.name}.json`));
    return { p, binary, schema, key: sha(readFileSync(binary)) + (schema ? sha(schema) : "") };
  });
  const mirror = join(cacheRoot(), "tf-mirror", sha(entries.map((e) => e.key).join()));
  if (!existsSync(join(mirror, "complete"))) {
    rmSync(mirror, { recursive: true, force: true });
    for (const { p, binary, schema } of entries) {
      const type = p.source.split("/")[1] ?? p.name;
      const dir = join(mirror, p.fqn, p.version, "linux_amd64");
      mkdirSync(dir, { recursive: true });
      copyFileSync(binary, join(dir, `terraform-provider-${type}_v${p.version}`));
      if (schema) writeFileSync(join(dir, "schema.json"), schema);
    }
    writeFileSync(join(mirror, "complete"), "");
  }
  const config = join(mirror, "terraformrc");
  writeFileSync(
    config,
    `provider_installation {\n  filesystem_mirror {\n    path    = "${mirror}"\n    include = [${PROVIDERS.map((p) => `"${p.fqn}"`).join(", ")}]\n  }\n}\n`,
  );
  const env = { TF_CLI_CONFIG_FILE: config, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
  return { env, terraform, kinds };
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
 * Re-reads the schemas from real plugins and trims them to the resource and data-source
 * types the committed files list. Requires OKEVN_TF_PROVIDER_OCI and OKEVN_TF_PROVIDER_HELM.
 */
export async function refreshSchemasFromProviders(): Promise<void> {
  for (const p of PROVIDERS) {
    if (!process.env[p.envVar])
      throw new Error(`--from-providers needs ${p.envVar}=<path to the real plugin>`);
  }
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
    const full = JSON.parse(dump.stdout) as ProviderSchemaFile;
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
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
