import type { V1ConfigMap, V1Pod } from "@kubernetes/client-node";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "../errors.ts";
import { ConfigMapFinalLogs } from "./final-logs.ts";

/** An in-memory stand-in for the ConfigMap REST calls the store makes. */
function fakeApi() {
  const maps = new Map<string, V1ConfigMap>();
  let time = 0;
  return {
    maps,
    async request<T>(method: string, path: string, spec: { body?: unknown } = {}): Promise<T> {
      const name = path.split("/configmaps/")[1];
      if (method === "POST") {
        const body = spec.body as V1ConfigMap;
        body.metadata!.creationTimestamp = new Date(++time * 1000) as never;
        maps.set(body.metadata!.name!, body);
        return body as T;
      }
      if (method === "GET" && !name) return { items: [...maps.values()], metadata: {} } as T;
      const found = name ? maps.get(name) : undefined;
      if (!found) throw new NotFoundError(`${path} not found`, 404);
      if (method === "DELETE") maps.delete(name!);
      return found as T;
    },
  };
}

const pod = (uid: string, restarts = 0): V1Pod => ({
  metadata: { name: `p-${uid}`, namespace: "ns", uid },
  status: {
    containerStatuses: [
      {
        name: "main",
        image: "",
        imageID: "",
        ready: false,
        restartCount: restarts,
        containerID: `oci://c-${uid}`,
      },
    ],
  },
});

describe("ConfigMapFinalLogs", () => {
  const logs = async (id: string, run: "current" | "previous") => Buffer.from(`${id} ${run}\n`);

  it("keeps the current and previous runs, readable after the instance is gone", async () => {
    const api = fakeApi();
    const store = new ConfigMapFinalLogs({
      client: api,
      namespace: "okevn",
      nodeName: "vn",
      logs,
      maxBytesPerContainer: 1024,
      isLeader: () => true,
    });
    await store.capture(pod("u1", 1));
    expect((await store.read("u1", "main", false))?.toString()).toBe("oci://c-u1 current\n");
    expect((await store.read("u1", "main", true))?.toString()).toBe("oci://c-u1 previous\n");
    expect(await store.read("u1", "other", false)).toBeUndefined();
    expect(await store.read("u2", "main", false)).toBeUndefined();
  });

  it("keeps only the tail, writes nothing on a standby, sweeps deleted pods and evicts the oldest", async () => {
    const api = fakeApi();
    let leader = false;
    const stored = gzipSync(Buffer.from("xxxxxxEND\n")).toString("base64").length;
    const store = new ConfigMapFinalLogs({
      client: api,
      namespace: "okevn",
      nodeName: "vn",
      logs: async () => Buffer.from("x".repeat(5000) + "END\n"),
      maxBytesPerContainer: 10,
      maxTotalBytes: 3 * stored + 1,
      isLeader: () => leader,
    });
    await store.capture(pod("u0"));
    expect(api.maps.size).toBe(0);
    leader = true;
    await store.capture(pod("u1"));
    expect((await store.read("u1", "main", false))?.toString()).toBe("xxxxxxEND\n");
    await store.capture(pod("u2"));
    await store.capture(pod("u3"));
    // The budget holds three pods: the fourth evicts the oldest.
    await store.capture(pod("u4"));
    expect([...api.maps.keys()]).toEqual(["okevn-logs-u2", "okevn-logs-u3", "okevn-logs-u4"]);
    await store.sweep(new Set(["u3"]));
    expect([...api.maps.keys()]).toEqual(["okevn-logs-u3"]);
  });

  it("gives up after three failed attempts so the instance can still be deleted", async () => {
    const api = fakeApi();
    const store = new ConfigMapFinalLogs({
      client: api,
      namespace: "okevn",
      nodeName: "vn",
      logs: async () => {
        throw new Error("OCI down");
      },
      maxBytesPerContainer: 10,
      isLeader: () => true,
    });
    await expect(store.capture(pod("u1"))).rejects.toThrow("OCI down");
    await expect(store.capture(pod("u1"))).rejects.toThrow("OCI down");
    await expect(store.capture(pod("u1"))).resolves.toBeUndefined();
  });
});
