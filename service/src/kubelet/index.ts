/**
 * Starts the kubelet API of one virtual node from the provider's configuration: client CA,
 * serving certificate (files or CSR), logs and usage through the provider boundary, the
 * final-logs store and its sweeper. `app.ts` calls `startKubeletApi` and `stop()`.
 */
import { readFile } from "node:fs/promises";
import type { V1ConfigMap, V1Pod } from "@kubernetes/client-node";
import type { ProviderConfig } from "../config/types.ts";
import type { KubeHttp } from "../kube/http.ts";
import type { Logger } from "../util/log.ts";
import { KubeletAuth } from "./auth.ts";
import { type CertificateSource, CsrCertificates, fileCertificates } from "./certificates.ts";
import { ConfigMapFinalLogs, type FinalLogs, noFinalLogs } from "./final-logs.ts";
import { PortForwardService } from "./portforward/service.ts";
import { KubeletApiMetrics, KubeletApiServer, type KubeletProvider, type PodSource } from "./server.ts";
import { UsageCache } from "./stats.ts";

export { KubeletApiServer } from "./server.ts";
export type { FinalLogs } from "./final-logs.ts";

export interface KubeletApiDeps {
  readonly http: KubeHttp;
  /** Instance snapshots, container logs and usage. */
  readonly provider: KubeletProvider;
  readonly pods: PodSource;
  /** Resolves once `pods` holds every pod of the node. */
  readonly podsSynced: Promise<void>;
  /** The address written into the Node (certificate SAN). */
  readonly address: string;
  readonly isLeader: () => boolean;
  readonly logger: Logger;
}

export interface RunningKubeletApi {
  readonly server: KubeletApiServer;
  /** Resolves with the bound port once serving (after CSR approval when certificates come from a CSR). */
  readonly listening: Promise<number>;
  /** Call before deleting a terminated pod's instance (see PodController.syncPod). */
  readonly finalLogs: FinalLogs;
  stop(): Promise<void>;
}

async function clientCa(http: KubeHttp, file: string | undefined): Promise<string> {
  if (file) return readFile(file, "utf8");
  const map = await http.request<V1ConfigMap>(
    "GET",
    "/api/v1/namespaces/kube-system/configmaps/extension-apiserver-authentication",
  );
  const ca = map.data?.["client-ca-file"];
  if (!ca) throw new Error("kube-system/extension-apiserver-authentication has no client-ca-file");
  return ca;
}

export async function startKubeletApi(
  config: ProviderConfig,
  deps: KubeletApiDeps,
): Promise<RunningKubeletApi> {
  const { http, provider, logger } = deps;
  const logs: KubeletProvider["containerLogs"] = (containerID, run) =>
    provider.containerLogs(containerID, run);
  const metrics = new KubeletApiMetrics();
  const finalLogs: FinalLogs =
    config.logs.store === "configMap"
      ? new ConfigMapFinalLogs({
          client: http,
          namespace: config.namespace,
          nodeName: config.nodeName,
          logs,
          maxBytesPerContainer: Math.min(config.logs.maxBytesPerContainer, 1024 * 1024),
          isLeader: deps.isLeader,
          log: logger.warn,
          count: (outcome) => metrics.countFinalLogs(outcome),
        })
      : noFinalLogs;
  if (config.logs.store === "objectStorage")
    logger.warn("logs.store objectStorage is not implemented yet; final logs are not kept");

  const server = new KubeletApiServer({
    metrics,
    nodeName: config.nodeName,
    host: config.kubeletApi.listenAddress,
    port: config.kubeletApi.port,
    clientCa: await clientCa(http, config.kubeletApi.clientCaFile),
    auth: new KubeletAuth({ client: http }),
    pods: deps.pods,
    provider,
    finalLogs,
    usage: new UsageCache(() => provider.resourceUsage()),
    log: logger.warn,
    portForward: new PortForwardService({
      nodeName: config.nodeName,
      pod: (key) => deps.pods.get(key),
      instanceOf: (uid) => provider.getInstance(uid),
      websocket: config.kubeletApi.portForward.websocket,
      limits: {
        idleTimeoutMs: config.kubeletApi.portForward.idleTimeoutSeconds * 1000,
        streamCreationTimeoutMs: config.kubeletApi.portForward.streamCreationTimeoutSeconds * 1000,
        maxStreamsPerSession: config.kubeletApi.portForward.maxStreamsPerConnection,
        maxConnectionsPerNode: config.kubeletApi.portForward.maxConnectionsPerNode,
      },
      log: logger.info,
    }),
  });

  const certificates: CertificateSource =
    config.kubeletApi.tlsCertFile && config.kubeletApi.tlsKeyFile
      ? fileCertificates(config.kubeletApi.tlsCertFile, config.kubeletApi.tlsKeyFile)
      : new CsrCertificates({
          client: http,
          nodeName: config.nodeName,
          ips: [deps.address],
          log: logger.info,
        });
  const running = server;
  let stopped = false;
  const serve = async (): Promise<number> => {
    const port = await running.start(await certificates.initial());
    certificates.watch((certificate) => {
      running.setCertificate(certificate);
      logger.info("kubelet API: serving certificate renewed");
    });
    logger.info("kubelet API listening", { address: config.kubeletApi.listenAddress, port });
    return port;
  };
  // Certificates from files: fail fast. Through a CSR: serve once approved, without holding up pods.
  const listening: Promise<number> =
    certificates instanceof CsrCertificates
      ? (async () => {
          for (;;) {
            try {
              return await serve();
            } catch (error) {
              if (stopped) throw error;
              logger.warn("kubelet API: no serving certificate yet; retrying", { error: String(error) });
              await new Promise((r) => setTimeout(r, 10_000));
            }
          }
        })()
      : Promise.resolve(await serve());
  listening.catch(() => undefined);

  const sweep = (): void => {
    const live = new Set<string>();
    for (const pod of deps.pods.values() as Iterable<V1Pod>)
      if (pod.metadata?.uid) live.add(pod.metadata.uid);
    void finalLogs
      .sweep(live)
      .catch((error: unknown) => logger.warn("final logs: sweep failed", { error: String(error) }));
  };
  let sweeper: NodeJS.Timeout | undefined;
  // Only once the pod cache is complete: an empty cache would make every saved log look orphaned.
  void deps.podsSynced.then(() => {
    if (stopped) return;
    sweep();
    sweeper = setInterval(sweep, 60_000);
    sweeper.unref();
  });

  return {
    server,
    listening,
    finalLogs,
    async stop() {
      stopped = true;
      clearInterval(sweeper);
      certificates.stop();
      await running.stop();
    },
  };
}
