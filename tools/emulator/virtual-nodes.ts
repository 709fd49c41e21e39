// Container Engine's virtual nodes (/20180222): ListVirtualNodes and GetVirtualNode of a virtual
// node pool [oci-containerengine client.js, model/virtual-node*.d.ts]. A pool of `size` nodes has
// exactly those nodes, spread round-robin over its placement configurations; they are derived
// from the pool record on every call (no records of their own), so they follow its lifecycle.
// Bookkeeping only: nothing registers as a Kubernetes node.
import { createHash } from "node:crypto";
import { formatCidr, parseCidr } from "../../infra/src/validation.ts";
import { pageParams, sortOrder, type ApiRequest, type Core } from "./context.ts";
import { renderRecord, type ControlPlaneRecord } from "./control-plane.ts";
import { ID, route, type Route } from "./control-plane-api.ts";
import { invalid, notFound } from "./errors.ts";
import { paginate } from "./store.ts";
import type { Json } from "./validate.ts";

const V = "/20180222";

/** The first host of a placement subnet a virtual node takes (the ones before stand for OCI's own). */
const FIRST_HOST = 10;

/**
 * The virtual nodes of a pool, in placement order. Each id is stable (a hash of the pool and the
 * node's index); its private IP is host FIRST_HOST + n of its placement subnet (**ASSUMPTION**:
 * OCI picks any free address of the subnet); the display name is that IP, as OKE names virtual
 * nodes after their address.
 */
export function virtualNodesOf(core: Core, pool: ControlPlaneRecord): Json[] {
  const cp = core.controlPlane;
  const f = pool.fields;
  const placements = (f.placementConfigurations as Json[] | undefined) ?? [];
  const size = typeof f.size === "number" ? f.size : 0;
  const state = cp.stateOf(pool);
  const { timeCreated } = renderRecord(cp, pool);
  const perSubnet = new Map<string, number>();
  const nodes: Json[] = [];
  for (let i = 0; i < size && placements.length > 0; i++) {
    const p = placements[i % placements.length]!;
    const subnetId = p.subnetId as string;
    const n = perSubnet.get(subnetId) ?? 0;
    perSubnet.set(subnetId, n + 1);
    const subnet = cp.records.get(subnetId);
    const block = parseCidr("cidrBlock", (subnet?.fields.cidrBlock as string | undefined) ?? "10.0.0.0/24");
    const privateIp = formatCidr(block.start + FIRST_HOST + n, 32).replace(/\/32$/, "");
    const hash = createHash("sha256").update(`${pool.id}/${i}`).digest("hex").slice(0, 60);
    const faultDomains = (p.faultDomain as string[] | undefined) ?? [];
    nodes.push({
      id: `ocid1.virtualnode.oc1.${core.regionKey}.${hash}`,
      displayName: privateIp,
      kubernetesVersion: f.kubernetesVersion,
      virtualNodePoolId: pool.id,
      availabilityDomain: p.availabilityDomain,
      faultDomain: faultDomains.length > 0 ? faultDomains[n % faultDomains.length] : "FAULT-DOMAIN-1",
      subnetId,
      nsgIds: (f.nsgIds as string[] | undefined) ?? [],
      privateIp,
      lifecycleState: state,
      lifecycleDetails: pool.failure && state === "FAILED" ? pool.failure.message : "",
      timeCreated,
      freeformTags: {},
      definedTags: {},
      systemTags: {},
    });
  }
  return nodes;
}

/** ListVirtualNodes' sortBy values and the field each sorts on. */
const SORT_KEYS: Readonly<Record<string, string | undefined>> = {
  ID: "id",
  NAME: "displayName",
  TIME_CREATED: undefined,
};

function sortNodes(req: ApiRequest, nodes: Json[]): Json[] {
  const by = req.query.get("sortBy") ?? "TIME_CREATED";
  if (!(by in SORT_KEYS)) throw invalid("sortBy must be ID, NAME or TIME_CREATED.");
  const key = SORT_KEYS[by];
  // Every node of a pool shares the pool's timeCreated: that order is the placement order.
  const sorted = key ? [...nodes].sort((a, b) => String(a[key]).localeCompare(String(b[key]))) : nodes;
  return sortOrder(req, "ASC") === "DESC" ? [...sorted].reverse() : sorted;
}

export const VIRTUAL_NODE_ROUTES: Route[] = [
  route("GET", `${V}/virtualNodePools/${ID}/virtualNodes`, "ListVirtualNodes", (core, req) => {
    const pool = core.controlPlane.get("virtualNodePool", req.params[0]!);
    const name = req.query.get("name");
    const nodes = virtualNodesOf(core, pool).filter((n) => name === undefined || n.displayName === name);
    const { offset, limit } = pageParams(req);
    const page = paginate(sortNodes(req, nodes), offset, limit);
    const headers: Record<string, string> = page.nextPage ? { "opc-next-page": page.nextPage } : {};
    return { status: 200, json: page.items, headers, log: { resourceId: pool.id } };
  }),
  route("GET", `${V}/virtualNodePools/${ID}/virtualNodes/${ID}`, "GetVirtualNode", (core, req) => {
    const pool = core.controlPlane.get("virtualNodePool", req.params[0]!);
    const node = virtualNodesOf(core, pool).find((n) => n.id === req.params[1]);
    if (!node) throw notFound("virtual node");
    return {
      status: 200,
      json: node,
      headers: { etag: core.controlPlane.etag(pool) },
      log: { resourceId: node.id },
    };
  }),
];
