/**
 * Exponential backoff with a cap and jitter, the one retry schedule of the provider and its
 * tools (work queues, watch reconnects, waits for a load balancer or a certificate, the
 * emulator's container restarts).
 */

export interface BackoffOptions {
  /** Delay before the first retry, in ms. */
  readonly initialMs: number;
  /** Largest delay before jitter, in ms. */
  readonly maxMs: number;
  /** Growth per failure. Default 2. */
  readonly factor?: number;
  /**
   * Spread in [0, 1]: each delay is multiplied by a random number in [1 - jitter, 1 + jitter),
   * so that many clients failing together do not retry together. Default 0.
   */
  readonly jitter?: number;
  /** Random numbers in [0, 1); `Math.random` unless a test pins them. */
  readonly random?: () => number;
}

/**
 * The delay in ms before retry number `failures` (1 for the first):
 * `min(maxMs, initialMs × factor^(failures − 1))`, then jittered.
 */
export function backoffDelay(failures: number, options: BackoffOptions): number {
  const { initialMs, maxMs, factor = 2, jitter = 0, random = Math.random } = options;
  // The exponent is bounded so that the product stays finite (and 0 × ∞ never happens).
  const exponent = Math.min(Math.max(failures - 1, 0), 64);
  const capped = Math.min(maxMs, initialMs * factor ** exponent);
  return jitter > 0 ? capped * (1 - jitter + 2 * jitter * random()) : capped;
}

/** Resolves after `ms`, or at once when `signal` aborts (without rejecting). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** A failure counter with its schedule: `next()` after each failure, `reset()` after a success. */
export class Backoff {
  private readonly options: BackoffOptions;
  private count = 0;

  constructor(options: BackoffOptions) {
    this.options = options;
  }

  /** Failures since the last reset. */
  get failures(): number {
    return this.count;
  }

  /** Counts a failure and returns the delay in ms before the next try. */
  next(): number {
    this.count++;
    return backoffDelay(this.count, this.options);
  }

  reset(): void {
    this.count = 0;
  }

  /** Counts a failure and waits its delay (cut short when `signal` aborts); resolves with the delay. */
  async wait(signal?: AbortSignal): Promise<number> {
    const delay = this.next();
    await sleep(delay, signal);
    return delay;
  }
}
