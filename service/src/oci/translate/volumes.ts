import type {
  V1Container,
  V1DownwardAPIVolumeFile,
  V1KeyToPath,
  V1Pod,
  V1Volume,
} from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import type { InstanceCapacity } from "./downward.ts";
import { resolveFieldPath, resolveResourceField } from "./downward.ts";
import { expand, lookupIn } from "./expansion.ts";
import { findConfigMap, findSecret, toBase64 } from "./lookup.ts";
import type { KeyedObject } from "./lookup.ts";
import type { Report, ResolvedReferences } from "./types.ts";

/** OCI accepts at most this many volumes per instance. */
export const MAX_VOLUMES = 32;

/** The only file mode CONFIGFILE volumes produce (0644). */
const DEFAULT_MODE = 0o644;

export interface VolumeContext {
  readonly pod: V1Pod;
  readonly nodeName: string;
  readonly references: ResolvedReferences;
  readonly capacity: InstanceCapacity;
  readonly report: Report;
}

type Volume = models.CreateContainerEmptyDirVolumeDetails | models.CreateContainerConfigFileVolumeDetails;

/** A file of a CONFIGFILE volume, by its path relative to the mount point. */
interface File {
  readonly path: string;
  readonly base64: string;
  readonly field: string;
}

export interface VolumePlan {
  readonly volumes: readonly Volume[];
  /** Volumes whose content comes from the API (configMap, secret, downwardAPI, projected): always mounted read-only. */
  readonly apiData: ReadonlySet<string>;
  /** Every volume the pod declares, including ones refused by unsupported.ts. */
  readonly declared: ReadonlySet<string>;
}

/**
 * emptyDir → EMPTYDIR (medium Memory → backing store MEMORY); configMap, secret, downwardAPI and
 * projected → one CONFIGFILE volume with one base64 file per key/item, sub-directories as `path`.
 * OCI wants file names unique within a CONFIGFILE volume, even in different sub-directories.
 * A CONFIGFILE volume that would hold no file (optional object missing, empty object) becomes an
 * empty EMPTYDIR, as a kubelet mounts an empty directory. Contents are a snapshot taken at creation:
 * later ConfigMap/Secret changes and token rotation do not reach a running instance.
 */
export function buildVolumes(ctx: VolumeContext): VolumePlan {
  const volumes: Volume[] = [];
  const apiData = new Set<string>();
  (ctx.pod.spec?.volumes ?? []).forEach((volume, index) => {
    const field = `spec.volumes[${index}]`;
    if (volume.emptyDir) {
      if (volume.emptyDir.sizeLimit !== undefined) {
        ctx.report.warn(
          `${field}.emptyDir.sizeLimit`,
          "FieldNotEnforced",
          "emptyDir size limits are not enforced; the instance's ephemeral storage is shared",
        );
      }
      const backingStore = volume.emptyDir.medium === "Memory" ? "MEMORY" : "EPHEMERAL_STORAGE";
      volumes.push({ volumeType: "EMPTYDIR", name: volume.name, backingStore });
      return;
    }
    const files = apiFiles(ctx, volume, field);
    if (files === undefined) return;
    apiData.add(volume.name);
    volumes.push(configFileVolume(ctx, volume.name, files, field));
  });
  const declared = new Set((ctx.pod.spec?.volumes ?? []).map((volume) => volume.name));
  return { volumes, apiData, declared };
}

function apiFiles(ctx: VolumeContext, volume: V1Volume, field: string): File[] | undefined {
  const refs = ctx.references;
  if (volume.configMap) {
    const { name, items, defaultMode } = volume.configMap;
    checkMode(ctx, defaultMode, `${field}.configMap.defaultMode`);
    return keyFiles(ctx, findConfigMap(refs, name), items, `${field}.configMap`);
  }
  if (volume.secret) {
    const { secretName, items, defaultMode } = volume.secret;
    checkMode(ctx, defaultMode, `${field}.secret.defaultMode`);
    return keyFiles(ctx, findSecret(refs, secretName ?? ""), items, `${field}.secret`);
  }
  if (volume.downwardAPI) {
    checkMode(ctx, volume.downwardAPI.defaultMode, `${field}.downwardAPI.defaultMode`);
    return downwardFiles(ctx, volume.downwardAPI.items ?? [], `${field}.downwardAPI`);
  }
  if (volume.projected) {
    checkMode(ctx, volume.projected.defaultMode, `${field}.projected.defaultMode`);
    return (volume.projected.sources ?? []).flatMap((source, s) => {
      const at = `${field}.projected.sources[${s}]`;
      if (source.configMap) {
        const { name, items } = source.configMap;
        return keyFiles(ctx, findConfigMap(refs, name), items, `${at}.configMap`);
      }
      if (source.secret) {
        const { name, items } = source.secret;
        return keyFiles(ctx, findSecret(refs, name), items, `${at}.secret`);
      }
      if (source.downwardAPI) return downwardFiles(ctx, source.downwardAPI.items ?? [], `${at}.downwardAPI`);
      if (source.serviceAccountToken) {
        const token = refs.serviceAccountTokens?.[source.serviceAccountToken.audience ?? ""];
        const tokenField = `${at}.serviceAccountToken`;
        return token === undefined
          ? []
          : [{ path: source.serviceAccountToken.path, base64: toBase64(token), field: tokenField }];
      }
      return [];
    });
  }
  return undefined;
}

