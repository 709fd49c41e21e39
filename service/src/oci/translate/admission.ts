/**
 * The part of the translation's refusals (./unsupported.ts) that a ValidatingAdmissionPolicy can check
 * when a pod is created, as CEL. The chart's optional policy (cdk8s/src/constructs/admission-policy.ts)
 * refuses such pods up front when they can only land on a virtual node, so a ReplicaSet reports
 * FailedCreate instead of making pod after pod that the provider fails. Messages are the
 * translation's own words for each example, so the two cannot drift; admission.test.ts checks that
 * the translation refuses every example at the field named here.
 */
import type { V1Pod, V1PodSpec } from "@kubernetes/client-node";
import { Report } from "./types.ts";
import { findUnsupported } from "./unsupported.ts";

export interface AdmissionRefusal {
  /** Where the translation reports the example's problem, e.g. `spec.containers[0].lifecycle.postStart`. */
  readonly field: string;
  /** CEL over the Pod (`object`): true when the pod has none of it. */
  readonly expression: string;
  /** Pod spec fields that the translation refuses at `field` (over one plain container); valid Kubernetes. */
  readonly example: Partial<V1PodSpec>;
}

/** The label every virtual Node carries (service/src/app.ts), which a pod selects to land only there. */
export const VIRTUAL_NODE_LABEL = { key: "type", value: "virtual-kubelet" } as const;

const containers = (condition: string): string => `object.spec.containers.all(c, ${condition})`;
const volumes = (condition: string): string =>
  `!has(object.spec.volumes) || object.spec.volumes.all(v, ${condition})`;
const probes = (kind: "exec" | "grpc"): string =>
  containers(
    ["livenessProbe", "readinessProbe", "startupProbe"]
      .map((probe) => `(!has(c.${probe}) || !has(c.${probe}.${kind}))`)
      .join(" && "),
  );
const APP = { name: "app", image: "busybox" };

export const ADMISSION_REFUSALS: readonly AdmissionRefusal[] = [
  {
    field: "spec.initContainers[0]",
    expression: "!has(object.spec.initContainers) || size(object.spec.initContainers) == 0",
    example: { initContainers: [{ name: "init", image: "busybox" }] },
  },
  {
    field: "spec.hostNetwork",
    expression: "!has(object.spec.hostNetwork) || !object.spec.hostNetwork",
    example: { hostNetwork: true },
  },
  {
    field: "spec.hostPID",
    expression: "!has(object.spec.hostPID) || !object.spec.hostPID",
    example: { hostPID: true },
  },
  {
    field: "spec.hostIPC",
    expression: "!has(object.spec.hostIPC) || !object.spec.hostIPC",
    example: { hostIPC: true },
  },
  {
    field: "spec.shareProcessNamespace",
    expression: "!has(object.spec.shareProcessNamespace) || !object.spec.shareProcessNamespace",
    example: { shareProcessNamespace: true },
  },
  {
    field: "spec.hostUsers",
    expression: "!has(object.spec.hostUsers) || object.spec.hostUsers",
    example: { hostUsers: false },
  },
  {
    field: "spec.hostAliases",
    expression: "!has(object.spec.hostAliases) || size(object.spec.hostAliases) == 0",
    example: { hostAliases: [{ ip: "10.0.0.1", hostnames: ["db"] }] },
  },
  {
    field: "spec.runtimeClassName",
    expression: "!has(object.spec.runtimeClassName)",
    example: { runtimeClassName: "gvisor" },
  },
  {
    field: "spec.os.name",
    expression: "!has(object.spec.os) || object.spec.os.name == 'linux'",
    example: { os: { name: "windows" } },
  },
  {
    field: "spec.resourceClaims",
    expression: "!has(object.spec.resourceClaims) || size(object.spec.resourceClaims) == 0",
    example: { resourceClaims: [{ name: "gpu", resourceClaimName: "gpu" }] },
  },
  {
    field: "spec.volumes[0].hostPath",
    expression: volumes("!has(v.hostPath)"),
    example: { volumes: [{ name: "host", hostPath: { path: "/var/run" } }] },
  },
  {
    field: "spec.volumes[0].persistentVolumeClaim",
    expression: volumes("!has(v.persistentVolumeClaim)"),
    example: { volumes: [{ name: "data", persistentVolumeClaim: { claimName: "data" } }] },
  },
  {
    field: "spec.volumes[0].ephemeral",
    expression: volumes("!has(v.ephemeral)"),
    example: {
      volumes: [
        {
          name: "scratch",
          ephemeral: {
            volumeClaimTemplate: {
              spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
            },
          },
        },
      ],
    },
  },
  {
    field: "spec.containers[0].lifecycle.postStart",
    expression: containers("!has(c.lifecycle) || (!has(c.lifecycle.postStart) && !has(c.lifecycle.preStop))"),
    example: { containers: [{ ...APP, lifecycle: { postStart: { exec: { command: ["true"] } } } }] },
  },
  {
    field: "spec.containers[0].stdin",
    expression: containers("!has(c.stdin) || !c.stdin"),
    example: { containers: [{ ...APP, stdin: true }] },
  },
  {
    field: "spec.containers[0].tty",
    expression: containers("!has(c.tty) || !c.tty"),
    example: { containers: [{ ...APP, tty: true }] },
  },
  {
    field: "spec.containers[0].ports[0].hostPort",
    expression: containers("!has(c.ports) || c.ports.all(p, !has(p.hostPort) || p.hostPort == 0)"),
    example: { containers: [{ ...APP, ports: [{ containerPort: 80, hostPort: 80 }] }] },
  },
  {
    field: "spec.containers[0].livenessProbe.exec",
    expression: probes("exec"),
    example: { containers: [{ ...APP, livenessProbe: { exec: { command: ["true"] } } }] },
  },
  {
    field: "spec.containers[0].livenessProbe.grpc",
    expression: probes("grpc"),
    example: { containers: [{ ...APP, livenessProbe: { grpc: { port: 9000 } } }] },
  },
];

