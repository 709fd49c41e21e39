/**
 * `npm run toolchain -- [build [tool…] | path <binary> | run <binary> [args…] | list]`: builds
 * the pinned upstream tools into the cache (all of them by default) and prints where they
 * are, or runs one (building it first if needed). `build terraform-providers` installs the
 * real Terraform provider plugins (providers.ts) into the cache.
 */
import { spawnSync } from "node:child_process";
import { ToolchainError, ensureTools, findBinary, loadManifest, toolDir } from "./build.ts";
import { PROVIDERS_ENV, ensureProviderPlugins } from "./providers.ts";

/** Not a Go tool: the prebuilt provider plugins, installed by `build` like one. */
const PROVIDERS_TOOL = "terraform-providers";

async function main(args: readonly string[]): Promise<void> {
  const [command = "build", ...rest] = args;
  const manifest = loadManifest();
  switch (command) {
    case "build": {
      const names = rest.length > 0 ? rest : [...Object.keys(manifest), PROVIDERS_TOOL];
      const paths = await ensureTools(names.filter((n) => n !== PROVIDERS_TOOL));
      for (const [binary, path] of Object.entries(paths)) console.log(`${binary}\t${path}`);
      if (names.includes(PROVIDERS_TOOL)) {
        const mirror = await ensureProviderPlugins();
        if (!mirror) {
          throw new ToolchainError(
            `no shared/terraform-providers folder beside the repository: set ${PROVIDERS_ENV}`,
          );
        }
        console.log(`${PROVIDERS_TOOL}\t${mirror.path}`);
      }
      return;
    }
    case "run": {
      const [binary, ...args] = rest;
      if (!binary) throw new ToolchainError("usage: npm run toolchain -- run <binary> [args…]");
      const tool = Object.entries(manifest).find(([, e]) => e.binaries.includes(binary))?.[0];
      if (!tool) throw new ToolchainError(`no tool in tools.json provides ${binary}`);
      const path = (await ensureTools([tool]))[binary]!;
      const result = spawnSync(path, args, { stdio: "inherit" });
      process.exitCode = result.status ?? 1;
      return;
    }
    case "path": {
      const binary = rest[0];
      if (!binary) throw new ToolchainError("usage: npm run toolchain -- path <binary>");
      const path = findBinary(binary, manifest);
      if (!path) throw new ToolchainError(`${binary} is not built yet: run npm run toolchain`);
      console.log(path);
      return;
    }
    case "list":
      for (const [name, entry] of Object.entries(manifest)) {
        console.log(`${name}\t${entry.version}\t${toolDir(name, manifest)}`);
      }
      return;
    default:
      throw new ToolchainError(`unknown command ${command}: use build, path or list`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ToolchainError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
});
