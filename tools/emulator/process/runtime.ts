// The process runtime: each Container Instance gets network, UTS and IPC namespaces on this
// emulator's bridge (host.ts), each container run is a real process (launch.ts) whose stdout and
// stderr are its logs, whose exit code is real, and whose health checks are really probed (probes.ts).
// See docs/emulator.md ("Process runtime") for the catalogue, the network and the clean-up.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ContainerRuntime, RunEnded } from "../runtime.ts";
import { SIGKILL_EXIT } from "../runtime.ts";
import type { ContainerRecord, InstanceRecord, InstanceUsage, Run, VnicRecord } from "../types.ts";
import {
  attach,
  cgroupRoot,
  createPodSubnet,
  makeCgroup,
  mountTmpfs,
  OWN_MOUNT_NAMESPACE,
  type PodSubnet,
  removeCgroup,
  startHolder,
  startLayerHolder,
  stateDirFor,
  sweepStale,
  SYSTEM_PATH,
  type InstanceHost,
} from "./host.ts";
import {
  commandLine,
  defaultImages,
  findImage,
  type ImageEntry,
  prepareLayer,
  pullFailureMessage,
  repositoryOf,
} from "./images.ts";
import { launchScript, type Mount } from "./launch.ts";
import { resolveInRoot } from "./root-path.ts";
import { LogBuffer } from "./log-buffer.ts";
import { startProbes } from "./probes.ts";

export interface ProcessRuntimeOptions {
  /** Entries tried before the built-in catalogue (images.ts). */
  readonly images?: readonly ImageEntry[];
  /**
   * Host names every instance's /etc/hosts maps to an address, by name: stands in for the VCN
   * resolver answering OCI's service names (e.g. a test bed sends them to this emulator).
   */
  readonly serviceHosts?: Readonly<Record<string, string>>;
  /** CIDRs routed on-link from every instance's eth0 (host.ts attach), e.g. the cluster's Service CIDR. */
  readonly onLinkRoutes?: readonly string[];
}

interface InstanceState {
  readonly dir: string;
  readonly host: InstanceHost;
  readonly ip: string;
  readonly cgroup?: string;
  /** cgroup cpu usage (µs) and time (ms) at the last sample. */
  lastCpu?: { usageUs: number; at: number };
}

interface RunState {
  readonly child: ChildProcess;
  readonly cgroup?: string;
  exited?: { code: number };
  stopping: RunEnded[];
  killTimer?: NodeJS.Timeout;
  killedByUs: boolean;
  healthKill?: string;
  stopProbes: () => void;
  onExit: RunEnded;
}

const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGKILL: 9,
  SIGTERM: 15,
  SIGQUIT: 3,
  SIGABRT: 6,
};
const USAGE_SAMPLE_MS = 5_000;

export class ProcessRuntime implements ContainerRuntime {
  readonly kind = "process";
  readonly subnet: PodSubnet;
  /** Tried in order; add entries with addImage. */
  readonly images: ImageEntry[];
  private readonly stateDir: string;
  /** /etc/hosts lines of ProcessRuntimeOptions.serviceHosts. */
  private readonly serviceHosts: string;
  private readonly layers: InstanceHost;
  private readonly cgroupBase: string | undefined;
  private readonly onLinkRoutes: readonly string[];
  /** This machine forwards IPv4 (net.ipv4.ip_forward=1): no container gets CAP_NET_ADMIN then. */
  private readonly forwarding: boolean;
  private readonly vnicOf: (inst: InstanceRecord) => VnicRecord | undefined;
  private readonly instances = new Map<string, InstanceState>();
  private readonly settingUp = new Map<string, Promise<InstanceState>>();
  private readonly runs = new Map<ContainerRecord, RunState>();
  private readonly outputs = new WeakMap<Run, LogBuffer>();
  private readonly sampler: NodeJS.Timeout;
  private counter = 0;

