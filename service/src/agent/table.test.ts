import type { V1EndpointSlice, V1Service } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { backendsFor, MAX_ADDRESSES_PER_SERVICE, readyAddresses, serviceEntry } from "./table.ts";

const service = (spec: V1Service["spec"]): V1Service => ({
  metadata: { namespace: "ns", name: "web" },
  spec,
});
const slice = (
  addresses: Array<[string, boolean]>,
  ports: Array<[string, number]>,
  addressType = "IPv4",
): V1EndpointSlice => ({
  addressType,
  endpoints: addresses.map(([ip, ready]) => ({ addresses: [ip], conditions: { ready } })),
  ports: ports.map(([name, port]) => ({ name, port, protocol: "TCP" })),
});

describe("serviceEntry", () => {
  it("keeps ready IPv4 endpoints, grouped by their port mapping", () => {
    const entry = serviceEntry(
      service({ clusterIP: "10.96.0.10", ports: [{ name: "http", port: 80, targetPort: "web" }] }),
      [
        slice(
          [
            ["10.0.0.2", true],
            ["10.0.0.1", true],
            ["10.0.0.3", false],
          ],
          [["http", 8080]],
        ),
        slice([["10.0.0.9", true]], [["http", 9090]]),
        slice([["fd00::1", true]], [["http", 8080]], "IPv6"),
      ],
    );
    expect(entry).toEqual({
      namespace: "ns",
      name: "web",
      kind: "ClusterIP",
      clusterIP: "10.96.0.10",
      ports: [{ name: "http", protocol: "TCP", port: 80 }],
      endpoints: [
        { ports: { http: 8080 }, addresses: ["10.0.0.1", "10.0.0.2"] },
        { ports: { http: 9090 }, addresses: ["10.0.0.9"] },
      ],
    });
    expect(backendsFor(entry!, "http")).toEqual([
      ["10.0.0.1", 8080],
      ["10.0.0.2", 8080],
      ["10.0.0.9", 9090],
    ]);
    expect(backendsFor(entry!, "other")).toEqual([]);
  });

  it("maps headless and ExternalName Services and skips unsupported protocols", () => {
    const headless = serviceEntry(
      service({
        clusterIP: "None",
        ports: [
          { port: 53, protocol: "UDP" },
          { port: 9, protocol: "SCTP" },
        ],
      }),
      [
        slice(
          [
            ["10.0.0.2", true],
            ["10.0.0.1", true],
          ],
          [["", 53]],
        ),
      ],
    );
    expect(headless?.kind).toBe("Headless");
    expect(headless?.clusterIP).toBeUndefined();
    expect(headless?.ports).toEqual([{ name: "", protocol: "UDP", port: 53 }]);
    expect(readyAddresses(headless!)).toEqual(["10.0.0.1", "10.0.0.2"]);
    expect(serviceEntry(service({ type: "ExternalName", externalName: "db.example.com" }), [])).toMatchObject(
      {
        kind: "ExternalName",
        externalName: "db.example.com",
        endpoints: [],
      },
    );
    expect(serviceEntry({ spec: {} }, [])).toBeUndefined();
  });

  it("bounds the addresses of a huge Service", () => {
    const many = Array.from({ length: 10_000 }, (_, i): [string, boolean] => [
      `10.1.${i >> 8}.${i & 255}`,
      true,
    ]);
    const entry = serviceEntry(service({ clusterIP: "10.96.0.11", ports: [{ port: 80 }] }), [
      slice(many, [["", 80]]),
    ]);
    expect(readyAddresses(entry!)).toHaveLength(MAX_ADDRESSES_PER_SERVICE);
  });
});
