/**
 * The pod agent process: `node service/src/main.ts --agent`, configured by env (set by the
 * translation when it adds the agent container). Chooses its data path (./data-path.ts), starts
 * the loopback DNS server and either the Service proxies or the nftables rules, follows the feed,
 * and serves readiness on `http://<dns address>:<OKEVN_AGENT_HEALTH_PORT>/readyz` (the body names
 * the data path). Exit 2 on bad configuration or a required privileged path that cannot run; a
 * lost feed never exits (the last table keeps being served).
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { type PodPort, PodAgent } from "./agent.ts";
import { AGENT_POD_UID_ENV, AGENT_TOKEN_ENV } from "./credential.ts";
import {
  chooseDataPath,
  DATA_PATH_MODES,
  type DataPathChoice,
  type DataPathMode,
  DataPathUnavailableError,
  ownStatus,
} from "./data-path.ts";
import { AgentDnsServer } from "./dns.ts";
import { FeedClient } from "./feed-client.ts";
import { AGENT_DNS_ADDRESS } from "./loopback.ts";
import { NftablesDataPath, type NftRunner, nftRunner } from "./nftables.ts";
import { ServiceProxy } from "./proxy.ts";

export const AGENT_ENV = {
  feedUrls: "OKEVN_FEED_URLS",
  feedCa: "OKEVN_FEED_CA",
  feedCaFile: "OKEVN_FEED_CA_FILE",
  clusterDomain: "OKEVN_CLUSTER_DOMAIN",
  upstreamDns: "OKEVN_UPSTREAM_DNS",
  podPorts: "OKEVN_POD_PORTS",
  dnsAddress: "OKEVN_DNS_ADDRESS",
  dnsPort: "OKEVN_DNS_PORT",
  healthPort: "OKEVN_AGENT_HEALTH_PORT",
  dataPath: "OKEVN_DATA_PATH",
  clusterDns: "OKEVN_CLUSTER_DNS",
} as const;

const SERVICE_ACCOUNT_CA = "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt";
/** Readiness turns false after this long without a successful poll. */
const STALE_AFTER_MS = 60_000;

export class AgentConfigError extends Error {
  override readonly name = "AgentConfigError";
}

export interface AgentSettings {
  readonly feedUrls: string[];
  readonly podUid: string;
  readonly token: string;
  readonly ca: string | undefined;
  readonly clusterDomain: string;
  readonly upstreams: string[];
  readonly podPorts: PodPort[];
  readonly dnsAddress: string;
  readonly dnsPort: number;
  readonly healthPort: number;
  /**
   * `unprivileged` unless OKEVN_DATA_PATH says otherwise: an agent run by hand as root on a machine
   * must never rewrite that machine's firewall because it happens to hold CAP_NET_ADMIN.
   */
  readonly dataPath: DataPathMode;
  /** The kube-dns ClusterIP that the privileged path sends to the agent's DNS server. */
  readonly clusterDns: string | undefined;
}

const list = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Settings from env; throws AgentConfigError naming the variable at fault. */
export function agentSettings(
  env: NodeJS.ProcessEnv,
  readFile = (path: string) => readFileSync(path, "utf8"),
): AgentSettings {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new AgentConfigError(`${name} is required`);
    return value;
  };
  const feedUrls = list(required(AGENT_ENV.feedUrls));
  for (const url of feedUrls)
    if (!/^https?:\/\/[^/]+\/?$/.test(url))
      throw new AgentConfigError(`${AGENT_ENV.feedUrls}: not a base URL: ${url}`);
  const podPorts = list(env[AGENT_ENV.podPorts]).map((item): PodPort => {
    const match = /^(\d{1,5})\/(TCP|UDP)$/.exec(item);
    if (!match || Number(match[1]) > 65535)
      throw new AgentConfigError(`${AGENT_ENV.podPorts}: expected <port>/<TCP|UDP>, got ${item}`);
    return { port: Number(match[1]), protocol: match[2] as "TCP" | "UDP" };
  });
  const port = (name: string, fallback: number): number => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1 || value > 65535)
      throw new AgentConfigError(`${name}: not a port: ${env[name]}`);
    return value;
  };
  const dataPath = (env[AGENT_ENV.dataPath] || "unprivileged") as DataPathMode;
  if (!DATA_PATH_MODES.includes(dataPath))
    throw new AgentConfigError(
      `${AGENT_ENV.dataPath}: expected one of ${DATA_PATH_MODES.join(", ")}, got ${dataPath}`,
    );
  const clusterDns = env[AGENT_ENV.clusterDns] || undefined;
  if (clusterDns !== undefined && !/^\d{1,3}(\.\d{1,3}){3}$/.test(clusterDns))
    throw new AgentConfigError(`${AGENT_ENV.clusterDns}: not an IPv4 address: ${clusterDns}`);
  let ca: string | undefined;
  if (env[AGENT_ENV.feedCa]) ca = env[AGENT_ENV.feedCa];
  else if (feedUrls.some((u) => u.startsWith("https:"))) {
    const file = env[AGENT_ENV.feedCaFile] ?? SERVICE_ACCOUNT_CA;
    try {
      ca = readFile(file);
    } catch (error) {
      throw new AgentConfigError(`cannot read the feed CA ${file}: ${(error as Error).message}`);
    }
  }
  return {
    feedUrls,
    podUid: required(AGENT_POD_UID_ENV),
    token: required(AGENT_TOKEN_ENV),
    ca,
    clusterDomain: env[AGENT_ENV.clusterDomain] || "cluster.local",
    upstreams: list(env[AGENT_ENV.upstreamDns]),
    podPorts,
    dnsAddress: env[AGENT_ENV.dnsAddress] || AGENT_DNS_ADDRESS,
    dnsPort: port(AGENT_ENV.dnsPort, 53),
    healthPort: port(AGENT_ENV.healthPort, 10_253),
    dataPath,
    clusterDns,
  };
}

