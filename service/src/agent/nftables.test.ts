import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseDataPath, DataPathUnavailableError, hasNetAdmin } from "./data-path.ts";
import { NftablesDataPath, nftScript } from "./nftables.ts";
import type { ServiceEntry } from "./table.ts";

/** Golden files: golden/<case>.nft is the script for the case; `UPDATE_GOLDEN=1` rewrites them. */
const GOLDEN = join(import.meta.dirname, "golden");
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, `${name}.nft`);
  if (UPDATE) writeFileSync(file, actual);
  expect(existsSync(file), `${file} is missing; run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

const web: ServiceEntry = {
  namespace: "shop",
  name: "web",
  kind: "ClusterIP",
  clusterIP: "10.96.0.20",
  ports: [
    { name: "http", protocol: "TCP", port: 80 },
    { name: "echo", protocol: "UDP", port: 7 },
  ],
  endpoints: [
    { ports: { http: 8080, echo: 7007 }, addresses: ["10.0.0.1", "10.0.0.2"] },
    // Another slice whose named targetPort resolved to another number.
    { ports: { http: 9090 }, addresses: ["10.0.0.3"] },
  ],
};
const empty: ServiceEntry = {
  namespace: "shop",
  name: "scaled-to-zero",
  kind: "ClusterIP",
  clusterIP: "10.96.0.9",
  ports: [
    { name: "", protocol: "TCP", port: 80 },
    { name: "", protocol: "UDP", port: 80 },
  ],
  endpoints: [],
};
const single: ServiceEntry = {
  namespace: "shop",
  name: "pg",
  kind: "ClusterIP",
  clusterIP: "10.96.1.2",
  ports: [{ name: "", protocol: "TCP", port: 5432 }],
  endpoints: [{ ports: { "": 5432 }, addresses: ["10.0.0.7"] }],
};
const kubeDns: ServiceEntry = {
  namespace: "kube-system",
  name: "kube-dns",
  kind: "ClusterIP",
  clusterIP: "10.96.0.10",
  ports: [
    { name: "dns", protocol: "UDP", port: 53 },
    { name: "dns-tcp", protocol: "TCP", port: 53 },
    { name: "metrics", protocol: "TCP", port: 9153 },
  ],
  endpoints: [],
};
const notRouted: ServiceEntry[] = [
  { ...web, name: "db", kind: "Headless", clusterIP: undefined },
  {
    namespace: "shop",
    name: "ext",
    kind: "ExternalName",
    externalName: "example.org",
    ports: [],
    endpoints: [],
  },
  { ...web, name: "v6", clusterIP: "fd00::20" },
];
const dns = { clusterIp: "10.96.0.10", address: "127.0.0.53", port: 53 };

describe("nftScript", () => {
  it("DNATs each ClusterIP port to its ready endpoints, refuses ports with none, sends cluster DNS to the agent", () => {
    golden("services", nftScript([web, single, empty, kubeDns, ...notRouted], dns));
  });

  it("with no Services is the empty table (the DNS redirect only)", () => {
    golden("empty", nftScript([], dns));
  });

  it("does not depend on the order of the entries, and without a DNS redirect routes kube-dns like any Service", () => {
    expect(nftScript([kubeDns, empty, web], dns)).toBe(nftScript([web, empty, kubeDns], dns));
    const script = nftScript([kubeDns]);
    expect(script).not.toContain("dnat to 127.0.0.53");
    expect(script).toContain("10.96.0.10 . udp . 53");
  });
});

describe("NftablesDataPath", () => {
  it("applies versions one at a time, coalescing to the newest, and keeps the last good rules on failure", async () => {
    const runs: string[] = [];
    let release: (() => void) | undefined;
    let fail = false;
    const logged: string[] = [];
    const path = new NftablesDataPath({
      run: (script) =>
        new Promise<void>((resolve, reject) => {
          runs.push(script);
          release = () => (fail ? reject(new Error("nft: boom")) : resolve());
        }),
      log: (message) => logged.push(message),
    });
    const first = path.apply([web]);
    const second = path.apply([empty]);
    const third = path.apply([web, empty]);
    expect(runs).toHaveLength(1);
    release!();
    await first;
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(runs).toHaveLength(2);
    expect(runs[1]).toBe(nftScript([web, empty]));
    release!();
    await Promise.all([second, third]);
    expect(runs).toHaveLength(2);
    expect(path.applied).toBe(nftScript([web, empty]));
    fail = true;
    const failed = path.apply([]);
    release!();
    await failed;
    expect(path.applied).toBe(nftScript([web, empty]));
    expect(path.failure).toBe("Error: nft: boom");
    expect(logged).toEqual(["agent: nftables apply failed; previous rules kept"]);
    fail = false;
    const recovered = path.apply([web]);
    release!();
    await recovered;
    expect(path.failure).toBeUndefined();
  });
});

describe("chooseDataPath", () => {
  // CapEff of a root container with Docker's default set, and of one with all capabilities.
  const defaults = "Name:\tnode\nCapEff:\t00000000a80425fb\n";
  const all = "Name:\tnode\nCapEff:\t000001ffffffffff\n";
  const works = async (): Promise<void> => undefined;
  const broken = async (): Promise<void> => {
    throw new Error("Operation not permitted");
  };

  it("reads CAP_NET_ADMIN from CapEff", () => {
    expect(hasNetAdmin(defaults)).toBe(false);
    expect(hasNetAdmin(all)).toBe(true);
    expect(hasNetAdmin("CapEff:\t0000000000001000\n")).toBe(true);
    expect(hasNetAdmin("Name:\tx\n")).toBe(false);
  });

  it("auto: privileged only with the capability and a working nftables", async () => {
    expect((await chooseDataPath("auto", { status: () => all, nft: works })).path).toBe("privileged");
    expect(await chooseDataPath("auto", { status: () => defaults, nft: works })).toEqual({
      path: "unprivileged",
      reason: "chosen: no CAP_NET_ADMIN in the effective capability set",
    });
    const noNft = await chooseDataPath("auto", { status: () => all, nft: broken });
    expect(noNft.path).toBe("unprivileged");
    expect(noNft.reason).toMatch(/nftables does not work: Operation not permitted/);
  });

  it("privileged is required when configured; unprivileged never probes", async () => {
    await expect(chooseDataPath("privileged", { status: () => defaults, nft: works })).rejects.toThrow(
      DataPathUnavailableError,
    );
    await expect(chooseDataPath("privileged", { status: () => all, nft: broken })).rejects.toThrow(
      /privileged data path required; CAP_NET_ADMIN held but nftables does not work/,
    );
    const probed: string[] = [];
    const choice = await chooseDataPath("unprivileged", {
      status: () => all,
      nft: async (script) => void probed.push(script),
    });
    expect(choice.path).toBe("unprivileged");
    expect(probed).toEqual([]);
  });
});
