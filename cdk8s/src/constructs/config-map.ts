import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import { kubernetesQps, queueQps } from "../sizing.ts";
import type { VirtualNodeValues } from "../values.ts";
import {
  AGENT_DIR,
  AGENT_SECRET_KEY,
  OCI_DIR,
  PORTS,
  leaderLeaseName,
  nodeFullname,
  nodeLabels,
  nodePods,
  providerImage,
  usesApiKey,
  type ChartContext,
} from "./context.ts";

export interface ProviderConfigMapProps {
  readonly ctx: ChartContext;
  readonly node: VirtualNodeValues;
}

/** Name of the file in the ConfigMap. */
export const CONFIG_KEY = "config.yaml";

/**
 * The ProviderConfig of one node (oke-virtual-nodes.io/v1alpha1, see service/src/config/types.ts):
 * everything the chart decides; the rest keeps the service's defaults.
 */
export function providerConfig(ctx: ChartContext, node: VirtualNodeValues): Record<string, unknown> {
  const { tpl, values } = ctx;
  const d = values.nodeDefaults;
  const pods = nodePods(ctx, node);
  return {
    apiVersion: "oke-virtual-nodes.io/v1alpha1",
    kind: "ProviderConfig",
    nodeName: node.name,
    clusterName: values.clusterName,
    namespace: ctx.release.namespace,
    node: {
      availabilityDomain: node.availabilityDomain,
      faultDomain: tpl.when(tpl.truthy(node.faultDomain), node.faultDomain),
      capacity: {
        cpu: tpl.orDefault(node.cpu, d.cpu),
        memory: tpl.orDefault(node.memory, d.memory),
        pods,
      },
      labels: tpl.merge(node.labels ?? {}, d.labels),
      taint: tpl.when(
        values.taint.enabled,
        { key: values.taint.key, value: values.taint.value, effect: values.taint.effect },
        null,
      ),
    },
    // Advertise the load balancer in front of both replicas, so the Node's address survives a failover.
    kubeletApi: { port: PORTS.kubelet, service: `${ctx.release.namespace}/${nodeFullname(ctx, node)}` },
    oci: {
      auth: values.oci.auth,
      configFile: tpl.when(usesApiKey(ctx), `${OCI_DIR}/config`),
      region: values.oci.region,
      compartmentId: node.compartmentId,
      subnetId: node.subnetId,
      nsgIds: tpl.orDefault(node.nsgIds, d.nsgIds),
      podIp: {
        choose: d.choosePodIp,
        everyPod: d.choosePodIpForEveryPod,
        subnetCidr: tpl.when(tpl.truthy(node.subnetCidr), node.subnetCidr),
      },
      defaultShape: tpl.orDefault(node.shape, d.shape),
    },
    // Sized for the node's pods (cdk8s/src/sizing.ts): the shipped 100 requests/s caps a node near 33 pods/s.
    kubernetes: kubernetesQps(tpl, pods),
    queues: queueQps(tpl, pods),
    leaderElection: { leaseName: leaderLeaseName(node), leaseNamespace: ctx.release.namespace },
    // The pod agent: this image's --agent mode, its secret mounted from the agent Secret.
    agent: tpl.when(values.agent.enabled, {
      enabled: true,
      image: tpl.when(tpl.truthy(values.agent.image), values.agent.image, providerImage(ctx)),
      secretFile: `${AGENT_DIR}/${AGENT_SECRET_KEY}`,
      upstreamDns: tpl.when(tpl.truthy(values.agent.upstreamDns), values.agent.upstreamDns),
    }),
    observability: {
      logLevel: values.logLevel,
      metricsAddress: `0.0.0.0:${PORTS.metrics}`,
      healthAddress: `0.0.0.0:${PORTS.health}`,
    },
  };
}

/** The ConfigMap holding one node's ProviderConfig as YAML. */
export class ProviderConfigMap extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: ProviderConfigMapProps) {
    super(scope, id);
    const { ctx, node } = props;
    this.name = nodeFullname(ctx, node);
    new Resource(this, "resource", ctx.tpl, {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: {
        name: this.name,
        namespace: ctx.release.namespace,
        labels: nodeLabels(ctx, node, "config"),
      },
      data: { [CONFIG_KEY]: ctx.tpl.yamlText(providerConfig(ctx, node)) },
    });
  }
}
