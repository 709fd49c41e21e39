/**
 * IAM for virtual nodes: an OKE workload-identity policy for the provider's
 * ServiceAccount, a dynamic group and policy letting Container Instances pull images
 * from OCIR, and the tenancy-level `endorse` policy OKE virtual nodes require. Creation
 * is optional (platform teams often cannot create IAM): the statements are always
 * available as outputs so someone else can create them.
 */
import { Construct } from "constructs";
import { Fn, Op, TerraformResource } from "cdktf";
import { IdentityDynamicGroup } from "../.gen/providers/oci/identity-dynamic-group/index.js";
import { IdentityPolicy } from "../.gen/providers/oci/identity-policy/index.js";
import { fail, isLiteral, requireOcid } from "./validation.ts";

/** Oracle's tenancy and compartment that run virtual nodes (Oracle docs, verbatim). */
const SKE_TENANCY = "ocid1.tenancy.oc1..aaaaaaaacrvwsphodcje6wfbc3xsixhzcan5zihki6bvc7xkwqds4tqhzbaq";
const SKE_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaa2bou6r766wmrh5zt3vhu2rwdya7ahn4dfdtwzowb662cmtdc5fea";

export interface IamProps {
  /** Compartment the provider creates Container Instances in; policies are scoped to it. */
  readonly compartmentId: string;
  /** Tenancy OCID: dynamic groups and the endorse policy live there. */
  readonly tenancyId: string;
  /** The cluster whose workloads get the policy (OCID or a reference). */
  readonly clusterId: string;
  /**
   * Namespace of the provider's ServiceAccount.
   * @default "oke-virtual-nodes"
   */
  readonly namespace?: string;
  /**
   * Name of the provider's ServiceAccount.
   * @default "oke-virtual-nodes"
   */
  readonly serviceAccount?: string;
  /**
   * Create the policies and dynamic group; when false only the statements are produced.
   * @default true
   */
  readonly create?: boolean;
  /**
   * Also create the tenancy-level endorse policy for OKE virtual nodes (needs rights in
   * the root compartment).
   * @default true
   */
  readonly createVirtualNodePolicy?: boolean;
  /**
   * Seconds to wait after creating IAM before dependants run (IAM is eventually
   * consistent; OCI documents propagation in the order of tens of seconds).
   * @default 60
   */
  readonly propagationDelaySeconds?: number;
  /**
   * Prefix of policy and dynamic-group names.
   * @default "oke-virtual-nodes"
   */
  readonly namePrefix?: string;
}

export class Iam extends Construct {
  /** Statements of the compartment policy (workload identity and OCIR pulls). */
  public readonly compartmentStatements: string[];
  /** Statements of the tenancy policy (virtual-node endorse). */
  public readonly tenancyStatements: string[];
  /** Matching rule of the Container Instance dynamic group. */
  public readonly dynamicGroupMatchingRule: string;
  public readonly dynamicGroupName: string;
  /** What depends on IAM waits for this (the propagation delay); undefined when nothing is created. */
  public readonly ready?: TerraformResource;

