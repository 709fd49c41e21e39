// What request handlers share: the state, the engine and the fixed configuration.
import type { IncomingHttpHeaders } from "node:http";
import type { ClusterEndpoint } from "./container-engine.ts";
import type { ControlPlane } from "./control-plane.ts";
import type { Engine } from "./lifecycle.ts";
import type { FaultDecision } from "./faults.ts";
import type { LimitTracker } from "./limits.ts";
import type { Rng } from "./rng.ts";
import type { ScenarioRule } from "./scenarios.ts";
import type { ShapeSummary } from "./shapes.ts";
import type { Store } from "./store.ts";
import type { IpAllocator } from "./vnic.ts";
import { invalid, missing, notFound } from "./errors.ts";
import { decodePage } from "./store.ts";

export interface Core {
  store: Store;
  engine: Engine;
  limits: LimitTracker;
  ips: IpAllocator;
  rng: Rng;
  now: () => number;
  tenancyId: string;
  /** The region identifier, e.g. us-ashburn-1. */
  region: string;
  /** The region key of OCIDs, e.g. iad. */
  regionKey: string;
  availabilityDomains: string[];
  shapes: ShapeSummary[];
  scenarios: ScenarioRule[];
  /** Monitoring publishes datapoints this long after the fact (metrics.ts). */
  metricsLagMs: number;
  /** Identity and Core networking records (control-plane.ts). */
  controlPlane: ControlPlane;
  /** Where Container Engine kubeconfigs point (the test bed's API server), if set. */
  clusterEndpoint?: ClusterEndpoint;
}

export interface ApiRequest {
  method: string;
  /** Decoded path parameters from the route. */
  params: string[];
  query: Map<string, string>;
  headers: IncomingHttpHeaders;
  body: Buffer;
  faults: FaultDecision;
}

export interface ApiReply {
  status: number;
  json?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
  /** Key parameters for the call log. */
  log?: Record<string, unknown>;
}

/** Query parsing like OCI's servers: '+' stays '+', percent-escapes are decoded. */
export function parseQuery(search: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!search) return out;
  for (const part of search.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const k = eq < 0 ? part : part.slice(0, eq);
    const v = eq < 0 ? "" : part.slice(eq + 1);
    try {
      out.set(decodeURIComponent(k), decodeURIComponent(v));
    } catch {
      throw invalid(`Malformed query parameter ${k}`);
    }
  }
  return out;
}

export function requireQuery(req: ApiRequest, name: string): string {
  const v = req.query.get(name);
  if (v === undefined || v === "") throw missing(name);
  return v;
}

export function requireCompartment(core: Core, id: string): void {
  if (!core.store.compartments.has(id)) throw notFound("compartment");
}

export function pageParams(req: ApiRequest): { offset: number; limit: number } {
  const rawLimit = req.query.get("limit");
  const limit = rawLimit === undefined ? 100 : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw invalid("limit must be an integer from 1 to 1000");
  const offset = decodePage(req.query.get("page"));
  if (offset === undefined) throw invalid("Invalid page token");
  return { offset, limit };
}

export function sortOrder(req: ApiRequest, fallback: "ASC" | "DESC"): "ASC" | "DESC" {
  const v = req.query.get("sortOrder") ?? fallback;
  if (v !== "ASC" && v !== "DESC") throw invalid("sortOrder must be ASC or DESC");
  return v;
}

export function listReply<T>(
  page: { items: T[]; nextPage?: string },
  log: Record<string, unknown>,
): ApiReply {
  return {
    status: 200,
    json: { items: page.items },
    headers: page.nextPage ? { "opc-next-page": page.nextPage } : {},
    log: { ...log, returned: page.items.length },
  };
}
