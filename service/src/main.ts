/**
 * The provider process: `node service/src/main.ts --config provider.yaml` (see --help).
 * User errors print one line and exit 2; SIGTERM/SIGINT stop cleanly.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // --agent is the pod agent in every Container Instance (docs/networking.md). Checked before the
  // provider's modules load: importing them (the OCI SDK among them) took the agent's start from
  // about a second to tens of seconds on a loaded machine, while the pod's DNS was down.
  if (argv.includes("--agent")) {
    await (await import("./agent/main.ts")).runAgent();
    return;
  }
  const [
    { startProvider },
    { cleanupNode },
    { ConfigError },
    { loadConfig },
    { runCsrApprover },
    { createLogger },
  ] = await Promise.all([
    import("./app.ts"),
    import("./cleanup.ts"),
    import("./config/errors.ts"),
    import("./config/index.ts"),
    import("./controllers/csr-approver.ts"),
    import("./util/log.ts"),
  ]);
  // --approve-csrs is another program in the same image: the chart's CSR approver Deployment.
  if (argv.includes("--approve-csrs")) {
    const at = argv.indexOf("--config");
    await runCsrApprover(argv[at + 1] ?? "").catch((error: unknown) => {
      console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(error instanceof ConfigError ? 2 : 1);
    });
    return;
  }
  // --cleanup is a mode of the process, not a setting: remove the node and everything it runs.
  const cleanup = argv.includes("--cleanup");
  let loaded: Awaited<ReturnType<typeof loadConfig>>;
  try {
    loaded = await loadConfig(
      argv.filter((arg) => arg !== "--cleanup"),
      process.env,
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  if (loaded.kind === "help") {
    process.stdout.write(loaded.text);
    process.stdout.write(
      "\nModes:\n  --cleanup  delete every Container Instance of this node, then the Node itself, and exit\n",
    );
    return;
  }
  const config = loaded.config;
  const logger = createLogger(config.observability.logLevel, { node: config.nodeName });
  for (const warning of loaded.warnings) logger.warn("configuration", { warning });
  if (cleanup) {
    try {
      await cleanupNode(config, logger);
      process.exit(0);
    } catch (error) {
      logger.error("cleanup failed", { error: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    }
  }
  let running: Awaited<ReturnType<typeof startProvider>>;
  try {
    running = await startProvider(config, logger);
  } catch (error) {
    logger.error("could not start", { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    void running.stop().then(() => process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

await main();
