import { describe, expect, it } from "vitest";
import { nodeAttributes } from "./authz.ts";

describe("nodeAttributes (the kubelet's mapping)", () => {
  it.each([
    ["GET", "/stats/summary", "get", "stats"],
    ["GET", "/stats", "get", "stats"],
    ["GET", "/metrics", "get", "metrics"],
    ["GET", "/metrics/resource", "get", "metrics"],
    ["GET", "/logs/", "get", "log"],
    ["GET", "/logs/pods/a_b_c/main/0.log", "get", "log"],
    ["GET", "/containerLogs/ns/pod/c", "get", "proxy"],
    ["GET", "/pods", "get", "proxy"],
    ["GET", "/runningpods/", "get", "proxy"],
    ["GET", "/healthz", "get", "proxy"],
    ["POST", "/exec/ns/pod/c", "create", "proxy"],
    ["GET", "/exec/ns/pod/c", "get", "proxy"],
    ["POST", "/attach/ns/pod/c", "create", "proxy"],
    ["POST", "/portForward/ns/pod", "create", "proxy"],
    ["HEAD", "/stats/summary", "get", "stats"],
    ["PUT", "/pods", "update", "proxy"],
    ["PATCH", "/pods", "patch", "proxy"],
    ["DELETE", "/pods", "delete", "proxy"],
    ["GET", "/statsx", "get", "proxy"],
    ["GET", "/logsfoo", "get", "proxy"],
    ["GET", "/metricsfoo", "get", "proxy"],
  ])("%s %s → %s nodes/%s", (method, path, verb, subresource) => {
    expect(nodeAttributes(method, path, "vn-1")).toEqual({
      verb,
      resource: "nodes",
      subresource,
      name: "vn-1",
    });
  });
});
