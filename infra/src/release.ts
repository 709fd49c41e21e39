/**
 * The Helm release of charts/oke-virtual-nodes, with values wired from the network,
 * cluster, system capacity and IAM constructs. The helm provider is configured from
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
import { Fn, TerraformResource } from "cdktf";
import { DataOciContainerengineClusterKubeConfig } from "../.gen/providers/oci/data-oci-containerengine-cluster-kube-config/index.js";
import { HelmProvider } from "../.gen/providers/helm/provider/index.js";
import { Release as HelmRelease } from "../.gen/providers/helm/release/index.js";
import type { Cluster } from "./cluster.ts";
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
   * Name of the virtual-kubelet Node the provider registers.
   * @default "oke-virtual-nodes"
   */
  readonly nodeName?: string;
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

export class Release extends Construct {
  public readonly release: HelmRelease;
  public readonly provider: HelmProvider;
  /** What a caller needs to configure its own helm/kubernetes provider. */
  public readonly host: string;
  public readonly clusterCaCertificate: string;
  public readonly nodeName: string;

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
        exec: {
          apiVersion: "client.authentication.k8s.io/v1beta1",
          command: "oci",
          args: [
            "ce",
            "cluster",
            "generate-token",
            "--cluster-id",
            cluster.clusterId,
            "--region",
            props.region,
          ],
        },
      },
    });
    const ns = props.namespace ?? "oke-virtual-nodes";
    this.nodeName = props.nodeName ?? "oke-virtual-nodes";
    if (isLiteral(this.nodeName) && !/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(this.nodeName)) {
      fail(where, `'nodeName' "${this.nodeName}" is not a valid Kubernetes Node name`);
    }
    const wired = {
      config: {
        nodeName: this.nodeName,
        oci: {
          region: props.region,
          compartmentId: props.compartmentId,
          subnetId: props.network.podSubnetId,
          nsgIds: [props.network.podNsgId],
          auth: "workloadIdentity",
        },
        node: { availabilityDomain: props.systemCapacity.availabilityDomain },
      },
      clusterId: cluster.clusterId,
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
      values: [Fn.yamlencode(wired), ...(props.extraValues ?? [])],
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
  'for n in $(kubectl --kubeconfig "$K" get nodes -l type=virtual-kubelet -o name); do',
  '  kubectl --kubeconfig "$K" drain "$${n#node/}" --ignore-daemonsets --delete-emptydir-data --force --timeout=600s || true',
  "done",
  'rm -f "$K"',
].join("\n");
