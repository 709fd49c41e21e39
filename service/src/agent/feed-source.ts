/**
 * Feeds the ServiceFeed from one watch of Services and one of EndpointSlices (cluster-wide), so
 * the API server carries two watches per provider replica whatever the number of pods and agents.
 */
import type { V1EndpointSlice, V1Service } from "@kubernetes/client-node";
import type { KubeHttp } from "../kube/http.ts";
import { Reflector } from "../kube/reflector.ts";
import { ServiceFeed } from "./feed.ts";
import { serviceEntry, serviceKey } from "./table.ts";

const SERVICE_NAME_LABEL = "kubernetes.io/service-name";

export class ServiceFeedSource {
  readonly feed: ServiceFeed;
  private readonly services = new Map<string, V1Service>();
  /** EndpointSlices by Service key, then by slice name. */
  private readonly slices = new Map<string, Map<string, V1EndpointSlice>>();
  private reflectors: Array<Reflector<V1Service> | Reflector<V1EndpointSlice>> = [];

  constructor(feed = new ServiceFeed()) {
    this.feed = feed;
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

  upsertService(service: V1Service): void {
    const key = serviceKey(service.metadata?.namespace ?? "", service.metadata?.name ?? "");
    this.services.set(key, service);
    this.refresh(key);
  }

  removeService(service: V1Service): void {
    const key = serviceKey(service.metadata?.namespace ?? "", service.metadata?.name ?? "");
    this.services.delete(key);
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
    const entry = serviceEntry(service, [...(this.slices.get(key)?.values() ?? [])]);
    if (entry) this.feed.upsert(entry);
  }
}

function sliceServiceKey(slice: V1EndpointSlice): string | undefined {
  const name = slice.metadata?.labels?.[SERVICE_NAME_LABEL];
  const namespace = slice.metadata?.namespace;
  return name && namespace ? serviceKey(namespace, name) : undefined;
}
