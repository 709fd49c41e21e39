import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import type { V1PolicyRule } from "@kubernetes/client-node";
import type { VirtualNodeValues } from "../values.ts";
import {
  commonLabels,
  leaderLeaseName,
  nodeFullname,
  nodeLabels,
  releaseName,
  type ChartContext,
} from "./context.ts";

/**
 * Cluster-wide rules: exactly the calls the provider makes.
 *
 * ConfigMaps and Secrets: `get` only, cluster-wide. Pods bound to a virtual node can live in any
 * namespace and the provider must read the ConfigMaps and Secrets they reference (environment,
 * volumes) by name; namespaces are not known at install time, so a namespaced Role cannot express
 * it. Without `list`/`watch` the provider cannot enumerate Secrets: it reads only names it is given,
 * which is the closest RBAC gets to the Node authorizer's "only what my pods reference".
 */
export const CLUSTER_RULES: readonly V1PolicyRule[] = [
  {
    apiGroups: [""],
    resources: ["nodes"],
    verbs: ["get", "list", "watch", "create", "patch", "update", "delete"],
  },
  { apiGroups: [""], resources: ["nodes/status"], verbs: ["patch", "update"] },
  { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch", "patch", "delete"] },
  { apiGroups: [""], resources: ["pods/status"], verbs: ["patch", "update"] },
  { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
  { apiGroups: [""], resources: ["configmaps", "secrets"], verbs: ["get"] },
  { apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"] },
  {
    apiGroups: ["certificates.k8s.io"],
    resources: ["certificatesigningrequests"],
    verbs: ["create", "get", "watch"],
  },
  { apiGroups: ["authentication.k8s.io"], resources: ["tokenreviews"], verbs: ["create"] },
  { apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"] },
];

/**
 * With the pod agent: the feed's two cluster-wide watches (Services, EndpointSlices), which also
 * give the API server's endpoint (default/kubernetes) and the service-link variables.
 */
export const AGENT_RULES: readonly V1PolicyRule[] = [
  { apiGroups: [""], resources: ["services"], verbs: ["list", "watch"] },
  { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["list", "watch"] },
];

/** Single Services the provider reads: cluster DNS and the apiserver's Service. */
export const SERVICE_READS: readonly { readonly namespace: string; readonly name: string }[] = [
  { namespace: "kube-system", name: "kube-dns" },
  { namespace: "default", name: "kubernetes" },
];

export interface ProviderRbacProps {
  readonly ctx: ChartContext;
}

function subjects(ctx: ChartContext): object[] {
  return [{ kind: "ServiceAccount", name: releaseName(ctx), namespace: ctx.release.namespace }];
}

/** The ClusterRole and its binding, plus one Role per Service read by name. */
export class ProviderRbac extends Construct {
  constructor(scope: Construct, id: string, props: ProviderRbacProps) {
    super(scope, id);
    const { ctx } = props;
    const name = releaseName(ctx);
    const labels = commonLabels(ctx);
    new Resource(this, "cluster-role", ctx.tpl, {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRole",
      metadata: { name, labels },
      rules: ctx.tpl.items(
        ...CLUSTER_RULES,
        ...AGENT_RULES.map((rule) => ctx.tpl.when(ctx.values.agent.enabled, rule)),
      ),
    });
    new Resource(this, "cluster-role-binding", ctx.tpl, {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name, labels },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
      subjects: subjects(ctx),
    });
    for (const read of SERVICE_READS) {
      const roleName = `${name}-read-${read.name}`;
      new Resource(this, `role-${read.name}`, ctx.tpl, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "Role",
        metadata: { name: roleName, namespace: read.namespace, labels },
        rules: [{ apiGroups: [""], resources: ["services"], resourceNames: [read.name], verbs: ["get"] }],
      });
      new Resource(this, `role-binding-${read.name}`, ctx.tpl, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: roleName, namespace: read.namespace, labels },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: roleName },
        subjects: subjects(ctx),
      });
    }
  }
}

export interface NodeRbacProps {
  readonly ctx: ChartContext;
  readonly node: VirtualNodeValues;
}

/**
 * Per-node Roles, narrowed by resourceNames where RBAC allows (create cannot be):
 * - kube-node-lease: the node's heartbeat Lease;
 * - release namespace: the leader-election Lease; ConfigMaps of the final-logs store
 *   (logs.store: configMap); the node's kubelet-API Service (for its load-balancer IP).
 * The node Lease may also be deleted: the pre-delete cleanup (`--cleanup`) removes it with the Node.
 */
export class NodeRbac extends Construct {
  constructor(scope: Construct, id: string, props: NodeRbacProps) {
    super(scope, id);
    const { ctx, node } = props;
    const name = nodeFullname(ctx, node);
    const labels = nodeLabels(ctx, node, "rbac");
    const roles: { id: string; namespace: string; rules: V1PolicyRule[] }[] = [
      {
        id: "node-lease",
        namespace: "kube-node-lease",
        rules: [
          { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["create"] },
          {
            apiGroups: ["coordination.k8s.io"],
            resources: ["leases"],
            resourceNames: [node.name],
            verbs: ["get", "update", "delete"],
          },
        ],
      },
      {
        id: "release",
        namespace: ctx.release.namespace,
        rules: [
          { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["create"] },
          {
            apiGroups: ["coordination.k8s.io"],
            resources: ["leases"],
            resourceNames: [leaderLeaseName(node)],
            verbs: ["get", "update"],
          },
          {
            apiGroups: [""],
            resources: ["configmaps"],
            verbs: ["list", "create", "update", "patch", "delete"],
          },
          // The node's kubelet-API Service: its load-balancer IP becomes the Node's address.
          { apiGroups: [""], resources: ["services"], resourceNames: [name], verbs: ["get"] },
        ],
      },
    ];
    for (const role of roles) {
      new Resource(this, `role-${role.id}`, ctx.tpl, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "Role",
        metadata: { name, namespace: role.namespace, labels },
        rules: role.rules,
      });
      new Resource(this, `role-binding-${role.id}`, ctx.tpl, {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name, namespace: role.namespace, labels },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
        subjects: subjects(ctx),
      });
    }
  }
}
