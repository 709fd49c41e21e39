// Request-body checks for CreateContainerInstance, with the limits the model docs state
// (containers 1-60, one VNIC, 32 volumes, 64 KB env and arguments, discriminators known to the SDK).
import { ApiError, invalid, missing } from "./errors.ts";
import type { RestartPolicy } from "./types.ts";

export type Json = Record<string, unknown>;

export const RESTART_POLICIES: readonly RestartPolicy[] = ["ALWAYS", "NEVER", "ON_FAILURE"];
const KB64 = 64 * 1024;

export function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function parseJsonBody(body: Buffer): Json {
  if (body.length === 0) throw new ApiError(400, "CannotParseRequest", "The request body is empty.");
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    throw new ApiError(
      400,
      "CannotParseRequest",
      "Incorrectly formatted request: the body is not valid JSON.",
    );
  }
  if (!isObject(value))
    throw new ApiError(400, "CannotParseRequest", "The request body must be a JSON object.");
  return value;
}

function requireString(obj: Json, name: string, path = name): string {
  const v = obj[name];
  if (v === undefined || v === null) throw missing(path);
  if (typeof v !== "string" || v === "") throw invalid(`${path} must be a non-empty string`);
  return v;
}

function optionalTags(obj: Json, name: string, path: string): void {
  const v = obj[name];
  if (v === undefined) return;
  if (!isObject(v)) throw invalid(`${path} must be an object`);
  if (name === "freeformTags") {
    for (const [k, val] of Object.entries(v)) {
      if (typeof val !== "string") throw invalid(`${path}.${k} must be a string`);
    }
  }
}

export function checkDisplayName(v: unknown, path: string): void {
  if (v === undefined) return;
  if (typeof v !== "string" || v.length < 1 || v.length > 255) {
    throw invalid(`${path} must be between 1 and 255 characters`);
  }
}

/** Checks the update bodies (UpdateContainerInstanceDetails and UpdateContainerDetails). */
export function checkUpdateDetails(body: Json): void {
  checkDisplayName(body.displayName, "displayName");
  optionalTags(body, "freeformTags", "freeformTags");
  optionalTags(body, "definedTags", "definedTags");
}

function checkContainer(c: unknown, i: number, volumeNames: Set<string>): void {
  const path = `containers[${i}]`;
  if (!isObject(c)) throw invalid(`${path} must be an object`);
  requireString(c, "imageUrl", `${path}.imageUrl`);
  checkDisplayName(c.displayName, `${path}.displayName`);
  for (const key of ["command", "arguments"] as const) {
    const v = c[key];
    if (v !== undefined && (!Array.isArray(v) || v.some((s) => typeof s !== "string"))) {
      throw invalid(`${path}.${key} must be an array of strings`);
    }
  }
  const argBytes = [
    ...((c.command as string[] | undefined) ?? []),
    ...((c.arguments as string[] | undefined) ?? []),
  ]
    .map((s) => Buffer.byteLength(s))
    .reduce((a, b) => a + b, 0);
  if (argBytes > KB64) throw invalid(`${path}: command and arguments exceed 64 KB`);
  const env = c.environmentVariables;
  if (env !== undefined) {
    if (!isObject(env)) throw invalid(`${path}.environmentVariables must be an object`);
    let size = 0;
    for (const [k, v] of Object.entries(env)) {
      if (typeof v !== "string") throw invalid(`${path}.environmentVariables.${k} must be a string`);
      size += Buffer.byteLength(k) + Buffer.byteLength(v);
    }
    if (size > KB64) throw invalid(`${path}.environmentVariables exceed 64 KB`);
  }
  const mounts = c.volumeMounts;
  if (mounts !== undefined) {
    if (!Array.isArray(mounts)) throw invalid(`${path}.volumeMounts must be an array`);
    mounts.forEach((m, j) => {
      if (!isObject(m)) throw invalid(`${path}.volumeMounts[${j}] must be an object`);
      requireString(m, "mountPath", `${path}.volumeMounts[${j}].mountPath`);
      const name = requireString(m, "volumeName", `${path}.volumeMounts[${j}].volumeName`);
      if (!volumeNames.has(name))
        throw invalid(`${path}.volumeMounts[${j}].volumeName ${name} is not a volume`);
    });
  }
  const checks = c.healthChecks;
  if (checks !== undefined) {
    if (!Array.isArray(checks)) throw invalid(`${path}.healthChecks must be an array`);
    checks.forEach((h, j) => {
      const hp = `${path}.healthChecks[${j}]`;
      if (!isObject(h)) throw invalid(`${hp} must be an object`);
      if (h.healthCheckType === "HTTP") {
        requireString(h, "path", `${hp}.path`);
        if (typeof h.port !== "number") throw missing(`${hp}.port`);
      } else if (h.healthCheckType === "TCP") {
        if (typeof h.port !== "number") throw missing(`${hp}.port`);
      } else {
        throw invalid(`${hp}.healthCheckType must be HTTP or TCP`);
      }
      if (h.failureAction !== undefined && h.failureAction !== "KILL" && h.failureAction !== "NONE") {
        throw invalid(`${hp}.failureAction must be KILL or NONE`);
      }
    });
  }
  optionalTags(c, "freeformTags", `${path}.freeformTags`);
  optionalTags(c, "definedTags", `${path}.definedTags`);
}

