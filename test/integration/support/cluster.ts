/** What integration tests get from the shared control plane, and small helpers on top. */
import { randomBytes } from "node:crypto";
import { AppsV1Api, CoreV1Api, KubeConfig } from "@kubernetes/client-node";
import { inject } from "vitest";

export interface ClusterInfo {
  readonly server: string;
  readonly version: string;
  readonly kubeconfig: string;
  readonly kubectl: string;
  readonly caCert: string;
  readonly caKey: string;
  /** Non-loopback address of this machine on the harness's test network. */
  readonly hostAddress: string;
}

export function clusterInfo(): ClusterInfo {
  return inject("cluster");
}

export function adminConfig(): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromFile(clusterInfo().kubeconfig);
  return kc;
}

export function clients(kc: KubeConfig = adminConfig()): { core: CoreV1Api; apps: AppsV1Api } {
  return { core: kc.makeApiClient(CoreV1Api), apps: kc.makeApiClient(AppsV1Api) };
}

/**
 * A fresh namespace for one test file, ready for pods (its `default` ServiceAccount exists,
 * or admission refuses pods); deleted by the returned function.
 */
export async function testNamespace(prefix: string): Promise<{ name: string; remove: () => Promise<void> }> {
  const { core } = clients();
  const name = `${prefix}-${randomBytes(3).toString("hex")}`;
  await core.createNamespace({ body: { metadata: { name } } });
  await eventually(`ServiceAccount ${name}/default`, () =>
    core.readNamespacedServiceAccount({ name: "default", namespace: name }),
  );
  return { name, remove: async () => void (await core.deleteNamespace({ name }).catch(() => undefined)) };
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ""}`);
}

/** Runs a read-modify-write until it does not hit a 409 Conflict (controllers write the same objects). */
export async function retryOnConflict<T>(update: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await update();
    } catch (error) {
      if ((error as { code?: number }).code !== 409 || attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}
