// Work requests: ACCEPTED → IN_PROGRESS → SUCCEEDED | FAILED, with timeFinished set on completion
// (the SDK waiter forWorkRequest stops only when timeFinished is truthy).
import type { ActionType, OperationType, WorkRequestRecord } from "./types.ts";

export const iso = (ms: number): string => new Date(ms).toISOString();

export function newWorkRequest(
  id: string,
  operationType: OperationType,
  target: { compartmentId: string; availabilityDomain: string },
  resource: { entityType: string; identifier: string; entityUri: string },
  now: number,
): WorkRequestRecord {
  return {
    id,
    operationType,
    status: "ACCEPTED",
    compartmentId: target.compartmentId,
    availabilityDomain: target.availabilityDomain,
    resource: { ...resource, actionType: "IN_PROGRESS" },
    percentComplete: 0,
    timeAccepted: now,
    errors: [],
    logs: [{ message: `${operationType} accepted`, timestamp: now }],
  };
}

export function startWorkRequest(wr: WorkRequestRecord, now: number): void {
  if (wr.status !== "ACCEPTED") return;
  wr.status = "IN_PROGRESS";
  wr.timeStarted = now;
  wr.percentComplete = 50;
  wr.logs.push({ message: `${wr.operationType} in progress`, timestamp: now });
}

export function finishWorkRequest(
  wr: WorkRequestRecord,
  now: number,
  outcome: { actionType: ActionType } | { error: { code: string; message: string } },
): void {
  if (wr.timeFinished !== undefined) return;
  wr.timeStarted ??= now;
  wr.timeFinished = now;
  wr.percentComplete = 100;
  if ("error" in outcome) {
    wr.status = "FAILED";
    wr.resource.actionType = "FAILED";
    wr.errors.push({ ...outcome.error, timestamp: now });
    wr.logs.push({ message: `${wr.operationType} failed: ${outcome.error.message}`, timestamp: now });
  } else {
    wr.status = "SUCCEEDED";
    wr.resource.actionType = outcome.actionType;
    wr.logs.push({ message: `${wr.operationType} succeeded`, timestamp: now });
  }
}

/** The WorkRequest / WorkRequestSummary wire shape (they are the same). */
export function renderWorkRequest(wr: WorkRequestRecord): Record<string, unknown> {
  return {
    operationType: wr.operationType,
    status: wr.status,
    id: wr.id,
    compartmentId: wr.compartmentId,
    resources: [{ ...wr.resource }],
    percentComplete: wr.percentComplete,
    timeAccepted: iso(wr.timeAccepted),
    ...(wr.timeStarted !== undefined ? { timeStarted: iso(wr.timeStarted) } : {}),
    ...(wr.timeFinished !== undefined ? { timeFinished: iso(wr.timeFinished) } : {}),
  };
}
