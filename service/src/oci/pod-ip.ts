/**
 * Chooses a pod's VNIC address before its instance is created (`CreateContainerVnicDetails.privateIp`),
 * so a pod whose environment names `status.podIP` gets the address its VNIC will have, and (with
 * `oci.podIp.everyPod`) so every pod's IP is known without GetContainerInstance and GetVnic. OCI assigns
 * the address otherwise, and it is known only once the instance exists (GetVnic).
 *
 * Facts (OCI Networking docs, "IP Addresses Reserved for Use by Oracle"): in every subnet the first two
 * addresses and the last one are Oracle's (network address, default gateway, broadcast). An address held
 * by any other VNIC or private IP in the subnet makes the create fail with 409 `Conflict`; an address
 * outside the subnet with 400 `InvalidParameter`. This allocator only knows the addresses of this
 * provider's own instances, so it picks from the upper half of the range (OCI's own choice starts at
 * the low end), from a point set by `spreadKey` (the node's name: subnets are regional, so the virtual
 * nodes of several availability domains share one and should not all start at the same address), and
 * the caller tries the next address when OCI answers `Conflict`.
 */

/** An IPv4 CIDR block, e.g. `10.0.10.0/24`. */
export interface Ipv4Cidr {
  /** First address of the block, as an unsigned 32-bit integer. */
  readonly base: number;
  readonly prefixLength: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function ipv4ToInt(ip: string): number | undefined {
  const match = IPV4.exec(ip);
  if (!match) return undefined;
  const parts = match.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

export function intToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

/** Parses `a.b.c.d/n`; undefined when malformed or when host bits are set. */
export function parseIpv4Cidr(text: string): Ipv4Cidr | undefined {
  const [address, length, ...rest] = text.trim().split("/");
  if (rest.length > 0 || address === undefined || length === undefined || !/^\d{1,2}$/.test(length))
    return undefined;
  const base = ipv4ToInt(address);
  const prefixLength = Number(length);
  if (base === undefined || prefixLength > 32) return undefined;
  if (base % 2 ** (32 - prefixLength) !== 0) return undefined;
  return { base, prefixLength };
}

/** How long an address OCI called taken is skipped (another VNIC holds it, likely for long). */
export const REFUSED_TTL_MS = 10 * 60_000;

export class PodIpAllocator {
  /** The pod subnet's CIDR block, as given. */
  readonly cidr: string;
  private readonly now: () => number;
  private readonly first: number;
  private readonly last: number;
  /** Where the downward search starts (then wraps from `last`). */
  private readonly start: number;
  /** Where the next search starts: below the address last chosen (host-local IPAM's "last reserved"). */
  private cursor: number;
  /** Address → when OCI said it was taken (ms, from `now`). */
  private readonly refused = new Map<number, number>();

  /**
   * @param cidr the pod subnet's IPv4 CIDR (from GetSubnet or the configuration)
   * @param now clock in ms, for how long refused addresses are skipped
   * @param spreadKey sets the start within the upper half of the range; @default - the last usable address
   * @throws RangeError when the CIDR is malformed or leaves no address to choose (OCI subnets are /30 or larger)
   */
  constructor(cidr: string, now: () => number = Date.now, spreadKey?: string) {
    this.cidr = cidr;
    this.now = now;
    const parsed = parseIpv4Cidr(cidr);
    if (!parsed) throw new RangeError(`${cidr} is not an IPv4 CIDR block such as 10.0.10.0/24`);
    if (parsed.prefixLength > 30) throw new RangeError(`${cidr} is smaller than OCI's smallest subnet (/30)`);
    this.first = parsed.base + 2;
    this.last = parsed.base + 2 ** (32 - parsed.prefixLength) - 2;
    const half = Math.max(1, Math.floor((this.last - this.first + 1) / 2));
    this.start = spreadKey === undefined ? this.last : this.last - (fnv1a(spreadKey) % half);
    this.cursor = this.start;
  }

  /** Whether `ip` is an address OCI could give a VNIC in this subnet. */
  contains(ip: string): boolean {
    const n = ipv4ToInt(ip);
    return n !== undefined && n >= this.first && n <= this.last;
  }

  /**
   * The next usable address downward from the one chosen last (from the start at first, wrapping round)
   * that is not in `held` (addresses of this provider's instances, including creates in flight) and not
   * refused by OCI within `REFUSED_TTL_MS`; undefined when none is left.
   *
   * Searching on from the last choice, as CNI host-local IPAM does, costs O(1) per choice however many
   * addresses are held (a node holds up to 10,000), and leaves a just-freed address unused for as long as
   * possible: OCI may still hold it for a VNIC being deleted (409), and peers may still cache its MAC.
   */
  choose(held: { has(ip: string): boolean }): string | undefined {
    const now = this.now();
    for (const [n, at] of this.refused) if (now - at >= REFUSED_TTL_MS) this.refused.delete(n);
    const usable = this.last - this.first + 1;
    for (let i = 0; i < usable; i++) {
      const n = this.cursor - i >= this.first ? this.cursor - i : this.cursor - i + usable;
      if (this.refused.has(n)) continue;
      const ip = intToIpv4(n);
      if (held.has(ip)) continue;
      this.cursor = n - 1 >= this.first ? n - 1 : this.last;
      return ip;
    }
    return undefined;
  }

  /** OCI answered 409 Conflict for `ip`: skip it for a while. */
  refuse(ip: string): void {
    const n = ipv4ToInt(ip);
    if (n !== undefined) this.refused.set(n, this.now());
  }
}

/** 32-bit FNV-1a of the UTF-16 code units: a stable spread, not a secret. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
