import type { V1Pod, V1Service } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { CollisionReporter, collisionMessage, serviceCollision } from "./collisions.ts";

const pod = (
  uid: string,
  ports: { containerPort: number; protocol?: string }[],
  annotations = {},
): V1Pod => ({
  metadata: { name: `p-${uid}`, namespace: "shop", uid, annotations },
  spec: { containers: [{ name: "app", image: "app", ports }] },
});
const service = (name: string, spec: V1Service["spec"]): V1Service => ({
  metadata: { name, namespace: "shop" },
  spec,
});
const web = service("web", {
  clusterIP: "10.96.0.10",
  ports: [
    { port: 80, protocol: "TCP" },
    { port: 8080, protocol: "TCP" },
    { port: 8080, protocol: "UDP" },
  ],
});

describe("serviceCollision", () => {
  it("names the ClusterIP Service's ports that equal the pod's, protocol included", () => {
    expect(serviceCollision(web, new Set(["8080/TCP", "9090/TCP"]))).toEqual({
      service: "shop/web",
      ports: ["8080/TCP"],
    });
    expect(serviceCollision(web, new Set(["8080/UDP"]))?.ports).toEqual(["8080/UDP"]);
    expect(serviceCollision(web, new Set(["443/TCP"]))).toBeUndefined();
  });

  it("ignores headless and ExternalName Services (the agent binds nothing for them)", () => {
    const ports = new Set(["80/TCP"]);
    expect(
      serviceCollision(service("h", { clusterIP: "None", ports: [{ port: 80 }] }), ports),
    ).toBeUndefined();
    expect(
      serviceCollision(
        service("x", { type: "ExternalName", externalName: "a.example", ports: [{ port: 80 }] }),
        ports,
      ),
    ).toBeUndefined();
  });
});

describe("CollisionReporter", () => {
  it("reports each pod and Service once, again after the pod is forgotten, never for opted-out pods", () => {
    const messages: string[] = [];
    const reporter = new CollisionReporter((p, m) => messages.push(`${p.metadata!.uid}: ${m}`));
    const a = pod("a", [{ containerPort: 8080 }]);
    reporter.check(a, [web]);
    reporter.check(a, [web]);
    expect(messages).toEqual([`a: ${collisionMessage({ service: "shop/web", ports: ["8080/TCP"] })}`]);
    reporter.check(pod("b", [{ containerPort: 8080 }], { "oke-virtual-nodes.io/agent": "disabled" }), [web]);
    reporter.check(pod("c", []), [web]);
    expect(messages).toHaveLength(1);
    reporter.forget("a");
    reporter.check(a, [web]);
    expect(messages).toHaveLength(2);
  });
});
