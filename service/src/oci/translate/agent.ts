/**
 * The pod agent container (docs/networking.md): added to every instance unless the node has no
 * agent configured or the pod opts out with `oke-virtual-nodes.io/agent: disabled`. Its CPU and
 * memory are added to the pod's demand before the shape is fitted. With the unprivileged agent,
 * ClusterFirst DNS names the agent's loopback resolver, and service-link variables name the agent's
 * per-Service loopback addresses; KUBERNETES_SERVICE_* name the API server's own endpoint
 * (its serving certificate does not cover a loopback address). With the privileged agent (node
 * config `agent.dataPath: privileged`) the agent container asks for capability ALL and runs as
 * root, and DNS and every service variable stay on the real ClusterIPs, which its nftables rules
 * serve (the kube-dns ClusterIP's port 53 goes to the agent's own DNS server).
 */
import type { V1Pod } from "@kubernetes/client-node";
import { models } from "oci-containerinstances";
import { AGENT_POD_UID_ENV, AGENT_TOKEN_ENV, agentCredential } from "../../agent/credential.ts";
import { AGENT_COMMAND } from "../../agent/launch.ts";
import { AGENT_DNS_ADDRESS, serviceLoopbackAddress } from "../../agent/loopback.ts";
import { AGENT_ANNOTATION, AGENT_CONTAINER, AGENT_RESOURCES_ANNOTATION } from "../../agent/names.ts";
import { BYTES_PER_GB, type PodDemand } from "./shape.ts";
import type { Report } from "./types.ts";

export { AGENT_ANNOTATION, AGENT_CONTAINER, AGENT_RESOURCES_ANNOTATION };

/** What the translation needs to add the agent; absent from NodeContext means no agent on this node. */
export interface AgentContext {
  /** This project's image (the `--agent` entrypoint mode). */
  readonly image: string;
  /** Kubelet API base URLs of the node's provider replicas, e.g. `https://10.0.1.5:10250`. */
  readonly feedUrls: readonly string[];
  /** PEM of the CA that signed the replicas' serving certificates. @default - the agent reads the service account's ca.crt */
  readonly feedCa?: string;
  /** The per-node secret agent credentials derive from (./agent/credential.ts). */
  readonly secret: string;
  /** Resolvers for names outside the cluster (CoreDNS endpoints, else the VCN resolver). */
  readonly upstreamDns: readonly string[];
  /** The API server's endpoint (from the default/kubernetes EndpointSlice). @default - KUBERNETES_* left as resolved */
  readonly apiServer?: { readonly host: string; readonly port: number };
  /**
   * The privileged data path: the agent container adds capability ALL (OCI's list has no
   * CAP_NET_ADMIN alone) and runs as uid 0; the agent then requires CAP_NET_ADMIN and nftables.
   * @default false - the unprivileged path (loopback DNS and proxies)
   */
  readonly privileged?: boolean;
  /** @default 100 */
  readonly milliCpu?: number;
  /** @default 128 MiB */
  readonly memoryBytes?: number;
}

const DEFAULT_MILLI_CPU = 100;
const DEFAULT_MEMORY_BYTES = 128 * 1024 * 1024;

/** Whether this pod gets the agent; a user container with the reserved name is a problem. */
export function wantsAgent(
  pod: V1Pod,
  agent: AgentContext | undefined,
  report: Report,
): agent is AgentContext {
  (pod.spec?.containers ?? []).forEach((container, index) => {
    if (container.name === AGENT_CONTAINER) {
      report.invalid(`spec.containers[${index}].name`, `${AGENT_CONTAINER} is reserved for the pod agent`);
    }
  });
  return agent !== undefined && pod.metadata?.annotations?.[AGENT_ANNOTATION] !== "disabled";
}

export function withAgentDemand(demand: PodDemand, agent: AgentContext): PodDemand {
  return {
    ...demand,
    milliCpu: demand.milliCpu + BigInt(agent.milliCpu ?? DEFAULT_MILLI_CPU),
    memoryBytes: demand.memoryBytes + BigInt(agent.memoryBytes ?? DEFAULT_MEMORY_BYTES),
  };
}

export function agentAnnotations(agent: AgentContext): Record<string, string> {
  const memoryMi = Math.ceil((agent.memoryBytes ?? DEFAULT_MEMORY_BYTES) / (1024 * 1024));
  return { [AGENT_RESOURCES_ANNOTATION]: `cpu=${agent.milliCpu ?? DEFAULT_MILLI_CPU}m,memory=${memoryMi}Mi` };
}

const AGENT_SECURITY_CONTEXT: models.CreateLinuxSecurityContextDetails = {
  securityContextType: "LINUX",
  runAsUser: 0,
  runAsGroup: 0,
  isRootFileSystemReadonly: true,
};

