import { describe, expect, it } from "vitest";
import { hostPort, ipv4Cidr, ocid, parseHostPort, quantity } from "./rules.ts";
import { closest } from "./suggest.ts";

describe("quantity", () => {
  it.each(["1", "1000", "250m", "0.5", ".5", "1.", "4Ti", "512Mi", "1e3", "2E+2", "100k", "1G"])(
    "accepts %s",
    (q) => {
      expect(quantity(q)).toBeUndefined();
    },
  );
  it.each(["", "-1", "+1", "1.5.2", "4TB", "Mi", "1 Gi", "0", "0.0Gi"])("rejects %j", (q) => {
    expect(quantity(q)).toBeDefined();
  });
});

describe("ocid", () => {
  const subnet = ocid("subnet");
  it.each([
    "ocid1.subnet.oc1..x",
    "ocid1.subnet.oc1.iad.aaaaaaaa",
    "ocid1.subnet.oc1.eu-frankfurt-1.aaaa",
    "ocid1.subnet.oc19.phx.future.aaaaExampleUniqueID",
  ])("accepts %s", (id) => {
    expect(subnet(id)).toBeUndefined();
  });
  it.each([
    "",
    "ocid1.subnet",
    "ocid1.subnet.oc1.iad.",
    "ocid1.vcn.oc1.iad.aaaa",
    "ocid2.subnet.oc1..x",
    " ocid1.subnet.oc1..x",
  ])("rejects %j", (id) => {
    expect(subnet(id)).toBeDefined();
  });
});

describe("host:port", () => {
  it("splits IPv4, IPv6 and names", () => {
    expect(parseHostPort("0.0.0.0:10255")).toEqual({ host: "0.0.0.0", port: 10255 });
    expect(parseHostPort("[::]:1")).toEqual({ host: "::", port: 1 });
    expect(parseHostPort("localhost:0")).toEqual({ host: "localhost", port: 0 });
    expect(parseHostPort("::1:80")).toBeUndefined();
    expect(parseHostPort(":80")).toBeUndefined();
  });
  it("checks the host", () => {
    expect(hostPort("under_score:80")).toBe("must be host:port with an IP address or DNS name as host");
  });
});

describe("closest", () => {
  it("suggests near misses, swaps and longer forms", () => {
    expect(closest("capcity", ["cpu", "capacity"])).toBe("capacity");
    expect(closest("nodename", ["nodeName", "namespace"])).toBe("nodeName");
    expect(closest("lables", ["labels", "taint"])).toBe("labels");
    expect(closest("warning", ["debug", "info", "warn", "error"])).toBe("warn");
  });
  it("suggests nothing far away", () => {
    expect(closest("foo", ["nodeName", "namespace"])).toBeUndefined();
    expect(closest("x", ["y"])).toBeUndefined();
  });
});

describe("ipv4Cidr", () => {
  it.each(["10.0.10.0/24", "10.0.0.0/16", "192.168.1.4/30", "0.0.0.0/0"])("accepts %s", (c) => {
    expect(ipv4Cidr(c)).toBeUndefined();
  });
  it.each([
    "10.0.10.0",
    "10.0.10.0/31",
    "10.0.10.0/33",
    "10.0.10.5/24",
    "fd00::/64",
    "10.0.10.0/24/1",
    "x/8",
  ])("rejects %j", (c) => {
    expect(ipv4Cidr(c)).toBeDefined();
  });
  it("names host bits", () => {
    expect(ipv4Cidr("10.0.10.5/24")).toMatch(/host bits/);
  });
});
