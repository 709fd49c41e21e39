import "reflect-metadata";
import { createPrivateKey, webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { describe, expect, it } from "vitest";
import { servingCsr } from "./csr.ts";

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/** The request's extension with this OID (SAN: 2.5.29.17). */
function extension<T extends x509.Extension>(csr: x509.Pkcs10CertificateRequest, oid: string): T | undefined {
  return csr.extensions.find((e) => e.type === oid) as T | undefined;
}

describe("servingCsr", () => {
  it("builds a valid, signed PKCS#10 request with the node's subject, SANs and no other extension", async () => {
    const { csrPem, keyPem } = await servingCsr("vn-1", {
      dns: ["vn-1"],
      ips: ["198.18.0.7", "fd00::1", "::ffff:10.1.2.3"],
    });
    expect(csrPem).toMatch(
      /^-----BEGIN CERTIFICATE REQUEST-----\n[\s\S]+\n-----END CERTIFICATE REQUEST-----\n$/,
    );
    expect(createPrivateKey(keyPem).asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    const csr = new x509.Pkcs10CertificateRequest(csrPem);
    expect(await csr.verify()).toBe(true);
    expect(csr.subject).toBe("O=system:nodes, CN=system:node:vn-1");
    expect(csr.signatureAlgorithm).toMatchObject({ name: "ECDSA", hash: { name: "SHA-256" } });
    const san = extension<x509.SubjectAlternativeNameExtension>(csr, "2.5.29.17");
    expect(san?.names.toJSON()).toEqual([
      { type: "dns", value: "vn-1" },
      { type: "ip", value: "198.18.0.7" },
      { type: "ip", value: "fd00::1" },
      { type: "ip", value: "::ffff:a01:203" },
    ]);
    // The usages travel in the CSR object's spec.usages; approvers refuse any other extension.
    expect(csr.extensions.map((e) => e.type)).toEqual(["2.5.29.17"]);
  });

  it("rejects an IP SAN that is not an address", async () => {
    await expect(servingCsr("vn-1", { dns: [], ips: ["nope"] })).rejects.toThrow(/not an IP address: nope/);
  });
});
