import { describe, expect, it } from "vitest";
import { AgentTable, ServiceFeed } from "./feed.ts";
import type { ServiceEntry } from "./table.ts";

const entry = (name: string, address = "10.0.0.1"): ServiceEntry => ({
  namespace: "ns",
  name,
  kind: "ClusterIP",
  ports: [{ name: "", protocol: "TCP", port: 80 }],
  endpoints: [{ ports: { "": 8080 }, addresses: [address] }],
});

describe("ServiceFeed", () => {
  it("gives a new agent a snapshot, then only the deltas it missed", () => {
    const feed = new ServiceFeed();
    feed.upsert(entry("a"));
    feed.upsert(entry("b"));
    const agent = new AgentTable();
    const first = feed.since(0);
    expect(first).toMatchObject({ version: 3, snapshot: [entry("a"), entry("b")] });
    agent.apply(first);

    feed.upsert(entry("a", "10.0.0.2"));
    feed.upsert(entry("a", "10.0.0.2")); // unchanged: no new version
    feed.remove("ns", "b");
    feed.remove("ns", "missing");
    const next = feed.since(agent.version, agent.epoch);
    expect(next).toEqual({
      epoch: feed.epoch,
      version: 5,
      deltas: [
        { version: 4, upsert: entry("a", "10.0.0.2") },
        { version: 5, remove: "ns/b" },
      ],
    });
    expect(agent.apply(next)).toBe(true);
    expect([...agent.entries.values()]).toEqual([entry("a", "10.0.0.2")]);
    expect(feed.since(agent.version, agent.epoch)).toMatchObject({ deltas: [] });
  });

  it("sends a snapshot to an agent of another epoch (failover) or one behind the kept deltas", () => {
    const feed = new ServiceFeed(2);
    feed.upsert(entry("a"));
    expect(feed.since(2, "other-replica")).toHaveProperty("snapshot");
    for (const name of ["b", "c", "d"]) feed.upsert(entry(name));
    expect(feed.since(2, feed.epoch)).toHaveProperty("snapshot");
    expect(feed.since(3, feed.epoch)).toMatchObject({ deltas: [{ version: 4 }, { version: 5 }] });
    expect(feed.since(99, feed.epoch)).toHaveProperty("snapshot");
  });

  it("wakes a long poll on the next change and times out empty otherwise", async () => {
    const feed = new ServiceFeed();
    const idle = await feed.wait(1, feed.epoch, 20);
    expect(idle).toMatchObject({ version: 1, deltas: [] });
    const pending = feed.wait(1, feed.epoch, 10_000);
    feed.upsert(entry("a"));
    expect(await pending).toMatchObject({ version: 2, deltas: [{ upsert: entry("a") }] });
    const aborted = new AbortController();
    const waiting = feed.wait(2, feed.epoch, 10_000, aborted.signal);
    aborted.abort();
    expect(await waiting).toMatchObject({ deltas: [] });
  });
});
