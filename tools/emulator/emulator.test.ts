// Unit tests of the emulator's parts: no servers, no network.
import * as common from "oci-common";
import { describe, expect, it } from "vitest";
import { CallLog } from "./call-log.ts";
import { parseQuery as parseUrlQuery } from "./context.ts";
import { Faults } from "./faults.ts";
import { LimitTracker } from "./limits.ts";
import { LOG_LIMIT_BYTES, renderLogs } from "./logs.ts";
import { parseQuery as parseMql } from "./metrics.ts";
import { createRng, makeOcid } from "./rng.ts";
import { behaviourFor, globMatch, parseScenarios, scenario } from "./scenarios.ts";
import { Scheduler } from "./scheduler.ts";
import { DEFAULT_SHAPES, resolveShapeConfig } from "./shapes.ts";
import { fingerprintOf, generateApiKey, KeyRegistry, sha256Base64, verifyRequest } from "./signing.ts";
import { decodePage, paginate } from "./store.ts";
import type { InstanceRecord } from "./types.ts";
import { IpAllocator } from "./vnic.ts";

const key = generateApiKey();

async function sdkSigned(method: string, url: string, body?: string, xDate?: string) {
  const provider = new common.SimpleAuthenticationDetailsProvider(
    "ocid1.tenancy.oc1..t",
    "ocid1.user.oc1..u",
    key.fingerprint,
    key.privateKeyPem,
    null,
    common.Region.US_ASHBURN_1,
  );
  const headers = new Headers({ "content-type": "application/json", ...(xDate ? { "x-date": xDate } : {}) });
  await new common.DefaultRequestSigner(provider).signHttpRequest({
    uri: `http://127.0.0.1:9${url}`,
    method,
    headers,
    body,
  } as unknown as common.HttpRequest);
  const plain: Record<string, string> = {};
  headers.forEach((v, k) => (plain[k] = v));
  return { method, url, headers: plain, body: Buffer.from(body ?? "") };
}

