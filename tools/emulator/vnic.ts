// VNICs and their private IPs. Under the scenario runtime the IPs are bookkeeping only: a subnet made
// through the Networking API uses its own cidrBlock; any other subnet OCID gets its own
// 100.<64+n>.0.0/16 pool (RFC 6598 shared address space: never a cluster's service or pod range, never
// routed here). Under the process runtime every subnet shares the emulator's pod subnet (a /24 on its
// bridge, process/host.ts), and the IPs are real. Released addresses are reused. As in OCI, the first
// two addresses and the last of a subnet are never a VNIC's; a requested address outside the usable
// range is 400 InvalidParameter, one another VNIC holds is 409 Conflict.
import { ApiError, invalid } from "./errors.ts";
import { iso } from "./work-requests.ts";
import type { VnicRecord } from "./types.ts";

interface Pool {
  base: number;
  prefixLength: number;
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
  private readonly shared: Pool | undefined;

  private readonly subnetCidr: (subnetId: string) => string | undefined;

  /**
   * With `shared` (e.g. `{network: "198.19.0.0", prefixLength: 24}`), every subnet uses that one pool.
   * `subnetCidr` gives the cidrBlock of subnets made through the Networking API.
   */
  constructor(
    shared?: { network: string; prefixLength: number },
    subnetCidr: (subnetId: string) => string | undefined = () => undefined,
  ) {
    this.subnetCidr = subnetCidr;
    if (shared) {
      this.shared = {
        base: ipToInt(shared.network)!,
        prefixLength: shared.prefixLength,
        next: 2,
        free: [],
        used: new Set(),
      };
    }
  }

  private pool(subnetId: string): Pool {
    if (this.shared) return this.shared;
    let p = this.pools.get(subnetId);
    if (!p) {
      const [network, length] = this.subnetCidr(subnetId)?.split("/") ?? [];
      const index = this.pools.size % 64;
      p = {
        base: network !== undefined ? ipToInt(network)! : ((100 << 24) | ((64 + index) << 16)) >>> 0,
        prefixLength: length !== undefined ? Number(length) : 16,
        next: 2,
        free: [],
        used: new Set(),
      };
      this.pools.set(subnetId, p);
    }
    return p;
  }

  allocate(subnetId: string, requested?: string): string {
    const p = this.pool(subnetId);
    if (requested !== undefined) {
      const n = ipToInt(requested);
      const size = 2 ** (32 - p.prefixLength);
      if (n === undefined || n < p.base || n >= p.base + size) {
        throw invalid(
          `privateIp ${requested} is not in the subnet's CIDR ${intToIp(p.base)}/${p.prefixLength}`,
        );
      }
      if (n - p.base < 2 || n === p.base + size - 1) {
        throw invalid(
          `privateIp ${requested} is reserved in the subnet ${intToIp(p.base)}/${p.prefixLength} (the first two addresses and the last)`,
        );
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
      if (p.next >= 2 ** (32 - p.prefixLength) - 1)
        throw new ApiError(400, "LimitExceeded", "No free private IP addresses left in the subnet.");
      offset = p.next++;
    }
    p.used.add(offset);
    return intToIp(p.base + offset);
  }

  /** The CIDR block addresses of `subnetId` are taken from (`10.0.10.0/24`). */
  cidrOf(subnetId: string): string {
    const p = this.pool(subnetId);
    return `${intToIp(p.base)}/${p.prefixLength}`;
  }

  release(subnetId: string, ip: string): void {
    const p = this.shared ?? this.pools.get(subnetId);
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
