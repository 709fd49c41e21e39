// Identity (/20160918) as the stack uses it: the availability domains of the tenancy, compartments
// (GetCompartment), dynamic groups and policies. Policies are bookkeeping: every registered key
// may still do everything (docs/emulator.md, "Not modelled").
import { requireCompartment, requireQuery, type Core } from "./context.ts";
import { IDENTITY_STATES, type ControlPlaneRecord } from "./control-plane.ts";
import {
  crudRoutes,
  ID,
  pick,
  requireString,
  route,
  type KindSpec,
  type Route,
} from "./control-plane-api.ts";
import { ApiError, invalid, notFound } from "./errors.ts";
import type { Json } from "./validate.ts";

const V = "20160918";

/** Names are unique per tenancy and kind [OCI Identity: "must be unique across all ... in the tenancy"]. */
function uniqueName(core: Core, kind: string, body: Json): string {
  const name = requireString(body, "name");
  const clash = core.controlPlane.list(kind, (r) => r.fields.name === name && core.controlPlane.isLive(r));
  if (clash.length > 0)
    throw new ApiError(409, "EntityAlreadyExists", `A ${kind} named ${name} already exists.`);
  return name;
}

const dynamicGroup: KindSpec = {
  kind: "dynamicGroup",
  name: "DynamicGroup",
  path: "dynamicGroups",
  states: IDENTITY_STATES,
  global: true,
  create(core, body) {
    if (body.compartmentId !== core.tenancyId)
      throw invalid("Dynamic groups are created in the tenancy (root compartment).");
    return {
      name: uniqueName(core, "dynamicGroup", body),
      description: requireString(body, "description"),
      matchingRule: requireString(body, "matchingRule"),
    };
  },
  update: (_core, _rec, body) => pick(body, ["description", "matchingRule"]),
};

function statements(body: Json): string[] {
  const s = body.statements;
  if (!Array.isArray(s) || s.length === 0) throw invalid("statements must be a non-empty list.");
  if (s.some((x) => typeof x !== "string" || x.trim() === "")) throw invalid("Every statement must be text.");
  return s as string[];
}

const policy: KindSpec = {
  kind: "policy",
  name: "Policy",
  path: "policies",
  states: IDENTITY_STATES,
  global: true,
  create: (core, body) => ({
    name: uniqueName(core, "policy", body),
    description: requireString(body, "description"),
    statements: statements(body),
  }),
  update: (_core, _rec: ControlPlaneRecord, body) => ({
    ...pick(body, ["description"]),
    ...(body.statements !== undefined ? { statements: statements(body) } : {}),
  }),
};

export const IDENTITY_ROUTES: Route[] = [
  route("GET", `/${V}/availabilityDomains`, "ListAvailabilityDomains", (core, req) => {
    const compartmentId = requireQuery(req, "compartmentId");
    requireCompartment(core, compartmentId);
    const items = core.availabilityDomains.map((name, i) => ({
      name,
      id: `ocid1.availabilitydomain.oc1..${core.regionKey}ad${i + 1}`,
      compartmentId: core.tenancyId,
    }));
    return { status: 200, json: items, log: { compartmentId } };
  }),
  route("GET", `/${V}/compartments/${ID}`, "GetCompartment", (core, req) => {
    const id = req.params[0]!;
    if (!core.store.compartments.has(id)) throw notFound("compartment");
    return {
      status: 200,
      json: {
        id,
        compartmentId: core.tenancyId,
        name: id === core.tenancyId ? "tenancy" : `compartment-${id.slice(-6)}`,
        description: "emulated",
        lifecycleState: "ACTIVE",
        timeCreated: new Date(0).toISOString(),
      },
    };
  }),
  ...crudRoutes(V, dynamicGroup),
  ...crudRoutes(V, policy),
];
