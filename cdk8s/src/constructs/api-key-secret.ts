import { Resource } from "./resource.ts";
import { Construct } from "constructs";
import { OCI_DIR, apiKeySecretName, commonLabels, type ChartContext } from "./context.ts";

export interface ApiKeySecretProps {
  readonly ctx: ChartContext;
}

/**
 * The OCI API key as an OCI config file plus the key, for `oci.auth: configFile` with
 * `oci.apiKey.create: true`. Workload identity (the default) needs no Secret.
 */
export class ApiKeySecret extends Construct {
  constructor(scope: Construct, id: string, props: ApiKeySecretProps) {
    super(scope, id);
    const { ctx } = props;
    const key = ctx.values.oci.apiKey;
    const config =
      `[DEFAULT]\nuser=${key.user}\nfingerprint=${key.fingerprint}\ntenancy=${key.tenancy}\n` +
      `region=${ctx.values.oci.region}\nkey_file=${OCI_DIR}/key.pem\n`;
    new Resource(this, "resource", ctx.tpl, {
      apiVersion: "v1",
      kind: "Secret",
      type: "Opaque",
      metadata: { name: apiKeySecretName(ctx), namespace: ctx.release.namespace, labels: commonLabels(ctx) },
      stringData: { config, "key.pem": key.privateKey },
    });
  }
}
