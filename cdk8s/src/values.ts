/**
 * The chart's values: one description from which the defaults (`values.yaml`, with a comment on
 * every line), the JSON schema (`values.schema.json`), the README's table and the symbolic values
 * of template mode are all generated.
 */
import type { Tpl } from "./tpl.ts";
import {
  type ChartValues,
  type Group,
  type NodeList,
  type VirtualNodeValues,
  isGroup,
  isNodeList,
} from "./values-shapes.ts";

export type { ChartValues, Group, Leaf, NodeList, Param, VirtualNodeValues } from "./values-shapes.ts";

const DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";
const QUANTITY = "^[0-9]+(\\.[0-9]+)?(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$";
const NO_SPACE = "^\\S+$";
const SCHEDULE = ["DoNotSchedule", "ScheduleAnyway"] as const;

/** OCI Network Load Balancer, internal, with a health check: what the kubelet API needs by default. */
export const NLB_ANNOTATIONS: Readonly<Record<string, string>> = {
  "oci.oraclecloud.com/load-balancer-type": "nlb",
  "oci-network-load-balancer.oraclecloud.com/internal": "true",
  "oci-network-load-balancer.oraclecloud.com/is-preserve-source": "false",
  "oci-network-load-balancer.oraclecloud.com/health-check-protocol": "TCP",
  "oci-network-load-balancer.oraclecloud.com/health-check-interval": "10000",
  "oci-network-load-balancer.oraclecloud.com/health-check-timeout": "3000",
  "oci-network-load-balancer.oraclecloud.com/health-check-retries": "3",
};

