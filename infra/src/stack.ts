/**
 * The full-cluster stack: network, cluster, system capacity, IAM and the Helm release,
 * every input a Terraform variable (with validation) and the outputs users need next.
 * `FullClusterStack` is what `cdktf deploy` applies; `moduleMode` renders the same
 * stack as a reusable Terraform module (no provider or backend blocks; the caller
 * configures oracle/oci and hashicorp/helm, see the module's README).
 */
import type { Construct } from "constructs";
import { Fn, LocalBackend, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { OciProvider } from "../.gen/providers/oci/provider/index.js";
import { CHART_DEFAULTS } from "./chart-values.ts";
import { Cluster } from "./cluster.ts";
import { Iam } from "./iam.ts";
import { Network } from "./network.ts";
import { Release } from "./release.ts";
import { POD_SHAPES, SystemCapacity } from "./system-capacity.ts";

export interface FullClusterStackProps {
  /**
   * Render as a reusable module: no provider or backend blocks.
   * @default false
   */
  readonly moduleMode?: boolean;
}

/** Provider versions the stack and module accept (the bindings describe the lower bound). */
export const PROVIDER_CONSTRAINTS = {
  oci: ">= 8.28.0, < 9.0.0",
  helm: ">= 3.1.2, < 4.0.0",
} as const;

interface VariableSpec {
  readonly type: string;
  readonly description: string;
  readonly default?: unknown;
  readonly sensitive?: boolean;
  readonly validation?: readonly { readonly condition: string; readonly errorMessage: string }[];
}

/** Every input of the stack and module, with its Terraform-side validation. */
export const VARIABLES: Readonly<Record<string, VariableSpec>> = {
  compartment_id: {
    type: "string",
    description: "OCID of the compartment for the network, cluster and Container Instances.",
    validation: [
      {
        condition: 'can(regex("^ocid1\\\\.(compartment|tenancy)\\\\.oc[0-9]+\\\\.", var.compartment_id))',
        errorMessage: "compartment_id must be a compartment OCID (ocid1.compartment.oc1..…).",
      },
    ],
  },
  tenancy_id: {
    type: "string",
    description: "OCID of the tenancy (dynamic group, virtual-node endorse policy, availability domains).",
    validation: [
      {
        condition: 'can(regex("^ocid1\\\\.tenancy\\\\.oc[0-9]+\\\\.", var.tenancy_id))',
        errorMessage: "tenancy_id must be a tenancy OCID (ocid1.tenancy.oc1..…).",
      },
    ],
  },
  region: {
    type: "string",
    description: "OCI region identifier, e.g. eu-frankfurt-1.",
    validation: [
      {
        condition: 'can(regex("^[a-z]+-[a-z]+-[0-9]+$", var.region))',
        errorMessage: "region must be an OCI region identifier like eu-frankfurt-1.",
      },
    ],
  },
  vcn_cidr: {
    type: "string",
    description: "IPv4 /16 block of the new VCN; the four subnets are carved from it.",
    default: "10.0.0.0/16",
    validation: [
      {
        condition:
          'can(cidrhost(var.vcn_cidr, 0)) && try(split("/", var.vcn_cidr)[1] == "16", false) && try(cidrsubnet(var.vcn_cidr, 0, 0) == var.vcn_cidr, false)',
        errorMessage: "vcn_cidr must be an IPv4 /16 block with no host bits set, like 10.0.0.0/16.",
      },
    ],
  },
  public_endpoint: {
    type: "bool",
    description: "Expose the Kubernetes API endpoint on a public IP (restricted to endpoint_allowed_cidrs).",
    default: true,
  },
  endpoint_allowed_cidrs: {
    type: "list(string)",
    description: "CIDR blocks allowed to reach the API endpoint on 6443 from outside the VCN.",
    default: [],
    validation: [
      {
        condition: "alltrue([for c in var.endpoint_allowed_cidrs : can(cidrhost(c, 0))])",
        errorMessage: "endpoint_allowed_cidrs must hold IPv4 CIDR blocks like 203.0.113.0/24.",
      },
      {
        condition: '!contains(var.endpoint_allowed_cidrs, "0.0.0.0/0")',
        errorMessage:
          "endpoint_allowed_cidrs must not contain 0.0.0.0/0: list the networks that need the API.",
      },
    ],
  },
  cluster_name: {
    type: "string",
    description: "Name of the OKE cluster.",
    default: "oke-virtual-nodes",
    validation: [
      {
        condition: 'can(regex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$", var.cluster_name))',
        errorMessage: "cluster_name must be 1-255 letters, digits, '.', '_' or '-'.",
      },
    ],
  },
  kubernetes_version: {
    type: "string",
    description: "Kubernetes version of the cluster (v1.25 or later for virtual nodes).",
    default: "v1.34.2",
    validation: [
      {
        condition:
          'can(regex("^v1\\\\.[0-9]+\\\\.[0-9]+$", var.kubernetes_version)) && try(tonumber(split(".", var.kubernetes_version)[1]) >= 25, false)',
        errorMessage: "kubernetes_version must look like v1.34.2 and be v1.25 or later.",
      },
    ],
  },
  pod_shape: {
    type: "string",
    description: `Pod shape of the system virtual node pool: one of ${POD_SHAPES.join(", ")}.`,
    default: "Pod.Standard.E4.Flex",
    validation: [
      {
        condition: `contains(${JSON.stringify(POD_SHAPES)}, var.pod_shape)`,
        errorMessage: `pod_shape must be one of ${POD_SHAPES.join(", ")}.`,
      },
    ],
  },
  system_node_count: {
    type: "number",
    description: "Virtual nodes in the system pool (CoreDNS and the provider run there).",
    default: 1,
    validation: [
      {
        condition:
          "var.system_node_count >= 1 && var.system_node_count <= 1000 && floor(var.system_node_count) == var.system_node_count",
        errorMessage: "system_node_count must be a whole number from 1 to 1000.",
      },
    ],
  },
  create_iam: {
    type: "bool",
    description:
      "Create the dynamic group and policies; when false, create them from the *_statements outputs.",
    default: true,
  },
  create_virtual_node_policy: {
    type: "bool",
    description:
      "Also create the tenancy-level endorse policy OKE virtual nodes need (root-compartment rights).",
    default: true,
  },
  iam_propagation_delay_seconds: {
    type: "number",
    description: "Seconds to wait after IAM changes before installing the chart.",
    default: 60,
    validation: [
      {
        condition: "var.iam_propagation_delay_seconds >= 0 && var.iam_propagation_delay_seconds <= 600",
        errorMessage: "iam_propagation_delay_seconds must be between 0 and 600.",
      },
    ],
  },
  namespace: {
    type: "string",
    description: "Namespace of the release and of the provider's ServiceAccount.",
    default: "oke-virtual-nodes",
    validation: [
      {
        condition: 'can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.namespace))',
        errorMessage: "namespace must be a Kubernetes namespace name (lowercase DNS label).",
      },
    ],
  },
  chart: {
    type: "string",
    description:
      "Chart path (.tgz or folder) or name; default: the chart packaged beside this configuration.",
    default: "",
  },
  virtual_node_count: {
    type: "number",
    description:
      "Virtual nodes the provider registers; 0 means one per availability domain of the region (nodes are spread round-robin over the domains).",
    default: 0,
    validation: [
      {
        condition:
          "var.virtual_node_count >= 0 && var.virtual_node_count <= 50 && floor(var.virtual_node_count) == var.virtual_node_count",
        errorMessage: "virtual_node_count must be a whole number from 0 to 50.",
      },
    ],
  },
  image_repository: {
    type: "string",
    description:
      "Repository of the provider's image, e.g. fra.ocir.io/<tenancy namespace>/oke-virtual-nodes (see docs/deploy.md).",
    default: CHART_DEFAULTS.image?.repository,
    validation: [
      {
        condition: 'can(regex("^[a-z0-9][a-z0-9.:-]*(/[a-z0-9._-]+)+$", var.image_repository))',
        errorMessage:
          "image_repository must be a registry host and repository path like fra.ocir.io/mytenancy/oke-virtual-nodes.",
      },
    ],
  },
  image_tag: {
    type: "string",
    description: "Tag of the provider's image; \"\" means the chart's appVersion.",
    default: "",
    validation: [
      {
        condition: 'can(regex("^([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$", var.image_tag))',
        errorMessage: "image_tag must be an image tag (letters, digits, '_', '.', '-'; at most 128).",
      },
    ],
  },
  image_digest: {
    type: "string",
    description: 'Digest of the provider\'s image (sha256:…); pins the image over the tag. "" for none.',
    default: "",
    validation: [
      {
        condition: 'can(regex("^(sha256:[a-f0-9]{64})?$", var.image_digest))',
        errorMessage: "image_digest must be sha256: followed by 64 lowercase hex digits, or empty.",
      },
    ],
  },
  image_pull_secret: {
    type: "string",
    description:
      'Name of a docker-registry Secret in the release namespace for a private repository (OCIR); "" for none.',
    default: "",
    validation: [
      {
        condition: 'can(regex("^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)?$", var.image_pull_secret))',
        errorMessage: "image_pull_secret must be a Kubernetes Secret name, or empty.",
      },
    ],
  },
  oci_api_key_secret: {
    type: "string",
    description:
      'Name of a Secret in the release namespace with an OCI API key (keys `config`, key_file=/etc/oci/key.pem, and `key.pem`) the provider uses instead of workload identity (oci.auth configFile); "" for workload identity.',
    default: "",
    validation: [
      {
        condition: 'can(regex("^([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)?$", var.oci_api_key_secret))',
        errorMessage: "oci_api_key_secret must be a Kubernetes Secret name, or empty.",
      },
    ],
  },
  helm_timeout_seconds: {
    type: "number",
    description: "Timeout of Helm operations in seconds.",
    default: 900,
    validation: [
      {
        condition: "var.helm_timeout_seconds >= 60",
        errorMessage: "helm_timeout_seconds must be at least 60.",
      },
    ],
  },
  helm_atomic: {
    type: "bool",
    description: "Roll back a failed install or upgrade.",
    default: true,
  },
};

export class FullClusterStack extends TerraformStack {
  private readonly moduleMode: boolean;

  constructor(scope: Construct, id: string, props: FullClusterStackProps = {}) {
    super(scope, id);
    this.moduleMode = props.moduleMode ?? false;
    const v: Record<string, TerraformVariable> = {};
    for (const [name, spec] of Object.entries(VARIABLES)) {
      const variable = new TerraformVariable(this, name, {
        type: spec.type,
        description: spec.description,
        ...(spec.default !== undefined ? { default: spec.default } : {}),
        // Terraform JSON syntax: an expression is a "${…}" template.
        ...(spec.validation
          ? {
              validation: spec.validation.map((x) => ({
                condition: `\${${x.condition}}`,
                errorMessage: x.errorMessage,
              })),
            }
          : {}),
      });
      variable.overrideLogicalId(name);
      v[name] = variable;
    }
    const str = (name: string): string => v[name]!.stringValue;
    const num = (name: string): number => v[name]!.numberValue;
    const bool = (name: string): boolean => v[name]!.booleanValue as unknown as boolean;

    new OciProvider(this, "oci", { region: str("region") });
    new LocalBackend(this, { path: "terraform.tfstate" });
    for (const [name, constraint] of Object.entries(PROVIDER_CONSTRAINTS)) {
      this.addOverride(`terraform.required_providers.${name}.version`, constraint);
    }
    const compartmentId = str("compartment_id");
    const tenancyId = str("tenancy_id");
    const network = new Network(this, "network", {
      compartmentId,
      vcnCidr: str("vcn_cidr"),
      publicEndpoint: bool("public_endpoint"),
      endpointAllowedCidrs: v["endpoint_allowed_cidrs"]!.listValue,
    });
    const cluster = new Cluster(this, "cluster", {
      compartmentId,
      network,
      name: str("cluster_name"),
      kubernetesVersion: str("kubernetes_version"),
    });
    const systemCapacity = new SystemCapacity(this, "system", {
      compartmentId,
      tenancyId,
      cluster,
      network,
      size: num("system_node_count"),
      podShape: str("pod_shape"),
    });
    const iam = new Iam(this, "iam", {
      compartmentId,
      tenancyId,
      clusterId: cluster.clusterId,
      namespace: str("namespace"),
      create: bool("create_iam"),
      createVirtualNodePolicy: bool("create_virtual_node_policy"),
      propagationDelaySeconds: num("iam_propagation_delay_seconds"),
    });
    const release = new Release(this, "release", {
      cluster,
      network,
      systemCapacity,
      iam,
      region: str("region"),
      compartmentId,
      namespace: str("namespace"),
      // A raw expression: cdktf would escape the nested "${path.module}" of a literal.
      chart: '${var.chart != "" ? var.chart : "${path.module}/oke-virtual-nodes.tgz"}',
      timeoutSeconds: num("helm_timeout_seconds"),
      nodeCount: num("virtual_node_count"),
      image: {
        repository: str("image_repository"),
        tag: str("image_tag"),
        digest: str("image_digest"),
        pullSecret: str("image_pull_secret"),
      },
      apiKeySecret: str("oci_api_key_secret"),
      atomic: bool("helm_atomic"),
    });

    const output = (name: string, value: unknown, description: string, sensitive = false): void => {
      new TerraformOutput(this, name, { value, description, sensitive }).overrideLogicalId(name);
    };
    output("cluster_id", cluster.clusterId, "OCID of the OKE cluster.");
    output(
      "kubeconfig_command",
      Fn.format(
        "oci ce cluster create-kubeconfig --cluster-id %s --region %s --file $HOME/.kube/config --token-version 2.0.0 --kube-endpoint %s",
        [
          cluster.clusterId,
          str("region"),
          Fn.conditional(bool("public_endpoint"), "PUBLIC_ENDPOINT", "PRIVATE_ENDPOINT"),
        ],
      ),
      "Writes a kubeconfig for the cluster (exec auth through the OCI CLI).",
    );
    output("cluster_endpoint", cluster.endpointUrl, "https URL of the Kubernetes API endpoint.");
    output(
      "cluster_ca_certificate",
      release.clusterCaCertificate,
      "PEM CA certificate of the cluster (for a helm or kubernetes provider).",
    );
    output("node_names", release.nodeNames, "Names of the virtual-kubelet Nodes the provider registers.");
    output("system_virtual_node_pool_id", systemCapacity.pool.id, "OCID of the system virtual node pool.");
    output("vcn_id", network.vcnId, "OCID of the VCN.");
    output("pod_subnet_id", network.podSubnetId, "OCID of the subnet of the pods (Container Instances).");
    output("pod_nsg_id", network.podNsgId, "OCID of the pods' network security group.");
    output(
      "compartment_policy_statements",
      iam.compartmentStatements,
      "Workload-identity and OCIR statements (compartment policy).",
    );
    output(
      "tenancy_policy_statements",
      iam.tenancyStatements,
      "Virtual-node endorse statements (root-compartment policy).",
    );
    output(
      "dynamic_group_matching_rule",
      iam.dynamicGroupMatchingRule,
      "Matching rule of the Container Instance dynamic group.",
    );
  }

  override toTerraform(): Record<string, unknown> {
    const tf = super.toTerraform() as Record<string, unknown>;
    if (this.moduleMode) {
      delete tf["provider"];
      const terraform = tf["terraform"] as Record<string, unknown> | undefined;
      if (terraform) delete terraform["backend"];
    }
    return tf;
  }
}
