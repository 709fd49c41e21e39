/**
 * Approves the kubelet serving certificates of this release's virtual nodes, and nothing else.
 * Watches CertificateSigningRequests of signer `kubernetes.io/kubelet-serving`, looks up the
 * Node the CSR names (and the node's kubelet Service, whose load-balancer IP is the address the
 * provider advertises), asks `reviewServingCsr` and approves when every rule holds. CSRs it does
 * not approve stay Pending for another approver: it never denies, because in a cluster with real
 * kubelets most CSRs of that signer are not its to judge. Runs as its own Deployment with its own
 * ServiceAccount (`main.ts --approve-csrs`, docs/kubelet-api.md).
 */
import { readFile } from "node:fs/promises";
import { isIP } from "node:net";
import type { V1CertificateSigningRequest, V1Node, V1Service } from "@kubernetes/client-node";
import { ConfigError } from "../config/errors.ts";
import type { ConfigProblem } from "../config/types.ts";
import { parseYaml } from "../config/yaml.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { loadKubeCredentials } from "../kube/credentials.ts";
import { KubeHttp } from "../kube/http.ts";
import { Reflector } from "../kube/reflector.ts";
import {
  type ApprovalPolicy,
  type NodeFacts,
  KUBELET_SERVING_SIGNER,
  claimedNode,
  reviewServingCsr,
} from "../kubelet/csr-approval.ts";
import { type Level, type Logger, createLogger } from "../util/log.ts";

const CSR_PATH = "/apis/certificates.k8s.io/v1/certificatesigningrequests";

/** The approver's configuration file (`kind: CsrApproverConfig`, YAML or JSON). */
export interface CsrApproverConfig {
  /** The provider's user as the apiserver names it: in a cluster `system:serviceaccount:<namespace>:<name>`. */
  readonly requester: string;
  /** The release's virtual nodes. Entries are the chart's `nodes` values; only `name` is read. */
  readonly nodes: readonly { readonly name: string }[];
  /**
   * Where each node's kubelet Service is: `<namespace>/<namePrefix><node>`. When set, a node's
   * IP SANs must also be load-balancer IPs of that Service. Unset: the Node's addresses only.
   */
  readonly kubeletServices?: { readonly namespace: string; readonly namePrefix: string };
  /** Unset: in-cluster credentials. */
  readonly kubeconfig?: string;
  /** @default 30 */
  readonly resyncSeconds?: number;
  /** @default "info" */
  readonly logLevel?: Level;
}

/** Reads and checks the configuration file. @throws ConfigError listing every problem */
export async function loadApproverConfig(path: string): Promise<CsrApproverConfig> {
  const text = await readFile(path, "utf8").catch((error: unknown) => {
    throw new ConfigError([{ path, message: `cannot read: ${String(error)}` }]);
  });
  const raw = (await parseYaml(text)) as Record<string, unknown> | null;
  const problems: ConfigProblem[] = [];
  const doc = raw ?? {};
  if (doc["kind"] !== "CsrApproverConfig")
    problems.push({ path: "kind", message: "must be CsrApproverConfig" });
  const requester = doc["requester"];
  if (typeof requester !== "string" || requester === "")
    problems.push({
      path: "requester",
      message: "must name the provider's user (system:serviceaccount:<ns>:<name>)",
    });
  const nodes = doc["nodes"];
  if (!Array.isArray(nodes)) problems.push({ path: "nodes", message: "must be a list" });
  else
    nodes.forEach((n: unknown, i) => {
      const name = (n as { name?: unknown } | null)?.name;
      if (typeof name !== "string" || !/^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/.test(name))
        problems.push({ path: `nodes[${i}].name`, message: "must be a Node name" });
    });
  const services = doc["kubeletServices"] as Record<string, unknown> | undefined;
  if (
    services !== undefined &&
    (typeof services["namespace"] !== "string" || typeof services["namePrefix"] !== "string")
  )
    problems.push({ path: "kubeletServices", message: "needs namespace and namePrefix (strings)" });
  const level = doc["logLevel"] ?? "info";
  if (!["debug", "info", "warn", "error"].includes(level as string))
    problems.push({ path: "logLevel", message: "must be debug, info, warn or error" });
  if (problems.length > 0) throw new ConfigError(problems);
  return doc as unknown as CsrApproverConfig;
}

export interface CsrApproverOptions {
  readonly http: KubeHttp;
  readonly config: CsrApproverConfig;
  readonly logger: Logger;
}

type Csr = V1CertificateSigningRequest;

const decided = (csr: Csr): boolean =>
  Boolean(csr.status?.certificate) ||
  (csr.status?.conditions ?? []).some((c) => ["Approved", "Denied", "Failed"].includes(c.type));

export class CsrApprover {
  private readonly http: KubeHttp;
  private readonly logger: Logger;
  private readonly policy: ApprovalPolicy;
  private readonly services: CsrApproverConfig["kubeletServices"];
  private readonly reflector: Reflector<Csr>;
  /** Names waiting for a review, in arrival order; reviewed one at a time. */
  private readonly queue = new Set<string>();
  /** The last logged outcome per CSR, so a resync does not repeat the same line. */
  private readonly outcomes = new Map<string, string>();
  private running: Promise<void> | undefined;
  /** Approvals made, for tests and logs. */
  approvals = 0;