export const VALUES: Group = {
  description: "oke-virtual-nodes chart values",
  fields: {
    image: {
      description: "The provider's container image.",
      fields: {
        repository: {
          type: "string",
          minLength: 1,
          default: "ghcr.io/oke-virtual-nodes/oke-virtual-nodes",
          description: "Image repository.",
        },
        tag: { type: "string", default: "", description: 'Image tag; "" means the chart\'s appVersion.' },
        digest: {
          type: "string",
          pattern: "^(sha256:[a-f0-9]{64})?$",
          default: "",
          description: "Image digest (sha256:…); when set it pins the image and the tag is ignored.",
        },
        pullPolicy: {
          type: "string",
          enum: ["Always", "IfNotPresent", "Never"],
          default: "IfNotPresent",
          description: "Image pull policy.",
        },
      },
    },
    imagePullSecrets: {
      type: "objectList",
      default: [],
      description: "Pull secrets for the image, as in a pod spec: a list of {name: ...}.",
    },
    replicas: {
      type: "integer",
      minimum: 1,
      maximum: 10,
      default: 2,
      description: "Replicas per virtual node: one leader, the others stand by and serve the kubelet API.",
    },
    maxPods: {
      type: "integer",
      minimum: 1,
      maximum: 100000,
      default: 10000,
      description:
        "Pods one virtual node holds: its pod capacity (unless nodeDefaults.pods or the node's pods is set), and what its provider is sized for: memory 384Mi + 32Ki per pod (unless resources is set), Kubernetes client rate max(300, pods/20) requests/s with twice that burst, queue retry bucket max(50, pods/100)/s with burst max(300, pods/20). See docs/chart.md.",
    },
    clusterName: {
      type: "string",
      minLength: 1,
      maxLength: 256,
      default: "oke",
      description:
        "Cluster name, tagged on every Container Instance so clusters sharing a compartment stay apart.",
    },
    logLevel: {
      type: "string",
      enum: ["debug", "info", "warn", "error"],
      default: "info",
      description: "Least severe log level written by the provider.",
    },
    oci: {
      description: "OCI region and authentication, shared by every virtual node of the release.",
      fields: {
        region: {
          type: "string",
          pattern: "^([a-z]+-[a-z]+-[0-9]+)?$",
          default: "",
          description:
            "OCI region identifier, e.g. eu-frankfurt-1. Required as soon as one node is declared.",
        },
        auth: {
          type: "string",
          enum: ["workloadIdentity", "configFile", "instancePrincipal", "resourcePrincipal"],
          default: "workloadIdentity",
          description:
            "OCI authentication: workloadIdentity (OKE workload identity of the release's ServiceAccount; policies key on its namespace and name), configFile (API key from oci.apiKey), instancePrincipal or resourcePrincipal.",
        },
        apiKey: {
          description: "API-key credentials, used when oci.auth is configFile.",
          fields: {
            create: {
              type: "boolean",
              default: false,
              description: "Create a Secret from the fields below; otherwise name one in existingSecret.",
            },
            existingSecret: {
              type: "string",
              default: "",
              description:
                "Existing Secret with the keys `config` (OCI config file, key_file=/etc/oci/key.pem) and `key.pem`.",
            },
            tenancy: { type: "string", default: "", description: "Tenancy OCID (create: true)." },
            user: { type: "string", default: "", description: "User OCID (create: true)." },
            fingerprint: { type: "string", default: "", description: "API key fingerprint (create: true)." },
            privateKey: {
              type: "string",
              default: "",
              description: "PEM private key of the API key (create: true).",
            },
          },
        },
      },
    },
    nodeDefaults: {
      description: "Defaults for every entry of nodes; each node may override them.",
      fields: {
        shape: {
          type: "string",
          pattern: NO_SPACE,
          default: "CI.Standard.E4.Flex",
          description:
            "Container Instance shape unless a pod names another (annotation oke-virtual-nodes.io/shape).",
        },
        cpu: {
          type: "string",
          pattern: QUANTITY,
          default: "1000",
          description: "CPU capacity of the Node (quantity).",
        },
        memory: {
          type: "string",
          pattern: QUANTITY,
          default: "4Ti",
          description: "Memory capacity of the Node (quantity).",
        },
        pods: {
          type: "integer",
          minimum: 0,
          maximum: 100000,
          default: 0,
          description: "Most pods on the Node; 0: maxPods.",
        },
        nsgIds: {
          type: "stringList",
          maxItems: 5,
          pattern: "^ocid1\\.networksecuritygroup\\.",
          default: [],
          description: "Network security group OCIDs of every instance's VNIC (at most 5).",
        },
        labels: { type: "stringMap", default: {}, description: "Extra labels on the Node." },
        choosePodIp: {
          type: "boolean",
          default: true,
          description:
            "Choose the VNIC address of pods whose env reads status.podIP, so the variable and the pod's IP agree (docs/pod-status.md); off: such pods are refused.",
        },
        choosePodIpForEveryPod: {
          type: "boolean",
          default: true,
          description:
            "With choosePodIp, choose the address of every pod: its IP is known from the create, saving 2 of the 5 OCI calls per pod (docs/benchmarks.md); off: OCI chooses for pods that do not read it.",
        },
      },
    },
    taint: {
      description: "The taint on every virtual Node; pods need a matching toleration.",
      fields: {
        enabled: { type: "boolean", default: true, description: "Register the Nodes with the taint." },
        key: {
          type: "string",
          minLength: 1,
          default: "virtual-kubelet.io/provider",
          description: "Taint key.",
        },
        value: { type: "string", default: "oci", description: "Taint value." },
        effect: {
          type: "string",
          enum: ["NoSchedule", "PreferNoSchedule", "NoExecute"],
          default: "NoSchedule",
          description: "Taint effect.",
        },
      },
    },
    nodes: {
      description:
        "The virtual nodes of this release, e.g. one per availability domain. Each gets its own Deployment, Service, ConfigMap and cleanup hook. Empty: only the shared objects (ServiceAccount, RBAC) are installed.",
      item: {
        name: {
          type: "string",
          pattern: DNS_LABEL,
          maxLength: 40,
          description: "Name of the Kubernetes Node (a DNS label); object names are <release>-<name>.",
        },
        availabilityDomain: {
          type: "string",
          pattern: NO_SPACE,
          minLength: 1,
          description: "Availability domain of the node's instances, e.g. Uocm:EU-FRANKFURT-1-AD-1.",
        },
        compartmentId: {
          type: "string",
          pattern: "^ocid1\\.(compartment|tenancy)\\.",
          description: "Compartment OCID in which the node's Container Instances are created.",
        },
        subnetId: {
          type: "string",
          pattern: "^ocid1\\.subnet\\.",
          description: "Subnet OCID of the pods' VNICs.",
        },
        faultDomain: {
          type: "string",
          pattern: "^(FAULT-DOMAIN-[1-3])?$",
          default: "",
          description: 'Fault domain of every instance; "" lets OCI choose.',
        },
        nsgIds: {
          type: "stringList",
          maxItems: 5,
          pattern: "^ocid1\\.networksecuritygroup\\.",
          default: [],
          description: "NSG OCIDs; empty: nodeDefaults.nsgIds.",
        },
        subnetCidr: {
          type: "string",
          pattern: "^((\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2})?$",
          default: "",
          description:
            "IPv4 CIDR of subnetId, for choosing pod addresses; empty: the provider reads it with GetSubnet (IAM read subnets).",
        },
        shape: {
          type: "string",
          pattern: "^\\S*$",
          default: "",
          description: "Shape; empty: nodeDefaults.shape.",
        },
        cpu: {
          type: "string",
          pattern: `(${QUANTITY})|^$`,
          default: "",
          description: "CPU capacity; empty: nodeDefaults.cpu.",
        },
        memory: {
          type: "string",
          pattern: `(${QUANTITY})|^$`,
          default: "",
          description: "Memory capacity; empty: nodeDefaults.memory.",
        },
        pods: {
          type: "integer",
          minimum: 0,
          maximum: 100000,
          default: 0,
          description: "Most pods; 0 or unset: nodeDefaults.pods.",
        },
        labels: { type: "stringMap", default: {}, description: "Node labels, over nodeDefaults.labels." },
        serviceAnnotations: {
          type: "stringMap",
          default: {},
          description:
            "Annotations of this node's kubelet-API Service, over service.annotations (e.g. an NLB subnet).",
        },
      },
    },
    service: {
      description:
        "The kubelet-API Service of each node, in front of its replicas; its address is written into the Node.",
      fields: {
        type: {
          type: "string",
          enum: ["LoadBalancer", "ClusterIP", "NodePort"],
          default: "LoadBalancer",
          description: "Service type.",
        },
        port: {
          type: "integer",
          minimum: 1,
          maximum: 65535,
          default: 10250,
          description: "Service port of the kubelet API.",
        },
        annotations: {
          type: "stringMap",
          default: NLB_ANNOTATIONS,
          description:
            "Service annotations; by default an internal OCI Network Load Balancer with a TCP health check.",
        },
      },
    },
    serviceAccount: {
      description:
        "The release's ServiceAccount (its namespace and name are what OKE workload identity policies match).",
      fields: { annotations: { type: "stringMap", default: {}, description: "ServiceAccount annotations." } },
    },
    resources: {
      type: "object",
      default: {},
      description:
        "Container resources of the provider; empty: cpu request 100m, memory request and limit 384Mi + 32Ki per pod of the node (696Mi at 10,000). The V8 heap is sized to 64% of the memory limit either way.",
    },
    podAnnotations: {
      type: "stringMap",
      default: {},
      description: "Extra annotations on the provider's pods.",
    },
    nodeSelector: { type: "stringMap", default: {}, description: "Node selector of the provider's pods." },
    tolerations: { type: "objectList", default: [], description: "Tolerations of the provider's pods." },
    affinity: { type: "object", default: {}, description: "Affinity of the provider's pods." },
    priorityClassName: {
      type: "string",
      default: "",
      description: 'Priority class of the provider\'s pods; "" for none.',
    },
    topologySpread: {
      description: "How replicas of one node spread over the cluster's (real) nodes and zones.",
      fields: {
        nodes: {
          type: "string",
          enum: SCHEDULE,
          default: "DoNotSchedule",
          description: "Across kubernetes.io/hostname: DoNotSchedule keeps replicas on distinct nodes.",
        },
        zones: {
          type: "string",
          enum: SCHEDULE,
          default: "ScheduleAnyway",
          description: "Across topology.kubernetes.io/zone.",
        },
      },
    },
    podDisruptionBudget: {
      description: "A PodDisruptionBudget per node.",
      fields: {
        enabled: { type: "boolean", default: true, description: "Create it." },
        minAvailable: {
          type: "integer",
          minimum: 0,
          default: 1,
          description: "Replicas kept during voluntary disruptions.",
        },
      },
    },
    serviceMonitor: {
      description: "A Prometheus Operator ServiceMonitor (and a metrics Service) per node.",
      fields: {
        enabled: {
          type: "boolean",
          default: false,
          description: "Create them (needs the monitoring.coreos.com CRDs).",
        },
        interval: {
          type: "string",
          pattern: "^[0-9]+(ms|s|m|h)$",
          default: "30s",
          description: "Scrape interval.",
        },
        labels: {
          type: "stringMap",
          default: {},
          description: "Labels of the ServiceMonitor (to match a Prometheus).",
        },
      },
    },
    cleanupHook: {
      description:
        "A pre-delete hook Job per node running the provider with --cleanup: it deletes every Container Instance of the node and the Node, so uninstalling leaves nothing billed.",
      fields: {
        enabled: { type: "boolean", default: true, description: "Run the hook on helm uninstall." },
        activeDeadlineSeconds: {
          type: "integer",
          minimum: 30,
          default: 600,
          description: "Deadline of the cleanup Job.",
        },
        backoffLimit: { type: "integer", minimum: 0, default: 3, description: "Retries of the cleanup Job." },
      },
    },
    agent: {
      description:
        "The pod agent in every Container Instance: Services, cluster DNS and the API server from inside the pods (docs/networking.md).",
      fields: {
        enabled: {
          type: "boolean",
          default: true,
          description:
            "Add the agent container to every pod's instance (pods opt out with the annotation oke-virtual-nodes.io/agent: disabled). Off: cluster names, Services and in-cluster API clients do not work from pods on the nodes.",
        },
        image: {
          type: "string",
          pattern: "^(\\S+)?$",
          default: "",
          description: "The agent's image; \"\" means the provider's own image (the same tag or digest).",
        },
        upstreamDns: {
          type: "stringList",
          maxItems: 3,
          pattern: "^\\d+\\.\\d+\\.\\d+\\.\\d+(:\\d+)?$",
          default: [],
          description:
            "Resolvers for names outside the cluster (IPv4, optional :port), e.g. CoreDNS pod IPs; empty: the VCN resolver 169.254.169.254.",
        },
        existingSecret: {
          type: "string",
          default: "",
          description:
            'Secret with the key `secret` (at least 16 characters) that agent credentials derive from; "": the chart creates one with a random value and keeps it on upgrades.',
        },
      },
    },
    csrApprover: {
      description:
        "A Deployment with its own ServiceAccount that approves the kubelet serving certificates (signer kubernetes.io/kubelet-serving) of this release's nodes and nothing else: only requested by the release's ServiceAccount, only for its nodes' names and load-balancer addresses (docs/kubelet-api.md).",
      fields: {
        enabled: {
          type: "boolean",
          default: true,
          description:
            "Run it. Turn it off when the cluster already approves kubelet-serving CSRs, or when kubeletApi certificates come from files.",
        },
        resources: {
          type: "object",
          default: { requests: { cpu: "10m", memory: "192Mi" }, limits: { memory: "256Mi" } },
          description:
            "Container resources of the approver (it peaks at about 185 MiB resident, docs/kubelet-api.md).",
        },
      },
    },
    admissionPolicy: {
      description:
        "A ValidatingAdmissionPolicy and its binding (admissionregistration.k8s.io/v1, CEL, no webhook) that refuses at creation the pods which can only land on virtual nodes (nodeSelector or required node affinity type=virtual-kubelet) and carry fields the provider cannot run (init containers, hostNetwork, exec probes, ...), so their ReplicaSet reports FailedCreate instead of making pod after pod (docs/chart.md).",
      fields: {
        enabled: {
          type: "boolean",
          default: false,
          description:
            "Install it (Kubernetes 1.30 or later). Off by default: it is cluster-wide, and type=virtual-kubelet is shared by every virtual-kubelet provider in the cluster.",
        },
      },
    },
  },
};

