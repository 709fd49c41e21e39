/**
 * docs/configuration.md is generated from the field table, so it cannot drift from the
 * loader. Regenerate with UPDATE_DOCS=1 npx vitest run --project unit service/src/config.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdownReference } from "./index.ts";

const DOC = join(import.meta.dirname, "..", "..", "..", "docs", "configuration.md");

function render(): string {
  return `${renderMarkdownReference().trimEnd()}

## Modes

\`--cleanup\` deletes every Container Instance of the configured node, waits until OCI reports them gone, then
deletes the Node and its Lease, and exits (the Helm chart's pre-delete hook). The node's running replicas see the
Node marked \`oke-virtual-nodes.io/decommissioned\` and stop creating instances.
`;
}

describe("docs/configuration.md", () => {
  it("matches the configuration's field table", () => {
    const expected = render();
    if (process.env["UPDATE_DOCS"] === "1") writeFileSync(DOC, expected);
    expect(readFileSync(DOC, "utf8")).toBe(expected);
  });
});
