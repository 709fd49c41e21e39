// Container Engine (/20180222) for an enhanced cluster with virtual node pools: creates, updates
// and deletes answer 202 with an opc-work-request-id and no body, as the oci-containerengine
// client expects; the work request succeeds when the resource settles. The kubeconfig points at
// the endpoint the emulator was given (the test bed's API server) or at a placeholder.
import { requireCompartment, requireQuery, type ApiReply, type ApiRequest, type Core } from "./context.ts";
import { renderRecord, type ControlPlaneRecord, type LifecycleNames } from "./control-plane.ts";
import { ID, pick, requireString, retryToken, route, type Route } from "./control-plane-api.ts";
import { invalid, notFound } from "./errors.ts";
import { makeOcid } from "./rng.ts";
import { paginate } from "./store.ts";
import { pageParams } from "./context.ts";
import { isObject, parseJsonBody, type Json } from "./validate.ts";

const V = "/20180222";

/** Clusters and virtual node pools: CREATING → ACTIVE → DELETING → DELETED [oci-containerengine models]. */
export const CONTAINER_ENGINE_STATES: LifecycleNames = {
  creating: "CREATING",
  ready: "ACTIVE",
  deleting: "DELETING",
  deleted: "DELETED",
  failed: "FAILED",
};

/** Where kubeconfigs point: the API server URL and its CA (PEM). */
export interface ClusterEndpoint {
  server: string;
  caPem: string;
}

export interface WorkRequestEntry {
  id: string;
  operationType: string;
  compartmentId: string;
  resourceId: string;
  entityType: string;
  actionType: "CREATED" | "UPDATED" | "DELETED";
  timeAccepted: number;
  timeFinished: number;
  /** Set when a `workRequestFailure` fault hit the request: the work request ends FAILED. */
  error?: { code: string; message: string };
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The 202 of a mutation, with its work request. Under a `workRequestFailure` fault the work request
 * ends FAILED with that error, and a resource it was creating turns FAILED (OCI leaves a failed
 * cluster in FAILED, to be deleted by the user).
 */
function accepted(
  core: Core,
  req: ApiRequest,
  rec: ControlPlaneRecord,
  operationType: string,
  actionType: WorkRequestEntry["actionType"],
): ApiReply {
  const cp = core.controlPlane;
  const now = core.now();
  const wr: WorkRequestEntry = {
    id: makeOcid(core.rng, "clustersworkrequest", core.regionKey),
    operationType,
    compartmentId: rec.compartmentId,
    resourceId: rec.id,
    entityType: rec.kind,
    actionType,
    timeAccepted: now,
    timeFinished: now + cp.transitionMs,
    ...(req.faults.workRequestFailure ? { error: req.faults.workRequestFailure } : {}),
  };
  if (wr.error && actionType === "CREATED") rec.failure = wr.error;
  if (wr.error && actionType === "DELETED") {
    // A failed delete leaves the resource as it was.
    delete rec.deleteRequestedAt;
    delete rec.goneAt;
  }
  cp.workRequests.set(wr.id, wr);
  return {
    status: 202,
    headers: { "opc-work-request-id": wr.id },
    log: { resourceId: rec.id, workRequestId: wr.id },
  };
}

function renderWorkRequest(core: Core, wr: WorkRequestEntry): Json {
  const done = core.now() >= wr.timeFinished;
  const outcome = wr.error ? "FAILED" : "SUCCEEDED";
  return {
    id: wr.id,
    operationType: wr.operationType,
    status: done ? outcome : "IN_PROGRESS",
    compartmentId: wr.compartmentId,
    resources: [
      {
        actionType: done ? (wr.error ? "FAILED" : wr.actionType) : "IN_PROGRESS",
        entityType: wr.entityType,
        identifier: wr.resourceId,
        entityUri: `${V}/${wr.entityType === "cluster" ? "clusters" : "virtualNodePools"}/${wr.resourceId}`,
      },
    ],
    timeAccepted: iso(wr.timeAccepted),
    timeStarted: iso(wr.timeAccepted),
    ...(done ? { timeFinished: iso(wr.timeFinished) } : {}),
  };
}

function createCluster(core: Core, req: ApiRequest): ApiReply {
  const body = parseJsonBody(req.body);
  const compartmentId = requireString(body, "compartmentId");
  requireCompartment(core, compartmentId);
  const cp = core.controlPlane;
  const vcn = cp.live("vcn", requireString(body, "vcnId"), "vcnId");
  const endpointConfig = isObject(body.endpointConfig) ? body.endpointConfig : undefined;
  if (endpointConfig?.subnetId !== undefined)
    cp.live("subnet", endpointConfig.subnetId, "endpointConfig.subnetId");
  for (const nsg of (endpointConfig?.nsgIds as unknown[] | undefined) ?? [])
    cp.live("networkSecurityGroup", nsg, "endpointConfig.nsgIds");
  const type = body.type ?? "BASIC_CLUSTER";
  if (type !== "BASIC_CLUSTER" && type !== "ENHANCED_CLUSTER")
    throw invalid("type must be BASIC_CLUSTER or ENHANCED_CLUSTER.");
  const id = makeOcid(core.rng, "cluster", core.regionKey);
  const host = new URL(core.clusterEndpoint?.server ?? `https://${id.slice(-12)}.cluster.invalid:6443`).host;
  const rec = cp.create(
    "cluster",
    () => id,
    compartmentId,
    {
      ...withTags(body),
      ...pick(body, ["options", "clusterPodNetworkOptions", "imagePolicyConfig", "kmsKeyId"]),
      name: requireString(body, "name"),
      vcnId: vcn.id,
      kubernetesVersion: requireString(body, "kubernetesVersion"),
      type,
      ...(endpointConfig ? { endpointConfig } : {}),
      endpoints:
        endpointConfig?.isPublicIpEnabled === true
          ? { publicEndpoint: host, kubernetes: host }
          : { privateEndpoint: host, kubernetes: host },
      availableKubernetesUpgrades: [],
    },
    CONTAINER_ENGINE_STATES,
    { token: retryToken(req), body: req.body },
  );
  return accepted(core, req, rec, "CLUSTER_CREATE", "CREATED");
}

/**
 * Tags as sent, `{}` when absent; `systemTags` is always `{}`. Without systemTags the provider plans
 * an update of a virtual node pool on every run (system_tags known after apply).
 */
function withTags(body: Json): Json {
  return {
    freeformTags: {},
    definedTags: {},
    systemTags: {},
    ...pick(body, ["freeformTags", "definedTags"]),
  };
}

function renderCluster(core: Core, rec: ControlPlaneRecord): Json {
  const { timeCreated, ...rest } = renderRecord(core.controlPlane, rec);
  return { ...rest, metadata: { timeCreated } };
}

function kubeconfig(core: Core, rec: ControlPlaneRecord): string {
  const server =
    core.clusterEndpoint?.server ?? `https://${(rec.fields.endpoints as Json).kubernetes as string}`;
  const ca = Buffer.from(core.clusterEndpoint?.caPem ?? "").toString("base64");
  // The region identifier, as the OCI CLI takes it (OKE's kubeconfigs name it so).
  const region = core.region;
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    `- name: cluster-${rec.id.slice(-11)}`,
    "  cluster:",
    `    server: ${server}`,
    `    certificate-authority-data: ${ca}`,
    "contexts:",
    `- name: context-${rec.id.slice(-11)}`,
    "  context:",
    `    cluster: cluster-${rec.id.slice(-11)}`,
    `    user: user-${rec.id.slice(-11)}`,
    `current-context: context-${rec.id.slice(-11)}`,
    "users:",
    `- name: user-${rec.id.slice(-11)}`,
    "  user:",
    "    exec:",
    "      apiVersion: client.authentication.k8s.io/v1beta1",
    "      command: oci",
    "      args: [ce, cluster, generate-token, --cluster-id, " + rec.id + ", --region, " + region + "]",
    "",
  ].join("\n");
}

