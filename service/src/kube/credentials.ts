/**
 * The provider's Kubernetes credentials without loading `@kubernetes/client-node` (issue 18):
 * that package's module graph (the whole generated API) costs about 80 MiB of resident memory
 * and 30 MiB of heap, for a class the provider uses only to read a kubeconfig. What a node
 * agent meets is read here: the in-cluster service account (the chart), and kubeconfig files
 * with static credentials (client certificate, token, token file; CA data or file). A kubeconfig
 * whose user runs an exec plugin or an auth provider (e.g. `oci ce cluster generate-token`) is
 * handed to client-node's KubeConfig, loaded only then.
 */
import { readFile } from "node:fs/promises";
import type { RequestOptions } from "node:https";
import { isIPv6 } from "node:net";
import { dirname, resolve } from "node:path";
import { ConfigError } from "../config/errors.ts";
import { parseYaml } from "../config/yaml.ts";

/** The current cluster, named as client-node's `Cluster` names it. */
export interface KubeCluster {
  readonly server: string;
  /** The CA bundle, base64 PEM. */
  readonly caData?: string;
  /** Or a file with the PEM CA bundle. */
  readonly caFile?: string;
}

/** What KubeHttp (and the agent's feed, for the CA) needs of a kubeconfig; client-node's KubeConfig has this shape. */
export interface KubeCredentials {
  getCurrentCluster(): KubeCluster | null;
  /** Sets CA, client certificate and key, and the Authorization header; re-reads token files. */
  applyToHTTPSOptions(options: RequestOptions): Promise<void>;
}

/** The service account's files in every pod (kubelet-projected). */
export const SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";

interface Named<T> {
  readonly name?: string;
  readonly cluster?: T;
  readonly user?: T;
  readonly context?: T;
}

interface KubeconfigCluster {
  readonly server?: string;
  readonly "certificate-authority"?: string;
  readonly "certificate-authority-data"?: string;
  readonly "insecure-skip-tls-verify"?: boolean;
  readonly "tls-server-name"?: string;
}

interface KubeconfigUser {
  readonly "client-certificate"?: string;
  readonly "client-certificate-data"?: string;
  readonly "client-key"?: string;
  readonly "client-key-data"?: string;
  readonly token?: string;
  readonly tokenFile?: string;
  readonly exec?: unknown;
  readonly "auth-provider"?: unknown;
  readonly username?: string;
  readonly password?: string;
}

interface Kubeconfig {
  readonly "current-context"?: string;
  readonly contexts?: readonly Named<{ cluster?: string; user?: string }>[];
  readonly clusters?: readonly Named<KubeconfigCluster>[];
  readonly users?: readonly Named<KubeconfigUser>[];
}

/** Static credentials: fixed TLS material, and a token that may come from a file (re-read on each apply). */
class StaticCredentials implements KubeCredentials {
  private readonly cluster: KubeCluster;
  private readonly tls: Pick<RequestOptions, "ca" | "cert" | "key" | "rejectUnauthorized" | "servername">;
  private readonly authorization: () => Promise<string | undefined>;

  constructor(
    cluster: KubeCluster,
    tls: StaticCredentials["tls"],
    authorization: () => Promise<string | undefined>,
  ) {
    this.cluster = cluster;
    this.tls = tls;
    this.authorization = authorization;
  }

  getCurrentCluster(): KubeCluster {
    return this.cluster;
  }

  async applyToHTTPSOptions(options: RequestOptions): Promise<void> {
    Object.assign(options, this.tls);
    const authorization = await this.authorization();
    if (authorization) options.headers = { ...options.headers, authorization };
  }
}

const decode = (data: string): Buffer => Buffer.from(data, "base64");

