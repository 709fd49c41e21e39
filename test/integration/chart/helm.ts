/** Real helm (from the toolchain) against the chart, and the chart's expected output. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { ensureTools } from "../../../tools/toolchain/build.ts";

export const CHART = join(import.meta.dirname, "..", "..", "..", "charts", "oke-virtual-nodes");
export const KUBE_VERSION = "1.34.0";

let helmPath: string | undefined;

export async function helmBinary(): Promise<string> {
  helmPath ??= (await ensureTools(["helm"]))["helm"]!;
  return helmPath;
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs helm synchronously with an isolated home (no repositories, no plugins). */
export async function helm(args: readonly string[], kubeconfig?: string): Promise<Run> {
  const bin = await helmBinary();
  const home = join(import.meta.dirname, "..", "..", "..", ".test-run", "helm-home");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env["PATH"],
    HOME: home,
    HELM_CACHE_HOME: join(home, "cache"),
    HELM_CONFIG_HOME: join(home, "config"),
    HELM_DATA_HOME: join(home, "data"),
    ...(kubeconfig ? { KUBECONFIG: kubeconfig } : {}),
  };
  const r = spawnSync(bin, args, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
  return { code: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

export type Doc = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  [key: string]: unknown;
};

/** `helm template` output as documents. @throws when helm fails */
export async function template(
  release: string,
  namespace: string,
  valuesFiles: readonly string[],
): Promise<Doc[]> {
  const args = ["template", release, CHART, "-n", namespace, "--kube-version", KUBE_VERSION];
  for (const f of valuesFiles) args.push("-f", f);
  const r = await helm(args);
  if (r.code !== 0) throw new Error(`helm template failed: ${r.stderr}`);
  return parseAllDocuments(r.stdout)
    .map((d) => d.toJSON() as Doc | null)
    .filter((d): d is Doc => d !== null);
}

export const identity = (d: Doc): string => `${d.kind}/${d.metadata.namespace ?? ""}/${d.metadata.name}`;

/** Runs helm in the background (for an uninstall whose hook is watched meanwhile). */
export async function helmAsync(args: readonly string[], kubeconfig: string): Promise<Run> {
  const { spawn } = await import("node:child_process");
  const bin = await helmBinary();
  const home = join(import.meta.dirname, "..", "..", "..", ".test-run", "helm-home");
  return new Promise((resolve) => {
    const child = spawn(bin, args, {
      env: { PATH: process.env["PATH"], HOME: home, KUBECONFIG: kubeconfig },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
