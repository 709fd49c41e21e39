/**
 * The OCI test bed (oci-bed.ts) with a real Kubernetes control plane as the emulated cluster:
 *
 * - Container Engine's kubeconfigs name the test control plane's API server and CA.
 * - A test `oci` command (oci-cli.ts) first on terraform's PATH answers `ce cluster
 *   generate-token` with a token of a cluster-admin ServiceAccount the bed minted, and `ce cluster
 *   create-kubeconfig` with Container Engine's kubeconfig; kubectl is on the PATH too. Terraform
 *   runs in the control plane's test network namespace, the emulator serves on its host address.
 * - Container Instances run on the emulator's process runtime; the project's image trusts the
 *   bed's CA, and instances resolve OCI's service names to the emulator.
 * - OKE's managed virtual node pool is stood in for by this project's provider, started by the bed
 *   (outside the stack) once the emulator's pool is ACTIVE, with the pool's labels and taints,
 *   placing pods in the pool's pod subnet; it stops (after its pods are gone) when the pool goes.
 * - OCI's network load balancer for a LoadBalancer Service is stood in for by setting its status
 *   to the address of one of its endpoints (the provider advertises it as its Node's address).
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { startControlPlane, type ControlPlane } from "../../../tools/controlplane/control-plane.ts";
import type { ControlPlaneRecord } from "../../../tools/emulator/control-plane.ts";
import { defaultImages, type ImageEntry } from "../../../tools/emulator/process/images.ts";
import { startVirtualNodeProcess, type VirtualNodeProcess } from "../../../tools/harness/virtual-node.ts";
import { startOciBed, type OciBed } from "./oci-bed.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..", "..");
/** Where the project's image finds the bed's CA (NODE_EXTRA_CA_CERTS). */
const IMAGE_CA = "/etc/okevn-test-oci-ca.pem";

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ClusterBed extends OciBed {
  controlPlane: ControlPlane;
  /** kubectl as cluster-admin on this machine; never throws on a non-zero exit. */
  kubectl(args: readonly string[]): Promise<CommandResult>;
  /** `kubectl get -o json` of `args`, parsed; throws when kubectl fails. */
  getJson<T = { items: Record<string, unknown>[] }>(args: readonly string[]): Promise<T>;
  /** The test `oci` command, as terraform runs it (in the namespace, with its environment). */
  oci(args: readonly string[]): Promise<CommandResult>;
  /** Names of the system pool stand-in's Nodes now registered. */
  systemNodes(): string[];
}

async function capture(
  file: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(file, args, { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string; message?: string };
    return {
      code: typeof e.code === "number" ? e.code : 1,
      stdout: e.stdout ?? "",
      stderr: e.stderr ?? e.message ?? "",
    };
  }
}

/** The project's image entry, also trusting the bed's CA as a deployer's image would a private CA. */
function projectImage(caFile: string): ImageEntry[] {
  const base = defaultImages().find((e) => e.repositories.includes("*/oke-virtual-nodes"))!;
  return [
    {
      ...base,
      binds: { ...base.binds, [IMAGE_CA]: caFile },
      env: { ...base.env, NODE_EXTRA_CA_CERTS: IMAGE_CA },
    },
  ];
}

interface StandIn {
  readonly nodeName: string;
  readonly process: VirtualNodeProcess;
  reported?: boolean;
}

