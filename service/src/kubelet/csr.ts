/**
 * A PKCS#10 certificate signing request for a kubelet serving certificate, built with
 * node:crypto and a minimal DER writer (only the structures a CSR needs): subject
 * `O=system:nodes, CN=system:node:<node>`, DNS and IP subject alternative names, an
 * ECDSA P-256 key signed with SHA-256.
 */
import { type KeyObject, generateKeyPairSync, sign } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), length(body.length), body]);
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split(".").map(Number);
  const bytes = [parts[0]! * 40 + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk = [part & 0x7f];
    for (let v = Math.floor(part / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

const SEQUENCE = 0x30;
const SET = 0x31;

/** The 4 or 16 bytes of an IP address. */
export function ipBytes(ip: string): Buffer {
  if (isIPv4(ip)) return Buffer.from(ip.split(".").map(Number));
  if (!isIPv6(ip)) throw new Error(`not an IP address: ${ip}`);
  let text = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const b = v4[1]!.split(".").map(Number);
    text = text.replace(
      v4[1]!,
      `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`,
    );
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill("0"), ...t];
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

export interface ServingCsr {
  /** PEM `CERTIFICATE REQUEST`. */
  readonly csrPem: string;
  /** PEM PKCS#8 private key. */
  readonly keyPem: string;
}

/** A fresh key and a CSR for the serving certificate of `nodeName`. */
export function servingCsr(
  nodeName: string,
  names: { dns: readonly string[]; ips: readonly string[] },
  key?: { privateKey: KeyObject; publicKey: KeyObject },
): ServingCsr {
  const keys = key ?? generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const rdn = (type: string, value: string): Buffer =>
    der(SET, der(SEQUENCE, oid(type), der(0x0c, Buffer.from(value, "utf8"))));
  const subject = der(SEQUENCE, rdn("2.5.4.10", "system:nodes"), rdn("2.5.4.3", `system:node:${nodeName}`));
  const spki = keys.publicKey.export({ type: "spki", format: "der" });
  const generalNames = der(
    SEQUENCE,
    ...names.dns.map((d) => der(0x82, Buffer.from(d, "ascii"))),
    ...names.ips.map((ip) => der(0x87, ipBytes(ip))),
  );
  const extensions = der(SEQUENCE, der(SEQUENCE, oid("2.5.29.17"), der(0x04, generalNames)));
  const attributes = der(0xa0, der(SEQUENCE, oid("1.2.840.113549.1.9.14"), der(SET, extensions)));
  const info = der(SEQUENCE, der(0x02, Buffer.from([0])), subject, spki, attributes);
  const signature = sign("sha256", info, keys.privateKey);
  const csr = der(
    SEQUENCE,
    info,
    der(SEQUENCE, oid("1.2.840.10045.4.3.2")),
    der(0x03, Buffer.concat([Buffer.from([0]), signature])),
  );
  const body = csr
    .toString("base64")
    .replace(/(.{64})/g, "$1\n")
    .replace(/\n$/, "");
  return {
    csrPem: `-----BEGIN CERTIFICATE REQUEST-----\n${body}\n-----END CERTIFICATE REQUEST-----\n`,
    keyPem: keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}
