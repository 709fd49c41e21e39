import type { V1Pod } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import type { ResolvedReferences } from "../../kube/references.ts";
import type { AgentContext } from "./agent.ts";

export type { ResolvedReferences };

/** Where the pod runs: fixed per virtual node, supplied by the caller's configuration. */
export interface NodeContext {
  /** Cluster name, written to the `okevn-cluster` freeform tag. */
  readonly clusterName: string;
  /** Name of the virtual Node the pod is bound to (`okevn-node` tag, `spec.nodeName` downward API). */
  readonly nodeName: string;
  /**
   * The virtual Node's address (its InternalIP, which the pods' `status.hostIP` reports), served to
   * the downward API's `status.hostIP` and `status.hostIPs`. @default - unknown: those are refused
   */
  readonly hostIp?: string;
  readonly compartmentId: string;
  readonly availabilityDomain: string;
  /** @default - OCI picks the fault domain */
  readonly faultDomain?: string;
  /** Subnet of the instance's single VNIC (the pod network). */
  readonly subnetId: string;
  /** @default - no network security groups */
  readonly nsgIds?: readonly string[];
  /** ClusterIP of the cluster DNS Service, used for `dnsPolicy: ClusterFirst`. */
  readonly clusterDnsIp: string;
  /** Cluster domain, e.g. `cluster.local`. */
  readonly clusterDomain: string;
  /**
   * Resolvers used for `dnsPolicy: Default` when the pod also sets `dnsConfig` (OCI then needs a full
   * resolver list; without `dnsConfig` the subnet's DHCP options apply and this is unused).
   * @default - nameserver 169.254.169.254 (the VCN resolver), no search paths
   */
  readonly hostDns?: { readonly nameservers: readonly string[]; readonly searches?: readonly string[] };
  /** The pod agent (Services and cluster DNS inside the instance). @default - no agent */
  readonly agent?: AgentContext;
}

/** Operator defaults, from the service configuration. */
export interface TranslationDefaults {
  /** Shape used unless the pod names one in the `oke-virtual-nodes.io/shape` annotation. */
  readonly shapeName: string;
  /** CPU quantity assumed when no container requests or limits CPU, e.g. `"1"`. */
  readonly cpu: string;
  /** Memory quantity assumed when no container requests or limits memory, e.g. `"2Gi"`. */
  readonly memory: string;
  /** Ephemeral storage an instance offers, in GiB (a larger request is refused). @default 15 */
  readonly ephemeralStorageInGBs?: number;
  /** Logical CPUs per OCPU for shapes by name. @default - 1 for Ampere (Arm) shapes, 2 otherwise */
  readonly vcpusPerOcpu?: Readonly<Record<string, number>>;
  /**
   * Leave OCI's resource principal enabled in containers. Off by default: otherwise every pod
   * receives the instance's OCI identity.
   * @default false
   */
  readonly resourcePrincipal?: boolean;
}

export interface TranslationInput {
  readonly pod: V1Pod;
  readonly node: NodeContext;
  /** Shapes as returned by ListContainerInstanceShapes. */
  readonly shapes: readonly models.ContainerInstanceShapeSummary[];
  readonly references: ResolvedReferences;
  readonly defaults: TranslationDefaults;
  /**
   * The VNIC address chosen for this pod (`vnics[0].privateIp`), served to `status.podIP` and
   * `status.podIPs` in env. @default - OCI picks the address; those fields are refused
   */
  readonly podIp?: string;
  /** Why no address was chosen, named in the refusal. @default - choosing pod IPs is turned off */
  readonly podIpUnknownBecause?: string;
}

/** Something that prevents creating the instance. */
export interface Problem {
  /**
   * `Unsupported`: the service cannot run this field (terminal until the pod changes).
   * `Invalid`: the spec is malformed or exceeds an OCI limit (terminal).
   * `MissingReference`: a mandatory Secret/ConfigMap/key/token is absent (retry later).
   * `NoFittingShape`: the requested resources fit no size of the shape (terminal).
   */
  readonly kind: "Unsupported" | "Invalid" | "MissingReference" | "NoFittingShape";
  /** Field path in the pod, e.g. `spec.containers[0].livenessProbe.exec`. */
  readonly field: string;
  /** Event reason, e.g. `UnsupportedPodSpec` or `MandatorySecretNotFound`. */
  readonly reason: string;
  readonly message: string;
  /** True when the same pod can succeed later without being changed (missing references). */
  readonly retryable: boolean;
}

/** Something the service does differently from a kubelet, or a missing optional reference. */
export interface Warning {
  readonly field: string;
  /** Event reason, e.g. `OptionalConfigMapNotFound` or `FieldNotEnforced`. */
  readonly reason: string;
  readonly message: string;
}

/** Amounts of the resources an instance is sized by, exact. */
export interface ResourceAmounts {
  readonly milliCpu: bigint;
  readonly memoryBytes: bigint;
  readonly ephemeralStorageBytes: bigint;
}

/** The instance size chosen for the pod. */
export interface ShapeChoice {
  readonly shape: string;
  readonly ocpus: number;
  readonly memoryInGBs: number;
  /** Logical CPUs of the instance (`ocpus` × vCPUs per OCPU). */
  readonly vcpus: number;
  /** What the pod asked for, as used for fitting. */
  readonly requested: { readonly milliCpu: number; readonly memoryBytes: number };
}

export type TranslationResult =
  | {
      readonly ok: true;
      readonly details: models.CreateContainerInstanceDetails;
      readonly shape: ShapeChoice;
      /** Annotations to record on the pod (chosen shape and size). */
      readonly annotations: Readonly<Record<string, string>>;
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Warning[] };

/** Collects problems and warnings while translating; one per translation. */
export class Report {
  readonly problems: Problem[] = [];
  readonly warnings: Warning[] = [];

  /** A field the service cannot run; a second report for the same field is dropped. */
  unsupported(field: string, message: string): void {
    this.add({ kind: "Unsupported", field, reason: "UnsupportedPodSpec", message, retryable: false });
  }

  /** A malformed field or one beyond an OCI limit; a second report for the same field is dropped. */
  invalid(field: string, message: string): void {
    this.add({ kind: "Invalid", field, reason: "InvalidPodSpec", message, retryable: false });
  }

  add(problem: Problem): void {
    const known = this.problems.some((p) => p.field === problem.field && p.kind === problem.kind);
    if (!known) this.problems.push(problem);
  }

  warn(field: string, reason: string, message: string): void {
    this.warnings.push({ field, reason, message });
  }
}

/** Prefix of the annotations this service reads and writes on pods. */
export const ANNOTATION_PREFIX = "oke-virtual-nodes.io/";
