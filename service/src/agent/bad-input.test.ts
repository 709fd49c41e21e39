/**
 * Issue 16 item 6, bad input from the cluster, through the table, the feed source and the agent:
 * a Service with 1,000 ports, one with 10,000 endpoints (100 EndpointSlices of 100), the same
 * name in two namespaces, dual-stack and IPv6-only Services, a Service port equal to the pod's
 * own port. Nothing throws; each has the behaviour docs/networking.md gives.
 */
import type { V1EndpointSlice, V1Service } from "@kubernetes/client-node";
import { decode, encode, RECURSION_DESIRED } from "dns-packet";
import { describe, expect, it } from "vitest";
import { PodAgent } from "./agent.ts";
import type { EventRecorder, InvolvedObject } from "../kube/events.ts";
import type { KubeHttp } from "../kube/http.ts";
import { AgentDnsServer, fitUdp, MAX_UDP_ANSWER } from "./dns.ts";
import { ServiceFeedSource } from "./feed-source.ts";
import { SERVICE_TRUNCATED_REASON, TruncationReporter, truncationMessage } from "./provider-side.ts";
import { type ListenerSpec, ServiceProxy } from "./proxy.ts";
import {
  MAX_ADDRESSES_PER_SERVICE,
  MAX_PORTS_PER_SERVICE,
  readyAddresses,
  type ServiceEntry,
  serviceEntry,
  truncationOf,
} from "./table.ts";

class RecordingProxy extends ServiceProxy {
  specs: readonly ListenerSpec[] = [];
  override async reconcile(specs: readonly ListenerSpec[]): Promise<[]> {
    this.specs = specs;
    return [];
  }
}

const svc = (namespace: string, name: string, spec: V1Service["spec"], uid = `${namespace}-${name}`) =>
  ({ metadata: { namespace, name, uid }, spec }) as V1Service;
const slices = (namespace: string, service: string, count: number, perSlice: number, family = "IPv4") =>
  Array.from({ length: count }, (_, s): V1EndpointSlice => ({
    addressType: family,
    metadata: { namespace, name: `${service}-${s}`, labels: { "kubernetes.io/service-name": service } },
    endpoints: Array.from({ length: perSlice }, (_, e) => ({
      addresses: [
        family === "IPv4" ? `10.${s >> 8}.${s & 255}.${e + 1}` : `fd00::${s.toString(16)}:${e + 1}`,
      ],
      conditions: { ready: true },
    })),
    ports: [{ name: "http", port: 8080, protocol: "TCP" }],
  }));
const wide = svc("a", "wide", {
  clusterIP: "10.96.0.9",
  ports: Array.from({ length: 1000 }, (_, i) => ({ name: `p${i}`, port: 1000 + i })),
});
const huge = svc("a", "huge", { clusterIP: "10.96.0.10", ports: [{ name: "http", port: 80 }] });

function snapshotOf(source: ServiceFeedSource): readonly ServiceEntry[] {
  const response = source.feed.since(0);
  if (!("snapshot" in response)) throw new Error("expected a snapshot");
  return response.snapshot;
}