/** All keys, or just the listed items; absent objects and keys were already reported by missing-refs.ts. */
function keyFiles(
  ctx: VolumeContext,
  object: KeyedObject | undefined,
  items: readonly V1KeyToPath[] | undefined,
  field: string,
): File[] {
  if (object === undefined) return [];
  if (items === undefined || items.length === 0) {
    return object.keys.map((key) => ({ path: key, base64: object.base64(key) ?? "", field }));
  }
  return items.flatMap((item, i) => {
    checkMode(ctx, item.mode, `${field}.items[${i}].mode`);
    const base64 = object.base64(item.key);
    return base64 === undefined ? [] : [{ path: item.path, base64, field: `${field}.items[${i}]` }];
  });
}

function downwardFiles(ctx: VolumeContext, items: readonly V1DownwardAPIVolumeFile[], field: string): File[] {
  return items.flatMap((item, i) => {
    const at = `${field}.items[${i}]`;
    checkMode(ctx, item.mode, `${at}.mode`);
    if (item.fieldRef) {
      const resolved = resolveFieldPath(ctx.pod, ctx, item.fieldRef.fieldPath);
      if (resolved.ok) return [{ path: item.path, base64: toBase64(resolved.value), field: at }];
      ctx.report.unsupported(`${at}.fieldRef.fieldPath`, resolved.message);
      return [];
    }
    if (!item.resourceFieldRef) {
      ctx.report.invalid(at, "neither fieldRef nor resourceFieldRef is set");
      return [];
    }
    const containers = ctx.pod.spec?.containers ?? [];
    const resolved = resolveResourceField(containers, item.resourceFieldRef, undefined, ctx.capacity);
    if (!resolved.ok) {
      ctx.report.invalid(`${at}.resourceFieldRef`, resolved.message);
      return [];
    }
    return [{ path: item.path, base64: toBase64(resolved.value), field: at }];
  });
}

function checkMode(ctx: VolumeContext, mode: number | undefined, field: string): void {
  if (mode !== undefined && mode !== DEFAULT_MODE) {
    ctx.report.warn(
      field,
      "FieldNotEnforced",
      `file mode 0${mode.toString(8)} is not available; files are created 0644`,
    );
  }
}

function configFileVolume(ctx: VolumeContext, name: string, files: readonly File[], field: string): Volume {
  if (files.length === 0) return { volumeType: "EMPTYDIR", name, backingStore: "EPHEMERAL_STORAGE" };
  const seen = new Set<string>();
  const fileNames = new Map<string, string>();
  const configs: models.ContainerConfigFile[] = [];
  for (const file of files) {
    const parts = file.path.split("/");
    if (file.path.startsWith("/") || parts.some((p) => p === "" || p === "." || p === "..")) {
      ctx.report.invalid(
        file.field,
        `path "${file.path}" must be relative, without empty, "." or ".." segments`,
      );
      continue;
    }
    if (seen.has(file.path)) {
      ctx.report.invalid(file.field, `path "${file.path}" is produced twice in volume ${name}`);
      continue;
    }
    seen.add(file.path);
    const fileName = parts.pop() ?? file.path;
    const clash = fileNames.get(fileName);
    if (clash !== undefined) {
      ctx.report.unsupported(
        file.field,
        `"${file.path}" and "${clash}" share the file name ${fileName}; OCI requires file names to be unique within a volume`,
      );
      continue;
    }
    fileNames.set(fileName, file.path);
    configs.push({ fileName, data: file.base64, ...(parts.length > 0 ? { path: parts.join("/") } : {}) });
  }
  if (configs.length === 0) ctx.report.invalid(field, `volume ${name} has no valid files`);
  return { volumeType: "CONFIGFILE", name, configs };
}

/**
 * The container's mounts: `readOnly` (forced for API-data volumes, as on a kubelet), `subPath`, and
 * `subPathExpr` expanded with the container's environment.
 */
export function volumeMounts(
  plan: VolumePlan,
  container: V1Container,
  env: ReadonlyMap<string, string>,
  path: string,
  report: Report,
): models.CreateVolumeMountDetails[] {
  return (container.volumeMounts ?? []).flatMap((mount, i) => {
    const field = `${path}.volumeMounts[${i}]`;
    if (!plan.declared.has(mount.name)) {
      report.invalid(`${field}.name`, `no volume named ${mount.name}`);
      return [];
    }
    let subPath = mount.subPath || undefined;
    if (mount.subPathExpr) {
      subPath = expand(mount.subPathExpr, lookupIn(env));
      if (subPath.startsWith("/") || subPath.split("/").includes("..")) {
        report.invalid(
          `${field}.subPathExpr`,
          `expands to "${subPath}", which must be a relative path without ".."`,
        );
        return [];
      }
    }
    const readOnly = plan.apiData.has(mount.name) || mount.readOnly === true;
    return [
      {
        mountPath: mount.mountPath,
        volumeName: mount.name,
        ...(subPath ? { subPath } : {}),
        ...(readOnly ? { isReadOnly: true } : {}),
      },
    ];
  });
}
