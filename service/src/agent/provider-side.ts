/**
 * The provider's half of the pod agent, started by `app.ts` when `agent.enabled`: the feed (two
 * reflectors), the endpoint agents poll on the kubelet API port, and the context the translation
 * needs to add the agent container. Both replicas run it; their secrets come from the same file.
 */
import { readFile } from "node:fs/promises";
import type { V1EndpointSlice, V1Service } from "@kubernetes/client-node";
import type { AgentConfig } from "../config/types.ts";
import type { KubeCredentials } from "../kube/credentials.ts";
import type { EventRecorder } from "../kube/events.ts";
import type { KubeHttp } from "../kube/http.ts";
import type { AgentContext } from "../oci/translate/agent.ts";
import { FeedEndpoint } from "./feed-endpoint.ts";
import { ServiceFeedSource } from "./feed-source.ts";
import { ServiceFeed } from "./feed.ts";
import { MAX_ADDRESSES_PER_SERVICE, MAX_PORTS_PER_SERVICE, type Truncation } from "./table.ts";
import { serviceLinkEnv } from "./service-links.ts";

/** The VCN resolver, the upstream when none is configured. */
const VCN_RESOLVER = "169.254.169.254";

export interface ProviderAgent {
  readonly context: AgentContext;
  readonly source: ServiceFeedSource;
  /** The service-link variables of a namespace's Services, from the feed source (no API call). */
  serviceLinkEnv(namespace: string): Record<string, string>;
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

/** The Warning event's reason on a Service the agents' table truncates. */
export const SERVICE_TRUNCATED_REASON = "ServiceTruncated";

/** The Warning event's message for a truncated Service (what the agents serve of it, and why). */
export function truncationMessage(truncation: Truncation): string {
  const parts: string[] = [];
  if (truncation.ports > MAX_PORTS_PER_SERVICE)
    parts.push(`${MAX_PORTS_PER_SERVICE} of its ${truncation.ports} ports`);
  if (truncation.readyAddresses > MAX_ADDRESSES_PER_SERVICE)
    // Not the count: slices arrive one by one, so the first count over the limit is not the last.
    parts.push(
      `${MAX_ADDRESSES_PER_SERVICE} of its more than ${MAX_ADDRESSES_PER_SERVICE} ready endpoint addresses`,
    );
  return `pod agents on virtual nodes serve only ${parts.join(" and ")} (the agent's table is bounded; see docs/networking.md)`;
}

/**
 * Records the ServiceTruncated Warning event once per Service and truncation, from the leader
 * only. Both replicas hear every truncation; a standby that takes over reports the current ones
 * that have no such event yet (it asks the API server), so a failover neither loses nor repeats one.
 */
export class TruncationReporter {
  private readonly reported = new Set<string>();
  private readonly options: {
    readonly http: KubeHttp;
    readonly events: EventRecorder;
    readonly isLeader: () => boolean;
  };

  constructor(options: TruncationReporter["options"]) {
    this.options = options;
  }

  /** A truncation heard from the feed source: recorded now when leading, else left for takeover. */
  truncated(service: V1Service, truncation: Truncation): void {
    if (!this.options.isLeader()) return;
    this.record(service, truncation);
  }

  /** On becoming leader: every current truncation without an event on its Service is recorded. */
  async takeOver(current: ReadonlyArray<{ service: V1Service; truncation: Truncation }>): Promise<void> {
    for (const { service, truncation } of current) {
      const uid = service.metadata?.uid;
      if (!uid || this.reported.has(signature(service, truncation))) continue;
      const existing = await this.options.http
        .request<{ items: Array<{ message?: string }> }>(
          "GET",
          `/api/v1/namespaces/${service.metadata?.namespace ?? "default"}/events`,
          {
            query: {
              fieldSelector: `involvedObject.uid=${uid},reason=${SERVICE_TRUNCATED_REASON}`,
            },
          },
        )
        .catch(() => ({ items: [] }));
      const message = truncationMessage(truncation);
      if (existing.items.some((event) => event.message === message))
        this.reported.add(signature(service, truncation));
      else this.record(service, truncation);
    }
  }

  private record(service: V1Service, truncation: Truncation): void {
    const key = signature(service, truncation);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.options.events.record(
      {
        kind: "Service",
        name: service.metadata?.name ?? "",
        namespace: service.metadata?.namespace ?? "default",
        ...(service.metadata?.uid ? { uid: service.metadata.uid } : {}),
      },
      "Warning",
      SERVICE_TRUNCATED_REASON,
      truncationMessage(truncation),
    );
  }
}

function signature(service: V1Service, truncation: Truncation): string {
  return `${service.metadata?.uid ?? ""}/${truncationMessage(truncation)}`;
}

/** The cluster CA of the provider's kubeconfig (it also signs kubelet serving certificates issued through CSRs). */
async function clusterCa(kubeConfig: KubeCredentials): Promise<string | undefined> {
  const cluster = kubeConfig.getCurrentCluster();
  if (cluster?.caData) return Buffer.from(cluster.caData, "base64").toString("utf8");
  if (cluster?.caFile) return readFile(cluster.caFile, "utf8");
  return undefined;
}

export async function startProviderAgent(options: {
  readonly config: AgentConfig;
  readonly http: KubeHttp;
  readonly kubeConfig: KubeCredentials;
  /** The address and port agents reach the kubelet API at (the Node's advertised address). */
  readonly kubeletUrl: string;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  /** Called once per truncated Service (the caller records a Warning event when it leads). */
  readonly onTruncated?: (service: V1Service, truncation: Truncation) => void;
}): Promise<ProviderAgent> {
  const { config, http } = options;
  if (!config.image || !config.secretFile) throw new Error("agent.image and agent.secretFile are required");
  const secret = (await readFile(config.secretFile, "utf8")).trim();
  if (secret.length < 16)
    throw new Error(`agent.secretFile ${config.secretFile}: the secret must be at least 16 characters`);
  const source = new ServiceFeedSource(new ServiceFeed(), options.onTruncated);
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
    ...(config.dataPath === "privileged" ? { privileged: true } : {}),
  };
  return {
    context,
    source,
    serviceLinkEnv: (namespace) => serviceLinkEnv(source.servicesIn(namespace)),
    endpoint: (podRunsHere) => new FeedEndpoint({ feed: source.feed, secret, podRunsHere }),
    stop: () => source.stop(),
  };
}
