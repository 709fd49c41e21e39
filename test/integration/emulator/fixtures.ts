// Shared set-up for the emulator's integration tests: an emulator per file and real SDK clients.
import type { models } from "oci-containerinstances";
import { startEmulator, type Emulator, type EmulatorOptions } from "../../../tools/emulator/emulator.ts";
import { sdkClients, type ClientOptions, type SdkClients } from "../../../tools/emulator/sdk-clients.ts";

export interface Harness {
  emu: Emulator;
  sdk: SdkClients;
  clients(options?: ClientOptions): SdkClients;
  close(): Promise<void>;
}

export async function harness(
  options: EmulatorOptions = {},
  clientOptions: ClientOptions = {},
): Promise<Harness> {
  const emu = await startEmulator({ profile: "fast", ...options });
  const opened: SdkClients[] = [];
  const clients = (o: ClientOptions = {}): SdkClients => {
    const c = sdkClients(emu.endpoint, emu.credentials, o);
    opened.push(c);
    return c;
  };
  const sdk = clients(clientOptions);
  return {
    emu,
    sdk,
    clients,
    async close() {
      for (const c of opened) c.close();
      await emu.stop();
    },
  };
}

export function instanceDetails(
  emu: Emulator,
  overrides: Partial<models.CreateContainerInstanceDetails> = {},
  image = "docker.io/library/nginx:1.27",
): models.CreateContainerInstanceDetails {
  const c = emu.credentials;
  return {
    compartmentId: c.compartmentId,
    availabilityDomain: c.availabilityDomains[0]!,
    shape: "CI.Standard.E4.Flex",
    shapeConfig: { ocpus: 1, memoryInGBs: 4 },
    containers: [{ imageUrl: image, displayName: "main" }],
    vnics: [{ subnetId: c.subnetId }],
    ...overrides,
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until check() returns a value (not undefined) or the time is up. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await sleep(20);
  }
}

export async function readStream(value: unknown): Promise<string> {
  return new Response(value as ReadableStream).text();
}
