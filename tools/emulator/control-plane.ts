// The store and lifecycle shared by the control-plane APIs (Identity, Core networking): one map of
// records, states computed from timestamps (no timers), retry tokens, ETags and the reference
// checks that make a delete answer 409 Conflict while something still uses the resource.
import { createHash } from "node:crypto";
import { ApiError, notFound } from "./errors.ts";
import { etagOf } from "./render.ts";
import { RETRY_TOKEN_TTL_MS } from "./store.ts";
import type { WorkRequestEntry } from "./container-engine.ts";
import type { Json } from "./validate.ts";

/** The four states a control-plane resource goes through, named as its API names them. */
export interface LifecycleNames {
  creating: string;
  ready: string;
  deleting: string;
  deleted: string;
  /** The state of a create that failed (Container Engine: FAILED); absent where the API has none. */
  failed?: string;
}

/** Core networking: PROVISIONING → AVAILABLE → TERMINATING → TERMINATED [OCI Core API models]. */
export const CORE_STATES: LifecycleNames = {
  creating: "PROVISIONING",
  ready: "AVAILABLE",
  deleting: "TERMINATING",
  deleted: "TERMINATED",
};

/** Identity: CREATING → ACTIVE → DELETING → DELETED [OCI Identity API models]. */
export const IDENTITY_STATES: LifecycleNames = {
  creating: "CREATING",
  ready: "ACTIVE",
  deleting: "DELETING",
  deleted: "DELETED",
};

export interface ControlPlaneRecord {
  /** The OCID. */
  id: string;
  /** The OCI resource type, e.g. "vcn", "subnet", "networkSecurityGroup". */
  kind: string;
  compartmentId: string;
  /** The wire fields other than id, compartmentId, lifecycleState and timeCreated. */
  fields: Json;
  states: LifecycleNames;
  timeCreated: number;
  readyAt: number;
  deleteRequestedAt?: number;
  goneAt?: number;
  /** Bumped on every update; part of the ETag. */
  version: number;
  /** Set when the create's work request fails: the record turns `states.failed` once settled. */
  failure?: { code: string; message: string };
}

interface RetryEntry {
  bodyHash: string;
  id: string;
  expiresAt: number;
}

export class ControlPlane {
  readonly records = new Map<string, ControlPlaneRecord>();
  /** Security rules by network security group OCID (Core's NSG rule API has no record per rule). */
  readonly securityRules = new Map<string, Json[]>();
  /** Container Engine work requests (their status follows from their times). */
  readonly workRequests = new Map<string, WorkRequestEntry>();
  private readonly retryTokens = new Map<string, RetryEntry>();

  private readonly now: () => number;
  /** How long creating and deleting take, in ms. */
  readonly transitionMs: number;

  constructor(now: () => number, transitionMs: number) {
    this.now = now;
    this.transitionMs = transitionMs;
  }

  stateOf(rec: ControlPlaneRecord, now = this.now()): string {
    if (rec.deleteRequestedAt !== undefined)
      return now >= (rec.goneAt ?? 0) ? rec.states.deleted : rec.states.deleting;
    if (now < rec.readyAt) return rec.states.creating;
    return rec.failure && rec.states.failed ? rec.states.failed : rec.states.ready;
  }

  isLive(rec: ControlPlaneRecord): boolean {
    return rec.deleteRequestedAt === undefined;
  }

  /** The ETag changes with every update and every state change. */
  etag(rec: ControlPlaneRecord): string {
    const s = rec.states;
    const states = [s.creating, s.ready, s.deleting, s.deleted, s.failed];
    return etagOf({ id: rec.id, version: rec.version * 5 + states.indexOf(this.stateOf(rec)) });
  }

  /** A record of `kind`, including deleted ones still visible. @throws 404 NotAuthorizedOrNotFound */
  get(kind: string, id: string): ControlPlaneRecord {
    const rec = this.records.get(id);
    if (!rec || rec.kind !== kind) throw notFound(kind);
    return rec;
  }

  /** A live (not deleting or deleted) record, for references from other resources. */
  live(kind: string, id: unknown, field: string): ControlPlaneRecord {
    const rec = typeof id === "string" ? this.records.get(id) : undefined;
    if (!rec || rec.kind !== kind || !this.isLive(rec))
      throw new ApiError(404, "NotAuthorizedOrNotFound", `${field} ${String(id)} not found.`);
    return rec;
  }

  list(kind: string, filter: (rec: ControlPlaneRecord) => boolean = () => true): ControlPlaneRecord[] {
    return [...this.records.values()].filter((r) => r.kind === kind && filter(r));
  }

