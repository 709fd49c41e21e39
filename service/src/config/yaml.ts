/**
 * The YAML parser, kept behind one function so it can be swapped in one place.
 *
 * js-yaml (YAML 1.2 core schema, duplicate keys rejected, errors with line and column), the
 * parser @kubernetes/client-node's `loadYaml` wraps; used directly since issue 18, because
 * importing client-node for it loaded that package's whole module graph (about 80 MiB resident).
 * An empty document is an error, as it was with `loadYaml`. Loaded lazily: only YAML files need it.
 */
export async function parseYaml(text: string): Promise<unknown> {
  const { load } = await import("js-yaml");
  const doc = load(text);
  if (doc === undefined || doc === null) throw new Error("Failed to load YAML");
  return doc;
}
