/**
 * The Service table the provider serves to every pod agent: one compact entry per Service,
 * built from the Service and its EndpointSlices (the provider's reflectors are the only
 * watches; agents never talk to the API server). Pure functions; no I/O.
 */
import { isIPv4 } from "node:net";
import type { V1EndpointSlice, V1Service } from "@kubernetes/client-node";

export type Protocol = "TCP" | "UDP";

/** One Service port: what clients dial (`port`) and which endpoint port carries it (`name`). */
export interface ServicePortEntry {
  /** The Service port's name ("" when the Service has one unnamed port); EndpointSlice ports use the same name. */
  readonly name: string;
  readonly protocol: Protocol;
  readonly port: number;
}

/**
 * A set of ready endpoint addresses sharing one port mapping. Named targetPorts can resolve to
 * different numbers per pod, which is why EndpointSlices carry ports per slice: we keep that grouping.
 */
export interface EndpointGroup {
  /** Endpoint port by Service port name, e.g. `{ http: 8080 }`. */
  readonly ports: Readonly<Record<string, number>>;
  /** Ready IPv4 addresses (EndpointSlice `conditions.ready` not false), sorted. */
  readonly addresses: readonly string[];
}

export interface ServiceEntry {
  readonly namespace: string;
  readonly name: string;
  /** `ClusterIP` (incl. NodePort/LoadBalancer), `Headless` (clusterIP None) or `ExternalName`. */
  readonly kind: "ClusterIP" | "Headless" | "ExternalName";
  /** The CNAME target for `ExternalName`. */
  readonly externalName?: string;
  /** The real ClusterIP, for the privileged data path and for reports; undefined when headless. */
  readonly clusterIP?: string;
  readonly ports: readonly ServicePortEntry[];
  readonly endpoints: readonly EndpointGroup[];
}

/** Service ports beyond this are dropped (and reported by the builder's caller); a Service has at most a few. */
export const MAX_PORTS_PER_SERVICE = 100;
/** Ready addresses beyond this per Service are dropped; enough for round robin, bounded for the agent's memory. */
export const MAX_ADDRESSES_PER_SERVICE = 1000;

export function serviceKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

/**
 * The table entry for `service` from its EndpointSlices (those labelled
 * `kubernetes.io/service-name=<name>` in its namespace). IPv6 slices are ignored (the agent's
 * data path is IPv4); an IPv6-only Service therefore has no endpoints. Returns undefined for a
 * Service without name/namespace.
 */
export function serviceEntry(
  service: V1Service,
  slices: readonly V1EndpointSlice[],
): ServiceEntry | undefined {
  const namespace = service.metadata?.namespace;
  const name = service.metadata?.name;
  if (!namespace || !name) return undefined;
  const spec = service.spec ?? {};
  if (spec.type === "ExternalName") {
    return {
      namespace,
      name,
      kind: "ExternalName",
      externalName: spec.externalName ?? "",
      ports: [],
      endpoints: [],
    };
  }
  const headless = spec.clusterIP === "None";
  const ports: ServicePortEntry[] = supportedPorts(service)
    .slice(0, MAX_PORTS_PER_SERVICE)
    .map((p) => ({ name: p.name ?? "", protocol: (p.protocol ?? "TCP") as Protocol, port: p.port }));

  const groups = new Map<string, { ports: Record<string, number>; addresses: Set<string> }>();
  let total = 0;
  for (const slice of slices) {
    if (slice.addressType !== "IPv4") continue;
    const portMap: Record<string, number> = {};
    for (const p of slice.ports ?? []) if (p.port !== undefined) portMap[p.name ?? ""] = p.port;
    const key = JSON.stringify(Object.entries(portMap).sort());
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { ports: portMap, addresses: new Set() }));
    for (const endpoint of slice.endpoints ?? []) {
      if (endpoint.conditions?.ready === false) continue;
      for (const address of endpoint.addresses ?? []) {
        if (total >= MAX_ADDRESSES_PER_SERVICE) break;
        if (!group.addresses.has(address)) total++;
        group.addresses.add(address);
      }
    }
  }
  // Dual-stack: the IPv4 one of spec.clusterIPs, whichever family is primary; IPv6-only: none.
  const clusterIPv4 = [...(spec.clusterIPs ?? []), spec.clusterIP].find((ip) => ip && isIPv4(ip));
  const endpoints = [...groups.values()]
    .filter((g) => g.addresses.size > 0)
    .map((g) => ({ ports: g.ports, addresses: [...g.addresses].sort() }));
  return {
    namespace,
    name,
    kind: headless ? "Headless" : "ClusterIP",
    ...(headless || !clusterIPv4 ? {} : { clusterIP: clusterIPv4 }),
    ports,
    endpoints,
  };
}

function supportedPorts(service: V1Service): NonNullable<NonNullable<V1Service["spec"]>["ports"]> {
  return (service.spec?.ports ?? []).filter(
    (p) => p.protocol === undefined || p.protocol === "TCP" || p.protocol === "UDP",
  );
}

/** What the table leaves out of a Service: its TCP/UDP port count and ready IPv4 address count, over the limits. */
export interface Truncation {
  readonly ports: number;
  readonly readyAddresses: number;
}

/**
 * The Service's sizes when `serviceEntry` truncates it (more than MAX_PORTS_PER_SERVICE ports or
 * MAX_ADDRESSES_PER_SERVICE distinct ready IPv4 addresses), else undefined. The provider reports
 * it as a Warning event on the Service (feed-source.ts).
 */
export function truncationOf(service: V1Service, slices: readonly V1EndpointSlice[]): Truncation | undefined {
  if (service.spec?.type === "ExternalName") return undefined;
  const ports = supportedPorts(service).length;
  const ready = new Set<string>();
  for (const slice of slices) {
    if (slice.addressType !== "IPv4") continue;
    for (const endpoint of slice.endpoints ?? [])
      if (endpoint.conditions?.ready !== false) for (const a of endpoint.addresses ?? []) ready.add(a);
  }
  return ports > MAX_PORTS_PER_SERVICE || ready.size > MAX_ADDRESSES_PER_SERVICE
    ? { ports, readyAddresses: ready.size }
    : undefined;
}

/** Every ready address of an entry, deduplicated and sorted (headless DNS answers). */
export function readyAddresses(entry: ServiceEntry): string[] {
  return [...new Set(entry.endpoints.flatMap((g) => g.addresses))].sort();
}

/** `[address, endpointPort]` pairs that serve Service port `portName`, in a stable order (round robin). */
export function backendsFor(entry: ServiceEntry, portName: string): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  for (const group of entry.endpoints) {
    const port = group.ports[portName];
    if (port === undefined) continue;
    for (const address of group.addresses) out.push([address, port]);
  }
  return out;
}
