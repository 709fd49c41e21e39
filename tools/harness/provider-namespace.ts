/**
 * The provider's own namespace (`namespace` in its configuration, default `oke-virtual-nodes`):
 * the chart installs into it; a bare control plane (sandbox, tests, bench, soak) must create it,
 * or the provider reports itself not Ready (it could not keep final logs there).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** The provider configuration's default `namespace`. */
export const PROVIDER_NAMESPACE = "oke-virtual-nodes";

/** Creates the namespace with real kubectl; one that exists already is fine. */
export async function createProviderNamespace(
  kubectl: string,
  kubeconfig: string,
  namespace: string = PROVIDER_NAMESPACE,
): Promise<void> {
  try {
    await exec(kubectl, ["--kubeconfig", kubeconfig, "create", "namespace", namespace]);
  } catch (error) {
    if (!/AlreadyExists/.test(String((error as { stderr?: string }).stderr ?? error))) throw error;
  }
}
