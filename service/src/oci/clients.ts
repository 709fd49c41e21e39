/**
 * OCI SDK clients for the provider. The SDK's own retries and circuit breaker are off:
 * retries belong to our work queues (decided by error class, with per-pod backoff), and
 * the breaker would fail every pod's calls client-side after a burst of 5xx.
 */
import * as common from "oci-common";
import { ContainerInstanceClient } from "oci-containerinstances";
import { VirtualNetworkClient } from "oci-core";
import { MonitoringClient } from "oci-monitoring";
import { NodeHttpClient } from "./http-client.ts";
import { CachedKeyRequestSigner } from "./signer.ts";

export type OciAuthMode = "configFile" | "instancePrincipal" | "resourcePrincipal" | "workloadIdentity";

export interface OciClientOptions {
  readonly auth: OciAuthMode;
  /** For `configFile` auth. */
  readonly configFile?: string;
  readonly profile?: string;
  readonly region: string;
  /** Endpoint overrides, e.g. to point at the emulator. */
  readonly endpoints?: {
    readonly containerInstances?: string;
    readonly core?: string;
    readonly monitoring?: string;
  };
}

export interface OciClients {
  readonly containerInstances: ContainerInstanceClient;
  readonly virtualNetwork: VirtualNetworkClient;
  readonly monitoring: MonitoringClient;
  close(): void;
}

async function authProvider(options: OciClientOptions): Promise<common.AuthenticationDetailsProvider> {
  switch (options.auth) {
    case "configFile":
      return new common.ConfigFileAuthenticationDetailsProvider(
        options.configFile,
        options.profile ?? "DEFAULT",
      );
    case "instancePrincipal":
      return (await new common.InstancePrincipalsAuthenticationDetailsProviderBuilder().build()) as unknown as common.AuthenticationDetailsProvider;
    case "resourcePrincipal":
      return common.ResourcePrincipalAuthenticationDetailsProvider.builder() as unknown as common.AuthenticationDetailsProvider;
    case "workloadIdentity":
      // Reads the pod's service-account token and the cluster CA from their standard paths.
      return new common.OkeWorkloadIdentityAuthenticationDetailsProvider.OkeWorkloadIdentityAuthenticationDetailsProviderBuilder().build() as unknown as common.AuthenticationDetailsProvider;
  }
}

export async function createOciClients(options: OciClientOptions): Promise<OciClients> {
  const provider = await authProvider(options);
  const configuration = (): common.ClientConfiguration => ({
    retryConfiguration: common.NoRetryConfigurationDetails,
    circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }),
  });
  // Our own HTTP client: node:http instead of fetch (http-client.ts) and a key parsed once (signer.ts);
  // no circuit breaker, as above.
  const httpClient = new NodeHttpClient(new CachedKeyRequestSigner(provider));
  const params = { httpClient };
  const containerInstances = new ContainerInstanceClient(params, configuration());
  const virtualNetwork = new VirtualNetworkClient(params, configuration());
  const monitoring = new MonitoringClient(params, configuration());
  // Setting the region picks OCI's endpoints; explicit endpoints must come after it.
  const region = common.Region.fromRegionId(options.region);
  for (const client of [containerInstances, virtualNetwork, monitoring]) client.region = region;
  if (options.endpoints?.containerInstances)
    containerInstances.endpoint = options.endpoints.containerInstances;
  if (options.endpoints?.core) virtualNetwork.endpoint = options.endpoints.core;
  if (options.endpoints?.monitoring) monitoring.endpoint = options.endpoints.monitoring;
  return {
    containerInstances,
    virtualNetwork,
    monitoring,
    close() {
      containerInstances.close();
      virtualNetwork.close();
      monitoring.close();
      httpClient.close();
      // The clients close a requesting provider only when it was passed to them.
      if (provider instanceof common.AbstractRequestingAuthenticationDetailsProvider)
        provider.closeProvider();
    },
  };
}