/** The agent's CreateContainerDetails; limits equal to what it adds to the instance. */
export function agentContainer(
  pod: V1Pod,
  agent: AgentContext,
  cluster: { readonly clusterDomain: string; readonly clusterDnsIp: string },
): models.CreateContainerDetails {
  const uid = pod.metadata?.uid ?? "";
  const ports = (pod.spec?.containers ?? []).flatMap((c) =>
    (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}`),
  );
  const env: Record<string, string> = {
    OKEVN_FEED_URLS: agent.feedUrls.join(","),
    [AGENT_POD_UID_ENV]: uid,
    [AGENT_TOKEN_ENV]: agentCredential(agent.secret, uid),
    OKEVN_CLUSTER_DOMAIN: cluster.clusterDomain,
    OKEVN_DATA_PATH: agent.privileged ? "privileged" : "unprivileged",
    ...(agent.privileged ? { OKEVN_CLUSTER_DNS: cluster.clusterDnsIp } : {}),
    ...(agent.upstreamDns.length > 0 ? { OKEVN_UPSTREAM_DNS: agent.upstreamDns.join(",") } : {}),
    ...(ports.length > 0 ? { OKEVN_POD_PORTS: [...new Set(ports)].join(",") } : {}),
    ...(agent.feedCa ? { OKEVN_FEED_CA: agent.feedCa } : {}),
  };
  return {
    displayName: AGENT_CONTAINER,
    imageUrl: agent.image,
    // The bundled agent, not the image's provider entrypoint (./agent/launch.ts).
    command: [...AGENT_COMMAND],
    arguments: ["--agent"],
    environmentVariables: env,
    isResourcePrincipalDisabled: true,
    // Root: the agent binds port 53 and Service ports below 1024 on loopback, which needs
    // CAP_NET_BIND_SERVICE (a non-root user has no effective capabilities, and whether OCI lowers
    // net.ipv4.ip_unprivileged_port_start is not documented). The runtime's default capability set
    // on the unprivileged path; ALL (OCI offers no CAP_NET_ADMIN alone) on the privileged one.
    securityContext: agent.privileged
      ? {
          ...AGENT_SECURITY_CONTEXT,
          capabilities: { addCapabilities: [models.ContainerCapabilities.AddCapabilities.All] },
        }
      : AGENT_SECURITY_CONTEXT,
    resourceConfig: {
      vcpusLimit: (agent.milliCpu ?? DEFAULT_MILLI_CPU) / 1000,
      memoryLimitInGBs: (agent.memoryBytes ?? DEFAULT_MEMORY_BYTES) / Number(BYTES_PER_GB),
    },
  };
}

/** The ClusterFirst resolver with the unprivileged agent (the privileged one keeps the kube-dns ClusterIP). */
export const AGENT_NAMESERVER = AGENT_DNS_ADDRESS;

/**
 * Service variables rewritten for the agent's data path: `{SVC}_SERVICE_HOST` and the
 * `{SVC}_PORT*` URLs name the Service's loopback address (a Service name is a DNS label, so
 * `{SVC}` maps back to exactly one name); KUBERNETES_* name the API server endpoint when known.
 */
export function agentServiceEnv(
  env: Readonly<Record<string, string>>,
  namespace: string,
  apiServer: AgentContext["apiServer"],
): Record<string, string> {
  const out: Record<string, string> = {};
  const hosts = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    const match = /^([A-Z0-9_]+)_SERVICE_HOST$/.exec(name);
    if (match) hosts.set(match[1]!, value);
  }
  // Longest first: `WEB_PORT_SERVICE_HOST` (Service web-port) must not be taken for Service web.
  const prefixes = [...hosts.keys()].sort((a, b) => b.length - a.length);
  for (const [name, value] of Object.entries(env)) {
    const prefix = prefixes.find(
      (p) =>
        name === `${p}_SERVICE_HOST` || name.startsWith(`${p}_PORT`) || name.startsWith(`${p}_SERVICE_PORT`),
    );
    if (prefix === undefined) {
      out[name] = value;
      continue;
    }
    if (prefix === "KUBERNETES") {
      out[name] = apiServer ? kubernetesValue(name, value, apiServer) : value;
      continue;
    }
    const address = serviceLoopbackAddress(`${namespace}/${prefix.toLowerCase().replace(/_/g, "-")}`);
    out[name] =
      name.endsWith("_SERVICE_HOST") || name.endsWith("_ADDR")
        ? address
        : value.replace(hosts.get(prefix)!, address);
  }
  return out;
}

function kubernetesValue(name: string, value: string, api: { host: string; port: number }): string {
  if (name === "KUBERNETES_SERVICE_HOST" || name.endsWith("_ADDR")) return api.host;
  if (
    name === "KUBERNETES_SERVICE_PORT" ||
    name === "KUBERNETES_SERVICE_PORT_HTTPS" ||
    name.endsWith("_TCP_PORT")
  )
    return String(api.port);
  if (/^tcp:\/\//.test(value)) return `tcp://${api.host}:${api.port}`;
  return value;
}
