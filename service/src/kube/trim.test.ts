import type { V1Pod } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { StringTable, trimPod } from "./trim.ts";

function pod(name: string): V1Pod {
  // Built from JSON text, as the watch delivers it: equal strings are distinct copies.
  return JSON.parse(
    JSON.stringify({
      metadata: {
        name,
        namespace: "team-a",
        uid: `uid-${name}`,
        annotations: { "example.com/a": "1" },
        managedFields: [{ manager: "kubectl", operation: "Update", fieldsV1: { "f:spec": {} } }],
        ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-1", uid: "rs" }],
      },
      spec: {
        nodeName: "vn-1",
        schedulerName: "default-scheduler",
        serviceAccountName: "default",
        containers: [{ name: "app", image: "registry.example/app:1", imagePullPolicy: "IfNotPresent" }],
      },
      status: { phase: "Running", hostIP: "10.0.0.1" },
    }),
  ) as V1Pod;
}

describe("trimPod", () => {
  it("drops managedFields and keeps everything else", () => {
    const original = pod("a");
    const trimmed = trimPod(original, new StringTable());
    expect(trimmed.metadata?.managedFields).toBeUndefined();
    const { managedFields: _, ...metadata } = original.metadata!;
    expect(JSON.parse(JSON.stringify(trimmed))).toEqual({ ...original, metadata });
    expect(original.metadata?.managedFields).toHaveLength(1);
  });

  it("shares one copy of the strings pods have in common", () => {
    const table = new StringTable();
    const [a, b] = [trimPod(pod("a"), table), trimPod(pod("b"), table)];
    expect(table.size).toBeGreaterThan(0);
    expect(table.intern("team-a")).toBe(a.metadata?.namespace);
    // Same value either way; interning only shows in the table's single entry per value.
    expect(b.spec?.containers[0]?.image).toBe(a.spec?.containers[0]?.image);
    const before = table.size;
    trimPod(pod("c"), table);
    expect(table.size).toBe(before);
  });

  it("a full table starts over instead of growing", () => {
    const table = new StringTable(3);
    for (const s of ["a", "b", "c", "d"]) table.intern(s);
    expect(table.size).toBe(1);
    expect(table.intern("d")).toBe("d");
  });
});