/** Everything except the shape (shapes.ts) and the limits (limits.ts). */
export function checkCreateDetails(body: Json, availabilityDomains: readonly string[]): void {
  requireString(body, "compartmentId");
  const ad = requireString(body, "availabilityDomain");
  if (!availabilityDomains.includes(ad)) throw invalid(`Invalid availabilityDomain: ${ad}`);
  requireString(body, "shape");
  if (!isObject(body.shapeConfig)) throw missing("shapeConfig");
  checkDisplayName(body.displayName, "displayName");

  const volumes = body.volumes ?? [];
  if (!Array.isArray(volumes)) throw invalid("volumes must be an array");
  if (volumes.length > 32) throw invalid("A container instance supports at most 32 volumes");
  const volumeNames = new Set<string>();
  volumes.forEach((v, i) => {
    if (!isObject(v)) throw invalid(`volumes[${i}] must be an object`);
    const name = requireString(v, "name", `volumes[${i}].name`);
    if (volumeNames.has(name)) throw invalid(`Duplicate volume name: ${name}`);
    volumeNames.add(name);
    if (!["EMPTYDIR", "CONFIGFILE", "OCI_FSS_FILE_SYSTEM"].includes(v.volumeType as string)) {
      throw invalid(`volumes[${i}].volumeType must be EMPTYDIR, CONFIGFILE or OCI_FSS_FILE_SYSTEM`);
    }
  });

  const containers = body.containers;
  if (containers === undefined) throw missing("containers");
  if (!Array.isArray(containers) || containers.length < 1 || containers.length > 60) {
    throw invalid("containers must hold between 1 and 60 containers");
  }
  containers.forEach((c, i) => checkContainer(c, i, volumeNames));

  const vnics = body.vnics;
  if (vnics === undefined) throw missing("vnics");
  if (!Array.isArray(vnics) || vnics.length !== 1) throw invalid("vnics must hold exactly one VNIC");
  const vnic = vnics[0];
  if (!isObject(vnic)) throw invalid("vnics[0] must be an object");
  requireString(vnic, "subnetId", "vnics[0].subnetId");

  const policy = body.containerRestartPolicy;
  if (policy !== undefined && !RESTART_POLICIES.includes(policy as RestartPolicy)) {
    throw invalid("containerRestartPolicy must be ALWAYS, NEVER or ON_FAILURE");
  }
  const grace = body.gracefulShutdownTimeoutInSeconds;
  if (grace !== undefined && (typeof grace !== "number" || !Number.isInteger(grace) || grace < 0)) {
    throw invalid("gracefulShutdownTimeoutInSeconds must be a non-negative integer");
  }
  const secrets = body.imagePullSecrets ?? [];
  if (!Array.isArray(secrets)) throw invalid("imagePullSecrets must be an array");
  secrets.forEach((s, i) => {
    if (!isObject(s)) throw invalid(`imagePullSecrets[${i}] must be an object`);
    requireString(s, "registryEndpoint", `imagePullSecrets[${i}].registryEndpoint`);
    if (s.secretType === "BASIC") {
      requireString(s, "username", `imagePullSecrets[${i}].username`);
      requireString(s, "password", `imagePullSecrets[${i}].password`);
    } else if (s.secretType === "VAULT") {
      requireString(s, "secretId", `imagePullSecrets[${i}].secretId`);
    } else {
      throw invalid(`imagePullSecrets[${i}].secretType must be BASIC or VAULT`);
    }
  });
  optionalTags(body, "freeformTags", "freeformTags");
  optionalTags(body, "definedTags", "definedTags");
}
