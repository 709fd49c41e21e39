import { Construct } from "constructs";
import { admissionRules, ONLY_ON_VIRTUAL_NODES } from "../../../service/src/oci/translate/admission.ts";
import { Resource } from "./resource.ts";
import { commonLabels, releaseName, type ChartContext } from "./context.ts";

export interface AdmissionPolicyProps {
  readonly ctx: ChartContext;
}

/** `<release>-virtual-node-pods`: the policy and its binding share the name. */
export function admissionPolicyName(ctx: ChartContext): string {
  return `${releaseName(ctx)}-virtual-node-pods`;
}

/**
 * Refuses at creation the pods that can only land on virtual nodes and carry fields the provider
 * cannot run: one validation per refusal of the translation (service/src/oci/translate/admission.ts,
 * with its messages). Pods that may land elsewhere are not matched. `failurePolicy: Ignore`: an error
 * in the policy never blocks pods; the provider still refuses what it cannot run.
 */
export class AdmissionPolicy extends Construct {
  constructor(scope: Construct, id: string, props: AdmissionPolicyProps) {
    super(scope, id);
    const { ctx } = props;
    const name = admissionPolicyName(ctx);
    const labels = { ...commonLabels(ctx), "app.kubernetes.io/component": "admission-policy" };
    new Resource(this, "policy", ctx.tpl, {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicy",
      metadata: { name, labels },
      spec: {
        failurePolicy: "Ignore",
        matchConstraints: {
          resourceRules: [
            { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE"], resources: ["pods"] },
          ],
        },
        matchConditions: [{ name: "only-on-virtual-nodes", expression: ONLY_ON_VIRTUAL_NODES }],
        validations: admissionRules().map((rule) => ({
          expression: rule.expression,
          message: rule.message,
          reason: "Invalid",
        })),
      },
    });
    new Resource(this, "binding", ctx.tpl, {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicyBinding",
      metadata: { name, labels },
      spec: { policyName: name, validationActions: ["Deny"] },
    });
  }
}
