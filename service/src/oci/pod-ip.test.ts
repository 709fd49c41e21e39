import { describe, expect, it } from "vitest";
import { PodIpAllocator, REFUSED_TTL_MS, intToIpv4, ipv4ToInt, parseIpv4Cidr } from "./pod-ip.ts";

describe("parseIpv4Cidr", () => {
  it("reads blocks and refuses malformed ones or host bits", () => {
    expect(parseIpv4Cidr("10.0.10.0/24")).toEqual({ base: 0x0a000a00, prefixLength: 24 });
    expect(parseIpv4Cidr("192.168.0.0/16")).toEqual({ base: 0xc0a80000, prefixLength: 16 });
    for (const bad of ["10.0.10.1/24", "10.0.10.0", "10.0.10.0/33", "10.0.256.0/24", "10.0.10.0/24/1", "x/8"])
      expect(parseIpv4Cidr(bad), bad).toBeUndefined();
  });
});

describe("PodIpAllocator", () => {
  it("chooses from the top of the subnet, skipping the broadcast address and what is held", () => {
    const ips = new PodIpAllocator("10.0.10.0/24");
    expect(ips.choose(new Set())).toBe("10.0.10.254");
    expect(ips.choose(new Set(["10.0.10.254", "10.0.10.253"]))).toBe("10.0.10.252");
  });

  it("never chooses OCI's reserved addresses (network, gateway, broadcast) and says when the subnet is full", () => {
    const ips = new PodIpAllocator("10.0.10.0/29");
    const held = new Set<string>();
    for (let ip = ips.choose(held); ip !== undefined; ip = ips.choose(held)) held.add(ip);
    expect([...held]).toEqual(["10.0.10.6", "10.0.10.5", "10.0.10.4", "10.0.10.3", "10.0.10.2"]);
    expect(ips.contains("10.0.10.1")).toBe(false);
    expect(ips.contains("10.0.10.7")).toBe(false);
    expect(ips.contains("10.0.10.2")).toBe(true);
  });

  it("skips an address OCI refused for REFUSED_TTL_MS, then offers it again", () => {
    let now = 0;
    const ips = new PodIpAllocator("10.0.10.0/29", () => now);
    ips.refuse("10.0.10.6");
    expect(ips.choose(new Set())).toBe("10.0.10.5");
    const others = new Set(["10.0.10.5", "10.0.10.4", "10.0.10.3", "10.0.10.2"]);
    now = REFUSED_TTL_MS - 1;
    expect(ips.choose(others)).toBeUndefined();
    now = REFUSED_TTL_MS;
    expect(ips.choose(others)).toBe("10.0.10.6");
  });

  it("goes on below its last choice, so an address just freed is the last to be chosen again", () => {
    const ips = new PodIpAllocator("10.0.10.0/29");
    expect(ips.choose(new Set())).toBe("10.0.10.6");
    expect(ips.choose(new Set(["10.0.10.6"]))).toBe("10.0.10.5");
    // .6 and .5 are free again (their instances are gone): the search still goes on downward, then wraps.
    expect(ips.choose(new Set())).toBe("10.0.10.4");
    expect(ips.choose(new Set(["10.0.10.4"]))).toBe("10.0.10.3");
    expect(ips.choose(new Set(["10.0.10.4", "10.0.10.3"]))).toBe("10.0.10.2");
    expect(ips.choose(new Set(["10.0.10.4", "10.0.10.3", "10.0.10.2"]))).toBe("10.0.10.6");
  });

  it("chooses in constant time per address however many are held", () => {
    const ips = new PodIpAllocator("10.0.0.0/16");
    const held = new Set<string>();
    let probes = 0;
    const counting = { has: (ip: string) => (probes++, held.has(ip)) };
    for (let i = 0; i < 10_000; i++) held.add(ips.choose(counting)!);
    expect(held.size).toBe(10_000);
    expect(probes).toBe(10_000);
  });

  it("refuses CIDRs it cannot choose from", () => {
    expect(() => new PodIpAllocator("10.0.10.1/24")).toThrowError(/not an IPv4 CIDR/);
    expect(() => new PodIpAllocator("10.0.10.0/31")).toThrowError(/smaller than OCI's smallest subnet/);
  });
});

describe("PodIpAllocator spread", () => {
  it("starts each node at its own point of the upper half, wrapping round to the top, and still skips what is held", () => {
    const a = new PodIpAllocator("10.0.0.0/16", () => 0, "vn-ad1");
    const b = new PodIpAllocator("10.0.0.0/16", () => 0, "vn-ad2");
    const first = a.choose(new Set())!;
    expect(first).not.toBe(b.choose(new Set()));
    for (const ip of [first, b.choose(new Set())!]) {
      expect(ipv4ToInt(ip)!).toBeGreaterThanOrEqual(ipv4ToInt("10.0.128.0")!);
      expect(a.contains(ip)).toBe(true);
    }
    expect(new PodIpAllocator("10.0.0.0/16", () => 0, "vn-ad1").choose(new Set())).toBe(first);
    expect(a.choose(new Set([first]))).toBe(intToIpv4(ipv4ToInt(first)! - 1));
  });

  it("visits every usable address once before giving up", () => {
    const ips = new PodIpAllocator("10.0.10.0/28", () => 0, "vn-ad3");
    const held = new Set<string>();
    for (let ip = ips.choose(held); ip !== undefined; ip = ips.choose(held)) held.add(ip);
    expect([...held].sort()).toEqual(Array.from({ length: 13 }, (_, i) => `10.0.10.${i + 2}`).sort());
  });
});
