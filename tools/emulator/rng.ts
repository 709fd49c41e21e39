// Seeded randomness: identifiers, fault dice and latency jitter are reproducible for a given seed.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  /** Lower-case base32 string of n characters (OCID alphabet). */
  token(n: number): string;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** mulberry32: small, fast, good enough for test dice. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    token: (n) => {
      let out = "";
      for (let i = 0; i < n; i++) out += ALPHABET[Math.floor(next() * 32)];
      return out;
    },
  };
}

/** OCIDs in OCI's format: ocid1.<type>.oc1.<region-key>.<unique>. */
export function makeOcid(rng: Rng, type: string, regionKey: string): string {
  return `ocid1.${type}.oc1.${regionKey}.${rng.token(60)}`;
}
