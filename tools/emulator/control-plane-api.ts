// Create/Get/List/Update/Delete handlers for a control-plane resource kind, as the Core and
// Identity APIs (version 20160918) shape them: Create answers 200 with the resource and its etag,
// Get 200 with the etag, List a bare JSON array with opc-next-page, Update 200, Delete 204.
import {
  listReply,
  pageParams,
  requireCompartment,
  requireQuery,
  type ApiReply,
  type ApiRequest,
  type Core,
} from "./context.ts";
import { missing } from "./errors.ts";
import { renderRecord, type ControlPlaneRecord, type LifecycleNames } from "./control-plane.ts";
import { makeOcid } from "./rng.ts";
import { paginate } from "./store.ts";
import { isObject, parseJsonBody, type Json } from "./validate.ts";

export type Handler = (core: Core, req: ApiRequest) => ApiReply;

export interface Route {
  method: string;
  pattern: RegExp;
  operation: string;
  handler: Handler;
}

export const ID = "([^/]+)";

export function route(method: string, path: string, operation: string, handler: Handler): Route {
  return { method, pattern: new RegExp(`^${path}$`), operation, handler };
}

/** What differs between resource kinds. */
export interface KindSpec {
  /** The record kind and OCID type, e.g. "vcn". */
  kind: string;
  /** The operation suffix, e.g. "Vcn" for CreateVcn, and the plural path, e.g. "vcns". */
  name: string;
  path: string;
  states: LifecycleNames;
  /** Identity resources have global OCIDs (no region key). */
  global?: boolean;
  /** Checks the create body and returns the stored fields (defaults filled in). */
  create(core: Core, body: Json, id: string): Json;
  /** Checks an update body and returns the fields to change. */
  update(core: Core, rec: ControlPlaneRecord, body: Json): Json;
  /** Extra list filters from the query (e.g. vcnId). */
  listFilter?(req: ApiRequest): (rec: ControlPlaneRecord) => boolean;
  /** Cleans up what goes with the resource once its delete is accepted. */
  onDelete?(core: Core, rec: ControlPlaneRecord): void;
}

export function requireString(body: Json, name: string): string {
  const v = body[name];
  if (typeof v !== "string" || v === "") throw missing(name);
  return v;
}

/** Keeps only the given keys that are present in `body`. */
export function pick(body: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]]));
}

export const TAGS = ["freeformTags", "definedTags"] as const;

function reply(core: Core, rec: ControlPlaneRecord, status = 200): ApiReply {
  const cp = core.controlPlane;
  return {
    status,
    json: renderRecord(cp, rec),
    headers: { etag: cp.etag(rec) },
    log: { resourceId: rec.id, lifecycleState: cp.stateOf(rec) },
  };
}

/** The opc-retry-token header, if one was sent. */
export function retryToken(req: ApiRequest): string | undefined {
  const t = req.headers["opc-retry-token"];
  return typeof t === "string" && t !== "" ? t : undefined;
}

export function crudRoutes(version: string, spec: KindSpec): Route[] {
  const base = `/${version}/${spec.path}`;
  const create: Handler = (core, req) => {
    const body = parseJsonBody(req.body);
    const compartmentId = requireString(body, "compartmentId");
    requireCompartment(core, compartmentId);
    const id = makeOcid(core.rng, spec.kind.toLowerCase(), spec.global ? "" : core.regionKey);
    const rec = core.controlPlane.create(
      spec.kind,
      () => id,
      compartmentId,
      { freeformTags: {}, definedTags: {}, ...spec.create(core, body, id), ...pickTags(body) },
      spec.states,
      { token: retryToken(req), body: req.body },
    );
    return reply(core, rec);
  };
  const list: Handler = (core, req) => {
    const compartmentId = requireQuery(req, "compartmentId");
    requireCompartment(core, compartmentId);
    const extra = spec.listFilter?.(req) ?? (() => true);
    const lifecycleState = req.query.get("lifecycleState");
    const displayName = req.query.get("displayName");
    const cp = core.controlPlane;
    const all = cp.list(
      spec.kind,
      (r) =>
        r.compartmentId === compartmentId &&
        extra(r) &&
        (lifecycleState === undefined || cp.stateOf(r) === lifecycleState) &&
        (displayName === undefined || r.fields.displayName === displayName),
    );
    const { offset, limit } = pageParams(req);
    const page = paginate(all, offset, limit);
    const listed = listReply(
      { items: page.items.map((r) => renderRecord(cp, r)), nextPage: page.nextPage },
      {
        compartmentId,
      },
    );
    // Core and Identity lists are bare arrays, not {items}.
    return { ...listed, json: (listed.json as { items: unknown[] }).items };
  };
  const get: Handler = (core, req) => reply(core, core.controlPlane.get(spec.kind, req.params[0]!));
  const update: Handler = (core, req) => {
    const cp = core.controlPlane;
    const rec = cp.get(spec.kind, req.params[0]!);
    cp.checkIfMatch(rec, req.headers["if-match"]);
    const body = parseJsonBody(req.body);
    cp.update(rec, { ...spec.update(core, rec, body), ...pickTags(body) });
    return reply(core, rec);
  };
  const remove: Handler = (core, req) => {
    const cp = core.controlPlane;
    const rec = cp.get(spec.kind, req.params[0]!);
    cp.checkIfMatch(rec, req.headers["if-match"]);
    const wasLive = cp.isLive(rec);
    cp.delete(rec);
    if (wasLive) spec.onDelete?.(core, rec);
    return { status: 204, log: { resourceId: rec.id } };
  };
  return [
    route("POST", base, `Create${spec.name}`, create),
    route("GET", base, `List${spec.name}s`, list),
    route("GET", `${base}/${ID}`, `Get${spec.name}`, get),
    route("PUT", `${base}/${ID}`, `Update${spec.name}`, update),
    route("DELETE", `${base}/${ID}`, `Delete${spec.name}`, remove),
  ];
}

function pickTags(body: Json): Json {
  const out: Json = {};
  for (const k of TAGS) if (isObject(body[k])) out[k] = body[k];
  return out;
}
