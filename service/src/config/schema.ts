/**
 * The field table: the one description of every configuration field. Validation, the file walk,
 * flags, environment variables, `--help` and the Markdown reference are all generated from it.
 *
 * Naming is mechanical: the field `kubeletApi.tlsCertFile` has the flag `--kubelet-api-tls-cert-file`
 * and the environment variable `OKEVN_KUBELET_API_TLS_CERT_FILE`.
 */
import * as r from "./rules.ts";
import type { Check } from "./rules.ts";
import {
  LOG_LEVELS,
  LOG_STORES,
  AGENT_DATA_PATHS,
  OCI_AUTH_METHODS,
  OCI_OPERATIONS,
  QUEUE_NAMES,
  TAINT_EFFECTS,
  type OciOperation,
  type QueueName,
} from "./types.ts";

/**
 * `list`: a list of strings (comma-separated in flags and variables).
 * `map`: string keys to string values (`k=v,k2=v2` in flags and variables).
 * `quantity`: a Kubernetes quantity; a number in a file is accepted and kept as a string.
 */
export type FieldType = "string" | "integer" | "number" | "boolean" | "quantity" | "enum" | "list" | "map";

export type Value = string | number | boolean | readonly string[] | Readonly<Record<string, string>>;

export interface Field {
  /** Dotted path in the configuration, e.g. `node.capacity.pods`. */
  readonly path: string;
  readonly type: FieldType;
  readonly description: string;
  /** Static default. Absent: the field is required, derived, or optional and unset. */
  readonly default?: Value;
  readonly required?: boolean;
  /** For a default computed at load time: how, as shown in help and docs. */
  readonly derived?: string;
  /** Allowed values of an `enum`. */
  readonly values?: readonly string[];
  /** Inclusive bounds of an `integer` or `number`. */
  readonly min?: number;
  readonly max?: number;
  /** `number` only: the value must be greater than `min`, not equal. */
  readonly exclusiveMin?: boolean;
  /** Most items of a `list`. */
  readonly maxItems?: number;
  /** Check on a `string`, on each item of a `list`, on each value of a `map`. */
  readonly check?: Check;
  /** Check on each key of a `map`. */
  readonly checkKey?: Check;
  /** A realistic value of a required field, for the example file in the docs. */
  readonly example?: string;
  /** How the value is written in help, e.g. `PATH`, `IP`, `OCID`. */
  readonly placeholder?: string;
  /** Flag name without the leading `--`. */
  readonly flag: string;
  /** Environment variable name. */
  readonly env: string;
}

/** A group that may be set to `null` in a file (and switched off by a flag) to disable it. */
export interface NullableGroup {
  readonly path: string;
  readonly description: string;
  readonly flag: string;
  readonly env: string;
}

/** A top-level section of help and docs. */
export interface Section {
  /** First path segment; `""` for the top-level scalar fields. */
  readonly key: string;
  readonly title: string;
  readonly description: string;
}

export const ENV_PREFIX = "OKEVN_";
export const CONFIG_FLAG = "config";
export const CONFIG_ENV = `${ENV_PREFIX}CONFIG`;

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function flagName(path: string): string {
  return path.split(".").map(kebab).join("-");
}

export function envName(flag: string): string {
  return ENV_PREFIX + flag.toUpperCase().replaceAll("-", "_");
}

type Spec = Omit<Field, "path" | "type" | "flag" | "env">;

function field(path: string, type: FieldType, spec: Spec): Field {
  const flag = flagName(path);
  return { path, type, flag, env: envName(flag), ...spec };
}

const SECONDS_MAX = 86_400;
const MS_MAX = 86_400_000;

const seconds = (path: string, dflt: number, description: string): Field =>
  field(path, "integer", { default: dflt, min: 1, max: SECONDS_MAX, description });

const millis = (path: string, dflt: number, description: string): Field =>
  field(path, "integer", { default: dflt, min: 1, max: MS_MAX, description });

const qps = (path: string, dflt: number, description: string): Field =>
  field(path, "number", { default: dflt, min: 0, exclusiveMin: true, max: 1_000_000, description });

const burst = (path: string, dflt: number, description: string): Field =>
  field(path, "integer", { default: dflt, min: 1, max: 1_000_000, description });

const optionalPath = (path: string, description: string): Field =>
  field(path, "string", { check: r.nonEmpty, placeholder: "PATH", description });

