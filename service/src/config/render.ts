/**
 * `--help` text and the Markdown reference (docs/configuration.md), both generated from the field
 * table so that neither can drift from what the loader accepts.
 */
import {
  CONFIG_ENV,
  CONFIG_FLAG,
  FIELDS,
  NULLABLE_GROUPS,
  SECTIONS,
  type Field,
  type NullableGroup,
  type Section,
} from "./schema.ts";
import { API_VERSION, KIND } from "./types.ts";

const WIDTH = 100;

/** How a field's value is written: `INT`, `PATH`, `NoSchedule|PreferNoSchedule|NoExecute`, … */
function valueSyntax(field: Field): string {
  if (field.placeholder) return field.placeholder;
  switch (field.type) {
    case "string":
      return "STRING";
    case "integer":
      return "INT";
    case "number":
      return "NUMBER";
    case "boolean":
      return "BOOL";
    case "quantity":
      return "QUANTITY";
    case "enum":
      return (field.values ?? []).join("|");
    case "list":
      return "A,B,...";
    case "map":
      return "K=V,...";
  }
}

function typeName(field: Field): string {
  switch (field.type) {
    case "enum":
      return (field.values ?? []).map((v) => `\`${v}\``).join(" \\| ");
    case "list":
      return "list of strings";
    case "map":
      return "map of strings";
    default:
      return field.type;
  }
}

/** The default as a person reads it; `undefined` for required and optional fields without one. */
function defaultText(field: Field): string | undefined {
  if (field.derived) return field.derived;
  const d = field.default;
  if (d === undefined) return undefined;
  if (Array.isArray(d)) return d.length === 0 ? "[]" : d.join(",");
  if (typeof d === "object") return Object.keys(d).length === 0 ? "{}" : JSON.stringify(d);
  return typeof d === "string" ? JSON.stringify(d) : String(d);
}

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

const sectionOf = (path: string): string => (path.includes(".") ? path.slice(0, path.indexOf(".")) : "");

/** Fields and switchable groups of a section, each group just before its fields. */
function sectionItems(section: Section): (Field | NullableGroup)[] {
  const items: (Field | NullableGroup)[] = [];
  for (const field of FIELDS.filter((f) => sectionOf(f.path) === section.key)) {
    const group = NULLABLE_GROUPS.find((g) => field.path.startsWith(`${g.path}.`));
    if (group && !items.includes(group)) items.push(group);
    items.push(field);
  }
  return items;
}

const isField = (item: Field | NullableGroup): item is Field => "type" in item;

/** Shared by help and docs; written in Markdown, backticks are dropped for the terminal. */
const INTRO = [
  `Settings come from, lowest to highest precedence: built-in defaults, the configuration file (\`--${CONFIG_FLAG} FILE\` or \`${CONFIG_ENV}\`: YAML, or JSON when the name ends in .json, with \`apiVersion: ${API_VERSION}\` and \`kind: ${KIND}\`), \`OKEVN_*\` environment variables, then flags.`,
  "Every field has a flag and an environment variable named after its path: `node.capacity.pods` is `--node-capacity-pods` and `OKEVN_NODE_CAPACITY_PODS`.",
  "In flags and variables, lists are comma-separated (`a,b`), maps are key=value pairs separated by commas (`k=v,k2=v2`), booleans are `true` or `false` (a boolean flag alone means true), and an empty value unsets an optional field. A list or map given in a higher layer replaces the lower one whole.",
];

/** The text printed for `--help`. */
export function renderHelp(): string {
  const out: string[] = [
    `Usage: oke-virtual-nodes [--${CONFIG_FLAG} FILE] [--flag value ...]`,
    "",
    "Runs every pod bound to a virtual node as one OCI Container Instance.",
  ];
  for (const paragraph of INTRO) out.push("", ...wrap(paragraph.replaceAll("`", ""), ""));
  out.push(
    "",
    `  --${CONFIG_FLAG} FILE`,
    ...wrap(`Configuration file. [env ${CONFIG_ENV}]`, "      "),
    "  -h, --help",
    ...wrap("Show this help.", "      "),
  );
  for (const section of SECTIONS) {
    out.push("", `${section.title}:`, ...wrap(section.description, "  "));
    for (const item of sectionItems(section)) {
      if (!isField(item)) {
        out.push(
          "",
          `  --${item.flag}`,
          ...wrap(`${item.description} [file ${item.path}: null, env ${item.env}]`, "      "),
        );
        continue;
      }
      const dflt = defaultText(item);
      const note = item.required ? "  (required)" : dflt !== undefined ? `  (default ${dflt})` : "";
      out.push(
        "",
        `  --${item.flag} ${valueSyntax(item)}${note}`,
        ...wrap(`${item.description} [file ${item.path}, env ${item.env}]`, "      "),
      );
    }
  }
  return out.join("\n") + "\n";
}

const cell = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** A minimal valid file: the required fields with the table's example values. */
export function renderExampleFile(): string {
  const lines = [`apiVersion: ${API_VERSION}`, `kind: ${KIND}`];
  let openGroup = "";
  for (const field of FIELDS.filter((f) => f.required)) {
    const dot = field.path.lastIndexOf(".");
    const group = dot < 0 ? "" : field.path.slice(0, dot);
    const name = field.path.slice(dot + 1);
    if (group !== openGroup && group !== "") lines.push(`${group}:`);
    openGroup = group;
    lines.push(
      `${group === "" ? "" : "  ".repeat(group.split(".").length)}${name}: ${JSON.stringify(field.example ?? "")}`,
    );
  }
  return lines.join("\n") + "\n";
}

/** docs/configuration.md. */
export function renderMarkdownReference(): string {
  const out: string[] = [
    "# Configuration reference",
    "",
    "<!-- Generated from the field table in service/src/config/schema.ts (renderMarkdownReference); do not edit by hand. -->",
    "",
    "Run `oke-virtual-nodes --help` for the same reference in the terminal.",
    "",
    ...INTRO.flatMap((p) => [p, ""]),
    "A minimal file sets the required fields:",
    "",
    "```yaml",
    renderExampleFile().trimEnd(),
    "```",
    "",
    "Problems are reported all at once with the path of each field, for example `node.capacity.pods: must be an integer from 1 to 100000, got 0 (from --node-capacity-pods)`.",
  ];
  for (const section of SECTIONS) {
    out.push(
      "",
      `## ${section.title}`,
      "",
      section.description,
      "",
      "| Field | Type | Default | Flag | Environment variable | Description |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const item of sectionItems(section)) {
      if (!isField(item)) {
        out.push(
          `| \`${item.path}\` | mapping or \`null\` | set | \`--${item.flag}\` | \`${item.env}\` | ${cell(item.description)} |`,
        );
        continue;
      }
      const dflt = defaultText(item);
      const shown = item.required ? "**required**" : dflt === undefined ? "unset" : `\`${cell(dflt)}\``;
      out.push(
        `| \`${item.path}\` | ${typeName(item)} | ${shown} | \`--${item.flag}\` | \`${item.env}\` | ${cell(item.description)} |`,
      );
    }
  }
  return out.join("\n") + "\n";
}
