import type { V1EndpointSlice, V1Service } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { ServiceFeedSource } from "./feed-source.ts";
import { MAX_PORTS_PER_SERVICE, type ServiceEntry } from "./table.ts";

function snapshot(source: ServiceFeedSource): readonly ServiceEntry[] {
  const response = source.feed.since(0);
  if (!("snapshot" in response)) throw new Error("expected a snapshot");
  return response.snapshot;
}

const service = (namespace: string, name: string, ports = 1): V1Service => ({
  metadata: { namespace, name },
  spec: {
    clusterIP: "10.96.0.9",
    ports: Array.from({ length: ports }, (_, i) => ({ name: `p${i}`, port: 1000 + i })),
  },
});
const slice = (namespace: string, service: string, name: string, ip: string): V1EndpointSlice => ({
  addressType: "IPv4",
  metadata: { namespace, name, labels: { "kubernetes.io/service-name": service } },
  endpoints: [{ addresses: [ip], conditions: { ready: true } }],
  ports: [{ name: "p0", port: 8080 }],
});

describe("ServiceFeedSource", () => {
  it("keeps Services of the same name in two namespaces apart, whatever arrives first", () => {
    const source = new ServiceFeedSource();
    source.upsertSlice(slice("a", "web", "web-1", "10.0.0.1"));
    expect(source.feed.size).toBe(0);
    source.upsertService(service("a", "web"));
    source.upsertService(service("b", "web"));
    source.upsertSlice(slice("b", "web", "web-1", "10.0.0.2"));
    const entries = Object.fromEntries(
      snapshot(source).map((e) => [e.namespace, e.endpoints.flatMap((g) => g.addresses)]),
    );
    expect(entries).toEqual({ a: ["10.0.0.1"], b: ["10.0.0.2"] });
  });

  it("follows slice and Service removal, and ignores slices without a Service label", () => {
    const source = new ServiceFeedSource();
    source.upsertService(service("a", "web"));
    source.upsertSlice(slice("a", "web", "web-1", "10.0.0.1"));
    source.upsertSlice(slice("a", "web", "web-2", "10.0.0.2"));
    source.upsertSlice({ ...slice("a", "web", "x", "10.0.0.3"), metadata: { namespace: "a", name: "x" } });
    source.removeSlice(slice("a", "web", "web-1", "10.0.0.1"));
    const version = source.feed.version;
    expect(source.feed.since(version - 1, source.feed.epoch)).toMatchObject({
      deltas: [{ upsert: { endpoints: [{ addresses: ["10.0.0.2"] }] } }],
    });
    source.removeService(service("a", "web"));
    expect(source.feed.since(version, source.feed.epoch)).toMatchObject({ deltas: [{ remove: "a/web" }] });
    expect(source.feed.size).toBe(0);
  });

  it("bounds a Service with 1,000 ports", () => {
    const source = new ServiceFeedSource();
    source.upsertService(service("a", "wide", 1000));
    const [entry] = snapshot(source);
    expect(entry?.ports).toHaveLength(MAX_PORTS_PER_SERVICE);
  });
});