  constructor(scope: Construct, id: string, props: IamProps) {
    super(scope, id);
    const where = this.node.path;
    requireOcid(where, "compartmentId", props.compartmentId, ["compartment", "tenancy"]);
    requireOcid(where, "tenancyId", props.tenancyId, ["tenancy"]);
    if (!props.clusterId) fail(where, "'clusterId' is required");
    const ns = props.namespace ?? "oke-virtual-nodes";
    const sa = props.serviceAccount ?? "oke-virtual-nodes";
    const dns = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
    if (isLiteral(ns) && !dns.test(ns)) fail(where, `'namespace' "${ns}" is not a Kubernetes namespace name`);
    if (isLiteral(sa) && !/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(sa)) {
      fail(where, `'serviceAccount' "${sa}" is not a Kubernetes ServiceAccount name`);
    }
    const delay = props.propagationDelaySeconds ?? 60;
    if (isLiteral(delay) && (!Number.isInteger(delay) || delay < 0 || delay > 600)) {
      fail(where, `'propagationDelaySeconds' must be a whole number from 0 to 600, got ${delay}`);
    }
    const prefix = props.namePrefix ?? "oke-virtual-nodes";
    const c = props.compartmentId;
    const workload =
      `where all {request.principal.type='workload', request.principal.namespace='${ns}', ` +
      `request.principal.service_account='${sa}', request.principal.cluster_id='${props.clusterId}'}`;
    this.dynamicGroupName = `${prefix}-container-instances`;
    this.dynamicGroupMatchingRule = `ALL {resource.type='computecontainerinstance', resource.compartment.id='${c}'}`;
    this.compartmentStatements = [
      `Allow any-user to manage compute-container-family in compartment id ${c} ${workload}`,
      `Allow any-user to use virtual-network-family in compartment id ${c} ${workload}`,
      `Allow any-user to read metrics in compartment id ${c} ${workload}`,
      `Allow dynamic-group ${this.dynamicGroupName} to read repos in compartment id ${c}`,
    ];
    this.tenancyStatements = [
      `define tenancy ske as ${SKE_TENANCY}`,
      `define compartment ske_compartment as ${SKE_COMPARTMENT}`,
      "endorse any-user to associate compute-container-instances in compartment ske_compartment of tenancy ske with subnets in tenancy where ALL {request.principal.type='virtualnode',request.operation='CreateContainerInstance',request.principal.subnet=2.subnet.id}",
      "endorse any-user to associate compute-container-instances in compartment ske_compartment of tenancy ske with vnics in tenancy where ALL {request.principal.type='virtualnode',request.operation='CreateContainerInstance',request.principal.subnet=2.subnet.id}",
      "endorse any-user to associate compute-container-instances in compartment ske_compartment of tenancy ske with network-security-group in tenancy where ALL {request.principal.type='virtualnode',request.operation='CreateContainerInstance'}",
    ];
    if (props.create === false) return;
    // A literal true creates; a token (a Terraform variable) switches with count.
    const create = props.create ?? true;
    const createVnp = props.createVirtualNodePolicy ?? true;
    const countIf = (flag: boolean): { count?: number } =>
      typeof flag === "boolean" ? {} : { count: Fn.conditional(flag, 1, 0) as number };

    const group = new IdentityDynamicGroup(this, "container-instances", {
      ...countIf(create),
      compartmentId: props.tenancyId,
      name: this.dynamicGroupName,
      description: "Container Instances of oke-virtual-nodes (image pulls from OCIR)",
      matchingRule: this.dynamicGroupMatchingRule,
    });
    const policy = new IdentityPolicy(this, "compartment-policy", {
      ...countIf(create),
      compartmentId: c,
      name: `${prefix}-provider`,
      description:
        "oke-virtual-nodes: workload identity of the provider and OCIR pulls of its Container Instances",
      statements: this.compartmentStatements,
      dependsOn: [group],
    });
    const created: TerraformResource[] = [group, policy];
    if (createVnp !== false) {
      const both =
        typeof create === "boolean" && typeof createVnp === "boolean"
          ? {}
          : { count: Fn.conditional(Op.and(create, createVnp), 1, 0) as number };
      created.push(
        new IdentityPolicy(this, "virtual-node-policy", {
          ...both,
          compartmentId: props.tenancyId,
          name: `${prefix}-virtual-nodes`,
          description: "OKE virtual nodes: endorse policy required in the root compartment",
          statements: this.tenancyStatements,
        }),
      );
    }
    // IAM is eventually consistent: a built-in terraform_data resource (no extra
    // provider) sleeps once after the policies change, and dependants wait for it.
    const wait = new TerraformResource(this, "propagation", {
      terraformResourceType: "terraform_data",
      dependsOn: created,
      ...countIf(create),
    });
    // Inputs, not IDs: the IAM resources may be counted, and a change of any statement
    // is what needs a new wait.
    wait.addOverride("triggers_replace", [
      ...this.compartmentStatements,
      ...(createVnp !== false ? this.tenancyStatements : []),
      this.dynamicGroupMatchingRule,
    ]);
    wait.addOverride("provisioner", [{ "local-exec": { command: Fn.format("sleep %d", [delay]) } }]);
    this.ready = wait;
  }
}
