import type {
  V1Container,
  V1EnvVar,
  V1Pod,
  V1PodSecurityContext,
  V1Probe,
  V1ResourceRequirements,
  V1SecurityContext,
  V1Volume,
  V1VolumeMount,
} from "@kubernetes/client-node";
import { isSupportedFieldPath, POD_IP_FIELDS } from "./downward.ts";
import { capabilityName, OCI_CAPABILITIES } from "./security.ts";
import type { Report } from "./types.ts";

/**
 * Finds every field of the pod this service cannot run, each named by its path. Fields are checked
 * against allow-lists: a field not listed (including fields newer than this code) is refused rather
 * than dropped. Scheduling-only fields have no effect once the pod is bound and are accepted.
 * Fields the service runs differently from a kubelet produce warnings instead.
 */
export function findUnsupported(pod: V1Pod, report: Report, facts: DownwardFacts = {}): void {
  const spec = pod.spec;
  if (spec === undefined) {
    report.invalid("spec", "the pod has no spec");
    return;
  }
  const v = new Validator(report, facts);
  v.object(spec, "spec", {
    containers: (containers: V1Container[], path) =>
      containers.forEach((c, i) => v.container(c, `${path}[${i}]`)),
    initContainers: (list: unknown[], path) =>
      list.forEach((_, i) =>
        report.unsupported(
          `${path}[${i}]`,
          "init containers are not supported: a Container Instance starts all its containers together, so init ordering (and sidecar start-up ordering) cannot be honoured",
        ),
      ),
    ephemeralContainers: (list: unknown[], path) =>
      list.forEach((_, i) =>
        report.unsupported(
          `${path}[${i}]`,
          "ephemeral containers cannot be added to a running Container Instance",
        ),
      ),
    volumes: (volumes: V1Volume[], path) => volumes.forEach((vol, i) => v.volume(vol, `${path}[${i}]`)),
    hostNetwork: v.mustNotBe(true, "pods cannot share the host network; each instance has its own VNIC"),
    hostPID: v.mustNotBe(true, "there is no host PID namespace to share"),
    hostIPC: v.mustNotBe(true, "there is no host IPC namespace to share"),
    shareProcessNamespace: v.mustNotBe(true, "containers of an instance cannot share a process namespace"),
    hostUsers: v.mustNotBe(false, "user namespaces cannot be configured"),
    hostAliases: v.mustBeEmpty("/etc/hosts entries cannot be added to a Container Instance"),
    runtimeClassName: (_value, path) =>
      report.unsupported(
        path,
        "runtime classes are not available; every pod runs in a Container Instance VM",
      ),
    os: (os: { name?: string }, path) => {
      if (os.name !== "linux")
        report.unsupported(`${path}.name`, `only linux pods can run, not ${os.name ?? "(unset)"}`);
    },
    resourceClaims: v.mustBeEmpty("dynamic resource allocation is not available"),
    resources: (resources: V1ResourceRequirements, path) => v.resources(resources, path),
    securityContext: (context: V1PodSecurityContext, path) => v.podSecurityContext(context, path),
    hostname: v.warnIfSet("the instance's hostname is not set from the pod"),
    hostnameOverride: v.warnIfSet("the instance's hostname is not set from the pod"),
    subdomain: v.warnIfSet("the instance's hostname is not set from the pod"),
    setHostnameAsFQDN: (value: boolean, path) => {
      if (value) report.warn(path, "FieldNotEnforced", "the instance's hostname is not set from the pod");
    },
    ...accept(
      "activeDeadlineSeconds affinity automountServiceAccountToken dnsConfig dnsPolicy enableServiceLinks imagePullSecrets " +
        "nodeName nodeSelector overhead preemptionPolicy priority priorityClassName readinessGates restartPolicy schedulerName " +
        "schedulingGates schedulingGroup serviceAccount serviceAccountName terminationGracePeriodSeconds tolerations topologySpreadConstraints",
    ),
  });
}

type Rule = "ok" | ((value: never, path: string) => void);

function accept(names: string): Record<string, Rule> {
  return Object.fromEntries(names.split(" ").map((name) => [name, "ok" as const]));
}

