/**
 * Leader election on a coordination.k8s.io/v1 Lease, with compare-and-swap on the
 * Lease's resourceVersion. Expiry is judged by this process's own clock from the
 * moment it last saw the record change (never by comparing clocks across machines).
 *
 * Fencing: `isLeader()` turns false by itself once `renewDeadlineSeconds` have passed
 * since the last successful renewal, which is before any other replica may take the
 * Lease over (`leaseDurationSeconds` after that renewal). A leader paused longer than
 * that (SIGSTOP, a long GC) therefore wakes up as a non-leader and mutates nothing.
 */
import type { V1Lease } from "@kubernetes/client-node";
import { ConflictError, NotFoundError } from "../errors.ts";
import type { KubeHttp } from "../kube/http.ts";

export interface LeaderElectionOptions {
  readonly http: KubeHttp;
  readonly namespace: string;
  readonly name: string;
  readonly identity: string;
  readonly leaseDurationSeconds: number;
  readonly renewDeadlineSeconds: number;
  readonly retryPeriodSeconds: number;
  readonly onStartedLeading?: () => void;
  readonly onStoppedLeading?: () => void;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
}

/** Local monotonic time in ms. */
const now = (): number => performance.now();

export class LeaderElector {
  private readonly options: LeaderElectionOptions;
  /** When this replica last renewed successfully (monotonic ms); undefined when not leading. */
  private renewedAt: number | undefined;
  /** The last record seen, and when it changed (monotonic ms), to judge expiry by our clock. */
  private observed: { holder: string; renewTime: string; at: number; duration: number } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private leading = false;

  constructor(options: LeaderElectionOptions) {
    this.options = options;
  }

  /** True while this replica holds the Lease and renewed it within the renew deadline. */
  isLeader(): boolean {
    return this.renewedAt !== undefined && now() - this.renewedAt < this.options.renewDeadlineSeconds * 1000;
  }

  /** The identity of the current holder as last observed (for status and logs). */
  get holder(): string | undefined {
    return this.observed?.holder;
  }

  private path(): string {
    return `/apis/coordination.k8s.io/v1/namespaces/${this.options.namespace}/leases/${this.options.name}`;
  }

  private spec(
    transitions: number,
    acquired: boolean,
    previous?: V1Lease["spec"],
  ): NonNullable<V1Lease["spec"]> {
    const stamp = new Date().toISOString().replace("Z", "000Z");
    return {
      holderIdentity: this.options.identity,
      leaseDurationSeconds: this.options.leaseDurationSeconds,
      renewTime: stamp as never,
      acquireTime: (acquired ? stamp : (previous?.acquireTime ?? stamp)) as never,
      leaseTransitions: transitions,
    };
  }

  /** One attempt to acquire or renew; returns whether this replica now leads. */
  async tryAcquireOrRenew(): Promise<boolean> {
    const { http, identity } = this.options;
    let lease: V1Lease;
    try {
      lease = await http.request<V1Lease>("GET", this.path());
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      try {
        await http.request(
          "POST",
          `/apis/coordination.k8s.io/v1/namespaces/${this.options.namespace}/leases`,
          {
            body: {
              apiVersion: "coordination.k8s.io/v1",
              kind: "Lease",
              metadata: { name: this.options.name, namespace: this.options.namespace },
              spec: this.spec(0, true),
            },
          },
        );
        this.renewedAt = now();
        return true;
      } catch (createError) {
        if (createError instanceof ConflictError) return false;
        throw createError;
      }
    }
    const spec = lease.spec ?? {};
    const holder = spec.holderIdentity ?? "";
    const renewTime = String(spec.renewTime ?? "");
    if (!this.observed || this.observed.holder !== holder || this.observed.renewTime !== renewTime) {
      this.observed = {
        holder,
        renewTime,
        at: now(),
        duration: (spec.leaseDurationSeconds ?? this.options.leaseDurationSeconds) * 1000,
      };
    }
    const mine = holder === identity;
    const expired = holder === "" || now() > this.observed.at + this.observed.duration;
    if (!mine && !expired) {
      this.renewedAt = undefined;
      return false;
    }
    const transitions = (spec.leaseTransitions ?? 0) + (mine ? 0 : 1);
    try {
      // The PUT carries the resourceVersion we read: if anyone wrote in between, it fails (CAS).
      const updated = await http.request<V1Lease>("PUT", this.path(), {
        body: { ...lease, spec: this.spec(transitions, !mine, spec) },
      });
      this.renewedAt = now();
      this.observed = {
        holder: identity,
        renewTime: String(updated.spec?.renewTime ?? ""),
        at: now(),
        duration: this.options.leaseDurationSeconds * 1000,
      };
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  private async tick(): Promise<void> {
    try {
      await this.tryAcquireOrRenew();
    } catch (error) {
      this.options.log?.("leader election attempt failed", { error: String(error) });
    }
    const leading = this.isLeader();
    if (leading !== this.leading) {
      this.leading = leading;
      this.options.log?.(leading ? "became leader" : "stopped leading", {
        identity: this.options.identity,
        lease: this.options.name,
      });
      if (leading) this.options.onStartedLeading?.();
      else this.options.onStoppedLeading?.();
    }
  }

  start(): void {
    const loop = (): void => {
      if (this.stopped) return;
      void this.tick().finally(() => {
        if (!this.stopped) this.timer = setTimeout(loop, this.options.retryPeriodSeconds * 1000);
      });
    };
    loop();
  }

  /** Stops campaigning; a leader gives the Lease up at once so a standby takes over without waiting for expiry. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const wasLeader = this.isLeader();
    this.renewedAt = undefined;
    if (!wasLeader) return;
    try {
      const lease = await this.options.http.request<V1Lease>("GET", this.path());
      if (lease.spec?.holderIdentity !== this.options.identity) return;
      await this.options.http.request("PUT", this.path(), {
        body: { ...lease, spec: { ...lease.spec, holderIdentity: "", leaseDurationSeconds: 1 } },
      });
      this.options.log?.("released leadership", { identity: this.options.identity });
    } catch (error) {
      this.options.log?.("releasing the lease failed; the standby waits for it to expire", {
        error: String(error),
      });
    }
  }
}
