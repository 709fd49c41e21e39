/**
 * How the agent container starts: this project's image runs the bundled agent
 * (`tools/image/agent-bundle.ts` builds it; the image ships it at `/app/dist/agent/agent.cjs`)
 * with V8 settings for a small resident set. The paths match tools/image/build.ts (APP_DIR,
 * NODE_PATH); a test there keeps them equal. `node service/src/main.ts --agent` runs the same
 * program from source, for development.
 */

/** The bundle's path relative to the repository root, and to /app in the image. */
export const AGENT_BUNDLE = "dist/agent/agent.cjs";

/**
 * V8 flags of the agent process, measured in docs/networking.md: `--lite-mode` leaves the
 * optimising compilers (and the pages of the Node binary holding them) untouched, about 12 MiB
 * less resident at 1,000 Services; a 1 MiB young generation keeps the heap small. The agent's
 * work (DNS answers, relaying bytes) spends its time in the kernel and Node's C++ side.
 * `--expose-gc` lets the proxy collect relayed read buffers as it goes (proxy.ts).
 */
export const AGENT_NODE_FLAGS = ["--lite-mode", "--max-semi-space-size=1", "--expose-gc"] as const;

/** The agent container's command in this project's image (OCI's command replaces the entrypoint). */
export const AGENT_COMMAND: readonly string[] = [
  "/usr/local/bin/node",
  ...AGENT_NODE_FLAGS,
  `/app/${AGENT_BUNDLE}`,
];