/** What the downward API can serve in env beyond the pod's own fields. */
export interface DownwardFacts {
  /** The node's address is known (`status.hostIP`). */
  readonly hostIpKnown?: boolean;
  /** The pod's VNIC address was chosen before create (`status.podIP`). */
  readonly podIpKnown?: boolean;
  /** Why it was not, for the refusal. @default - choosing pod IPs is turned off */
  readonly podIpUnknownBecause?: string;
}

class Validator {
  readonly report: Report;
  readonly facts: DownwardFacts;

  constructor(report: Report, facts: DownwardFacts) {
    this.report = report;
    this.facts = facts;
  }

  /** Applies the rules to each set field; fields without a rule are refused. */
  object(value: object, path: string, rules: Record<string, Rule>): void {
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined || field === null) continue;
      const rule = rules[key];
      const at = `${path}.${key}`;
      if (rule === undefined) this.report.unsupported(at, `field ${key} is not supported by this service`);
      else if (rule !== "ok") (rule as (value: unknown, path: string) => void)(field, at);
    }
  }

  mustNotBe(forbidden: boolean, why: string): Rule {
    return (value: boolean, path) => {
      if (value === forbidden) this.report.unsupported(path, why);
    };
  }

  mustBeEmpty(why: string): Rule {
    return (value: unknown[], path) => {
      if (value.length > 0) this.report.unsupported(path, why);
    };
  }

  warnIfSet(why: string): Rule {
    return (value: string, path) => {
      if (value !== "") this.report.warn(path, "FieldNotEnforced", why);
    };
  }

  container(container: V1Container, path: string): void {
    this.object(container, path, {
      env: (env: V1EnvVar[], at) => env.forEach((e, i) => this.envVar(e, `${at}[${i}]`)),
      resources: (resources: V1ResourceRequirements, at) => this.resources(resources, at),
      volumeMounts: (mounts: V1VolumeMount[], at) =>
        mounts.forEach((m, i) => this.volumeMount(m, `${at}[${i}]`)),
      livenessProbe: (probe: V1Probe, at) => this.probe(probe, at),
      readinessProbe: (probe: V1Probe, at) => this.probe(probe, at),
      startupProbe: (probe: V1Probe, at) => this.probe(probe, at),
      securityContext: (context: V1SecurityContext, at) => this.securityContext(context, at),
      ports: (ports: { hostPort?: number; hostIP?: string }[], at) =>
        ports.forEach((port, i) => {
          if (port.hostPort)
            this.report.unsupported(`${at}[${i}].hostPort`, "host ports are not available; use the pod IP");
          if (port.hostIP)
            this.report.unsupported(`${at}[${i}].hostIP`, "host ports are not available; use the pod IP");
        }),
      lifecycle: (lifecycle: object, at) =>
        this.object(lifecycle, at, {
          postStart: (_v, p) =>
            this.report.unsupported(p, "lifecycle hooks cannot run in a Container Instance"),
          preStop: (_v, p) =>
            this.report.unsupported(p, "lifecycle hooks cannot run in a Container Instance"),
          stopSignal: (_v, p) => this.report.unsupported(p, "the stop signal cannot be chosen"),
        }),
      stdin: this.mustNotBe(true, "containers cannot be attached to"),
      stdinOnce: this.mustNotBe(true, "containers cannot be attached to"),
      tty: this.mustNotBe(true, "containers get no terminal"),
      volumeDevices: this.mustBeEmpty("raw block devices are not available"),
      imagePullPolicy: (policy: string, at) => {
        if (policy === "Never")
          this.report.warn(
            at,
            "FieldNotEnforced",
            "Container Instances have no pull policy; the image is pulled when the instance is created",
          );
      },
      restartPolicy: (_v, at) =>
        this.report.unsupported(at, "per-container restart policies are not available"),
      restartPolicyRules: (_v, at) =>
        this.report.unsupported(at, "per-container restart rules are not available"),
      ...accept(
        "name image command args workingDir envFrom terminationMessagePath terminationMessagePolicy resizePolicy",
      ),
    });
  }

  envVar(env: V1EnvVar, path: string): void {
    const fieldPath = env.valueFrom?.fieldRef?.fieldPath;
    const known = { hostIp: this.facts.hostIpKnown === true, podIp: this.facts.podIpKnown === true };
    if (fieldPath !== undefined && !isSupportedFieldPath(fieldPath, false, known)) {
      const why = fieldPath.startsWith("status.host")
        ? `${fieldPath} is the virtual node's address, which this provider was not told`
        : POD_IP_FIELDS.has(fieldPath)
          ? `${fieldPath} is only known after the instance is created: ${this.facts.podIpUnknownBecause ?? "choosing pod IPs is turned off (oci.podIp.choose)"}`
          : `${fieldPath} is not a supported field path`;
      this.report.unsupported(`${path}.valueFrom.fieldRef.fieldPath`, why);
    }
    if (env.valueFrom?.fileKeyRef) {
      this.report.unsupported(
        `${path}.valueFrom.fileKeyRef`,
        "environment variables cannot be read from files of a volume",
      );
    }
  }

  resources(resources: V1ResourceRequirements, path: string): void {
    this.object(resources, path, {
      requests: (map: Record<string, string>, at) => this.resourceNames(map, at),
      limits: (map: Record<string, string>, at) => this.resourceNames(map, at),
      claims: this.mustBeEmpty("dynamic resource allocation is not available"),
    });
  }

  resourceNames(map: Record<string, string>, path: string): void {
    for (const name of Object.keys(map)) {
      if (!["cpu", "memory", "ephemeral-storage"].includes(name)) {
        this.report.unsupported(
          `${path}[${name}]`,
          `resource ${name} is not available on Container Instances (only cpu, memory, ephemeral-storage)`,
        );
      }
    }
  }

  probe(probe: V1Probe, path: string): void {
    this.object(probe, path, {
      exec: (_v, at) =>
        this.report.unsupported(
          at,
          "exec probes cannot run: Container Instances offer HTTP and TCP health checks only",
        ),
      grpc: (_v, at) =>
        this.report.unsupported(
          at,
          "gRPC probes cannot run: Container Instances offer HTTP and TCP health checks only",
        ),
      httpGet: (action: object, at) =>
        this.object(action, at, {
          host: (host: string, p) => {
            if (host !== "") this.report.unsupported(p, "health checks always target the container itself");
          },
          scheme: (scheme: string, p) => {
            if (scheme !== "HTTP")
              this.report.unsupported(
                p,
                `scheme ${scheme} is not available: HTTP health checks use plain HTTP`,
              );
          },
          ...accept("path port httpHeaders"),
        }),
      tcpSocket: (action: object, at) =>
        this.object(action, at, {
          host: (host: string, p) => {
            if (host !== "") this.report.unsupported(p, "health checks always target the container itself");
          },
          port: "ok",
        }),
      ...accept(
        "initialDelaySeconds periodSeconds timeoutSeconds successThreshold failureThreshold terminationGracePeriodSeconds",
      ),
    });
    if (!probe.httpGet && !probe.tcpSocket && !probe.exec && !probe.grpc)
      this.report.invalid(path, "the probe has no handler");
  }

  securityContext(context: V1SecurityContext, path: string): void {
    this.object(context, path, {
      privileged: this.mustNotBe(true, "privileged containers are not available"),
      allowPrivilegeEscalation: (allow: boolean, at) => {
        if (!allow)
          this.report.warn(
            at,
            "FieldNotEnforced",
            "no_new_privs cannot be requested from Container Instances",
          );
      },
      capabilities: (caps: { add?: string[]; drop?: string[] }, at) => {
        (caps.add ?? []).forEach((cap, i) => {
          if (!OCI_CAPABILITIES.has(capabilityName(cap))) {
            this.report.unsupported(
              `${at}.add[${i}]`,
              `capability ${cap} cannot be added (allowed: ${[...OCI_CAPABILITIES].join(", ")})`,
            );
          }
        });
      },
      procMount: (mount: string, at) => {
        if (mount !== "Default") this.report.unsupported(at, `procMount ${mount} is not available`);
      },
      ...this.sharedSecurityRules(),
      ...accept("runAsUser runAsGroup runAsNonRoot readOnlyRootFilesystem"),
    });
  }

  podSecurityContext(context: V1PodSecurityContext, path: string): void {
    this.object(context, path, {
      supplementalGroups: this.mustBeEmpty("supplemental groups cannot be set"),
      supplementalGroupsPolicy: (policy: string, at) => {
        if (policy !== "Merge")
          this.report.unsupported(at, `supplementalGroupsPolicy ${policy} is not available`);
      },
      sysctls: this.mustBeEmpty("sysctls cannot be set"),
      ...this.sharedSecurityRules(),
      ...accept("runAsUser runAsGroup runAsNonRoot fsGroup fsGroupChangePolicy seLinuxChangePolicy"),
    });
  }

  sharedSecurityRules(): Record<string, Rule> {
    const profile = (kind: string) => (value: { type?: string }, at: string) => {
      if (value.type === "RuntimeDefault") {
        this.report.warn(
          at,
          "FieldNotEnforced",
          `the runtime's own default ${kind} profile applies and cannot be verified`,
        );
      } else if (value.type !== undefined) {
        this.report.unsupported(`${at}.type`, `${kind} profile ${value.type} is not available`);
      }
    };
    return {
      seccompProfile: profile("seccomp"),
      appArmorProfile: profile("AppArmor"),
      seLinuxOptions: (_v, at) => this.report.unsupported(at, "SELinux options are not available"),
      windowsOptions: (_v, at) => this.report.unsupported(at, "Windows options are not available"),
    };
  }

  volume(volume: V1Volume, path: string): void {
    const unsupportedSource = (why: string) => (_v: unknown, at: string) => this.report.unsupported(at, why);
    const rules: Record<string, Rule> = {
      name: "ok",
      emptyDir: (source: { medium?: string }, at) => {
        if (source.medium && source.medium !== "Memory") {
          this.report.unsupported(
            `${at}.medium`,
            `emptyDir medium ${source.medium} is not available (only disk or Memory)`,
          );
        }
      },
      configMap: "ok",
      secret: "ok",
      downwardAPI: (source: { items?: { fieldRef?: { fieldPath: string } }[] }, at) =>
        this.downwardItems(source.items, `${at}.items`),
      projected: (source: { sources?: Record<string, unknown>[] }, at) =>
        (source.sources ?? []).forEach((s, i) =>
          this.object(s, `${at}.sources[${i}]`, {
            downwardAPI: (d: { items?: { fieldRef?: { fieldPath: string } }[] }, p) =>
              this.downwardItems(d.items, `${p}.items`),
            clusterTrustBundle: unsupportedSource("cluster trust bundles cannot be projected"),
            podCertificate: unsupportedSource("pod certificates cannot be projected"),
            ...accept("configMap secret serviceAccountToken"),
          }),
        ),
      hostPath: unsupportedSource("host paths do not exist on Container Instances"),
      persistentVolumeClaim: unsupportedSource(
        "persistent volumes cannot be attached to Container Instances",
      ),
      ephemeral: unsupportedSource("generic ephemeral volumes cannot be attached to Container Instances"),
    };
    for (const key of Object.keys(volume)) {
      rules[key] ??= unsupportedSource(
        `volume type ${key} is not available (only emptyDir, configMap, secret, downwardAPI, projected)`,
      );
    }
    this.object(volume, path, rules);
  }

  downwardItems(items: { fieldRef?: { fieldPath: string } }[] | undefined, path: string): void {
    (items ?? []).forEach((item, i) => {
      const fieldPath = item.fieldRef?.fieldPath;
      if (fieldPath !== undefined && !isSupportedFieldPath(fieldPath, true)) {
        this.report.unsupported(
          `${path}[${i}].fieldRef.fieldPath`,
          `${fieldPath} is not available before the instance exists`,
        );
      }
    });
  }

  volumeMount(mount: V1VolumeMount, path: string): void {
    if (mount.mountPropagation !== undefined && mount.mountPropagation !== "None") {
      this.report.unsupported(
        `${path}.mountPropagation`,
        `mount propagation ${mount.mountPropagation} is not available`,
      );
    }
    if (mount.recursiveReadOnly === "Enabled") {
      this.report.unsupported(`${path}.recursiveReadOnly`, "recursive read-only mounts cannot be requested");
    }
  }
}