const OCI_RATE_LIMIT_DEFAULTS: Record<OciOperation, { qps: number; burst: number; calls: string }> = {
  create: { qps: 10, burst: 20, calls: "CreateContainerInstance" },
  delete: { qps: 10, burst: 20, calls: "DeleteContainerInstance" },
  get: { qps: 50, burst: 100, calls: "Get* calls (instances, containers, VNICs, work requests)" },
  list: { qps: 10, burst: 20, calls: "List* calls (instances, shapes)" },
  other: { qps: 20, burst: 40, calls: "every other OCI call (update, restart, logs, metrics)" },
};

const ENDPOINT_SERVICES = {
  containerInstances: "Container Instances",
  core: "Core (networking)",
  monitoring: "Monitoring",
} as const;

const QUEUE_DEFAULTS: Record<QueueName, { workers: number; what: string }> = {
  sync: {
    workers: 16,
    what: "pod changes from Kubernetes (create instances; delete those of finished and deleted pods, then the deleted pod objects)",
  },
  // 16: each item waits on one PATCH round trip; with 4, a burst of 1,000 pods queued ~3 s for Running (issue 18).
  status: { workers: 16, what: "instance changes from OCI (patch pod status)" },
  orphans: {
    workers: 8,
    what: "instances whose pod object is gone (delete them); formerly queues.deletion, still read with a warning",
  },
};

export const SECTIONS: readonly Section[] = [
  { key: "", title: "General", description: "Identity of the virtual node and access to the cluster." },
  {
    key: "node",
    title: "Node",
    description: "The virtual Node object: capacity, labels, taint, placement and heartbeat.",
  },
  {
    key: "kubeletApi",
    title: "Kubelet API",
    description: "The HTTPS endpoint the apiserver calls for logs, exec, attach, port-forward and stats.",
  },
  {
    key: "oci",
    title: "OCI",
    description: "Authentication, placement of Container Instances, and client-side limits on OCI calls.",
  },
  {
    key: "kubernetes",
    title: "Kubernetes",
    description: "The Kubernetes API client: rate limit, resync and watch watchdog, cluster DNS.",
  },
  {
    key: "queues",
    title: "Work queues",
    description:
      "One queue per flow with per-item exponential backoff from baseDelayMs to maxDelayMs, plus a token bucket shared by all queues.",
  },
  {
    key: "leaderElection",
    title: "Leader election",
    description:
      "Two replicas serve the kubelet API; only the leader mutates (OCI calls, pod status writes). Uses a coordination.k8s.io/v1 Lease.",
  },
  { key: "observability", title: "Observability", description: "Metrics, health endpoints and logging." },
  { key: "logs", title: "Container logs", description: "Where final logs of completed pods are kept." },
  {
    key: "agent",
    title: "Pod agent",
    description:
      "A container added to every instance that serves cluster DNS, Services and the API server's address from inside it (docs/networking.md). Off by default here; the Helm chart turns it on (chart value agent.enabled), with the provider's image and a generated Secret as agent.secretFile.",
  },
];