  private constructor(
    subnet: PodSubnet,
    layers: InstanceHost,
    cgroupBase: string | undefined,
    vnicOf: (inst: InstanceRecord) => VnicRecord | undefined,
    options: ProcessRuntimeOptions,
    forwarding: boolean,
  ) {
    this.subnet = subnet;
    this.layers = layers;
    this.cgroupBase = cgroupBase;
    this.vnicOf = vnicOf;
    this.images = [...(options.images ?? []), ...defaultImages()];
    this.serviceHosts = Object.entries(options.serviceHosts ?? {})
      .map(([name, address]) => `${address}\t${name}\n`)
      .join("");
    this.onLinkRoutes = options.onLinkRoutes ?? [];
    this.forwarding = forwarding;
    this.stateDir = stateDirFor(process.pid);
    this.sampler = setInterval(() => void this.sampleUsage(), USAGE_SAMPLE_MS);
    this.sampler.unref();
  }

  /** Sweeps what dead emulators left, then makes this emulator's bridge and cgroup. Needs root. */
  static async start(
    vnicOf: (inst: InstanceRecord) => VnicRecord | undefined,
    options: ProcessRuntimeOptions = {},
  ): Promise<ProcessRuntime> {
    await sweepStale();
    const stateDir = stateDirFor(process.pid);
    mkdirSync(join(stateDir, "images"), { recursive: true });
    const layers = await startLayerHolder(join(stateDir, "images"));
    const subnet = await createPodSubnet().catch((error: unknown) => {
      layers.holder.kill("SIGKILL");
      throw error;
    });
    const root = cgroupRoot();
    const cgroupBase = root ? join(root, `okevn-runtime-${process.pid}`) : undefined;
    if (cgroupBase) await makeCgroup(cgroupBase);
    const forwarding = await readFile("/proc/sys/net/ipv4/ip_forward", "utf8").then(
      (value) => value.trim() !== "0",
      () => true,
    );
    return new ProcessRuntime(subnet, layers, cgroupBase, vnicOf, options, forwarding);
  }

  addImage(entry: ImageEntry): void {
    this.images.unshift(entry);
  }

  pullFailure(c: ContainerRecord): string | undefined {
    return findImage(this.images, c.imageUrl) ? undefined : pullFailureMessage(c.imageUrl);
  }

  setUp(inst: InstanceRecord): Promise<void> {
    if (this.instances.has(inst.id)) return Promise.resolve();
    let pending = this.settingUp.get(inst.id);
    if (!pending) {
      pending = this.create(inst).finally(() => this.settingUp.delete(inst.id));
      this.settingUp.set(inst.id, pending);
    }
    return pending.then(() => undefined);
  }

  private async create(inst: InstanceRecord): Promise<InstanceState> {
    const vnic = this.vnicOf(inst);
    if (!vnic) throw new Error("the instance has no VNIC");
    const n = (this.counter++).toString(36);
    const dir = join(this.stateDir, `i${n}`);
    mkdirSync(join(dir, "etc"), { recursive: true });
    const hostname = vnic.hostnameLabel ?? hostnameOf(inst.displayName);
    writeFileSync(join(dir, "etc", "resolv.conf"), resolvConf(inst.dnsConfig));
    writeFileSync(
      join(dir, "etc", "hosts"),
      `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n${vnic.privateIp}\t${hostname}\n${this.serviceHosts}`,
    );
    writeFileSync(join(dir, "etc", "hostname"), `${hostname}\n`);
    const memoryVolumes = writeVolumes(join(dir, "volumes"), inst.volumes);
    const cgroup = this.cgroupBase ? join(this.cgroupBase, `i${n}`) : undefined;
    if (cgroup) await makeCgroup(join(cgroup, "holder"));
    const host = await startHolder(this.layers.pid);
    const state: InstanceState = { dir, host, ip: vnic.privateIp, ...(cgroup ? { cgroup } : {}) };
    this.instances.set(inst.id, state);
    if (cgroup) writeFileSync(join(cgroup, "holder", "cgroup.procs"), String(host.pid));
    await attach(
      this.subnet,
      host.pid,
      `okevn${process.pid.toString(36)}v${n}`,
      vnic.privateIp,
      hostname,
      this.onLinkRoutes,
    );
    for (const name of memoryVolumes) await mountTmpfs(host.pid, join(dir, "volumes", name));
    return state;
  }

