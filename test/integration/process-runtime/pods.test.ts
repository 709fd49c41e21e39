/**
 * Pods that really run: kubectl against the real control plane and the provider, on the emulator's
 * process runtime. Exit codes and logs, follow, pod-to-pod traffic and nothing beyond the test
 * network, ConfigMap/Secret bytes, SIGTERM and the grace period, a readiness probe, an unknown image.
 */
import type { V1Pod } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContainerRecord } from "../../../tools/emulator/types.ts";
import { clients, eventually } from "../support/cluster.ts";
import { liveInstances } from "../support/virtual-node.ts";
import { kubectl, kubectlStream } from "../kubelet-api/support.ts";
import {
  type ProcessNode,
  isReady,
  kubectlApply,
  kubectlGetPod,
  podManifest,
  setUpProcessNode,
  waitForPod,
} from "./support.ts";

const { core } = clients();
let setup: ProcessNode;

beforeAll(async () => {
  setup = await setUpProcessNode("procrt");
});

afterAll(async () => {
  await setup?.close();
});

const BUSYBOX = "docker.io/library/busybox:1.36";
const terminated = (pod: V1Pod) => pod.status?.containerStatuses?.[0]?.state?.terminated;

/** The emulator's container records of a pod (they outlive the instance for the retention time). */
function containersOf(uid: string): ContainerRecord[] {
  const store = setup.emulator.core.store;
  const inst = [...store.instances.values()].find((i) => i.freeformTags["okevn-pod-uid"] === uid);
  return inst ? inst.containerIds.map((id) => store.containers.get(id)!) : [];
}

function instanceGone(pod: V1Pod): Promise<true> {
  return eventually("no instance left for the pod", async () =>
    liveInstances(setup.emulator, { "okevn-pod-uid": pod.metadata!.uid! }) === 0 ? true : undefined,
  );
}

function finalLogs(c: ContainerRecord): string {
  return setup.emulator.core.engine.runtime.logs(c, c.run, Date.now()).toString("utf8");
}

