// `npm run emulator` — runs the emulator until interrupted. Prints one JSON line with the endpoint,
// the admin endpoint and the credentials' files (an OCI config file and the PEM key of the test user).
//
//   node tools/emulator/cli.ts [--port 0] [--profile realistic|fast] [--seed 1] [--region us-ashburn-1]
//                             [--state-dir .sandbox/emulator] [--scenarios file.json] [--faults file.json]
//                             [--runtime scenario|process]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { startEmulator } from "./emulator.ts";
import type { FaultConfig } from "./faults.ts";
import { parseScenarios } from "./scenarios.ts";
import type { Profile } from "./types.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    profile: { type: "string", default: "realistic" },
    seed: { type: "string", default: "1" },
    region: { type: "string", default: "us-ashburn-1" },
    "state-dir": { type: "string", default: ".sandbox/emulator" },
    scenarios: { type: "string" },
    faults: { type: "string" },
    runtime: { type: "string", default: "scenario" },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(
    readFileSync(new URL(import.meta.url), "utf8")
      .split("\n")
      .slice(0, 7)
      .join("\n"),
  );
  process.exit(0);
}
if (values.profile !== "fast" && values.profile !== "realistic") {
  console.error("--profile must be fast or realistic");
  process.exit(2);
}
if (values.runtime !== "scenario" && values.runtime !== "process") {
  console.error("--runtime must be scenario or process");
  process.exit(2);
}
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

const emu = await startEmulator({
  port: Number(values.port),
  profile: values.profile as Profile,
  seed: Number(values.seed),
  region: values.region,
  runtime: values.runtime,
  ...(values.scenarios ? { scenarios: parseScenarios(readJson(values.scenarios)) } : {}),
  ...(values.faults ? { faults: readJson(values.faults) as FaultConfig } : {}),
});
const { configFile, keyFile } = emu.writeOciConfig(resolve(values["state-dir"]));
const c = emu.credentials;
console.log(
  JSON.stringify({
    endpoint: emu.endpoint,
    adminEndpoint: emu.adminEndpoint,
    configFile,
    keyFile,
    profile: values.profile,
    runtime: values.runtime,
    ...(emu.processRuntime ? { podSubnet: `${emu.processRuntime.subnet.network}/24` } : {}),
    region: c.region,
    tenancyId: c.tenancyId,
    userId: c.userId,
    fingerprint: c.fingerprint,
    compartmentId: c.compartmentId,
    subnetId: c.subnetId,
    subnetCidr: c.subnetCidr,
    availabilityDomains: c.availabilityDomains,
  }),
);

const shutdown = (): void => {
  void emu.stop().then(() => process.exit(0));
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