  startRun(inst: InstanceRecord, c: ContainerRecord, exited: RunEnded): void {
    const state = this.instances.get(inst.id);
    const entry = findImage(this.images, c.imageUrl);
    const run = c.run!;
    const log = new LogBuffer();
    this.outputs.set(run, log);
    if (!state || !entry) {
      log.append(Buffer.from(`${!entry ? pullFailureMessage(c.imageUrl) : "the instance is not set up"}\n`));
      setImmediate(() => exited(128, "The container could not start"));
      return;
    }
    const index = inst.containerIds.indexOf(c.id);
    const cdir = join(state.dir, `c${index}`);
    mkdirSync(join(cdir, "scratch"), { recursive: true });
    // A cgroup per run: the previous run's may still be emptying when a restart begins.
    const cgroup = state.cgroup
      ? join(state.cgroup, `c${index}r${(this.counter++).toString(36)}`)
      : undefined;
    if (cgroup) mkdirSync(cgroup, { recursive: true });
    const script = join(cdir, "launch.sh");
    writeFileSync(script, launchScript(this.launchSpec(inst, c, entry, state, cdir, cgroup)));
    const child = spawn(
      "nsenter",
      [
        "--target",
        String(state.host.pid),
        "--net",
        "--uts",
        "--ipc",
        "--mount",
        "--",
        ...OWN_MOUNT_NAMESPACE,
        "/bin/sh",
        script,
      ],
      { stdio: ["ignore", "pipe", "pipe"], env: { PATH: SYSTEM_PATH } },
    );
    child.stdout!.on("data", (chunk: Buffer) => log.append(chunk));
    child.stderr!.on("data", (chunk: Buffer) => log.append(chunk));
    const health: NonNullable<Run["health"]> = [];
    run.health = health;
    const rs: RunState = {
      child,
      ...(cgroup ? { cgroup } : {}),
      stopping: [],
      killedByUs: false,
      stopProbes: () => {},
      onExit: exited,
    };
    this.runs.set(c, rs);
    const checks = (c.spec.healthChecks as Record<string, unknown>[] | undefined) ?? [];
    rs.stopProbes = startProbes(state.ip, checks, health, {
      // The provider re-reads a container whose timeUpdated moved (status from List pages).
      changed: () => {
        c.version++;
        c.timeUpdated = Date.now();
      },
      kill: (name) => {
        rs.healthKill = name;
        this.kill(rs);
      },
    });
    child.once("error", (error) => log.append(Buffer.from(`${error.message}\n`)));
    child.once("exit", (code, signal) => this.ended(c, rs, code ?? 128 + (SIGNALS[signal ?? ""] ?? 9)));
  }

  private launchSpec(
    inst: InstanceRecord,
    c: ContainerRecord,
    entry: ImageEntry,
    state: InstanceState,
    cdir: string,
    cgroup: string | undefined,
  ): Parameters<typeof launchScript>[0] {
    const spec = c.spec;
    const security = spec.securityContext as
      | {
          runAsUser?: number;
          runAsGroup?: number;
          isRootFileSystemReadonly?: boolean;
          capabilities?: { addCapabilities?: string[]; dropCapabilities?: string[] };
        }
      | undefined;
    const uid = security?.runAsUser ?? entry.user;
    const layer = join(this.stateDir, "images", repositoryOf(c.imageUrl).replaceAll("/", "_"));
    const layerPath = prepareLayer(entry, `/proc/${this.layers.pid}/root${layer}`);
    entry.prepare?.();
    const binds: Mount[] = Object.entries(entry.binds ?? {}).map(([target, source]) => ({
      source,
      target,
      readOnly: true,
      file: !isDirectory(source),
    }));
    const vnic = this.vnicOf(inst);
    return {
      ...(cgroup ? { cgroup } : {}),
      scratch: join(cdir, "scratch"),
      layer,
      etcDir: join(state.dir, "etc"),
      // Targets resolved inside the root: a link such as /var/run -> /run must not lead out of it.
      mounts: [...binds, ...volumeMounts(join(state.dir, "volumes"), inst.volumes, spec.volumeMounts)].map(
        (m) => ({ ...m, target: resolveInRoot(m.target, [layerPath, "/"]) }),
      ),
      readOnlyRoot: security?.isRootFileSystemReadonly === true,
      env: {
        PATH: SYSTEM_PATH,
        HOSTNAME: vnic?.hostnameLabel ?? hostnameOf(inst.displayName),
        HOME: "/root",
        ...entry.env,
        ...(spec.environmentVariables as Record<string, string> | undefined),
      },
      workingDir: resolveInRoot((spec.workingDirectory as string | undefined) ?? entry.workingDir ?? "/", [
        layerPath,
        "/",
      ]),
      ...(uid !== undefined ? { user: { uid, gid: security?.runAsGroup ?? 0 } } : {}),
      ...(security?.capabilities
        ? {
            capabilities: {
              add: security.capabilities.addCapabilities ?? [],
              // A container with CAP_NET_ADMIN can change its routes; only a machine that does not
              // forward keeps it from reaching beyond this machine (docs/emulator.md).
              drop: [
                ...(security.capabilities.dropCapabilities ?? []),
                ...(this.forwarding ? ["CAP_NET_ADMIN"] : []),
              ],
            },
          }
        : {}),
      command: commandLine(
        entry,
        spec.command as string[] | undefined,
        spec.arguments as string[] | undefined,
      ),
    };
  }

