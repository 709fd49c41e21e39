// This machine's side of the process runtime, made with iproute2 and util-linux:
// - the pod subnet: a bridge `okevn<pid>br` holding 198.19.<slot>.1/24 in the root namespace, so the
//   provider and tests on this machine reach pod IPs directly;
// - per instance, a holder process (`unshare --net --uts --ipc --mount` running busybox sleep) whose
//   namespaces the containers join, a veth pair from its eth0 to the bridge, and a cgroup v2 per
//   instance and container (cgroup.kill ends every process, even ones that escaped their parent).
// Names carry the emulator's pid; sweepStale() removes what dead emulators left behind.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAlive } from "../../util/pids.ts";
import { claimSlot } from "../../util/slots.ts";
import { macFor } from "../vnic.ts";
import { BUSYBOX } from "./images.ts";

const PREFIX = "okevn";
/** The test network (tools/controlplane/network.ts): the only destination beyond the pod subnet. */
export const TEST_NETWORK = "198.18.0.0/15";
/** Pod subnets: one /24 per emulator inside 198.19.0.0/16 (RFC 2544, never a cluster's service range). */
const POD_SUBNETS = "198.19";
export const SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin";

export async function run(binary: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(binary, args, { env: { PATH: SYSTEM_PATH } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${binary} ${args.join(" ")}: ${(stderr || error.message).trim()}`));
      else resolve(stdout);
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

const bridgeName = (pid: number): string => `${PREFIX}${pid.toString(36)}br`;
export const stateDirFor = (pid: number): string => join(tmpdir(), `${PREFIX}-runtime-${pid}`);

/** Where cgroup v2 is mounted and writable, or undefined (then processes are tracked by pid only). */
export function cgroupRoot(): string | undefined {
  const mounts = readFileSync("/proc/self/mounts", "utf8").split("\n");
  const line = mounts.find((l) => l.split(" ")[2] === "cgroup2");
  const root = line?.split(" ")[1];
  return root && existsSync(join(root, "cgroup.procs")) ? root : undefined;
}

/** Kills every process in a cgroup (and its children) and removes it. */
export async function removeCgroup(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  for (const child of readdirSync(dir, { withFileTypes: true })) {
    if (child.isDirectory()) await removeCgroup(join(dir, child.name));
  }
  await writeFile(join(dir, "cgroup.kill"), "1").catch(() => undefined);
  for (let i = 0; i < 200; i++) {
    const procs = await readFile(join(dir, "cgroup.procs"), "utf8").catch(() => "");
    if (procs.trim() === "") break;
    await new Promise((r) => setTimeout(r, 10));
  }
  await rmdir(dir).catch(() => undefined);
}

/** Removes bridges, cgroups and state directories of process runtimes whose emulator is dead. */
export async function sweepStale(): Promise<void> {
  const links = await run("ip", ["-o", "link", "show", "type", "bridge"]).catch(() => "");
  for (const m of links.matchAll(new RegExp(`\\d+: (${PREFIX}([0-9a-z]+)br)[:@]`, "g"))) {
    const pid = parseInt(m[2]!, 36);
    if (!isAlive(pid)) await run("ip", ["link", "del", m[1]!]).catch(() => undefined);
  }
  const cg = cgroupRoot();
  for (const [dir, pattern] of [
    [cg, /^okevn-runtime-(\d+)$/],
    [tmpdir(), /^okevn-runtime-(\d+)$/],
  ] as const) {
    if (!dir) continue;
    for (const name of readdirSync(dir)) {
      const m = pattern.exec(name);
      if (!m || isAlive(Number(m[1]))) continue;
      if (dir === cg) await removeCgroup(join(dir, name));
      else rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
}

/**
 * What a process runtime of emulator `pid` still holds on this machine: its bridge, cgroup (with its
 * processes) and state directory. Empty once it stopped cleanly (or sweepStale ran).
 */
export async function leftovers(pid: number): Promise<string[]> {
  const out: string[] = [];
  const bridge = bridgeName(pid);
  if (
    await run("ip", ["link", "show", bridge]).then(
      () => true,
      () => false,
    )
  )
    out.push(`bridge ${bridge}`);
  const cg = cgroupRoot();
  const dir = cg ? join(cg, `okevn-runtime-${pid}`) : undefined;
  if (dir && existsSync(dir)) out.push(`cgroup ${dir}`);
  if (existsSync(stateDirFor(pid))) out.push(`directory ${stateDirFor(pid)}`);
  return out;
}

/** Network namespaces of live processes other than this process's own (by inode), with a pid each. */
export function networkNamespaces(): Map<string, number> {
  const own = readlinkSync("/proc/self/ns/net");
  const found = new Map<string, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ns = readlinkSync(`/proc/${name}/ns/net`);
      if (ns !== own && !found.has(ns)) found.set(ns, Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

export interface PodSubnet {
  readonly bridge: string;
  /** e.g. 198.19.3.0 */
  readonly network: string;
  readonly prefixLength: 24;
  /** The bridge's address: the instances' gateway to the test network. */
  readonly gateway: string;
  close(): Promise<void>;
}

/** Creates this emulator's bridge on a free 198.19.<slot>.0/24. */
export async function createPodSubnet(): Promise<PodSubnet> {
  const bridge = bridgeName(process.pid);
  await run("ip", ["link", "del", bridge]).catch(() => undefined);
  const used = new Set(
    [...(await run("ip", ["-o", "-4", "addr", "show"])).matchAll(/inet 198\.19\.(\d+)\./g)].map((m) =>
      Number(m[1]),
    ),
  );
  const claim = claimSlot("pod-subnet", used, 0, 255);
  const slot = claim.slot;
  const network = `${POD_SUBNETS}.${slot}.0`;
  const gateway = `${POD_SUBNETS}.${slot}.1`;
  await run(
    "ip",
    ["-batch", "-"],
    [
      // A fixed MAC: a bridge otherwise takes its lowest port's, which changes when that instance
      // goes, and the instances' neighbour entries for the gateway then point at nothing (~30 s of
      // lost packets to the test network, e.g. every agent's feed); a VCN's gateway keeps its MAC.
      `link add ${bridge} address ${macFor(gateway)} type bridge`,
      `addr add ${gateway}/24 dev ${bridge}`,
      `link set ${bridge} up`,
      "",
    ].join("\n"),
  );
  return {
    bridge,
    network,
    prefixLength: 24,
    gateway,
    async close() {
      await run("ip", ["link", "del", bridge]).catch(() => undefined);
      claim.release();
    },
  };
}

export interface InstanceHost {
  readonly holder: ChildProcess;
  readonly pid: number;
  readonly exited: Promise<void>;
}

const SLEEP = [BUSYBOX, "sleep", "2147483647"];
/** A mount namespace of its own, private (mounts made in it never reach this machine's). */
export const OWN_MOUNT_NAMESPACE = ["unshare", "--mount", "--propagation", "private", "--"] as const;

/** Spawns `setpriv --pdeathsig KILL -- args` and waits until it runs busybox sleep (set up, holding). */
async function startHolding(args: readonly string[], what: string): Promise<InstanceHost> {
  const holder = spawn("setpriv", ["--pdeathsig", "KILL", "--", ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { PATH: SYSTEM_PATH },
  });
  let stderr = "";
  holder.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => holder.once("exit", () => resolve()));
  const pid = holder.pid;
  if (pid === undefined) throw new Error(`could not start ${what}`);
  for (let i = 0; ; i++) {
    let exe: string | undefined;
    try {
      exe = readlinkSync(`/proc/${pid}/exe`);
    } catch {
      // not there yet, or gone
    }
    if (exe?.endsWith("busybox")) break;
    if (holder.exitCode !== null || i > 1000) {
      holder.kill("SIGKILL");
      throw new Error(`${what} did not start: ${stderr.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  return { holder, pid, exited };
}

/**
 * The image layers' holder: a mount namespace with a tmpfs at `dir` (overlayfs refuses a lower layer
 * inside another, and `/` is one). Instances' namespaces derive from it; it dies with the emulator.
 * Write into the tmpfs through /proc/<pid>/root.
 */
export function startLayerHolder(dir: string): Promise<InstanceHost> {
  return startHolding(
    [
      ...OWN_MOUNT_NAMESPACE,
      "/bin/sh",
      "-c",
      `mount -t tmpfs -o mode=0755 okevn-images "$0" && exec "$@"`,
      dir,
      ...SLEEP,
    ],
    "the image layers' holder",
  );
}

/**
 * Starts the holder of an instance's namespaces (network, UTS, IPC, and a mount namespace copied from
 * the layers' holder). It dies with the emulator (pdeathsig); the namespaces go once it and the
 * containers are gone.
 */
export function startHolder(layerHolderPid: number): Promise<InstanceHost> {
  return startHolding(
    [
      "nsenter",
      "--target",
      String(layerHolderPid),
      "--mount",
      "--",
      "unshare",
      "--net",
      "--uts",
      "--ipc",
      "--mount",
      "--propagation",
      "private",
      "--",
      ...SLEEP,
    ],
    "the instance's namespace holder",
  );
}

/**
 * Joins the holder's network namespace to the bridge as eth0 with `ip`/24, routes and hostname.
 * `onLinkRoutes` (CIDRs) are routed on-link out of eth0: such a destination can be dialled, and
 * nothing on the bridge answers for it, so unless a rule in the instance rewrites it (the pod
 * agent's DNAT of a ClusterIP) the packet goes nowhere, as on a VCN without a route for it.
 */
export async function attach(
  subnet: PodSubnet,
  holderPid: number,
  hostIf: string,
  ip: string,
  hostname: string,
  onLinkRoutes: readonly string[] = [],
): Promise<void> {
  await run(
    "ip",
    ["-batch", "-"],
    [
      // The VNIC's MAC (derived from its address): an instance that gets an address a deleted one
      // had keeps its MAC too, so the other instances' neighbour caches stay right (with a fresh
      // MAC they sent to the old one until the entry expired, up to ~45 s; clouds have no ARP).
      `link add ${hostIf} type veth peer name eth0 address ${macFor(ip)} netns ${holderPid}`,
      `link set ${hostIf} master ${subnet.bridge} up`,
      "",
    ].join("\n"),
  );
  // No default route: the pod subnet (connected) and the test network are all an instance can reach.
  await run(
    "nsenter",
    ["--target", String(holderPid), "--net", "--", "ip", "-batch", "-"],
    [
      "link set lo up",
      `addr add ${ip}/${subnet.prefixLength} dev eth0`,
      "link set eth0 up",
      `route add ${TEST_NETWORK} via ${subnet.gateway}`,
      ...onLinkRoutes.map((cidr) => `route add ${cidr} dev eth0`),
      "",
    ].join("\n"),
  );
  await run("nsenter", ["--target", String(holderPid), "--uts", "--", BUSYBOX, "hostname", hostname]);
}

/** Mounts a tmpfs at `dir` inside the holder's mount namespace (a MEMORY emptyDir). */
export async function mountTmpfs(holderPid: number, dir: string): Promise<void> {
  await run("nsenter", [
    "--target",
    String(holderPid),
    "--mount",
    "--",
    "mount",
    "-t",
    "tmpfs",
    "okevn-emptydir",
    dir,
  ]);
}

export async function makeCgroup(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}
