/**
 * Exact parsing of Kubernetes resource quantities (`500m`, `1.5`, `512Mi`, `1G`, `1e9`, `2E`).
 *
 * A quantity is kept as an exact fraction `num / den` (bigints), so no value is rounded until a
 * caller asks for whole millicores or bytes, which round up like the kubelet does.
 */
export interface Quantity {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

const BINARY: Readonly<Record<string, bigint>> = {
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  Pi: 1n << 50n,
  Ei: 1n << 60n,
};

const DECIMAL_EXPONENT: Readonly<Record<string, number>> = {
  m: -3,
  "": 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

/** Larger exponents are refused rather than allocating enormous integers. */
const MAX_EXPONENT = 100;

const SHAPE = /^([+-]?)(\d*)(?:\.(\d*))?(.*)$/;

/** Parses a quantity; returns undefined for anything Kubernetes would not accept. */
export function parseQuantity(text: string | number): Quantity | undefined {
  const input = typeof text === "number" ? numberText(text) : text.trim();
  if (input === undefined) return undefined;
  const match = SHAPE.exec(input);
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction = "", suffix = ""] = match;
  if (whole === "" && fraction === "") return undefined;

  let num = BigInt(whole + fraction || "0");
  let exponent = -fraction.length;
  let den = 1n;

  const binary = BINARY[suffix];
  if (binary !== undefined) {
    num *= binary;
  } else if (suffix in DECIMAL_EXPONENT) {
    exponent += DECIMAL_EXPONENT[suffix] ?? 0;
  } else {
    const exp = /^[eE]([+-]?\d+)$/.exec(suffix);
    if (!exp?.[1]) return undefined;
    const value = Number(exp[1]);
    if (Math.abs(value) > MAX_EXPONENT) return undefined;
    exponent += value;
  }
  if (exponent >= 0) num *= 10n ** BigInt(exponent);
  else den = 10n ** BigInt(-exponent);
  if (sign === "-") num = -num;
  return reduce(num, den);
}

/** YAML numbers (e.g. `cpu: 2`) reach us as JS numbers; only finite plain decimals are accepted. */
function numberText(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(value);
  return text.includes("e") ? value.toExponential().replace("e+", "e") : text;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduce(num: bigint, den: bigint): Quantity {
  const divisor = gcd(num, den) || 1n;
  return { num: num / divisor, den: den / divisor };
}

/** ceil(a / b) for b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b > 0n ? q + 1n : q;
}

/** Whole millis, rounded up (Kubernetes `MilliValue()`); `500m` → 500n, `0.0001` → 1n. */
export function toMilli(q: Quantity): bigint {
  return ceilDiv(q.num * 1000n, q.den);
}

/** Whole units, rounded up (Kubernetes `Value()`); `1.5` → 2n, `512Mi` → 536870912n. */
export function toUnits(q: Quantity): bigint {
  return ceilDiv(q.num, q.den);
}

export function isNegative(q: Quantity): boolean {
  return q.num < 0n;
}

/** A bigint as a JS number; values beyond 2^53 lose precision but keep their order of magnitude. */
export function toNumber(value: bigint): number {
  return Number(value);
}
