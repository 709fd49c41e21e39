/**
 * Registers the virtual Node, keeps its status and its heartbeat Lease fresh, and
 * recreates the Node if someone deletes it.
 */
import type { V1Lease, V1Node, V1NodeStatus } from "@kubernetes/client-node";
import { ConflictError, NotFoundError } from "../errors.ts";
import type { KubeHttp } from "../kube/http.ts";
import { Reflector } from "../kube/reflector.ts";

export interface NodeSpec {
  readonly nodeName: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly { readonly key: string; readonly value?: string; readonly effect: string }[];
  readonly capacity: Readonly<Record<string, string>>;
  /** The kubelet API address written into the Node (InternalIP). */
  readonly address: string;
  readonly kubeletPort: number;
  readonly nodeInfo: Readonly<Record<string, string>>;
  readonly leaseDurationSeconds: number;
  readonly leaseRenewIntervalMs: number;
  readonly statusIntervalMs: number;
}

export interface NodeControllerOptions {
  readonly http: KubeHttp;
  readonly spec: NodeSpec;
  /** Whether this replica may write (leader); the standby keeps still. */
  readonly isLeader: () => boolean;
  /** Warnings: failures that will be retried, the Node deleted under us. */
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  /**
   * What keeps the virtual node from working as it should (e.g. its own namespace is missing);
   * while any, the Node's Ready condition is False with the first one's reason and message.
   * @default none
   */
  readonly problems?: () => readonly NodeProblem[];
}

/** Something that makes the Node not Ready: a condition reason (CamelCase) and a message. */
export interface NodeProblem {
  readonly reason: string;
  readonly message: string;
}

/**
 * Marks a Node whose virtual node is being removed (helm uninstall): its replicas stop
 * creating instances and do not register the Node again once it is deleted.
 */
export const DECOMMISSION_ANNOTATION = "oke-virtual-nodes.io/decommissioned";

const CONDITIONS = [
  ["Ready", "True", "KubeletReady", "virtual node is ready to run pods as OCI Container Instances"],
  ["MemoryPressure", "False", "KubeletHasSufficientMemory", "virtual node has no memory pressure"],
  ["DiskPressure", "False", "KubeletHasNoDiskPressure", "virtual node has no disk pressure"],
  ["PIDPressure", "False", "KubeletHasSufficientPID", "virtual node has sufficient PIDs"],
  ["NetworkUnavailable", "False", "RouteCreated", "pods get VCN-native addresses"],
] as const;

export class NodeController {
  private readonly options: NodeControllerOptions;
  private readonly reflector: Reflector<V1Node>;
  private leaseTimer: NodeJS.Timeout | undefined;
  private statusTimer: NodeJS.Timeout | undefined;
  private nodeUid: string | undefined;
  private started = new Date().toISOString();
  /** The Ready condition's current problem reason ("" = ready) and since when. */
  private readyKey = "";
  private readySince: string | undefined;
  /** Set once the Node carries DECOMMISSION_ANNOTATION (uninstall in progress). */
  decommissioned = false;

  constructor(options: NodeControllerOptions) {
    this.options = options;
    this.reflector = new Reflector<V1Node>(
      options.http,
      {
        path: "/api/v1/nodes",
        fieldSelector: `metadata.name=${options.spec.nodeName}`,
        resyncMs: 60_000,
        stallMs: 120_000,
        ...(options.log ? { log: options.log } : {}),
      },
      {
        upsert: (node) => {
          this.nodeUid = node.metadata?.uid;
          if (node.metadata?.annotations?.[DECOMMISSION_ANNOTATION] && !this.decommissioned) {
            this.decommissioned = true;
            this.options.log?.("node is being decommissioned: no new instances, no re-registration");
          }
        },
        remove: () => {
          this.nodeUid = undefined;
          if (this.decommissioned) return;
          this.options.log?.("node was deleted; registering it again");
          void this.register().catch((error: unknown) =>
            this.options.log?.("re-registering node failed", { error: String(error) }),
          );
        },
      },
    );
  }

