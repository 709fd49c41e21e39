import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import type { V1Container, V1PodSpec } from "@kubernetes/client-node";
import { PROVIDER_NODE_OPTIONS, memoryMiB } from "../sizing.ts";
import type { VirtualNodeValues } from "../values.ts";
import {
  CONFIG_DIR,
  CONFIG_FILE,
  AGENT_DIR,
  AGENT_SECRET_KEY,
  OCI_DIR,
  PORTS,
  RUN_AS,
  agentSecretName,
  apiKeySecretName,
  commonLabels,
  nodeFullname,
  nodeLabels,
  nodePods,
  providerImage,
  releaseName,
  selectorLabels,
  usesApiKey,
  type ChartContext,
} from "./context.ts";

export interface ProviderPodProps {
  readonly ctx: ChartContext;
  readonly node: VirtualNodeValues;
  /** Name of the ConfigMap with the node's ProviderConfig. */
  readonly configMapName: string;
  /** Extra arguments after `--config FILE`, e.g. `--cleanup`. @default - none */
  readonly extraArgs?: readonly string[];
  /** Extra environment variables. @default - none */
  readonly extraEnv?: readonly { readonly name: string; readonly value: string }[];
  /** Pod restart policy. @default "Always" */
  readonly restartPolicy?: "Always" | "Never" | "OnFailure";
  /** Liveness and readiness probes on the health port, and spreading over hosts and zones. @default true */
  readonly longRunning?: boolean;
}

/** The container securityContext of the restricted Pod Security Standard. */
export const RESTRICTED = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ["ALL"] },
  seccompProfile: { type: "RuntimeDefault" },
};

/** Replicas of one node spread over hosts and zones. */
function spread(ctx: ChartContext, node: VirtualNodeValues): V1PodSpec["topologySpreadConstraints"] {
  const matchLabels = selectorLabels(ctx, node);
  return [
    {
      maxSkew: 1,
      topologyKey: "kubernetes.io/hostname",
      whenUnsatisfiable: ctx.values.topologySpread.nodes,
      // Nodes whose taints the pods do not tolerate (the provider's own virtual nodes) are no
      // domain: otherwise, with one system node, the second replica would never schedule.
      nodeTaintsPolicy: "Honor",
      labelSelector: { matchLabels },
    },
    {
      maxSkew: 1,
      topologyKey: "topology.kubernetes.io/zone",
      whenUnsatisfiable: ctx.values.topologySpread.zones,
      nodeTaintsPolicy: "Honor",
      labelSelector: { matchLabels },
    },
  ];
}

/** The provider's pod spec, shared by the Deployment and the cleanup hook Job. */
export function providerPodSpec(props: ProviderPodProps): V1PodSpec {
  const { ctx, node } = props;
  const { tpl, values } = ctx;
  const apiKey = usesApiKey(ctx);
  const fieldEnv = (name: string, fieldPath: string): object => ({
    name,
    valueFrom: { fieldRef: { fieldPath } },
  });
  const probe = (path: string, periodSeconds: number): object => ({
    httpGet: { path, port: "health" },
    periodSeconds,
    timeoutSeconds: 3,
    failureThreshold: 3,
  });
  const longRunning = props.longRunning ?? true;
  const container: V1Container = {
    name: "provider",
    image: providerImage(ctx),
    imagePullPolicy: values.image.pullPolicy,
    args: ["--config", CONFIG_FILE, ...(props.extraArgs ?? [])],
    env: [
      fieldEnv("POD_IP", "status.podIP"),
      fieldEnv("POD_NAME", "metadata.name"),
      fieldEnv("POD_NAMESPACE", "metadata.namespace"),
      // The V8 heap follows the container's memory limit, whoever sets it (cdk8s/src/sizing.ts).
      // (A Downward API divisor cannot take a share of it: the apiserver allows only 1Mi, 1Gi, … for memory.)
      { name: "NODE_OPTIONS", value: PROVIDER_NODE_OPTIONS },
      ...(props.extraEnv ?? []),
    ] as V1Container["env"],
    ports: [
      { name: "kubelet", containerPort: PORTS.kubelet, protocol: "TCP" },
      { name: "metrics", containerPort: PORTS.metrics, protocol: "TCP" },
      { name: "health", containerPort: PORTS.health, protocol: "TCP" },
    ],
    livenessProbe: longRunning ? (probe("/healthz", 10) as V1Container["livenessProbe"]) : undefined,
    readinessProbe: longRunning ? (probe("/readyz", 5) as V1Container["readinessProbe"]) : undefined,
    resources: tpl.orDefault(values.resources, {
      requests: { cpu: "100m", memory: `${memoryMiB(tpl, nodePods(ctx, node))}Mi` },
      limits: { memory: `${memoryMiB(tpl, nodePods(ctx, node))}Mi` },
    }),
    securityContext: RESTRICTED,
    volumeMounts: tpl.items(
      { name: "config", mountPath: CONFIG_DIR, readOnly: true },
      { name: "tmp", mountPath: "/tmp" },
      tpl.when(apiKey, { name: "oci-api-key", mountPath: OCI_DIR, readOnly: true }),
      tpl.when(values.agent.enabled, { name: "agent-secret", mountPath: AGENT_DIR, readOnly: true }),
    ),
  };
  return {
    serviceAccountName: releaseName(ctx),
    automountServiceAccountToken: true,
    restartPolicy: props.restartPolicy ?? "Always",
    terminationGracePeriodSeconds: 30,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: RUN_AS,
      runAsGroup: RUN_AS,
      fsGroup: RUN_AS,
      seccompProfile: { type: "RuntimeDefault" },
    },
    imagePullSecrets: values.imagePullSecrets as V1PodSpec["imagePullSecrets"],
    nodeSelector: values.nodeSelector,
    tolerations: values.tolerations as V1PodSpec["tolerations"],
    affinity: values.affinity,
    priorityClassName: tpl.when(tpl.truthy(values.priorityClassName), values.priorityClassName),
    topologySpreadConstraints: longRunning ? spread(ctx, node) : undefined,
    containers: [container],
    volumes: tpl.items(
      { name: "config", configMap: { name: props.configMapName } },
      { name: "tmp", emptyDir: { sizeLimit: "64Mi" } },
      tpl.when(apiKey, {
        name: "oci-api-key",
        secret: {
          secretName: tpl.when(
            values.oci.apiKey.create,
            apiKeySecretName(ctx),
            values.oci.apiKey.existingSecret,
          ),
          defaultMode: 0o440,
        },
      }),
      tpl.when(values.agent.enabled, {
        name: "agent-secret",
        secret: {
          secretName: agentSecretName(ctx),
          items: [{ key: AGENT_SECRET_KEY, path: AGENT_SECRET_KEY }],
          defaultMode: 0o440,
        },
      }),
    ) as V1PodSpec["volumes"],
  };
}

