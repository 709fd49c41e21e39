/**
 * A real, kubelet-less Kubernetes control plane on loopback: etcd, kube-apiserver,
 * kube-scheduler and kube-controller-manager built from upstream (see tools/toolchain),
 * with a per-run PKI and a non-loopback advertise address on a harness-made test network.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { request } from "node:https";
import { join } from "node:path";
import { ensureTools } from "../toolchain/build.ts";
import { HarnessError } from "./errors.ts";
import { writeKubeconfig } from "./kubeconfig.ts";
import { type TestNetwork, createTestNetwork } from "./network.ts";
import {
  type CertificateAuthority,
  type LeafOptions,
  createCertificateAuthority,
  createSigningKey,
  issueCertificate,
} from "./pki.ts";
import { freePort, requireFreePort } from "./ports.ts";
import { type ManagedProcess, logTail, startProcess } from "./processes.ts";

export interface ControlPlaneOptions {
  /** Folder for PKI, kubeconfigs, etcd data and component logs; emptied first. */
  readonly dir: string;
  /** kube-apiserver's secure port on the test network's host address. @default a free port */
  readonly apiserverPort?: number;
  /** Progress lines. @default silent */
  readonly log?: (line: string) => void;
}

/** Paths of the files a test or a virtual node needs to talk to, or be trusted by, the cluster. */
export interface ControlPlanePaths {
  readonly dir: string;
  readonly logDir: string;
  readonly kubeconfig: string;
  readonly caCert: string;
  readonly caKey: string;
  readonly kubectl: string;
}

export interface ControlPlane {
  readonly server: string;
  readonly version: string;
  readonly paths: ControlPlanePaths;
  readonly network: TestNetwork;
  readonly ca: CertificateAuthority;
  readonly processes: readonly ManagedProcess[];
  /** etcd's client URL (plain HTTP on loopback), e.g. for forcing a compaction in a test. */
  readonly etcdEndpoint: string;
  /** Stops kube-apiserver and starts it again with the same flags; every watch is cut. */
  restartApiserver(): Promise<void>;
  stop(): Promise<void>;
}

const CLUSTER_DNS_NAMES = [
  "kubernetes",
  "kubernetes.default",
  "kubernetes.default.svc",
  "kubernetes.default.svc.cluster.local",
];
export const SERVICE_CIDR = "10.0.0.0/24";

