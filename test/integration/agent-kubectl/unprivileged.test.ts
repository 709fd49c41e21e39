/**
 * Issue 16 items 1-3 on the agent's unprivileged data path (the default: no CAP_NET_ADMIN), on
 * the process runtime through real kubectl. The scenario is in ./scenarios.ts.
 */
import { describeAgentDataPath } from "./scenarios.ts";

describeAgentDataPath({ name: "unprivileged" });
