/**
 * metrics-server (built from the Go module proxy by the toolchain) registered as the
 * metrics.k8s.io APIService of the local control plane (local-control-plane.md §6, with
 * Endpoints instead of an ExternalName Service because aggregator routing is on), scraping the virtual node's
 * /metrics/resource: `kubectl top pod` and `kubectl top node` show the emulator's figures.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../../../tools/emulator/emulator.ts";
import { type MetricsServer, startMetricsServer } from "../../../tools/harness/metrics-server.ts";
import { ensureTools } from "../../../tools/toolchain/build.ts";
import { clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import {
  VIRTUAL_NODE_TOLERATION,
  type VirtualNodeProcess,
  startTestEmulator,
  startVirtualNode,
  waitForReadyNode,
} from "../support/virtual-node.ts";
import { freePort, kubectl, servingCertificate } from "./support.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const { core } = clients();
const nodeName = `vn-kubelet-top-${process.pid}`;
let emulator: Emulator;
let node: VirtualNodeProcess;
let metricsServer: MetricsServer | undefined;
let ns: string;
let removeNamespace: () => Promise<void>;
/** kubectl's last answer, for the failure message. */
let last = "";

beforeAll(async () => {
  const tools = await ensureTools(["metrics-server"]);
  emulator = await startTestEmulator();
  emulator.setScenarios([
    // 2 vCPUs (1 OCPU) at 25% → 500m; 300 MiB.
    { match: { image: "*/busy:*" }, behaviour: { cpuPercent: 25, memoryBytes: 300 * 1024 * 1024 } },
  ]);
  const namespace = await testNamespace("kubelet-top");
  ns = namespace.name;
  removeNamespace = namespace.remove;
  const address = clusterInfo().hostAddress;
  const port = await freePort(address);
  const serving = await servingCertificate(nodeName, address);
  node = await startVirtualNode({
    nodeName,
    emulator,
    config: {
      kubeletApi: {
        port,
        tlsCertFile: serving.cert,
        tlsKeyFile: serving.key,
        clientCaFile: clusterInfo().caCert,
      },
      namespace: ns,
    },
  });
  await waitForReadyNode(core, nodeName);
  await core.createNamespacedPod({
    namespace: ns,
    body: {
      metadata: { name: "busy" },
      spec: {
        nodeName,
        tolerations: [VIRTUAL_NODE_TOLERATION],
        containers: [
          {
            name: "main",
            image: "registry.example/busy:1",
            resources: { requests: { cpu: "1", memory: "2Gi" } },
          },
        ],
      },
    },
  });

  const { kubeconfig, caCert } = clusterInfo();
  metricsServer = await startMetricsServer({
    binary: tools["metrics-server"]!,
    kubeconfig,
    caCert,
    address,
    securePort: await freePort(address),
    dir: join(ROOT, ".test-run", "metrics-server", String(process.pid)),
  });
}, 900_000);

afterAll(async () => {
  await metricsServer?.stop();
  await removeNamespace?.();
  await node?.stop();
  await core.deleteNode({ name: nodeName }).catch(() => undefined);
  await emulator?.stop();
});

describe("kubectl top", () => {
  it("shows the pod's CPU and memory from OCI Monitoring", async () => {
    const line = await eventually(
      "kubectl top pod busy",
      async () => {
        const res = await kubectl(["top", "pod", "busy", "-n", ns, "--no-headers"]);
        last = `${res.stdout}${res.stderr}`;
        return res.code === 0 && res.stdout.startsWith("busy") ? res.stdout : undefined;
      },
      90_000,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; kubectl said: ${last}`);
    });
    const [, cpu, memory] = line.trim().split(/\s+/);
    // 25% of the instance's 2 vCPUs; 300 MiB working set.
    expect(Number.parseInt(cpu!, 10)).toBeGreaterThan(400);
    expect(Number.parseInt(cpu!, 10)).toBeLessThan(600);
    expect(memory).toBe("300Mi");
  });

  it("shows the virtual node's usage", async () => {
    const line = await eventually(
      `kubectl top node ${nodeName}`,
      async () => {
        const res = await kubectl(["top", "node", nodeName, "--no-headers"]);
        last = `${res.stdout}${res.stderr}`;
        return res.code === 0 && res.stdout.startsWith(nodeName) ? res.stdout : undefined;
      },
      90_000,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; kubectl said: ${last}`);
    });
    const [, cpu, , memory] = line.trim().split(/\s+/);
    expect(Number.parseInt(cpu!, 10)).toBeGreaterThan(400);
    expect(memory).toBe("300Mi");
  });
});