describe("bad input", () => {
  it("truncates a Service with 1,000 ports to 100 listeners, and says so once", async () => {
    const heard: unknown[] = [];
    const source = new ServiceFeedSource(undefined, (service, truncation) =>
      heard.push([service.metadata?.name, truncation]),
    );
    source.upsertService(wide);
    for (const slice of slices("a", "wide", 1, 3)) source.upsertSlice(slice);
    source.upsertService(wide);
    const [entry] = snapshotOf(source);
    expect(entry!.ports).toHaveLength(MAX_PORTS_PER_SERVICE);
    expect(heard).toEqual([["wide", { ports: 1000, readyAddresses: 0 }]]);
    const proxy = new RecordingProxy();
    const agent = new PodAgent({ proxy, podPorts: [] });
    await agent.apply({ epoch: "e", version: 1, snapshot: snapshotOf(source) });
    // Only p0 has an endpoint port (the slice names "http"): ports without one get no listener.
    expect(proxy.specs.filter((s) => s.backends.length > 0)).toHaveLength(0);
    expect(proxy.specs).toHaveLength(MAX_PORTS_PER_SERVICE);
  });

  it("bounds a Service with 10,000 endpoints in 100 slices to 1,000 addresses, reporting it once", () => {
    const heard: unknown[] = [];
    const source = new ServiceFeedSource(undefined, (_service, truncation) => heard.push(truncation));
    source.upsertService(huge);
    for (const slice of slices("a", "huge", 100, 100)) source.upsertSlice(slice);
    const [entry] = snapshotOf(source);
    expect(readyAddresses(entry!)).toHaveLength(MAX_ADDRESSES_PER_SERVICE);
    // Heard once, when the 11th slice went over; the other 89 slices are the same truncation.
    expect(heard).toEqual([{ ports: 1, readyAddresses: 1100 }]);
    expect(truncationOf(huge, slices("a", "huge", 100, 100))).toEqual({ ports: 1, readyAddresses: 10_000 });
    // Back under the limit, then over again: a new report.
    const all = slices("a", "huge", 100, 100);
    for (const slice of all.slice(10)) source.removeSlice(slice);
    source.upsertSlice(all[10]!);
    expect(heard).toHaveLength(2);
  });

  it("keeps the same Service name in two namespaces apart in DNS and proxies", async () => {
    const source = new ServiceFeedSource();
    source.upsertService(svc("a", "web", { clusterIP: "10.96.0.1", ports: [{ name: "http", port: 80 }] }));
    source.upsertService(svc("b", "web", { clusterIP: "10.96.0.2", ports: [{ name: "http", port: 80 }] }));
    for (const slice of slices("a", "web", 1, 1)) source.upsertSlice(slice);
    for (const slice of slices("b", "web", 1, 2)) source.upsertSlice(slice);
    const proxy = new RecordingProxy();
    const agent = new PodAgent({ proxy, podPorts: [] });
    await agent.apply({ epoch: "e", version: 1, snapshot: snapshotOf(source) });
    const a = agent.lookup("a", "web");
    const b = agent.lookup("b", "web");
    expect(a).not.toEqual(b);
    expect(proxy.specs.map((s) => [s.label, s.backends.length])).toEqual([
      ["a/web:80/TCP", 1],
      ["b/web:80/TCP", 2],
    ]);
  });

  it("serves the IPv4 half of a dual-stack Service and no endpoints of an IPv6-only one", async () => {
    const dual = svc("a", "dual", {
      clusterIP: "fd00::10",
      clusterIPs: ["fd00::10", "10.96.0.30"],
      ipFamilies: ["IPv6", "IPv4"],
      ports: [{ name: "http", port: 80 }],
    });
    const v6 = svc("a", "v6", {
      clusterIP: "fd00::11",
      clusterIPs: ["fd00::11"],
      ipFamilies: ["IPv6"],
      ports: [{ name: "http", port: 80 }],
    });
    const dualEntry = serviceEntry(dual, [
      ...slices("a", "dual", 1, 2),
      ...slices("a", "dual", 1, 2, "IPv6"),
    ]);
    expect(dualEntry).toMatchObject({ kind: "ClusterIP", clusterIP: "10.96.0.30" });
    expect(readyAddresses(dualEntry!)).toEqual(["10.0.0.1", "10.0.0.2"]);
    const v6Entry = serviceEntry(v6, slices("a", "v6", 1, 2, "IPv6"));
    expect(v6Entry).toEqual({
      namespace: "a",
      name: "v6",
      kind: "ClusterIP",
      ports: [{ name: "http", protocol: "TCP", port: 80 }],
      endpoints: [],
    });
    const proxy = new RecordingProxy();
    const agent = new PodAgent({ proxy, podPorts: [] });
    await agent.apply({ epoch: "e", version: 1, snapshot: [dualEntry!, v6Entry!] });
    // The IPv6-only name resolves (to its loopback address) but has no listener: refused at once.
    expect(agent.lookup("a", "v6")).toMatchObject({ kind: "A" });
    expect(proxy.specs.filter((s) => s.backends.length > 0).map((s) => s.label)).toEqual(["a/dual:80/TCP"]);
  });

  it("leaves a Service port equal to the pod's own port unbound, keeping the others", async () => {
    const proxy = new RecordingProxy();
    const logged: unknown[] = [];
    const agent = new PodAgent({
      proxy,
      podPorts: [{ port: 80, protocol: "TCP" }],
      log: (_m, fields) => logged.push(fields),
    });
    const both = svc("a", "both", {
      clusterIP: "10.96.0.40",
      ports: [
        { name: "http", port: 80 },
        { name: "alt", port: 81 },
      ],
    });
    const entry = serviceEntry(both, [
      {
        ...slices("a", "both", 1, 1)[0]!,
        ports: [
          { name: "http", port: 8080 },
          { name: "alt", port: 8081 },
        ],
      },
    ]);
    await agent.apply({ epoch: "e", version: 1, snapshot: [entry!] });
    expect(proxy.specs.map((s) => s.label)).toEqual(["a/both:81/TCP"]);
    expect(logged).toEqual([{ service: "a/both", port: 80, protocol: "TCP" }]);
  });
});

