/**
 * The approval decision for a kubelet serving certificate (signer
 * `kubernetes.io/kubelet-serving`) of a virtual node: pure, given the CSR, the policy of the
 * release and what the cluster says about the node. The apiserver trusts any certificate of
 * that signer for the address it dials, so this is a security boundary (docs/kubelet-api.md,
 * "Who approves the CSR"). The shape rules follow Kubernetes' own validation of that signer
 * (`ValidateKubeletServingCSR` in k8s.io/api certificates helpers): subject `O=system:nodes,
 * CN=system:node:<n>`, at least one DNS or IP SAN, no email or URI SAN, usages exactly
 * {digital signature, server auth} (plus key encipherment for RSA keys).
 */
import "reflect-metadata";
import { BlockList, isIP, isIPv6 } from "node:net";
import * as x509 from "@peculiar/x509";

export const KUBELET_SERVING_SIGNER = "kubernetes.io/kubelet-serving";

/** The fields of a `certificates.k8s.io/v1` CertificateSigningRequest the decision reads. */
export interface CsrUnderReview {
  readonly signerName: string;
  /** `spec.username`: who created the CSR, filled in by the apiserver. */
  readonly username: string;
  readonly usages: readonly string[];
  /** `spec.request`: base64 of the PEM `CERTIFICATE REQUEST`. */
  readonly request: string;
}

/** What this release owns: from the approver's configuration. */
export interface ApprovalPolicy {
  /** The virtual nodes of the release (the chart's `nodes[].name`). */
  readonly nodeNames: ReadonlySet<string>;
  /** The only identity allowed to request: `system:serviceaccount:<ns>:<release>`. */
  readonly requester: string;
}

/** What the cluster says about the node named in the subject (looked up by the caller). */
export interface NodeFacts {
  /** Whether the Node exists and is labelled `type=virtual-kubelet`. */
  readonly isVirtualNode: boolean;
  /**
   * The addresses the release advertises for the node: the Node's `status.addresses`, narrowed
   * to the load-balancer IPs of the node's kubelet Service when the node has one.
   */
  readonly addresses: readonly string[];
}

export type Decision =
  | { readonly approve: true; readonly node: string }
  | { readonly approve: false; readonly node: string | undefined; readonly reasons: readonly string[] };

const NODE_PREFIX = "system:node:";
const SUBJECT_ALT_NAME = "2.5.29.17";
const SERVING = "server auth";
const SIGNING = "digital signature";
const ENCIPHERMENT = "key encipherment";

/** The node a CSR claims to be (`CN=system:node:<n>`), or undefined when it names none or cannot be parsed. */
export function claimedNode(csr: Pick<CsrUnderReview, "request">): string | undefined {
  const parsed = parse(csr.request);
  if (typeof parsed === "string") return undefined;
  const cn = parsed.subjectName.getField("CN");
  return cn.length === 1 && cn[0]!.startsWith(NODE_PREFIX) ? cn[0]!.slice(NODE_PREFIX.length) : undefined;
}

