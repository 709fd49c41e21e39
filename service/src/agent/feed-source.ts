/**
 * Feeds the ServiceFeed from one watch of Services and one of EndpointSlices (cluster-wide), so
 * the API server carries two watches per provider replica whatever the number of pods and agents.
 */
import type { V1EndpointSlice, V1Service } from "@kubernetes/client-node";
import type { KubeHttp } from "../kube/http.ts";
import { Reflector } from "../kube/reflector.ts";
import { ServiceFeed } from "./feed.ts";
import {
  MAX_ADDRESSES_PER_SERVICE,
  MAX_PORTS_PER_SERVICE,
  serviceEntry,
  serviceKey,
  type Truncation,
  truncationOf,
} from "./table.ts";

const SERVICE_NAME_LABEL = "kubernetes.io/service-name";

export class ServiceFeedSource {
  readonly feed: ServiceFeed;
  private readonly services = new Map<string, V1Service>();
  /** The same Services by namespace, then name (service links are per namespace). */
  private readonly byNamespace = new Map<string, Map<string, V1Service>>();
  /** EndpointSlices by Service key, then by slice name. */
  private readonly slices = new Map<string, Map<string, V1EndpointSlice>>();
  private reflectors: Array<Reflector<V1Service> | Reflector<V1EndpointSlice>> = [];
  /** Services the table truncates now, by key, with a signature: `<uid>` plus which limits were exceeded. */
  private readonly truncated = new Map<
    string,
    { signature: string; service: V1Service; truncation: Truncation }
  >();
  private readonly onTruncated: ((service: V1Service, truncation: Truncation) => void) | undefined;

  /** Called after a Service is added or changed (the provider checks its pods' ports against it). */
  serviceChanged?: (service: V1Service) => void;

  /**
   * `onTruncated` hears once per Service (again only after it fits and then exceeds a limit anew,
   * or exceeds another limit) that the table truncates it; the provider records a Warning event.
   */
  constructor(feed = new ServiceFeed(), onTruncated?: (service: V1Service, truncation: Truncation) => void) {
    this.feed = feed;
    this.onTruncated = onTruncated;
  }

  /** Starts both reflectors; resolves once both have listed. */
  async start(
    http: KubeHttp,
    options: {
      resyncMs?: number;
      stallMs?: number;
      log?: (message: string, fields?: Record<string, unknown>) => void;
    } = {},
  ): Promise<void> {
    const common = {
      resyncMs: options.resyncMs ?? 300_000,
      stallMs: options.stallMs ?? 300_000,
      ...(options.log ? { log: options.log } : {}),
    };
    const services = new Reflector<V1Service>(
      http,
      { path: "/api/v1/services", ...common },
      { upsert: (service) => this.upsertService(service), remove: (service) => this.removeService(service) },
    );
    const slices = new Reflector<V1EndpointSlice>(
      http,
      { path: "/apis/discovery.k8s.io/v1/endpointslices", labelSelector: SERVICE_NAME_LABEL, ...common },
      { upsert: (slice) => this.upsertSlice(slice), remove: (slice) => this.removeSlice(slice) },
    );
    this.reflectors = [services, slices];
    services.start();
    slices.start();
    await Promise.all([services.hasSynced, slices.hasSynced]);
  }

  async stop(): Promise<void> {
    await Promise.all(this.reflectors.map((r) => r.stop()));
  }

  /** The Services of `namespace` as last seen (shared objects: do not modify). */
  servicesIn(namespace: string): Iterable<V1Service> {
    return this.byNamespace.get(namespace)?.values() ?? [];
  }

  upsertService(service: V1Service): void {
    const { namespace = "", name = "" } = service.metadata ?? {};
    const key = serviceKey(namespace, name);
    this.services.set(key, service);
    let names = this.byNamespace.get(namespace);
    if (!names) this.byNamespace.set(namespace, (names = new Map()));
    names.set(name, service);
    this.refresh(key);
    this.serviceChanged?.(service);
  }

  /** Every Service as last seen (shared objects: do not modify). */
  allServices(): Iterable<V1Service> {
    return this.services.values();
  }

  removeService(service: V1Service): void {
    const { namespace = "", name = "" } = service.metadata ?? {};
    const key = serviceKey(namespace, name);
    this.services.delete(key);
    this.truncated.delete(key);
    const names = this.byNamespace.get(namespace);
    names?.delete(name);
    if (names?.size === 0) this.byNamespace.delete(namespace);
    this.feed.remove(service.metadata?.namespace ?? "", service.metadata?.name ?? "");
  }

  upsertSlice(slice: V1EndpointSlice): void {
    const key = sliceServiceKey(slice);
    if (!key) return;
    let byName = this.slices.get(key);
    if (!byName) this.slices.set(key, (byName = new Map()));
    byName.set(slice.metadata?.name ?? "", slice);
    this.refresh(key);
  }

  removeSlice(slice: V1EndpointSlice): void {
    const key = sliceServiceKey(slice);
    if (!key) return;
    const byName = this.slices.get(key);
    byName?.delete(slice.metadata?.name ?? "");
    if (byName?.size === 0) this.slices.delete(key);
    this.refresh(key);
  }

  private refresh(key: string): void {
    const service = this.services.get(key);
    if (!service) return;
    const slices = [...(this.slices.get(key)?.values() ?? [])];
    const entry = serviceEntry(service, slices);
    if (entry) this.feed.upsert(entry);
    this.reportTruncation(key, service, slices);
  }

  private reportTruncation(key: string, service: V1Service, slices: V1EndpointSlice[]): void {
    const truncation = truncationOf(service, slices);
    if (!truncation) return void this.truncated.delete(key);
    const signature = [
      service.metadata?.uid ?? "",
      truncation.ports > MAX_PORTS_PER_SERVICE ? "ports" : "",
      truncation.readyAddresses > MAX_ADDRESSES_PER_SERVICE ? "addresses" : "",
    ].join("/");
    const known = this.truncated.get(key);
    this.truncated.set(key, { signature, service, truncation });
    if (known?.signature !== signature) this.onTruncated?.(service, truncation);
  }

  /** The Services the table truncates now (a new leader reports those not yet reported). */
  currentTruncations(): Array<{ service: V1Service; truncation: Truncation }> {
    return [...this.truncated.values()].map(({ service, truncation }) => ({ service, truncation }));
  }
}

function sliceServiceKey(slice: V1EndpointSlice): string | undefined {
  const name = slice.metadata?.labels?.[SERVICE_NAME_LABEL];
  const namespace = slice.metadata?.namespace;
  return name && namespace ? serviceKey(namespace, name) : undefined;
}