  /**
   * Creates a record, or replays the one created with the same opc-retry-token and body.
   * @throws 409 InvalidatedRetryToken when the token was used with a different body
   */
  create(
    kind: string,
    id: () => string,
    compartmentId: string,
    fields: Json,
    states: LifecycleNames,
    retry: { token?: string; body: Buffer },
  ): ControlPlaneRecord {
    const now = this.now();
    const key = retry.token === undefined ? undefined : `${kind}:${retry.token}`;
    const bodyHash = createHash("sha256").update(retry.body).digest("hex");
    if (key !== undefined) {
      const seen = this.retryTokens.get(key);
      if (seen && seen.expiresAt > now) {
        if (seen.bodyHash !== bodyHash)
          throw new ApiError(
            409,
            "InvalidatedRetryToken",
            "The retry token was used for a request with different content.",
          );
        const replay = this.records.get(seen.id);
        if (replay) return replay;
      }
    }
    const rec: ControlPlaneRecord = {
      id: id(),
      kind,
      compartmentId,
      fields,
      states,
      timeCreated: now,
      readyAt: now + this.transitionMs,
      version: 0,
    };
    this.records.set(rec.id, rec);
    if (key !== undefined)
      this.retryTokens.set(key, { bodyHash, id: rec.id, expiresAt: now + RETRY_TOKEN_TTL_MS });
    return rec;
  }

  update(rec: ControlPlaneRecord, fields: Json): void {
    if (!this.isLive(rec)) throw new ApiError(409, "IncorrectState", `The ${rec.kind} is being deleted.`);
    Object.assign(rec.fields, fields);
    rec.version++;
  }

  /**
   * Starts the delete. A second delete of a deleting or deleted record is accepted (OCI answers
   * 204 again). @throws 409 Conflict when a live resource still refers to this one
   */
  delete(rec: ControlPlaneRecord): void {
    if (!this.isLive(rec)) return;
    const user = this.firstUser(rec.id);
    if (user) {
      throw new ApiError(
        409,
        "Conflict",
        `The ${rec.kind} ${rec.id} references the ${user.kind} ${user.id}. You must remove the reference to proceed with this operation.`,
      );
    }
    const now = this.now();
    rec.deleteRequestedAt = now;
    rec.goneAt = now + this.transitionMs;
  }

  /** A live record whose fields name `id`. */
  private firstUser(id: string): ControlPlaneRecord | undefined {
    for (const rec of this.records.values()) {
      if (rec.id === id || !this.isLive(rec)) continue;
      if (mentions(rec.fields, id)) return rec;
    }
    return undefined;
  }

  /** Checks If-Match against the record's ETag. @throws 412 NoEtagMatch */
  checkIfMatch(rec: ControlPlaneRecord, ifMatch: string | string[] | undefined): void {
    if (typeof ifMatch === "string" && ifMatch !== "" && ifMatch !== "*" && ifMatch !== this.etag(rec))
      throw new ApiError(
        412,
        "NoEtagMatch",
        "The If-Match header does not match the current etag of the resource.",
      );
  }

  /** Evicts records deleted longer ago than the retention, and expired retry tokens. */
  sweep(now: number, retentionMs: number): void {
    for (const [id, rec] of this.records)
      if (rec.goneAt !== undefined && now - rec.goneAt >= retentionMs) {
        this.records.delete(id);
        this.securityRules.delete(id);
      }
    for (const [token, entry] of this.retryTokens) if (entry.expiresAt <= now) this.retryTokens.delete(token);
    for (const [id, wr] of this.workRequests)
      if (now - wr.timeFinished >= Math.max(retentionMs, 60_000)) this.workRequests.delete(id);
  }

  /** Counts of records that are not yet deleted, by kind (for tests: zero after a destroy). */
  liveCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const rec of this.records.values())
      if (this.stateOf(rec) !== rec.states.deleted) out[rec.kind] = (out[rec.kind] ?? 0) + 1;
    return out;
  }
}

function mentions(value: unknown, id: string): boolean {
  if (value === id) return true;
  if (Array.isArray(value)) return value.some((v) => mentions(v, id));
  if (value !== null && typeof value === "object") return Object.values(value).some((v) => mentions(v, id));
  return false;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The wire shape shared by every control-plane resource: fields plus id, compartment, state, time. */
export function renderRecord(cp: ControlPlane, rec: ControlPlaneRecord): Json {
  const failed = rec.failure !== undefined && cp.stateOf(rec) === rec.states.failed;
  return {
    ...rec.fields,
    ...(failed ? { lifecycleDetails: rec.failure!.message } : {}),
    id: rec.id,
    compartmentId: rec.compartmentId,
    lifecycleState: cp.stateOf(rec),
    timeCreated: iso(rec.timeCreated),
  };
}
