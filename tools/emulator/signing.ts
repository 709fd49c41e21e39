// OCI HTTP request signatures (draft-cavage "Signature" scheme, version 1), verified as OCI does:
// keyId "<tenancy>/<user>/<fingerprint>" against registered RSA public keys, rsa-sha256 only, the
// required signed headers per method, x-content-sha256 over the raw body and a 5 minute clock skew.
import { createHash, createPublicKey, generateKeyPairSync, verify, type KeyObject } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { notAuthenticated } from "./errors.ts";

export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);
const BASE_REQUIRED = ["(request-target)", "host"];
const BODY_REQUIRED = ["content-length", "content-type", "x-content-sha256"];

export interface Principal {
  keyId: string;
  tenancyId: string;
  userId: string;
  fingerprint: string;
}

export interface SignedRequest {
  method: string;
  /** The request target exactly as sent (path and query), e.g. IncomingMessage.url. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** RSA public keys by keyId. */
export class KeyRegistry {
  private readonly keys = new Map<string, KeyObject>();

  add(tenancyId: string, userId: string, publicKeyPem: string): string {
    const key = createPublicKey(publicKeyPem);
    const keyId = `${tenancyId}/${userId}/${fingerprintOf(key)}`;
    this.keys.set(keyId, key);
    return keyId;
  }

  get(keyId: string): KeyObject | undefined {
    return this.keys.get(keyId);
  }
}

/** OCI API-key fingerprint: MD5 of the DER SubjectPublicKeyInfo, as colon-separated hex pairs. */
export function fingerprintOf(publicKey: KeyObject | string): string {
  const key = typeof publicKey === "string" ? createPublicKey(publicKey) : publicKey;
  const der = key.export({ type: "spki", format: "der" });
  const hex = createHash("md5").update(der).digest("hex");
  return hex.match(/../g)!.join(":");
}

export function generateApiKey(): { privateKeyPem: string; publicKeyPem: string; fingerprint: string } {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem,
    fingerprint: fingerprintOf(publicKey),
  };
}

export function parseAuthorization(value: string): Map<string, string> {
  if (!value.startsWith("Signature ")) throw notAuthenticated("authorization is not a Signature");
  const params = new Map<string, string>();
  for (const m of value.slice("Signature ".length).matchAll(/([A-Za-z]+)="([^"]*)"/g)) {
    params.set(m[1]!, m[2]!);
  }
  return params;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

export function sha256Base64(body: Buffer): string {
  return createHash("sha256").update(body).digest("base64");
}

/** Verifies the request signature; returns the principal or throws 401 NotAuthenticated. */
export function verifyRequest(req: SignedRequest, keys: KeyRegistry, now = Date.now()): Principal {
  const authorization = header(req.headers, "authorization");
  if (!authorization) throw notAuthenticated("missing authorization header");
  const params = parseAuthorization(authorization);
  const keyId = params.get("keyId");
  const signature = params.get("signature");
  const signedHeaders = params.get("headers");
  if (!keyId || !signature || !signedHeaders) throw notAuthenticated("incomplete signature parameters");
  if ((params.get("version") ?? "1") !== "1") throw notAuthenticated("unsupported signature version");
  if (params.get("algorithm") !== "rsa-sha256") throw notAuthenticated("unsupported signature algorithm");
  const key = keys.get(keyId);
  if (!key) throw notAuthenticated("unknown keyId");

  const names = signedHeaders
    .split(" ")
    .filter((n) => n !== "")
    .map((n) => n.toLowerCase());
  const method = req.method.toUpperCase();
  const required = BODY_METHODS.has(method) ? [...BASE_REQUIRED, ...BODY_REQUIRED] : BASE_REQUIRED;
  for (const name of required) {
    if (!names.includes(name)) throw notAuthenticated(`header ${name} must be signed`);
  }
  const dateHeader = names.includes("x-date") ? "x-date" : names.includes("date") ? "date" : undefined;
  if (!dateHeader) throw notAuthenticated("date or x-date must be signed");

  const lines: string[] = [];
  for (const name of names) {
    if (name === "(request-target)") {
      lines.push(`(request-target): ${method.toLowerCase()} ${req.url}`);
      continue;
    }
    const value = header(req.headers, name);
    if (value === undefined) throw notAuthenticated(`signed header ${name} is missing`);
    lines.push(`${name}: ${value}`);
  }
  const ok = verify("RSA-SHA256", Buffer.from(lines.join("\n")), key, Buffer.from(signature, "base64"));
  if (!ok) throw notAuthenticated("signature does not verify");

  const date = Date.parse(header(req.headers, dateHeader)!);
  if (Number.isNaN(date) || Math.abs(now - date) > MAX_CLOCK_SKEW_MS) {
    throw notAuthenticated("date is outside the allowed clock skew");
  }
  if (BODY_METHODS.has(method)) {
    if (Number(header(req.headers, "content-length")) !== req.body.length) {
      throw notAuthenticated("content-length does not match the body");
    }
    if (header(req.headers, "x-content-sha256") !== sha256Base64(req.body)) {
      throw notAuthenticated("x-content-sha256 does not match the body");
    }
  }
  const [tenancyId = "", userId = "", fingerprint = ""] = keyId.split("/");
  return { keyId, tenancyId, userId, fingerprint };
}
