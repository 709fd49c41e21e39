/**
 * `--cleanup`: removes a virtual node for good (the chart's pre-delete hook). Marks the
 * Node decommissioned so its running replicas stop creating instances, deletes every
 * Container Instance carrying this node's tags, waits until OCI reports them gone, then
 * deletes the Node and its Lease. Nothing keeps billing after an uninstall.
 */
import type { ProviderConfig } from "./config/types.ts";
import { DECOMMISSION_ANNOTATION } from "./controllers/node.ts";
import { NotFoundError } from "./errors.ts";
import { loadKubeCredentials } from "./kube/credentials.ts";
import { KubeHttp } from "./kube/http.ts";
import { createOciClients } from "./oci/clients.ts";
import { nodeContext, ociClientOptions, translationDefaults } from "./oci/from-config.ts";
import { OciProvider } from "./oci/provider.ts";
import type { Logger } from "./util/log.ts";

export async function cleanupNode(
  config: ProviderConfig,
  logger: Logger,
  timeoutMs = 15 * 60_000,
): Promise<number> {
  const kubeConfig = await loadKubeCredentials(config.kubeconfig);
  const http = new KubeHttp(kubeConfig, { qps: config.kubernetes.qps, burst: config.kubernetes.burst });
  const ignoreMissing = (error: unknown): void => {
    if (!(error instanceof NotFoundError)) throw error;
  };
  await http
    .request("PATCH", `/api/v1/nodes/${config.nodeName}`, {
      body: { metadata: { annotations: { [DECOMMISSION_ANNOTATION]: new Date().toISOString() } } },
      contentType: "application/merge-patch+json",
    })
    .catch(ignoreMissing);

  const clients = await createOciClients(ociClientOptions(config));
  const provider = new OciProvider({
    clients,
    // Cleanup only lists and deletes: no pod is translated, so no cluster DNS is needed.
    node: nodeContext(config, ""),
    defaults: translationDefaults(config),
    pollIntervalMs: 2000,
    log: logger.warn,
  });
  try {
    await provider.start();
    const instances = provider.listInstances();
    logger.info("deleting the node's container instances", {
      node: config.nodeName,
      count: instances.length,
    });
    const deadline = Date.now() + timeoutMs;
    while (provider.listInstances().length > 0) {
      if (Date.now() > deadline)
        throw new Error(
          `${provider.listInstances().length} container instances still exist after ${timeoutMs / 1000} s`,
        );
      for (const snapshot of provider.listInstances()) {
        await provider
          .deleteInstance(snapshot)
          .catch((error: unknown) => logger.warn("delete failed; retrying", { error: String(error) }));
      }
      await new Promise((r) => setTimeout(r, 2000));
    }
    await http
      .request("DELETE", `/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${config.nodeName}`)
      .catch(ignoreMissing);
    await http.request("DELETE", `/api/v1/nodes/${config.nodeName}`).catch(ignoreMissing);
    logger.info("virtual node removed", { node: config.nodeName, instancesDeleted: instances.length });
    return instances.length;
  } finally {
    await provider.stop();
    clients.close();
    http.close();
  }
}
