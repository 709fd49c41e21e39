import { describe, expect, it } from "vitest";
import { readOwnerTags } from "./tags.ts";

describe("readOwnerTags", () => {
  const owner = { cluster: "prod", node: "vn-ad1", namespace: "shop", pod: "web-0", podUid: "u-1" };

  it("reads the current okevn-* keys", () => {
    const tags = {
      "okevn-cluster": "prod",
      "okevn-node": "vn-ad1",
      "okevn-namespace": "shop",
      "okevn-pod": "web-0",
      "okevn-pod-uid": "u-1",
    };
    expect(readOwnerTags(tags)).toEqual(owner);
  });

  it("reads instances created under the legacy ovn-* keys, so they are still adopted and collected", () => {
    const tags = {
      "ovn-cluster": "prod",
      "ovn-node": "vn-ad1",
      "ovn-namespace": "shop",
      "ovn-pod": "web-0",
      "ovn-pod-uid": "u-1",
    };
    expect(readOwnerTags(tags)).toEqual(owner);
  });

  it("prefers the current keys when an instance carries both", () => {
    expect(readOwnerTags({ "okevn-pod-uid": "new", "ovn-pod-uid": "old" }).podUid).toBe("new");
  });

  it("leaves absent keys undefined", () => {
    expect(readOwnerTags({ other: "x" })).toEqual({
      cluster: undefined,
      node: undefined,
      namespace: undefined,
      pod: undefined,
      podUid: undefined,
    });
  });
});
