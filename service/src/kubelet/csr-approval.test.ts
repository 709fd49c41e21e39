import "reflect-metadata";
import type { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { describe, expect, it } from "vitest";
import { servingCsr } from "./csr.ts";
import {
  type ApprovalPolicy,
  type CsrUnderReview,
  type NodeFacts,
  KUBELET_SERVING_SIGNER,
  claimedNode,
  reviewServingCsr,
} from "./csr-approval.ts";

const SA = "system:serviceaccount:okevn:okevn";
const policy: ApprovalPolicy = { nodeNames: new Set(["vn-1", "vn-2"]), requester: SA };
const facts: NodeFacts = { isVirtualNode: true, addresses: ["10.0.0.5", "fd00::5", "vn-1"] };
const USAGES = ["digital signature", "server auth"];

type CryptoKeyPair = webcrypto.CryptoKeyPair;
type SigningAlgorithm =
  webcrypto.AlgorithmIdentifier | webcrypto.EcdsaParams | webcrypto.RsaHashedKeyGenParams;
type KeySpec = "P-256" | "P-384" | "P-521" | "RSA-2048" | "RSA-1024" | "Ed25519";

async function keys(spec: KeySpec): Promise<{ keys: CryptoKeyPair; signingAlgorithm: SigningAlgorithm }> {
  if (spec.startsWith("P-")) {
    const alg = { name: "ECDSA", namedCurve: spec };
    return {
      keys: await crypto.subtle.generateKey(alg, true, ["sign", "verify"]),
      signingAlgorithm: { name: "ECDSA", hash: "SHA-256" },
    };
  }
  if (spec === "Ed25519")
    return {
      keys: (await crypto.subtle.generateKey({ name: "Ed25519" }, true, [
        "sign",
        "verify",
      ])) as unknown as CryptoKeyPair,
      signingAlgorithm: { name: "Ed25519" },
    };
  const alg = {
    name: "RSASSA-PKCS1-v1_5",
    hash: "SHA-256",
    publicExponent: new Uint8Array([1, 0, 1]),
    modulusLength: spec === "RSA-2048" ? 2048 : 1024,
  };
  return { keys: await crypto.subtle.generateKey(alg, true, ["sign", "verify"]), signingAlgorithm: alg };
}

interface RequestSpec {
  readonly subject?: string;
  readonly dns?: readonly string[];
  readonly ips?: readonly string[];
  readonly emails?: readonly string[];
  readonly key?: KeySpec;
  /** Adds a basicConstraints CA:true extension request. */
  readonly caExtension?: boolean;
}

/** A CSR built with @peculiar/x509 (independent of the provider's own DER writer). */
async function request(spec: RequestSpec = {}): Promise<string> {
  const { keys: pair, signingAlgorithm } = await keys(spec.key ?? "P-256");
  const names = [
    ...(spec.dns ?? ["vn-1"]).map((value) => ({ type: "dns" as const, value })),
    ...(spec.ips ?? ["10.0.0.5"]).map((value) => ({ type: "ip" as const, value })),
    ...(spec.emails ?? []).map((value) => ({ type: "email" as const, value })),
  ];
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name: spec.subject ?? "O=system:nodes, CN=system:node:vn-1",
    keys: pair,
    signingAlgorithm,
    extensions: [
      ...(names.length ? [new x509.SubjectAlternativeNameExtension(names)] : []),
      ...(spec.caExtension ? [new x509.BasicConstraintsExtension(true)] : []),
    ],
  });
  return Buffer.from(csr.toString("pem")).toString("base64");
}

const csr = async (over: Partial<CsrUnderReview> & { spec?: RequestSpec } = {}): Promise<CsrUnderReview> => ({
  signerName: over.signerName ?? KUBELET_SERVING_SIGNER,
  username: over.username ?? SA,
  usages: over.usages ?? USAGES,
  request: over.request ?? (await request(over.spec)),
});

