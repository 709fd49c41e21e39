/**
 * The provider's half of the pod agent, started by `app.ts` when `agent.enabled`: the feed (two
 * reflectors), the endpoint agents poll on the kubelet API port, and the context the translation
 * needs to add the agent container. Both replicas run it; their secrets come from the same file.
 */
import { readFile } from "node:fs/promises";
import type { KubeConfig, V1EndpointSlice } from "@kubernetes/client-node";
import type { AgentConfig } from "../config/types.ts";
import type { KubeHttp } from "../kube/http.ts";
import type { AgentContext } from "../oci/translate/agent.ts";
import { FeedEndpoint } from "./feed-endpoint.ts";
import { ServiceFeedSource } from "./feed-source.ts";

/** The VCN resolver, the upstream when none is configured. */
const VCN_RESOLVER = "169.254.169.254";

export interface ProviderAgent {
  readonly context: AgentContext;
  readonly source: ServiceFeedSource;
  /** The feed endpoint for the kubelet API, given how to tell whether a pod UID runs on this node. */
  endpoint(podRunsHere: (uid: string) => boolean): FeedEndpoint;
  stop(): Promise<void>;
}

/** The API server's own endpoint from the default/kubernetes EndpointSlice, if readable. */
export async function apiServerEndpoint(
  http: KubeHttp,
  log?: (message: string, fields?: Record<string, unknown>) => void,
): Promise<{ host: string; port: number } | undefined> {
  let slices: V1EndpointSlice[];
  try {
    const list = await http.request<{ items: V1EndpointSlice[] }>(
      "GET",
      "/apis/discovery.k8s.io/v1/namespaces/default/endpointslices",
      { query: { labelSelector: "kubernetes.io/service-name=kubernetes" } },
    );
    slices = list.items;
  } catch (error) {
    log?.("agent: cannot read the API server's EndpointSlice", { error: String(error) });
    return undefined;
  }
  for (const slice of slices) {
    if (slice.addressType !== "IPv4") continue;
    const host = slice.endpoints?.find((e) => e.conditions?.ready !== false)?.addresses?.[0];
    const port = slice.ports?.find((p) => p.name === "https")?.port ?? slice.ports?.[0]?.port;
    if (host && port) return { host, port };
  }
  log?.(
    "agent: the default/kubernetes EndpointSlice names no IPv4 endpoint; KUBERNETES_* keep the ClusterIP",
  );
  return undefined;
}

/** The cluster CA of the provider's kubeconfig (it also signs kubelet serving certificates issued through CSRs). */
async function clusterCa(kubeConfig: KubeConfig): Promise<string | undefined> {
  const cluster = kubeConfig.getCurrentCluster();
  if (cluster?.caData) return Buffer.from(cluster.caData, "base64").toString("utf8");
  if (cluster?.caFile) return readFile(cluster.caFile, "utf8");
  return undefined;
}

export async function startProviderAgent(options: {
  readonly config: AgentConfig;
  readonly http: KubeHttp;
  readonly kubeConfig: KubeConfig;
  /** The address and port agents reach the kubelet API at (the Node's advertised address). */
  readonly kubeletUrl: string;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}): Promise<ProviderAgent> {
  const { config, http } = options;
  if (!config.image || !config.secretFile) throw new Error("agent.image and agent.secretFile are required");
  const secret = (await readFile(config.secretFile, "utf8")).trim();
  if (secret.length < 16)
    throw new Error(`agent.secretFile ${config.secretFile}: the secret must be at least 16 characters`);
  const source = new ServiceFeedSource();
  await source.start(http, options.log ? { log: options.log } : {});
  const [apiServer, feedCa] = await Promise.all([
    apiServerEndpoint(http, options.log),
    clusterCa(options.kubeConfig),
  ]);
  const context: AgentContext = {
    image: config.image,
    feedUrls: [options.kubeletUrl],
    ...(feedCa ? { feedCa } : {}),
    secret,
    upstreamDns: config.upstreamDns.length > 0 ? config.upstreamDns : [VCN_RESOLVER],
    ...(apiServer ? { apiServer } : {}),
  };
  return {
    context,
    source,
    endpoint: (podRunsHere) => new FeedEndpoint({ feed: source.feed, secret, podRunsHere }),
    stop: () => source.stop(),
  };
}
