/**
 * A PKCS#10 certificate signing request for a kubelet serving certificate, built with
 * @peculiar/x509 over WebCrypto: subject `O=system:nodes, CN=system:node:<node>`, DNS and IP
 * subject alternative names and no other extension (the usages are asked for in the CSR object's
 * `spec.usages`, as the kubelet does, and approvers refuse other requested extensions:
 * csr-approval.ts), an ECDSA P-256 key signed with SHA-256.
 */
import "reflect-metadata"; // @peculiar/x509 resolves its services through tsyringe, which needs it
import { webcrypto } from "node:crypto";
import { isIP } from "node:net";
import * as x509 from "@peculiar/x509";

const EC = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGNING = { name: "ECDSA", hash: "SHA-256" } as const;
const crypto = webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0];

/**
 * The IP as @peculiar/x509 encodes it: IPv6 in the URL standard's canonical form, since the
 * library mis-encodes a dotted IPv4 tail (`::ffff:10.1.2.3` would become `::ffff:10`).
 */
function sanIp(ip: string): string {
  const family = isIP(ip);
  if (family === 0) throw new TypeError(`not an IP address: ${ip}`);
  return family === 6 ? new URL(`http://[${ip}]/`).hostname.slice(1, -1) : ip;
}

export interface ServingCsr {
  /** PEM `CERTIFICATE REQUEST`. */
  readonly csrPem: string;
  /** PEM PKCS#8 private key. */
  readonly keyPem: string;
}

/**
 * A fresh key and a CSR for the serving certificate of `nodeName`. Throws a TypeError when
 * one of `names.ips` is not an IPv4 or IPv6 address.
 */
export async function servingCsr(
  nodeName: string,
  names: { dns: readonly string[]; ips: readonly string[] },
): Promise<ServingCsr> {
  const ips = names.ips.map(sanIp);
  const keys = (await webcrypto.subtle.generateKey(EC, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair;
  const csr = await x509.Pkcs10CertificateRequestGenerator.create(
    {
      name: `O=system:nodes, CN=system:node:${nodeName}`,
      keys,
      signingAlgorithm: SIGNING,
      extensions: [
        new x509.SubjectAlternativeNameExtension([
          ...names.dns.map((value) => ({ type: "dns" as const, value })),
          ...ips.map((value) => ({ type: "ip" as const, value })),
        ]),
      ],
    },
    crypto,
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey));
  return {
    csrPem: `${csr.toString("pem")}\n`,
    keyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8
      .toString("base64")
      .replace(/(.{64})/g, "$1\n")
      .replace(/\n$/, "")}\n-----END PRIVATE KEY-----\n`,
  };
}