/** GET `url` with a client certificate; resolves with status and body. */
export function httpsGet(
  url: string,
  tls: { ca: string; cert: string; key: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ...tls, timeout: 5000 }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

async function waitFor(
  what: string,
  owner: ManagedProcess,
  check: () => Promise<boolean>,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void owner.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new HarnessError(`${owner.name} exited while waiting for ${what}:\n${logTail(owner)}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new HarnessError(`timed out waiting for ${what}; last lines of ${owner.logPath}:\n${logTail(owner)}`);
}

export async function startControlPlane(options: ControlPlaneOptions): Promise<ControlPlane> {
  const log = options.log ?? (() => {});
  const tools = await ensureTools(["kubernetes", "etcd"], log);
  const dir = options.dir;
  await rm(dir, { recursive: true, force: true });
  const pkiDir = join(dir, "pki");
  const logDir = join(dir, "logs");
  await mkdir(pkiDir, { recursive: true });
  await mkdir(logDir, { recursive: true });

  const apiserverPort = options.apiserverPort
    ? await requireFreePort(options.apiserverPort, "kube-apiserver")
    : await freePort();
  const [etcdPort, etcdPeerPort, kcmPort, schedulerPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];

  const network = await createTestNetwork();
  const processes: ManagedProcess[] = [];
  const stop = async (): Promise<void> => {
    for (const p of [...processes].reverse()) await p.stop();
    await network.close();
    await rm(join(dir, "etcd"), { recursive: true, force: true });
  };
  try {
    log(`control plane: PKI and network (advertise address ${network.hostAddress})`);
    const ca = await createCertificateAuthority("oke-virtual-nodes-test-ca");
    const frontProxyCa = await createCertificateAuthority("oke-virtual-nodes-front-proxy-ca");
    const files: Record<string, string> = {
      "ca.crt": ca.certPem,
      "ca.key": ca.keyPem,
      "front-proxy-ca.crt": frontProxyCa.certPem,
    };
    const issue = async (file: string, from: CertificateAuthority, leaf: LeafOptions): Promise<void> => {
      const pair = await issueCertificate(from, leaf);
      files[`${file}.crt`] = pair.certPem;
      files[`${file}.key`] = pair.keyPem;
    };
    await issue("apiserver", ca, {
      subject: "CN=kube-apiserver",
      usage: "server",
      dnsNames: ["localhost", ...CLUSTER_DNS_NAMES],
      ipAddresses: ["127.0.0.1", "10.0.0.1", network.hostAddress],
    });
    await issue("admin", ca, { subject: "CN=kubernetes-admin, O=system:masters", usage: "client" });
    await issue("controller-manager", ca, { subject: "CN=system:kube-controller-manager", usage: "client" });
    await issue("scheduler", ca, { subject: "CN=system:kube-scheduler", usage: "client" });
    await issue("apiserver-kubelet-client", ca, {
      subject: "CN=kube-apiserver-kubelet-client, O=system:masters",
      usage: "client",
    });
    await issue("front-proxy-client", frontProxyCa, { subject: "CN=front-proxy-client", usage: "client" });
    const sa = await createSigningKey();
    files["sa.pub"] = sa.publicPem;
    files["sa.key"] = sa.privatePem;
    for (const [name, content] of Object.entries(files))
      await writeFile(join(pkiDir, name), content, { mode: 0o600 });
    const pki = (name: string): string => join(pkiDir, name);

    log("control plane: starting etcd");
    const etcd = startProcess(
      "etcd",
      tools["etcd"]!,
      [
        "--name=default",
        `--data-dir=${join(dir, "etcd")}`,
        `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
        `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
        `--listen-peer-urls=http://127.0.0.1:${etcdPeerPort}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeerPort}`,
        `--initial-cluster=default=http://127.0.0.1:${etcdPeerPort}`,
        "--unsafe-no-fsync",
        "--quota-backend-bytes=8589934592",
        "--log-level=warn",
      ],
      logDir,
    );
    processes.push(etcd);
    await waitFor("etcd health", etcd, async () => {
      const res = await fetch(`http://127.0.0.1:${etcdPort}/health`);
      return res.ok;
    });

    log("control plane: starting kube-apiserver");
    // Bound to the test network's address, not loopback, so that pods on the process runtime (in
    // their own network namespaces, routed to the test network) reach it at the address the
    // `default/kubernetes` EndpointSlice advertises, as in-cluster clients do on OKE.
    const server = `https://${network.hostAddress}:${apiserverPort}`;
    const apiserverArgs = [
      `--etcd-servers=http://127.0.0.1:${etcdPort}`,
      `--bind-address=${network.hostAddress}`,
      `--secure-port=${apiserverPort}`,
      `--advertise-address=${network.hostAddress}`,
      "--endpoint-reconciler-type=none",
      `--tls-cert-file=${pki("apiserver.crt")}`,
      `--tls-private-key-file=${pki("apiserver.key")}`,
      `--client-ca-file=${pki("ca.crt")}`,
      "--authorization-mode=Node,RBAC",
      "--allow-privileged=true",
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
      `--service-account-key-file=${pki("sa.pub")}`,
      `--service-account-signing-key-file=${pki("sa.key")}`,
      `--kubelet-client-certificate=${pki("apiserver-kubelet-client.crt")}`,
      `--kubelet-client-key=${pki("apiserver-kubelet-client.key")}`,
      `--kubelet-certificate-authority=${pki("ca.crt")}`,
      "--kubelet-preferred-address-types=InternalIP",
      `--requestheader-client-ca-file=${pki("front-proxy-ca.crt")}`,
      "--requestheader-allowed-names=front-proxy-client",
      "--requestheader-username-headers=X-Remote-User",
      "--requestheader-group-headers=X-Remote-Group",
      "--requestheader-extra-headers-prefix=X-Remote-Extra-",
      `--proxy-client-cert-file=${pki("front-proxy-client.crt")}`,
      `--proxy-client-key-file=${pki("front-proxy-client.key")}`,
      // Aggregated APIs (metrics-server) are reached directly, without kube-proxy.
      "--enable-aggregator-routing=true",
      "--profiling=false",
      "--v=1",
    ];
    const apiserver = startProcess("kube-apiserver", tools["kube-apiserver"]!, apiserverArgs, logDir);
    processes.push(apiserver);
    const adminTls = { ca: files["ca.crt"]!, cert: files["admin.crt"]!, key: files["admin.key"]! };
    await waitFor(
      "kube-apiserver /readyz",
      apiserver,
      async () => (await httpsGet(`${server}/readyz`, adminTls)).status === 200,
    );
    const version = (
      JSON.parse((await httpsGet(`${server}/version`, adminTls)).body) as { gitVersion: string }
    ).gitVersion;

    const kubeconfig = join(dir, "kubeconfig");
    const kubeconfigFor = async (file: string, user: string, certName: string): Promise<string> => {
      await writeKubeconfig(file, {
        server,
        user,
        caPath: pki("ca.crt"),
        certPath: pki(`${certName}.crt`),
        keyPath: pki(`${certName}.key`),
      });
      return file;
    };
    await kubeconfigFor(kubeconfig, "kubernetes-admin", "admin");
    const kcmConfig = await kubeconfigFor(
      join(dir, "controller-manager.kubeconfig"),
      "system:kube-controller-manager",
      "controller-manager",
    );
    const schedulerConfig = await kubeconfigFor(
      join(dir, "scheduler.kubeconfig"),
      "system:kube-scheduler",
      "scheduler",
    );

    log("control plane: starting kube-controller-manager and kube-scheduler");
    processes.push(
      startProcess(
        "kube-controller-manager",
        tools["kube-controller-manager"]!,
        [
          `--kubeconfig=${kcmConfig}`,
          `--authentication-kubeconfig=${kcmConfig}`,
          `--authorization-kubeconfig=${kcmConfig}`,
          "--leader-elect=false",
          "--bind-address=127.0.0.1",
          `--secure-port=${kcmPort}`,
          `--service-account-private-key-file=${pki("sa.key")}`,
          `--root-ca-file=${pki("ca.crt")}`,
          "--use-service-account-credentials=true",
          `--cluster-signing-cert-file=${pki("ca.crt")}`,
          `--cluster-signing-key-file=${pki("ca.key")}`,
          `--service-cluster-ip-range=${SERVICE_CIDR}`,
          "--controllers=*,-nodeipam,-cloud-node-lifecycle,-service-lb-controller,-node-route-controller",
          "--v=1",
        ],
        logDir,
      ),
      startProcess(
        "kube-scheduler",
        tools["kube-scheduler"]!,
        [
          `--kubeconfig=${schedulerConfig}`,
          `--authentication-kubeconfig=${schedulerConfig}`,
          `--authorization-kubeconfig=${schedulerConfig}`,
          "--leader-elect=false",
          "--bind-address=127.0.0.1",
          `--secure-port=${schedulerPort}`,
          "--v=1",
        ],
        logDir,
      ),
    );
    const [kcm, scheduler] = processes.slice(-2) as [ManagedProcess, ManagedProcess];
    // The components serve self-signed certificates; this loopback probe only asks whether they are up.
    const healthy = async (port: number): Promise<boolean> => {
      const res = await new Promise<number>((resolve, reject) => {
        const req = request(`https://127.0.0.1:${port}/healthz`, { rejectUnauthorized: false }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
      return res === 200;
    };
    await waitFor("kube-controller-manager /healthz", kcm, () => healthy(kcmPort));
    await waitFor("kube-scheduler /healthz", scheduler, () => healthy(schedulerPort));
    log(`control plane: ready (${version}) at ${server}`);

    return {
      server,
      version,
      network,
      ca,
      processes,
      paths: {
        dir,
        logDir,
        kubeconfig,
        caCert: pki("ca.crt"),
        caKey: pki("ca.key"),
        kubectl: tools["kubectl"]!,
      },
      etcdEndpoint: `http://127.0.0.1:${etcdPort}`,
      async restartApiserver() {
        const index = processes.findIndex((p) => p.name === "kube-apiserver");
        await processes[index]?.stop();
        const fresh = startProcess("kube-apiserver", tools["kube-apiserver"]!, apiserverArgs, logDir);
        processes[index] = fresh;
        await waitFor(
          "kube-apiserver /readyz after restart",
          fresh,
          async () => (await httpsGet(`${server}/readyz`, adminTls)).status === 200,
        );
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
