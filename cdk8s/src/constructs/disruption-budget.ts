import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import type { VirtualNodeValues } from "../values.ts";
import { nodeFullname, nodeLabels, selectorLabels, type ChartContext } from "./context.ts";

export interface ProviderDisruptionBudgetProps {
  readonly ctx: ChartContext;
  readonly node: VirtualNodeValues;
}

/** Keeps `podDisruptionBudget.minAvailable` replicas of a node through drains (no L2 in cdk8s-plus). */
export class ProviderDisruptionBudget extends Construct {
  constructor(scope: Construct, id: string, props: ProviderDisruptionBudgetProps) {
    super(scope, id);
    const { ctx, node } = props;
    new Resource(this, "resource", ctx.tpl, {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: {
        name: nodeFullname(ctx, node),
        namespace: ctx.release.namespace,
        labels: nodeLabels(ctx, node, "provider"),
      },
      spec: {
        minAvailable: ctx.values.podDisruptionBudget.minAvailable,
        selector: { matchLabels: selectorLabels(ctx, node) },
      },
    });
  }
}
