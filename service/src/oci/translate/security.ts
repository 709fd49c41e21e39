import type { V1Container, V1Pod } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";

/** Capabilities Container Instances can add or drop (the runtime's default set, plus ALL). */
export const OCI_CAPABILITIES: ReadonlySet<string> = new Set([
  "CAP_CHOWN",
  "CAP_DAC_OVERRIDE",
  "CAP_FSETID",
  "CAP_FOWNER",
  "CAP_MKNOD",
  "CAP_NET_RAW",
  "CAP_SETGID",
  "CAP_SETUID",
  "CAP_SETFCAP",
  "CAP_SETPCAP",
  "CAP_NET_BIND_SERVICE",
  "CAP_SYS_CHROOT",
  "CAP_KILL",
  "CAP_AUDIT_WRITE",
  "ALL",
]);

/** `NET_RAW`, `net_raw` and `CAP_NET_RAW` all name CAP_NET_RAW. */
export function capabilityName(name: string): string {
  const upper = name.toUpperCase();
  return upper === "ALL" || upper.startsWith("CAP_") ? upper : `CAP_${upper}`;
}

type AddCapability = models.ContainerCapabilities.AddCapabilities;
type DropCapability = models.ContainerCapabilities.DropCapabilities;

/**
 * The container's LINUX security context: runAsUser/runAsGroup/runAsNonRoot (container over pod),
 * readOnlyRootFilesystem, capabilities. Dropping a capability outside OCI's set is left out: the
 * runtime never grants it, so the drop already holds. Unsupported settings are refused by unsupported.ts.
 */
export function containerSecurityContext(
  pod: V1Pod,
  container: V1Container,
): models.CreateLinuxSecurityContextDetails | undefined {
  const podContext = pod.spec?.securityContext;
  const context = container.securityContext;
  const runAsUser = context?.runAsUser ?? podContext?.runAsUser;
  const runAsGroup = context?.runAsGroup ?? podContext?.runAsGroup;
  const runAsNonRoot = context?.runAsNonRoot ?? podContext?.runAsNonRoot;
  const add = (context?.capabilities?.add ?? []).map(capabilityName).filter((c) => OCI_CAPABILITIES.has(c));
  const drop = (context?.capabilities?.drop ?? []).map(capabilityName).filter((c) => OCI_CAPABILITIES.has(c));

  const details: models.CreateLinuxSecurityContextDetails = { securityContextType: "LINUX" };
  if (runAsUser !== undefined) details.runAsUser = runAsUser;
  if (runAsGroup !== undefined) details.runAsGroup = runAsGroup;
  if (runAsNonRoot !== undefined) details.isNonRootUserCheckEnabled = runAsNonRoot;
  if (context?.readOnlyRootFilesystem !== undefined)
    details.isRootFileSystemReadonly = context.readOnlyRootFilesystem;
  if (add.length > 0 || drop.length > 0) {
    details.capabilities = {
      ...(add.length > 0 ? { addCapabilities: unique(add) as AddCapability[] } : {}),
      ...(drop.length > 0 ? { dropCapabilities: unique(drop) as DropCapability[] } : {}),
    };
  }
  return Object.keys(details).length > 1 ? details : undefined;
}

/** The instance-wide LINUX security context: fsGroup and its change policy. */
export function instanceSecurityContext(
  pod: V1Pod,
): models.CreateLinuxContainerInstanceSecurityContextDetails | undefined {
  const podContext = pod.spec?.securityContext;
  if (podContext?.fsGroup === undefined) return undefined;
  const policy = podContext.fsGroupChangePolicy === "OnRootMismatch" ? "ON_ROOT_MISMATCH" : "ALWAYS";
  return {
    securityContextType: "LINUX",
    fsGroup: podContext.fsGroup,
    fsGroupChangePolicy: policy as models.ContainerFsGroupChangePolicyType,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