export const FIELDS: readonly Field[] = [
  // General
  field("nodeName", "string", {
    required: true,
    check: r.dnsSubdomain,
    placeholder: "NAME",
    example: "virtual-node-1",
    description:
      "Name of the virtual Node this process registers and serves. Also the name of its Lease in kube-node-lease and a freeform tag on every Container Instance.",
  }),
  field("clusterName", "string", {
    default: "oke",
    check: r.all(r.nonEmpty, r.maxLength(256)),
    placeholder: "NAME",
    description:
      "Cluster name, written as a freeform tag on every Container Instance so clusters sharing a compartment never touch each other's instances.",
  }),
  optionalPath(
    "kubeconfig",
    "Kubeconfig file for the Kubernetes API. Unset: the in-cluster service account.",
  ),
  field("namespace", "string", {
    default: "oke-virtual-nodes",
    check: r.dnsLabel,
    placeholder: "NAME",
    description: "Namespace of the provider's own objects (leader-election Lease, captured logs).",
  }),

  // node
  field("node.capacity.cpu", "quantity", {
    default: "1000",
    description:
      "CPU capacity and allocatable of the Node. The scheduler places pods until their requests reach it; match it to your Container Instances quota.",
  }),
  field("node.capacity.memory", "quantity", {
    default: "4Ti",
    description: "Memory capacity and allocatable of the Node.",
  }),
  field("node.capacity.pods", "integer", {
    default: 1000,
    min: 1,
    max: 100_000,
    description: "Maximum number of pods on the Node.",
  }),
  field("node.labels", "map", {
    default: {},
    checkKey: r.labelKey,
    check: r.labelValue,
    description:
      "Extra labels on the Node, merged over the built-in ones (type=virtual-kubelet, kubernetes.io/role=agent, topology); on a clash these win.",
  }),
  field("node.taint.key", "string", {
    default: "virtual-kubelet.io/provider",
    check: r.labelKey,
    placeholder: "KEY",
    description: "Key of the Node's taint. Pods need a matching toleration to run on the virtual node.",
  }),
  field("node.taint.value", "string", {
    default: "oci",
    check: r.labelValue,
    placeholder: "VALUE",
    description: "Value of the Node's taint.",
  }),
  field("node.taint.effect", "enum", {
    default: "NoSchedule",
    values: TAINT_EFFECTS,
    description: "Effect of the Node's taint.",
  }),
  field("node.availabilityDomain", "string", {
    required: true,
    check: r.noWhitespace,
    placeholder: "AD",
    example: "Uocm:EU-FRANKFURT-1-AD-1",
    description:
      "OCI availability domain of every Container Instance, e.g. Uocm:EU-FRANKFURT-1-AD-1; also shown in the Node's topology labels.",
  }),
  field("node.faultDomain", "string", {
    check: r.faultDomain,
    placeholder: "FD",
    description: "Fault domain of every Container Instance. Unset: OCI chooses one per instance.",
  }),
  seconds(
    "node.leaseDurationSeconds",
    40,
    "Duration of the Node's Lease in kube-node-lease (the heartbeat).",
  ),
  seconds(
    "node.leaseRenewIntervalSeconds",
    10,
    "How often the Node's Lease is renewed; less than node.leaseDurationSeconds.",
  ),
  seconds(
    "node.statusUpdateIntervalSeconds",
    60,
    "How often the Node's status is written even when nothing changed.",
  ),

  // kubeletApi
  field("kubeletApi.listenAddress", "string", {
    default: "0.0.0.0",
    check: r.ipAddress,
    placeholder: "IP",
    description: "IP address the kubelet API listens on (0.0.0.0 or :: for all).",
  }),
  field("kubeletApi.port", "integer", {
    default: 10250,
    min: 1,
    max: 65535,
    description: "Port of the kubelet API; also written to the Node's daemonEndpoints.",
  }),
  field("kubeletApi.advertisedAddress", "string", {
    check: r.ipAddress,
    placeholder: "IP",
    description:
      "IP address written to the Node's status.addresses, which the apiserver dials for logs and exec. Unset: derived at runtime (e.g. this replica's pod IP).",
  }),
  field("kubeletApi.service", "string", {
    check: (v) =>
      /^[a-z0-9]([-a-z0-9]*[a-z0-9])?\/[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v)
        ? undefined
        : "must be namespace/name of a Service",
    placeholder: "NAMESPACE/NAME",
    description:
      "The Service (type LoadBalancer) in front of every replica. When set and advertisedAddress is unset, its load-balancer IP is advertised, so the Node's address reaches a healthy replica whichever leads. Unset: no load balancer.",
  }),
  field("kubeletApi.tlsCertFile", "string", {
    check: r.nonEmpty,
    placeholder: "PATH",
    description:
      "PEM serving certificate of the kubelet API, with kubeletApi.tlsKeyFile. Unset (both): a certificate is requested through a CertificateSigningRequest (signer kubernetes.io/kubelet-serving).",
  }),
  optionalPath("kubeletApi.tlsKeyFile", "PEM private key of kubeletApi.tlsCertFile; set both or neither."),
  optionalPath(
    "kubeletApi.clientCaFile",
    "PEM bundle of the CAs whose client certificates the kubelet API accepts (the apiserver's kubelet client certificate). Unset: taken from the cluster (kube-system/extension-apiserver-authentication).",
  ),

  field("kubeletApi.portForward.websocket", "boolean", {
    default: false,
    description:
      "Also serve kubectl port-forward over WebSocket (v4.channel.k8s.io), for API servers that pass WebSocket through to kubelets (Kubernetes 1.36+). Off: SPDY/3.1 only, which every API server uses.",
  }),
  field("kubeletApi.portForward.idleTimeoutSeconds", "integer", {
    default: 14_400,
    min: 1,
    max: 604_800,
    description:
      "A port-forward session with no traffic for this long is closed (the kubelet's default is 4 h).",
  }),
  field("kubeletApi.portForward.streamCreationTimeoutSeconds", "integer", {
    default: 30,
    min: 1,
    max: 3600,
    description:
      "How long the error and data streams of one forwarded connection may arrive apart (the kubelet's default is 30 s).",
  }),
  field("kubeletApi.portForward.maxStreamsPerConnection", "integer", {
    default: 100,
    min: 2,
    max: 10_000,
    description:
      "SPDY streams open at once on one port-forward session; each forwarded TCP connection takes two. More are refused.",
  }),
  field("kubeletApi.portForward.maxConnectionsPerNode", "integer", {
    default: 1000,
    min: 1,
    max: 1_000_000,
    description:
      "Forwarded TCP connections open at once on the node, across all sessions and both protocols. More get an error kubectl prints.",
  }),

  // oci
  field("oci.auth", "enum", {
    default: "workloadIdentity",
    values: OCI_AUTH_METHODS,
    description:
      "How to authenticate to OCI: configFile (API key in an OCI config file), instancePrincipal (the worker node's instance), resourcePrincipal, or workloadIdentity (OKE workload identity of the pod's service account).",
  }),
  field("oci.configFile", "string", {
    default: "~/.oci/config",
    check: r.nonEmpty,
    placeholder: "PATH",
    description: "OCI config file, used when oci.auth is configFile.",
  }),
  field("oci.profile", "string", {
    default: "DEFAULT",
    check: r.nonEmpty,
    placeholder: "NAME",
    description: "Profile in oci.configFile, used when oci.auth is configFile.",
  }),
  field("oci.region", "string", {
    required: true,
    check: r.region,
    placeholder: "REGION",
    example: "eu-frankfurt-1",
    description: "OCI region identifier, e.g. eu-frankfurt-1.",
  }),
  field("oci.compartmentId", "string", {
    required: true,
    check: r.ocid("compartment", "tenancy"),
    placeholder: "OCID",
    example: "ocid1.compartment.oc1..aaaaaaaaexample",
    description: "OCID of the compartment (or tenancy) in which Container Instances are created.",
  }),
  field("oci.subnetId", "string", {
    required: true,
    check: r.ocid("subnet"),
    placeholder: "OCID",
    example: "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaexample",
    description: "OCID of the subnet of every instance's VNIC (the pod network).",
  }),
  field("oci.nsgIds", "list", {
    default: [],
    maxItems: 5,
    check: r.ocid("networksecuritygroup"),
    description: "OCIDs of network security groups for every instance's VNIC (at most 5).",
  }),
  field("oci.podIp.choose", "boolean", {
    default: true,
    description:
      "Choose the VNIC address of pods whose env names status.podIP or status.podIPs, so the variable and the pod's IP agree (off: such pods are refused). Needs the subnet's CIDR: oci.podIp.subnetCidr, else GetSubnet (IAM read subnets).",
  }),
  field("oci.podIp.everyPod", "boolean", {
    default: true,
    description:
      "With oci.podIp.choose, choose the address of every pod, not only of those that read it: the pod IP is then known from the create (and tagged okevn-pod-ip on the instance), which saves GetContainerInstance and GetVnic, 2 of the 5 OCI calls per pod. After 5 addresses taken by VNICs that are not ours, OCI chooses for a pod that does not read its IP.",
  }),
  field("oci.podIp.subnetCidr", "string", {
    check: r.ipv4Cidr,
    placeholder: "CIDR",
    example: "10.0.10.0/24",
    description:
      "IPv4 CIDR of oci.subnetId, for choosing pod addresses. Unset: read with GetSubnet at start.",
  }),
  field("oci.defaultShape", "string", {
    default: "CI.Standard.E4.Flex",
    check: r.noWhitespace,
    placeholder: "SHAPE",
    description:
      "Container Instance shape used unless a pod names another with the oke-virtual-nodes.io/shape annotation.",
  }),
  ...Object.entries(ENDPOINT_SERVICES).map(([key, service]) =>
    field(`oci.endpoints.${key}`, "string", {
      check: r.endpointUrl,
      placeholder: "URL",
      description: `Endpoint of the OCI ${service} service, e.g. a local emulator. Unset: the region's public endpoint.`,
    }),
  ),
  field("oci.maxInFlightCreates", "integer", {
    default: 64,
    min: 1,
    max: 10_000,
    description: "Most CreateContainerInstance calls in progress at once.",
  }),
  ...OCI_OPERATIONS.flatMap((op) => {
    const d = OCI_RATE_LIMIT_DEFAULTS[op];
    return [
      qps(`oci.rateLimits.${op}.qps`, d.qps, `Sustained rate, in calls per second, of ${d.calls}.`),
      burst(`oci.rateLimits.${op}.burst`, d.burst, `Burst of ${d.calls} above the sustained rate.`),
    ];
  }),
  field("oci.retry.maxAttempts", "integer", {
    default: 8,
    min: 1,
    max: 100,
    description:
      "Attempts of a retryable OCI call (429, 5xx, network errors, 409 IncorrectState), the first included.",
  }),
  millis(
    "oci.retry.baseDelayMs",
    500,
    "Delay before the first retry of an OCI call; doubles on each attempt.",
  ),
  millis("oci.retry.maxDelayMs", 60_000, "Cap on the delay between retries of an OCI call."),
  field("oci.circuitBreaker.enabled", "boolean", {
    default: false,
    description:
      "Use the OCI SDK's circuit breaker. Off by default: once open it fails calls client-side (EOPENBREAKER), which fights the provider's own backoff.",
  }),

  // kubernetes
  qps("kubernetes.qps", 100, "Sustained rate, in requests per second, of Kubernetes API calls."),
  burst("kubernetes.burst", 200, "Burst of Kubernetes API calls above kubernetes.qps."),
  seconds(
    "kubernetes.resyncPeriodSeconds",
    300,
    "How often every pod on the Node is reconciled again in full.",
  ),
  seconds(
    "kubernetes.watchStallSeconds",
    120,
    "A watch that delivers nothing (no event, no reconnect) for this long is restarted.",
  ),
  field("kubernetes.clusterDnsIp", "string", {
    check: r.ipAddress,
    placeholder: "IP",
    description:
      "Cluster DNS server for pods with dnsPolicy ClusterFirst. Unset: the ClusterIP of the kube-system/kube-dns Service.",
  }),
  field("kubernetes.clusterDomain", "string", {
    default: "cluster.local",
    check: r.dnsSubdomain,
    placeholder: "DOMAIN",
    description: "Cluster domain, for pods' DNS search paths.",
  }),

  // queues
  ...QUEUE_NAMES.flatMap((q) => {
    const d = QUEUE_DEFAULTS[q];
    return [
      field(`queues.${q}.workers`, "integer", {
        default: d.workers,
        min: 1,
        max: 1000,
        description: `Workers of the ${q} queue: ${d.what}.`,
      }),
      millis(`queues.${q}.baseDelayMs`, 250, `First retry delay of an item of the ${q} queue.`),
      millis(`queues.${q}.maxDelayMs`, 300_000, `Cap on the retry delay of an item of the ${q} queue.`),
    ];
  }),
  qps("queues.qps", 50, "Sustained rate, in items per second, of the token bucket shared by all queues."),
  burst("queues.burst", 300, "Burst of the token bucket shared by all queues."),

  // leaderElection
  field("leaderElection.enabled", "boolean", {
    default: true,
    description: "Elect a leader among replicas. Turn off only when running exactly one replica.",
  }),
  field("leaderElection.leaseName", "string", {
    derived: "<nodeName>-leader",
    check: r.dnsSubdomain,
    placeholder: "NAME",
    description: "Name of the leader-election Lease.",
  }),
  field("leaderElection.leaseNamespace", "string", {
    derived: "<namespace>",
    check: r.dnsLabel,
    placeholder: "NAME",
    description: "Namespace of the leader-election Lease.",
  }),
  field("leaderElection.identity", "string", {
    derived: "<hostname>_<pid>",
    check: r.all(r.nonEmpty, r.maxLength(253)),
    placeholder: "ID",
    description: "This replica's holder identity in the Lease; unique per replica.",
  }),
  seconds(
    "leaderElection.leaseDurationSeconds",
    15,
    "How long a standby waits after the leader's last renewal before taking over.",
  ),
  seconds(
    "leaderElection.renewDeadlineSeconds",
    10,
    "The leader stops mutating when it has not renewed for this long; less than leaseDurationSeconds.",
  ),
  seconds(
    "leaderElection.retryPeriodSeconds",
    2,
    "Interval between attempts to acquire or renew; renewDeadlineSeconds must exceed 1.2 × this (jitter).",
  ),

  // observability
  field("observability.metricsAddress", "string", {
    default: "0.0.0.0:10255",
    check: r.hostPort,
    placeholder: "HOST:PORT",
    description: "Listen address of the Prometheus /metrics endpoint; port 0 picks a free port.",
  }),
  field("observability.healthAddress", "string", {
    default: "0.0.0.0:10256",
    check: r.hostPort,
    placeholder: "HOST:PORT",
    description: "Listen address of the /healthz and /readyz endpoints; port 0 picks a free port.",
  }),
  field("observability.logLevel", "enum", {
    default: "info",
    values: LOG_LEVELS,
    description: "Least severe log level written.",
  }),

  // logs
  field("logs.store", "enum", {
    default: "configMap",
    values: LOG_STORES,
    description:
      "Where final logs of completed pods are kept: configMap (in the provider's namespace), objectStorage (reserved, not implemented yet) or none.",
  }),
  field("logs.maxBytesPerContainer", "integer", {
    default: 262_144,
    min: 1,
    max: 1_073_741_824,
    description: "Bytes of final logs kept per container (the tail); at most 1 MiB with the configMap store.",
  }),

  // agent
  field("agent.enabled", "boolean", {
    default: false,
    description:
      "Add the pod agent container to every instance (pods opt out with the annotation oke-virtual-nodes.io/agent: disabled). Needs agent.image and agent.secretFile.",
  }),
  field("agent.image", "string", {
    check: r.nonEmpty,
    placeholder: "IMAGE",
    description:
      "This project's image, whose --agent mode the agent container runs. Unset: no agent (required with agent.enabled).",
  }),
  optionalPath(
    "agent.secretFile",
    "File with the per-node secret agent credentials are derived from; the same for both replicas (a mounted Secret). Unset: no agent (required with agent.enabled).",
  ),
  field("agent.upstreamDns", "list", {
    default: [],
    maxItems: 3,
    check: r.resolverAddress,
    description:
      "Resolvers the agent forwards names outside the cluster to (e.g. CoreDNS pod IPs), each an IPv4 address with an optional :port (53). Empty: the VCN resolver 169.254.169.254.",
  }),
  field("agent.dataPath", "enum", {
    default: "unprivileged",
    values: AGENT_DATA_PATHS,
    description:
      "unprivileged: DNS and Service proxies on loopback, no capability needed. privileged: the agent container adds capability ALL and runs as root, DNATs real ClusterIPs with nftables, and DNS and service variables stay on ClusterIPs; pods fail to resolve names if the tenancy does not grant it (docs/networking.md).",
  }),
];

export const NULLABLE_GROUPS: readonly NullableGroup[] = [
  {
    path: "node.taint",
    flag: "no-taint",
    env: envName("no-taint"),
    description:
      "Register the Node without a taint (taint: null in a file); pods then need no toleration. Setting any node.taint field turns the taint back on.",
  },
];

export const FIELDS_BY_PATH: ReadonlyMap<string, Field> = new Map(FIELDS.map((f) => [f.path, f]));
export const FIELDS_BY_FLAG: ReadonlyMap<string, Field> = new Map(FIELDS.map((f) => [f.flag, f]));
export const NULLABLE_BY_PATH: ReadonlyMap<string, NullableGroup> = new Map(
  NULLABLE_GROUPS.map((g) => [g.path, g]),
);

/** Every group path (`node`, `node.capacity`, …) to the names of its children. */
export const GROUP_CHILDREN: ReadonlyMap<string, readonly string[]> = (() => {
  const children = new Map<string, string[]>();
  for (const f of FIELDS) {
    const parts = f.path.split(".");
    parts.forEach((name, i) => {
      const parent = parts.slice(0, i).join(".");
      const list = children.get(parent) ?? [];
      if (!list.includes(name)) list.push(name);
      children.set(parent, list);
    });
  }
  return children;
})();
