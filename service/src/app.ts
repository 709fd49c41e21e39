/**
 * Wires one virtual node together from a validated configuration: Kubernetes client,
 * OCI clients, provider, node and pod controllers. `main.ts` handles the process.
 */
import { networkInterfaces } from "node:os";
import type { V1Pod, V1Service } from "@kubernetes/client-node";
import { COLLISION_REASON, CollisionReporter } from "./agent/collisions.ts";
import { startProviderAgent, TruncationReporter } from "./agent/provider-side.ts";
import type { OciOperation, ProviderConfig } from "./config/types.ts";
import { NodeController, type NodeProblem } from "./controllers/node.ts";
import { PodController } from "./controllers/pods.ts";
import { NotFoundError } from "./errors.ts";
import { EventRecorder } from "./kube/events.ts";
import { loadKubeCredentials } from "./kube/credentials.ts";
import { KubeHttp } from "./kube/http.ts";
import { LeaderElector } from "./leader/election.ts";
import { type RunningKubeletApi, startKubeletApi } from "./kubelet/index.ts";
import { createOciClients } from "./oci/clients.ts";
import { nodeContext, ociClientOptions, translationDefaults } from "./oci/from-config.ts";
import { OciProvider } from "./oci/provider.ts";
import { createProviderMetrics } from "./observability/provider-metrics.ts";
import { type ObservabilityServers, startObservability } from "./observability/server.ts";
import { Backoff } from "./util/backoff.ts";
import { TokenBucket } from "./util/token-bucket.ts";
import type { Logger } from "./util/log.ts";

export const VERSION = "0.1.0";
/** The Kubernetes minor this kubelet API and node status mimic. */
const KUBELET_VERSION = "v1.34.0-oke-virtual-nodes";

export interface RunningProvider {
  readonly provider: OciProvider;
  readonly pods: PodController;
  readonly node: NodeController;
  readonly elector: LeaderElector | undefined;
  readonly kubeletApi: RunningKubeletApi;
  stop(): Promise<void>;
}

function operationClass(operation: string): OciOperation {
  if (operation.startsWith("Create")) return "create";
  if (operation.startsWith("Delete")) return "delete";
  if (operation.startsWith("List")) return "list";
  if (operation.startsWith("Get")) return "get";
  return "other";
}

/**
 * The zone label for an availability domain. AD names carry a tenancy prefix with a colon
 * (`Uocm:PHX-AD-1`), which label values cannot hold; OKE labels its nodes `PHX-AD-1`.
 */
export function zoneLabel(availabilityDomain: string): string {
  return availabilityDomain.slice(availabilityDomain.indexOf(":") + 1);
}

/** The first non-internal IPv4 address of this machine (the pod IP in a cluster). */
function defaultAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? [])
      if (address.family === "IPv4" && !address.internal) return address.address;
  }
  return "127.0.0.1";
}

/**
 * The address written into the Node: configured; else the IP of the load balancer in front
 * of all replicas (so it reaches a healthy one whichever leads); else this replica's own.
 */
/**
 * The provider keeps its own objects (final logs of finished pods, the leader Lease) in
 * `config.namespace`; a missing one loses them. Checked once at start: a problem to report, or
 * undefined when it exists (or cannot be read now, which is not proof it is missing).
 */
