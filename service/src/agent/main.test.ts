import { describe, expect, it } from "vitest";
import { AgentConfigError, agentSettings } from "./main.ts";

const base = {
  OKEVN_FEED_URLS: "https://10.0.1.5:10250, https://10.0.1.6:10250",
  OKEVN_POD_UID: "uid-1",
  OKEVN_AGENT_TOKEN: "token",
};

describe("agentSettings", () => {
  it("reads the env the translation writes, with defaults", () => {
    const settings = agentSettings(
      { ...base, OKEVN_POD_PORTS: "8080/TCP,53/UDP", OKEVN_UPSTREAM_DNS: "10.0.2.17" },
      () => "PEM",
    );
    expect(settings).toEqual({
      feedUrls: ["https://10.0.1.5:10250", "https://10.0.1.6:10250"],
      podUid: "uid-1",
      token: "token",
      ca: "PEM",
      clusterDomain: "cluster.local",
      upstreams: ["10.0.2.17"],
      podPorts: [
        { port: 8080, protocol: "TCP" },
        { port: 53, protocol: "UDP" },
      ],
      dnsAddress: "127.0.0.53",
      dnsPort: 53,
      healthPort: 10_253,
      dataPath: "unprivileged",
      clusterDns: undefined,
    });
    const privileged = agentSettings(
      { ...base, OKEVN_DATA_PATH: "privileged", OKEVN_CLUSTER_DNS: "10.96.0.10" },
      () => "PEM",
    );
    expect([privileged.dataPath, privileged.clusterDns]).toEqual(["privileged", "10.96.0.10"]);
    expect(agentSettings({ ...base, OKEVN_FEED_CA: "INLINE" }, () => "FILE").ca).toBe("INLINE");
  });

  it("names the variable at fault", () => {
    const fail = (env: Record<string, string>, message: RegExp): void =>
      expect(() => agentSettings(env, () => "PEM")).toThrow(message);
    fail({ ...base, OKEVN_POD_UID: "" }, /OKEVN_POD_UID is required/);
    fail({ ...base, OKEVN_FEED_URLS: "10.0.1.5" }, /OKEVN_FEED_URLS: not a base URL/);
    fail({ ...base, OKEVN_POD_PORTS: "80/SCTP" }, /OKEVN_POD_PORTS: expected/);
    fail({ ...base, OKEVN_POD_PORTS: "70000/TCP" }, /OKEVN_POD_PORTS/);
    fail({ ...base, OKEVN_DNS_PORT: "0" }, /OKEVN_DNS_PORT: not a port/);
    fail(
      { ...base, OKEVN_DATA_PATH: "kernel" },
      /OKEVN_DATA_PATH: expected one of auto, privileged, unprivileged/,
    );
    fail({ ...base, OKEVN_CLUSTER_DNS: "kube-dns" }, /OKEVN_CLUSTER_DNS: not an IPv4 address/);
    expect(() =>
      agentSettings(base, () => {
        throw new Error("ENOENT");
      }),
    ).toThrow(AgentConfigError);
  });
});