describe("reviewServingCsr", () => {
  it("approves the provider's own CSR (csr.ts) for its node and advertised address", async () => {
    const { csrPem } = await servingCsr("vn-1", { dns: ["vn-1"], ips: ["10.0.0.5", "fd00:0:0:0:0:0:0:5"] });
    const own = await csr({ request: Buffer.from(csrPem).toString("base64") });
    expect(claimedNode(own)).toBe("vn-1");
    expect(await reviewServingCsr(own, policy, facts)).toEqual({ approve: true, node: "vn-1" });
  });

  const approved: [string, Partial<CsrUnderReview> & { spec?: RequestSpec }][] = [
    ["ECDSA P-384", { spec: { key: "P-384" } }],
    [
      "RSA 2048 with key encipherment",
      { spec: { key: "RSA-2048" }, usages: [...USAGES, "key encipherment"] },
    ],
    ["RSA 2048 without key encipherment", { spec: { key: "RSA-2048" } }],
    ["only an IP SAN", { spec: { dns: [] } }],
    ["usages in another order", { usages: ["server auth", "digital signature"] }],
  ];
  it.each(approved)("approves %s", async (_, over) => {
    expect(await reviewServingCsr(await csr(over), policy, facts)).toMatchObject({ approve: true });
  });

  // Each row breaks one rule; the reason must name it.
  const refused: [string, Partial<CsrUnderReview> & { spec?: RequestSpec }, NodeFacts | undefined, RegExp][] =
    [
      ["another signer", { signerName: "kubernetes.io/kube-apiserver-client-kubelet" }, facts, /signer/],
      ["another ServiceAccount", { username: "system:serviceaccount:team-a:default" }, facts, /requested by/],
      ["a real kubelet", { username: "system:node:worker-1" }, facts, /requested by system:node:worker-1/],
      [
        "a node of another release",
        { spec: { subject: "O=system:nodes, CN=system:node:worker-1", dns: ["worker-1"] } },
        facts,
        /node worker-1 is not one of this release's/,
      ],
      ["a Node that does not exist", {}, undefined, /not registered as a virtual node/],
      [
        "a Node that is not virtual",
        {},
        { ...facts, isVirtualNode: false },
        /not registered as a virtual node/,
      ],
      ["another node's IP", { spec: { ips: ["10.0.0.99"] } }, facts, /IP SAN 10.0.0.99/],
      [
        "the node's name as an IP of another node",
        { spec: { ips: ["10.0.0.5", "10.1.1.1"] } },
        facts,
        /10.1.1.1/,
      ],
      ["another DNS name", { spec: { dns: ["vn-1", "kubernetes.default.svc"] } }, facts, /dns:kubernetes/],
      ["an email SAN", { spec: { emails: ["a@example.com"] } }, facts, /email:a@example.com/],
      ["no SAN at all", { spec: { dns: [], ips: [] } }, facts, /no DNS or IP/],
      ["no O", { spec: { subject: "CN=system:node:vn-1" } }, facts, /subject/],
      ["O=system:masters", { spec: { subject: "O=system:masters, CN=system:node:vn-1" } }, facts, /subject/],
      [
        "two O",
        { spec: { subject: "O=system:nodes, O=system:masters, CN=system:node:vn-1" } },
        facts,
        /subject/,
      ],
      ["an extra OU", { spec: { subject: "O=system:nodes, OU=x, CN=system:node:vn-1" } }, facts, /subject/],
      ["a CN that is not a node", { spec: { subject: "O=system:nodes, CN=vn-1" } }, facts, /subject/],
      ["client auth", { usages: [...USAGES, "client auth"] }, facts, /usages/],
      ["server auth only", { usages: ["server auth"] }, facts, /usages/],
      ["a repeated usage", { usages: ["digital signature", "server auth", "server auth"] }, facts, /usages/],
      ["key encipherment on an EC key", { usages: [...USAGES, "key encipherment"] }, facts, /usages/],
      ["RSA 1024", { spec: { key: "RSA-1024" } }, facts, /RSA key of 1024 bits/],
      ["ECDSA P-521", { spec: { key: "P-521" } }, facts, /curve P-521/],
      ["Ed25519", { spec: { key: "Ed25519" } }, facts, /key type Ed25519/],
      ["a CA extension", { spec: { caExtension: true } }, facts, /extension 2.5.29.19/],
      ["garbage", { request: Buffer.from("not a csr").toString("base64") }, facts, /not a PEM PKCS#10/],
    ];
  it.each(refused)("refuses %s", async (_, over, nodeFacts, reason) => {
    const decision = await reviewServingCsr(await csr(over), policy, nodeFacts);
    expect(decision.approve).toBe(false);
    expect(decision.approve ? [] : decision.reasons.join("; ")).toMatch(reason);
  });

  it("refuses a request whose signature does not match its key", async () => {
    const good = Buffer.from(await request(), "base64").toString("utf8");
    const der = Buffer.from(good.replace(/-----[^-]+-----/g, "").replace(/\s/g, ""), "base64");
    der[der.length - 5]! ^= 0xff; // inside the signature
    const pem = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString("base64")}\n-----END CERTIFICATE REQUEST-----\n`;
    const decision = await reviewServingCsr(
      await csr({ request: Buffer.from(pem).toString("base64") }),
      policy,
      facts,
    );
    expect(decision).toMatchObject({ approve: false, reasons: ["the request's signature does not verify"] });
  });

  it("lists every broken rule", async () => {
    const decision = await reviewServingCsr(
      await csr({ username: "someone", usages: ["client auth"], spec: { ips: ["192.0.2.1"] } }),
      policy,
      facts,
    );
    expect(decision.approve ? [] : decision.reasons).toHaveLength(3);
  });
});