function parse(request: string): x509.Pkcs10CertificateRequest | string {
  try {
    return new x509.Pkcs10CertificateRequest(Buffer.from(request, "base64").toString("utf8"));
  } catch (error) {
    return `the request is not a PEM PKCS#10 CSR (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** BlockList compares addresses in their binary form: `fd00::1` matches `fd00:0:0:0:0:0:0:1`. */
const family = (ip: string): "ipv4" | "ipv6" => (isIPv6(ip) ? "ipv6" : "ipv4");

function keyProblem(request: x509.Pkcs10CertificateRequest): { rsa: boolean; problem?: string } {
  const algorithm = request.publicKey.algorithm as {
    name: string;
    namedCurve?: string;
    modulusLength?: number;
  };
  if (algorithm.name === "ECDSA") {
    return ["P-256", "P-384"].includes(algorithm.namedCurve ?? "")
      ? { rsa: false }
      : { rsa: false, problem: `ECDSA curve ${algorithm.namedCurve ?? "unknown"} (P-256 or P-384 only)` };
  }
  if (algorithm.name === "RSASSA-PKCS1-v1_5" || algorithm.name === "RSA-PSS") {
    const bits = algorithm.modulusLength ?? 0;
    return bits >= 2048 ? { rsa: true } : { rsa: true, problem: `RSA key of ${bits} bits (2048 at least)` };
  }
  return { rsa: false, problem: `key type ${algorithm.name} (ECDSA or RSA only)` };
}

function usageProblem(usages: readonly string[], rsa: boolean): string | undefined {
  const set = new Set(usages);
  const exact = (wanted: readonly string[]): boolean =>
    set.size === usages.length && set.size === wanted.length && wanted.every((u) => set.has(u));
  if (exact([SIGNING, SERVING])) return undefined;
  if (rsa && exact([SIGNING, ENCIPHERMENT, SERVING])) return undefined;
  return `usages [${usages.join(", ")}] (exactly [${SIGNING}, ${SERVING}]${rsa ? `, optionally ${ENCIPHERMENT}` : ""})`;
}

/**
 * Whether to approve `csr`. `facts` is what the caller found for the node the CSR names
 * (`claimedNode`), undefined when there is no such Node. Never throws: an unparsable request is
 * a reason. Every failed rule is listed, so a log line says everything that was wrong.
 */
export async function reviewServingCsr(
  csr: CsrUnderReview,
  policy: ApprovalPolicy,
  facts: NodeFacts | undefined,
): Promise<Decision> {
  const reasons: string[] = [];
  if (csr.signerName !== KUBELET_SERVING_SIGNER)
    reasons.push(`signer ${csr.signerName} (only ${KUBELET_SERVING_SIGNER})`);
  if (csr.username !== policy.requester)
    reasons.push(`requested by ${csr.username} (only ${policy.requester})`);
  const request = parse(csr.request);
  if (typeof request === "string") return { approve: false, node: undefined, reasons: [...reasons, request] };

  if (!(await request.verify().catch(() => false))) reasons.push("the request's signature does not verify");
  const key = keyProblem(request);
  if (key.problem) reasons.push(key.problem);
  const usages = usageProblem(csr.usages, key.rsa);
  if (usages) reasons.push(usages);

  // Subject: exactly one O=system:nodes and one CN=system:node:<n>, nothing else.
  const node = claimedNode(csr);
  const rdns = request.subjectName.toJSON().flatMap((rdn) => Object.entries(rdn));
  const subjectOk =
    node !== undefined &&
    node.length > 0 &&
    rdns.length === 2 &&
    rdns.every(([type, values]) =>
      type === "O"
        ? values.length === 1 && values[0] === "system:nodes"
        : type === "CN" && values.length === 1,
    );
  if (!subjectOk) reasons.push(`subject ${request.subject} (exactly O=system:nodes, CN=system:node:<node>)`);
  if (node !== undefined && !policy.nodeNames.has(node))
    reasons.push(`node ${node} is not one of this release's`);
  else if (node !== undefined && !facts?.isVirtualNode)
    reasons.push(`node ${node} is not registered as a virtual node (type=virtual-kubelet)`);

  // Extensions: only the SAN. SANs: DNS <n> and the addresses the node advertises, nothing else.
  for (const extension of request.extensions)
    if (extension.type !== SUBJECT_ALT_NAME) reasons.push(`extension ${extension.type} requested`);
  const san = request.extensions.find((e) => e.type === SUBJECT_ALT_NAME);
  const advertised = new BlockList();
  for (const address of facts?.addresses ?? [])
    if (isIP(address)) advertised.addAddress(address, family(address));
  const names = san ? new x509.SubjectAlternativeNameExtension(san.rawData).names.toJSON() : [];
  if (names.length === 0) reasons.push("no DNS or IP subject alternative name");
  for (const name of names) {
    if (name.type === "dns" && name.value === node) continue;
    if (name.type === "ip" && isIP(name.value) && advertised.check(name.value, family(name.value))) continue;
    reasons.push(
      name.type === "ip"
        ? `IP SAN ${name.value} is not an address the node advertises`
        : `SAN ${name.type}:${name.value} (only DNS ${node ?? "<node>"} and the node's addresses)`,
    );
  }
  return reasons.length === 0 ? { approve: true, node: node! } : { approve: false, node, reasons };
}
