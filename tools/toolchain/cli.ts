/**
 * `npm run toolchain -- [build [tool…] | path <binary> | list]`: builds the pinned
 * upstream tools into the cache (all of them by default) and prints where they are.
 */
import { ToolchainError, ensureTools, findBinary, loadManifest, toolDir } from "./build.ts";

async function main(args: readonly string[]): Promise<void> {
  const [command = "build", ...rest] = args;
  const manifest = loadManifest();
  switch (command) {
    case "build": {
      const paths = await ensureTools(rest.length > 0 ? rest : Object.keys(manifest));
      for (const [binary, path] of Object.entries(paths)) console.log(`${binary}\t${path}`);
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
