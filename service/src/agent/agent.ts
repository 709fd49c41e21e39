/**
 * The pod agent's data paths: keeps its DNS names and either its loopback Service proxies
 * (unprivileged) or its nftables rules (privileged, ./nftables.ts) in step with the table it
 * receives from the provider's feed.
 */
import type { ClusterNames, ClusterRecord } from "./dns.ts";
import { AgentTable, type FeedResponse } from "./feed.ts";
import { LoopbackAllocator } from "./loopback.ts";
import type { NftablesDataPath } from "./nftables.ts";
import type { ListenerSpec, ServiceProxy } from "./proxy.ts";
import {
  backendsFor,
  type Protocol,
  readyAddresses,
  type ServiceEntry,
  type ServicePortEntry,
  serviceKey,
} from "./table.ts";

/** A port the pod's own containers listen on (all addresses), from their `ports` in the pod spec. */
export interface PodPort {
  readonly port: number;
  readonly protocol: Protocol;
}

export interface PortCollision {
  readonly service: string;
  readonly port: number;
  readonly protocol: Protocol;
}

/** Every port of the ClusterIP Services in `entries`, and whether the pod itself listens on it. */
function* clusterIpPorts(
  entries: Iterable<ServiceEntry>,
  podPorts: readonly PodPort[],
): Generator<{ entry: ServiceEntry; key: string; port: ServicePortEntry; own: boolean }> {
  const own = new Set(podPorts.map((p) => `${p.port}/${p.protocol}`));
  for (const entry of entries) {
    if (entry.kind !== "ClusterIP") continue;
    const key = serviceKey(entry.namespace, entry.name);
    for (const port of entry.ports) yield { entry, key, port, own: own.has(`${port.port}/${port.protocol}`) };
  }
}

/**
 * Service ports that equal a port the pod itself listens on: a listener on 127.x.y.z:port would
 * take the port from the application's wildcard bind (socket(7)), so the agent leaves them alone.
 */
export function portCollisions(
  entries: Iterable<ServiceEntry>,
  podPorts: readonly PodPort[],
): PortCollision[] {
  return [...clusterIpPorts(entries, podPorts)]
    .filter((p) => p.own)
    .map(({ key, port }) => ({ service: key, port: port.port, protocol: port.protocol }));
}

/** Listener specs for the ClusterIP Services of `entries`, minus the colliding ports. */
export function listenerSpecs(
  entries: Iterable<ServiceEntry>,
  addresses: LoopbackAllocator,
  podPorts: readonly PodPort[],
): ListenerSpec[] {
  return [...clusterIpPorts(entries, podPorts)]
    .filter((p) => !p.own)
    .map(({ entry, key, port }) => ({
      address: addresses.addressOf(key),
      port: port.port,
      protocol: port.protocol,
      label: `${key}:${port.port}/${port.protocol}`,
      backends: backendsFor(entry, port.name),
    }));
}

export interface PodAgentOptions {
  readonly proxy: ServiceProxy;
  readonly podPorts: readonly PodPort[];
  /**
   * The privileged data path: when set, ClusterIP Services resolve to their real ClusterIP and the
   * rules are kept in step instead of the loopback proxies (which then stay unused).
   */
  readonly nftables?: NftablesDataPath;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

/** The table, the names the DNS server answers from it, and the proxies it asks for. */
export class PodAgent implements ClusterNames {
  readonly table = new AgentTable();
  readonly addresses = new LoopbackAllocator();
  private readonly options: PodAgentOptions;
  private reported = new Set<string>();

  constructor(options: PodAgentOptions) {
    this.options = options;
  }

  lookup(namespace: string, name: string): ClusterRecord | undefined {
    const entry = this.table.entries.get(serviceKey(namespace, name));
    if (!entry) return undefined;
    switch (entry.kind) {
      case "ExternalName":
        return { kind: "CNAME", target: entry.externalName ?? "" };
      case "Headless":
        return { kind: "A", addresses: readyAddresses(entry) };
      case "ClusterIP":
        if (this.options.nftables)
          return { kind: "A", addresses: entry.clusterIP?.includes(".") ? [entry.clusterIP] : [] };
        return { kind: "A", addresses: [this.addresses.addressOf(serviceKey(namespace, name))] };
    }
  }

  /** Applies one feed response and brings the proxies in step. */
  async apply(response: FeedResponse): Promise<void> {
    const removed = [...this.table.entries.keys()];
    if (!this.table.apply(response)) return;
    for (const key of removed) if (!this.table.entries.has(key)) this.addresses.release(key);
    await this.sync();
  }

  private async sync(): Promise<void> {
    const entries = [...this.table.entries.values()];
    // A DNAT of the ClusterIP does not touch the pod's own listeners: no collisions to avoid.
    if (this.options.nftables) return this.options.nftables.apply(entries);
    const log = this.options.log ?? (() => undefined);
    const collisions = portCollisions(entries, this.options.podPorts);
    const seen = new Set<string>();
    for (const collision of collisions) {
      const key = `${collision.service}:${collision.port}/${collision.protocol}`;
      seen.add(key);
      if (!this.reported.has(key))
        log("agent: Service port equals a port of this pod; not proxied", { ...collision });
    }
    this.reported = seen;
    await this.options.proxy.reconcile(listenerSpecs(entries, this.addresses, this.options.podPorts));
  }
}
