/**
 * The test bed's `oci` command: the two OCI CLI calls the stack makes, against the emulator.
 *
 * - `oci ce cluster generate-token --cluster-id X --region R`: an ExecCredential
 *   (client.authentication.k8s.io/v1beta1) for the helm provider. The real CLI presigns a request
 *   that OKE's API server verifies with IAM and maps to the OCI user; here the token is one the
 *   test bed minted for a ServiceAccount bound to cluster-admin (what an OKE tenancy administrator
 *   is). The cluster is looked up with a signed GetCluster first, so an unknown or deleted
 *   cluster is refused (exit 1) instead of yielding a token for the wrong cluster.
 * - `oci ce cluster create-kubeconfig --cluster-id X --region R --file F [--overwrite] ...`:
 *   CreateKubeconfig's content written to F, as the drain-on-destroy step calls it.
 *
 * Reads the OCI config from OCI_CONFIG_FILE (the bed's), the emulator's domain from
 * OCI_domain_name_override and the token from the JSON file OKEVN_TEST_OCI_CLI_STATE names.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as common from "oci-common";
import { ContainerEngineClient } from "oci-containerengine";

interface CliState {
  /** Bearer token the test API server accepts (cluster-admin). */
  readonly token: string;
}

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function cluster(args: readonly string[]): Promise<{ client: ContainerEngineClient; id: string }> {
  const id = option(args, "--cluster-id") ?? fail("Error: Missing option(s) --cluster-id.", 2);
  const region = option(args, "--region") ?? fail("Error: Missing option(s) --region.", 2);
  const domain = process.env["OCI_domain_name_override"] ?? fail("OCI_domain_name_override is not set");
  const auth = new common.ConfigFileAuthenticationDetailsProvider(process.env["OCI_CONFIG_FILE"]);
  const client = new ContainerEngineClient(
    { authenticationDetailsProvider: auth },
    { retryConfiguration: common.NoRetryConfigurationDetails },
  );
  client.endpoint = `https://containerengine.${region}.oci.${domain}`;
  try {
    const found = await client.getCluster({ clusterId: id });
    if (found.cluster.lifecycleState !== "ACTIVE")
      fail(`ServiceError: cluster ${id} is ${found.cluster.lifecycleState}, not ACTIVE`);
  } catch (error) {
    const e = error as { statusCode?: number; serviceCode?: string; message?: string };
    fail(
      `ServiceError: {"status": ${e.statusCode ?? 0}, "code": "${e.serviceCode ?? "Unknown"}", "message": "${e.message ?? String(error)}"}`,
    );
  }
  return { client, id };
}

async function main(args: readonly string[]): Promise<void> {
  const verb = args.slice(0, 3).join(" ");
  if (verb === "ce cluster generate-token") {
    await cluster(args);
    const statePath = process.env["OKEVN_TEST_OCI_CLI_STATE"] ?? fail("OKEVN_TEST_OCI_CLI_STATE is not set");
    const state = JSON.parse(readFileSync(statePath, "utf8")) as CliState;
    const expiration = new Date(Date.now() + 4 * 60 * 1000).toISOString();
    process.stdout.write(
      JSON.stringify({
        apiVersion: "client.authentication.k8s.io/v1beta1",
        kind: "ExecCredential",
        status: { token: state.token, expirationTimestamp: expiration },
      }) + "\n",
    );
    return;
  }
  if (verb === "ce cluster create-kubeconfig") {
    const file = option(args, "--file") ?? fail("Error: Missing option(s) --file.", 2);
    const { client, id } = await cluster(args);
    const res = await client.createKubeconfig({
      clusterId: id,
      createClusterKubeconfigContentDetails: {
        tokenVersion: option(args, "--token-version") ?? "2.0.0",
        endpoint: option(args, "--kube-endpoint") as never,
      },
    });
    const chunks: Buffer[] = [];
    for await (const chunk of res.value as unknown as AsyncIterable<Uint8Array>)
      chunks.push(Buffer.from(chunk));
    writeFileSync(file, Buffer.concat(chunks), { mode: 0o600 });
    process.stdout.write(`New config written to the Kubeconfig file ${file}\n`);
    return;
  }
  fail(
    `Usage: oci ce cluster generate-token|create-kubeconfig ... (the test bed's oci knows no "${verb}")`,
    2,
  );
}

await main(process.argv.slice(2));
