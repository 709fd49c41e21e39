/**
 * metrics-server (built by the toolchain) as the `v1beta1.metrics.k8s.io` APIService of a local
 * control plane (local-control-plane.md §6). It scrapes kubelets directly, verifying their serving
 * certificates against the cluster CA, with the apiserver's kubelet-client certificate. The
 * apiserver runs with --enable-aggregator-routing, which refuses ExternalName Services, so it is
 * reached through a selectorless Service with hand-made Endpoints at `address` (not loopback).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { dirname, join } from "node:path";
import { ApiregistrationV1Api, CoreV1Api, KubeConfig } from "@kubernetes/client-node";

export const METRICS_API_SERVICE = "v1beta1.metrics.k8s.io";

export interface MetricsServerOptions {
  /** The metrics-server binary (`ensureTools(["metrics-server"])`). */
  readonly binary: string;
  /** The admin kubeconfig. */
  readonly kubeconfig: string;
  /** The cluster CA; the apiserver's kubelet-client certificate and key are beside it. */
  readonly caCert: string;
  /** Where it listens: the test network's host address and a free port. */
  readonly address: string;
  readonly securePort: number;
  /** Its serving certificate and log go here. */
  readonly dir: string;
}

export interface MetricsServer {
  readonly child: ChildProcess;
  readonly logPath: string;
  /** Unregisters the APIService and stops the process. */
  stop(): Promise<void>;
}

export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const { address, securePort, kubeconfig, caCert } = options;
  const pki = dirname(caCert);
  mkdirSync(options.dir, { recursive: true });
  const logPath = join(options.dir, "metrics-server.log");
  const log = openSync(logPath, "a");
  const child = spawn(
    "setpriv",
    [
      "--pdeathsig",
      "KILL",
      "--",
      options.binary,
      `--kubeconfig=${kubeconfig}`,
      `--authentication-kubeconfig=${kubeconfig}`,
      `--authorization-kubeconfig=${kubeconfig}`,
      `--bind-address=${address}`,
      `--secure-port=${securePort}`,
      `--cert-dir=${options.dir}`,
      "--kubelet-preferred-address-types=InternalIP",
      "--kubelet-use-node-status-port",
      `--kubelet-certificate-authority=${caCert}`,
      `--kubelet-client-certificate=${join(pki, "apiserver-kubelet-client.crt")}`,
      `--kubelet-client-key=${join(pki, "apiserver-kubelet-client.key")}`,
      "--metric-resolution=15s",
      "--v=2",
    ],
    { stdio: ["ignore", log, log] },
  );
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const core = kc.makeApiClient(CoreV1Api);
  const registration = kc.makeApiClient(ApiregistrationV1Api);
  const unregister = async (): Promise<void> => {
    await registration.deleteAPIService({ name: METRICS_API_SERVICE }).catch(() => undefined);
    await core.deleteNamespacedService({ name: "metrics-server", namespace: "kube-system" }).catch(() => 0);
    await core.deleteNamespacedEndpoints({ name: "metrics-server", namespace: "kube-system" }).catch(() => 0);
  };
  await unregister();
  await core.createNamespacedService({
    namespace: "kube-system",
    body: {
      metadata: { name: "metrics-server" },
      spec: { ports: [{ name: "https", port: 443, targetPort: securePort as never, protocol: "TCP" }] },
    },
  });
  await core.createNamespacedEndpoints({
    namespace: "kube-system",
    body: {
      metadata: { name: "metrics-server" },
      subsets: [
        { addresses: [{ ip: address }], ports: [{ name: "https", port: securePort, protocol: "TCP" }] },
      ],
    },
  });
  await registration.createAPIService({
    body: {
      metadata: { name: METRICS_API_SERVICE },
      spec: {
        group: "metrics.k8s.io",
        version: "v1beta1",
        service: { name: "metrics-server", namespace: "kube-system", port: 443 },
        insecureSkipTLSVerify: true,
        groupPriorityMinimum: 100,
        versionPriority: 100,
      },
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    logPath,
    async stop() {
      await unregister();
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
