/**
 * Fetches what a pod references (ConfigMaps, Secrets, projected service-account tokens,
 * the cluster root CA, the kubernetes Service variables) so translation stays pure.
 */
import type { V1ConfigMap, V1Pod, V1Secret, V1Service } from "@kubernetes/client-node";
import { NotFoundError } from "../errors.ts";
import { type ResolvedReferences, collectReferences } from "../oci/translate/index.ts";
import type { KubeHttp } from "./http.ts";

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

export async function resolveReferences(http: KubeHttp, pod: V1Pod): Promise<ResolvedReferences> {
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
      const cm = await getOrUndefined(() =>
        http.request<V1ConfigMap>("GET", `/api/v1/namespaces/${namespace}/configmaps/${name}`),
      );
      if (cm) configMaps[name] = cm;
    }),
    ...[...secretNames].map(async (name) => {
      const secret = await getOrUndefined(() =>
        http.request<V1Secret>("GET", `/api/v1/namespaces/${namespace}/secrets/${name}`),
      );
      if (secret) secrets[name] = secret;
    }),
  ]);

  const serviceAccountTokens: Record<string, string> = {};
  const account = pod.spec?.serviceAccountName ?? "default";
  for (const token of wanted.tokens) {
    const response = await http.request<{ status: { token: string } }>(
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
  return { configMaps, secrets, serviceAccountTokens, kubernetesServiceEnv };
}
