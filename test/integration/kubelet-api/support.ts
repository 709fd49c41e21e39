/**
 * Helpers for the kubelet API tests: a free port on the harness address, serving and client
 * certificates from the control plane's CA (or another CA), kubectl, and direct HTTPS calls.
 */
import { execFile, spawn } from "node:child_process";
import { webcrypto } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  type CertificateAuthority,
  type KeyPairPem,
  createCertificateAuthority,
  issueCertificate,
} from "../../../tools/controlplane/pki.ts";
import { clusterInfo } from "../support/cluster.ts";

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..", "..");

/** A port the OS says is free on `host` now. */
export async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The control plane's cluster CA (signs client and kubelet serving certificates). */
export async function clusterCa(): Promise<CertificateAuthority> {
  const { caCert, caKey } = clusterInfo();
  const pem = readFileSync(caKey, "utf8");
  const der = Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ""), "base64");
  const privateKey = await webcrypto.subtle.importKey(
    "pkcs8",
    der,
    { name: "ECDSA", namedCurve: "P-256" },
    true,
    ["sign"],
  );
  return { name: "cluster", certPem: readFileSync(caCert, "utf8"), keyPem: pem, privateKey };
}

export function writePair(dir: string, name: string, pair: KeyPairPem): { cert: string; key: string } {
  mkdirSync(dir, { recursive: true });
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  writeFileSync(cert, pair.certPem);
  writeFileSync(key, pair.keyPem, { mode: 0o600 });
  return { cert, key };
}

/** A serving certificate for a virtual node, signed by the cluster CA, written under .test-run. */
export async function servingCertificate(
  nodeName: string,
  address: string,
): Promise<{ cert: string; key: string }> {
  const pair = await issueCertificate(await clusterCa(), {
    subject: `CN=system:node:${nodeName}, O=system:nodes`,
    usage: "server",
    dnsNames: [nodeName],
    ipAddresses: [address],
  });
  return writePair(join(ROOT, ".test-run", "nodes", nodeName, "pki"), "serving", pair);
}

export async function clientCertificate(subject: string, ca?: CertificateAuthority): Promise<KeyPairPem> {
  return issueCertificate(ca ?? (await clusterCa()), { subject, usage: "client" });
}

export const otherCa = (): Promise<CertificateAuthority> => createCertificateAuthority("not-the-cluster-ca");

export interface KubectlResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function kubectl(args: readonly string[], timeoutMs = 30_000): Promise<KubectlResult> {
  const { kubectl: bin, kubeconfig } = clusterInfo();
  try {
    const { stdout, stderr } = await exec(bin, [`--kubeconfig=${kubeconfig}`, ...args], {
      timeout: timeoutMs,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** Starts `kubectl args` and collects its stdout as it arrives. */
export function kubectlStream(args: readonly string[]): {
  output: () => string;
  stop: () => void;
  exited: Promise<number>;
} {
  const { kubectl: bin, kubeconfig } = clusterInfo();
  const child = spawn(bin, [`--kubeconfig=${kubeconfig}`, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? -1)));
  return { output: () => out, stop: () => void child.kill("SIGTERM"), exited };
}

export interface DirectResult {
  /** The Content-Type header (empty when absent). */
  contentType: string;
  readonly status: number;
  readonly body: string;
}

/** One HTTPS request straight to a kubelet API (no apiserver), verifying it with the cluster CA. */
export function direct(
  address: string,
  port: number,
  path: string,
  options: { method?: string; token?: string; cert?: KeyPairPem; timeoutMs?: number } = {},
): Promise<DirectResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: address,
        port,
        path,
        method: options.method ?? "GET",
        ca: readFileSync(clusterInfo().caCert, "utf8"),
        servername: undefined,
        ...(options.cert ? { cert: options.cert.certPem, key: options.cert.keyPem } : {}),
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
        agent: false,
      },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body, contentType: res.headers["content-type"] ?? "" }),
        );
      },
    );
    req.setTimeout(options.timeoutMs ?? 15_000, () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end();
  });
}