export interface RunningAgent {
  readonly agent: PodAgent;
  readonly feed: FeedClient;
  readonly proxy: ServiceProxy;
  readonly dataPath: DataPathChoice;
  /** The privileged path's rules, when it runs. */
  readonly nftables: NftablesDataPath | undefined;
  stop(): Promise<void>;
}

/** How the agent reaches the kernel; tests replace them. */
export interface AgentHost {
  readonly status: () => string;
  readonly nft: NftRunner;
}

export async function startAgent(
  settings: AgentSettings,
  log: (message: string, fields?: Record<string, unknown>) => void,
  host: AgentHost = { status: ownStatus, nft: nftRunner() },
): Promise<RunningAgent> {
  const dataPath = await chooseDataPath(settings.dataPath, host);
  log("agent: data path", { ...dataPath });
  const nftables =
    dataPath.path === "privileged"
      ? new NftablesDataPath({
          run: host.nft,
          log,
          ...(settings.clusterDns
            ? {
                dns: {
                  clusterIp: settings.clusterDns,
                  address: settings.dnsAddress,
                  port: settings.dnsPort,
                },
              }
            : {}),
        })
      : undefined;
  // The rules exist (empty, with the DNS redirect) before the first table arrives.
  await nftables?.apply([]);
  const proxy = new ServiceProxy(log);
  const agent = new PodAgent({ proxy, podPorts: settings.podPorts, log, ...(nftables ? { nftables } : {}) });
  const dns = new AgentDnsServer(agent, {
    clusterDomain: settings.clusterDomain,
    upstreams: settings.upstreams,
  });
  await dns.listen(settings.dnsAddress, settings.dnsPort);
  const feed = new FeedClient({
    urls: settings.feedUrls,
    podUid: settings.podUid,
    token: settings.token,
    ...(settings.ca ? { ca: settings.ca } : {}),
    apply: (response) => agent.apply(response),
    log,
  });
  feed.start();
  const health = createServer((req, res) => {
    const stale = feed.staleSinceMs();
    const failure = nftables?.failure;
    const ready = stale !== undefined && stale < STALE_AFTER_MS && failure === undefined;
    res.writeHead(ready ? 200 : 503, { "content-type": "text/plain" });
    res.end(
      `data path: ${dataPath.path} (${dataPath.reason})\n` +
        (failure ? `the newest rules failed to apply; older ones in place: ${failure}\n` : "") +
        (stale === undefined
          ? "no Service table yet\n"
          : ready
            ? `ok: table version ${agent.table.version}, ${agent.table.entries.size} Services\n`
            : `serving the last table (version ${agent.table.version}); no feed for ${Math.round(stale / 1000)} s\n`),
    );
  });
  await new Promise<void>((resolve) => health.listen(settings.healthPort, settings.dnsAddress, resolve));
  log("agent: started", { dns: `${settings.dnsAddress}:${settings.dnsPort}`, feed: settings.feedUrls });
  return {
    agent,
    feed,
    proxy,
    dataPath,
    nftables,
    stop: async () => {
      await feed.stop();
      proxy.close();
      await dns.close();
      health.close();
    },
  };
}

/** The `--agent` mode of the image's entrypoint. */
export async function runAgent(): Promise<void> {
  const log = (message: string, fields?: Record<string, unknown>): void => {
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), message, ...fields })}\n`);
  };
  let settings: AgentSettings;
  try {
    settings = agentSettings(process.env);
  } catch (error) {
    if (!(error instanceof AgentConfigError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
  let running: RunningAgent;
  try {
    running = await startAgent(settings, log);
  } catch (error) {
    if (!(error instanceof DataPathUnavailableError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(2);
  }
  const stop = (): void => void running.stop().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