function createVirtualNodePool(core: Core, req: ApiRequest): ApiReply {
  const body = parseJsonBody(req.body);
  const compartmentId = requireString(body, "compartmentId");
  requireCompartment(core, compartmentId);
  const cp = core.controlPlane;
  const cluster = cp.live("cluster", requireString(body, "clusterId"), "clusterId");
  if (cluster.fields.type !== "ENHANCED_CLUSTER")
    throw invalid("Virtual node pools need an ENHANCED_CLUSTER.");
  const placements = body.placementConfigurations;
  if (!Array.isArray(placements) || placements.length === 0)
    throw invalid("placementConfigurations must not be empty.");
  for (const p of placements as Json[]) {
    if (!core.availabilityDomains.includes(p.availabilityDomain as string))
      throw invalid(`Unknown availability domain ${String(p.availabilityDomain)}.`);
    cp.live("subnet", p.subnetId, "placementConfigurations.subnetId");
  }
  if (!isObject(body.podConfiguration)) throw invalid("podConfiguration is required.");
  cp.live("subnet", body.podConfiguration.subnetId, "podConfiguration.subnetId");
  const size = body.size;
  if (typeof size !== "number" || !Number.isInteger(size) || size < 0)
    throw invalid("size must be a non-negative integer.");
  const rec = cp.create(
    "virtualNodePool",
    () => makeOcid(core.rng, "virtualnodepool", core.regionKey),
    compartmentId,
    {
      ...withTags(body),
      ...pick(body, ["initialVirtualNodeLabels", "taints", "nsgIds", "virtualNodeTags"]),
      clusterId: cluster.id,
      displayName: requireString(body, "displayName"),
      kubernetesVersion: cluster.fields.kubernetesVersion,
      size,
      placementConfigurations: placements,
      podConfiguration: body.podConfiguration,
    },
    CONTAINER_ENGINE_STATES,
    { token: retryToken(req), body: req.body },
  );
  return accepted(core, req, rec, "VIRTUALNODEPOOL_CREATE", "CREATED");
}

