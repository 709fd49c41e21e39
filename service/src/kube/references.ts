/**
 * What a pod refers to: the ConfigMaps, Secrets, keys, projected service-account tokens and
 * image pull secrets it uses (`collectReferences`, pure), and fetching them together with the
 * cluster root CA and the kubernetes Service variables (`resolveReferences`), so that a
 * provider's translation of the pod stays pure.
 */
import type { V1ConfigMap, V1KeyToPath, V1Pod, V1Secret, V1Service } from "@kubernetes/client-node";
import { NotFoundError } from "../errors.ts";
import type { KubeHttp } from "./http.ts";
import { ReferenceCache } from "./reference-cache.ts";

/** One use of a ConfigMap or Secret (optionally one key of it) somewhere in the pod. */
export interface ObjectReference {
  readonly kind: "ConfigMap" | "Secret";
  readonly name: string;
  /** Set when a single key is used (env key refs, volume items). */
  readonly key?: string;
  readonly optional: boolean;
  /** Field path of the use, e.g. `spec.containers[0].env[2].valueFrom.secretKeyRef`. */
  readonly field: string;
}

/** A projected service-account token the caller must obtain with the TokenRequest API. */
export interface TokenReference {
  /** `""` means the API server's default audiences. */
  readonly audience: string;
  readonly expirationSeconds: number;
  readonly field: string;
}

/** Everything the caller must fetch before translating the pod. */
export interface PodReferences {
  readonly objects: readonly ObjectReference[];
  readonly tokens: readonly TokenReference[];
  /** Names from `spec.imagePullSecrets` (missing ones only produce warnings, as on a kubelet). */
  readonly imagePullSecrets: readonly string[];
}

/**
 * Objects the pod references, fetched by `resolveReferences` before the pod is translated (see `collectReferences`).
 * A name that is absent from a map means "does not exist"; translation never fetches anything.
 */
export interface ResolvedReferences {
  /** ConfigMaps of the pod's namespace, by name. */
  readonly configMaps?: Readonly<Record<string, V1ConfigMap>>;
  /** Secrets of the pod's namespace, by name (values base64 in `data`, as the API returns them). */
  readonly secrets?: Readonly<Record<string, V1Secret>>;
  /**
   * Service-account tokens obtained with the TokenRequest API, keyed by audience
   * (`""` for a projection without an audience, i.e. the API server's default audiences).
   */
  readonly serviceAccountTokens?: Readonly<Record<string, string>>;
  /**
   * When each token of `serviceAccountTokens` expires (RFC 3339, from the TokenRequest's
   * `status.expirationTimestamp`), keyed alike, for tokens the pod asked to expire: nothing
   * refreshes a token inside an instance. Absent for the service-account admission's default
   * (`kube-api-access-*`, 3607 s), whose expiry the apiserver extends (a year by default).
   * @default - not known
   */
  readonly serviceAccountTokenExpiry?: Readonly<Record<string, string>>;
  /**
   * `ca.crt` of the namespace's `kube-root-ca.crt` ConfigMap; used when that ConfigMap is
   * not in `configMaps`.
   * @default - the ConfigMap must be supplied in `configMaps`
   */
  readonly rootCaCrt?: string;
  /** `KUBERNETES_SERVICE_HOST`/`_PORT`… variables the kubelet always injects. @default - none */
  readonly kubernetesServiceEnv?: Readonly<Record<string, string>>;
  /** Docker-link variables of the namespace's Services, injected unless `enableServiceLinks: false`. @default - none */
  readonly serviceLinkEnv?: Readonly<Record<string, string>>;
}

const DEFAULT_TOKEN_EXPIRATION_SECONDS = 3600;
/** The expiry the service-account admission gives `kube-api-access-*` tokens; the apiserver extends it. */
const ADMISSION_TOKEN_SECONDS = 3607;

