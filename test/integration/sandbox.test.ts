/**
 * The sandbox as a new user meets it: `npm run sandbox up`, kubectl against its
 * kubeconfig, the example Deployment running on the virtual node as real processes, and `down`
 * leaving no process, pod namespace, bridge or test network behind. `kubectl logs` and
 * `kubectl top pod` work with no other command: the sandbox approves the node's
 * serving-certificate CSR and runs metrics-server.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { cgroupRoot, leftovers, networkNamespaces } from "../../tools/emulator/process/host.ts";
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
    // The pods are processes: each has a network namespace of its own, and serves nginx's page.
    const podIps = (
      await exec(kubectl, [
        ...["--kubeconfig", kubeconfig, "get", "pods", "-l", "app=hello-virtual-node"],
        ...["-o", "jsonpath={.items[*].status.podIP}"],
      ])
    ).stdout.split(" ");
    expect(podIps).toHaveLength(3);
    for (const ip of podIps)
      expect(await (await fetch(`http://${ip}/`)).text()).toContain("Welcome to nginx!");
    const daemonPid = (JSON.parse(await readFile(join(dir, "state.json"), "utf8")) as { daemonPid: number })
      .daemonPid;
    const podNamespaces = [...networkNamespaces()].filter(([, pid]) =>
      readFileSync(`/proc/${pid}/cgroup`, "utf8").includes(`/okevn-runtime-${daemonPid}/`),
    );

    // No other command: the serving certificate's CSR was approved by the sandbox's approver,
    // so the apiserver reaches the kubelet API (logs) and metrics-server scrapes it (top).
    const k = (...args: string[]): Promise<{ code: number; out: string }> =>
      exec(kubectl, ["--kubeconfig", kubeconfig, ...args]).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code?: number; stdout?: string; stderr?: string }) => ({
          code: e.code ?? 1,
          out: `${e.stdout ?? ""}${e.stderr ?? ""}`,
        }),
      );
    let last = "";
    const answer = async (what: string, args: string[], ok: (out: string) => boolean): Promise<string> =>
      eventually(
        what,
        async () => {
          const r = await k(...args);
          last = r.out;
          return r.code === 0 && ok(r.out) ? r.out : undefined;
        },
        120_000,
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}; kubectl said: ${last}`);
      });
    // The stand-in nginx (busybox httpd) logs each request it served, such as the fetches above.
    const logs = await answer("kubectl logs", ["logs", "deploy/hello-virtual-node", "--tail=5"], (o) =>
      o.includes("response:200"),
    );
    expect(logs).toMatch(/url:\/\n/);
    const top = await answer(
      "kubectl top pod",
      ["top", "pod", "-l", "app=hello-virtual-node", "--no-headers"],
      (o) => o.trim().split("\n").length === 3,
    );
    for (const line of top.trim().split("\n")) expect(line).toMatch(/^hello-virtual-node-\S+\s+\d+m\s+\d+Mi/);
    const csrs = (
      await k("get", "csr", "-o", "jsonpath={range .items[*]}{.status.conditions[0].type}{'\\n'}{end}")
    ).out;
    const conditions = csrs.trim().split("\n");
    expect(conditions.length).toBeGreaterThan(0);
    expect(conditions.filter((c) => c !== "Approved")).toEqual([]);

    const state = JSON.parse(await readFile(join(dir, "state.json"), "utf8")) as {
      daemonPid: number;
      componentPids: Record<string, number>;
    };
    const pids = Object.values(state.componentPids);
    expect(pids.length).toBeGreaterThanOrEqual(7);
    expect(Object.keys(state.componentPids)).toEqual(
      expect.arrayContaining(["csr-approver", "metrics-server"]),
    );
    expect(podNamespaces.length).toBe(3);
    expect(cgroupRoot()).toBeDefined();

    expect(await sandbox("down")).toContain("no processes, namespaces or bridges left");
    for (const pid of pids) expect(() => process.kill(pid, 0), `pid ${pid}`).toThrow();
    const { stdout: namespacesLeft } = await exec("ip", ["netns", "list"]);
    expect(namespacesLeft).not.toMatch(new RegExp(`\\bokevn-${state.daemonPid}\\b`));
    const stillHeld = networkNamespaces();
    for (const [inode] of podNamespaces) expect(stillHeld.has(inode), inode).toBe(false);
    expect(await leftovers(state.daemonPid)).toEqual([]);
  }, 300_000);
});