  private ended(c: ContainerRecord, rs: RunState, code: number): void {
    rs.exited = { code };
    rs.stopProbes();
    if (rs.killTimer) clearTimeout(rs.killTimer);
    if (this.runs.get(c) === rs) this.runs.delete(c);
    // As when a container's PID 1 ends: whatever it left running in its cgroup goes too.
    if (rs.cgroup) void removeCgroup(rs.cgroup);
    if (rs.stopping.length > 0) {
      const details =
        rs.killedByUs && code === SIGKILL_EXIT ? "Killed after the graceful shutdown timeout" : "Stopped";
      for (const gone of rs.stopping) gone(code, details);
      return;
    }
    if (rs.healthKill !== undefined) {
      rs.onExit(SIGKILL_EXIT, `Killed: health check ${rs.healthKill} failed (failureAction KILL)`);
      return;
    }
    rs.onExit(code, `Exited with code ${code}`);
  }

  private kill(rs: RunState): void {
    rs.killedByUs = true;
    rs.child.kill("SIGKILL");
    if (rs.cgroup) void removeCgroup(rs.cgroup);
  }

  stopRun(_inst: InstanceRecord, c: ContainerRecord, graceMs: number, gone: RunEnded): void {
    const rs = this.runs.get(c);
    if (!rs || rs.exited) {
      const code = rs?.exited?.code ?? SIGKILL_EXIT;
      setImmediate(() => gone(code, "Stopped"));
      return;
    }
    rs.stopping.push(gone);
    if (rs.stopping.length > 1) return;
    if (graceMs <= 0) return this.kill(rs);
    rs.child.kill("SIGTERM");
    rs.killTimer = setTimeout(() => this.kill(rs), graceMs);
  }

  async tearDown(inst: InstanceRecord): Promise<void> {
    const state = this.instances.get(inst.id) ?? (await this.settingUp.get(inst.id)?.catch(() => undefined));
    if (!state) return;
    this.instances.delete(inst.id);
    for (const [c, rs] of this.runs) {
      if (c.instanceId === inst.id) this.kill(rs);
    }
    if (state.cgroup) await removeCgroup(state.cgroup);
    state.host.holder.kill("SIGKILL");
    await state.host.exited;
    rmSync(state.dir, { recursive: true, force: true });
  }

  logs(_c: ContainerRecord, run: Run | undefined): Buffer {
    return run ? (this.outputs.get(run)?.tail() ?? Buffer.alloc(0)) : Buffer.alloc(0);
  }

  /** Instances with live namespaces (for the emulator's state). */
  get liveInstances(): number {
    return this.instances.size;
  }

  async close(): Promise<void> {
    clearInterval(this.sampler);
    await Promise.all([...this.settingUp.values()].map((p) => p.catch(() => undefined)));
    const all = [...this.instances.keys()];
    await Promise.all(all.map((id) => this.tearDown({ id } as InstanceRecord)));
    for (const rs of this.runs.values()) rs.child.kill("SIGKILL");
    if (this.cgroupBase) await removeCgroup(this.cgroupBase);
    await this.subnet.close();
    this.layers.holder.kill("SIGKILL");
    await this.layers.exited;
    rmSync(this.stateDir, { recursive: true, force: true });
  }

