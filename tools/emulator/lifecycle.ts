// The state machine. Instances: CREATING → ACTIVE → (UPDATING ↔) INACTIVE | FAILED → DELETING → DELETED.
// Containers run in the runtime (runtime.ts: scenario rules or real processes), exit with codes,
// restart per containerRestartPolicy with a doubling back-off, and get SIGTERM then SIGKILL after
// gracefulShutdownTimeoutInSeconds.
import { incorrectState } from "./errors.ts";
import { makeOcid, type Rng } from "./rng.ts";
import type { ContainerRuntime } from "./runtime.ts";
import type { Scheduler } from "./scheduler.ts";
import type { LimitTracker } from "./limits.ts";
import type { Store } from "./store.ts";
import type {
  ActionType,
  ContainerRecord,
  Delays,
  InstanceRecord,
  OperationType,
  WorkRequestRecord,
} from "./types.ts";
import { finishWorkRequest, newWorkRequest, startWorkRequest } from "./work-requests.ts";

export { SIGKILL_EXIT, SIGTERM_EXIT } from "./runtime.ts";

export interface EngineContext {
  store: Store;
  scheduler: Scheduler;
  limits: LimitTracker;
  rng: Rng;
  now: () => number;
  delays: Delays;
  regionKey: string;
  /** Releases the instance's private IP once it is DELETED. */
  releaseIp: (inst: InstanceRecord) => void;
  runtime: ContainerRuntime;
}

const RUNNING_STATES = new Set(["ACTIVE", "UPDATING"]);

export class Engine {
  private readonly ctx: EngineContext;

  constructor(ctx: EngineContext) {
    this.ctx = ctx;
  }

  private touch(rec: { version: number; timeUpdated: number }): void {
    rec.version++;
    rec.timeUpdated = this.ctx.now();
  }

  private containersOf(inst: InstanceRecord): ContainerRecord[] {
    return inst.containerIds.map((id) => this.ctx.store.containers.get(id)!).filter(Boolean);
  }

  /** Runs fn later unless the instance moved on (its gen changed) in the meantime. */
  private later(inst: InstanceRecord, delayMs: number, fn: () => void): void {
    const gen = inst.gen;
    this.ctx.scheduler.after(delayMs, () => {
      if (inst.gen === gen) fn();
    });
  }

  /** Wraps a runtime callback so it is dropped once the container moved on (its gen changed). */
  private forRun<A extends unknown[]>(c: ContainerRecord, fn: (...args: A) => void): (...args: A) => void {
    const gen = c.gen;
    return (...args) => {
      if (c.gen === gen) fn(...args);
    };
  }

  // ---- work requests -------------------------------------------------------------------------

  openWorkRequest(
    op: OperationType,
    inst: InstanceRecord,
    resource: { entityType: string; identifier: string; entityUri: string },
  ): WorkRequestRecord {
    const { store, now, rng, regionKey } = this.ctx;
    const wr = newWorkRequest(
      makeOcid(rng, "computecontainerworkrequest", regionKey),
      op,
      inst,
      resource,
      now(),
    );
    store.addWorkRequest(wr);
    inst.openWorkRequests.push(wr.id);
    this.ctx.scheduler.after(0, () => startWorkRequest(wr, this.ctx.now()));
    return wr;
  }

  instanceWorkRequest(op: OperationType, inst: InstanceRecord): WorkRequestRecord {
    return this.openWorkRequest(op, inst, {
      entityType: "computecontainerinstance",
      identifier: inst.id,
      entityUri: `/20210415/containerInstances/${inst.id}`,
    });
  }

  finish(
    inst: InstanceRecord,
    wr: WorkRequestRecord,
    outcome: { actionType: ActionType } | { error: { code: string; message: string } },
  ): void {
    finishWorkRequest(wr, this.ctx.now(), outcome);
    inst.openWorkRequests = inst.openWorkRequests.filter((id) => id !== wr.id);
  }

