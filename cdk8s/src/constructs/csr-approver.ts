import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import type { V1PolicyRule } from "@kubernetes/client-node";
import {
  CHART_NAME,
  CONFIG_DIR,
  CONFIG_FILE,
  RUN_AS,
  commonLabels,
  releaseName,
  type ChartContext,
} from "./context.ts";
import { CONFIG_KEY } from "./config-map.ts";
import { RESTRICTED } from "./workload.ts";

/**
 * Everything the CSR approver may do. Approving needs both `update certificatesigningrequests/approval`
 * and `approve` on the signer; the signer is named, so no other signer's requests (client
 * certificates, say) can be approved with this role. Nodes and Services are read to learn the
 * addresses a node advertises.
 */
export const APPROVER_CLUSTER_RULES: readonly V1PolicyRule[] = [
  {
    apiGroups: ["certificates.k8s.io"],
    resources: ["certificatesigningrequests"],
    verbs: ["get", "list", "watch"],
  },
  {
    apiGroups: ["certificates.k8s.io"],
    resources: ["certificatesigningrequests/approval"],
    verbs: ["update"],
  },
  {
    apiGroups: ["certificates.k8s.io"],
    resources: ["signers"],
    resourceNames: ["kubernetes.io/kubelet-serving"],
    verbs: ["approve"],
  },
  { apiGroups: [""], resources: ["nodes"], verbs: ["get"] },
];

/** `<release>-csr-approver`: the approver's ServiceAccount, roles, ConfigMap and Deployment. */
export function approverName(ctx: ChartContext): string {
  return `${releaseName(ctx)}-csr-approver`;
}

/** `nodes` of the values: the list itself, or in template mode `$.Values.nodes` (symbolic values leave it empty). */
export function nodesValue(ctx: ChartContext): readonly unknown[] {
  return ctx.tpl.templating ? ctx.tpl.ref<readonly unknown[]>("$.Values.nodes") : ctx.values.nodes;
}

/** The approver's configuration (service/src/controllers/csr-approver.ts, `CsrApproverConfig`). */
export function approverConfig(ctx: ChartContext): Record<string, unknown> {
  const { values, release } = ctx;
  return {
    apiVersion: "oke-virtual-nodes.io/v1alpha1",
    kind: "CsrApproverConfig",
    requester: `system:serviceaccount:${release.namespace}:${releaseName(ctx)}`,
    // Helm templates cannot map a list, so the approver gets the nodes values and reads `name`.
    nodes: nodesValue(ctx),
    // The provider advertises its kubelet Service's load-balancer IP (config-map.ts).
    kubeletServices: { namespace: release.namespace, namePrefix: `${release.name}-` },
    logLevel: values.logLevel,
  };
}

export interface CsrApproverProps {
  readonly ctx: ChartContext;
}

/**
 * The CSR approver: its own ServiceAccount (the provider's cannot approve anything), one replica
 * (approving is idempotent and can wait for a restart: a certificate is renewed at 70% of its
 * day), no ports and no OCI credentials. See docs/kubelet-api.md for why not the leader.
 */
export class CsrApprover extends Construct {
  constructor(scope: Construct, id: string, props: CsrApproverProps) {
    super(scope, id);
    const { ctx } = props;
    const { tpl, values } = ctx;
    const name = approverName(ctx);
    const namespace = ctx.release.namespace;
    const labels = { ...commonLabels(ctx), "app.kubernetes.io/component": "csr-approver" };
    const selector = {
      "app.kubernetes.io/name": CHART_NAME,
      "app.kubernetes.io/instance": ctx.release.name,
      "app.kubernetes.io/component": "csr-approver",
    };
    const subjects = [{ kind: "ServiceAccount", name, namespace }];
    new Resource(this, "sa", tpl, {
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: { name, namespace, labels },
      automountServiceAccountToken: true,
    });
    new Resource(this, "cluster-role", tpl, {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRole",
      metadata: { name, labels },
      rules: APPROVER_CLUSTER_RULES,
    });
    new Resource(this, "cluster-role-binding", tpl, {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name, labels },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
      subjects,
    });
    // The nodes' kubelet Services live in the release namespace.
    new Resource(this, "role", tpl, {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "Role",
      metadata: { name, namespace, labels },
      rules: [{ apiGroups: [""], resources: ["services"], verbs: ["get"] }],
    });
    new Resource(this, "role-binding", tpl, {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: { name, namespace, labels },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
      subjects,
    });
    new Resource(this, "config", tpl, {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name, namespace, labels },
      data: { [CONFIG_KEY]: tpl.yamlText(approverConfig(ctx)) },
    });
    new Resource(this, "deployment", tpl, {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name, namespace, labels },
      spec: {
        replicas: 1,
        revisionHistoryLimit: 5,
        strategy: { type: "Recreate" },
        selector: { matchLabels: selector },
        template: {
          metadata: { labels, annotations: values.podAnnotations },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: true,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: RUN_AS,
              runAsGroup: RUN_AS,
              seccompProfile: { type: "RuntimeDefault" },
            },
            imagePullSecrets: values.imagePullSecrets,
            nodeSelector: values.nodeSelector,
            tolerations: values.tolerations,
            affinity: values.affinity,
            priorityClassName: tpl.when(tpl.truthy(values.priorityClassName), values.priorityClassName),
            containers: [
              {
                name: "csr-approver",
                image: `${values.image.repository}:${tpl.orDefault(values.image.tag, ctx.chart.appVersion)}`,
                imagePullPolicy: values.image.pullPolicy,
                args: ["--approve-csrs", "--config", CONFIG_FILE],
                resources: values.csrApprover.resources,
                securityContext: RESTRICTED,
                volumeMounts: [{ name: "config", mountPath: CONFIG_DIR, readOnly: true }],
              },
            ],
            volumes: [{ name: "config", configMap: { name } }],
          },
        },
      },
    });
  }
}