describe("TruncationReporter", () => {
  const recorder = (): { events: EventRecorder; recorded: Array<[InvolvedObject, string, string]> } => {
    const recorded: Array<[InvolvedObject, string, string]> = [];
    const events = {
      record: (object: InvolvedObject, _type: string, reason: string, message: string) =>
        recorded.push([object, reason, message]),
    } as unknown as EventRecorder;
    return { events, recorded };
  };
  const truncation = { ports: 1000, readyAddresses: 0 };

  it("records a Warning on the Service from the leader only, once", () => {
    const { events, recorded } = recorder();
    let leading = false;
    const reporter = new TruncationReporter({ http: {} as KubeHttp, events, isLeader: () => leading });
    reporter.truncated(wide, truncation);
    expect(recorded).toEqual([]);
    leading = true;
    reporter.truncated(wide, truncation);
    reporter.truncated(wide, truncation);
    expect(recorded).toEqual([
      [
        { kind: "Service", name: "wide", namespace: "a", uid: "a-wide" },
        SERVICE_TRUNCATED_REASON,
        "pod agents on virtual nodes serve only 100 of its 1000 ports (the agent's table is bounded; see docs/networking.md)",
      ],
    ]);
  });

  it("on takeover, records the current truncations that have no event yet", async () => {
    const { events, recorded } = recorder();
    const asked: string[] = [];
    const http = {
      request: async (_method: string, _path: string, options: { query: { fieldSelector: string } }) => {
        asked.push(options.query.fieldSelector);
        return options.query.fieldSelector.includes("a-wide")
          ? { items: [{ message: truncationMessage(truncation) }] }
          : { items: [] };
      },
    } as unknown as KubeHttp;
    const reporter = new TruncationReporter({ http, events, isLeader: () => true });
    await reporter.takeOver([
      { service: wide, truncation },
      { service: huge, truncation: { ports: 1, readyAddresses: 10_000 } },
    ]);
    expect(asked).toEqual([
      `involvedObject.uid=a-wide,reason=${SERVICE_TRUNCATED_REASON}`,
      `involvedObject.uid=a-huge,reason=${SERVICE_TRUNCATED_REASON}`,
    ]);
    expect(recorded.map(([object, , message]) => [object.name, message])).toEqual([
      [
        "huge",
        "pod agents on virtual nodes serve only 1000 of its more than 1000 ready endpoint addresses (the agent's table is bounded; see docs/networking.md)",
      ],
    ]);
  });
});

describe("DNS over UDP for a headless Service with 1,000 ready addresses", () => {
  it("sends what fits in 512 bytes with TC set; TCP carries every address", async () => {
    const source = new ServiceFeedSource();
    source.upsertService(svc("a", "many", { clusterIP: "None", ports: [{ name: "http", port: 80 }] }));
    for (const slice of slices("a", "many", 100, 100)) source.upsertSlice(slice);
    const agent = new PodAgent({ proxy: new RecordingProxy(), podPorts: [] });
    await agent.apply({ epoch: "e", version: 1, snapshot: snapshotOf(source) });
    const server = new AgentDnsServer(agent, { clusterDomain: "cluster.local", upstreams: [] });
    const query = encode({
      id: 7,
      type: "query",
      flags: RECURSION_DESIRED,
      questions: [{ name: "many.a.svc.cluster.local", type: "A" }],
    });
    const full = (await server.answer(query))!;
    expect(decode(full).answers).toHaveLength(MAX_ADDRESSES_PER_SERVICE);
    const udp = fitUdp(full);
    expect(udp.length).toBeLessThanOrEqual(MAX_UDP_ANSWER);
    const packet = decode(udp);
    expect(packet.flag_tc).toBe(true);
    expect(packet.id).toBe(7);
    expect(packet.answers!.length).toBeGreaterThan(10);
    const small = encode({ id: 1, type: "response", questions: [], answers: [] });
    expect(fitUdp(small)).toBe(small);
  });
});
