/**
 * A virtual node with the pod agent on the emulator's process runtime: the agent runs from this
 * project's image as the catalogue maps it (`node service/src/main.ts --agent`, the repository at
 * /app), fed over the provider's kubelet API port. Also the parts of a real cluster the test
 * control plane lacks: the `default/kubernetes` EndpointSlice (it runs without the endpoint
 * reconciler) and an upstream resolver on the test network.
 */
import { type Socket, createSocket } from "node:dgram";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decode, encode } from "dns-packet";
import type { EmulatorOptions } from "../../../tools/emulator/emulator.ts";
import { createApiServerSlice } from "../support/api-server-slice.ts";
import { clusterInfo } from "../support/cluster.ts";
import { type ProcessNode, setUpProcessNode } from "../process-runtime/support.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
/** The image the agent runs from; the process runtime's catalogue maps any `*\/oke-virtual-nodes`. */
export const AGENT_IMAGE = "registry.example/okevn/oke-virtual-nodes:test";
/** The upstream resolver answers every A question under this domain with {@link OUTSIDE_ADDRESS}. */
export const OUTSIDE_DOMAIN = "outside.test";
export const OUTSIDE_ADDRESS = "192.0.2.77";

/** One data path of the agent under test: a name, and what it adds to the node's `agent` config. */
export interface DataPathCase {
  readonly name: string;
  /** Merged over `{ enabled, image, secretFile, upstreamDns }` in the node's `agent` config. */
  readonly agentConfig?: Record<string, unknown>;
  /** Other sections of the node's config, e.g. `kubernetes: { clusterDnsIp }`. */
  readonly config?: Record<string, unknown>;
  /** Emulator options, e.g. `onLinkRoutes` for the Service CIDR on the privileged path. */
  readonly emulator?: EmulatorOptions;
}

export interface AgentNode extends ProcessNode {
  /** Questions the upstream resolver was asked (names, lower case, no trailing dot). */
  readonly upstreamQuestions: string[];
  /** Writes `text` to `<node's .test-run folder>/pods/<file>`, for reading after a failure. */
  keepLog(file: string, text: string): void;
}

/** A small DNS server on the test network's host address (pods reach it; nothing else does). */
async function startUpstreamResolver(questions: string[]): Promise<Socket> {
  const socket = createSocket("udp4");
  socket.on("message", (message, peer) => {
    const query = decode(message);
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase().replace(/\.$/, "");
    questions.push(name);
    const ours = name === OUTSIDE_DOMAIN || name.endsWith(`.${OUTSIDE_DOMAIN}`);
    const answers =
      ours && question.type === "A"
        ? [{ type: "A" as const, name: question.name, ttl: 5, data: OUTSIDE_ADDRESS }]
        : [];
    const response = encode({
      type: "response",
      id: query.id ?? 0,
      flags: (ours ? 0 : 3) | (1 << 8) | (1 << 7), // RD, RA; NXDOMAIN (3) for other names
      questions: query.questions ?? [],
      answers,
    });
    socket.send(response, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, clusterInfo().hostAddress, resolve));
  return socket;
}

export async function setUpAgentNode(prefix: string, dataPath: DataPathCase): Promise<AgentNode> {
  // What the API server's endpoint reconciler writes on a real cluster (same content in every
  // test file, so one file removing its copy leaves the others' in place).
  const removeApiSlice = await createApiServerSlice(`kubernetes-${prefix}-${process.pid}`);
  const upstreamQuestions: string[] = [];
  const upstream = await startUpstreamResolver(upstreamQuestions);
  const dir = join(ROOT, ".test-run", "agent-kubectl", `${prefix}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const secretFile = join(dir, "agent-secret");
  writeFileSync(secretFile, `agent-secret-${prefix}-${process.pid}-0123456789\n`);
  const setup = await setUpProcessNode(prefix, {
    config: {
      agent: {
        enabled: true,
        image: AGENT_IMAGE,
        secretFile,
        upstreamDns: [`${clusterInfo().hostAddress}:${upstream.address().port}`],
        ...dataPath.agentConfig,
      },
      ...dataPath.config,
    },
    ...(dataPath.emulator ? { emulator: dataPath.emulator } : {}),
  });
  return {
    ...setup,
    upstreamQuestions,
    keepLog(file, text) {
      mkdirSync(join(dir, "pods"), { recursive: true });
      writeFileSync(join(dir, "pods", file), text);
    },
    async close() {
      saveContainerLogs(setup, join(dir, "logs"));
      await setup.close();
      upstream.close();
      await removeApiSlice();
    },
  };
}

/** Every container's last logs, by `<instance display name>.<container>.log`, to read after a failure. */
function saveContainerLogs(setup: ProcessNode, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const { store, engine } = setup.emulator.core;
  for (const instance of store.instances.values()) {
    for (const id of instance.containerIds) {
      const container = store.containers.get(id);
      if (!container) continue;
      const logs = engine.runtime.logs(container, container.run, Date.now());
      const state = `${container.lifecycleState} restarts=${container.restartCount} ${container.lifecycleDetails ?? ""}`;
      writeFileSync(join(dir, `${instance.displayName}.${container.displayName}.log`), `[${state}]\n${logs}`);
    }
  }
}
