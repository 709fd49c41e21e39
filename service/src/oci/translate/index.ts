import type { V1Pod } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import {
  agentAnnotations,
  agentContainer,
  AGENT_NAMESERVER,
  agentServiceEnv,
  wantsAgent,
  withAgentDemand,
} from "./agent.ts";
import { buildContainer } from "./containers.ts";
import { dnsConfig } from "./dns.ts";
import { reportMissingReferences } from "./missing-refs.ts";
import { imagePullSecrets } from "./pull-secrets.ts";
import { instanceSecurityContext } from "./security.ts";
import { BYTES_PER_GB, fitShape, podDemand, shapeAnnotations } from "./shape.ts";
import { displayName, instanceTags } from "./tags.ts";
import type { NodeContext, TranslationInput, TranslationResult } from "./types.ts";
import { Report } from "./types.ts";
import { findUnsupported } from "./unsupported.ts";
import { buildVolumes, MAX_VOLUMES } from "./volumes.ts";

export type {
  NodeContext,
  Problem,
  ResolvedReferences,
  ShapeChoice,
  TranslationDefaults,
  TranslationInput,
  TranslationResult,
  Warning,
} from "./types.ts";
export { ANNOTATION_PREFIX } from "./types.ts";
export { findMissingReferences, findMissingTokens } from "./missing-refs.ts";
export type { MissingReference } from "./missing-refs.ts";
export { retryToken, MAX_RETRY_TOKEN_LENGTH } from "./retry-token.ts";
export {
  TAG_CLUSTER,
  TAG_NAMESPACE,
  TAG_NODE,
  TAG_POD,
  TAG_POD_IP,
  TAG_POD_UID,
  readOwnerTags,
} from "./tags.ts";
export { SHAPE_ANNOTATION } from "./shape.ts";
export { AGENT_ANNOTATION, AGENT_CONTAINER, type AgentContext } from "./agent.ts";
export { LIVENESS_CHECK, READINESS_CHECK } from "./probes.ts";
export { parseQuantity } from "./quantity.ts";
export { wantsPodIp } from "./downward.ts";

/** OCI accepts 1 to 60 containers per instance. */
export const MAX_CONTAINERS = 60;

const RESTART_POLICIES: Readonly<Record<string, string>> = {
  Always: "ALWAYS",
  OnFailure: "ON_FAILURE",
  Never: "NEVER",
};

/** Kubernetes' default `terminationGracePeriodSeconds`. */
const DEFAULT_GRACE_SECONDS = 30;

/**
 * Translates a pod bound to a virtual node into the request that creates its Container Instance.
 * Pure: no I/O, and it never throws; every reason the pod cannot run is returned as a problem naming
 * the field, all of them at once. Problems with `retryable: true` (missing mandatory references)
 * may clear without the pod changing; the others need a new pod spec.
 */
export function translatePod(input: TranslationInput): TranslationResult {
  try {
    return translate(input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          kind: "Invalid",
          field: "spec",
          reason: "InvalidPodSpec",
          message: `malformed pod: ${message}`,
          retryable: false,
        },
      ],
      warnings: [],
    };
  }
}

