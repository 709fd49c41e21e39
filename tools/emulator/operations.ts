// The 19 Container Instances operations (/20210415), as the oci-containerinstances 2.139.1 client
// calls them: paths, query parameters, headers and bodies from lib/client.js.
import { createHash } from "node:crypto";
import { ApiError, invalid, notFound } from "./errors.ts";
import { makeOcid } from "./rng.ts";
import { type ContainerFacts, behaviourFor } from "./scenarios.ts";
import { resolveShapeConfig } from "./shapes.ts";
import { paginate, RETRY_TOKEN_TTL_MS } from "./store.ts";
import {
  etagOf,
  renderContainer,
  renderContainerSummary,
  renderInstance,
  renderInstanceSummary,
} from "./render.ts";
import type { ContainerRecord, InstanceRecord, LifecycleState, RestartPolicy, VnicRecord } from "./types.ts";
import {
  checkCreateDetails,
  checkDisplayName,
  checkUpdateDetails,
  isObject,
  parseJsonBody,
  type Json,
} from "./validate.ts";
import { macFor } from "./vnic.ts";
import { renderWorkRequest } from "./work-requests.ts";
import {
  listReply,
  pageParams,
  requireCompartment,
  requireQuery,
  sortOrder,
  type ApiReply,
  type ApiRequest,
  type Core,
} from "./context.ts";

const LIFECYCLE_STATES = new Set([
  "CREATING",
  "UPDATING",
  "ACTIVE",
  "INACTIVE",
  "DELETING",
  "DELETED",
  "FAILED",
]);

function getInstance(core: Core, id: string): InstanceRecord {
  const inst = core.store.instances.get(id);
  if (!inst) throw notFound("container instance");
  return inst;
}

function getContainerRecord(core: Core, id: string): { c: ContainerRecord; inst: InstanceRecord } {
  const c = core.store.containers.get(id);
  const inst = c && core.store.instances.get(c.instanceId);
  if (!c || !inst) throw notFound("container");
  return { c, inst };
}

/** 412 NoEtagMatch when if-match is given and differs from the current etag. */
function checkIfMatch(req: ApiRequest, rec: { id: string; version: number }): void {
  const ifMatch = req.headers["if-match"];
  if (typeof ifMatch === "string" && ifMatch !== "" && ifMatch !== "*" && ifMatch !== etagOf(rec)) {
    throw new ApiError(
      412,
      "NoEtagMatch",
      "The If-Match header does not match the current etag of the resource.",
    );
  }
}

function instanceReply(
  core: Core,
  inst: InstanceRecord,
  status: number,
  extra: Record<string, string> = {},
): ApiReply {
  return {
    status,
    json: renderInstance(inst, core.tenancyId, (id) => core.store.containers.get(id)?.displayName),
    headers: { etag: etagOf(inst), ...extra },
    log: { resourceId: inst.id, lifecycleState: inst.lifecycleState },
  };
}

function accepted(wrId: string, resourceId: string): ApiReply {
  return { status: 202, headers: { "opc-work-request-id": wrId }, log: { resourceId, workRequestId: wrId } };
}

