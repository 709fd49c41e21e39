// What the emulator was asked, for assertions such as "exactly one create per pod UID":
// a bounded ring of calls (operation, key parameters, status) and counters that never reset by themselves.

export interface CallEntry {
  seq: number;
  time: string;
  operation: string;
  method: string;
  path: string;
  status: number;
  /** OCI error code when the call failed. */
  code?: string;
  opcRequestId: string;
  /** The API key that signed the request (`tenancy/user/fingerprint`), when it was signed. */
  keyId?: string;
  durationMs: number;
  /** Key parameters: resourceId, compartmentId, displayName, opcRetryToken, freeformTags, workRequestId, ... */
  params: Record<string, unknown>;
}

export const DEFAULT_CALL_LOG_SIZE = 50_000;

export class CallLog {
  private readonly ring: (CallEntry | undefined)[];
  private head = 0;
  private seq = 0;
  private readonly counts = new Map<string, number>();

  constructor(capacity = DEFAULT_CALL_LOG_SIZE) {
    this.ring = new Array<CallEntry | undefined>(Math.max(1, capacity));
  }

  record(entry: Omit<CallEntry, "seq">): CallEntry {
    const full: CallEntry = { seq: ++this.seq, ...entry };
    this.ring[this.head] = full;
    this.head = (this.head + 1) % this.ring.length;
    this.bump(entry.operation);
    this.bump(`${entry.operation} ${entry.status}`);
    this.bump("total");
    return full;
  }

  private bump(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Entries oldest first (at most the ring's capacity), optionally filtered. */
  entries(filter?: { operation?: string; status?: number; since?: number }): CallEntry[] {
    const out: CallEntry[] = [];
    for (let i = 0; i < this.ring.length; i++) {
      const e = this.ring[(this.head + i) % this.ring.length];
      if (!e) continue;
      if (filter?.operation !== undefined && e.operation !== filter.operation) continue;
      if (filter?.status !== undefined && e.status !== filter.status) continue;
      if (filter?.since !== undefined && e.seq <= filter.since) continue;
      out.push(e);
    }
    return out;
  }

  /** The sequence number of the latest call (use as `since` to look only at later calls). */
  get lastSeq(): number {
    return this.seq;
  }

  /** Counters by "Operation", "Operation <status>" and "total". */
  counters(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  count(operation: string, status?: number): number {
    return this.counts.get(status === undefined ? operation : `${operation} ${status}`) ?? 0;
  }

  clear(): void {
    this.ring.fill(undefined);
    this.head = 0;
    this.counts.clear();
  }
}
