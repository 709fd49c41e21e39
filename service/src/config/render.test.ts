import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIELDS, loadConfig, renderExampleFile, renderHelp, renderMarkdownReference } from "./index.ts";
import { DERIVATIONS } from "./resolve.ts";
import { NULLABLE_GROUPS } from "./schema.ts";

describe("the field table", () => {
  it("names flags and variables mechanically and uniquely", () => {
    const field = FIELDS.find((f) => f.path === "kubeletApi.tlsCertFile");
    expect(field).toMatchObject({
      flag: "kubelet-api-tls-cert-file",
      env: "OKEVN_KUBELET_API_TLS_CERT_FILE",
    });
    const flags = [...FIELDS.map((f) => f.flag), ...NULLABLE_GROUPS.map((g) => g.flag), "config", "help"];
    expect(new Set(flags).size).toBe(flags.length);
  });

  it("gives every field exactly one of required, a default, a derivation or an optional meaning", () => {
    for (const field of FIELDS) {
      const kinds = [field.required === true, field.default !== undefined, field.derived !== undefined];
      expect(kinds.filter(Boolean).length, field.path).toBeLessThanOrEqual(1);
      // Optional fields without a default say in their description what unset means.
      if (!kinds.some(Boolean)) expect(field.description, field.path).toMatch(/Unset|set both or neither/);
      if (field.required) expect(field.example, field.path).toBeDefined();
    }
  });

  it("derives exactly the fields marked derived", () => {
    const marked = FIELDS.filter((f) => f.derived !== undefined).map((f) => f.path);
    expect(Object.keys(DERIVATIONS).sort()).toEqual(marked.sort());
  });

  it("keeps every default valid", () => {
    // defaultConfig would throw a ConfigError for an invalid default; the enum defaults are listed values.
    for (const field of FIELDS.filter((f) => f.type === "enum")) {
      expect(field.values, field.path).toContain(field.default);
    }
  });
});

describe("renderHelp", () => {
  const help = renderHelp();

  it("lists every field with its flag, path, variable and default", () => {
    for (const field of FIELDS) {
      expect(help, field.path).toContain(`--${field.flag} `);
      expect(help, field.path).toContain(field.env);
      expect(help.replaceAll(/\n\s+/g, " "), field.path).toContain(field.path);
    }
    for (const group of NULLABLE_GROUPS) expect(help).toContain(`--${group.flag}\n`);
    expect(help).toContain('--node-capacity-memory QUANTITY  (default "4Ti")');
    expect(help).toContain("--node-name NAME  (required)");
    expect(help).toContain("--leader-election-lease-name NAME  (default <nodeName>-leader)");
    expect(help).toContain("--config FILE");
  });

  it("wraps descriptions at 100 columns", () => {
    const long = help.split("\n").filter((line) => line.length > 100 && !line.trimStart().startsWith("--"));
    expect(long).toEqual([]);
  });
});

describe("renderMarkdownReference", () => {
  const markdown = renderMarkdownReference();

  it("has one table row per field with flag, variable and default", () => {
    for (const field of FIELDS) {
      const row = markdown.split("\n").find((line) => line.startsWith(`| \`${field.path}\` |`));
      expect(row, field.path).toBeDefined();
      expect(row).toContain(`\`--${field.flag}\``);
      expect(row).toContain(`\`${field.env}\``);
    }
    expect(markdown).toContain(
      "| `node.capacity.pods` | integer | `1000` | `--node-capacity-pods` | `OKEVN_NODE_CAPACITY_PODS` | Maximum number of pods on the Node. |",
    );
    expect(markdown).toContain(
      "| `node.taint` | mapping or `null` | set | `--no-taint` | `OKEVN_NO_TAINT` |",
    );
  });

  it("keeps every table row at six cells", () => {
    const rows = markdown.split("\n").filter((line) => line.startsWith("| `"));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).toBe(8);
  });

  it("shows an example file that loads", async () => {
    expect(markdown).toContain(renderExampleFile().trimEnd());
    const dir = await mkdtemp(join(tmpdir(), "okevn-example-"));
    try {
      const path = join(dir, "example.yaml");
      await writeFile(path, renderExampleFile());
      const result = await loadConfig(["--config", path], {});
      expect(result.kind).toBe("config");
      if (result.kind === "config") expect(result.config.nodeName).toBe("virtual-node-1");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
