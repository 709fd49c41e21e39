/**
 * The Helm release of charts/oke-virtual-nodes, with values wired from the network,
 * cluster, system capacity and IAM constructs: one virtual node per availability domain
 * of the region (or `nodeCount` of them, spread round-robin over the domains), each in the
 * pods' subnet with the pods' NSG, and the kubelet-API load balancers in the load-balancer
 * subnet and NSG. The values are typed by `ChartValues` (infra/src/chart-values.ts,
 * generated from the chart's values table), so a key or shape the chart does not accept
 * is a compile error here; test/integration/infra/release-values.test.ts renders them
 * through the real chart. The helm provider is configured from
 * resource attributes and authenticates with an exec call to `oci ce cluster
 * generate-token`, so no token is stored or expires mid-apply.
 *
 * Destroy order: the release depends on the cluster, the virtual node pool, every NSG
 * rule and the IAM wait, so Terraform removes it first. Before that, a destroy-time
 * step drains the virtual-kubelet nodes, so the provider deletes the Container
 * Instances (and their VNICs in our subnets) while it still runs; otherwise the subnets
 * could not be deleted.
 */
import { Construct } from "constructs";
import { FOR_EXPRESSION_VALUE, Fn, Op, TerraformResource, Token, forExpression } from "cdktf";
import { DataOciContainerengineClusterKubeConfig } from "../.gen/providers/oci/data-oci-containerengine-cluster-kube-config/index.js";
import { HelmProvider } from "../.gen/providers/helm/provider/index.js";
import { Release as HelmRelease } from "../.gen/providers/helm/release/index.js";
import type { ChartValues, ChartVirtualNode } from "./chart-values.ts";
import type { Cluster } from "./cluster.ts";
import { clusterTokenExec } from "./cluster-auth.ts";
import type { Iam } from "./iam.ts";
import { type Network, choose } from "./network.ts";
import type { SystemCapacity } from "./system-capacity.ts";
import { fail, isLiteral } from "./validation.ts";

export interface ReleaseProps {
  readonly cluster: Cluster;
  readonly network: Network;
  readonly systemCapacity: SystemCapacity;
  /** Absent when IAM is managed elsewhere. */
  readonly iam?: Iam;
  /** OCI region of the cluster, e.g. eu-frankfurt-1. */
  readonly region: string;
  /** Compartment the provider creates Container Instances in. */
  readonly compartmentId: string;
  /**
   * Chart to install: a local path or .tgz (relative to the Terraform working directory
   * unless it starts with `${path.module}`), or a chart name with `chartRepository`.
   * @default "${path.module}/oke-virtual-nodes.tgz" — the chart `npm run synth` packages
   */
  readonly chart?: string;
  /**
   * Repository URL (https:// or oci://) when `chart` is a name.
   * @default - none: `chart` is a path
   */
  readonly chartRepository?: string;
  /**
   * Chart version constraint.
   * @default - whatever `chart` points at
   */
  readonly chartVersion?: string;
  /**
   * Release name (at most 53 characters).
   * @default "oke-virtual-nodes"
   */
  readonly releaseName?: string;
  /**
   * Namespace of the release; must match the IAM ServiceAccount namespace.
   * @default "oke-virtual-nodes"
   */
  readonly namespace?: string;
  /**
   * Number of virtual nodes; 0 means one per availability domain of the region. Nodes
   * are spread round-robin over the domains.
   * @default 0
   */
  readonly nodeCount?: number;
  /**
   * Node names are `<prefix>-<n>`, n from 1 (a DNS label of at most 40 characters in all).
   * @default "oke-virtual-node"
   */
  readonly nodeNamePrefix?: string;
  /** The provider's container image. @default - the chart's image and appVersion */
  readonly image?: ReleaseImage;
  /**
   * Name of an existing Secret in the release namespace holding an OCI API key (keys `config`
   * and `key.pem`); when not "", the provider authenticates with it (`oci.auth: configFile`)
   * instead of OKE workload identity, e.g. where workload identity is unavailable.
   * @default "" — workload identity
   */
  readonly apiKeySecret?: string;
  /**
   * Extra values (YAML documents) merged after the wired ones.
   * @default - none
   */
  readonly extraValues?: readonly string[];
  /**
   * Helm operation timeout in seconds.
   * @default 900
   */
  readonly timeoutSeconds?: number;
  /**
   * Roll back a failed install or upgrade (implies waiting for readiness).
   * @default true
   */
  readonly atomic?: boolean;
  /**
   * Wait for the release's resources to become ready.
   * @default true
   */
  readonly wait?: boolean;
  /**
   * Drain the provider's virtual nodes before the release is destroyed (needs the OCI
   * CLI and kubectl on the machine running Terraform).
   * @default true
   */
  readonly drainOnDestroy?: boolean;
}

