/**
 * Image references, normalised the way a container runtime reads them:
 * `nginx` → `docker.io/library/nginx:latest`, `me/app` → `docker.io/me/app:latest`,
 * `ghcr.io/o/app@sha256:…` unchanged, `localhost:5000/app` → `localhost:5000/app:latest`.
 */
export type NormalisedImage =
  | { readonly ok: true; readonly image: string; readonly registry: string }
  | { readonly ok: false; readonly message: string };

export const DOCKER_HUB = "docker.io";

/** Registry host aliases that mean Docker Hub. */
const HUB_ALIASES = new Set([
  "docker.io",
  "index.docker.io",
  "registry-1.docker.io",
  "registry.hub.docker.com",
]);

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

export function normaliseImage(reference: string | undefined): NormalisedImage {
  const input = (reference ?? "").trim();
  if (input === "") return { ok: false, message: "image is empty" };
  if (/\s/.test(input)) return { ok: false, message: `image "${input}" contains whitespace` };

  const at = input.indexOf("@");
  const name = at < 0 ? input : input.slice(0, at);
  const digest = at < 0 ? undefined : input.slice(at + 1);
  if (digest !== undefined && !DIGEST.test(digest))
    return { ok: false, message: `image "${input}" has an invalid digest` };

  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  const tag = colon > slash ? name.slice(colon + 1) : undefined;
  const repository = colon > slash ? name.slice(0, colon) : name;
  if (tag !== undefined && !TAG.test(tag))
    return { ok: false, message: `image "${input}" has an invalid tag` };

  const parts = repository.split("/");
  const first = parts[0] ?? "";
  const hasRegistry =
    parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  let registry = hasRegistry ? first.toLowerCase() : DOCKER_HUB;
  if (HUB_ALIASES.has(registry)) registry = DOCKER_HUB;
  const path = hasRegistry ? parts.slice(1) : parts;
  if (registry === DOCKER_HUB && path.length === 1) path.unshift("library");
  if (!path.every((component) => PATH_COMPONENT.test(component))) {
    return { ok: false, message: `image "${input}" is not a valid reference (repository must be lowercase)` };
  }

  const suffix =
    (tag !== undefined ? `:${tag}` : digest === undefined ? ":latest" : "") +
    (digest !== undefined ? `@${digest}` : "");
  return { ok: true, image: `${registry}/${path.join("/")}${suffix}`, registry };
}

/** The registry host of a docker config key such as `https://index.docker.io/v1/` or `ghcr.io`. */
export function registryHost(key: string): string {
  const withoutScheme = key.replace(/^[a-z]+:\/\//i, "");
  const host = (withoutScheme.split("/")[0] ?? "").toLowerCase();
  return HUB_ALIASES.has(host) ? DOCKER_HUB : host;
}
