/**
 * The provider's configuration: `apiVersion: oke-virtual-nodes.io/v1alpha1`, `kind: ProviderConfig`.
 *
 * ```ts
 * const result = await loadConfig(process.argv.slice(2), process.env);
 * if (result.kind === "help") { process.stdout.write(result.text); process.exit(0); }
 * const { config, warnings } = result;
 * ```
 * A `ConfigError` (thrown) carries every problem; print its `message`, not its stack.
 */
export { loadConfig, defaultConfig, TEST_REQUIRED, type LoadResult, type LoadOptions } from "./load.ts";
export { ConfigError, formatProblems } from "./errors.ts";
export { renderHelp, renderMarkdownReference, renderExampleFile } from "./render.ts";
export type { HostInfo, Resolved } from "./resolve.ts";
export type { Origin } from "./sources.ts";
export { FIELDS, type Field } from "./schema.ts";
export * from "./types.ts";
