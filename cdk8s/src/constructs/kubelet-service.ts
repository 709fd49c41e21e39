import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import type { VirtualNodeValues } from "../values.ts";
import { nodeFullname, nodeLabels, selectorLabels, type ChartContext } from "./context.ts";

export interface KubeletApiServiceProps {
  readonly ctx: ChartContext;
  readonly node: VirtualNodeValues;
}

/**
 * The kubelet API of one node (logs, exec, attach, port-forward, stats) in front of all its
 * replicas. By default an internal OCI Network Load Balancer (`service.annotations`); a node's
 * `serviceAnnotations` win over those, e.g. to pick the NLB's subnet per availability domain.
 */
export class KubeletApiService extends Construct {
  constructor(scope: Construct, id: string, props: KubeletApiServiceProps) {
    super(scope, id);
    const { ctx, node } = props;
    const { tpl, values } = ctx;
    new Resource(this, "resource", ctx.tpl, {
      apiVersion: "v1",
      kind: "Service",
      metadata: {
        name: nodeFullname(ctx, node),
        namespace: ctx.release.namespace,
        labels: nodeLabels(ctx, node, "kubelet-api"),
        annotations: tpl.merge(node.serviceAnnotations ?? {}, values.service.annotations),
      },
      spec: {
        type: values.service.type,
        selector: selectorLabels(ctx, node),
        ports: [{ name: "kubelet", port: values.service.port, targetPort: "kubelet", protocol: "TCP" }],
      },
    });
  }
}
