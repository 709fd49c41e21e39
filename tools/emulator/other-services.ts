// The two calls the provider makes outside Container Instances: Core GetVnic (the pod IP) and
// Monitoring SummarizeMetricsData (pod stats).
import type { ApiReply, ApiRequest, Core } from "./context.ts";
import { requireCompartment, requireQuery } from "./context.ts";
import { notFound } from "./errors.ts";
import { summarize } from "./metrics.ts";
import { etagOf } from "./render.ts";
import { parseJsonBody } from "./validate.ts";
import { renderVnic } from "./vnic.ts";
import type { ContainerRecord } from "./types.ts";

export function getVnic(core: Core, req: ApiRequest): ApiReply {
  const vnic = core.store.vnics.get(req.params[0]!);
  if (!vnic) throw notFound("VNIC");
  return {
    status: 200,
    json: renderVnic(vnic),
    headers: {
      etag: etagOf({ id: vnic.id, version: ["PROVISIONING", "AVAILABLE"].indexOf(vnic.lifecycleState) }),
    },
    log: { resourceId: vnic.id, privateIp: vnic.privateIp },
  };
}

export function summarizeMetricsData(core: Core, req: ApiRequest): ApiReply {
  const compartmentId = requireQuery(req, "compartmentId");
  requireCompartment(core, compartmentId);
  const body = parseJsonBody(req.body);
  const items = summarize({
    compartmentId,
    body,
    instances: core.store.instances.values(),
    containersOf: (inst) =>
      inst.containerIds.map((id) => core.store.containers.get(id)).filter((c): c is ContainerRecord => !!c),
    now: core.now(),
    lagMs: core.metricsLagMs,
  });
  return { status: 200, json: items, log: { compartmentId, query: body.query, series: items.length } };
}
