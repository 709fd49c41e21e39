import { defineConfig } from "vitest/config";

// Two projects: fast unit tests beside the code (no processes, no network), and
// integration tests under test/ that share one real control plane per run.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["service/**/*.test.ts", "tools/**/*.test.ts", "cdk8s/**/*.test.ts", "infra/**/*.test.ts"],
          exclude: ["**/node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          exclude: ["**/node_modules/**", "test/integration/rehearsal/**"],
          globalSetup: ["test/integration/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // One control plane per run on a 2-core machine: keep file concurrency low.
          maxWorkers: 2,
        },
      },
      {
        // terraform with the real providers against the emulator, in a test network namespace
        // (docs/emulator.md, "The real provider against the emulator"); needs root for iproute2.
        test: {
          name: "rehearsal",
          include: ["test/integration/rehearsal/**/*.test.ts"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
