/**
 * The process runtime through the unmodified OCI SDK: restarts with back-off and the previous run's
 * logs, a KILL health check, a MEMORY emptyDir shared by two containers, user and working directory,
 * metrics from the processes, and nothing left behind on delete, on stop, and when the emulator dies.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { models } from "oci-containerinstances";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Credentials } from "../../../tools/emulator/emulator.ts";
import {
  cgroupRoot,
  leftovers,
  networkNamespaces,
  stateDirFor,
  sweepStale,
} from "../../../tools/emulator/process/host.ts";
import { sdkClients } from "../../../tools/emulator/sdk-clients.ts";
import { eventually, harness, type Harness, instanceDetails, readStream } from "../emulator/fixtures.ts";

let h: Harness;
beforeAll(async () => {
  h = await harness({ runtime: "process" });
});
afterAll(async () => {
  await h?.close();
});

const BUSYBOX = "busybox:1.36";

async function create(details: Partial<models.CreateContainerInstanceDetails>): Promise<string> {
  const res = await h.sdk.containerInstances.createContainerInstance({
    createContainerInstanceDetails: instanceDetails(h.emu, details),
  });
  return res.containerInstance.id;
}

async function instance(id: string): Promise<models.ContainerInstance> {
  return (await h.sdk.containerInstances.getContainerInstance({ containerInstanceId: id })).containerInstance;
}

async function container(id: string, index = 0): Promise<models.Container> {
  const containerId = (await instance(id)).containers[index]!.containerId;
  return (await h.sdk.containerInstances.getContainer({ containerId })).container;
}

async function logs(containerId: string, previous = false): Promise<string> {
  const res = await h.sdk.containerInstances.retrieveLogs({
    containerId,
    ...(previous ? { isPrevious: true } : {}),
  });
  return readStream(res.value);
}

async function deleted(id: string): Promise<void> {
  await h.sdk.containerInstances.deleteContainerInstance({ containerInstanceId: id });
  await eventually(
    async () => ((await instance(id)).lifecycleState === "DELETED" ? true : undefined),
    30_000,
  );
}

/** Network namespaces held by this emulator's pod processes (found by their cgroup). */
function namespacesOfEmulator(): string[] {
  return [...networkNamespaces()]
    .filter(([, pid]) => {
      try {
        return readFileSync(`/proc/${pid}/cgroup`, "utf8").includes(`/okevn-runtime-${process.pid}/`);
      } catch {
        return false;
      }
    })
    .map(([inode]) => inode);
}

