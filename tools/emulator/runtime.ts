// What makes containers "run". The Engine (lifecycle.ts) owns the OCI states; a runtime owns the runs:
// the scenario runtime plays behaviour rules on the scheduler (no process, scales to 10,000s of
// instances); the process runtime (process/runtime.ts) runs real processes in a network namespace.
import { renderLogs } from "./logs.ts";
import type { Scheduler } from "./scheduler.ts";
import type { ContainerRecord, Delays, InstanceRecord, Run } from "./types.ts";

export const SIGKILL_EXIT = 137;
export const SIGTERM_EXIT = 143;

/** Called once when a run ends: its exit code and the container's lifecycleDetails. */
export type RunEnded = (code: number, details: string) => void;

export interface ContainerRuntime {
  readonly kind: "scenario" | "process";
  /** Why the container's image cannot be pulled (OCI's message), or undefined when it can. */
  pullFailure(c: ContainerRecord): string | undefined;
  /**
   * Prepares the instance before its containers start (network namespace, volumes); idempotent, as
   * it runs again on start and restart. Rejects with the reason the instance fails.
   */
  setUp(inst: InstanceRecord, containers: readonly ContainerRecord[]): Promise<void>;
  /** Starts a run of `c` (c.run is already set); `exited` fires when the run ends by itself. */
  startRun(inst: InstanceRecord, c: ContainerRecord, exited: RunEnded): void;
  /** SIGTERM the run, SIGKILL after `graceMs`; `gone` fires once it has ended. May be called twice. */
  stopRun(inst: InstanceRecord, c: ContainerRecord, graceMs: number, gone: RunEnded): void;
  /** Frees what setUp made, once every run has ended (the instance is being deleted). */
  tearDown(inst: InstanceRecord): Promise<void>;
  /** The last 256 KB the run wrote (stdout and stderr interleaved). */
  logs(c: ContainerRecord, run: Run | undefined, now: number): Buffer;
  /** Stops everything (the emulator stops). */
  close(): Promise<void>;
}

/** Behaviour rules (scenarios.ts) played on the scheduler: nothing runs, nothing is sent. */
export class ScenarioRuntime implements ContainerRuntime {
  readonly kind = "scenario";
  private readonly scheduler: Scheduler;
  private readonly delays: Delays;

  constructor(scheduler: Scheduler, delays: Delays) {
    this.scheduler = scheduler;
    this.delays = delays;
  }

  pullFailure(c: ContainerRecord): string | undefined {
    const b = c.behaviour.imagePullFailure;
    if (!b) return undefined;
    return typeof b === "string" ? b : `Failed to pull image ${c.imageUrl}: manifest unknown or unauthorized`;
  }

  setUp(): Promise<void> {
    return Promise.resolve();
  }

  startRun(_inst: InstanceRecord, c: ContainerRecord, exited: RunEnded): void {
    const b = c.behaviour;
    if (b.exit) {
      const { code, afterMs } = b.exit;
      this.scheduler.after(afterMs, () => exited(code, `Exited with code ${code}`));
    }
    const killAt = healthKillAt(c);
    if (killAt !== undefined) {
      this.scheduler.after(killAt, () =>
        exited(SIGKILL_EXIT, "Killed: health check failed (failureAction KILL)"),
      );
    }
  }

  stopRun(_inst: InstanceRecord, c: ContainerRecord, graceMs: number, gone: RunEnded): void {
    const cooperative = !c.behaviour.ignoreSigterm && this.delays.stopMs <= graceMs;
    const after = cooperative ? this.delays.stopMs : graceMs;
    const code = cooperative ? (c.behaviour.sigtermExitCode ?? SIGTERM_EXIT) : SIGKILL_EXIT;
    this.scheduler.after(after, () =>
      gone(code, code === SIGKILL_EXIT ? "Killed after the graceful shutdown timeout" : "Stopped"),
    );
  }

  tearDown(): Promise<void> {
    return Promise.resolve();
  }

  logs(c: ContainerRecord, run: Run | undefined, now: number): Buffer {
    return renderLogs(c.behaviour, run, now);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** When (ms into the run) a KILL health check kills a container that turns unhealthy. */
function healthKillAt(c: ContainerRecord): number | undefined {
  const unhealthyAfterMs = c.behaviour.unhealthyAfterMs;
  if (unhealthyAfterMs === undefined) return undefined;
  const checks = (c.spec.healthChecks as Record<string, unknown>[] | undefined) ?? [];
  let at: number | undefined;
  for (const h of checks) {
    if ((h.failureAction ?? "KILL") !== "KILL") continue;
    const initial = ((h.initialDelayInSeconds as number | undefined) ?? 0) * 1000;
    const interval = ((h.intervalInSeconds as number | undefined) ?? 10) * 1000;
    const threshold = (h.failureThreshold as number | undefined) ?? 3;
    const t = Math.max(initial, unhealthyAfterMs) + threshold * interval;
    at = at === undefined ? t : Math.min(at, t);
  }
  return at;
}