export async function startClusterBed(): Promise<ClusterBed> {
  const dir = mkdtempSync(join(tmpdir(), "okevn-cluster-bed-"));
  const controlPlane = await startControlPlane({ dir: join(dir, "control-plane") });
  let bed: OciBed | undefined;
  const standIns = new Map<string, StandIn[]>();
  let stopped = false;
  let loop: Promise<void> = Promise.resolve();
  const kubectl = (args: readonly string[]): Promise<CommandResult> =>
    capture(controlPlane.paths.kubectl, ["--kubeconfig", controlPlane.paths.kubeconfig, ...args]);
  const must = async (args: readonly string[]): Promise<string> => {
    const r = await kubectl(args);
    if (r.code !== 0) throw new Error(`kubectl ${args.join(" ")}: ${r.stderr}`);
    return r.stdout;
  };
  try {
    // The identity `oci ce cluster generate-token` stands for: an administrator (cluster-admin).
    await must(["create", "serviceaccount", "okevn-oci-admin", "-n", "kube-system"]);
    await must([
      "create",
      "clusterrolebinding",
      "okevn-oci-admin",
      "--clusterrole=cluster-admin",
      "--serviceaccount=kube-system:okevn-oci-admin",
    ]);
    // The test apiserver runs without an endpoint reconciler; OKE's names its endpoint, which the
    // system nodes' agents give pods as KUBERNETES_SERVICE_HOST (the ClusterIP has no kube-proxy).
    const apiserverUrl = new URL(controlPlane.server);
    const slice = join(dir, "kubernetes-endpointslice.json");
    writeFileSync(
      slice,
      JSON.stringify({
        apiVersion: "discovery.k8s.io/v1",
        kind: "EndpointSlice",
        metadata: {
          name: "kubernetes",
          namespace: "default",
          labels: { "kubernetes.io/service-name": "kubernetes" },
        },
        addressType: "IPv4",
        endpoints: [{ addresses: [apiserverUrl.hostname], conditions: { ready: true } }],
        ports: [{ name: "https", port: Number(apiserverUrl.port), protocol: "TCP" }],
      }),
    );
    await must(["apply", "-f", slice]);
    const agentSecret = join(dir, "agent-secret");
    writeFileSync(agentSecret, randomBytes(24).toString("hex"), { mode: 0o600 });
    const token = (
      await must(["create", "token", "okevn-oci-admin", "-n", "kube-system", "--duration=24h"])
    ).trim();
    const stateFile = join(dir, "oci-cli.json");
    writeFileSync(stateFile, JSON.stringify({ token }), { mode: 0o600 });
    const bin = join(dir, "bin");
    mkdirSync(bin);
    const node = realpathSync(join(ROOT, "node_modules", ".bin", "node"));
    writeFileSync(
      join(bin, "oci"),
      [
        "#!/bin/sh",
        `NODE_EXTRA_CA_CERTS="$OCI_custom_cert_location" exec ${node} --disable-warning=DEP0040 ${join(import.meta.dirname, "oci-cli.ts")} "$@"`,
        "",
      ].join("\n"),
    );
    chmodSync(join(bin, "oci"), 0o755);
    bed = await startOciBed({
      clusterEndpoint: { server: controlPlane.server, caPem: controlPlane.ca.certPem },
      processRuntime: true,
      network: controlPlane.network,
      images: projectImage,
      path: [bin, dirname(controlPlane.paths.kubectl)],
      env: { OKEVN_TEST_OCI_CLI_STATE: stateFile },
    });
    const oci = bed;
    const cp = oci.emulator.core.controlPlane;

    const startStandIns = async (pool: ControlPlaneRecord): Promise<StandIn[]> => {
      const f = pool.fields as Record<string, unknown>;
      const pod = f.podConfiguration as { subnetId: string; nsgIds?: string[] };
      // Not type=virtual-kubelet (our provider's default): OKE's managed virtual nodes are not
      // virtual-kubelet nodes, and the stack's drain-on-destroy step picks nodes by that label.
      const labels = {
        type: "virtual-node",
        ...Object.fromEntries(
          ((f.initialVirtualNodeLabels as { key: string; value: string }[] | undefined) ?? []).map((l) => [
            l.key,
            l.value,
          ]),
        ),
      };
      const taints = (f.taints as { key: string; value?: string; effect: string }[] | undefined) ?? [];
      const placement = (f.placementConfigurations as { availabilityDomain: string }[])[0]!;
      const out: StandIn[] = [];
      for (let i = 0; i < ((f.size as number) || 0); i++) {
        // OKE names a virtual node by its private IP.
        const address = await controlPlane.network.allocateAddress();
        const nodeName = address;
        const process = startVirtualNodeProcess({
          nodeName,
          emulator: oci.emulator,
          kubeconfig: controlPlane.paths.kubeconfig,
          address,
          dir: join(dir, "system", nodeName),
          kubeletPort: 10250,
          env: { NODE_EXTRA_CA_CERTS: oci.caFile },
          config: {
            clusterName: f.clusterId as string,
            namespace: "kube-system",
            // The pod agent gives pods the API server's address and Services, as OKE's nodes do.
            agent: { enabled: true, image: "oke-virtual-nodes:system", secretFile: agentSecret },
            node: {
              availabilityDomain: placement.availabilityDomain,
              labels,
              taint: taints[0]
                ? { key: taints[0].key, value: taints[0].value ?? "", effect: taints[0].effect }
                : null,
            },
            oci: {
              // Without the default port: the SDK signs the host as the URL names it, fetch sends
              // it without ":443".
              endpoints: Object.fromEntries(
                ["containerInstances", "core", "monitoring"].map((k) => [
                  k,
                  `https://${oci.network.hostAddress}`,
                ]),
              ),
              compartmentId: pool.compartmentId,
              // Under the process runtime every subnet's addresses come from the emulator's bridge.
              podIp: {
                subnetCidr: `${oci.emulator.processRuntime!.subnet.network}/${oci.emulator.processRuntime!.subnet.prefixLength}`,
              },
              subnetId: pod.subnetId,
              nsgIds: pod.nsgIds ?? [],
            },
          },
        });
        out.push({ nodeName, process });
      }
      return out;
    };
    const stopStandIns = async (poolId: string): Promise<void> => {
      for (const s of standIns.get(poolId) ?? []) {
        // As OKE does when a pool goes: the node's pods are deleted, then the node.
        await kubectl([
          "delete",
          "pods",
          "-A",
          "--field-selector",
          `spec.nodeName=${s.nodeName}`,
          "--wait=true",
          "--timeout=300s",
        ]);
        await s.process.stop();
        await kubectl(["delete", "node", s.nodeName, "--ignore-not-found"]);
      }
      standIns.delete(poolId);
    };
    const fakeLoadBalancers = async (): Promise<void> => {
      const services = await getJsonOf<{
        items: {
          metadata: { name: string; namespace: string };
          spec: { type?: string };
          status?: { loadBalancer?: { ingress?: unknown[] } };
        }[];
      }>(["get", "services", "-A"]);
      for (const svc of services.items) {
        if (svc.spec.type !== "LoadBalancer" || (svc.status?.loadBalancer?.ingress?.length ?? 0) > 0)
          continue;
        const { name, namespace } = svc.metadata;
        const slices = await getJsonOf<{ items: { endpoints?: { addresses: string[] }[] }[] }>([
          "get",
          "endpointslices",
          "-n",
          namespace,
          "-l",
          `kubernetes.io/service-name=${name}`,
        ]);
        const ip = slices.items.flatMap((s) => s.endpoints ?? []).flatMap((e) => e.addresses)[0];
        if (!ip) continue;
        await kubectl([
          "patch",
          "service",
          name,
          "-n",
          namespace,
          "--subresource=status",
          "--type=merge",
          "-p",
          JSON.stringify({ status: { loadBalancer: { ingress: [{ ip, ipMode: "VIP" }] } } }),
        ]);
      }
    };
    // OKE's control plane signs its own nodes' kubelet serving certificates.
    const approveServingCertificates = async (): Promise<void> => {
      const csrs = await getJsonOf<{
        items: { metadata: { name: string }; status?: { conditions?: { type: string }[] } }[];
      }>(["get", "certificatesigningrequests"]);
      const names = [...standIns.values()].flat().map((s) => `okevn-serving-${s.nodeName}-`);
      for (const csr of csrs.items) {
        if (!names.some((n) => csr.metadata.name.startsWith(n))) continue;
        if ((csr.status?.conditions ?? []).length > 0) continue;
        await kubectl(["certificate", "approve", csr.metadata.name]);
      }
    };
    const getJsonOf = async <T>(args: readonly string[]): Promise<T> =>
      JSON.parse(await must([...args, "-o", "json"])) as T;
    const tick = async (): Promise<void> => {
      for (const s of [...standIns.values()].flat())
        if (s.process.child.exitCode !== null && !s.reported) {
          s.reported = true;
          process.stderr.write(
            `cluster bed: the system node ${s.nodeName} exited; see ${s.process.logPath}\n`,
          );
        }
      for (const pool of cp.records.values()) {
        if (pool.kind !== "virtualNodePool") continue;
        const active = cp.isLive(pool) && cp.stateOf(pool) === pool.states.ready;
        if (active && !standIns.has(pool.id)) standIns.set(pool.id, await startStandIns(pool));
        if (!cp.isLive(pool) && standIns.has(pool.id)) await stopStandIns(pool.id);
        if (cp.isLive(pool) && cp.stateOf(pool) === pool.states.deleting && standIns.has(pool.id))
          await stopStandIns(pool.id);
      }
      if (standIns.size > 0) {
        await fakeLoadBalancers();
        await approveServingCertificates();
      }
    };
    loop = (async () => {
      while (!stopped) {
        await tick().catch((error: unknown) => process.stderr.write(`cluster bed: ${String(error)}\n`));
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();

    return {
      ...oci,
      controlPlane,
      kubectl,
      getJson: getJsonOf,
      oci: (args) =>
        capture("ip", ["netns", "exec", oci.network.namespace, join(bin, "oci"), ...args], oci.env),
      systemNodes: () => [...standIns.values()].flat().map((s) => s.nodeName),
      async close() {
        stopped = true;
        await loop;
        for (const s of [...standIns.values()].flat()) await s.process.stop();
        await oci.close();
        await controlPlane.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    stopped = true;
    await loop;
    await bed?.close();
    await controlPlane.stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
