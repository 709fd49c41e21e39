import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import { commonLabels, releaseName, type ChartContext } from "./context.ts";

export interface ProviderServiceAccountProps {
  readonly ctx: ChartContext;
}

/**
 * The release's ServiceAccount. OKE workload identity keys OCI policies on its namespace and name,
 * so the name is the release name and never changes between upgrades.
 */
export class ProviderServiceAccount extends Construct {
  constructor(scope: Construct, id: string, props: ProviderServiceAccountProps) {
    super(scope, id);
    const { ctx } = props;
    new Resource(this, "resource", ctx.tpl, {
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: {
        name: releaseName(ctx),
        namespace: ctx.release.namespace,
        labels: commonLabels(ctx),
        annotations: ctx.values.serviceAccount.annotations,
      },
      // The provider talks to the apiserver and exchanges this token for OCI credentials.
      automountServiceAccountToken: true,
    });
  }
}