describe("signing", () => {
  const keys = new KeyRegistry();
  keys.add("ocid1.tenancy.oc1..t", "ocid1.user.oc1..u", key.publicKeyPem);

  it("computes OCI fingerprints (md5 of the DER public key)", () => {
    expect(key.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(fingerprintOf(key.publicKeyPem)).toBe(key.fingerprint);
  });

  it("verifies GET and POST requests signed by the SDK signer", async () => {
    const get = await sdkSigned(
      "GET",
      "/20210415/containerInstances?compartmentId=c&availabilityDomain=Emul:AD-1%20x",
    );
    expect(verifyRequest(get, keys).userId).toBe("ocid1.user.oc1..u");
    const post = await sdkSigned("POST", "/20210415/containerInstances", '{"a":1}');
    expect(post.headers["x-content-sha256"]).toBe(sha256Base64(Buffer.from('{"a":1}')));
    expect(verifyRequest(post, keys).tenancyId).toBe("ocid1.tenancy.oc1..t");
    const empty = await sdkSigned("POST", "/20210415/containerInstances/x/actions/stop");
    expect(verifyRequest(empty, keys).keyId).toContain(key.fingerprint);
  });

  it("rejects tampering, stale dates and unknown keys with 401 NotAuthenticated", async () => {
    const post = await sdkSigned("POST", "/20210415/containerInstances", '{"a":1}');
    expect(() => verifyRequest({ ...post, body: Buffer.from('{"a":2}') }, keys)).toThrow(/x-content-sha256/);
    expect(() => verifyRequest({ ...post, url: "/20210415/containers" }, keys)).toThrow(/does not verify/);
    const stale = await sdkSigned("GET", "/x", undefined, new Date(Date.now() - 301_000).toUTCString());
    expect(() => verifyRequest(stale, keys)).toThrow(/clock skew/);
    const other = new KeyRegistry();
    expect(() => verifyRequest(post, other)).toThrowError(
      expect.objectContaining({ status: 401, code: "NotAuthenticated" }),
    );
    const noHost = {
      ...post,
      headers: { ...post.headers, authorization: post.headers.authorization!.replace(" host", "") },
    };
    expect(() => verifyRequest(noHost, keys)).toThrow(/host must be signed/);
  });
});

describe("scheduler", () => {
  it("runs events in time order, then insertion order", async () => {
    const s = new Scheduler();
    const order: number[] = [];
    s.after(20, () => order.push(3));
    s.after(0, () => order.push(1));
    s.after(0, () => order.push(2));
    await new Promise((r) => setTimeout(r, 60));
    expect(order).toEqual([1, 2, 3]);
    s.stop();
  });
});

describe("faults", () => {
  it("counts, probabilities (seeded) and token buckets", () => {
    let now = 0;
    const f = new Faults({ rules: [{ operation: "A", error: { status: 500, count: 2 } }] }, 7, () => now);
    expect([f.decide("A"), f.decide("A"), f.decide("A")].map((d) => d.reject?.code)).toEqual([
      "InternalServerError",
      "InternalServerError",
      undefined,
    ]);
    expect(f.decide("B").reject).toBeUndefined();
    const roll = (seed: number) => {
      const g = new Faults({ seed, rules: [{ error: { status: 503, probability: 0.5 } }] }, 1);
      return Array.from({ length: 20 }, () => (g.decide("X").reject ? 1 : 0)).join("");
    };
    expect(roll(3)).toBe(roll(3));
    f.set({ rules: [{ operation: "*", rateLimit: { requestsPerSecond: 2, burst: 1 } }] }, 1);
    expect(f.decide("A").reject).toBeUndefined();
    expect(f.decide("A").reject?.status).toBe(429);
    now += 500;
    expect(f.decide("A").reject).toBeUndefined();
  });

  it("create-only faults apply to CreateContainerInstance", () => {
    const f = new Faults({ rules: [{ acceptedThen503: {}, outOfCapacity: { mode: "sync" } }] }, 1);
    expect(f.decide("GetContainer")).toMatchObject({ acceptedThen503: false });
    expect(f.decide("CreateContainerInstance")).toMatchObject({
      acceptedThen503: true,
      outOfCapacity: "sync",
    });
  });
});

describe("scenarios", () => {
  it("matches image globs, commands and env; first rule wins; default runs forever", () => {
    expect(globMatch("*/crash:*", "docker.io/x/crash:1")).toBe(true);
    expect(globMatch("a.b", "axb")).toBe(false);
    const rules = parseScenarios([
      { match: { env: { MODE: "fail" } }, behaviour: { exit: { code: 2, afterMs: 1 } } },
      scenario.crashLoop("*crash*"),
      { match: { command: "sleep *" }, behaviour: { exit: { code: 0, afterMs: 5 } } },
    ]);
    expect(
      behaviourFor(rules, { imageUrl: "crash:1", environmentVariables: { MODE: "fail" } }).exit?.code,
    ).toBe(2);
    expect(behaviourFor(rules, { imageUrl: "crash:1" }).exit?.code).toBe(1);
    expect(
      behaviourFor(rules, { imageUrl: "busybox", command: ["sleep"], arguments: ["5"] }).exit?.code,
    ).toBe(0);
    expect(behaviourFor(rules, { imageUrl: "nginx" })).toEqual({});
    expect(() => parseScenarios([{ match: {} }])).toThrow(/behaviour/);
  });
});

describe("logs", () => {
  it("generates lines at the rate and keeps only the last 256 KB", () => {
    const b = { logs: { lines: ["a{n}", "b{n}"], intervalMs: 10 } };
    expect(renderLogs(b, { startedAt: 0 }, 25).toString()).toBe("a0\nb1\na2\n");
    expect(renderLogs(b, { startedAt: 0, endedAt: 10 }, 1000).toString()).toBe("a0\nb1\n");
    expect(renderLogs({ logs: { ...b.logs, maxLines: 1 } }, { startedAt: 0 }, 1000).toString()).toBe("a0\n");
    const big = renderLogs({ logs: { lines: ["x".repeat(99)], intervalMs: 1 } }, { startedAt: 0 }, 10_000);
    expect(big.length).toBe(LOG_LIMIT_BYTES);
    expect(renderLogs({}, { startedAt: 0 }, 100).length).toBe(0);
  });
});

describe("shapes and limits", () => {
  it("fills defaults and enforces the shape options", () => {
    expect(resolveShapeConfig(DEFAULT_SHAPES, "CI.Standard.E4.Flex", { ocpus: 4 })).toMatchObject({
      memoryInGBs: 64,
      networkingBandwidthInGbps: 4,
    });
    expect(() => resolveShapeConfig(DEFAULT_SHAPES, "CI.Standard.E4.Flex", { ocpus: 0.5 })).toThrow(/ocpus/);
    expect(() =>
      resolveShapeConfig(DEFAULT_SHAPES, "CI.Standard.A1.Flex", { ocpus: 76, memoryInGBs: 489 }),
    ).toThrow(/memoryInGBs/);
    expect(() => resolveShapeConfig(DEFAULT_SHAPES, "VM.Standard2.1", { ocpus: 1 })).toThrow(/Invalid shape/);
  });

  it("counts usage per AD and answers LimitExceeded", () => {
    const t = new LimitTracker({ ocpusPerAd: 2, memoryInGBsPerAd: 100, instancesPerAd: 10 });
    const inst = { availabilityDomain: "AD-1", shapeConfig: { ocpus: 2, memoryInGBs: 8 } } as InstanceRecord;
    t.check("AD-1", 2, 8);
    t.add(inst, 1);
    expect(() => t.check("AD-1", 1, 1)).toThrowError(
      expect.objectContaining({ status: 400, code: "LimitExceeded" }),
    );
    t.check("AD-2", 1, 1);
    t.add(inst, -1);
    t.check("AD-1", 1, 1);
  });
});

describe("paging, query parsing, ids, IPs, call log", () => {
  it("pages with opaque tokens", () => {
    const p1 = paginate([1, 2, 3, 4, 5], 0, 2);
    expect(p1.items).toEqual([1, 2]);
    const p3 = paginate([1, 2, 3, 4, 5], decodePage(paginate([1, 2, 3, 4, 5], 2, 2).nextPage)!, 2);
    expect(p3).toEqual({ items: [5] });
    expect(decodePage("nonsense")).toBeUndefined();
  });

  it("parses queries like OCI: '+' stays, %20 decodes", () => {
    const q = parseUrlQuery("displayName=a+b%20c&availabilityDomain=Emul:AD-1");
    expect(q.get("displayName")).toBe("a+b c");
    expect(q.get("availabilityDomain")).toBe("Emul:AD-1");
  });

  it("makes seeded OCIDs", () => {
    expect(makeOcid(createRng(5), "vnic", "iad")).toBe(makeOcid(createRng(5), "vnic", "iad"));
    expect(makeOcid(createRng(5), "vnic", "iad")).toMatch(/^ocid1\.vnic\.oc1\.iad\.[a-z2-7]{60}$/);
  });

  it("shares one pool across subnets under the process runtime, within its /24", () => {
    const ips = new IpAllocator({ network: "198.19.7.0", prefixLength: 24 });
    expect(ips.allocate("s1")).toBe("198.19.7.2");
    expect(ips.allocate("s2")).toBe("198.19.7.3");
    expect(() => ips.allocate("s1", "198.19.8.2")).toThrowError(/198.19.7.0\/24/);
    for (let i = 4; i <= 254; i++) expect(ips.allocate("s1")).toBe(`198.19.7.${i}`);
    expect(() => ips.allocate("s1")).toThrowError(/No free private IP/);
  });

  it("hands out private IPs per subnet and reuses released ones", () => {
    const ips = new IpAllocator();
    expect(ips.allocate("s1")).toBe("100.64.0.2");
    expect(ips.allocate("s1")).toBe("100.64.0.3");
    expect(ips.allocate("s2")).toBe("100.65.0.2");
    ips.release("s1", "100.64.0.2");
    expect(ips.allocate("s1")).toBe("100.64.0.2");
    expect(() => ips.allocate("s1", "100.64.0.3")).toThrowError(expect.objectContaining({ status: 409 }));
    expect(() => ips.allocate("s1", "10.0.0.5")).toThrowError(/not in the subnet's CIDR 100.64.0.0\/16/);
  });

  it("takes a Networking subnet's addresses from its cidrBlock, never its reserved ones", () => {
    const ips = new IpAllocator(undefined, (id) => (id === "made" ? "10.0.10.0/24" : undefined));
    expect(ips.cidrOf("made")).toBe("10.0.10.0/24");
    expect(ips.allocate("made")).toBe("10.0.10.2");
    expect(ips.allocate("made", "10.0.10.254")).toBe("10.0.10.254");
    for (const reserved of ["10.0.10.0", "10.0.10.1", "10.0.10.255"])
      expect(() => ips.allocate("made", reserved)).toThrowError(/reserved/);
    expect(ips.cidrOf("other")).toBe("100.65.0.0/16");
  });

  it("parses the MQL subset", () => {
    expect(parseMql('CpuUsed[1m]{resourceId = "ocid1.x", faultDomain="FD-1"}.max()')).toEqual({
      name: "CpuUsed",
      intervalMs: 60_000,
      dimensions: { resourceId: "ocid1.x", faultDomain: "FD-1" },
      statistic: "max",
    });
    expect(() => parseMql("Foo[1m].max()")).toThrow(/Unknown metric/);
  });

  it("keeps a bounded call log and counters", () => {
    const log = new CallLog(2);
    for (const status of [200, 429, 200]) {
      log.record({
        time: "",
        operation: "Op",
        method: "GET",
        path: "/",
        status,
        opcRequestId: "r",
        durationMs: 1,
        params: {},
      });
    }
    expect(log.entries()).toHaveLength(2);
    expect(log.count("Op")).toBe(3);
    expect(log.count("Op", 429)).toBe(1);
    expect(log.entries({ status: 200 }).map((e) => e.seq)).toEqual([3]);
  });
});