  /** A work request that completes after `delayMs` with no state change beyond what the caller did. */
  quickWorkRequest(
    op: OperationType,
    inst: InstanceRecord,
    delayMs: number,
    target?: ContainerRecord,
  ): WorkRequestRecord {
    const wr = target
      ? this.openWorkRequest(op, inst, {
          entityType: "computecontainer",
          identifier: target.id,
          entityUri: `/20210415/containers/${target.id}`,
        })
      : this.instanceWorkRequest(op, inst);
    this.ctx.scheduler.after(delayMs, () => this.finish(inst, wr, { actionType: "UPDATED" }));
    return wr;
  }

  // ---- create --------------------------------------------------------------------------------

  /** Starts provisioning a freshly stored instance; returns its CREATE work request. */
  provision(inst: InstanceRecord, outOfCapacity: boolean): WorkRequestRecord {
    const wr = this.instanceWorkRequest("CREATE_CONTAINER_INSTANCE", inst);
    this.later(inst, this.ctx.delays.provisionMs, () => {
      if (outOfCapacity) return this.failProvisioning(inst, wr, "OutOfCapacity", "Out of host capacity.");
      this.bringUp(inst, wr, "CREATED");
    });
    return wr;
  }

  /** Pulls the images, sets the instance up and starts every container, or fails the instance. */
  private bringUp(inst: InstanceRecord, wr: WorkRequestRecord, actionType: ActionType): void {
    const { runtime } = this.ctx;
    const pullFailures: ContainerRecord[] = [];
    for (const c of this.containersOf(inst)) {
      const reason = runtime.pullFailure(c);
      if (reason === undefined) continue;
      c.lifecycleDetails = reason;
      pullFailures.push(c);
    }
    if (pullFailures.length > 0) {
      return this.failProvisioning(
        inst,
        wr,
        "ImagePullFailed",
        pullFailures[0]!.lifecycleDetails!,
        pullFailures,
      );
    }
    const gen = inst.gen;
    runtime.setUp(inst, this.containersOf(inst)).then(
      () => {
        if (inst.gen !== gen) return;
        inst.lifecycleState = "ACTIVE";
        inst.lifecycleDetails = undefined;
        this.touch(inst);
        const vnic = this.ctx.store.vnics.get(inst.vnicId);
        if (vnic) vnic.lifecycleState = "AVAILABLE";
        for (const c of this.containersOf(inst)) this.startRun(inst, c);
        this.finish(inst, wr, { actionType });
      },
      (error: unknown) => {
        if (inst.gen !== gen) return;
        const message = error instanceof Error ? error.message : String(error);
        this.failProvisioning(
          inst,
          wr,
          "InternalError",
          `The container instance could not start: ${message}`,
        );
      },
    );
  }

  private failProvisioning(
    inst: InstanceRecord,
    wr: WorkRequestRecord,
    code: string,
    message: string,
    failed: ContainerRecord[] = [],
  ): void {
    inst.lifecycleState = "FAILED";
    inst.lifecycleDetails = message;
    this.touch(inst);
    for (const c of this.containersOf(inst)) {
      c.lifecycleState = failed.includes(c) ? "FAILED" : "INACTIVE";
      if (!failed.includes(c)) c.lifecycleDetails = "Not started: the container instance failed to start.";
      this.touch(c);
    }
    this.finish(inst, wr, { error: { code, message } });
  }

  // ---- container runs ------------------------------------------------------------------------

  private startRun(inst: InstanceRecord, c: ContainerRecord): void {
    const now = this.ctx.now();
    c.gen++;
    if (c.run) c.previousRun = c.run;
    c.run = { startedAt: now };
    c.lifecycleState = "ACTIVE";
    c.lifecycleDetails = undefined;
    this.touch(c);
    this.ctx.runtime.startRun(
      inst,
      c,
      this.forRun(c, (code: number, details: string) => this.exited(inst, c, code, details)),
    );
  }

