import { describe, expect, it } from "vitest";
import { NotFoundError, TransientError } from "../errors.ts";
import type { KubeHttp } from "./http.ts";
import { ReferenceCache } from "./reference-cache.ts";

/** Answers GETs of ConfigMaps from a map after a tick; counts them. */
function fakeHttp(objects: Map<string, unknown>, fail = new Set<string>()): KubeHttp & { gets: string[] } {
  const gets: string[] = [];
  return {
    gets,
    request: async (method: string, path: string) => {
      gets.push(`${method} ${path}`);
      await new Promise((r) => setTimeout(r, 1));
      if (fail.has(path)) throw new TransientError("apiserver unavailable", 503);
      if (!objects.has(path)) throw new NotFoundError(`${path} not found`, 404);
      return objects.get(path);
    },
  } as unknown as KubeHttp & { gets: string[] };
}

const CM = "/api/v1/namespaces/ns/configmaps/app";

describe("ReferenceCache", () => {
  it("one GET for concurrent reads and for reads within the TTL", async () => {
    const http = fakeHttp(new Map([[CM, { data: { k: "v" } }]]));
    let now = 0;
    const cache = new ReferenceCache(http, { ttlMs: 2000, now: () => now });
    const all = await Promise.all(Array.from({ length: 50 }, () => cache.get("configmaps", "ns", "app")));
    expect(all.every((cm) => (cm as { data: object }).data !== undefined)).toBe(true);
    now = 1500;
    await cache.get("configmaps", "ns", "app");
    expect(http.gets).toEqual([`GET ${CM}`]);
    now = 3600;
    await cache.get("configmaps", "ns", "app");
    expect(http.gets).toHaveLength(2);
  });

  it("absence is an answer (cached for the TTL); a failure is not", async () => {
    const http = fakeHttp(new Map(), new Set(["/api/v1/namespaces/ns/secrets/broken"]));
    let now = 0;
    const cache = new ReferenceCache(http, { ttlMs: 2000, now: () => now });
    expect(await cache.get("secrets", "ns", "absent")).toBeUndefined();
    expect(await cache.get("secrets", "ns", "absent")).toBeUndefined();
    expect(http.gets).toHaveLength(1);
    await expect(cache.get("secrets", "ns", "broken")).rejects.toBeInstanceOf(TransientError);
    await expect(cache.get("secrets", "ns", "broken")).rejects.toBeInstanceOf(TransientError);
    expect(http.gets).toHaveLength(3);
    now = 2500;
    expect(await cache.get("secrets", "ns", "absent")).toBeUndefined();
    expect(http.gets).toHaveLength(4);
  });

  it("holds at most maxEntries and forgets expired ones on the next read", async () => {
    const http = fakeHttp(new Map());
    let now = 0;
    const cache = new ReferenceCache(http, { ttlMs: 100, maxEntries: 3, now: () => now });
    for (const name of ["a", "b", "c", "d"]) await cache.get("configmaps", "ns", name);
    expect(cache.size).toBe(3);
    now = 1000;
    await cache.get("configmaps", "ns", "e");
    expect(cache.size).toBe(1);
  });

  it("TTL 0 still shares a GET in flight", async () => {
    const http = fakeHttp(new Map([[CM, {}]]));
    const cache = new ReferenceCache(http, { ttlMs: 0 });
    await Promise.all([cache.get("configmaps", "ns", "app"), cache.get("configmaps", "ns", "app")]);
    expect(http.gets).toHaveLength(1);
  });
});
