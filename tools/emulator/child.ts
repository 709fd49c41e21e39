// The emulator CLI (cli.ts) in a child process, for load figures whose client-side CPU must not
// include the emulator's: spawns it, reads the JSON line it prints, and lifts the capacity limits.
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

/** The fields of cli.ts's first output line that load tools use. */
export interface EmulatorCliInfo {
  endpoint: string;
  adminEndpoint: string;
  configFile: string;
  compartmentId: string;
  subnetId: string;
  availabilityDomains: string[];
}

/** Starts `node tools/emulator/cli.ts ...args` with limits high enough for 10^6 instances per AD; kill `child` to stop. */
export async function spawnEmulatorCli(
  args: string[],
): Promise<{ info: EmulatorCliInfo; child: ChildProcess }> {
  const child = spawn(process.execPath, [new URL("./cli.ts", import.meta.url).pathname, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const first = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) =>
      reject(new Error(`emulator exited with ${code} before printing its endpoint`)),
    );
    createInterface({ input: child.stdout! }).once("line", resolve);
  });
  const info = JSON.parse(first) as EmulatorCliInfo;
  const limits = await fetch(`${info.adminEndpoint}/limits`, {
    method: "PUT",
    body: JSON.stringify({ ocpusPerAd: 1e6, memoryInGBsPerAd: 1e7, instancesPerAd: 1e6 }),
  });
  if (!limits.ok) throw new Error(`emulator /limits: ${limits.status}`);
  return { info, child };
}
