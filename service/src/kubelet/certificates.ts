/**
 * The kubelet API's serving certificate: from files (re-read when they change, for
 * cert-manager or a mounted Secret), or issued through a CertificateSigningRequest with
 * signer `kubernetes.io/kubelet-serving` and renewed at 70% of its lifetime. That signer
 * is never auto-approved: an approver must check the request (docs/kubelet-api.md).
 */
import { X509Certificate } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { servingCsr } from "./csr.ts";
import type { ServingCertificate } from "./server.ts";

export interface CertificateSource {
  /** Resolves with the first certificate (waits for CSR approval). */
  initial(): Promise<ServingCertificate>;
  /** Calls `onChange` with each later certificate until stopped. */
  watch(onChange: (certificate: ServingCertificate) => void): void;
  stop(): void;
}

export function fileCertificates(certFile: string, keyFile: string, checkMs = 60_000): CertificateSource {
  let timer: NodeJS.Timeout | undefined;
  let version = "";
  const read = async (): Promise<ServingCertificate> => {
    const [cert, key] = await Promise.all([readFile(certFile, "utf8"), readFile(keyFile, "utf8")]);
    return { cert, key };
  };
  const mtimes = async (): Promise<string> => {
    const [a, b] = await Promise.all([stat(certFile), stat(keyFile)]);
    return `${a.mtimeMs}/${b.mtimeMs}`;
  };
  return {
    async initial() {
      version = await mtimes();
      return read();
    },
    watch(onChange) {
      timer = setInterval(() => {
        void mtimes()
          .then(async (now) => {
            if (now === version) return;
            version = now;
            onChange(await read());
          })
          .catch(() => undefined);
      }, checkMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
}

export interface CsrClient {
  request<T>(method: string, path: string, spec?: { body?: unknown }): Promise<T>;
}

interface Csr {
  readonly metadata?: { readonly name?: string };
  readonly status?: {
    readonly certificate?: string;
    readonly conditions?: readonly { readonly type: string; readonly message?: string }[];
  };
}

export interface CsrCertificateOptions {
  readonly client: CsrClient;
  readonly nodeName: string;
  /** The addresses the apiserver and metrics-server dial (the Node's InternalIP). */
  readonly ips: readonly string[];
  readonly dnsNames?: readonly string[];
  /** Requested lifetime. @default one day */
  readonly expirationSeconds?: number;
  readonly pollMs?: number;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

const CSR_PATH = "/apis/certificates.k8s.io/v1/certificatesigningrequests";

export class CsrCertificates implements CertificateSource {
  private readonly options: CsrCertificateOptions;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private current: ServingCertificate | undefined;

  constructor(options: CsrCertificateOptions) {
    this.options = options;
  }

  /** Submits a CSR and waits until it is approved and signed. */
  async issue(): Promise<ServingCertificate> {
    const { nodeName, client } = this.options;
    const { csrPem, keyPem } = await servingCsr(nodeName, {
      dns: this.options.dnsNames ?? [nodeName],
      ips: this.options.ips,
    });
    const created = await client.request<Csr>("POST", CSR_PATH, {
      body: {
        apiVersion: "certificates.k8s.io/v1",
        kind: "CertificateSigningRequest",
        metadata: {
          generateName: `okevn-serving-${nodeName}-`,
          labels: { "oke-virtual-nodes.io/node": nodeName },
        },
        spec: {
          request: Buffer.from(csrPem).toString("base64"),
          signerName: "kubernetes.io/kubelet-serving",
          usages: ["digital signature", "server auth"],
          expirationSeconds: this.options.expirationSeconds ?? 86_400,
        },
      },
    });
    const name = created.metadata?.name ?? "";
    this.options.log?.("kubelet API: waiting for the serving certificate", { csr: name });
    let warned = Date.now();
    while (!this.stopped) {
      const csr = await client.request<Csr>("GET", `${CSR_PATH}/${name}`);
      const denied = csr.status?.conditions?.find((c) => c.type === "Denied" || c.type === "Failed");
      if (denied) throw new Error(`CSR ${name} was ${denied.type.toLowerCase()}: ${denied.message ?? ""}`);
      if (csr.status?.certificate) {
        return { cert: Buffer.from(csr.status.certificate, "base64").toString("utf8"), key: keyPem };
      }
      if (Date.now() - warned > 30_000) {
        warned = Date.now();
        this.options.log?.("kubelet API: serving certificate CSR not approved yet", { csr: name });
      }
      await new Promise((r) => setTimeout(r, this.options.pollMs ?? 1000));
    }
    throw new Error("stopped");
  }

  async initial(): Promise<ServingCertificate> {
    this.current = await this.issue();
    return this.current;
  }

  watch(onChange: (certificate: ServingCertificate) => void): void {
    const schedule = (): void => {
      if (this.stopped || !this.current) return;
      const cert = new X509Certificate(this.current.cert);
      const from = Date.parse(cert.validFrom);
      const to = Date.parse(cert.validTo);
      const renewAt = from + (to - from) * 0.7;
      this.timer = setTimeout(
        () => {
          this.issue()
            .then((next) => {
              this.current = next;
              onChange(next);
            })
            .catch((error: unknown) =>
              this.options.log?.("kubelet API: renewing the serving certificate failed", {
                error: String(error),
              }),
            )
            .finally(schedule);
        },
        Math.max(10_000, Math.min(renewAt - Date.now(), 2 ** 31 - 1)),
      );
      this.timer.unref();
    };
    schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