  private exited(inst: InstanceRecord, c: ContainerRecord, code: number, details: string): void {
    if (c.lifecycleState !== "ACTIVE" || !c.run || c.run.endedAt !== undefined) return;
    const now = this.ctx.now();
    c.gen++;
    c.run.endedAt = now;
    c.run.exitCode = code;
    c.exitCode = code;
    c.timeTerminated = now;
    const policy = inst.containerRestartPolicy;
    if (policy === "ALWAYS" || (policy === "ON_FAILURE" && code !== 0)) {
      const { restartBackoffMs, restartBackoffMaxMs } = this.ctx.delays;
      const backoff = Math.min(restartBackoffMaxMs, restartBackoffMs * 2 ** Math.min(c.restartCount, 20));
      c.lifecycleDetails = `${details}; restarting in ${Math.round(backoff / 1000)}s`;
      this.touch(c);
      this.ctx.scheduler.after(
        backoff,
        this.forRun(c, () => {
          if (inst.lifecycleState !== "ACTIVE") return;
          c.restartCount++;
          this.startRun(inst, c);
        }),
      );
      return;
    }
    c.lifecycleState = code === 0 ? "INACTIVE" : "FAILED";
    c.lifecycleDetails = details;
    this.touch(c);
    this.settleIfAllStopped(inst);
  }

  /** An ACTIVE instance whose containers have all stopped for good becomes INACTIVE. */
  private settleIfAllStopped(inst: InstanceRecord): void {
    if (inst.lifecycleState !== "ACTIVE") return;
    const cs = this.containersOf(inst);
    if (cs.every((c) => c.lifecycleState === "INACTIVE" || c.lifecycleState === "FAILED")) {
      const failed = cs.filter((c) => c.exitCode !== 0).length;
      inst.lifecycleState = "INACTIVE";
      inst.lifecycleDetails =
        failed > 0
          ? `${failed} of ${cs.length} containers exited with a non-zero code`
          : "All containers exited";
      this.touch(inst);
    }
  }

  /**
   * SIGTERM every running container (SIGKILL after the grace period); `done` runs on a later tick once
   * the last one is gone, unless the instance moved on meanwhile.
   */
  private terminateContainers(
    inst: InstanceRecord,
    finalState: "INACTIVE" | "DELETING",
    done: () => void,
  ): void {
    const graceMs = inst.gracefulShutdownTimeoutInSeconds * 1000;
    const gen = inst.gen;
    let pending = 1;
    const settle = (): void => {
      if (--pending === 0) this.ctx.scheduler.after(0, () => inst.gen === gen && done());
    };
    for (const c of this.containersOf(inst)) {
      c.gen++;
      const running = c.lifecycleState === "ACTIVE" && c.run !== undefined && c.run.endedAt === undefined;
      if (!running) {
        if (finalState === "DELETING") c.lifecycleState = "DELETING";
        else if (c.lifecycleState === "ACTIVE") c.lifecycleState = "INACTIVE"; // was in restart back-off
        this.touch(c);
        continue;
      }
      if (finalState === "DELETING") c.lifecycleState = "DELETING";
      this.touch(c);
      pending++;
      const run = c.run!;
      this.ctx.runtime.stopRun(
        inst,
        c,
        graceMs,
        this.forRun(c, (code: number, details: string) => {
          const now = this.ctx.now();
          run.endedAt = now;
          run.exitCode = code;
          c.exitCode = code;
          c.timeTerminated = now;
          c.lifecycleDetails = details;
          if (finalState === "INACTIVE") c.lifecycleState = "INACTIVE";
          this.touch(c);
          settle();
        }),
      );
    }
    settle();
  }

  // ---- actions -------------------------------------------------------------------------------

  stop(inst: InstanceRecord): WorkRequestRecord {
    if (inst.lifecycleState !== "ACTIVE") return this.quickWorkRequest("STOP_CONTAINER_INSTANCE", inst, 0);
    const wr = this.instanceWorkRequest("STOP_CONTAINER_INSTANCE", inst);
    inst.gen++;
    inst.lifecycleState = "UPDATING";
    this.touch(inst);
    this.terminateContainers(inst, "INACTIVE", () => {
      inst.lifecycleState = "INACTIVE";
      inst.lifecycleDetails = "Stopped";
      this.touch(inst);
      this.finish(inst, wr, { actionType: "UPDATED" });
    });
    return wr;
  }

