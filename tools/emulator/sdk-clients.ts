// Real, unmodified OCI SDK clients pointed at an emulator, signing with the emulator's registered
// API key. For tests: the SDK default retry and circuit breaker stay on unless you turn them off.
import * as common from "oci-common";
import { ContainerInstanceClient, type ContainerInstanceWaiter } from "oci-containerinstances";
import { VirtualNetworkClient } from "oci-core";
import { MonitoringClient } from "oci-monitoring";
import type { Credentials } from "./emulator.ts";

export interface ClientOptions {
  /** false: common.NoRetryConfigurationDetails (default: the SDK's own default). */
  retries?: boolean;
  /** false: a per-client breaker that is disabled (default: the SDK's default breaker). */
  circuitBreaker?: boolean;
  /** Sign with this PEM instead of the registered one (negative tests). */
  privateKeyPem?: string;
}

export interface SdkClients {
  provider: common.SimpleAuthenticationDetailsProvider;
  containerInstances: ContainerInstanceClient;
  virtualNetwork: VirtualNetworkClient;
  monitoring: MonitoringClient;
  /** A waiter that polls every `pollSeconds` (default 0.05 s) for up to `maxSeconds` (default 60). */
  waiter(pollSeconds?: number, maxSeconds?: number): ContainerInstanceWaiter;
  close(): void;
}

export function authProvider(
  c: Credentials,
  privateKeyPem = c.privateKeyPem,
): common.SimpleAuthenticationDetailsProvider {
  return new common.SimpleAuthenticationDetailsProvider(
    c.tenancyId,
    c.userId,
    c.fingerprint,
    privateKeyPem,
    null,
    common.Region.fromRegionId(c.region),
  );
}

export function sdkClients(
  endpoint: string,
  credentials: Credentials,
  options: ClientOptions = {},
): SdkClients {
  const provider = authProvider(credentials, options.privateKeyPem);
  const config = (): common.ClientConfiguration => ({
    ...(options.retries === false ? { retryConfiguration: common.NoRetryConfigurationDetails } : {}),
    ...(options.circuitBreaker === false
      ? { circuitBreaker: new common.CircuitBreaker({ disableClientCircuitBreaker: true }) }
      : {}),
  });
  const containerInstances = new ContainerInstanceClient(
    { authenticationDetailsProvider: provider },
    config(),
  );
  const virtualNetwork = new VirtualNetworkClient({ authenticationDetailsProvider: provider }, config());
  const monitoring = new MonitoringClient({ authenticationDetailsProvider: provider }, config());
  // The region from the provider set an OCI endpoint; the endpoint must be set last.
  containerInstances.endpoint = endpoint;
  virtualNetwork.endpoint = endpoint;
  monitoring.endpoint = endpoint;
  return {
    provider,
    containerInstances,
    virtualNetwork,
    monitoring,
    waiter: (pollSeconds = 0.05, maxSeconds = 60) =>
      containerInstances.createWaiters({
        terminationStrategy: new common.MaxTimeTerminationStrategy(maxSeconds),
        delayStrategy: new common.FixedTimeDelayStrategy(pollSeconds),
      }),
    close() {
      containerInstances.close();
      virtualNetwork.close();
      monitoring.close();
    },
  };
}