/** A pod that is plain but for `spec`'s fields. */
export function examplePod(spec: Partial<V1PodSpec>): V1Pod {
  return {
    metadata: { name: "example", namespace: "default", uid: "00000000-0000-0000-0000-000000000000" },
    spec: { containers: [APP], ...spec },
  };
}

/** The field as a user reads it for any index: `spec.containers[*].stdin`. */
const anyIndex = (field: string): string => field.replaceAll("[0]", "[*]");

/** Each refusal with its message: `<field>: <the translation's words>`. @throws Error when the translation does not refuse an example at its field */
export function admissionRules(): { readonly expression: string; readonly message: string }[] {
  return ADMISSION_REFUSALS.map((refusal) => {
    const report = new Report();
    findUnsupported(examplePod(refusal.example), report);
    const problem = report.problems.find((p) => p.field === refusal.field);
    if (!problem) throw new Error(`the translation does not refuse ${refusal.field} for its example`);
    return {
      expression: refusal.expression,
      message: `${anyIndex(refusal.field)}: ${problem.message}. This pod can only run on the virtual nodes (nodeSelector or required affinity ${VIRTUAL_NODE_LABEL.key}=${VIRTUAL_NODE_LABEL.value}).`,
    };
  });
}

/**
 * CEL over the Pod: it can only be scheduled to a virtual node, because its nodeSelector or every term
 * of its required node affinity asks for the virtual nodes' label. Tolerating the virtual nodes' taint
 * alone does not: such a pod may still land on an ordinary node.
 */
export const ONLY_ON_VIRTUAL_NODES = [
  `(has(object.spec.nodeSelector) && '${VIRTUAL_NODE_LABEL.key}' in object.spec.nodeSelector && object.spec.nodeSelector['${VIRTUAL_NODE_LABEL.key}'] == '${VIRTUAL_NODE_LABEL.value}')`,
  `(has(object.spec.affinity) && has(object.spec.affinity.nodeAffinity) && has(object.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution) && object.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms.all(t, has(t.matchExpressions) && t.matchExpressions.exists(e, e.key == '${VIRTUAL_NODE_LABEL.key}' && e.operator == 'In' && has(e.values) && e.values.all(v, v == '${VIRTUAL_NODE_LABEL.value}'))))`,
].join(" || ");