/** The in-cluster service account, as client-go's rest.InClusterConfig reads it. */
async function inCluster(dir = SERVICE_ACCOUNT_DIR): Promise<KubeCredentials> {
  const host = process.env["KUBERNETES_SERVICE_HOST"];
  const port = process.env["KUBERNETES_SERVICE_PORT"];
  if (!host || !port)
    throw new ConfigError([
      {
        path: "kubeconfig",
        message:
          "not running in a cluster (KUBERNETES_SERVICE_HOST/PORT unset): set kubeconfig to a kubeconfig file",
      },
    ]);
  const caFile = `${dir}/ca.crt`;
  const ca = await readFile(caFile);
  const server = `https://${isIPv6(host) ? `[${host}]` : host}:${port}`;
  return new StaticCredentials({ server, caFile }, { ca }, async () => {
    // The kubelet rotates the projected token: read it each time the caller refreshes.
    const token = (await readFile(`${dir}/token`, "utf8")).trim();
    return `Bearer ${token}`;
  });
}

function find<T>(list: readonly Named<T>[] | undefined, name: string | undefined, key: keyof Named<T>): T {
  const entry = list?.find((e) => e.name === name)?.[key] as T | undefined;
  if (!entry) throw new Error(`kubeconfig: no ${String(key)} named "${name}"`);
  return entry;
}

/** A kubeconfig file's current context. */
async function fromFile(path: string): Promise<KubeCredentials> {
  const text = await readFile(path, "utf8");
  const config = (await parseYaml(text)) as Kubeconfig;
  const context = find(config.contexts, config["current-context"], "context");
  const user = find(config.users, context.user, "user");
  if (user.exec || user["auth-provider"]) {
    // Credential plugins: client-node runs them (loaded only for such a kubeconfig).
    const { KubeConfig } = await import("@kubernetes/client-node");
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(text);
    return kubeConfig;
  }
  const cluster = find(config.clusters, context.cluster, "cluster");
  if (!cluster.server) throw new Error(`kubeconfig: cluster "${context.cluster}" has no server`);
  const base = dirname(resolve(path));
  const caFile = cluster["certificate-authority"] && resolve(base, cluster["certificate-authority"]);
  const material = async (data: string | undefined, file: string | undefined): Promise<Buffer | undefined> =>
    data ? decode(data) : file ? readFile(resolve(base, file)) : undefined;
  const ca = await material(cluster["certificate-authority-data"], cluster["certificate-authority"]);
  const cert = await material(user["client-certificate-data"], user["client-certificate"]);
  const key = await material(user["client-key-data"], user["client-key"]);
  const tls = {
    ...(ca ? { ca } : {}),
    ...(cert ? { cert } : {}),
    ...(key ? { key } : {}),
    ...(cluster["insecure-skip-tls-verify"] ? { rejectUnauthorized: false } : {}),
    ...(cluster["tls-server-name"] ? { servername: cluster["tls-server-name"] } : {}),
  };
  const { token, tokenFile, username, password } = user;
  const where = {
    server: cluster.server,
    ...(cluster["certificate-authority-data"] ? { caData: cluster["certificate-authority-data"] } : {}),
    ...(caFile && !cluster["certificate-authority-data"] ? { caFile } : {}),
  };
  return new StaticCredentials(where, tls, async () => {
    if (token) return `Bearer ${token}`;
    if (tokenFile) return `Bearer ${(await readFile(resolve(base, tokenFile), "utf8")).trim()}`;
    if (username !== undefined && password !== undefined)
      return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
    return undefined;
  });
}

/**
 * The kubeconfig file's current context, or the in-cluster service account when `path` is unset
 * (its files in `serviceAccountDir`, default {@link SERVICE_ACCOUNT_DIR}). Throws ConfigError
 * outside a cluster without a path, and Error for an unreadable or incomplete kubeconfig.
 */
export function loadKubeCredentials(
  path: string | undefined,
  options: { readonly serviceAccountDir?: string } = {},
): Promise<KubeCredentials> {
  return path ? fromFile(path) : inCluster(options.serviceAccountDir);
}
