import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { describe, expect, it } from "vitest";
import { ipBytes, oid, servingCsr } from "./csr.ts";

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

describe("servingCsr", () => {
  it("builds a valid, signed PKCS#10 request with the node's subject and SANs", async () => {
    const { csrPem, keyPem } = servingCsr("vn-1", { dns: ["vn-1"], ips: ["198.18.0.7", "fd00::1"] });
    expect(keyPem).toMatch(/BEGIN PRIVATE KEY/);
    const csr = new x509.Pkcs10CertificateRequest(csrPem);
    expect(await csr.verify()).toBe(true);
    expect(csr.subject).toBe("O=system:nodes, CN=system:node:vn-1");
    const san = csr.extensions.find((e) => e.type === "2.5.29.17") as x509.SubjectAlternativeNameExtension;
    expect(san?.names.toJSON()).toEqual([
      { type: "dns", value: "vn-1" },
      { type: "ip", value: "198.18.0.7" },
      { type: "ip", value: "fd00::1" },
    ]);
  });

  it("encodes IPs and OIDs", () => {
    expect([...ipBytes("10.1.2.3")]).toEqual([10, 1, 2, 3]);
    expect(ipBytes("::ffff:10.1.2.3").toString("hex")).toBe("00000000000000000000ffff0a010203");
    expect(ipBytes("2001:db8::1").toString("hex")).toBe("20010db8000000000000000000000001");
    expect(oid("1.2.840.10045.4.3.2").toString("hex")).toBe("06082a8648ce3d040302");
    expect(() => ipBytes("nope")).toThrow(/not an IP address/);
  });
});
