import type { V1Service } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { serviceLinkEnv } from "./service-links.ts";

const service = (name: string, spec: V1Service["spec"], namespace = "shop"): V1Service => ({
  metadata: { name, namespace },
  spec,
});

describe("serviceLinkEnv", () => {
  it("gives a kubelet's variables for a ClusterIP Service with a named TCP and an unnamed UDP port", () => {
    expect(
      serviceLinkEnv([
        service("web-api", {
          clusterIP: "10.96.0.20",
          ports: [
            { name: "http", port: 80, protocol: "TCP" },
            { port: 53, protocol: "UDP" },
          ],
        }),
      ]),
    ).toEqual({
      WEB_API_SERVICE_HOST: "10.96.0.20",
      WEB_API_SERVICE_PORT: "80",
      WEB_API_SERVICE_PORT_HTTP: "80",
      WEB_API_PORT: "tcp://10.96.0.20:80",
      WEB_API_PORT_80_TCP: "tcp://10.96.0.20:80",
      WEB_API_PORT_80_TCP_PROTO: "tcp",
      WEB_API_PORT_80_TCP_PORT: "80",
      WEB_API_PORT_80_TCP_ADDR: "10.96.0.20",
      WEB_API_PORT_53_UDP: "udp://10.96.0.20:53",
      WEB_API_PORT_53_UDP_PROTO: "udp",
      WEB_API_PORT_53_UDP_PORT: "53",
      WEB_API_PORT_53_UDP_ADDR: "10.96.0.20",
    });
  });

  it("skips headless, ExternalName and port-less Services, and default/kubernetes", () => {
    expect(
      serviceLinkEnv([
        service("headless", { clusterIP: "None", ports: [{ port: 80 }] }),
        service("ext", { type: "ExternalName", externalName: "example.com" }),
        service("bare", { clusterIP: "10.96.0.9" }),
        service("kubernetes", { clusterIP: "10.96.0.1", ports: [{ name: "https", port: 443 }] }, "default"),
      ]),
    ).toEqual({});
  });
});
