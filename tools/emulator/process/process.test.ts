// Unit tests of the process runtime's pure parts: no processes, no namespaces.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { commandLine, defaultImages, findImage, pullFailureMessage, repositoryOf } from "./images.ts";
import { boundingSet, launchScript, shellQuote } from "./launch.ts";
import { LogBuffer } from "./log-buffer.ts";
import { resolvConf, volumeMounts, writeVolumes } from "./runtime.ts";
import { execFileSync } from "node:child_process";

describe("image catalogue", () => {
  it("reduces image references to their repository", () => {
    expect(repositoryOf("busybox")).toBe("busybox");
    expect(repositoryOf("busybox:1.36")).toBe("busybox");
    expect(repositoryOf("docker.io/library/busybox:1.36@sha256:abc")).toBe("busybox");
    expect(repositoryOf("localhost:5000/nginx:1")).toBe("nginx");
    expect(repositoryOf("ghcr.io/oke-virtual-nodes/oke-virtual-nodes:0.1.0")).toBe(
      "oke-virtual-nodes/oke-virtual-nodes",
    );
    expect(repositoryOf("example/app")).toBe("example/app");
  });

  it("finds built-in and added entries, and knows nothing else", () => {
    const images = defaultImages();
    expect(findImage(images, "docker.io/library/busybox:1.36")?.busybox).toBe(true);
    expect(findImage(images, "nginx:1.27")?.cmd?.[0]).toBe("httpd");
    expect(findImage(images, "node:24-slim")?.binds).toHaveProperty(["/usr/local/bin/node"]);
    expect(findImage(images, "ghcr.io/oke-virtual-nodes/oke-virtual-nodes:1")?.entrypoint?.[1]).toBe(
      "/app/service/src/main.ts",
    );
    expect(findImage(images, "registry.example/unknown:1")).toBeUndefined();
    expect(findImage([{ repositories: ["example/*"], cmd: ["x"] }, ...images], "example/app:1")?.cmd).toEqual(
      ["x"],
    );
    expect(pullFailureMessage("registry.example/unknown:1")).toMatch(
      /^Failed to pull image registry\.example\/unknown:1: manifest unknown/,
    );
  });

  it("combines command and arguments with the image's entrypoint and cmd as OCI does", () => {
    const entry = { repositories: ["x"], entrypoint: ["/entry"], cmd: ["default"] };
    expect(commandLine(entry)).toEqual(["/entry", "default"]);
    expect(commandLine(entry, undefined, ["a"])).toEqual(["/entry", "a"]);
    expect(commandLine(entry, ["sh"])).toEqual(["sh"]);
    expect(commandLine(entry, ["sh"], ["-c", "x"])).toEqual(["sh", "-c", "x"]);
  });
});

describe("log buffer", () => {
  it("keeps the last bytes written, across chunks", () => {
    const log = new LogBuffer(10);
    log.append(Buffer.from("0123"));
    log.append(Buffer.from("4567"));
    expect(log.tail().toString()).toBe("01234567");
    log.append(Buffer.from("89abcdef"));
    expect(log.tail().toString()).toBe("6789abcdef");
    log.append(Buffer.from("0123456789ABCDEF"));
    expect(log.tail().toString()).toBe("6789ABCDEF");
  });
});

describe("launch script", () => {
  it("quotes anything but NUL for sh", () => {
    const nasty = `it's "quoted" $HOME \`x\` \\ \n ä`;
    expect(execFileSync("/bin/sh", ["-c", `printf %s ${shellQuote(nasty)}`]).toString()).toBe(nasty);
  });

  it("builds the root, mounts volumes, and execs with exactly the container's environment and user", () => {
    const script = launchScript({
      cgroup: "/sys/fs/cgroup/okevn-runtime-1/i0/c0",
      scratch: "/tmp/s",
      layer: "/tmp/images/busybox",
      etcDir: "/tmp/i0/etc",
      mounts: [
        { source: "/tmp/i0/volumes/cfg/app.conf", target: "/etc/app.conf", readOnly: true, file: true },
      ],
      readOnlyRoot: true,
      env: { PATH: "/bin", "WEIRD.NAME": "a'b" },
      workingDir: "/work dir",
      user: { uid: 1000, gid: 2000 },
      command: ["sh", "-c", "echo $PATH"],
    });
    const lines = script.trim().split("\n");
    expect(lines[0]).toBe("set -eu");
    expect(lines[1]).toBe("echo $$ > '/sys/fs/cgroup/okevn-runtime-1/i0/c0/cgroup.procs'");
    expect(script).toContain(
      "-o 'lowerdir=/tmp/images/busybox:/,upperdir=/tmp/s/upper,workdir=/tmp/s/work' '/tmp/s/root'",
    );
    expect(script).toContain("[ -e '/tmp/s/root/etc/app.conf' ] || : > '/tmp/s/root/etc/app.conf'");
    expect(script).toContain("mount --bind -o ro '/tmp/i0/volumes/cfg/app.conf' '/tmp/s/root/etc/app.conf'");
    expect(script).toContain("mount -o remount,bind,ro '/tmp/s/root'");
    expect(lines.at(-1)).toBe(
      "exec chroot '/tmp/s/root' /.okevn/bin/env -i -C '/work dir' 'PATH=/bin' 'WEIRD.NAME=a'\\''b' " +
        "/.okevn/bin/setpriv --reuid 1000 --regid 2000 --clear-groups --bounding-set " +
        "-all,+chown,+dac_override,+fsetid,+fowner,+mknod,+net_raw,+setgid,+setuid,+setfcap,+setpcap," +
        "+net_bind_service,+sys_chroot,+kill,+audit_write --pdeathsig KILL -- 'sh' '-c' 'echo $PATH'",
    );
  });
});

