/**
 * The provider's configuration, version `oke-virtual-nodes.io/v1alpha1`, kind `ProviderConfig`.
 *
 * These types describe the resolved result: every field is present, defaults are applied and the
 * whole object is deep-frozen. What each field means, its default, flag and environment variable
 * are in the field table (`schema.ts`), which also generates `--help` and docs/configuration.md.
 * Durations are plain numbers with the unit in the name; quantities stay Kubernetes quantity strings.
 */

export const API_VERSION = "oke-virtual-nodes.io/v1alpha1";
export const KIND = "ProviderConfig";

export const OCI_AUTH_METHODS = [
  "configFile",
  "instancePrincipal",
  "resourcePrincipal",
  "workloadIdentity",
] as const;
export type OciAuthMethod = (typeof OCI_AUTH_METHODS)[number];

export const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"] as const;
export type TaintEffect = (typeof TAINT_EFFECTS)[number];

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_STORES = ["configMap", "objectStorage", "none"] as const;
export type LogStore = (typeof LOG_STORES)[number];
/** The pod agent's data path (docs/networking.md). */
export const AGENT_DATA_PATHS = ["unprivileged", "privileged"] as const;
export type AgentDataPath = (typeof AGENT_DATA_PATHS)[number];

/** OCI calls are rate-limited per class of operation. */
export const OCI_OPERATIONS = ["create", "delete", "get", "list", "other"] as const;
export type OciOperation = (typeof OCI_OPERATIONS)[number];

/** The three work queues of the pod controller. */
export const QUEUE_NAMES = ["sync", "status", "orphans"] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface ProviderConfig {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: typeof KIND;
  readonly nodeName: string;
  readonly clusterName: string;
  /** Unset: in-cluster service account. */
  readonly kubeconfig: string | undefined;
  readonly namespace: string;
  readonly node: NodeConfig;
  readonly kubeletApi: KubeletApiConfig;
  readonly oci: OciConfig;
  readonly kubernetes: KubernetesConfig;
  readonly queues: QueuesConfig;
  readonly leaderElection: LeaderElectionConfig;
  readonly observability: ObservabilityConfig;
  readonly logs: LogsConfig;
  readonly agent: AgentConfig;
}

export interface NodeConfig {
  readonly capacity: {
    /** Kubernetes quantity, e.g. `"1000"`. */
    readonly cpu: string;
    /** Kubernetes quantity, e.g. `"4Ti"`. */
    readonly memory: string;
    readonly pods: number;
  };
  /** User labels, to be merged over the built-in Node labels (user wins). */
  readonly labels: Readonly<Record<string, string>>;
  /** `null`: the Node is registered without a taint. */
  readonly taint: Taint | null;
  readonly availabilityDomain: string;
  /** Unset: OCI picks the fault domain. */
  readonly faultDomain: string | undefined;
  readonly leaseDurationSeconds: number;
  readonly leaseRenewIntervalSeconds: number;
  readonly statusUpdateIntervalSeconds: number;
}

export interface Taint {
  readonly key: string;
  readonly value: string;
  readonly effect: TaintEffect;
}

export interface KubeletApiConfig {
  readonly listenAddress: string;
  readonly port: number;
  /** Unset: derived at runtime. */
  readonly advertisedAddress: string | undefined;
  /** `namespace/name` of the LoadBalancer Service in front of the replicas. */
  readonly service: string | undefined;
  /** Set together with `tlsKeyFile`, or both unset (then a CSR-issued certificate). */
  readonly tlsCertFile: string | undefined;
  readonly tlsKeyFile: string | undefined;
  readonly clientCaFile: string | undefined;
  readonly portForward: PortForwardConfig;
}

export interface PortForwardConfig {
  readonly websocket: boolean;
  readonly idleTimeoutSeconds: number;
  readonly streamCreationTimeoutSeconds: number;
  readonly maxStreamsPerConnection: number;
  readonly maxConnectionsPerNode: number;
}

export interface RateLimit {
  /** Sustained calls per second (may be fractional). */
  readonly qps: number;
  /** Calls allowed at once before `qps` applies. */
  readonly burst: number;
}

export interface OciConfig {
  readonly auth: OciAuthMethod;
  readonly configFile: string;
  readonly profile: string;
  readonly region: string;
  readonly compartmentId: string;
  readonly subnetId: string;
  readonly nsgIds: readonly string[];
  /** Choosing the VNIC address of pods that read `status.podIP` (service/src/oci/pod-ip.ts). */
  readonly podIp: {
    readonly choose: boolean;
    readonly everyPod: boolean;
    readonly subnetCidr: string | undefined;
  };
  readonly defaultShape: string;
  /** Each unset: the region's public endpoint. */
  readonly endpoints: {
    readonly containerInstances: string | undefined;
    readonly core: string | undefined;
    readonly monitoring: string | undefined;
  };
  readonly maxInFlightCreates: number;
  readonly rateLimits: Readonly<Record<OciOperation, RateLimit>>;
  readonly retry: {
    readonly maxAttempts: number;
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
  };
  readonly circuitBreaker: { readonly enabled: boolean };
}

export interface KubernetesConfig {
  readonly qps: number;
  readonly burst: number;
  readonly resyncPeriodSeconds: number;
  readonly watchStallSeconds: number;
  /** Unset: read the ClusterIP of the kube-system/kube-dns Service. */
  readonly clusterDnsIp: string | undefined;
  readonly clusterDomain: string;
}

export interface QueueConfig {
  readonly workers: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export interface QueuesConfig extends Readonly<Record<QueueName, QueueConfig>> {
  /** Global token bucket shared by all queues. */
  readonly qps: number;
  readonly burst: number;
}

export interface LeaderElectionConfig {
  readonly enabled: boolean;
  readonly leaseName: string;
  readonly leaseNamespace: string;
  readonly identity: string;
  readonly leaseDurationSeconds: number;
  readonly renewDeadlineSeconds: number;
  readonly retryPeriodSeconds: number;
}

export interface ObservabilityConfig {
  /** `host:port`; IPv6 hosts in brackets. */
  readonly metricsAddress: string;
  readonly healthAddress: string;
  readonly logLevel: LogLevel;
}

export interface AgentConfig {
  readonly enabled: boolean;
  readonly image: string | undefined;
  readonly secretFile: string | undefined;
  readonly upstreamDns: readonly string[];
  readonly dataPath: AgentDataPath;
}

export interface LogsConfig {
  readonly store: LogStore;
  readonly maxBytesPerContainer: number;
}

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * The shape of a configuration file's content without `apiVersion` and `kind`: every field
 * optional, `node.taint` may be `null`. Used by `defaultConfig` overrides.
 */
export type ProviderConfigInput = DeepPartial<Omit<ProviderConfig, "apiVersion" | "kind">>;

/** One thing wrong with the configuration. */
export interface ConfigProblem {
  /** Field path such as `node.capacity.pods`, `oci.nsgIds[1]`, or a flag/variable name. */
  readonly path: string;
  readonly message: string;
}
