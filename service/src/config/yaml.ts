/**
 * The YAML parser, kept behind one function so it can be swapped in one place.
 *
 * It uses `loadYaml` of @kubernetes/client-node, a direct dependency of the service (js-yaml
 * underneath: YAML 1.2 core schema, duplicate keys rejected, errors with line and column). That
 * function also maps objects whose apiVersion/kind name a Kubernetes type onto that type; a
 * ProviderConfig names none, and anything else is rejected by the kind check anyway.
 * Loaded lazily: only YAML files need it.
 */
export async function parseYaml(text: string): Promise<unknown> {
  const { loadYaml } = await import("@kubernetes/client-node");
  return loadYaml<unknown>(text);
}