async function checkOwnNamespace(http: KubeHttp, namespace: string): Promise<NodeProblem | undefined> {
  try {
    await http.request("GET", `/api/v1/namespaces/${namespace}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof NotFoundError)) return undefined;
    return {
      reason: "ProviderNamespaceMissing",
      message: `namespace ${namespace} (the provider's own) does not exist: final logs of finished pods cannot be kept; create it and restart the provider`,
    };
  }
}

async function advertisedAddress(http: KubeHttp, config: ProviderConfig, logger: Logger): Promise<string> {
  if (config.kubeletApi.advertisedAddress) return config.kubeletApi.advertisedAddress;
  const service = config.kubeletApi.service;
  if (!service) return process.env["POD_IP"] ?? defaultAddress();
  const [namespace, name] = service.split("/");
  // 1 s doubling up to 10 s: a load balancer takes from seconds to minutes to get its IP.
  const wait = new Backoff({ initialMs: 1000, maxMs: 10_000, jitter: 0.2 });
  for (;;) {
    const found = await http
      .request<V1Service>("GET", `/api/v1/namespaces/${namespace}/services/${name}`)
      .catch((error: unknown) => {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      });
    const ip = found?.status?.loadBalancer?.ingress?.find((i) => i.ip)?.ip;
    if (ip) return ip;
    if (wait.failures % 10 === 0) logger.info("waiting for the kubelet API load balancer's IP", { service });
    await wait.wait();
  }
}

async function clusterDnsIp(http: KubeHttp, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  try {
    const service = await http.request<V1Service>("GET", "/api/v1/namespaces/kube-system/services/kube-dns");
    return service.spec?.clusterIP ?? "";
  } catch (error) {
    if (error instanceof NotFoundError) return "";
    throw error;
  }
}

export async function startProvider(config: ProviderConfig, logger: Logger): Promise<RunningProvider> {
  const kubeConfig = await loadKubeCredentials(config.kubeconfig);
  const metrics = createProviderMetrics();
  let ready = false;
  const observability: ObservabilityServers = await startObservability(
    metrics.registry,
    { metrics: config.observability.metricsAddress, health: config.observability.healthAddress },
    () => ready,
  );
  const http = new KubeHttp(kubeConfig, {
    qps: config.kubernetes.qps,
    burst: config.kubernetes.burst,
    onRequest: (method, status) => metrics.apiserverRequests.inc({ method, status: String(status) }),
  });
  const address = await advertisedAddress(http, config, logger);
  // Both replicas watch, poll and serve; only the leader mutates (OCI, pod status, Node, events).
  const elector = config.leaderElection.enabled
    ? new LeaderElector({
        http,
        namespace: config.leaderElection.leaseNamespace,
        name: config.leaderElection.leaseName,
        identity: config.leaderElection.identity,
        leaseDurationSeconds: config.leaderElection.leaseDurationSeconds,
        renewDeadlineSeconds: config.leaderElection.renewDeadlineSeconds,
        retryPeriodSeconds: config.leaderElection.retryPeriodSeconds,
        log: logger.info,
        onStartedLeading: () => onStartedLeading(),
      })
    : undefined;
  const isLeader = (): boolean => elector?.isLeader() ?? true;
  let onStartedLeading = (): void => {};

  const events = new EventRecorder(http, config.nodeName, logger.warn);
  // Warning events on Services the agents' table truncates: from the leader, once (docs/networking.md).
  const truncations = new TruncationReporter({ http, events, isLeader });

  // The pod agent's feed: two watches per replica, however many pods (docs/networking.md).
  const agent = config.agent.enabled
    ? await startProviderAgent({
        config: config.agent,
        http,
        kubeConfig,
        kubeletUrl: `https://${address.includes(":") ? `[${address}]` : address}:${config.kubeletApi.port}`,
        log: logger.warn,
        onTruncated: (service, truncation) => truncations.truncated(service, truncation),
      })
    : undefined;
  const clients = await createOciClients(ociClientOptions(config));
  const provider = new OciProvider({
    clients,
    node: {
      ...nodeContext(config, await clusterDnsIp(http, config.kubernetes.clusterDnsIp), address),
      ...(agent ? { agent: agent.context } : {}),
    },
    defaults: translationDefaults(config),
    pollIntervalMs: 2000,
    rateLimitFor: (operation) => config.oci.rateLimits[operationClass(operation)],
    isLeader,
    observe: (operation, status) => metrics.ociCalls.inc({ operation, status: String(status) }),
    log: logger.warn,
    ...(config.oci.podIp.choose
      ? { podIp: { subnetCidr: config.oci.podIp.subnetCidr, everyPod: config.oci.podIp.everyPod } }
      : {}),
  });
  await provider.start();

  const labels: Record<string, string> = {
    type: "virtual-kubelet",
    "kubernetes.io/role": "agent",
    "kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": config.nodeName,
    "node.kubernetes.io/instance-type": config.oci.defaultShape,
    "topology.kubernetes.io/region": config.oci.region,
    "topology.kubernetes.io/zone": zoneLabel(config.node.availabilityDomain),
    ...(config.node.faultDomain ? { "oci.oraclecloud.com/fault-domain": config.node.faultDomain } : {}),
    ...config.node.labels,
  };
  const ownNamespace = await checkOwnNamespace(http, config.namespace);
  if (ownNamespace) {
    // Loudly: final logs of finished pods (and the Lease) would be lost without it.
    logger.error("the provider's namespace is missing", {
      namespace: config.namespace,
      problem: ownNamespace.message,
    });
    events.record(
      { kind: "Node", name: config.nodeName, uid: config.nodeName },
      "Warning",
      ownNamespace.reason,
      ownNamespace.message,
    );
  }
  const node = new NodeController({
    http,
    isLeader,
    log: logger.warn,
    problems: () => (ownNamespace ? [ownNamespace] : []),
    spec: {
      nodeName: config.nodeName,
      labels,
      taints: config.node.taint ? [{ ...config.node.taint }] : [],
      capacity: {
        cpu: config.node.capacity.cpu,
        memory: config.node.capacity.memory,
        pods: String(config.node.capacity.pods),
      },
      address,
      kubeletPort: config.kubeletApi.port,
      nodeInfo: {
        kubeletVersion: KUBELET_VERSION,
        kubeProxyVersion: "",
        operatingSystem: "linux",
        architecture: "amd64",
        containerRuntimeVersion: "oci-container-instances://20210415",
        kernelVersion: "",
        osImage: `oke-virtual-nodes ${VERSION}`,
        machineID: "",
        systemUUID: "",
        bootID: "",
      },
      leaseDurationSeconds: config.node.leaseDurationSeconds,
      leaseRenewIntervalMs: config.node.leaseRenewIntervalSeconds * 1000,
      statusIntervalMs: config.node.statusUpdateIntervalSeconds * 1000,
    },
  });
  await node.start();

  // Service ports the unprivileged agent cannot proxy in a pod that listens on them: a Warning on
  // the pod, when its instance is requested and when a Service appears or changes. The privileged
  // agent's DNAT takes nothing from the pod's own sockets: no collision there (docs/networking.md).
  const collisions =
    agent && !agent.context.privileged
      ? new CollisionReporter((pod, message) => {
          if (!isLeader()) return;
          const { namespace, name, uid } = pod.metadata ?? {};
          events.record(
            { kind: "Pod", namespace: namespace ?? "", name: name ?? "", uid },
            "Warning",
            COLLISION_REASON,
            message,
          );
        })
      : undefined;
  const pods = new PodController({
    http,
    provider,
    events,
    nodeName: config.nodeName,
    hostIp: address,
    queues: { sync: config.queues.sync, status: config.queues.status, orphans: config.queues.orphans },
    bucket: new TokenBucket(config.queues.qps, config.queues.burst),
    resyncMs: config.kubernetes.resyncPeriodSeconds * 1000,
    stallMs: config.kubernetes.watchStallSeconds * 1000,
    isLeader,
    acceptingPods: () => !node.decommissioned,
    log: logger.warn,
    observePhase: (phase, seconds) => metrics.podPhases.observe({ phase }, seconds),
    captureFinalLogs: (pod) => kubeletApi.finalLogs.capture(pod),
    ...(agent
      ? {
          serviceLinkEnv: (namespace: string) => agent.serviceLinkEnv(namespace),
          instanceCreated: (pod: V1Pod) => collisions?.check(pod, agent.source.allServices()),
        }
      : {}),
  });
  if (agent && collisions) {
    agent.source.serviceChanged = (service) => {
      const uids = new Set<string>();
      for (const pod of pods.pods.values()) {
        uids.add(pod.metadata?.uid ?? "");
        if (!pod.metadata?.deletionTimestamp) collisions.check(pod, [service]);
      }
      collisions.retain(uids);
    };
  }
  // --- kubelet API (issue 5): HTTPS for logs, stats, metrics; final logs kept past the instance ---
  const kubeletApi = await startKubeletApi(config, {
    http,
    provider,
    pods: pods.pods,
    podsSynced: pods.pods.hasSynced,
    address,
    isLeader,
    logger,
    registry: metrics.registry,
    ...(agent ? { feed: agent.endpoint((uid) => podUidRunsHere(pods.pods, uid)) } : {}),
  });
  // --- end kubelet API ---
  metrics.watch({
    queues: { sync: pods.sync, status: pods.status, orphans: pods.orphans, events },
    instances: () => provider.listInstances().length,
    leader: isLeader,
  });
  await pods.start();
  onStartedLeading = () => {
    // Take over at once: heartbeat the Node and look at every pod again.
    void node
      .register()
      .catch((error: unknown) => logger.warn("registering node failed", { error: String(error) }));
    pods.resync();
    if (agent) void truncations.takeOver(agent.source.currentTruncations());
  };
  elector?.start();
  ready = true;
  logger.info("virtual node running", {
    node: config.nodeName,
    address,
    instances: provider.listInstances().length,
    metricsPort: observability.metricsPort,
    healthPort: observability.healthPort,
  });

  return {
    provider,
    pods,
    node,
    kubeletApi,
    elector,
    async stop() {
      // Hand leadership over first so the standby takes over without waiting for expiry.
      await elector?.stop();
      await kubeletApi.stop(); // kubelet API
      await agent?.stop();
      await pods.stop();
      await node.stop();
      await provider.stop();
      clients.close();
      http.close();
      await observability.close();
    },
  };
}

/** Whether a pod with this UID is in the node's pod cache and not being deleted (agent feed access). */
function podUidRunsHere(pods: { values(): Iterable<V1Pod> }, uid: string): boolean {
  for (const pod of pods.values()) if (pod.metadata?.uid === uid) return !pod.metadata.deletionTimestamp;
  return false;
}