  private status(): V1NodeStatus {
    const now = new Date().toISOString();
    const { spec } = this.options;
    return {
      capacity: { ...spec.capacity },
      allocatable: { ...spec.capacity },
      conditions: CONDITIONS.map(([type, status, reason, message]) => ({
        type,
        status,
        reason,
        message,
        lastHeartbeatTime: now as never,
        lastTransitionTime: this.started as never,
        ...(type === "Ready" ? this.readiness() : {}),
      })),
      addresses: [
        { type: "InternalIP", address: spec.address },
        { type: "Hostname", address: spec.nodeName },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: spec.kubeletPort } },
      nodeInfo: { ...spec.nodeInfo } as never,
    };
  }

  /** Ready False with the first problem, if any; the transition time is when that began. */
  private readiness():
    { status: string; reason: string; message: string; lastTransitionTime: never } | object {
    const problem = this.options.problems?.()[0];
    const key = problem ? problem.reason : "";
    if (key !== this.readyKey) {
      this.readyKey = key;
      this.readySince = new Date().toISOString();
    }
    if (!problem) return this.readySince ? { lastTransitionTime: this.readySince as never } : {};
    return { status: "False", ...problem, lastTransitionTime: this.readySince as never };
  }

  /** Creates the Node if missing, then writes its status. */
  async register(): Promise<void> {
    if (!this.options.isLeader()) return;
    const { http, spec } = this.options;
    try {
      const node = await http.request<V1Node>("POST", "/api/v1/nodes", {
        body: {
          apiVersion: "v1",
          kind: "Node",
          metadata: { name: spec.nodeName, labels: { ...spec.labels } },
          spec: { taints: spec.taints.map((t) => ({ ...t })) },
        },
      });
      this.nodeUid = node.metadata?.uid;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    await this.writeStatus();
    await this.renewLease();
  }

  private async writeStatus(): Promise<void> {
    if (!this.options.isLeader()) return;
    await this.options.http.request("PATCH", `/api/v1/nodes/${this.options.spec.nodeName}/status`, {
      body: { status: this.status() },
      contentType: "application/strategic-merge-patch+json",
    });
  }

  /** Renews the node Lease (the heartbeat the node-lifecycle controller watches). */
  async renewLease(): Promise<void> {
    if (!this.options.isLeader()) return;
    const { http, spec } = this.options;
    const path = `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${spec.nodeName}`;
    const now = new Date().toISOString().replace("Z", "000Z");
    const owner = this.nodeUid
      ? [{ apiVersion: "v1", kind: "Node", name: spec.nodeName, uid: this.nodeUid }]
      : undefined;
    try {
      const lease = await http.request<V1Lease>("GET", path);
      await http.request("PUT", path, {
        body: {
          ...lease,
          metadata: { ...lease.metadata, ...(owner ? { ownerReferences: owner } : {}) },
          spec: {
            ...lease.spec,
            holderIdentity: spec.nodeName,
            leaseDurationSeconds: spec.leaseDurationSeconds,
            renewTime: now,
          },
        },
      });
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      await http.request("POST", "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases", {
        body: {
          apiVersion: "coordination.k8s.io/v1",
          kind: "Lease",
          metadata: {
            name: spec.nodeName,
            namespace: "kube-node-lease",
            ...(owner ? { ownerReferences: owner } : {}),
          },
          spec: {
            holderIdentity: spec.nodeName,
            leaseDurationSeconds: spec.leaseDurationSeconds,
            renewTime: now,
          },
        },
      });
    }
  }

  async start(): Promise<void> {
    await this.register();
    this.reflector.start();
    await this.reflector.hasSynced;
    const { spec, log } = this.options;
    const every = (ms: number, task: () => Promise<void>, what: string): NodeJS.Timeout =>
      setInterval(
        () => void task().catch((error: unknown) => log?.(`${what} failed`, { error: String(error) })),
        ms,
      );
    this.leaseTimer = every(spec.leaseRenewIntervalMs, () => this.renewLease(), "renewing node lease");
    this.statusTimer = every(spec.statusIntervalMs, () => this.writeStatus(), "writing node status");
  }

  async stop(): Promise<void> {
    clearInterval(this.leaseTimer);
    clearInterval(this.statusTimer);
    await this.reflector.stop();
  }
}