/** Lists the ConfigMaps, Secrets, keys and tokens the pod's containers and volumes use. */
export function collectReferences(pod: V1Pod): PodReferences {
  const objects: ObjectReference[] = [];
  const tokens: TokenReference[] = [];
  const spec = pod.spec;

  (spec?.containers ?? []).forEach((container, c) => {
    (container.envFrom ?? []).forEach((source, i) => {
      const field = `spec.containers[${c}].envFrom[${i}]`;
      if (source.configMapRef) {
        const { name, optional } = source.configMapRef;
        objects.push({
          kind: "ConfigMap",
          name: name ?? "",
          optional: optional === true,
          field: `${field}.configMapRef`,
        });
      }
      if (source.secretRef) {
        const { name, optional } = source.secretRef;
        objects.push({
          kind: "Secret",
          name: name ?? "",
          optional: optional === true,
          field: `${field}.secretRef`,
        });
      }
    });
    (container.env ?? []).forEach((env, i) => {
      const field = `spec.containers[${c}].env[${i}].valueFrom`;
      const cm = env.valueFrom?.configMapKeyRef;
      if (cm) {
        const optional = cm.optional === true;
        objects.push({
          kind: "ConfigMap",
          name: cm.name ?? "",
          key: cm.key,
          optional,
          field: `${field}.configMapKeyRef`,
        });
      }
      const secret = env.valueFrom?.secretKeyRef;
      if (secret) {
        const optional = secret.optional === true;
        objects.push({
          kind: "Secret",
          name: secret.name ?? "",
          key: secret.key,
          optional,
          field: `${field}.secretKeyRef`,
        });
      }
    });
  });

  (spec?.volumes ?? []).forEach((volume, v) => {
    const field = `spec.volumes[${v}]`;
    if (volume.configMap) {
      const { name, items, optional } = volume.configMap;
      addWithItems(objects, "ConfigMap", name, items, optional, `${field}.configMap`);
    }
    if (volume.secret) {
      const { secretName, items, optional } = volume.secret;
      addWithItems(objects, "Secret", secretName ?? "", items, optional, `${field}.secret`);
    }
    (volume.projected?.sources ?? []).forEach((source, s) => {
      const at = `${field}.projected.sources[${s}]`;
      if (source.configMap) {
        const { name, items, optional } = source.configMap;
        addWithItems(objects, "ConfigMap", name, items, optional, `${at}.configMap`);
      }
      if (source.secret) {
        const { name, items, optional } = source.secret;
        addWithItems(objects, "Secret", name, items, optional, `${at}.secret`);
      }
      const token = source.serviceAccountToken;
      if (token) {
        tokens.push({
          audience: token.audience ?? "",
          expirationSeconds: token.expirationSeconds ?? DEFAULT_TOKEN_EXPIRATION_SECONDS,
          field: `${at}.serviceAccountToken`,
        });
      }
    });
  });

  const imagePullSecrets = (spec?.imagePullSecrets ?? [])
    .map((ref) => ref.name)
    .filter((n) => n !== undefined);
  return { objects, tokens, imagePullSecrets };
}

function addWithItems(
  out: ObjectReference[],
  kind: "ConfigMap" | "Secret",
  name: string | undefined,
  items: readonly V1KeyToPath[] | undefined,
  optional: boolean | undefined,
  field: string,
): void {
  const isOptional = optional === true;
  const objectName = name ?? "";
  out.push({ kind, name: objectName, optional: isOptional, field });
  items?.forEach((item, i) =>
    out.push({ kind, name: objectName, key: item.key, optional: isOptional, field: `${field}.items[${i}]` }),
  );
}

