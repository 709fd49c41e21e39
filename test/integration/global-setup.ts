/**
 * One real control plane per integration run, shared by every test file; files isolate
 * themselves by namespace. Its folder (`.test-run/`) keeps the component logs afterwards.
 */
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startControlPlane } from "../controlplane/control-plane.ts";
import type { ClusterInfo } from "./support/cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    cluster: ClusterInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = join(project.config.root, ".test-run", "controlplane");
  const controlPlane = await startControlPlane({ dir, log: (line) => console.log(line) });
  project.provide("cluster", {
    server: controlPlane.server,
    version: controlPlane.version,
    kubeconfig: controlPlane.paths.kubeconfig,
    kubectl: controlPlane.paths.kubectl,
    caCert: controlPlane.paths.caCert,
    caKey: controlPlane.paths.caKey,
    hostAddress: controlPlane.network.hostAddress,
  });
  return () => controlPlane.stop();
}