describe("process runtime (SDK)", () => {
  it("restarts a crashing container with back-off, keeping the previous run's logs", async () => {
    const id = await create({
      containerRestartPolicy: "ALWAYS",
      containers: [{ imageUrl: BUSYBOX, command: ["sh", "-c", "echo run at $(date +%s%N); exit 7"] }],
    });
    const c = await eventually(async () => {
      const c = await container(id);
      return c.containerRestartAttemptCount! >= 2 ? c : undefined;
    }, 20_000);
    expect(c.exitCode).toBe(7);
    const current = await logs(c.id);
    const previous = await logs(c.id, true);
    expect(previous).toMatch(/^run at \d+\n$/);
    expect(current === "" || /^run at \d+\n$/.test(current)).toBe(true);
    expect(previous).not.toBe(current);
    await deleted(id);
  });

  it("kills a container whose KILL health check fails, with exit code 137", async () => {
    const id = await create({
      containerRestartPolicy: "NEVER",
      containers: [
        {
          imageUrl: BUSYBOX,
          command: ["sh", "-c", "echo no listener; sleep 600"],
          healthChecks: [
            {
              healthCheckType: "TCP",
              name: "liveness",
              port: 8080,
              intervalInSeconds: 1,
              failureThreshold: 2,
              failureAction: "KILL",
            } as models.CreateContainerTcpHealthCheckDetails,
          ],
        },
      ],
    });
    const c = await eventually(async () => {
      const c = await container(id);
      return c.lifecycleState === "FAILED" ? c : undefined;
    }, 20_000);
    expect(c.exitCode).toBe(137);
    expect(c.lifecycleDetails).toBe("Killed: health check liveness failed (failureAction KILL)");
    await deleted(id);
  });

  it("shares localhost and a MEMORY emptyDir (tmpfs) between containers; applies user, group and working directory", async () => {
    const id = await create({
      containerRestartPolicy: "NEVER",
      volumes: [
        {
          volumeType: "EMPTYDIR",
          name: "shared",
          backingStore: "MEMORY",
        } as models.CreateContainerVolumeDetails,
      ],
      containers: [
        {
          displayName: "server",
          imageUrl: BUSYBOX,
          command: [
            "sh",
            "-c",
            "echo from-server > /shared/note; exec nc -l -p 9000 -e echo hello-over-localhost",
          ],
          volumeMounts: [{ mountPath: "/shared", volumeName: "shared" }],
        },
        {
          displayName: "client",
          imageUrl: BUSYBOX,
          command: [
            "sh",
            "-c",
            "until [ -f /data/note ]; do sleep 0.2; done; cat /data/note; grep ' /data ' /proc/mounts | cut -d' ' -f3; " +
              "until nc 127.0.0.1 9000 </dev/null; do sleep 0.2; done; id -u; id -g; pwd; hostname",
          ],
          workingDirectory: "/var/tmp/work",
          securityContext: { securityContextType: "LINUX", runAsUser: 1234, runAsGroup: 5678 },
          volumeMounts: [{ mountPath: "/data", volumeName: "shared" }],
        },
      ],
    });
    const client = await eventually(async () => {
      const c = await container(id, 1);
      return c.lifecycleState === "INACTIVE" ? c : undefined;
    }, 20_000);
    expect(await logs(client.id)).toBe(
      `from-server\ntmpfs\nhello-over-localhost\n1234\n5678\n/var/tmp/work\n${(await instance(id)).displayName}\n`,
    );
    await deleted(id);
  });

  it("runs node images on the repository's Node 24, and this project's image as its user with its files at /app", async () => {
    const script =
      "console.log(process.version, process.getuid(), require('fs').existsSync('/app/service/src/main.ts'))";
    const id = await create({
      containerRestartPolicy: "NEVER",
      containers: [
        {
          displayName: "node",
          imageUrl: "node:24-slim",
          command: ["node", "-e", "console.log(process.version)"],
        },
        {
          displayName: "self",
          imageUrl: "ghcr.io/oke-virtual-nodes/oke-virtual-nodes:0.1.0",
          command: ["/usr/local/bin/node", "-e", script],
        },
      ],
    });
    const done = await eventually(async () => {
      const i = await instance(id);
      return i.lifecycleState === "INACTIVE" ? i : undefined;
    }, 30_000);
    expect(await logs(done.containers[0]!.containerId)).toBe(`${process.version}\n`);
    expect(await logs(done.containers[1]!.containerId)).toBe(`${process.version} 65532 true\n`);
    await deleted(id);
  });

  it("reports memory and CPU time used by the instance's processes to Monitoring", async () => {
    const id = await create({ containers: [{ imageUrl: BUSYBOX, command: ["sleep", "600"] }] });
    await eventually(async () => ((await instance(id)).lifecycleState === "ACTIVE" ? true : undefined));
    const inst = h.emu.core.store.instances.get(id)!;
    await eventually(async () => (inst.usage ? true : undefined), 15_000);
    expect(inst.usage!.memoryBytes).toBeGreaterThan(100 * 1024); // busybox sleep and the holder: ~1 MB
    expect(inst.usage!.memoryBytes).toBeLessThan(64 * 1024 * 1024);
    expect(inst.usage!.cpuUsedNs).toBeGreaterThan(0); // starting busybox costs some CPU time
    await deleted(id);
  });

  it("leaves no namespace, process or cgroup behind when an instance is deleted", async () => {
    const before = new Set(namespacesOfEmulator());
    const id = await create({
      containers: [{ imageUrl: BUSYBOX, command: ["sh", "-c", "sleep 600 & sleep 600"] }],
    });
    await eventually(async () => ((await container(id)).lifecycleState === "ACTIVE" ? true : undefined));
    const added = await eventually(async () => {
      const now = namespacesOfEmulator().filter((ns) => !before.has(ns));
      return now.length === 1 ? now : undefined;
    });
    await deleted(id);
    expect(networkNamespaces().has(added[0]!)).toBe(false);
    const dirs = readdirSync(stateDirFor(process.pid)).filter((d) => d !== "images");
    expect(dirs).toEqual([]);
    const cgroups = join(cgroupRoot()!, `okevn-runtime-${process.pid}`);
    expect(readdirSync(cgroups, { withFileTypes: true }).filter((e) => e.isDirectory())).toEqual([]);
  });

  it("leaves nothing behind when an emulator (the CLI) is killed: its processes die with it, the next start sweeps the rest", async () => {
    const cli = spawn(
      process.execPath,
      [
        join(import.meta.dirname, "../../../tools/emulator/cli.ts"),
        "--profile",
        "fast",
        "--runtime",
        "process",
        "--state-dir",
        join(import.meta.dirname, "../../../.test-run/emulator-kill"),
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const info = await new Promise<{ endpoint: string; podSubnet: string }>((resolve, reject) => {
      let out = "";
      cli.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("\n"))
          resolve(JSON.parse(out.split("\n")[0]!) as { endpoint: string; podSubnet: string });
      });
      cli.once("exit", () => reject(new Error("the emulator CLI exited")));
    });
    expect(info.podSubnet).toMatch(/^198\.19\.\d+\.0\/24$/);
    const pid = cli.pid!;
    const credentials = (await (await fetch(`${info.endpoint}/_emulator/credentials`)).json()) as Credentials;
    const sdk = sdkClients(info.endpoint, credentials, { retries: false });
    try {
      const res = await sdk.containerInstances.createContainerInstance({
        createContainerInstanceDetails: {
          ...instanceDetails(h.emu),
          compartmentId: credentials.compartmentId,
          availabilityDomain: credentials.availabilityDomains[0]!,
          vnics: [{ subnetId: credentials.subnetId }],
          containers: [{ imageUrl: BUSYBOX, command: ["sh", "-c", "sleep 600 & sleep 600"] }],
        },
      });
      await eventually(async () => {
        const c = await sdk.containerInstances.getContainerInstance({
          containerInstanceId: res.containerInstance.id,
        });
        return c.containerInstance.lifecycleState === "ACTIVE" ? true : undefined;
      });
      const held = await eventually(async () => {
        const found = [...networkNamespaces()].filter(([, p]) => {
          try {
            return readFileSync(`/proc/${p}/cgroup`, "utf8").includes(`/okevn-runtime-${pid}/`);
          } catch {
            return false;
          }
        });
        return found.length === 1 ? found : undefined;
      });
      cli.kill("SIGKILL");
      await new Promise((r) => cli.once("exit", r));
      // The holder and the container's main process die with the emulator (pdeathsig); a background
      // child of the container may outlive it until the sweep.
      expect((await leftovers(pid)).length).toBeGreaterThan(0);
      await sweepStale();
      expect(await leftovers(pid)).toEqual([]);
      await eventually(async () => (networkNamespaces().has(held[0]![0]) ? undefined : true), 5_000);
      expect(existsSync(stateDirFor(pid))).toBe(false);
    } finally {
      sdk.close();
      cli.kill("SIGKILL");
    }
  });
});
