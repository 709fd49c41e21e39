/**
 * Input checks shared by the constructs. Each throws a `ValidationError` whose message
 * names the construct path, the prop and what to do. Values that are Terraform tokens
 * (variables, references) are only known at apply time and are skipped here; the
 * reusable module checks them with `validation` blocks instead.
 */
import { Token } from "cdktf";

export class ValidationError extends Error {
  override name = "ValidationError";
}

export function fail(where: string, message: string): never {
  throw new ValidationError(`${where}: ${message}`);
}

export function isLiteral(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return !Token.isUnresolved(value);
  if (typeof value === "number") return !Token.isUnresolved(value);
  if (Array.isArray(value)) return !Token.isUnresolved(value) && value.every((v) => isLiteral(v));
  return !Token.isUnresolved(value);
}

export interface Cidr {
  readonly text: string;
  /** First address as an unsigned 32-bit number. */
  readonly start: number;
  readonly prefix: number;
  /** Number of addresses. */
  readonly size: number;
}

/** Parses an IPv4 CIDR in canonical form (host bits zero), or throws with `where`. */
export function parseCidr(where: string, text: string): Cidr {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  const parts = match?.slice(1, 5).map(Number);
  const prefix = Number(match?.[5]);
  if (!match || !parts || parts.some((p) => p > 255) || prefix > 32) {
    fail(where, `"${text}" is not an IPv4 CIDR block like 10.0.0.0/16`);
  }
  const start = parts.reduce((acc, p) => acc * 256 + p, 0);
  const size = 2 ** (32 - prefix);
  if (start % size !== 0) {
    const base = Math.floor(start / size) * size;
    fail(where, `"${text}" has host bits set; did you mean ${formatCidr(base, prefix)}?`);
  }
  return { text, start, prefix, size };
}

export function formatCidr(start: number, prefix: number): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(start / 2 ** shift) % 256);
  return `${octets.join(".")}/${prefix}`;
}

/** Terraform's cidrsubnet() for literal IPv4 blocks. */
export function cidrSubnet(where: string, parent: string, newBits: number, netNum: number): string {
  const p = parseCidr(where, parent);
  const prefix = p.prefix + newBits;
  if (prefix > 32) fail(where, `${parent} is too small to carve a /${prefix}`);
  if (netNum >= 2 ** newBits) fail(where, `${parent} has no subnet number ${netNum} of size /${prefix}`);
  return formatCidr(p.start + netNum * 2 ** (32 - prefix), prefix);
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.start >= outer.start && inner.start + inner.size <= outer.start + outer.size;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.start < b.start + b.size && b.start < a.start + a.size;
}

const OCID = /^ocid1\.[a-z0-9]+\.[a-z0-9-]+\.[a-z0-9-]*\.[a-z0-9]+$/;

/** Requires an OCID of `kind` (e.g. "compartment", "tenancy"); tokens pass. */
export function requireOcid(
  where: string,
  prop: string,
  value: string | undefined,
  kinds: readonly string[],
): void {
  if (value === undefined || value === "") {
    fail(where, `'${prop}' is required: the OCID of the ${kinds.join(" or ")} to create resources in`);
  }
  if (!isLiteral(value)) return;
  const kind = value.split(".")[1] ?? "";
  if (!OCID.test(value) || !kinds.includes(kind)) {
    fail(where, `'${prop}' must be a ${kinds.join(" or ")} OCID (ocid1.${kinds[0]}.oc1..…), got "${value}"`);
  }
}
