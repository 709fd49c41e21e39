import { generateKeyPairSync } from "node:crypto";
import * as common from "oci-common";
import { describe, expect, it } from "vitest";
import { CachedKeyRequestSigner } from "./signer.ts";

function keyPem(): string {
  return generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
}

/** A config-file style provider whose key can be swapped (as session keys rotate). */
function provider(initial: string): common.AuthenticationDetailsProvider & { pem: string } {
  return {
    pem: initial,
    getKeyId: () => Promise.resolve("ocid1.tenancy.oc1..t/ocid1.user.oc1..u/aa:bb"),
    getPrivateKey() {
      return this.pem;
    },
    getPassphrase: () => null,
  };
}

function request(method: common.Method, uri: string, body?: string): common.HttpRequest {
  return {
    method,
    uri,
    headers: new Headers({ "x-date": "Mon, 30 Nov 2026 00:00:00 GMT" }),
    ...(body === undefined ? {} : { body }),
  };
}

async function both(
  auth: common.AuthenticationDetailsProvider,
  make: () => common.HttpRequest,
): Promise<[Headers, Headers]> {
  const ours = make();
  const sdk = make();
  await new CachedKeyRequestSigner(auth).signHttpRequest(ours);
  await new common.DefaultRequestSigner(auth).signHttpRequest(sdk);
  return [ours.headers, sdk.headers];
}

describe("CachedKeyRequestSigner", () => {
  const auth = provider(keyPem());

  it.each([
    [
      "GET with a query",
      "GET",
      "https://ci.example.com/20210415/containers?compartmentId=ocid1.c&limit=1000&page=a%3Db",
    ],
    ["DELETE", "DELETE", "https://ci.example.com:8443/20210415/containerInstances/ocid1.ci.oc1..x"],
  ] as const)("signs %s exactly as the SDK does", async (_, method, uri) => {
    const [ours, sdk] = await both(auth, () => request(method, uri));
    expect(ours.get("authorization")).toBe(sdk.get("authorization"));
    expect(ours.get("host")).toBe(sdk.get("host"));
  });

  it("signs a POST body (content type, length and SHA-256) exactly as the SDK does", async () => {
    const body = JSON.stringify({ displayName: "pod ü", containers: [{ imageUrl: "x" }] });
    const [ours, sdk] = await both(auth, () =>
      request("POST", "https://ci.example.com/20210415/containerInstances", body),
    );
    expect(ours.get("authorization")).toBe(sdk.get("authorization"));
    for (const h of ["content-type", "content-length", "x-content-sha256"])
      expect(ours.get(h)).toBe(sdk.get(h));
    expect(ours.get("authorization")).toContain(
      'headers="x-date (request-target) host Content-Type Content-Length x-content-sha256"',
    );
  });

  it("signs an empty POST as the SDK does", async () => {
    const [ours, sdk] = await both(auth, () =>
      request("POST", "https://ci.example.com/20210415/x/actions/restart"),
    );
    expect(ours.get("authorization")).toBe(sdk.get("authorization"));
    expect(ours.get("x-content-sha256")).toBe(sdk.get("x-content-sha256"));
  });

  it("uses a new key as soon as the provider hands one out", async () => {
    const rotating = provider(keyPem());
    const signer = new CachedKeyRequestSigner(rotating);
    const first = request("GET", "https://ci.example.com/a");
    await signer.signHttpRequest(first);
    rotating.pem = keyPem();
    const second = request("GET", "https://ci.example.com/a");
    await signer.signHttpRequest(second);
    const sdk = request("GET", "https://ci.example.com/a");
    await new common.DefaultRequestSigner(rotating).signHttpRequest(sdk);
    expect(second.headers.get("authorization")).not.toBe(first.headers.get("authorization"));
    expect(second.headers.get("authorization")).toBe(sdk.headers.get("authorization"));
  });
});
