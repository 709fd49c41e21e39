/**
 * Issue 16 items 1-3 on the agent's privileged data path (nftables), on the process runtime
 * through real kubectl: the node config `agent.dataPath: privileged` gives the agent container
 * capability ALL as root; it DNATs real ClusterIPs in the pod's network namespace, which the
 * user's containers share, and answers the kube-dns ClusterIP (the test bed has no CoreDNS). The
 * emulator routes the Service CIDR on-link, as a VCN's default route does, so that a ClusterIP can
 * be dialled before the DNAT. The scenario is in ./scenarios.ts; below, what only this path does:
 * hard-coded ClusterIPs (TCP and UDP), resolv.conf on the kube-dns ClusterIP, and the user's
 * container without CAP_NET_ADMIN.
 */
import { expect, it } from "vitest";
import { SERVICE_CIDR } from "../../../tools/controlplane/control-plane.ts";
import { kubectlApply, podManifest } from "../process-runtime/support.ts";
import { clients } from "../support/cluster.ts";
import { AWAIT_AGENT, BUSYBOX, NODE, describeAgentDataPath, finished, logsOf } from "./scenarios.ts";

/** The kube-dns ClusterIP the node's pods are given (no Service has it: the agent answers it). */
const CLUSTER_DNS = "10.0.0.10";
const { core } = clients();

describeAgentDataPath(
  {
    name: "privileged",
    agentConfig: { dataPath: "privileged" },
    config: { kubernetes: { clusterDnsIp: CLUSTER_DNS } },
    emulator: { onLinkRoutes: [SERVICE_CIDR] },
  },
  (node) => {
    it("hard-coded ClusterIPs: 30 TCP requests reach all 3 web pods, a UDP datagram round-trips; resolv.conf names the kube-dns ClusterIP; the user's container holds no CAP_NET_ADMIN", async () => {
      const setup = node();
      const ns = setup.ns;
      const clusterIp = async (name: string) =>
        (await core.readNamespacedService({ name, namespace: ns })).spec!.clusterIP!;
      const script = [
        AWAIT_AGENT,
        'for i in $(seq 1 30); do echo "ip $(timeout 5 wget -qO- http://$WEB_IP/)"; done',
        'echo "resolv $(grep ^nameserver /etc/resolv.conf)"',
        'echo "readyz $(timeout 5 wget -qO- http://127.0.0.53:10253/readyz | head -1)"',
        'echo "capeff $(grep ^CapEff /proc/self/status | cut -f2)"',
      ].join("\n");
      // A fresh socket (source port) per attempt: a datagram sent before the agent's rules has an un-NATed flow.
      const udpClient = `
const dgram = require("node:dgram");
const attempt = (left) => {
  const socket = dgram.createSocket("udp4");
  const timer = setTimeout(() => { socket.close(); left > 0 ? attempt(left - 1) : console.log("no answer"); }, 500);
  socket.on("message", (m) => { clearTimeout(timer); console.log(String(m)); socket.close(); });
  socket.on("error", () => undefined);
  socket.send("ping", 5353, process.env.ECHO_IP);
};
attempt(40);
`;
      /** A one-shot pod whose container is given a Service's ClusterIP in `variable`. */
      const withClusterIp = async (
        pod: string,
        image: string,
        command: string[],
        variable: string,
        service: string,
      ) =>
        kubectlApply(
          podManifest(setup, pod, {
            restartPolicy: "Never",
            containers: [
              { name: "main", image, command, env: [{ name: variable, value: await clusterIp(service) }] },
            ],
          }),
        );
      await withClusterIp("by-cluster-ip", BUSYBOX, ["sh", "-c", script], "WEB_IP", "web");
      await withClusterIp("udp-by-cluster-ip", NODE, ["node", "-e", udpClient], "ECHO_IP", "echo");
      await finished(ns, "by-cluster-ip");
      const lines = (await logsOf(setup, "by-cluster-ip")).split("\n");
      const value = (prefix: string): string =>
        lines.find((l) => l.startsWith(`${prefix} `))?.slice(prefix.length + 1) ?? `(no ${prefix} line)`;
      const webPods = (await core.listNamespacedPod({ namespace: ns, labelSelector: "app=web" })).items
        .filter((p) => !p.metadata?.deletionTimestamp)
        .map((p) => p.metadata!.name!)
        .sort();
      const byIp = lines.filter((l) => l.startsWith("ip ")).map((l) => l.slice(3));
      expect(byIp).toHaveLength(30);
      expect([...new Set(byIp)].sort()).toEqual(webPods);
      expect(value("resolv")).toBe(`nameserver ${CLUSTER_DNS}`);
      expect(value("readyz")).toBe(
        "data path: privileged (configured: CAP_NET_ADMIN held and nftables works)",
      );
      // The agent's capability is its own: the user's container keeps the default set.
      const capEff = BigInt(`0x${value("capeff")}`);
      expect((capEff >> 12n) & 1n).toBe(0n);

      await finished(ns, "udp-by-cluster-ip");
      expect(await logsOf(setup, "udp-by-cluster-ip")).toBe("echo:ping\n");
    }, 120_000);
  },
);
