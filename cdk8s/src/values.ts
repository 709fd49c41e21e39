/**
 * The chart's values: one description from which the defaults (`values.yaml`, with a comment on
 * every line), the JSON schema (`values.schema.json`), the README's table and the symbolic values
 * of template mode are all generated.
 */
import type { Tpl } from "./tpl.ts";

/** One value. Without `default` it is required (only inside a virtual node). */
export interface Leaf {
  readonly type: "string" | "integer" | "boolean" | "stringMap" | "stringList" | "object" | "objectList";
  readonly description: string;
  readonly default?: unknown;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
}

export interface Group {
  readonly description: string;
  readonly fields: Readonly<Record<string, Param>>;
}

/** The list of virtual nodes: items are flat, fields without `default` are required. */
export interface NodeList {
  readonly description: string;
  readonly item: Readonly<Record<string, Leaf>>;
}

export type Param = Leaf | Group | NodeList;

const isGroup = (p: Param): p is Group => "fields" in p;
const isNodeList = (p: Param): p is NodeList => "item" in p;

/** One virtual node as given in values. Optional fields fall back to `nodeDefaults`. */
export interface VirtualNodeValues {
  readonly name: string;
  readonly availabilityDomain: string;
  readonly compartmentId: string;
  readonly subnetId: string;
  readonly faultDomain?: string;
  readonly nsgIds?: readonly string[];
  readonly shape?: string;
  readonly cpu?: string;
  readonly memory?: string;
  readonly pods?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly serviceAnnotations?: Readonly<Record<string, string>>;
}

export interface ChartValues {
  readonly image: {
    readonly repository: string;
    readonly tag: string;
    readonly digest: string;
    readonly pullPolicy: string;
  };
  readonly imagePullSecrets: readonly object[];
  readonly replicas: number;
  readonly maxPods: number;
  readonly clusterName: string;
  readonly logLevel: string;
  readonly oci: {
    readonly region: string;
    readonly auth: string;
    readonly apiKey: {
      readonly create: boolean;
      readonly existingSecret: string;
      readonly tenancy: string;
      readonly user: string;
      readonly fingerprint: string;
      readonly privateKey: string;
    };
  };
  readonly nodeDefaults: {
    readonly shape: string;
    readonly cpu: string;
    readonly memory: string;
    readonly pods: number;
    readonly nsgIds: readonly string[];
    readonly labels: Readonly<Record<string, string>>;
  };
  readonly taint: {
    readonly enabled: boolean;
    readonly key: string;
    readonly value: string;
    readonly effect: string;
  };
  readonly nodes: readonly VirtualNodeValues[];
  readonly service: {
    readonly type: string;
    readonly port: number;
    readonly annotations: Readonly<Record<string, string>>;
  };
  readonly serviceAccount: { readonly annotations: Readonly<Record<string, string>> };
  readonly resources: object;
  readonly podAnnotations: Readonly<Record<string, string>>;
  readonly nodeSelector: Readonly<Record<string, string>>;
  readonly tolerations: readonly object[];
  readonly affinity: object;
  readonly priorityClassName: string;
  readonly topologySpread: { readonly nodes: string; readonly zones: string };
  readonly podDisruptionBudget: { readonly enabled: boolean; readonly minAvailable: number };
  readonly serviceMonitor: {
    readonly enabled: boolean;
    readonly interval: string;
    readonly labels: Readonly<Record<string, string>>;
  };
  readonly cleanupHook: {
    readonly enabled: boolean;
    readonly activeDeadlineSeconds: number;
    readonly backoffLimit: number;
  };
  readonly csrApprover: { readonly enabled: boolean; readonly resources: object };
}

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

type Schema = Record<string, unknown>;

function leafSchema(leaf: Leaf): Schema {
  const s: Schema = { description: leaf.description };
  switch (leaf.type) {
    case "string":
      s["type"] = "string";
      break;
    case "integer":
      s["type"] = "integer";
      break;
    case "boolean":
      s["type"] = "boolean";
      break;
    case "stringMap":
      s["type"] = "object";
      s["additionalProperties"] = { type: "string" };
      break;
    case "stringList":
      s["type"] = "array";
      s["items"] = { type: "string", ...(leaf.pattern ? { pattern: leaf.pattern } : {}) };
      break;
    case "object":
      s["type"] = "object";
      break;
    case "objectList":
      s["type"] = "array";
      s["items"] = { type: "object" };
      break;
  }
  if (leaf.enum) s["enum"] = leaf.enum;
  if (leaf.pattern && leaf.type === "string") s["pattern"] = leaf.pattern;
  for (const k of ["minimum", "maximum", "minLength", "maxLength", "maxItems"] as const) {
    if (leaf[k] !== undefined) s[k] = leaf[k];
  }
  if (leaf.default !== undefined) s["default"] = leaf.default;
  return s;
}