export interface ProviderDeploymentProps {
  readonly ctx: ChartContext;
  readonly node: VirtualNodeValues;
  readonly configMapName: string;
}

/**
 * One node's provider: `replicas` pods (one leader), spread over hosts and zones, never surging
 * below the running count during a rollout.
 */
export class ProviderDeployment extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: ProviderDeploymentProps) {
    super(scope, id);
    const { ctx, node } = props;
    this.name = nodeFullname(ctx, node);
    const labels = nodeLabels(ctx, node, "provider");
    new Resource(this, "resource", ctx.tpl, {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: this.name, namespace: ctx.release.namespace, labels },
      spec: {
        replicas: ctx.values.replicas,
        revisionHistoryLimit: 5,
        strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
        selector: { matchLabels: selectorLabels(ctx, node) },
        template: {
          metadata: { labels, annotations: ctx.values.podAnnotations },
          spec: providerPodSpec({ ctx, node, configMapName: props.configMapName }),
        },
      },
    });
  }
}

export interface CleanupHookProps {
  readonly ctx: ChartContext;
  readonly node: VirtualNodeValues;
  readonly configMapName: string;
}

/**
 * The pre-delete hook of one node: the provider in cleanup mode (`--cleanup`) marks the Node
 * decommissioned (its running replicas stop creating instances), deletes every Container Instance
 * of the node, waits until OCI reports them gone, then deletes the Node and its Lease. It runs with
 * the release's ServiceAccount (workload identity policies match it) before Helm deletes anything.
 */
export class CleanupHook extends Construct {
  constructor(scope: Construct, id: string, props: CleanupHookProps) {
    super(scope, id);
    const { ctx, node } = props;
    const name = `${nodeFullname(ctx, node)}-cleanup`;
    const spec = providerPodSpec({
      ...props,
      extraArgs: ["--cleanup"],
      restartPolicy: "Never",
      longRunning: false,
    });
    // Not the node's selector labels: the Service, the PodDisruptionBudget and the spread
    // constraints must not count the hook's pod as a replica.
    const labels = {
      ...commonLabels(ctx),
      "app.kubernetes.io/component": "cleanup",
      "oke-virtual-nodes.io/cleanup-of": node.name,
    };
    new Resource(this, "resource", ctx.tpl, {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: {
        name,
        namespace: ctx.release.namespace,
        labels,
        annotations: {
          "helm.sh/hook": "pre-delete",
          "helm.sh/hook-weight": "0",
          "helm.sh/hook-delete-policy": "before-hook-creation,hook-succeeded",
        },
      },
      spec: {
        backoffLimit: ctx.values.cleanupHook.backoffLimit,
        activeDeadlineSeconds: ctx.values.cleanupHook.activeDeadlineSeconds,
        template: { metadata: { labels }, spec },
      },
    });
  }
}