/** The work request once it has finished, undefined while it runs. @throws 404 when unknown */
function finishedWorkRequest(core: Core, req: ApiRequest): WorkRequestEntry | undefined {
  requireQuery(req, "compartmentId");
  const wr = core.controlPlane.workRequests.get(req.params[0]!);
  if (!wr) throw notFound("work request");
  return core.now() >= wr.timeFinished ? wr : undefined;
}

export const CONTAINER_ENGINE_ROUTES: Route[] = [
  route("POST", `${V}/clusters`, "CreateCluster", createCluster),
  route("GET", `${V}/clusters`, "ListClusters", (core, req) => {
    const compartmentId = requireQuery(req, "compartmentId");
    const all = core.controlPlane.list("cluster", (r) => r.compartmentId === compartmentId);
    const { offset, limit } = pageParams(req);
    const page = paginate(all, offset, limit);
    const headers: Record<string, string> = page.nextPage ? { "opc-next-page": page.nextPage } : {};
    return { status: 200, json: page.items.map((r) => renderCluster(core, r)), headers };
  }),
  route("GET", `${V}/clusters/${ID}`, "GetCluster", (core, req) => {
    const rec = core.controlPlane.get("cluster", req.params[0]!);
    return { status: 200, json: renderCluster(core, rec), headers: { etag: core.controlPlane.etag(rec) } };
  }),
  route("PUT", `${V}/clusters/${ID}`, "UpdateCluster", (core, req) => {
    const cp = core.controlPlane;
    const rec = cp.get("cluster", req.params[0]!);
    cp.checkIfMatch(rec, req.headers["if-match"]);
    cp.update(
      rec,
      pick(parseJsonBody(req.body), [
        "name",
        "kubernetesVersion",
        "options",
        "freeformTags",
        "definedTags",
        "imagePolicyConfig",
        "type",
      ]),
    );
    return accepted(core, req, rec, "CLUSTER_UPDATE", "UPDATED");
  }),
  route("DELETE", `${V}/clusters/${ID}`, "DeleteCluster", (core, req) => {
    const cp = core.controlPlane;
    const rec = cp.get("cluster", req.params[0]!);
    cp.checkIfMatch(rec, req.headers["if-match"]);
    cp.delete(rec);
    return accepted(core, req, rec, "CLUSTER_DELETE", "DELETED");
  }),
  route("POST", `${V}/clusters/${ID}/kubeconfig/content`, "CreateKubeconfig", (core, req) => {
    const rec = core.controlPlane.get("cluster", req.params[0]!);
    if (core.controlPlane.stateOf(rec) !== "ACTIVE") throw notFound("cluster");
    return {
      status: 200,
      raw: Buffer.from(kubeconfig(core, rec)),
      headers: { "content-type": "application/octet-stream" },
    };
  }),
  route("POST", `${V}/virtualNodePools`, "CreateVirtualNodePool", createVirtualNodePool),
  route("GET", `${V}/virtualNodePools/${ID}`, "GetVirtualNodePool", (core, req) => {
    const rec = core.controlPlane.get("virtualNodePool", req.params[0]!);
    return {
      status: 200,
      json: renderRecord(core.controlPlane, rec),
      headers: { etag: core.controlPlane.etag(rec) },
    };
  }),
  route("DELETE", `${V}/virtualNodePools/${ID}`, "DeleteVirtualNodePool", (core, req) => {
    const cp = core.controlPlane;
    const rec = cp.get("virtualNodePool", req.params[0]!);
    cp.delete(rec);
    return accepted(core, req, rec, "VIRTUALNODEPOOL_DELETE", "DELETED");
  }),
  route("GET", `${V}/workRequests/${ID}/errors`, "ListClusterWorkRequestErrors", (core, req) => {
    const wr = finishedWorkRequest(core, req);
    const errors = wr?.error ? [{ ...wr.error, timestamp: iso(wr.timeFinished) }] : [];
    return { status: 200, json: errors };
  }),
  route("GET", `${V}/workRequests/${ID}/logs`, "ListClusterWorkRequestLogs", (core, req) => {
    const wr = core.controlPlane.workRequests.get(req.params[0]!);
    if (!wr) throw notFound("work request");
    const logs = [{ message: `${wr.operationType} accepted`, timestamp: iso(wr.timeAccepted) }];
    const done = finishedWorkRequest(core, req);
    if (done)
      logs.push({
        message: `${wr.operationType} ${done.error ? `failed: ${done.error.message}` : "succeeded"}`,
        timestamp: iso(wr.timeFinished),
      });
    return { status: 200, json: logs };
  }),
  route("GET", `${V}/workRequests/${ID}`, "GetClusterWorkRequest", (core, req) => {
    const wr = core.controlPlane.workRequests.get(req.params[0]!);
    if (!wr) throw notFound("work request");
    const headers: Record<string, string> = core.now() >= wr.timeFinished ? {} : { "retry-after": "1" };
    return { status: 200, json: renderWorkRequest(core, wr), headers };
  }),
];
