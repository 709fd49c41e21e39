/**
 * A test bed where the real `oracle/oci` terraform provider talks to the emulator and nothing
 * leaves the machine: the emulator serves HTTPS on 443 at this machine's end of a test network,
 * with a certificate from a per-run CA; terraform runs inside the network namespace, whose hosts
 * file (`ip netns exec` mounts /etc/netns/<ns>/hosts over /etc/hosts) sends the overridden OCI
 * service names there. The provider rewrites every endpoint's domain to `OCI_domain_name_override`
 * (the last two labels, oraclecloud.com, are replaced), trusts `OCI_custom_cert_location`, and
 * reads the tenancy, user, key and region from the OCI config file in $TF_HOME_OVERRIDE/.oci/config.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { prepareMirror, type Mirror, type TerraformResult } from "../../../infra/scripts/terraform.ts";
import { createCertificateAuthority, issueCertificate } from "../../../tools/controlplane/pki.ts";
import { createTestNetwork, type TestNetwork } from "../../../tools/controlplane/network.ts";
import { startEmulator, type Emulator } from "../../../tools/emulator/emulator.ts";
import type { ImageEntry } from "../../../tools/emulator/process/images.ts";

const run = promisify(execFile);

/** Stands in for oraclecloud.com; `.test` is reserved (RFC 2606) and never resolves outside. */
export const DOMAIN = "oci.test";
export const REGION = "us-ashburn-1";
/** The OCI services the stack's provider calls: Identity, Core (iaas) and Container Engine. */
export const SERVICES = ["identity", "iaas", "containerengine"] as const;

/**
 * The names the OCI SDK inside a pod calls for the region (its default endpoints, oraclecloud.com):
 * Container Instances, Core (iaas) and Monitoring (telemetry).
 */
export const POD_SDK_NAMES = [
  `compute-containers.${REGION}.oci.oraclecloud.com`,
  `iaas.${REGION}.oraclecloud.com`,
  `telemetry.${REGION}.oraclecloud.com`,
] as const;

export interface OciBedOptions {
  /** The API server Container Engine kubeconfigs name. @default a placeholder on the test network */
  readonly clusterEndpoint?: { server: string; caPem: string };
  /**
   * Run Container Instances on the process runtime; their /etc/hosts sends POD_SDK_NAMES to the
   * emulator (the VCN resolver's answer for OCI's services), which also serves those names.
   * @default false (the scenario runtime)
   */
  readonly processRuntime?: boolean;
  /** Process runtime: image catalogue entries tried first (e.g. one that trusts the bed's CA). */
  readonly images?: (caFile: string) => ImageEntry[];
  /** Folders put first on terraform's PATH (e.g. the test `oci` command, kubectl). */
  readonly path?: readonly string[];
  /**
   * The test network to serve on and run terraform in, owned by the caller (e.g. the control
   * plane's; one process makes one test network). @default a new one, closed with the bed
   */
  readonly network?: TestNetwork;
  /** More environment for terraform (and the commands its providers run). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface OciBed {
  emulator: Emulator;
  network: TestNetwork;
  mirror: Mirror;
  /**
   * The API server URL Container Engine kubeconfigs name. A placeholder on the test network for
   * now: the test bed's API server takes its place when the cluster part of the rehearsal lands.
   */
  clusterServer: string;
  /** The folder holding $HOME/.oci/config, the CA and the terraform working folders. */
  root: string;
  /** The PEM file of the CA the emulator's certificate is issued from. */
  caFile: string;
  /** The environment terraform runs with (OCI config, domain override, CA, PATH). */
  env: NodeJS.ProcessEnv;
  /** Runs terraform in `cwd` inside the test namespace; never throws on a non-zero exit. */
  terraform(cwd: string, args: readonly string[]): Promise<TerraformResult>;
  close(): Promise<void>;
}