describe("process runtime through kubectl", () => {
  it("a pod that prints and exits 3 ends Failed with code 3, and kubectl logs prints it after the instance is gone", async () => {
    await kubectlApply(
      podManifest(setup, "exit3", {
        restartPolicy: "Never",
        containers: [{ name: "main", image: BUSYBOX, command: ["sh", "-c", "echo start; exit 3"] }],
      }),
    );
    const pod = await waitForPod(setup.ns, "exit3", "Failed", (p) => p.status?.phase === "Failed");
    expect(terminated(pod)?.exitCode).toBe(3);
    await instanceGone(pod);
    const logs = await kubectl(["logs", "-n", setup.ns, "exit3"]);
    expect(logs.stderr).toBe("");
    expect(logs.stdout).toBe("start\n");
  });

  it("a pod printing $POD_IP (fieldRef status.podIP) prints the .status.podIP kubectl shows", async () => {
    await kubectlApply(
      podManifest(setup, "podip", {
        containers: [
          {
            name: "main",
            image: BUSYBOX,
            command: ["sh", "-c", "echo ip=$POD_IP ips=$POD_IPS; sleep 3600"],
            env: [
              { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } },
              { name: "POD_IPS", valueFrom: { fieldRef: { fieldPath: "status.podIPs" } } },
            ],
          },
        ],
      }),
    );
    const pod = await waitForPod(setup.ns, "podip", "Running with an IP", (p) => {
      return p.status?.phase === "Running" && Boolean(p.status.podIP);
    });
    const ip = pod.status!.podIP!;
    expect(pod.status?.podIPs).toEqual([{ ip }]);
    const printed = await eventually("the pod's first line", async () => {
      const out = (await kubectl(["logs", "-n", setup.ns, "podip"])).stdout;
      return out.includes("\n") ? out : undefined;
    });
    expect(printed).toBe(`ip=${ip} ips=${ip}\n`);
  });

  it("kubectl logs -f shows each new line of a running loop within 2 s", async () => {
    await kubectlApply(
      podManifest(setup, "ticker", {
        containers: [
          {
            name: "main",
            image: BUSYBOX,
            command: ["sh", "-c", "i=0; while true; do echo tick $i; i=$((i+1)); sleep 1; done"],
          },
        ],
      }),
    );
    await waitForPod(setup.ns, "ticker", "Running", (p) => p.status?.phase === "Running");
    const stream = kubectlStream(["logs", "-f", "-n", setup.ns, "ticker"]);
    try {
      // Each line is written a second after the one before; following must show it within 2 s.
      const seen = new Map<string, number>();
      const deadline = Date.now() + 12_000;
      while (Date.now() < deadline) {
        for (const line of stream.output().split("\n")) {
          if (/^tick \d+$/.test(line) && !seen.has(line)) seen.set(line, Date.now());
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      const ticks = [...seen.keys()].map((l) => Number(l.split(" ")[1]));
      expect(ticks.length).toBeGreaterThanOrEqual(8);
      expect(ticks).toEqual(ticks.map((_, i) => ticks[0]! + i)); // no gaps, no duplicates
      const times = [...seen.values()];
      const gaps = times.slice(2).map((t, i) => t - times[i + 1]!);
      expect(Math.max(...gaps)).toBeLessThan(2_000);
    } finally {
      stream.stop();
    }
  });

  it("pod A fetches pod B's page by B's pod IP, and has no route beyond the test network", async () => {
    await kubectlApply(podManifest(setup, "web", { containers: [{ name: "web", image: "nginx:1.27" }] }));
    const web = await waitForPod(setup.ns, "web", "Running with an IP", (p) => {
      return p.status?.phase === "Running" && Boolean(p.status.podIP);
    });
    const ip = web.status!.podIP!;
    expect(ip).toMatch(/^198\.19\.\d+\.\d+$/);
    // The provider's side (this machine's root namespace) reaches pod IPs too.
    const page = await eventually("the page from this machine", async () => {
      const res = await fetch(`http://${ip}/`).catch(() => undefined);
      return res?.ok ? res.text() : undefined;
    });
    expect(page).toContain("Welcome to nginx!");

    // No packet leaves for the outside checks: without a route, the kernel refuses before sending.
    const script = [
      // (No -T: Debian's busybox-static 1.35 wget crashes with it.)
      `until wget -qO- http://${ip}/ > /tmp/page; do sleep 1; done`,
      "cat /tmp/page",
      "ip route get 1.1.1.1 2>&1; echo route-1.1.1.1=$?",
      "ip route get 10.0.0.1 2>&1; echo route-10.0.0.1=$?",
      "nc -w 2 203.0.113.1 80 </dev/null 2>&1; echo connect=$?",
      "ip route",
    ].join("; ");
    await kubectlApply(
      podManifest(setup, "client", {
        restartPolicy: "Never",
        containers: [{ name: "main", image: BUSYBOX, command: ["sh", "-c", script] }],
      }),
    );
    await waitForPod(setup.ns, "client", "Succeeded", (p) => p.status?.phase === "Succeeded");
    const logs = (await kubectl(["logs", "-n", setup.ns, "client"])).stdout;
    expect(logs).toContain("Welcome to nginx!");
    expect(logs).toMatch(/Network is unreachable[\s\S]*route-1\.1\.1\.1=[1-9]/);
    expect(logs).toMatch(/Network is unreachable[\s\S]*route-10\.0\.0\.1=[1-9]/);
    expect(logs).toMatch(/Network is unreachable[\s\S]*connect=[1-9]/);
    // The whole routing table: the pod subnet and the test network, no default route.
    const routes = logs.split("\n").filter((l) => /^(default|\d+\.\d+\.\d+\.\d+\/\d+)/.test(l));
    expect(routes.map((r) => r.split(" ")[0]).sort()).toEqual([
      "198.18.0.0/15",
      `${ip.split(".").slice(0, 3).join(".")}.0/24`,
    ]);
  });

  it("a ConfigMap volume's file and a Secret env var reach the process byte for byte", async () => {
    const config = "line one\n  indented: äöü €\ttab\nno newline at the end";
    const secret = "s3cr3t with spaces, $dollar, 'quotes' and \"double\"";
    await core.createNamespacedConfigMap({
      namespace: setup.ns,
      body: { metadata: { name: "app-config" }, data: { "app.conf": config } },
    });
    await core.createNamespacedSecret({
      namespace: setup.ns,
      body: { metadata: { name: "app-secret" }, stringData: { token: secret } },
    });
    await kubectlApply(
      podManifest(setup, "reader", {
        restartPolicy: "Never",
        volumes: [{ name: "cfg", configMap: { name: "app-config" } }],
        containers: [
          {
            name: "main",
            image: BUSYBOX,
            command: [
              "sh",
              "-c",
              "cat /etc/app/app.conf; echo; echo ---; printenv TOKEN; touch /etc/app/x 2>/dev/null && echo writable || echo read-only",
            ],
            env: [{ name: "TOKEN", valueFrom: { secretKeyRef: { name: "app-secret", key: "token" } } }],
            volumeMounts: [{ name: "cfg", mountPath: "/etc/app" }],
          },
        ],
      }),
    );
    await waitForPod(setup.ns, "reader", "Succeeded", (p) => p.status?.phase === "Succeeded");
    const logs = await kubectl(["logs", "-n", setup.ns, "reader"]);
    expect(logs.stdout).toBe(`${config}\n---\n${secret}\nread-only\n`);
  });

  it("SIGTERM: a trapping container's last line is in its final logs and the pod goes within the grace period; an ignoring one is killed after it", async () => {
    const trapping = "trap 'echo got SIGTERM, bye; exit 0' TERM; echo up; while true; do sleep 1; done";
    const ignoring = "trap '' TERM; echo up; while true; do sleep 1; done";
    for (const [name, script, grace] of [
      ["polite", trapping, 20],
      ["stubborn", ignoring, 4],
    ] as const) {
      await kubectlApply(
        podManifest(setup, name, {
          terminationGracePeriodSeconds: grace,
          containers: [{ name: "main", image: BUSYBOX, command: ["sh", "-c", script] }],
        }),
      );
    }
    const polite = await waitForPod(setup.ns, "polite", "Running", (p) => p.status?.phase === "Running");
    const stubborn = await waitForPod(setup.ns, "stubborn", "Running", (p) => p.status?.phase === "Running");
    await eventually("both print up", async () => {
      const a = await kubectl(["logs", "-n", setup.ns, "polite"]);
      const b = await kubectl(["logs", "-n", setup.ns, "stubborn"]);
      return a.stdout === "up\n" && b.stdout === "up\n" ? true : undefined;
    });

    const started = Date.now();
    expect(
      (await kubectl(["delete", "pod", "-n", setup.ns, "polite", "stubborn", "--wait=false"])).code,
    ).toBe(0);
    const goneAt: Record<string, number> = {};
    await eventually(
      "both pods gone",
      async () => {
        for (const name of ["polite", "stubborn"]) {
          if (goneAt[name] === undefined && !(await kubectlGetPod(setup.ns, name))) goneAt[name] = Date.now();
        }
        return Object.keys(goneAt).length === 2 ? true : undefined;
      },
      60_000,
    );
    const [politeContainer] = containersOf(polite.metadata!.uid!);
    expect(finalLogs(politeContainer!)).toBe("up\ngot SIGTERM, bye\n");
    expect(politeContainer!.exitCode).toBe(0);
    expect(goneAt.polite! - started).toBeLessThan(20_000);

    const [stubbornContainer] = containersOf(stubborn.metadata!.uid!);
    expect(stubbornContainer!.exitCode).toBe(137);
    expect(stubbornContainer!.lifecycleDetails).toBe("Killed after the graceful shutdown timeout");
    expect(stubbornContainer!.timeTerminated! - started).toBeGreaterThanOrEqual(4_000);
    expect(goneAt.stubborn! - started).toBeGreaterThanOrEqual(4_000);
  });

  it("a readiness probe on a port that opens after 10 s: Ready=False until then, True after", async () => {
    await kubectlApply(
      podManifest(setup, "slow", {
        containers: [
          {
            name: "main",
            image: BUSYBOX,
            command: ["sh", "-c", "sleep 10; echo listening; exec httpd -f -p 8080 -h /tmp"],
            readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 1, failureThreshold: 1 },
          },
        ],
      }),
    );
    const running = await waitForPod(setup.ns, "slow", "Running", (p) => p.status?.phase === "Running");
    const [container] = containersOf(running.metadata!.uid!);
    const startedAt = container!.run!.startedAt;
    const samples: { at: number; ready: boolean }[] = [];
    await eventually(
      "Ready",
      async () => {
        const pod = await kubectlGetPod(setup.ns, "slow");
        if (!pod) return undefined;
        samples.push({ at: Date.now(), ready: isReady(pod) });
        return isReady(pod) ? true : undefined;
      },
      40_000,
    );
    const notReady = samples.filter((s) => !s.ready);
    expect(notReady.length).toBeGreaterThan(3);
    // Not Ready before the port opened (10 s into the run); Ready soon after (probe period 1 s,
    // plus the provider's status poll).
    expect(samples.at(-1)!.at - startedAt).toBeGreaterThanOrEqual(10_000);
    expect(samples.at(-1)!.at - startedAt).toBeLessThan(20_000);
    expect(container!.run!.health).toEqual([{ status: "HEALTHY" }]);
  });

  it("an unknown image: the pod shows an image-pull reason and message, and no instance is left", async () => {
    const image = "registry.example/no-such-image:1";
    await kubectlApply(podManifest(setup, "nopull", { containers: [{ name: "main", image }] }));
    const pod = await waitForPod(setup.ns, "nopull", "shows the pull failure", (p) => {
      return p.status?.containerStatuses?.[0]?.state?.waiting?.message?.includes(image) === true;
    });
    const waiting = pod.status!.containerStatuses![0]!.state!.waiting!;
    expect(waiting.reason).toBe("ErrImagePull");
    expect(waiting.message).toMatch(
      /^Failed to pull image "registry\.example\/no-such-image:1": manifest unknown/,
    );
    await instanceGone(pod);
  });
});
