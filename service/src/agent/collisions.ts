/**
 * Service ports that equal a port a pod listens on. The agent cannot bind such a port on its
 * loopback address without taking it from the application's wildcard bind (socket(7)), so it
 * leaves it alone and calls from that pod to that Service port fail. The provider tells the pod's
 * owner with a Warning event `ServicePortCollision`, once per pod and Service: at create, and when
 * a Service appears or changes later.
 */
import type { V1Pod, V1Service } from "@kubernetes/client-node";
import { AGENT_ANNOTATION } from "./names.ts";

export const COLLISION_REASON = "ServicePortCollision";

export interface ServicePortCollision {
  /** `<namespace>/<name>` of the Service. */
  readonly service: string;
  /** The colliding ports, `<port>/<protocol>`, in the Service's order. */
  readonly ports: readonly string[];
}

/** `<port>/<protocol>` of every container port of the pod (all addresses: what the agent avoids). */
export function podPorts(pod: V1Pod): Set<string> {
  return new Set(
    (pod.spec?.containers ?? []).flatMap((c) =>
      (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? "TCP"}`),
    ),
  );
}

/** The collisions of one Service with `ports`; undefined when none (or not a ClusterIP Service). */
export function serviceCollision(
  service: V1Service,
  ports: ReadonlySet<string>,
): ServicePortCollision | undefined {
  const ip = service.spec?.clusterIP;
  if (ports.size === 0 || !ip || ip === "None" || service.spec?.type === "ExternalName") return undefined;
  const hits = (service.spec?.ports ?? [])
    .map((p) => `${p.port}/${p.protocol ?? "TCP"}`)
    .filter((p) => ports.has(p));
  if (hits.length === 0) return undefined;
  return { service: `${service.metadata?.namespace}/${service.metadata?.name}`, ports: hits };
}

export function collisionMessage(collision: ServicePortCollision): string {
  const ports = collision.ports.join(", ");
  return (
    `Service ${collision.service} port ${ports} equals a port this pod listens on: the pod agent ` +
    `does not proxy it (a loopback listener would take the port from the application), so calls ` +
    `from this pod to that Service port fail`
  );
}

/** Remembers what was reported, so that each pod hears about each Service once. */
export class CollisionReporter {
  private readonly reported = new Map<string, Set<string>>();
  private readonly emit: (pod: V1Pod, message: string) => void;

  constructor(emit: (pod: V1Pod, message: string) => void) {
    this.emit = emit;
  }

  /** Checks `pod` (if it has the agent) against `services`, reporting new collisions. */
  check(pod: V1Pod, services: Iterable<V1Service>): void {
    const uid = pod.metadata?.uid;
    if (!uid || pod.metadata?.annotations?.[AGENT_ANNOTATION] === "disabled") return;
    const ports = podPorts(pod);
    if (ports.size === 0) return;
    for (const service of services) {
      const collision = serviceCollision(service, ports);
      if (!collision) continue;
      let seen = this.reported.get(uid);
      if (!seen) this.reported.set(uid, (seen = new Set()));
      if (seen.has(collision.service)) continue;
      seen.add(collision.service);
      this.emit(pod, collisionMessage(collision));
    }
  }

  /** Forgets a pod that is gone. */
  forget(uid: string): void {
    this.reported.delete(uid);
  }

  /** Forgets every pod whose UID is not in `uids` (the pods the node still has). */
  retain(uids: ReadonlySet<string>): void {
    for (const uid of this.reported.keys()) if (!uids.has(uid)) this.reported.delete(uid);
  }
}
