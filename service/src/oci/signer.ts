/**
 * OCI request signing (the HTTP Signatures scheme of the OCI API, version 1) with the private key
 * parsed once (issue 18). The SDK's DefaultRequestSigner parses the PEM key on every call, twice
 * (sshpk in JavaScript, then OpenSSL), which made signing 0.6 to 0.9 ms of the provider's main
 * thread per OCI call, a third of its CPU at 1,000 pods. Here the key is a KeyObject, re-made only
 * when the provider hands out a different key (session keys of instance and resource principals
 * rotate), and the RSA operation runs on libuv's thread pool, off the event loop.
 *
 * The signed headers and the Authorization header are the SDK's, byte for byte (signer.test.ts
 * compares both signers on the same requests). What this signer does not handle it passes to the
 * SDK's: bodies that are not strings (streams, binary uploads) and config-file profiles that
 * delegate to another provider (`auth_type`).
 */
import { type KeyObject, createHash, createPrivateKey, sign } from "node:crypto";
import * as common from "oci-common";

/** The headers every request signs, then the body headers POST, PUT and PATCH add (the SDK's order and case). */
const SIGNED_HEADERS = ["x-date", "(request-target)", "host"];
const BODY_HEADERS = ["Content-Type", "Content-Length", "x-content-sha256"];
const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

function rsaSha256(data: string, key: KeyObject): Promise<string> {
  return new Promise((resolve, reject) =>
    sign("sha256", Buffer.from(data), key, (error, signature) =>
      error ? reject(error) : resolve(signature.toString("base64")),
    ),
  );
}

export class CachedKeyRequestSigner implements common.RequestSigner {
  private readonly auth: common.AuthenticationDetailsProvider;
  private readonly fallback: common.DefaultRequestSigner;
  private pem: string | undefined;
  private key: KeyObject | undefined;

  constructor(auth: common.AuthenticationDetailsProvider) {
    this.auth = auth;
    this.fallback = new common.DefaultRequestSigner(auth);
  }

  private keyObject(): KeyObject {
    const pem = this.auth.getPrivateKey();
    if (this.key === undefined || pem !== this.pem) {
      const passphrase = this.auth.getPassphrase();
      this.key = createPrivateKey(passphrase ? { key: pem, passphrase } : pem);
      this.pem = pem;
    }
    return this.key;
  }

  /** Sets `host`, `x-date` (and for a body: content type, length and SHA-256) and `authorization` on the request. */
  async signHttpRequest(request: common.HttpRequest, forceExcludeBody = false): Promise<void> {
    const body: unknown = request.body;
    const withBody = !forceExcludeBody && METHODS_WITH_BODY.has(request.method.toUpperCase());
    if (
      this.auth.getAuthType?.() ||
      (withBody && body !== undefined && body !== null && typeof body !== "string")
    )
      return this.fallback.signHttpRequest(request, forceExcludeBody);
    const { headers } = request;
    const url = new URL(request.uri);
    if (!headers.has("host")) headers.set("host", url.host);
    if (!headers.has("x-date")) headers.set("x-date", new Date().toUTCString());
    const names = [...SIGNED_HEADERS];
    if (withBody) {
      const text = typeof body === "string" ? body : "";
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
      headers.set("x-content-sha256", createHash("sha256").update(text, "utf8").digest("base64"));
      if (!headers.has("content-length"))
        headers.set("content-length", String(Buffer.byteLength(text, "utf8")));
      names.push(...BODY_HEADERS);
    }
    const keyId = await this.auth.getKeyId();
    const target = `${request.method.toLowerCase()} ${url.pathname}${url.search}`;
    const signingString = names
      .map((name) => {
        const lower = name.toLowerCase();
        return lower === "(request-target)" ? `${lower}: ${target}` : `${lower}: ${headers.get(lower) ?? ""}`;
      })
      .join("\n");
    const signature = await rsaSha256(signingString, this.keyObject());
    headers.set(
      "authorization",
      `Signature version="1",keyId="${keyId}",algorithm="rsa-sha256",headers="${names.join(" ")}",signature="${signature}"`,
    );
  }
}