describe("capabilities", () => {
  const defaults =
    "+chown,+dac_override,+fsetid,+fowner,+mknod,+net_raw,+setgid,+setuid,+setfcap,+setpcap,+net_bind_service,+sys_chroot,+kill,+audit_write";

  it("keeps the default set, adds and drops OCI names, and keeps everything for ALL", () => {
    expect(boundingSet()).toBe(`-all,${defaults}`);
    expect(boundingSet(["CAP_NET_ADMIN"], ["CAP_NET_RAW", "CAP_KILL"])).toBe(
      `-all,${defaults.replace("+net_raw,", "").replace("+kill,", "")},+net_admin`,
    );
    expect(boundingSet(["ALL"])).toBeUndefined();
    expect(boundingSet(["ALL"], ["CAP_SYS_ADMIN"])).toBe("-sys_admin");
    expect(boundingSet(["ALL"], ["ALL"])).toBe("-all");
  });

  it("puts the set on setpriv's command line, and none for ALL", () => {
    const spec = {
      scratch: "/tmp/s",
      layer: "/tmp/images/x",
      etcDir: "/tmp/i0/etc",
      mounts: [],
      readOnlyRoot: false,
      env: {},
      workingDir: "/",
      command: ["nft", "list", "ruleset"],
    };
    expect(launchScript({ ...spec, capabilities: { add: ["CAP_NET_ADMIN"] } })).toContain(
      `--bounding-set -all,${defaults},+net_admin --pdeathsig`,
    );
    expect(launchScript({ ...spec, capabilities: { add: ["ALL"] } })).toContain(
      "/.okevn/bin/setpriv --pdeathsig KILL -- 'nft'",
    );
  });
});

describe("instance files", () => {
  const dir = mkdtempSync(join(tmpdir(), "okevn-process-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the dnsConfig as resolv.conf, with OCI's resolver when there is none", () => {
    expect(resolvConf({ nameservers: ["10.0.0.10"], searches: ["a.svc", "svc"], options: ["ndots:5"] })).toBe(
      "nameserver 10.0.0.10\nsearch a.svc svc\noptions ndots:5\n",
    );
    expect(resolvConf(undefined)).toBe("nameserver 169.254.169.254\n");
  });

  it("writes CONFIGFILE bytes, makes EMPTYDIRs, and maps mounts with subPath and read-only", () => {
    const bytes = Buffer.from([0, 1, 2, 255, 10]);
    const memory = writeVolumes(dir, [
      {
        name: "cfg",
        volumeType: "CONFIGFILE",
        configs: [{ fileName: "k", data: bytes.toString("base64"), path: "sub" }],
      },
      { name: "scratch", volumeType: "EMPTYDIR", backingStore: "EPHEMERAL_STORAGE" },
      { name: "ram", volumeType: "EMPTYDIR", backingStore: "MEMORY" },
    ]);
    expect(memory).toEqual(["ram"]);
    expect(readFileSync(join(dir, "cfg", "sub", "k"))).toEqual(bytes);
    expect(statSync(join(dir, "cfg", "sub", "k")).mode & 0o777).toBe(0o644);
    expect(statSync(join(dir, "scratch")).isDirectory()).toBe(true);
    const volumes = [
      { name: "cfg", volumeType: "CONFIGFILE", configs: [{ fileName: "k", data: "", path: "sub" }] },
      { name: "scratch", volumeType: "EMPTYDIR" },
    ];
    expect(
      volumeMounts(dir, volumes, [
        { mountPath: "/etc/k", volumeName: "cfg", subPath: "sub/k", isReadOnly: true },
        { mountPath: "/cache", volumeName: "scratch", subPath: "c1" },
        { mountPath: "/all", volumeName: "cfg" },
      ]),
    ).toEqual([
      { source: join(dir, "cfg", "sub", "k"), target: "/etc/k", readOnly: true, file: true },
      { source: join(dir, "scratch", "c1"), target: "/cache", readOnly: false, file: false },
      { source: join(dir, "cfg"), target: "/all", readOnly: false, file: false },
    ]);
    expect(statSync(join(dir, "scratch", "c1")).isDirectory()).toBe(true);
  });
});