function compact(ts: number): string {
  return new Date(ts).toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

// ---- CreateContainerInstance ---------------------------------------------------------------------

export function createContainerInstance(core: Core, req: ApiRequest): ApiReply {
  const body = parseJsonBody(req.body);
  const token = req.headers["opc-retry-token"];
  if (typeof token === "string" && (token.length < 1 || token.length > 64)) {
    throw invalid("opc-retry-token must be 1 to 64 characters");
  }
  const bodyHash = createHash("sha256").update(req.body).digest("hex");
  const now = core.now();
  if (typeof token === "string") {
    const prior = core.store.retryTokens.get(token);
    if (prior && prior.expiresAt > now) {
      if (prior.bodyHash !== bodyHash) {
        throw new ApiError(
          409,
          "InvalidatedRetryToken",
          "The retry token was already used for a request with different parameters.",
        );
      }
      const inst = core.store.instances.get(prior.instanceId);
      if (inst) {
        const reply = instanceReply(core, inst, 200, { "opc-work-request-id": prior.workRequestId });
        reply.log = { ...reply.log, replayed: true, freeformTags: inst.freeformTags };
        return reply;
      }
    }
  }

  checkCreateDetails(body, core.availabilityDomains);
  const compartmentId = body.compartmentId as string;
  requireCompartment(core, compartmentId);
  const ad = body.availabilityDomain as string;
  const shapeConfig = resolveShapeConfig(core.shapes, body.shape, body.shapeConfig as Json);
  core.limits.check(ad, shapeConfig.ocpus, shapeConfig.memoryInGBs);
  if (req.faults.outOfCapacity === "sync") {
    throw new ApiError(500, "InternalServerError", "Out of host capacity.");
  }

  const vnicSpec = (body.vnics as Json[])[0]!;
  const subnetId = vnicSpec.subnetId as string;
  const factsOf = (spec: Json): ContainerFacts => ({
    imageUrl: spec.imageUrl as string,
    command: spec.command as string[] | undefined,
    arguments: spec.arguments as string[] | undefined,
    environmentVariables: spec.environmentVariables as Record<string, string> | undefined,
  });
  // A scenario may pin the pod's IP to a loopback address a test listens on.
  const pinnedIp = (body.containers as Json[])
    .map((spec) => behaviourFor(core.scenarios, factsOf(spec)).podIp)
    .find((ip) => ip !== undefined);
  const privateIp = pinnedIp ?? core.ips.allocate(subnetId, vnicSpec.privateIp as string | undefined);
  const { rng, regionKey } = core;
  const id = makeOcid(rng, "computecontainerinstance", regionKey);
  const displayName = (body.displayName as string | undefined) ?? `containerinstance${compact(now)}`;
  const vnicId = makeOcid(rng, "vnic", regionKey);
  const containerIds: string[] = [];
  const inst: InstanceRecord = {
    id,
    compartmentId,
    displayName,
    availabilityDomain: ad,
    faultDomain: (body.faultDomain as string | undefined) ?? `FAULT-DOMAIN-${rng.int(1, 3)}`,
    shape: body.shape as string,
    shapeConfig,
    lifecycleState: "CREATING",
    freeformTags: (body.freeformTags as Record<string, string> | undefined) ?? {},
    definedTags: (body.definedTags as Record<string, Record<string, unknown>> | undefined) ?? {},
    timeCreated: now,
    timeUpdated: now,
    containerIds,
    vnicId,
    subnetId,
    volumes: (body.volumes as unknown[] | undefined) ?? [],
    dnsConfig: body.dnsConfig,
    gracefulShutdownTimeoutInSeconds: (body.gracefulShutdownTimeoutInSeconds as number | undefined) ?? 0,
    imagePullSecrets: ((body.imagePullSecrets as Json[] | undefined) ?? []).map((s) => ({
      registryEndpoint: s.registryEndpoint as string,
      secretType: s.secretType as string,
      ...(s.secretType === "VAULT" ? { secretId: s.secretId as string } : {}),
    })),
    containerRestartPolicy: (body.containerRestartPolicy as RestartPolicy | undefined) ?? "ALWAYS",
    securityContext: body.securityContext,
    openWorkRequests: [],
    gen: 0,
    version: 0,
  };
  (body.containers as Json[]).forEach((spec, index) => {
    const cid = makeOcid(rng, "computecontainer", regionKey);
    const imageUrl = spec.imageUrl as string;
    const c: ContainerRecord = {
      id: cid,
      instanceId: id,
      displayName: (spec.displayName as string | undefined) ?? `container${index}`,
      spec,
      imageUrl,
      freeformTags: (spec.freeformTags as Record<string, string> | undefined) ?? {},
      definedTags: (spec.definedTags as Record<string, Record<string, unknown>> | undefined) ?? {},
      lifecycleState: "CREATING",
      timeCreated: now,
      timeUpdated: now,
      restartCount: 0,
      behaviour: behaviourFor(core.scenarios, factsOf(spec)),
      gen: 0,
      version: 0,
    };
    core.store.containers.set(cid, c);
    containerIds.push(cid);
  });
  const vnic: VnicRecord = {
    id: vnicId,
    compartmentId,
    availabilityDomain: ad,
    subnetId,
    displayName: (vnicSpec.displayName as string | undefined) ?? displayName,
    ...(vnicSpec.hostnameLabel !== undefined ? { hostnameLabel: vnicSpec.hostnameLabel as string } : {}),
    privateIp,
    macAddress: macFor(privateIp),
    nsgIds: (vnicSpec.nsgIds as string[] | undefined) ?? [],
    skipSourceDestCheck: (vnicSpec.skipSourceDestCheck as boolean | undefined) ?? false,
    freeformTags: (vnicSpec.freeformTags as Record<string, string> | undefined) ?? {},
    definedTags: (vnicSpec.definedTags as Record<string, Record<string, unknown>> | undefined) ?? {},
    lifecycleState: "PROVISIONING",
    timeCreated: now,
  };
  core.store.vnics.set(vnicId, vnic);
  core.store.instances.set(id, inst);
  core.limits.add(inst, 1);
  const wr = core.engine.provision(inst, req.faults.outOfCapacity === "async");
  if (typeof token === "string") {
    core.store.retryTokens.set(token, {
      bodyHash,
      instanceId: id,
      workRequestId: wr.id,
      expiresAt: now + RETRY_TOKEN_TTL_MS,
    });
  }
  const log = { resourceId: id, workRequestId: wr.id, displayName, freeformTags: inst.freeformTags };
  if (req.faults.acceptedThen503) {
    const err = new ApiError(
      503,
      "ServiceUnavailable",
      "The service is currently unavailable. Please retry.",
    );
    throw Object.assign(err, { log: { ...log, acceptedThen503: true } });
  }
  const reply = instanceReply(core, inst, 200, { "opc-work-request-id": wr.id });
  reply.log = log;
  return reply;
}

// ---- instances -------------------------------------------------------------------------------

export function getContainerInstance(core: Core, req: ApiRequest): ApiReply {
  return instanceReply(core, getInstance(core, req.params[0]!), 200);
}

function filterState(req: ApiRequest): LifecycleState | undefined {
  const s = req.query.get("lifecycleState");
  if (s !== undefined && !LIFECYCLE_STATES.has(s)) throw invalid(`Invalid lifecycleState: ${s}`);
  return s as LifecycleState | undefined;
}

function sortBy<T extends { displayName: string; timeCreated: number }>(
  req: ApiRequest,
  all: T[],
  allowed: readonly string[],
): T[] {
  const by = req.query.get("sortBy") ?? allowed[0]!;
  if (!allowed.includes(by)) throw invalid(`sortBy must be one of ${allowed.join(", ")}`);
  if (by === "displayName") {
    const order = sortOrder(req, "ASC");
    all.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.timeCreated - b.timeCreated);
    return order === "ASC" ? all : all.reverse();
  }
  // Records are stored in creation order, so timeCreated needs no sort.
  return sortOrder(req, "DESC") === "DESC" ? all.reverse() : all;
}

