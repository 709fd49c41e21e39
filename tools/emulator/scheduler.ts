// One timer for all lifecycle events: a binary min-heap ordered by (time, insertion order).
// Scales to tens of thousands of pending events without one Node timer each.

interface Event {
  at: number;
  seq: number;
  run: () => void;
}

export class Scheduler {
  private readonly heap: Event[] = [];
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private stopped = false;
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  get size(): number {
    return this.heap.length;
  }

  /** Runs fn after delayMs (0 runs on a later tick, never synchronously). */
  after(delayMs: number, fn: () => void): void {
    if (this.stopped) return;
    this.push({ at: this.now() + Math.max(0, delayMs), seq: this.seq++, run: fn });
    this.arm();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.heap.length = 0;
  }

  private arm(): void {
    const first = this.heap[0];
    if (!first || first.at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = first.at;
    this.timer = setTimeout(() => this.fire(), Math.max(0, first.at - this.now()));
    this.timer.unref();
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = this.now();
    let budget = 5000; // yield to I/O between bursts
    while (this.heap.length > 0 && this.heap[0]!.at <= now && budget-- > 0) {
      const ev = this.pop()!;
      try {
        ev.run();
      } catch (err) {
        console.error("emulator: scheduled event failed", err);
      }
    }
    if (this.stopped) return;
    if (budget < 0 && this.heap.length > 0) {
      this.timerAt = now;
      this.timer = setTimeout(() => this.fire(), 0);
      this.timer.unref();
      return;
    }
    this.arm();
  }

  private less(a: Event, b: Event): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(ev: Event): void {
    const h = this.heap;
    h.push(ev);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private pop(): Event | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
