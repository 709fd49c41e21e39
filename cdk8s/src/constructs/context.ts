/**
 * What every construct of the chart gets: the templating context, the values, the release and the
 * chart, plus the names and labels derived from them. In template mode all of these are markers.
 */
import type { Tpl } from "../tpl.ts";
import type { ChartValues, VirtualNodeValues } from "../values.ts";

export const CHART_NAME = "oke-virtual-nodes";

/** Ports of the provider process (fixed: the configuration written by the chart sets them). */
export const PORTS = { kubelet: 10250, metrics: 10255, health: 10256 } as const;

/** Where the ConfigMap with the ProviderConfig is mounted, and the file in it. */
export const CONFIG_DIR = "/etc/oke-virtual-nodes";
export const CONFIG_FILE = `${CONFIG_DIR}/config.yaml`;

/** Where the API-key Secret is mounted when `oci.auth` is `configFile`. */
export const OCI_DIR = "/etc/oci";

/** The non-root user of the image (see service/Dockerfile and tools/image/build.ts). */
export const RUN_AS = 65532;

export interface ReleaseInfo {
  readonly name: string;
  readonly namespace: string;
}

export interface ChartInfo {
  readonly version: string;
  readonly appVersion: string;
}

export interface ChartContext {
  readonly tpl: Tpl;
  readonly values: ChartValues;
  readonly release: ReleaseInfo;
  readonly chart: ChartInfo;
}

/** Labels on every object of the release. */
export function commonLabels(ctx: ChartContext): Record<string, string> {
  return {
    "app.kubernetes.io/name": CHART_NAME,
    "app.kubernetes.io/instance": ctx.release.name,
    "app.kubernetes.io/version": ctx.chart.appVersion,
    "app.kubernetes.io/managed-by": "Helm",
    "helm.sh/chart": `${CHART_NAME}-${ctx.chart.version}`,
  };
}

/** Labels selecting the provider pods of one virtual node. */
export function selectorLabels(ctx: ChartContext, node: VirtualNodeValues): Record<string, string> {
  return {
    "app.kubernetes.io/name": CHART_NAME,
    "app.kubernetes.io/instance": ctx.release.name,
    "oke-virtual-nodes.io/node": node.name,
  };
}

/** Labels of one node's objects: common, selector and a component. */
export function nodeLabels(
  ctx: ChartContext,
  node: VirtualNodeValues,
  component: string,
): Record<string, string> {
  return { ...commonLabels(ctx), ...selectorLabels(ctx, node), "app.kubernetes.io/component": component };
}

/** `<release>-<node>`: the name of a node's Deployment, Service, ConfigMap, hook Job. */
export function nodeFullname(ctx: ChartContext, node: VirtualNodeValues): string {
  return `${ctx.release.name}-${node.name}`;
}

/** The release's ServiceAccount (and ClusterRole) name. */
export function releaseName(ctx: ChartContext): string {
  return ctx.release.name;
}

/** Name of a node's leader-election Lease in the release namespace. */
export function leaderLeaseName(node: VirtualNodeValues): string {
  return `${node.name}-leader`;
}

/** Whether the provider authenticates with an API key from a Secret. */
export function usesApiKey(ctx: ChartContext): boolean {
  return ctx.tpl.eq(ctx.values.oci.auth, "configFile");
}

/** Name of the API-key Secret: the chart's own, or an existing one. */
export function apiKeySecretName(ctx: ChartContext): string {
  return `${ctx.release.name}-oci-api-key`;
}

/** The pods one node holds: its own `pods`, else `nodeDefaults.pods`, else `maxPods` (0 means unset). */
export function nodePods(ctx: ChartContext, node: VirtualNodeValues): number {
  const { tpl, values } = ctx;
  return tpl.orDefault(node.pods, tpl.orDefault(values.nodeDefaults.pods, values.maxPods));
}

/** The provider's image reference: the digest pins it, else the tag, else the chart's appVersion. */
export function providerImage(ctx: ChartContext): string {
  const { tpl, values } = ctx;
  return tpl.when(
    tpl.truthy(values.image.digest),
    `${values.image.repository}@${values.image.digest}`,
    `${values.image.repository}:${tpl.orDefault(values.image.tag, ctx.chart.appVersion)}`,
  );
}

/** Where the agent Secret is mounted in the provider's pods, and the file agent.secretFile names. */
export const AGENT_DIR = "/etc/oke-virtual-nodes-agent";
export const AGENT_SECRET_KEY = "secret";

/** Whether the chart makes the agent Secret itself (agent on, no existing Secret named). */
export function createsAgentSecret(ctx: ChartContext): boolean {
  return ctx.tpl.and(ctx.values.agent.enabled, ctx.tpl.eq(ctx.values.agent.existingSecret, ""));
}

/** Name of the agent Secret: the existing one when named, else the chart's `<release>-agent`. */
export function agentSecretName(ctx: ChartContext): string {
  const { tpl, values } = ctx;
  return tpl.orDefault(values.agent.existingSecret, `${ctx.release.name}-agent`);
}