/** The filters ListContainerInstances and ListContainers share. */
function listFilters(core: Core, req: ApiRequest) {
  const compartmentId = requireQuery(req, "compartmentId");
  requireCompartment(core, compartmentId);
  return {
    compartmentId,
    state: filterState(req),
    name: req.query.get("displayName"),
    ad: req.query.get("availabilityDomain"),
    ...pageParams(req),
  };
}

export function listContainerInstances(core: Core, req: ApiRequest): ApiReply {
  const { compartmentId, state, name, ad, offset, limit } = listFilters(core, req);
  const all: InstanceRecord[] = [];
  for (const i of core.store.instances.values()) {
    if (i.compartmentId !== compartmentId) continue;
    if (state !== undefined && i.lifecycleState !== state) continue;
    if (name !== undefined && i.displayName !== name) continue;
    if (ad !== undefined && i.availabilityDomain !== ad) continue;
    all.push(i);
  }
  const page = paginate(sortBy(req, all, ["timeCreated", "displayName"]), offset, limit);
  return listReply({ ...page, items: page.items.map(renderInstanceSummary) }, { compartmentId });
}

export function updateContainerInstance(core: Core, req: ApiRequest): ApiReply {
  const inst = getInstance(core, req.params[0]!);
  checkIfMatch(req, inst);
  const body = parseJsonBody(req.body);
  checkUpdateDetails(body);
  core.engine.assertMutable(inst);
  if (typeof body.displayName === "string") inst.displayName = body.displayName;
  if (isObject(body.freeformTags)) inst.freeformTags = body.freeformTags as Record<string, string>;
  if (isObject(body.definedTags))
    inst.definedTags = body.definedTags as Record<string, Record<string, unknown>>;
  inst.version++;
  inst.timeUpdated = core.now();
  const wr = core.engine.quickWorkRequest("UPDATE_CONTAINER_INSTANCE", inst, 0);
  return accepted(wr.id, inst.id);
}

