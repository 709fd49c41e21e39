/**
 * The Docker-link variables a kubelet injects for the Services of a pod's namespace
 * (`{SVC}_SERVICE_HOST`, `{SVC}_SERVICE_PORT[_{PORT_NAME}]`, `{SVC}_PORT[_{port}_{proto}[_PROTO|_PORT|_ADDR]]`),
 * from the Services the provider's feed source already holds (no API call per pod). Values name
 * the ClusterIP, as a kubelet's do; the translation moves them to the agent's loopback addresses.
 */
import type { V1Service } from "@kubernetes/client-node";

/** `my-svc` → `MY_SVC`. */
function envPrefix(name: string): string {
  return name.toUpperCase().replace(/-/g, "_");
}

/**
 * The variables of `services` (those of one namespace), for Services with a ClusterIP (not
 * headless, not ExternalName). `default/kubernetes` is left out: KUBERNETES_* come separately.
 */
export function serviceLinkEnv(services: Iterable<V1Service>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const service of services) {
    const { name, namespace } = service.metadata ?? {};
    const ip = service.spec?.clusterIP;
    const ports = service.spec?.ports ?? [];
    if (!name || !ip || ip === "None" || ports.length === 0) continue;
    if (namespace === "default" && name === "kubernetes") continue;
    const prefix = envPrefix(name);
    const first = ports[0]!;
    env[`${prefix}_SERVICE_HOST`] = ip;
    env[`${prefix}_SERVICE_PORT`] = String(first.port);
    env[`${prefix}_PORT`] = `${(first.protocol ?? "TCP").toLowerCase()}://${ip}:${first.port}`;
    for (const port of ports) {
      const protocol = port.protocol ?? "TCP";
      if (port.name) env[`${prefix}_SERVICE_PORT_${envPrefix(port.name)}`] = String(port.port);
      const base = `${prefix}_PORT_${port.port}_${protocol.toUpperCase()}`;
      env[base] = `${protocol.toLowerCase()}://${ip}:${port.port}`;
      env[`${base}_PROTO`] = protocol.toLowerCase();
      env[`${base}_PORT`] = String(port.port);
      env[`${base}_ADDR`] = ip;
    }
  }
  return env;
}