/** Where the provider's image comes from (e.g. a tenancy's OCIR repository). */
export interface ReleaseImage {
  /** Repository, e.g. fra.ocir.io/<namespace>/oke-virtual-nodes. @default - the chart's */
  readonly repository?: string;
  /** Tag; "" means the chart's appVersion. @default "" */
  readonly tag?: string;
  /** Digest (sha256:…); when not "", it pins the image and the tag is ignored. @default "" */
  readonly digest?: string;
  /** Name of a docker-registry Secret in the release namespace; "" for none. @default "" */
  readonly pullSecret?: string;
}

export class Release extends Construct {
  public readonly release: HelmRelease;
  public readonly provider: HelmProvider;
  /** What a caller needs to configure its own helm/kubernetes provider. */
  public readonly host: string;
  public readonly clusterCaCertificate: string;
  /** Names of the virtual-kubelet Nodes the provider registers (a Terraform list). */
  public readonly nodeNames: string[];
  /** The values the release passes the chart (before YAML encoding). */
  public readonly values: ChartValues;

  constructor(scope: Construct, id: string, props: ReleaseProps) {
    super(scope, id);
    const where = this.node.path;
    if (!props.region) fail(where, "'region' is required, e.g. eu-frankfurt-1");
    if (isLiteral(props.region) && !/^[a-z]+-[a-z]+-\d+$/.test(props.region)) {
      fail(where, `'region' "${props.region}" is not an OCI region identifier like eu-frankfurt-1`);
    }
    const name = props.releaseName ?? "oke-virtual-nodes";
    if (isLiteral(name) && !/^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$/.test(name)) {
      fail(where, `'releaseName' "${name}" must be a DNS label of at most 53 characters (Helm's limit)`);
    }
    const timeout = props.timeoutSeconds ?? 900;
    if (isLiteral(timeout) && (!Number.isInteger(timeout) || timeout < 60)) {
      fail(where, `'timeoutSeconds' must be a whole number of at least 60, got ${timeout}`);
    }
    if (props.chartRepository !== undefined && props.chart === undefined) {
      fail(where, "'chartRepository' needs 'chart' (the chart's name in that repository)");
    }
    const cluster = props.cluster;
    const endpoint = choose(cluster.publicEndpoint, "PUBLIC_ENDPOINT", "PRIVATE_ENDPOINT");
    const kubeconfig = new DataOciContainerengineClusterKubeConfig(this, "kubeconfig", {
      clusterId: cluster.clusterId,
      endpoint,
      tokenVersion: "2.0.0",
    });
    const ca = Fn.lookup(
      Fn.lookup(Fn.element(Fn.lookup(Fn.yamldecode(kubeconfig.content), "clusters", []), 0), "cluster", {}),
      "certificate-authority-data",
      "",
    );
    this.host = cluster.endpointUrl;
    this.clusterCaCertificate = Fn.base64decode(ca);
    this.provider = new HelmProvider(this, "helm", {
      kubernetes: {
        host: this.host,
        clusterCaCertificate: this.clusterCaCertificate,
        exec: clusterTokenExec(cluster.clusterId, props.region),
      },
    });
    const ns = props.namespace ?? "oke-virtual-nodes";
    const prefix = props.nodeNamePrefix ?? "oke-virtual-node";
    if (isLiteral(prefix) && !/^[a-z0-9]([-a-z0-9]{0,34}[a-z0-9])?$/.test(prefix)) {
      fail(where, `'nodeNamePrefix' "${prefix}" must be a DNS label of at most 36 characters`);
    }
    const nodeCount = props.nodeCount ?? 0;
    if (isLiteral(nodeCount) && (!Number.isInteger(nodeCount) || nodeCount < 0 || nodeCount > 50)) {
      fail(where, `'nodeCount' must be a whole number from 0 to 50, got ${nodeCount}`);
    }
    const ads = props.systemCapacity.availabilityDomains;
    // `>= 1`, not `> 0`: cdktf renders a falsy literal operand (0, "") as `undefined`.
    const count = Fn.conditional(Op.gte(nodeCount, 1), nodeCount, Fn.lengthOf(ads));
    // In `[for key, val in range(count) : …]`, val is the node's index.
    const index = FOR_EXPRESSION_VALUE as unknown as number;
    const node: ChartVirtualNode = {
      name: Fn.format("%s-%d", [prefix, Op.add(index, 1)]),
      availabilityDomain: Fn.element(ads, index),
      compartmentId: props.compartmentId,
      subnetId: props.network.podSubnetId,
      nsgIds: [props.network.podNsgId],
    };
    const nodes = Token.asAny(forExpression(Fn.range(0, count), node)) as unknown as ChartVirtualNode[];
    this.nodeNames = Token.asList(forExpression(Fn.range(0, count), node.name));
    const image = props.image ?? {};
    const pullSecret = image.pullSecret ?? "";
    const apiKeySecret = props.apiKeySecret ?? "";
    this.values = {
      clusterName: cluster.name,
      oci: {
        region: props.region,
        auth: Fn.conditional(
          Op.gte(Fn.lengthOf(apiKeySecret), 1),
          "configFile",
          "workloadIdentity",
        ) as unknown as "configFile",
        apiKey: { existingSecret: apiKeySecret },
      },
      nodes,
      image: {
        ...(image.repository !== undefined ? { repository: image.repository } : {}),
        tag: image.tag ?? "",
        digest: image.digest ?? "",
      },
      imagePullSecrets: Fn.conditional(
        Op.gte(Fn.lengthOf(pullSecret), 1),
        [{ name: pullSecret }],
        [],
      ) as unknown as ChartValues["imagePullSecrets"],
      service: {
        // Merged by Helm over the chart's default annotations (an internal NLB).
        annotations: {
          "oci-network-load-balancer.oraclecloud.com/subnet": props.network.loadBalancerSubnetId,
          "oci.oraclecloud.com/oci-network-security-groups": props.network.loadBalancerNsgId,
        },
      },
    };
    const dependsOn: TerraformResource[] = [
      cluster.resource,
      props.systemCapacity.pool,
      ...props.network.rules,
    ];
    if (props.iam?.ready) dependsOn.push(props.iam.ready);
    this.release = new HelmRelease(this, "release", {
      provider: this.provider,
      name,
      namespace: ns,
      createNamespace: true,
      chart: props.chart ?? "${path.module}/oke-virtual-nodes.tgz",
      ...(props.chartRepository !== undefined ? { repository: props.chartRepository } : {}),
      ...(props.chartVersion !== undefined ? { version: props.chartVersion } : {}),
      values: [Fn.yamlencode(this.values), ...(props.extraValues ?? [])],
      atomic: props.atomic ?? true,
      wait: props.wait ?? true,
      cleanupOnFail: true,
      timeout,
      maxHistory: 10,
      dependsOn,
    });
    if (props.drainOnDestroy ?? true) {
      // Destroyed before the release (it depends on it): drains virtual-kubelet nodes so
      // the provider deletes its Container Instances while it still runs.
      const drain = new TerraformResource(this, "drain-on-destroy", {
        terraformResourceType: "terraform_data",
        dependsOn: [this.release],
      });
      drain.addOverride("input", { cluster_id: cluster.clusterId, region: props.region, endpoint });
      drain.addOverride("provisioner", [
        {
          "local-exec": {
            when: "destroy",
            interpreter: ["/bin/sh", "-c"],
            command: DRAIN_SCRIPT,
            environment: {
              CLUSTER_ID: "${self.input.cluster_id}",
              REGION: "${self.input.region}",
              ENDPOINT: "${self.input.endpoint}",
            },
          },
        },
      ]);
    }
  }
}

/** Runs at destroy time; only `self` may be referenced there, hence the environment. */
export const DRAIN_SCRIPT = [
  "set -eu",
  'K="$(mktemp)"',
  'oci ce cluster create-kubeconfig --cluster-id "$CLUSTER_ID" --region "$REGION" --file "$K" --token-version 2.0.0 --kube-endpoint "$ENDPOINT" --overwrite >/dev/null',
  // A failed listing must not pass as "no nodes" (a `for` over a failed substitution is silent).
  'NODES="$(kubectl --kubeconfig "$K" get nodes -l type=virtual-kubelet -o name)" || { echo "drain-on-destroy: could not list the virtual nodes, so none was drained (the release\'s cleanup hook still deletes their Container Instances)" >&2; NODES=""; }',
  "for n in $NODES; do",
  '  kubectl --kubeconfig "$K" drain "$${n#node/}" --ignore-daemonsets --delete-emptydir-data --force --timeout=600s || true',
  "done",
  'rm -f "$K"',
].join("\n");