export function deleteContainerInstance(core: Core, req: ApiRequest): ApiReply {
  const inst = getInstance(core, req.params[0]!);
  checkIfMatch(req, inst);
  return accepted(core.engine.delete(inst).id, inst.id);
}

function action(kind: "start" | "stop" | "restart"): (core: Core, req: ApiRequest) => ApiReply {
  return (core, req) => {
    const inst = getInstance(core, req.params[0]!);
    checkIfMatch(req, inst);
    core.engine.assertMutable(inst);
    return accepted(core.engine[kind](inst).id, inst.id);
  };
}

export const startContainerInstance = action("start");
export const stopContainerInstance = action("stop");
export const restartContainerInstance = action("restart");

export function changeContainerInstanceCompartment(core: Core, req: ApiRequest): ApiReply {
  const inst = getInstance(core, req.params[0]!);
  checkIfMatch(req, inst);
  const body = parseJsonBody(req.body);
  const target = body.compartmentId;
  if (typeof target !== "string" || target === "") throw invalid("compartmentId is required");
  requireCompartment(core, target);
  core.engine.assertMutable(inst);
  inst.compartmentId = target;
  const vnic = core.store.vnics.get(inst.vnicId);
  if (vnic) vnic.compartmentId = target;
  inst.version++;
  inst.timeUpdated = core.now();
  const wr = core.engine.quickWorkRequest("MOVE_CONTAINER_INSTANCE", inst, 0);
  return accepted(wr.id, inst.id);
}

export function listContainerInstanceShapes(core: Core, req: ApiRequest): ApiReply {
  const compartmentId = requireQuery(req, "compartmentId");
  requireCompartment(core, compartmentId);
  const ad = req.query.get("availabilityDomain");
  if (ad !== undefined && !core.availabilityDomains.includes(ad))
    throw invalid(`Invalid availabilityDomain: ${ad}`);
  const { offset, limit } = pageParams(req);
  return listReply(paginate(core.shapes, offset, limit), { compartmentId });
}

// ---- containers ------------------------------------------------------------------------------

export function getContainer(core: Core, req: ApiRequest): ApiReply {
  const { c, inst } = getContainerRecord(core, req.params[0]!);
  return {
    status: 200,
    json: renderContainer(c, inst, core.now()),
    headers: { etag: etagOf(c) },
    log: { resourceId: c.id, lifecycleState: c.lifecycleState },
  };
}

export function listContainers(core: Core, req: ApiRequest): ApiReply {
  const { compartmentId, state, name, ad, offset, limit } = listFilters(core, req);
  const instanceId = req.query.get("containerInstanceId");
  const pairs: { c: ContainerRecord; inst: InstanceRecord; displayName: string; timeCreated: number }[] = [];
  const instances =
    instanceId !== undefined ? [core.store.instances.get(instanceId)] : core.store.instances.values();
  for (const inst of instances) {
    if (!inst || inst.compartmentId !== compartmentId) continue;
    if (ad !== undefined && inst.availabilityDomain !== ad) continue;
    for (const cid of inst.containerIds) {
      const c = core.store.containers.get(cid);
      if (!c) continue;
      if (state !== undefined && c.lifecycleState !== state) continue;
      if (name !== undefined && c.displayName !== name) continue;
      pairs.push({ c, inst, displayName: c.displayName, timeCreated: c.timeCreated });
    }
  }
  const page = paginate(sortBy(req, pairs, ["timeCreated", "displayName"]), offset, limit);
  return listReply(
    { ...page, items: page.items.map((p) => renderContainerSummary(p.c, p.inst)) },
    { compartmentId, containerInstanceId: instanceId },
  );
}