export async function startOciBed(options: OciBedOptions = {}): Promise<OciBed> {
  const mirror = await prepareMirror();
  const root = mkdtempSync(join(tmpdir(), "okevn-rehearsal-"));
  const network = options.network ?? (await createTestNetwork());
  const closeNetwork = async (): Promise<void> => {
    if (!options.network) await network.close();
  };
  const hostsDir = join("/etc/netns", network.namespace);
  let emulator: Emulator | undefined;
  try {
    // Some services' endpoint templates add an "oci." label (identity.<region>.oci.oraclecloud.com);
    // the override replaces only the last two labels, so both forms are served.
    const names = [
      ...SERVICES.flatMap((s) => [`${s}.${REGION}.${DOMAIN}`, `${s}.${REGION}.oci.${DOMAIN}`]),
      ...(options.processRuntime ? POD_SDK_NAMES : []),
    ];
    const ca = await createCertificateAuthority("okevn-rehearsal-oci-ca", 2);
    const leaf = await issueCertificate(ca, {
      subject: `CN=${names[0]}`,
      usage: "server",
      dnsNames: names,
      // Processes on this machine (the system pool's stand-in) call it by address.
      ipAddresses: [network.hostAddress],
      validDays: 2,
    });
    const caFile = join(root, "oci-ca.pem");
    writeFileSync(caFile, ca.certPem);
    const clusterEndpoint = options.clusterEndpoint ?? {
      server: `https://${network.hostAddress}:6443`,
      caPem: ca.certPem,
    };
    const clusterServer = clusterEndpoint.server;
    emulator = await startEmulator({
      clusterEndpoint,
      ...(options.processRuntime
        ? {
            runtime: "process" as const,
            images: options.images?.(caFile) ?? [],
            serviceHosts: Object.fromEntries(POD_SDK_NAMES.map((n) => [n, network.hostAddress])),
          }
        : {}),
      host: network.hostAddress,
      port: 443,
      tls: leaf,
      profile: "fast",
      region: REGION,
      seed: 20,
    });
    mkdirSync(hostsDir, { recursive: true });
    writeFileSync(
      join(hostsDir, "hosts"),
      ["127.0.0.1 localhost", ...names.map((n) => `${network.hostAddress} ${n}`), ""].join("\n"),
    );
    const home = join(root, "home");
    emulator.writeOciConfig(join(home, ".oci"));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...mirror.env,
      ...options.env,
      PATH: [...(options.path ?? []), process.env.PATH ?? ""].join(":"),
      HOME: home,
      // With a profile named, the provider reads $TF_HOME_OVERRIDE/.oci/config; without one, the
      // SDK's default reads the passwd entry's home, then OCI_CONFIG_FILE.
      TF_HOME_OVERRIDE: home,
      OCI_config_file_profile: "DEFAULT",
      OCI_CONFIG_FILE: join(home, ".oci", "config"),
      OCI_domain_name_override: DOMAIN,
      OCI_custom_cert_location: caFile,
    };
    const bed: OciBed = {
      emulator,
      network,
      mirror,
      root,
      caFile,
      env,
      clusterServer,
      async terraform(cwd, args) {
        try {
          const { stdout, stderr } = await run(
            "ip",
            ["netns", "exec", network.namespace, mirror.terraform, ...args],
            { cwd, env: { ...env, TF_DATA_DIR: join(cwd, ".terraform") }, maxBuffer: 256 * 1024 * 1024 },
          );
          return { code: 0, stdout, stderr };
        } catch (error) {
          const e = error as { code?: number; stdout?: string; stderr?: string };
          return {
            code: typeof e.code === "number" ? e.code : 1,
            stdout: e.stdout ?? "",
            stderr: e.stderr ?? "",
          };
        }
      },
      async close() {
        await emulator?.stop();
        rmSync(hostsDir, { recursive: true, force: true });
        await closeNetwork();
        rmSync(root, { recursive: true, force: true });
      },
    };
    return bed;
  } catch (error) {
    await emulator?.stop();
    rmSync(hostsDir, { recursive: true, force: true });
    await closeNetwork();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}
