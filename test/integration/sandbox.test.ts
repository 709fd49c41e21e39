/**
 * The sandbox as a new user meets it: `npm run sandbox up`, kubectl against its
 * kubeconfig, the example Deployment running on the virtual node, and `down` leaving no
 * process and no test network behind.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { clusterInfo, eventually } from "./support/cluster.ts";

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");
let dir: string | undefined;

const sandbox = async (...args: string[]): Promise<string> =>
  (
    await exec(process.execPath, [join(ROOT, "tools/sandbox/cli.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, OKEVN_SANDBOX_DIR: dir },
      timeout: 300_000,
    })
  ).stdout;

afterAll(async () => {
  if (dir) {
    await sandbox("down").catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});

describe("sandbox", () => {
  it("comes up, runs the example Deployment on its virtual node, and goes down without leftovers", async () => {
    dir = await mkdtemp(join(tmpdir(), "okevn-sandbox-"));
    const up = await sandbox("up");
    expect(up).toContain(`kubectl --kubeconfig`);
    expect(up).toContain("virtual node oke-virtual-node-0");
    const kubectl = clusterInfo().kubectl;
    const kubeconfig = join(dir, "kubeconfig");
    const namespaces = (await exec(kubectl, ["--kubeconfig", kubeconfig, "get", "ns", "-o", "name"])).stdout;
    expect(namespaces).toContain("namespace/kube-system");
    await exec(kubectl, ["--kubeconfig", kubeconfig, "apply", "-f", join(dir, "example-deployment.json")]);
    await eventually(
      "example pods Running on the virtual node",
      async () => {
        const out = (
          await exec(kubectl, [
            "--kubeconfig",
            kubeconfig,
            "get",
            "pods",
            "-l",
            "app=hello-virtual-node",
            "-o",
            "jsonpath={range .items[*]}{.status.phase}/{.spec.nodeName}{'\\n'}{end}",
          ])
        ).stdout.trim();
        const lines = out ? out.split("\n") : [];
        return lines.length === 3 && lines.every((l) => l === "Running/oke-virtual-node-0")
          ? true
          : undefined;
      },
      90_000,
    );
    const state = JSON.parse(await readFile(join(dir, "state.json"), "utf8")) as {
      daemonPid: number;
      componentPids: Record<string, number>;
    };
    const pids = Object.values(state.componentPids);
    expect(pids.length).toBeGreaterThanOrEqual(5);
    expect(await sandbox("down")).toContain("no processes left");
    for (const pid of pids) expect(() => process.kill(pid, 0), `pid ${pid}`).toThrow();
    const { stdout: namespacesLeft } = await exec("ip", ["netns", "list"]);
    expect(namespacesLeft).not.toMatch(new RegExp(`\\bovn-${state.daemonPid}\\b`));
  });
});
