// VNICs and their private IPs. The IPs are bookkeeping only: nothing listens on them and nothing may
// send traffic to them. Each subnet gets its own 10.<n>.0.0/16 pool; released addresses are reused.
import { ApiError, invalid } from "./errors.ts";
import { iso } from "./work-requests.ts";
import type { VnicRecord } from "./types.ts";

interface Pool {
  base: number;
  next: number;
  free: number[];
  used: Set<number>;
}

const ipToInt = (ip: string): number | undefined => {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
};

const intToIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");

export class IpAllocator {
  private readonly pools = new Map<string, Pool>();

  private pool(subnetId: string): Pool {
    let p = this.pools.get(subnetId);
    if (!p) {
      const index = this.pools.size % 256;
      p = { base: ((10 << 24) | (index << 16)) >>> 0, next: 2, free: [], used: new Set() };
      this.pools.set(subnetId, p);
    }
    return p;
  }

  allocate(subnetId: string, requested?: string): string {
    const p = this.pool(subnetId);
    if (requested !== undefined) {
      const n = ipToInt(requested);
      if (n === undefined || n >>> 16 !== p.base >>> 16) {
        throw invalid(`privateIp ${requested} is not in the subnet's CIDR ${intToIp(p.base)}/16`);
      }
      if (p.used.has(n - p.base))
        throw new ApiError(409, "Conflict", `IP address ${requested} is already in use.`);
      p.used.add(n - p.base);
      return requested;
    }
    let offset = p.free.pop();
    while (offset !== undefined && p.used.has(offset)) offset = p.free.pop();
    if (offset === undefined) {
      while (p.used.has(p.next)) p.next++;
      if (p.next >= 65535)
        throw new ApiError(400, "LimitExceeded", "No free private IP addresses left in the subnet.");
      offset = p.next++;
    }
    p.used.add(offset);
    return intToIp(p.base + offset);
  }

  release(subnetId: string, ip: string): void {
    const p = this.pools.get(subnetId);
    const n = ipToInt(ip);
    if (!p || n === undefined) return;
    if (p.used.delete(n - p.base)) p.free.push(n - p.base);
  }
}

export function macFor(ip: string): string {
  const n = ipToInt(ip) ?? 0;
  return [
    "02",
    "00",
    ...[n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].map((b) => b.toString(16).padStart(2, "0")),
  ]
    .join(":")
    .toUpperCase();
}

/** The oci-core Vnic wire shape. */
export function renderVnic(v: VnicRecord): Record<string, unknown> {
  return {
    availabilityDomain: v.availabilityDomain,
    compartmentId: v.compartmentId,
    definedTags: v.definedTags,
    displayName: v.displayName,
    freeformTags: v.freeformTags,
    ...(v.hostnameLabel !== undefined ? { hostnameLabel: v.hostnameLabel } : {}),
    id: v.id,
    isPrimary: true,
    lifecycleState: v.lifecycleState,
    macAddress: v.macAddress,
    nsgIds: v.nsgIds,
    privateIp: v.privateIp,
    skipSourceDestCheck: v.skipSourceDestCheck,
    subnetId: v.subnetId,
    timeCreated: iso(v.timeCreated),
  };
}
