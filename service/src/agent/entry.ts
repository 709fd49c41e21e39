/**
 * The bundled agent's entry point (tools/image/agent-bundle.ts builds `dist/agent/agent.cjs` from
 * it): the same program as `node service/src/main.ts --agent`, without the provider's modules and
 * without TypeScript at run time, so the process starts with a smaller resident set.
 */
import { runAgent } from "./main.ts";

void runAgent();
