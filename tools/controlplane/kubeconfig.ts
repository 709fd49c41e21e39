import { writeFile } from "node:fs/promises";

export interface KubeconfigOptions {
  readonly server: string;
  readonly user: string;
  readonly caPath: string;
  readonly certPath: string;
  readonly keyPath: string;
}

/** Writes a single-context kubeconfig (JSON, which kubectl and client libraries read as YAML). */
export async function writeKubeconfig(path: string, options: KubeconfigOptions): Promise<void> {
  const config = {
    apiVersion: "v1",
    kind: "Config",
    clusters: [
      { name: "local", cluster: { server: options.server, "certificate-authority": options.caPath } },
    ],
    users: [
      { name: options.user, user: { "client-certificate": options.certPath, "client-key": options.keyPath } },
    ],
    contexts: [{ name: "local", context: { cluster: "local", user: options.user } }],
    "current-context": "local",
  };
  await writeFile(path, JSON.stringify(config, null, 2) + "\n", { mode: 0o600 });
}