/** The default values (values.yaml). */
export function defaultValues(group: Group = VALUES): ChartValues {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(group.fields)) {
    out[key] = isGroup(p) ? defaultValues(p) : isNodeList(p) ? [] : structuredClone(p.default);
  }
  return out as unknown as ChartValues;
}

/** Values with every leaf a marker for `$.Values.<path>` (template mode). `nodes` is empty. */
export function symbolicValues(tpl: Tpl, group: Group = VALUES, prefix = "$.Values"): ChartValues {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(group.fields)) {
    const path = `${prefix}.${key}`;
    out[key] = isGroup(p) ? symbolicValues(tpl, p, path) : isNodeList(p) ? [] : tpl.ref(path);
  }
  return out as unknown as ChartValues;
}

/** One node with markers for `$node.<field>`; optional fields read with `get`, so missing keys are "". */
export function symbolicNode(tpl: Tpl): VirtualNodeValues {
  const list = VALUES.fields["nodes"] as NodeList;
  const out: Record<string, unknown> = {};
  for (const [key, leaf] of Object.entries(list.item)) {
    out[key] = tpl.ref(leaf.default === undefined ? `$node.${key}` : `(get $node ${JSON.stringify(key)})`);
  }
  return out as unknown as VirtualNodeValues;
}

/** Deep merge of user values over defaults, as Helm does (maps merge, lists and scalars replace). */
export function mergeValues(defaults: ChartValues, overrides: unknown): ChartValues {
  const merge = (base: unknown, over: unknown): unknown => {
    if (isPlainObject(base) && isPlainObject(over)) {
      const out: Record<string, unknown> = { ...base };
      for (const [k, v] of Object.entries(over)) out[k] = v === null ? undefined : merge(base[k], v);
      return out;
    }
    return over === undefined ? base : over;
  };
  return merge(defaults, overrides) as ChartValues;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
