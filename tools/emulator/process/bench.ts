/**
 * Process runtime at scale: `npm run sandbox up` (process runtime), a Deployment of N busybox pods on
 * the virtual node, the time until all are Running, then the emulator's RSS and the processes and
 * network namespaces the pods hold; then `npm run sandbox down` and what is left of them.
 *
 *   node tools/emulator/process/bench.ts [--pods 200]
 *
 * Uses a private sandbox directory (OKEVN_SANDBOX_DIR), so it never touches the user's sandbox.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { cgroupRoot, leftovers, networkNamespaces } from "./host.ts";

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..", "..");
const { values } = parseArgs({ options: { pods: { type: "string", default: "200" } } });
const pods = Number(values.pods);
const dir = mkdtempSync(join(tmpdir(), "okevn-bench-sandbox-"));
const env = { ...process.env, OKEVN_SANDBOX_DIR: dir };
const sandbox = (command: string): Promise<{ stdout: string }> =>
  exec(process.execPath, [join(ROOT, "tools/sandbox/cli.ts"), command], { cwd: ROOT, env, timeout: 600_000 });

/** Pids in the cgroup tree of the emulator running in `daemonPid`. */
function podPids(daemonPid: number): number[] {
  const walk = (d: string): number[] => [
    ...readFileSync(join(d, "cgroup.procs"), "utf8").split("\n").filter(Boolean).map(Number),
    ...readdirSync(d, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => walk(join(d, e.name))),
  ];
  const root = cgroupRoot();
  return root ? walk(join(root, `okevn-runtime-${daemonPid}`)) : [];
}

function namespacesOf(daemonPid: number): string[] {
  return [...networkNamespaces()]
    .filter(([, pid]) => {
      try {
        return readFileSync(`/proc/${pid}/cgroup`, "utf8").includes(`/okevn-runtime-${daemonPid}/`);
      } catch {
        return false;
      }
    })
    .map(([inode]) => inode);
}

try {
  await sandbox("up");
  const state = JSON.parse(readFileSync(join(dir, "state.json"), "utf8")) as {
    daemonPid: number;
    kubectl: string;
    emulator: { adminEndpoint: string };
  };
  const kubectl = (...args: string[]) =>
    exec(state.kubectl, ["--kubeconfig", join(dir, "kubeconfig"), ...args], { maxBuffer: 64 << 20 });
  const manifest = join(dir, "bench.json");
  writeFileSync(
    manifest,
    JSON.stringify({
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "bench", namespace: "default" },
      spec: {
        replicas: pods,
        selector: { matchLabels: { app: "bench" } },
        template: {
          metadata: { labels: { app: "bench" } },
          spec: {
            nodeSelector: { type: "virtual-kubelet" },
            tolerations: [
              { key: "virtual-kubelet.io/provider", operator: "Equal", value: "oci", effect: "NoSchedule" },
            ],
            containers: [
              {
                name: "main",
                image: "busybox:1.36",
                command: ["sh", "-c", "echo up; exec sleep 3600"],
                resources: { requests: { cpu: "100m", memory: "64Mi" } },
              },
            ],
          },
        },
      },
    }),
  );
  const started = Date.now();
  await kubectl("apply", "-f", manifest);
  let running = 0;
  while (running < pods) {
    if (Date.now() - started > 900_000)
      throw new Error(`only ${running} of ${pods} pods Running after 15 min`);
    await new Promise((r) => setTimeout(r, 1000));
    const { stdout } = await kubectl(
      "get",
      "pods",
      "-l",
      "app=bench",
      "-o",
      "jsonpath={.items[*].status.phase}",
    );
    running = stdout.split(" ").filter((p) => p === "Running").length;
  }
  const seconds = (Date.now() - started) / 1000;
  const emulatorState = (await (await fetch(`${state.emulator.adminEndpoint}/state`)).json()) as {
    memory: { rss: number };
  };
  const during = { processes: podPids(state.daemonPid).length, namespaces: namespacesOf(state.daemonPid) };
  await sandbox("down");
  const after = {
    namespaces: during.namespaces.filter((inode) => networkNamespaces().has(inode)).length,
    leftovers: await leftovers(state.daemonPid),
  };
  console.log(
    JSON.stringify(
      {
        pods,
        secondsToAllRunning: seconds,
        sandboxDaemonRssMB: Math.round(emulatorState.memory.rss / 2 ** 20),
        podProcesses: during.processes,
        podNetworkNamespaces: during.namespaces.length,
        afterDown: after,
      },
      null,
      2,
    ),
  );
} finally {
  await sandbox("down").catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