function translate(input: TranslationInput): TranslationResult {
  const { pod, node, references, defaults } = input;
  const report = new Report();
  checkIdentity(pod, node.nodeName, report);
  findUnsupported(pod, report, {
    hostIpKnown: Boolean(node.hostIp),
    podIpKnown: Boolean(input.podIp),
    ...(input.podIpUnknownBecause ? { podIpUnknownBecause: input.podIpUnknownBecause } : {}),
  });
  const agent = wantsAgent(pod, node.agent, report) ? node.agent : undefined;
  const containers = pod.spec?.containers ?? [];
  const maxContainers = agent ? MAX_CONTAINERS - 1 : MAX_CONTAINERS;
  if (containers.length === 0) report.invalid("spec.containers", "the pod has no containers");
  if (containers.length > maxContainers) {
    report.invalid(
      "spec.containers",
      `${containers.length} containers; OCI allows at most ${maxContainers}${agent ? " besides the pod agent" : ""}`,
    );
  }
  reportMissingReferences(pod, references, report);
  const podOnly = podDemand(pod, defaults, report.problems);
  const demand = agent ? withAgentDemand(podOnly, agent) : podOnly;
  const fit = fitShape(pod, demand, input.shapes, defaults);
  if (!fit.ok) report.problems.push(fit.problem);

  // The build below runs even when problems are known, so that its own findings (bad ports,
  // clashing file names, OCI size limits) are listed in the same pass.
  const shape = fit.ok ? fit.choice : undefined;
  const capacity = {
    milliCpu: shape ? BigInt(shape.vcpus) * 1000n : demand.milliCpu,
    memoryBytes: shape ? BigInt(shape.memoryInGBs) * BYTES_PER_GB : demand.memoryBytes,
    ephemeralStorageBytes: BigInt(Math.floor(defaults.ephemeralStorageInGBs ?? 15)) * BYTES_PER_GB,
  };
  const context = {
    pod,
    nodeName: node.nodeName,
    hostIp: node.hostIp,
    podIp: input.podIp,
    references,
    capacity,
    report,
  };
  const volumes = buildVolumes(context);
  if (volumes.volumes.length > MAX_VOLUMES) {
    report.invalid("spec.volumes", `${volumes.volumes.length} volumes; OCI allows at most ${MAX_VOLUMES}`);
  }
  const containerContext = {
    ...context,
    // The privileged agent serves the real ClusterIPs: service variables stay as they are.
    ...(agent && !agent.privileged
      ? { references: agentReferences(references, pod.metadata?.namespace ?? "default", agent) }
      : {}),
    volumes,
    resourcePrincipal: defaults.resourcePrincipal === true,
  };
  const ociContainers = containers.flatMap((container, index) => {
    const built = buildContainer(containerContext, container, `spec.containers[${index}]`);
    return built === undefined ? [] : [built];
  });
  if (agent) ociContainers.push(agentContainer(pod, agent, node));
  const loopbackDns = agent && !agent.privileged;
  const dns = dnsConfig(pod, loopbackDns ? { ...node, clusterDnsIp: AGENT_NAMESERVER } : node, report);
  const pullSecrets = imagePullSecrets(pod, references, report);
  const tags = instanceTags(pod, node, report, input.podIp);
  const securityContext = instanceSecurityContext(pod);
  const restartPolicy = pod.spec?.restartPolicy ?? "Always";
  const containerRestartPolicy = RESTART_POLICIES[restartPolicy];
  if (containerRestartPolicy === undefined)
    report.invalid("spec.restartPolicy", `unknown restartPolicy ${restartPolicy}`);
  if (shape === undefined || containerRestartPolicy === undefined || report.problems.length > 0) {
    return { ok: false, problems: report.problems, warnings: report.warnings };
  }

  const nsgIds = node.nsgIds ?? [];
  const details: models.CreateContainerInstanceDetails = {
    displayName: displayName(pod),
    compartmentId: node.compartmentId,
    availabilityDomain: node.availabilityDomain,
    ...(node.faultDomain !== undefined ? { faultDomain: node.faultDomain } : {}),
    shape: shape.shape,
    shapeConfig: { ocpus: shape.ocpus, memoryInGBs: shape.memoryInGBs },
    containers: ociContainers,
    vnics: [
      {
        subnetId: node.subnetId,
        ...(input.podIp ? { privateIp: input.podIp } : {}),
        ...(nsgIds.length > 0 ? { nsgIds: [...nsgIds] } : {}),
        isPublicIpAssigned: false,
        freeformTags: tags,
      },
    ],
    ...(volumes.volumes.length > 0 ? { volumes: [...volumes.volumes] } : {}),
    ...(dns !== undefined ? { dnsConfig: dns } : {}),
    gracefulShutdownTimeoutInSeconds: pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS,
    ...(pullSecrets.length > 0 ? { imagePullSecrets: pullSecrets } : {}),
    containerRestartPolicy,
    freeformTags: tags,
    ...(securityContext !== undefined ? { securityContext } : {}),
  };
  return {
    ok: true,
    details,
    shape,
    annotations: { ...shapeAnnotations(shape), ...(agent ? agentAnnotations(agent) : {}) },
    warnings: report.warnings,
  };
}

/** Service variables that work with the agent's data path (./agent.ts). */
function agentReferences(
  references: TranslationInput["references"],
  namespace: string,
  agent: NonNullable<NodeContext["agent"]>,
): TranslationInput["references"] {
  return {
    ...references,
    ...(references.kubernetesServiceEnv
      ? { kubernetesServiceEnv: agentServiceEnv(references.kubernetesServiceEnv, "default", agent.apiServer) }
      : {}),
    ...(references.serviceLinkEnv
      ? { serviceLinkEnv: agentServiceEnv(references.serviceLinkEnv, namespace, agent.apiServer) }
      : {}),
  };
}

function checkIdentity(pod: V1Pod, nodeName: string, report: Report): void {
  for (const field of ["name", "namespace", "uid"] as const) {
    if (!pod.metadata?.[field]) report.invalid(`metadata.${field}`, `the pod has no ${field}`);
  }
  const bound = pod.spec?.nodeName;
  if (bound !== undefined && bound !== nodeName) {
    report.invalid("spec.nodeName", `the pod is bound to ${bound}, not to this node (${nodeName})`);
  }
}