function paramSchema(p: Param): Schema {
  if (isGroup(p)) {
    return {
      type: "object",
      description: p.description,
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(p.fields).map(([k, v]) => [k, paramSchema(v)])),
    };
  }
  if (isNodeList(p)) {
    const required = Object.entries(p.item)
      .filter(([, l]) => l.default === undefined)
      .map(([k]) => k);
    return {
      type: "array",
      description: p.description,
      default: [],
      items: {
        type: "object",
        additionalProperties: false,
        required,
        properties: Object.fromEntries(Object.entries(p.item).map(([k, v]) => [k, leafSchema(v)])),
      },
    };
  }
  return leafSchema(p);
}

/** values.schema.json: unknown keys rejected everywhere but in free-form maps and objects. */
export function valuesSchema(): Schema {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "oke-virtual-nodes values",
    ...paramSchema(VALUES),
    // A node needs a region: required once nodes is not empty.
    if: { properties: { nodes: { type: "array", minItems: 1 } }, required: ["nodes"] },
    then: {
      properties: {
        oci: { properties: { region: { minLength: 1, description: "required when nodes are declared" } } },
      },
    },
  };
}

/** values.yaml: every key preceded by its description. */
export function valuesYaml(): string {
  const out: string[] = [
    "# Default values of the oke-virtual-nodes chart.",
    "# GENERATED by `npm run chart` from cdk8s/src/values.ts; edit that file, not this one.",
    "# values.schema.json rejects unknown keys and wrong types.",
    "",
  ];
  const walk = (group: Group, indent: number): void => {
    const pad = " ".repeat(indent);
    for (const [key, p] of Object.entries(group.fields)) {
      for (const line of wrap(p.description)) out.push(`${pad}# ${line}`);
      if (isGroup(p)) {
        out.push(`${pad}${key}:`);
        walk(p, indent + 2);
      } else if (isNodeList(p)) {
        out.push(`${pad}${key}: []`);
        out.push(`${pad}# Example (see examples/multi-node.yaml):`);
        out.push(`${pad}# nodes:`);
        for (const [k, leaf] of Object.entries(p.item)) {
          const dash = k === "name" ? "- " : "  ";
          const req = leaf.default === undefined ? " (required)" : "";
          out.push(`${pad}#   ${dash}${k}: ${exampleOf(k)}   # ${leaf.description}${req}`);
        }
      } else {
        const text = JSON.stringify(p.default);
        const flow = typeof p.default === "object" && p.default !== null && text.length > 2;
        if (flow && !Array.isArray(p.default)) {
          out.push(`${pad}${key}:`);
          for (const [k, v] of Object.entries(p.default as Record<string, unknown>)) {
            out.push(`${pad}  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
          }
        } else {
          out.push(`${pad}${key}: ${text}`);
        }
      }
      if (indent === 0) out.push("");
    }
  };
  walk(VALUES, 0);
  return `${out.join("\n").trimEnd()}\n`;
}

const EXAMPLES: Readonly<Record<string, string>> = {
  name: "vn-ad1",
  availabilityDomain: "Uocm:EU-FRANKFURT-1-AD-1",
  compartmentId: "ocid1.compartment.oc1..aaaa",
  subnetId: "ocid1.subnet.oc1.eu-frankfurt-1.aaaa",
};

function exampleOf(key: string): string {
  return EXAMPLES[key] ?? '""';
}

function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The README's values table, generated from the schema. */
export function valuesTable(schema: Schema = valuesSchema()): string {
  const rows: string[] = ["| Key | Type | Default | Description |", "| --- | --- | --- | --- |"];
  const cell = (s: string): string => s.replaceAll("|", "\\|").replaceAll("\n", " ");
  const walk = (s: Schema, path: string): void => {
    const props = s["properties"] as Record<string, Schema> | undefined;
    const type = s["type"] as string;
    if (type === "object" && props && s["additionalProperties"] === false) {
      for (const [k, v] of Object.entries(props)) walk(v, path ? `${path}.${k}` : k);
      return;
    }
    const dflt = s["default"] === undefined ? "(required)" : `\`${JSON.stringify(s["default"])}\``;
    const allowed = s["enum"] ? ` One of: ${(s["enum"] as string[]).join(", ")}.` : "";
    rows.push(
      `| \`${path}\` | ${type} | ${cell(dflt)} | ${cell(String(s["description"] ?? ""))}${allowed} |`,
    );
    const items = s["items"] as Schema | undefined;
    if (type === "array" && items?.["properties"]) walk(items, `${path}[]`);
  };
  walk(schema, "");
  return rows.join("\n");
}