async function getOrUndefined<T>(fetch: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fetch();
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** How long one read of the default/kubernetes Service serves every pod (it practically never changes). */
export const KUBERNETES_SERVICE_TTL_MS = 30_000;
const serviceCache = new WeakMap<KubeHttp, { at: number; service: Promise<V1Service | undefined> }>();

/** The default/kubernetes Service, read at most once per TTL per client instead of once per pod. */
function kubernetesService(http: KubeHttp): Promise<V1Service | undefined> {
  const cached = serviceCache.get(http);
  if (cached && performance.now() - cached.at < KUBERNETES_SERVICE_TTL_MS) return cached.service;
  const service = getOrUndefined(() =>
    http.request<V1Service>("GET", "/api/v1/namespaces/default/services/kubernetes"),
  );
  serviceCache.set(http, { at: performance.now(), service });
  // A failed read is not remembered: the next pod tries again.
  service.catch(() => {
    if (serviceCache.get(http)?.service === service) serviceCache.delete(http);
  });
  return service;
}

/**
 * Fetches what `collectReferences` lists. ConfigMaps and Secrets come through `objects`, which
 * shares one GET among pods created close together; pass the same cache for every pod.
 * @default objects - a cache of its own (only this pod's concurrent reads share a GET)
 */
export async function resolveReferences(
  http: KubeHttp,
  pod: V1Pod,
  objects: ReferenceCache = new ReferenceCache(http, { ttlMs: 0 }),
): Promise<ResolvedReferences> {
  const namespace = pod.metadata?.namespace ?? "default";
  const wanted = collectReferences(pod);
  const configMapNames = new Set(wanted.objects.filter((o) => o.kind === "ConfigMap").map((o) => o.name));
  const secretNames = new Set([
    ...wanted.objects.filter((o) => o.kind === "Secret").map((o) => o.name),
    ...wanted.imagePullSecrets,
  ]);
  const configMaps: Record<string, V1ConfigMap> = {};
  const secrets: Record<string, V1Secret> = {};
  await Promise.all([
    ...[...configMapNames].map(async (name) => {
      const cm = await objects.get<V1ConfigMap>("configmaps", namespace, name);
      if (cm) configMaps[name] = cm;
    }),
    ...[...secretNames].map(async (name) => {
      const secret = await objects.get<V1Secret>("secrets", namespace, name);
      if (secret) secrets[name] = secret;
    }),
  ]);

  const serviceAccountTokens: Record<string, string> = {};
  const serviceAccountTokenExpiry: Record<string, string> = {};
  const account = pod.spec?.serviceAccountName ?? "default";
  for (const token of wanted.tokens) {
    const response = await http.request<{ status: { token: string; expirationTimestamp?: string } }>(
      "POST",
      `/api/v1/namespaces/${namespace}/serviceaccounts/${account}/token`,
      {
        body: {
          apiVersion: "authentication.k8s.io/v1",
          kind: "TokenRequest",
          spec: {
            audiences: token.audience ? [token.audience] : [],
            expirationSeconds: token.expirationSeconds,
            boundObjectRef: {
              apiVersion: "v1",
              kind: "Pod",
              name: pod.metadata?.name,
              uid: pod.metadata?.uid,
            },
          },
        },
      },
    );
    serviceAccountTokens[token.audience] = response.status.token;
    if (response.status.expirationTimestamp && token.expirationSeconds !== ADMISSION_TOKEN_SECONDS) {
      serviceAccountTokenExpiry[token.audience] = String(response.status.expirationTimestamp);
    }
  }

  const kubernetesServiceEnv: Record<string, string> = {};
  const service = await kubernetesService(http);
  const port = service?.spec?.ports?.find((p) => p.name === "https")?.port ?? service?.spec?.ports?.[0]?.port;
  if (service?.spec?.clusterIP && port) {
    const host = service.spec.clusterIP;
    Object.assign(kubernetesServiceEnv, {
      KUBERNETES_SERVICE_HOST: host,
      KUBERNETES_SERVICE_PORT: String(port),
      KUBERNETES_SERVICE_PORT_HTTPS: String(port),
      KUBERNETES_PORT: `tcp://${host}:${port}`,
      [`KUBERNETES_PORT_${port}_TCP`]: `tcp://${host}:${port}`,
      [`KUBERNETES_PORT_${port}_TCP_PROTO`]: "tcp",
      [`KUBERNETES_PORT_${port}_TCP_PORT`]: String(port),
      [`KUBERNETES_PORT_${port}_TCP_ADDR`]: host,
    });
  }
  return { configMaps, secrets, serviceAccountTokens, serviceAccountTokenExpiry, kubernetesServiceEnv };
}
