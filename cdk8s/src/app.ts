/**
 * The cdk8s app of the chart: which objects exist, grouped into the chart's template files.
 *
 * `synthesize` builds the concrete manifests for given values (what `helm template` must equal);
 * `templateFiles` builds the same app in template mode and emits each file as a Helm template.
 */
import { App, Chart } from "cdk8s";
import type { Construct } from "constructs";
import { emitYaml, Tpl } from "./tpl.ts";
import {
  defaultValues,
  mergeValues,
  symbolicNode,
  symbolicValues,
  type ChartValues,
  type VirtualNodeValues,
} from "./values.ts";
import type { ChartContext, ChartInfo, ReleaseInfo } from "./constructs/context.ts";
import { AdmissionPolicy } from "./constructs/admission-policy.ts";
import { AgentSecret } from "./constructs/agent-secret.ts";
import { ApiKeySecret } from "./constructs/api-key-secret.ts";
import { ProviderConfigMap } from "./constructs/config-map.ts";
import { CsrApprover, nodesValue } from "./constructs/csr-approver.ts";
import { ProviderDisruptionBudget } from "./constructs/disruption-budget.ts";
import { KubeletApiService } from "./constructs/kubelet-service.ts";
import { NodeRbac, ProviderRbac } from "./constructs/rbac.ts";
import { ProviderServiceAccount } from "./constructs/service-account.ts";
import { ProviderServiceMonitor } from "./constructs/service-monitor.ts";
import { CleanupHook, ProviderDeployment } from "./constructs/workload.ts";
import { createsAgentSecret, usesApiKey } from "./constructs/context.ts";

/** One template file: its objects, once per release or once per virtual node, maybe conditional. */
interface TemplateFile {
  readonly name: string;
  readonly perNode: boolean;
  readonly condition?: (ctx: ChartContext) => boolean;
  readonly build: (scope: Construct, ctx: ChartContext, node: VirtualNodeValues) => void;
}

const configMapName = (ctx: ChartContext, node: VirtualNodeValues): string =>
  `${ctx.release.name}-${node.name}`;

export const FILES: readonly TemplateFile[] = [
  { name: "serviceaccount", perNode: false, build: (s, ctx) => new ProviderServiceAccount(s, "sa", { ctx }) },
  { name: "rbac", perNode: false, build: (s, ctx) => new ProviderRbac(s, "rbac", { ctx }) },
  {
    name: "secret",
    perNode: false,
    condition: (ctx) => ctx.tpl.and(usesApiKey(ctx), ctx.values.oci.apiKey.create),
    build: (s, ctx) => new ApiKeySecret(s, "secret", { ctx }),
  },
  {
    name: "agent-secret",
    perNode: false,
    condition: (ctx) => createsAgentSecret(ctx),
    build: (s, ctx) => new AgentSecret(s, "agent-secret", { ctx }),
  },
  { name: "rbac-node", perNode: true, build: (s, ctx, node) => new NodeRbac(s, "rbac", { ctx, node }) },
  {
    name: "configmap",
    perNode: true,
    build: (s, ctx, node) => new ProviderConfigMap(s, "config", { ctx, node }),
  },
  {
    name: "deployment",
    perNode: true,
    build: (s, ctx, node) =>
      new ProviderDeployment(s, "deployment", { ctx, node, configMapName: configMapName(ctx, node) }),
  },
  {
    name: "service",
    perNode: true,
    build: (s, ctx, node) => new KubeletApiService(s, "service", { ctx, node }),
  },
  {
    name: "poddisruptionbudget",
    perNode: true,
    condition: (ctx) => ctx.values.podDisruptionBudget.enabled,
    build: (s, ctx, node) => new ProviderDisruptionBudget(s, "pdb", { ctx, node }),
  },
  {
    name: "servicemonitor",
    perNode: true,
    condition: (ctx) => ctx.values.serviceMonitor.enabled,
    build: (s, ctx, node) => new ProviderServiceMonitor(s, "monitor", { ctx, node }),
  },
  {
    name: "cleanup-hook",
    perNode: true,
    condition: (ctx) => ctx.values.cleanupHook.enabled,
    build: (s, ctx, node) =>
      new CleanupHook(s, "cleanup", { ctx, node, configMapName: configMapName(ctx, node) }),
  },
  {
    name: "csr-approver",
    perNode: false,
    condition: (ctx) => ctx.tpl.and(ctx.values.csrApprover.enabled, ctx.tpl.truthy(nodesValue(ctx))),
    build: (s, ctx) => new CsrApprover(s, "csr-approver", { ctx }),
  },
  {
    name: "admission-policy",
    perNode: false,
    condition: (ctx) => ctx.values.admissionPolicy.enabled,
    build: (s, ctx) => new AdmissionPolicy(s, "admission-policy", { ctx }),
  },
];

export interface SynthInputs {
  readonly release: ReleaseInfo;
  readonly chart: ChartInfo;
  /** User values, merged over the defaults as Helm merges them. @default - the defaults */
  readonly values?: unknown;
}

/** The manifests for concrete values, in file order. */
export function synthesize(inputs: SynthInputs): Record<string, unknown>[] {
  const tpl = new Tpl("concrete");
  const values: ChartValues = mergeValues(defaultValues(), inputs.values ?? {});
  const ctx: ChartContext = { tpl, values, release: inputs.release, chart: inputs.chart };
  const app = new App();
  const docs: Record<string, unknown>[] = [];
  for (const file of FILES) {
    if (file.condition && !file.condition(ctx)) continue;
    const instances = file.perNode ? values.nodes : [undefined];
    instances.forEach((node, i) => {
      const chart = new Chart(app, `${file.name}-${i}`);
      file.build(chart, ctx, node as VirtualNodeValues);
      docs.push(...(chart.toJson() as Record<string, unknown>[]));
    });
  }
  return docs;
}

/** Each template file's text, keyed by file name (`deployment.yaml`). */
export function templateFiles(): Record<string, string> {
  const tpl = new Tpl("template");
  const ctx: ChartContext = {
    tpl,
    values: symbolicValues(tpl),
    release: { name: tpl.ref("$.Release.Name"), namespace: tpl.ref("$.Release.Namespace") },
    chart: { version: tpl.ref("$.Chart.Version"), appVersion: tpl.ref("$.Chart.AppVersion") },
  };
  const node = symbolicNode(tpl);
  const app = new App();
  const out: Record<string, string> = {};
  for (const file of FILES) {
    const chart = new Chart(app, file.name);
    file.build(chart, ctx, node);
    const docs = chart.toJson() as unknown[];
    let body = docs.map((doc) => `---\n${emitYaml(tpl, doc)}`).join("\n");
    if (file.condition) {
      const cond = file.condition(ctx);
      const expr = tpl.isSymbolic(cond) ? tpl.goExpr(cond) : String(cond);
      body = `{{- if ${expr} }}\n${body}\n{{- end }}`;
    }
    if (file.perNode) body = `{{- range $node := $.Values.nodes }}\n${body}\n{{- end }}`;
    out[`${file.name}.yaml`] = `${HEADER}${body}\n`;
  }
  return out;
}

const HEADER = "{{- /* GENERATED by `npm run chart` from cdk8s/src; do not edit. */}}\n";
