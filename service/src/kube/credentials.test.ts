import { mkdtempSync, writeFileSync } from "node:fs";
import type { RequestOptions } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadKubeCredentials } from "./credentials.ts";

const b64 = (s: string): string => Buffer.from(s).toString("base64");

function kubeconfig(dir: string, cluster: object, user: object): string {
  const path = join(dir, "kubeconfig");
  writeFileSync(
    path,
    JSON.stringify({
      apiVersion: "v1",
      kind: "Config",
      "current-context": "here",
      contexts: [
        { name: "elsewhere", context: { cluster: "other", user: "other" } },
        { name: "here", context: { cluster: "c", user: "u" } },
      ],
      clusters: [{ name: "c", cluster }],
      users: [{ name: "u", user }],
    }),
  );
  return path;
}

async function applied(path: string | undefined, serviceAccountDir?: string): Promise<RequestOptions> {
  const credentials = await loadKubeCredentials(path, serviceAccountDir ? { serviceAccountDir } : {});
  const options: RequestOptions = { headers: {} };
  await credentials.applyToHTTPSOptions(options);
  return options;
}

describe("loadKubeCredentials", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads the current context's server, CA and client certificate from embedded data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-"));
    const path = kubeconfig(
      dir,
      { server: "https://10.0.0.1:6443", "certificate-authority-data": b64("CA") },
      { "client-certificate-data": b64("CERT"), "client-key-data": b64("KEY") },
    );
    const credentials = await loadKubeCredentials(path);
    expect(credentials.getCurrentCluster()).toEqual({ server: "https://10.0.0.1:6443", caData: b64("CA") });
    const options = await applied(path);
    expect([options.ca, options.cert, options.key].map(String)).toEqual(["CA", "CERT", "KEY"]);
    expect(options.headers).toEqual({});
  });

  it("reads files relative to the kubeconfig, and a token file each time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-"));
    writeFileSync(join(dir, "ca.crt"), "CA FILE");
    writeFileSync(join(dir, "token"), "first\n");
    const path = kubeconfig(
      dir,
      { server: "https://api:6443", "certificate-authority": "ca.crt", "insecure-skip-tls-verify": false },
      { tokenFile: "token" },
    );
    expect((await loadKubeCredentials(path)).getCurrentCluster()).toEqual({
      server: "https://api:6443",
      caFile: join(dir, "ca.crt"),
    });
    const credentials = await loadKubeCredentials(path);
    const first: RequestOptions = { headers: {} };
    await credentials.applyToHTTPSOptions(first);
    writeFileSync(join(dir, "token"), "second\n");
    const second: RequestOptions = { headers: {} };
    await credentials.applyToHTTPSOptions(second);
    expect(String(first.ca)).toBe("CA FILE");
    expect(first.headers).toEqual({ authorization: "Bearer first" });
    expect(second.headers).toEqual({ authorization: "Bearer second" });
  });

  it("hands a kubeconfig with an exec plugin to client-node's KubeConfig", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-"));
    const path = kubeconfig(
      dir,
      { server: "https://api:6443" },
      { exec: { apiVersion: "client.authentication.k8s.io/v1beta1", command: "oci", args: ["ce"] } },
    );
    const credentials = await loadKubeCredentials(path);
    expect(credentials.constructor.name).toBe("KubeConfig");
    expect(credentials.getCurrentCluster()?.server).toBe("https://api:6443");
  });

  it("names what is missing in a kubeconfig", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-"));
    const path = kubeconfig(dir, {}, { token: "t" });
    await expect(loadKubeCredentials(path)).rejects.toThrow(/cluster "c" has no server/);
  });

  it("in a cluster: the service host and port, its CA, and the projected token re-read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sa-"));
    writeFileSync(join(dir, "ca.crt"), "SA CA");
    writeFileSync(join(dir, "token"), "tok1");
    vi.stubEnv("KUBERNETES_SERVICE_HOST", "fd00::1");
    vi.stubEnv("KUBERNETES_SERVICE_PORT", "443");
    const credentials = await loadKubeCredentials(undefined, { serviceAccountDir: dir });
    expect(credentials.getCurrentCluster()).toEqual({
      server: "https://[fd00::1]:443",
      caFile: join(dir, "ca.crt"),
    });
    const options = await applied(undefined, dir);
    expect(String(options.ca)).toBe("SA CA");
    expect(options.headers).toEqual({ authorization: "Bearer tok1" });
  });

  it("outside a cluster without a kubeconfig: a ConfigError that says what to set", async () => {
    vi.stubEnv("KUBERNETES_SERVICE_HOST", "");
    await expect(loadKubeCredentials(undefined)).rejects.toThrow(/set kubeconfig/);
  });
});
