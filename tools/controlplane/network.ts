/**
 * Non-loopback addresses for the test bed. The apiserver refuses to proxy to loopback
 * node addresses and cannot advertise one, so the harness makes a test host of its own:
 * a network namespace joined to this machine by a veth pair, numbered from 198.18.0.0/15
 * (RFC 2544's range for benchmark networks). Traffic only ever goes to these addresses.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { isAlive } from "../util/pids.ts";
import { claimSlot, type Slot } from "../util/slots.ts";
import { HarnessError } from "./errors.ts";

const exec = promisify(execFile);
const PREFIX = "okevn-";

export interface TestNetwork {
  /** Address on this machine's end of the veth, used as the apiserver's advertise address. */
  readonly hostAddress: string;
  /** Address inside the test namespace (the test host). */
  readonly namespaceAddress: string;
  readonly namespace: string;
  /** Adds another address on this machine's end, e.g. for a virtual node's kubelet API. */
  allocateAddress(): Promise<string>;
  close(): Promise<void>;
}

async function ip(...args: string[]): Promise<string> {
  try {
    return (await exec("ip", args)).stdout;
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === "ENOENT")
      throw new HarnessError("`ip` is missing: install iproute2 (apt-get install iproute2)");
    throw new HarnessError(
      `ip ${args.join(" ")} failed: ${(err.stderr ?? err.message).trim()} (needs root/CAP_NET_ADMIN)`,
    );
  }
}

/** Deletes namespaces left by harness processes that died without cleaning up. */
async function removeStale(): Promise<void> {
  for (const line of (await ip("netns", "list")).split("\n")) {
    const name = line.split(" ")[0] ?? "";
    const pid = Number(name.slice(PREFIX.length));
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && !isAlive(pid))
      await ip("netns", "del", name).catch(() => {});
  }
}

async function freeSubnet(): Promise<Slot> {
  const used = new Set(
    [...(await ip("-o", "-4", "addr", "show")).matchAll(/inet 198\.18\.(\d+)\./g)].map((m) => Number(m[1])),
  );
  try {
    return claimSlot("test-network", used, 1, 254);
  } catch {
    throw new HarnessError("no free 198.18.x.0/24 test subnet left");
  }
}

export async function createTestNetwork(): Promise<TestNetwork> {
  await removeStale();
  const namespace = `${PREFIX}${process.pid}`;
  const hostIf = `okevnh${process.pid}`;
  const peerIf = `okevnp${process.pid}`;
  const claim = await freeSubnet();
  const base = `198.18.${claim.slot}`;
  try {
    await ip("netns", "add", namespace);
    await ip("link", "add", hostIf, "type", "veth", "peer", "name", peerIf, "netns", namespace);
    await ip("addr", "add", `${base}.1/24`, "dev", hostIf);
    await ip("link", "set", hostIf, "up");
    await ip("-n", namespace, "addr", "add", `${base}.254/24`, "dev", peerIf);
    await ip("-n", namespace, "link", "set", peerIf, "up");
    await ip("-n", namespace, "link", "set", "lo", "up");
  } catch (error) {
    await ip("netns", "del", namespace).catch(() => {});
    claim.release();
    throw error;
  }
  let next = 10;
  return {
    hostAddress: `${base}.1`,
    namespaceAddress: `${base}.254`,
    namespace,
    async allocateAddress() {
      if (next > 250) throw new HarnessError("test network has no addresses left");
      const address = `${base}.${next++}`;
      await ip("addr", "add", `${address}/32`, "dev", hostIf);
      return address;
    },
    async close() {
      // Deleting the namespace removes the veth pair with it.
      await ip("netns", "del", namespace).catch(() => {});
      claim.release();
    },
  };
}
