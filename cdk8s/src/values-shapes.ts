/**
 * The shapes of the chart's values: how a value is described (`Leaf`, `Group`, `NodeList`, the
 * table of cdk8s/src/values.ts is made of them) and the values the chart's constructs read.
 */

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

export const isGroup = (p: Param): p is Group => "fields" in p;
export const isNodeList = (p: Param): p is NodeList => "item" in p;

/** One virtual node as given in values. Optional fields fall back to `nodeDefaults`. */
export interface VirtualNodeValues {
  readonly name: string;
  readonly availabilityDomain: string;
  readonly compartmentId: string;
  readonly subnetId: string;
  readonly faultDomain?: string;
  readonly nsgIds?: readonly string[];
  readonly subnetCidr?: string;
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
    readonly choosePodIp: boolean;
    readonly choosePodIpForEveryPod: boolean;
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
  readonly agent: {
    readonly enabled: boolean;
    readonly image: string;
    readonly upstreamDns: readonly string[];
    readonly existingSecret: string;
  };
  readonly csrApprover: { readonly enabled: boolean; readonly resources: object };
  readonly admissionPolicy: { readonly enabled: boolean };
}