  /** CPU (cgroup cpu.stat, over the last interval) and memory (RSS of its processes) per instance. */
  private async sampleUsage(instances?: Iterable<[string, InstanceState]>): Promise<void> {
    const now = Date.now();
    for (const [id, state] of instances ?? this.instances) {
      if (!state.cgroup) continue;
      const stat = await readFile(join(state.cgroup, "cpu.stat"), "utf8").catch(() => "");
      const usageUs = Number(/usage_usec (\d+)/.exec(stat)?.[1] ?? 0);
      let memoryBytes = 0;
      for (const pid of await cgroupPids(state.cgroup)) {
        const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
        memoryBytes += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      }
      const last = state.lastCpu;
      state.lastCpu = { usageUs, at: now };
      this.usageSink?.(id, {
        cpuPercent:
          last && now > last.at
            ? Math.min(100, ((usageUs - last.usageUs) / 1000 / (now - last.at)) * 100)
            : 0,
        memoryBytes,
        cpuUsedNs: usageUs * 1000,
      });
    }
  }

  /** Where sampled usage goes (the emulator stores it on the instance record). */
  usageSink?: (instanceId: string, usage: InstanceUsage) => void;
}

/** The pids in a cgroup and the cgroups under it. */
async function cgroupPids(dir: string): Promise<number[]> {
  const procs = await readFile(join(dir, "cgroup.procs"), "utf8").catch(() => "");
  const out = procs.split("\n").filter(Boolean).map(Number);
  const children = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const child of children)
    if (child.isDirectory()) out.push(...(await cgroupPids(join(dir, child.name))));
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function hostnameOf(displayName: string): string {
  return (
    displayName
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 63) || "instance"
  );
}

/** The instance's dnsConfig as /etc/resolv.conf; without one, OCI's VCN resolver. */
export function resolvConf(dnsConfig: unknown): string {
  const dns = (dnsConfig ?? {}) as { nameservers?: string[]; searches?: string[]; options?: string[] };
  const lines = (dns.nameservers?.length ? dns.nameservers : ["169.254.169.254"]).map(
    (n) => `nameserver ${n}`,
  );
  if (dns.searches?.length) lines.push(`search ${dns.searches.join(" ")}`);
  if (dns.options?.length) lines.push(`options ${dns.options.join(" ")}`);
  return lines.join("\n") + "\n";
}

interface VolumeSpec {
  name: string;
  volumeType: string;
  backingStore?: string;
  configs?: { fileName: string; data: string; path?: string }[];
}

/** Writes CONFIGFILE contents and makes EMPTYDIR directories; returns the MEMORY ones (tmpfs). */
export function writeVolumes(dir: string, volumes: readonly unknown[]): string[] {
  const memory: string[] = [];
  for (const v of volumes as VolumeSpec[]) {
    const root = join(dir, v.name);
    mkdirSync(root, { recursive: true });
    if (v.volumeType === "EMPTYDIR" && v.backingStore === "MEMORY") memory.push(v.name);
    for (const f of v.configs ?? []) {
      const at = f.path ? join(root, f.path) : root;
      mkdirSync(at, { recursive: true });
      writeFileSync(join(at, f.fileName), Buffer.from(f.data, "base64"), { mode: 0o644 });
    }
  }
  return memory;
}

/** The container's volumeMounts as bind mounts (subPath and isReadOnly honoured). */
export function volumeMounts(dir: string, volumes: readonly unknown[], mounts: unknown): Mount[] {
  const list = (mounts ?? []) as {
    mountPath: string;
    volumeName: string;
    subPath?: string;
    isReadOnly?: boolean;
  }[];
  return list.map((m) => {
    const volume = (volumes as VolumeSpec[]).find((v) => v.name === m.volumeName);
    const source = m.subPath ? join(dir, m.volumeName, m.subPath) : join(dir, m.volumeName);
    const file =
      m.subPath !== undefined &&
      (volume?.configs ?? []).some((f) => (f.path ? `${f.path}/${f.fileName}` : f.fileName) === m.subPath);
    if (m.subPath && !file) mkdirSync(source, { recursive: true });
    return { source, target: m.mountPath, readOnly: m.isReadOnly === true, file };
  });
}
