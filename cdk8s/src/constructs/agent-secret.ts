import { Construct } from "constructs";
import { AGENT_SECRET_KEY, agentSecretName, commonLabels, type ChartContext } from "./context.ts";
import { Resource } from "./resource.ts";

/**
 * Stands for the random value in the concrete synthesis, which cannot know what Helm generates
 * (the golden test compares this key by shape).
 */
export const GENERATED_SECRET = "generated-by-helm-at-install";

export interface AgentSecretProps {
  readonly ctx: ChartContext;
}

/**
 * The secret the pod agents' credentials derive from (docs/networking.md), shared by every node
 * and replica of the release. Generated once: an upgrade keeps the value it finds in the cluster
 * (`lookup`), since a new value would refuse every running agent until its pod is recreated.
 * (`helm template` cannot look up, so it prints a fresh value every time.)
 */
export class AgentSecret extends Construct {
  constructor(scope: Construct, id: string, props: AgentSecretProps) {
    super(scope, id);
    const { ctx } = props;
    const { tpl } = ctx;
    const name = agentSecretName(ctx);
    const value = tpl.templating
      ? tpl.ref<string>(
          `(default (randAlphaNum 48 | b64enc) (dig "data" ${JSON.stringify(AGENT_SECRET_KEY)} "" ` +
            `(lookup "v1" "Secret" ${tpl.goExpr(ctx.release.namespace)} ${tpl.goExpr(name)})))`,
        )
      : Buffer.from(GENERATED_SECRET).toString("base64");
    new Resource(this, "resource", tpl, {
      apiVersion: "v1",
      kind: "Secret",
      type: "Opaque",
      metadata: { name, namespace: ctx.release.namespace, labels: commonLabels(ctx) },
      data: { [AGENT_SECRET_KEY]: value },
    });
  }
}
