import { describe, expect, it } from "vitest";
import { serviceLoopbackAddress } from "../../agent/loopback.ts";
import { agentServiceEnv } from "./agent.ts";

describe("agentServiceEnv", () => {
  const api = { host: "10.0.0.10", port: 6443 };

  it("maps each variable to its own Service, the longest name first", () => {
    const env = agentServiceEnv(
      {
        WEB_SERVICE_HOST: "10.96.0.2",
        WEB_PORT: "tcp://10.96.0.2:80",
        WEB_PORT_SERVICE_HOST: "10.96.0.3",
        WEB_PORT_PORT: "tcp://10.96.0.3:81",
        WEB_PORT_PORT_81_TCP_ADDR: "10.96.0.3",
        OTHER: "10.96.0.2",
      },
      "shop",
      api,
    );
    const web = serviceLoopbackAddress("shop/web");
    const webPort = serviceLoopbackAddress("shop/web-port");
    expect(env).toEqual({
      WEB_SERVICE_HOST: web,
      WEB_PORT: `tcp://${web}:80`,
      WEB_PORT_SERVICE_HOST: webPort,
      WEB_PORT_PORT: `tcp://${webPort}:81`,
      WEB_PORT_PORT_81_TCP_ADDR: webPort,
      OTHER: "10.96.0.2",
    });
  });

  it("points KUBERNETES_* at the API server endpoint, or leaves them when it is unknown", () => {
    const kubernetes = {
      KUBERNETES_SERVICE_HOST: "10.96.0.1",
      KUBERNETES_SERVICE_PORT: "443",
      KUBERNETES_SERVICE_PORT_HTTPS: "443",
      KUBERNETES_PORT: "tcp://10.96.0.1:443",
      KUBERNETES_PORT_443_TCP: "tcp://10.96.0.1:443",
      KUBERNETES_PORT_443_TCP_PROTO: "tcp",
      KUBERNETES_PORT_443_TCP_PORT: "443",
      KUBERNETES_PORT_443_TCP_ADDR: "10.96.0.1",
    };
    expect(agentServiceEnv(kubernetes, "default", api)).toEqual({
      KUBERNETES_SERVICE_HOST: "10.0.0.10",
      KUBERNETES_SERVICE_PORT: "6443",
      KUBERNETES_SERVICE_PORT_HTTPS: "6443",
      KUBERNETES_PORT: "tcp://10.0.0.10:6443",
      KUBERNETES_PORT_443_TCP: "tcp://10.0.0.10:6443",
      KUBERNETES_PORT_443_TCP_PROTO: "tcp",
      KUBERNETES_PORT_443_TCP_PORT: "6443",
      KUBERNETES_PORT_443_TCP_ADDR: "10.0.0.10",
    });
    expect(agentServiceEnv(kubernetes, "default", undefined)).toEqual(kubernetes);
  });
});
