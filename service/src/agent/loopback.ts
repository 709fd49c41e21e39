/**
 * Stable per-Service loopback addresses. Linux routes all of 127.0.0.0/8 to `lo`, so the agent
 * can bind any of them without privilege. A Service's address is a hash of `<namespace>/<name>`
 * into 127.64.0.0/10 (4 Mi addresses), so it is the same in every pod and across agent restarts;
 * on a hash collision (rare: ~6% chance for some pair among 1,000 Services) the later arrival
 * probes forward, and only that Service's address may then differ between agents.
 */
import { createHash } from "node:crypto";

/** The agent's DNS server address, outside the Service range. */
export const AGENT_DNS_ADDRESS = "127.0.0.53";

const BASE = (127 << 24) | (64 << 16);
const SIZE = 1 << 22;

function toAddress(offset: number): string {
  const value = BASE + offset;
  return `${(value >>> 24) & 255}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** Offsets whose last octet is 0 or 255 are skipped (tools treat them as network/broadcast). */
function usable(offset: number): boolean {
  const last = offset & 255;
  return last !== 0 && last !== 255;
}

/**
 * The first-choice address of Service `key` (`<namespace>/<name>`): what the translation writes
 * into service-link variables, and what the agent binds unless a hash collision moved it.
 */
export function serviceLoopbackAddress(key: string): string {
  return toAddress(firstOffset(key));
}

function firstOffset(key: string): number {
  let offset = createHash("sha256").update(key).digest().readUInt32BE(0) % SIZE;
  while (!usable(offset)) offset = (offset + 1) % SIZE;
  return offset;
}

export class LoopbackAllocator {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The address of Service `key` (`<namespace>/<name>`), allocating it on first use. */
  addressOf(key: string): string {
    const known = this.byKey.get(key);
    if (known) return known;
    let offset = firstOffset(key);
    for (;;) {
      const address = toAddress(offset);
      if (usable(offset) && !this.taken.has(address)) {
        this.byKey.set(key, address);
        this.taken.add(address);
        return address;
      }
      offset = (offset + 1) % SIZE;
    }
  }

  release(key: string): void {
    const address = this.byKey.get(key);
    if (address === undefined) return;
    this.byKey.delete(key);
    this.taken.delete(address);
  }
}
