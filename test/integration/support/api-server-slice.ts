/**
 * The test control plane runs without the API server's endpoint reconciler, so the
 * `default/kubernetes` EndpointSlice a real cluster has is written by the tests that need it:
 * the API server's own address and port, labelled for the `kubernetes` Service.
 */
import { DiscoveryV1Api } from "@kubernetes/client-node";
import { adminConfig, clusterInfo } from "./cluster.ts";

/** Creates the slice named `name` (unique per test file); resolves to its removal. */
export async function createApiServerSlice(name: string): Promise<() => Promise<void>> {
  const discovery = adminConfig().makeApiClient(DiscoveryV1Api);
  await discovery.createNamespacedEndpointSlice({
    namespace: "default",
    body: {
      metadata: { name, labels: { "kubernetes.io/service-name": "kubernetes" } },
      addressType: "IPv4",
      endpoints: [{ addresses: [clusterInfo().hostAddress], conditions: { ready: true } }],
      ports: [{ name: "https", port: Number(new URL(clusterInfo().server).port), protocol: "TCP" }],
    },
  });
  return async () => {
    await discovery.deleteNamespacedEndpointSlice({ name, namespace: "default" }).catch(() => undefined);
  };
}
