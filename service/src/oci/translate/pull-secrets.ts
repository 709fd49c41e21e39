import type { V1Pod } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import { registryHost } from "./image.ts";
import { findSecret, fromBase64, toBase64 } from "./lookup.ts";
import type { Report, ResolvedReferences } from "./types.ts";

const DOCKER_CONFIG_JSON = "kubernetes.io/dockerconfigjson";
const DOCKER_CFG = "kubernetes.io/dockercfg";

interface Credentials {
  readonly username: string;
  readonly password: string;
}

/**
 * `spec.imagePullSecrets` of type dockerconfigjson (`{"auths": {registry: …}}`) or dockercfg
 * (`{registry: …}`) → BASIC registry credentials, username and password base64-encoded as OCI expects.
 * An entry gives `username`/`password` or `auth` (base64 of `user:password`). Registry keys are reduced
 * to their host (`https://index.docker.io/v1/` → `docker.io`); the first secret naming a registry wins.
 * As on a kubelet, an absent or unusable secret only produces a warning: public images still pull.
 */
export function imagePullSecrets(
  pod: V1Pod,
  refs: ResolvedReferences,
  report: Report,
): models.CreateBasicImagePullSecretDetails[] {
  const byRegistry = new Map<string, Credentials>();
  (pod.spec?.imagePullSecrets ?? []).forEach((ref, index) => {
    const field = `spec.imagePullSecrets[${index}]`;
    const name = ref.name ?? "";
    const secret = findSecret(refs, name);
    if (secret === undefined) {
      report.warn(
        field,
        "FailedToRetrieveImagePullSecret",
        `image pull secret "${name}" not found; pulling without it`,
      );
      return;
    }
    const key =
      secret.type === DOCKER_CONFIG_JSON
        ? ".dockerconfigjson"
        : secret.type === DOCKER_CFG
          ? ".dockercfg"
          : undefined;
    if (key === undefined) {
      report.warn(
        field,
        "FailedToRetrieveImagePullSecret",
        `secret "${name}" has type ${secret.type}; only ${DOCKER_CONFIG_JSON} and ${DOCKER_CFG} are used`,
      );
      return;
    }
    const registries = parseDockerConfig(secret.text(key), key === ".dockerconfigjson");
    if (registries === undefined) {
      report.warn(
        field,
        "FailedToRetrieveImagePullSecret",
        `secret "${name}" does not hold valid ${key} JSON`,
      );
      return;
    }
    for (const [registry, entry] of Object.entries(registries)) {
      const credentials = credentialsOf(entry);
      const host = registryHost(registry);
      if (credentials === undefined || host === "") {
        report.warn(
          field,
          "FailedToRetrieveImagePullSecret",
          `secret "${name}": entry for ${registry} has no username and password (tokens are not supported)`,
        );
        continue;
      }
      if (!byRegistry.has(host)) byRegistry.set(host, credentials);
    }
  });
  return [...byRegistry].map(([registryEndpoint, { username, password }]) => ({
    secretType: "BASIC",
    registryEndpoint,
    username: toBase64(username),
    password: toBase64(password),
  }));
}

function parseDockerConfig(text: string | undefined, nested: boolean): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const registries = nested && isObject(parsed) ? parsed["auths"] : parsed;
    return isObject(registries) ? registries : undefined;
  } catch {
    return undefined;
  }
}

function credentialsOf(entry: unknown): Credentials | undefined {
  if (!isObject(entry)) return undefined;
  const { username, password, auth } = entry;
  if (typeof username === "string" && typeof password === "string" && username !== "")
    return { username, password };
  if (typeof auth === "string") {
    const decoded = fromBase64(auth) ?? "";
    const colon = decoded.indexOf(":");
    if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