  start(inst: InstanceRecord): WorkRequestRecord {
    if (inst.lifecycleState !== "INACTIVE") return this.quickWorkRequest("START_CONTAINER_INSTANCE", inst, 0);
    const wr = this.instanceWorkRequest("START_CONTAINER_INSTANCE", inst);
    this.bootAfter(inst, wr, 0);
    return wr;
  }

  restart(inst: InstanceRecord): WorkRequestRecord {
    if (!["ACTIVE", "INACTIVE", "FAILED"].includes(inst.lifecycleState)) {
      throw incorrectState(`Container instance is ${inst.lifecycleState}; it cannot be restarted now.`);
    }
    const wr = this.instanceWorkRequest("RESTART_CONTAINER_INSTANCE", inst);
    const wasActive = inst.lifecycleState === "ACTIVE";
    inst.gen++;
    inst.lifecycleState = "UPDATING";
    this.touch(inst);
    const boot = (): void =>
      this.later(inst, this.ctx.delays.startMs, () => this.bringUp(inst, wr, "UPDATED"));
    if (wasActive) this.terminateContainers(inst, "INACTIVE", boot);
    else boot();
    return wr;
  }

  private bootAfter(inst: InstanceRecord, wr: WorkRequestRecord, delayMs: number): void {
    inst.gen++;
    inst.lifecycleState = "UPDATING";
    this.touch(inst);
    this.later(inst, delayMs + this.ctx.delays.startMs, () => this.bringUp(inst, wr, "UPDATED"));
  }

  delete(inst: InstanceRecord): WorkRequestRecord {
    if (inst.lifecycleState === "DELETING" || inst.lifecycleState === "DELETED") {
      throw incorrectState(`Container instance is already ${inst.lifecycleState}.`);
    }
    const wr = this.instanceWorkRequest("DELETE_CONTAINER_INSTANCE", inst);
    const now = this.ctx.now();
    for (const id of inst.openWorkRequests) {
      const open = this.ctx.store.workRequests.get(id);
      if (open && open !== wr) {
        finishWorkRequest(open, now, {
          error: {
            code: "Conflict",
            message: "The container instance was deleted before the operation finished.",
          },
        });
      }
    }
    inst.openWorkRequests = [wr.id];
    inst.gen++;
    inst.lifecycleState = "DELETING";
    inst.lifecycleDetails = undefined;
    this.touch(inst);
    const vnic = this.ctx.store.vnics.get(inst.vnicId);
    if (vnic) vnic.lifecycleState = "TERMINATING";
    this.terminateContainers(inst, "DELETING", () => {
      const gen = inst.gen;
      this.ctx.runtime
        .tearDown(inst)
        .catch((error: unknown) => console.error(`emulator: tearing down ${inst.id} failed:`, error))
        .finally(() => {
          if (inst.gen === gen) this.later(inst, this.ctx.delays.deleteMs, () => this.deleted(inst, wr));
        });
    });
    return wr;
  }

  private deleted(inst: InstanceRecord, wr: WorkRequestRecord): void {
    const t = this.ctx.now();
    inst.lifecycleState = "DELETED";
    inst.timeDeleted = t;
    this.touch(inst);
    for (const c of this.containersOf(inst)) {
      c.gen++;
      c.lifecycleState = "DELETED";
      if (c.timeTerminated === undefined && c.run) c.timeTerminated = t;
      this.touch(c);
    }
    const vnic = this.ctx.store.vnics.get(inst.vnicId);
    if (vnic) vnic.lifecycleState = "TERMINATED";
    this.ctx.releaseIp(inst);
    this.ctx.limits.add(inst, -1);
    this.finish(inst, wr, { actionType: "DELETED" });
  }

  /** Throws 409 IncorrectState when the instance no longer accepts updates. */
  assertMutable(inst: InstanceRecord): void {
    if (inst.lifecycleState === "DELETING" || inst.lifecycleState === "DELETED") {
      throw incorrectState(`Container instance is ${inst.lifecycleState}.`);
    }
  }

  get runtime(): ContainerRuntime {
    return this.ctx.runtime;
  }

  isRunning(inst: InstanceRecord): boolean {
    return RUNNING_STATES.has(inst.lifecycleState);
  }
}
