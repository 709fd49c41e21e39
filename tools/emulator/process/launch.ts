// The shell script that turns one container run into a process: it runs in the instance's network,
// UTS and IPC namespaces, in a mount namespace of its own (nsenter + unshare), builds the container's
// root as an overlay of the image layer on this machine's root (writes go to a tmpfs that vanishes
// with the namespace), mounts the volumes, and execs the command with the container's environment,
// working directory and user. Pure but for reading the root's symlinks: tested by its output.

/** Single-quotes a string for sh (any bytes but NUL). */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The capabilities a container keeps (the container runtime's default set, as on OCI). */
export const DEFAULT_CAPABILITIES = [
  "chown",
  "dac_override",
  "fsetid",
  "fowner",
  "mknod",
  "net_raw",
  "setgid",
  "setuid",
  "setfcap",
  "setpcap",
  "net_bind_service",
  "sys_chroot",
  "kill",
  "audit_write",
];

/**
 * The `setpriv --bounding-set` argument for a container's securityContext capabilities (OCI names:
 * `CAP_NET_RAW`, or `ALL`): the default set plus what is added, minus what is dropped. `ALL` keeps
 * every capability this runtime holds (no argument); a dropped `ALL` leaves none. The process runs
 * as root unless a user is set, so its effective set is this bounding set, as with runc; a
 * non-root user gets none of them (no ambient capabilities, as with containerd and Kubernetes).
 */
export function boundingSet(add: readonly string[] = [], drop: readonly string[] = []): string | undefined {
  const name = (cap: string): string => cap.toLowerCase().replace(/^cap_/, "");
  const added = add.map(name);
  const dropped = drop.map(name);
  if (dropped.includes("all")) return "-all";
  if (added.includes("all")) return dropped.length > 0 ? dropped.map((c) => `-${c}`).join(",") : undefined;
  const kept = [...new Set([...DEFAULT_CAPABILITIES, ...added])].filter((c) => !dropped.includes(c));
  return ["-all", ...kept.map((c) => `+${c}`)].join(",");
}

export interface Mount {
  /** A path on this machine. */
  readonly source: string;
  /** The path inside the container. */
  readonly target: string;
  readonly readOnly: boolean;
  /** The source is a file (a subPath to one file), so the target is made a file. */
  readonly file: boolean;
}

export interface LaunchSpec {
  /** The container's cgroup (cgroup.procs is written first), if cgroup v2 is available. */
  readonly cgroup?: string;
  /** An empty directory on this machine where the root is assembled. */
  readonly scratch: string;
  /** The image's layer directory. */
  readonly layer: string;
  /** resolv.conf, hosts and hostname of the instance, copied into /etc. */
  readonly etcDir: string;
  /** Image binds, then volumes, in order. */
  readonly mounts: readonly Mount[];
  readonly readOnlyRoot: boolean;
  readonly env: Readonly<Record<string, string>>;
  readonly workingDir: string;
  readonly user?: { readonly uid: number; readonly gid: number };
  /** The securityContext's capabilities (OCI names). @default - the default set */
  readonly capabilities?: { readonly add?: readonly string[]; readonly drop?: readonly string[] };
  /** argv; argv[0] is looked up on the container's PATH. */
  readonly command: readonly string[];
}

export function launchScript(spec: LaunchSpec): string {
  const q = shellQuote;
  const root = `${spec.scratch}/root`;
  const lines = ["set -eu"];
  if (spec.cgroup) lines.push(`echo $$ > ${q(`${spec.cgroup}/cgroup.procs`)}`);
  lines.push(
    `mount -t tmpfs -o mode=0755 okevn-container ${q(spec.scratch)}`,
    `mkdir ${q(`${spec.scratch}/upper`)} ${q(`${spec.scratch}/work`)} ${q(root)}`,
    `mount -t overlay okevn-root -o ${q(`lowerdir=${spec.layer}:/,upperdir=${spec.scratch}/upper,workdir=${spec.scratch}/work`)} ${q(root)}`,
    `mount -t proc proc ${q(`${root}/proc`)}`,
    `mount --rbind /dev ${q(`${root}/dev`)}`,
    // env and setpriv of this machine run the last step inside the root, where the image's own
    // programs (busybox's env) would shadow them.
    `mkdir -p ${q(`${root}/.okevn/bin`)}`,
    `mount --bind -o ro /usr/bin ${q(`${root}/.okevn/bin`)}`,
  );
  for (const file of ["resolv.conf", "hosts", "hostname"]) {
    lines.push(
      `rm -f ${q(`${root}/etc/${file}`)}`,
      `cp ${q(`${spec.etcDir}/${file}`)} ${q(`${root}/etc/${file}`)}`,
    );
  }
  for (const m of spec.mounts) {
    const inRoot = m.target;
    const target = q(`${root}${inRoot}`);
    if (m.file) {
      const parent = inRoot.slice(0, inRoot.lastIndexOf("/")) || "/";
      lines.push(`mkdir -p ${q(`${root}${parent}`)}`, `[ -e ${target} ] || : > ${target}`);
    } else {
      lines.push(`mkdir -p ${target}`);
    }
    lines.push(`mount --bind ${m.readOnly ? "-o ro " : ""}${q(m.source)} ${target}`);
  }
  lines.push(`mkdir -p ${q(`${root}${spec.workingDir}`)}`);
  if (spec.readOnlyRoot) lines.push(`mount -o remount,bind,ro ${q(root)}`);
  const env = Object.entries(spec.env).map(([k, v]) => q(`${k}=${v}`));
  const bounding = boundingSet(spec.capabilities?.add, spec.capabilities?.drop);
  const user = spec.user
    ? ["--reuid", String(spec.user.uid), "--regid", String(spec.user.gid), "--clear-groups"]
    : [];
  lines.push(
    [
      "exec chroot",
      q(root),
      "/.okevn/bin/env -i -C",
      q(spec.workingDir),
      ...env,
      "/.okevn/bin/setpriv",
      ...user,
      ...(bounding === undefined ? [] : ["--bounding-set", bounding]),
      "--pdeathsig KILL --",
      ...spec.command.map(q),
    ].join(" "),
  );
  return lines.join("\n") + "\n";
}
