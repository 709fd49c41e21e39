/**
 * The stack without its release part, for the paths that test terraform's and the emulator's
 * behaviour on the OCI bed alone (interrupted-apply.test.ts): that bed has no cluster behind the
 * kubeconfig, and the cluster bed (cluster-bed.ts) would add its start and the release's install
 * and uninstall to each case without testing anything more of what they check.
 */

type Json = Record<string, unknown>;

/** Addresses (`type.name`) of the release part: the helm_release and the steps that serve it. */
function releaseAddresses(tf: Json): string[] {
  const resources = (tf.resource ?? {}) as Record<string, Json>;
  const out: string[] = [];
  for (const name of Object.keys(resources.helm_release ?? {})) out.push(`helm_release.${name}`);
  for (const name of Object.keys(resources.terraform_data ?? {}))
    if (name.startsWith("release_")) out.push(`terraform_data.${name}`);
  return out;
}

/**
 * The stack's or module's Terraform JSON without the release part: the helm_release, the drain
 * step, and the outputs that name them.
 * @throws Error when anything else still refers to a removed resource
 */
export function applicablePart(tf: Json): Json {
  const removed = releaseAddresses(tf);
  const copy = structuredClone(tf);
  const resources = copy.resource as Record<string, Json>;
  for (const address of removed) {
    const [type, name] = address.split(".") as [string, string];
    delete resources[type]![name];
    if (Object.keys(resources[type]!).length === 0) delete resources[type];
  }
  const names = (text: string): boolean =>
    removed.some((a) => text.includes(`${a}.`) || text.includes(`"${a}"`));
  const outputs = (copy.output ?? {}) as Record<string, Json>;
  for (const [name, output] of Object.entries(outputs))
    if (names(JSON.stringify(output))) delete outputs[name];
  const left = JSON.stringify({ resource: copy.resource, output: copy.output, data: copy.data });
  if (names(left)) throw new Error("applicablePart: something still refers to the release part");
  return copy;
}

/** NSG security rules a default apply creates (all but the for_each over endpoint_allowed_cidrs). */
export function ruleCount(tf: Json): number {
  const rules = ((tf.resource as Record<string, Json>).oci_core_network_security_group_security_rule ??
    {}) as Record<string, Json>;
  return Object.values(rules).filter((r) => !("for_each" in r)).length;
}