export function updateContainer(core: Core, req: ApiRequest): ApiReply {
  const { c, inst } = getContainerRecord(core, req.params[0]!);
  checkIfMatch(req, c);
  const body = parseJsonBody(req.body);
  checkUpdateDetails(body);
  checkDisplayName(body.displayName, "displayName");
  core.engine.assertMutable(inst);
  if (typeof body.displayName === "string") c.displayName = body.displayName;
  if (isObject(body.freeformTags)) c.freeformTags = body.freeformTags as Record<string, string>;
  if (isObject(body.definedTags)) c.definedTags = body.definedTags as Record<string, Record<string, unknown>>;
  c.version++;
  c.timeUpdated = core.now();
  const wr = core.engine.quickWorkRequest("UPDATE_CONTAINER", inst, 0, c);
  return accepted(wr.id, c.id);
}

export function retrieveLogs(core: Core, req: ApiRequest): ApiReply {
  const { c } = getContainerRecord(core, req.params[0]!);
  const isPrevious = req.query.get("isPrevious");
  if (isPrevious !== undefined && isPrevious !== "true" && isPrevious !== "false") {
    throw invalid("isPrevious must be true or false");
  }
  const run = isPrevious === "true" ? c.previousRun : c.run;
  const raw = core.engine.runtime.logs(c, run, core.now());
  return {
    status: 200,
    raw,
    headers: { "content-type": "text/plain; charset=utf-8" },
    log: { resourceId: c.id, isPrevious: isPrevious === "true", bytes: raw.length },
  };
}

// ---- work requests ---------------------------------------------------------------------------

export function getWorkRequest(core: Core, req: ApiRequest): ApiReply {
  const wr = core.store.workRequests.get(req.params[0]!);
  if (!wr) throw notFound("work request");
  return {
    status: 200,
    json: renderWorkRequest(wr),
    headers: wr.timeFinished === undefined ? { "retry-after": "1" } : {},
    log: { workRequestId: wr.id, status: wr.status },
  };
}

export function listWorkRequests(core: Core, req: ApiRequest): ApiReply {
  const compartmentId = requireQuery(req, "compartmentId");
  requireCompartment(core, compartmentId);
  const wrId = req.query.get("workRequestId");
  const status = req.query.get("status");
  const resourceId = req.query.get("resourceId");
  const ad = req.query.get("availabilityDomain");
  const by = req.query.get("sortBy") ?? "timeAccepted";
  if (by !== "timeAccepted") throw invalid("sortBy must be timeAccepted");
  const { offset, limit } = pageParams(req);
  const all = [];
  for (const wr of core.store.workRequests.values()) {
    if (wr.compartmentId !== compartmentId) continue;
    if (wrId !== undefined && wr.id !== wrId) continue;
    if (status !== undefined && wr.status !== status) continue;
    if (resourceId !== undefined && wr.resource.identifier !== resourceId) continue;
    if (ad !== undefined && wr.availabilityDomain !== ad) continue;
    all.push(wr);
  }
  if (sortOrder(req, "DESC") === "DESC") all.reverse();
  const page = paginate(all, offset, limit);
  return listReply({ ...page, items: page.items.map(renderWorkRequest) }, { compartmentId });
}

function workRequestEntries(kind: "errors" | "logs"): (core: Core, req: ApiRequest) => ApiReply {
  return (core, req) => {
    const wr = core.store.workRequests.get(req.params[0]!);
    if (!wr) throw notFound("work request");
    const by = req.query.get("sortBy") ?? "timestamp";
    if (by !== "timestamp") throw invalid("sortBy must be timestamp");
    const { offset, limit } = pageParams(req);
    const entries = wr[kind].map((e) => ({ ...e, timestamp: new Date(e.timestamp).toISOString() }));
    if (sortOrder(req, "ASC") === "DESC") entries.reverse();
    return listReply(paginate(entries, offset, limit), { workRequestId: wr.id });
  };
}

export const listWorkRequestErrors = workRequestEntries("errors");
export const listWorkRequestLogs = workRequestEntries("logs");
