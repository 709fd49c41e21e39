import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import type { VirtualNodeValues } from "../values.ts";
import { PORTS, nodeFullname, nodeLabels, selectorLabels, type ChartContext } from "./context.ts";

export interface ProviderServiceMonitorProps {
  readonly ctx: ChartContext;
  readonly node: VirtualNodeValues;
}

/**
 * A ClusterIP Service on the metrics port of a node's replicas (the kubelet-API Service is an
 * external load balancer and must not expose metrics) and a ServiceMonitor scraping it.
 */
export class ProviderServiceMonitor extends Construct {
  constructor(scope: Construct, id: string, props: ProviderServiceMonitorProps) {
    super(scope, id);
    const { ctx, node } = props;
    const name = `${nodeFullname(ctx, node)}-metrics`;
    const labels = nodeLabels(ctx, node, "metrics");
    new Resource(this, "service", ctx.tpl, {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name, namespace: ctx.release.namespace, labels },
      spec: {
        type: "ClusterIP",
        selector: selectorLabels(ctx, node),
        ports: [{ name: "metrics", port: PORTS.metrics, targetPort: "metrics", protocol: "TCP" }],
      },
    });
    new Resource(this, "monitor", ctx.tpl, {
      apiVersion: "monitoring.coreos.com/v1",
      kind: "ServiceMonitor",
      metadata: {
        name,
        namespace: ctx.release.namespace,
        labels: ctx.tpl.merge(ctx.values.serviceMonitor.labels, labels),
      },
      spec: {
        selector: { matchLabels: { ...selectorLabels(ctx, node), "app.kubernetes.io/component": "metrics" } },
        endpoints: [{ port: "metrics", path: "/metrics", interval: ctx.values.serviceMonitor.interval }],
      },
    });
  }
}