  constructor(options: CsrApproverOptions) {
    this.http = options.http;
    this.logger = options.logger;
    const { config } = options;
    this.policy = { nodeNames: new Set(config.nodes.map((n) => n.name)), requester: config.requester };
    this.services = config.kubeletServices;
    this.reflector = new Reflector<Csr>(
      this.http,
      {
        path: CSR_PATH,
        fieldSelector: `spec.signerName=${KUBELET_SERVING_SIGNER}`,
        resyncMs: (config.resyncSeconds ?? 30) * 1000,
        stallMs: 5 * 60_000,
        log: this.logger.warn,
      },
      {
        upsert: (csr) => this.enqueue(csr),
        remove: (csr) => this.outcomes.delete(csr.metadata?.name ?? ""),
      },
    );
  }

  start(): void {
    this.reflector.start();
  }

  async stop(): Promise<void> {
    await this.reflector.stop();
    await this.running;
  }

  private enqueue(csr: Csr): void {
    const name = csr.metadata?.name;
    if (!name || decided(csr)) return;
    this.queue.add(name);
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  private async drain(): Promise<void> {
    for (const name of this.queue) {
      this.queue.delete(name);
      const csr = this.reflector.get(name);
      if (!csr || decided(csr)) continue;
      await this.review(csr).catch((error: unknown) =>
        this.logger.warn("CSR review failed; retried at the next resync", {
          csr: name,
          error: String(error),
        }),
      );
    }
  }

  /** What the cluster says about `node`, or undefined when it is not ours or does not exist. */
  private async facts(node: string | undefined): Promise<NodeFacts | undefined> {
    if (node === undefined || !this.policy.nodeNames.has(node)) return undefined;
    const notFound = (error: unknown): undefined => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    };
    const registered = await this.http
      .request<V1Node>("GET", `/api/v1/nodes/${encodeURIComponent(node)}`)
      .catch(notFound);
    if (!registered) return undefined;
    let addresses = (registered.status?.addresses ?? []).map((a) => a.address).filter((a) => isIP(a) !== 0);
    if (this.services) {
      const { namespace, namePrefix } = this.services;
      const service = await this.http
        .request<V1Service>("GET", `/api/v1/namespaces/${namespace}/services/${namePrefix}${node}`)
        .catch(notFound);
      const lb = new Set((service?.status?.loadBalancer?.ingress ?? []).map((i) => i.ip).filter(Boolean));
      addresses = addresses.filter((a) => lb.has(a));
    }
    return { isVirtualNode: registered.metadata?.labels?.["type"] === "virtual-kubelet", addresses };
  }

  private async review(csr: Csr): Promise<void> {
    const name = csr.metadata!.name!;
    const spec = {
      signerName: csr.spec.signerName,
      username: csr.spec.username ?? "",
      usages: csr.spec.usages ?? [],
      request: csr.spec.request,
    };
    const decision = await reviewServingCsr(spec, this.policy, await this.facts(claimedNode(spec)));
    if (!decision.approve) {
      const outcome = decision.reasons.join("; ");
      if (this.outcomes.get(name) !== outcome) {
        this.outcomes.set(name, outcome);
        this.logger.info("CSR left unapproved", {
          csr: name,
          node: decision.node,
          reasons: decision.reasons,
        });
      }
      return;
    }
    const approved: Csr = {
      ...csr,
      status: {
        ...csr.status,
        conditions: [
          ...(csr.status?.conditions ?? []),
          {
            type: "Approved",
            status: "True",
            reason: "OkeVirtualNodeServingCertificate",
            message: `subject, SANs, usages and requester match virtual node ${decision.node} of this release`,
          },
        ],
      },
    };
    try {
      await this.http.request("PUT", `${CSR_PATH}/${encodeURIComponent(name)}/approval`, { body: approved });
    } catch (error) {
      // Changed meanwhile: the watch delivers the new version, which is reviewed again.
      if (error instanceof ConflictError) return;
      throw error;
    }
    this.approvals++;
    this.outcomes.set(name, "approved");
    this.logger.info("CSR approved", { csr: name, node: decision.node });
  }
}

/** The `--approve-csrs` mode of the image: runs until SIGTERM. */
export async function runCsrApprover(configPath: string): Promise<void> {
  const config = await loadApproverConfig(configPath);
  const logger = createLogger(config.logLevel ?? "info", { component: "csr-approver" });
  const kubeConfig = await loadKubeCredentials(config.kubeconfig);
  const http = new KubeHttp(kubeConfig, { qps: 5, burst: 10 });
  const approver = new CsrApprover({ http, config, logger });
  approver.start();
  logger.info("approving kubelet serving certificates", {
    nodes: config.nodes.map((n) => n.name),
    requester: config.requester,
  });
  const stop = (signal: string): void => {
    logger.info("stopping", { signal });
    void approver.stop().then(() => {
      http.close();
      process.exit(0);
    });
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
