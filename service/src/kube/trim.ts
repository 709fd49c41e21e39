/**
 * What the provider keeps of each pod it caches (issue 18). A pod as the apiserver sends it
 * carries `metadata.managedFields`, often a third of its JSON, which nothing here reads (the
 * status, the translation, the kubelet API and the Downward API never look at it). Strings
 * that thousands of pods share (namespace, node name, image, scheduler, service account,
 * owner kind) are interned, so the cache holds one copy of each instead of one per pod.
 */
import type { V1Container, V1Pod } from "@kubernetes/client-node";

/**
 * One canonical copy of strings that recur across many objects. Bounded: past `limit`
 * distinct strings it forgets all of them and starts over (values stay correct; only the
 * sharing is lost until the table fills again).
 */
export class StringTable {
  private readonly strings = new Map<string, string>();
  private readonly limit: number;

  constructor(limit = 10_000) {
    this.limit = limit;
  }

  intern<S extends string | undefined>(value: S): S {
    if (value === undefined) return value;
    const known = this.strings.get(value);
    if (known !== undefined) return known as S;
    if (this.strings.size >= this.limit) this.strings.clear();
    this.strings.set(value, value);
    return value;
  }

  get size(): number {
    return this.strings.size;
  }
}

function internContainers(
  containers: V1Container[] | undefined,
  table: StringTable,
): V1Container[] | undefined {
  return containers?.map((c) => ({
    ...c,
    image: table.intern(c.image),
    ...(c.imagePullPolicy ? { imagePullPolicy: table.intern(c.imagePullPolicy) } : {}),
    ...(c.terminationMessagePath ? { terminationMessagePath: table.intern(c.terminationMessagePath) } : {}),
  }));
}

/**
 * The pod without `metadata.managedFields`, its common strings interned from `table`.
 * Everything else is kept: the kubelet API's `/pods` and the Downward API show what is left.
 * Pure apart from filling `table`; the input is not modified.
 */
export function trimPod(pod: V1Pod, table: StringTable): V1Pod {
  const { managedFields: _dropped, ...metadata } = pod.metadata ?? {};
  const spec = pod.spec;
  return {
    ...pod,
    metadata: {
      ...metadata,
      namespace: table.intern(metadata.namespace),
      ...(metadata.generateName ? { generateName: table.intern(metadata.generateName) } : {}),
      ...(metadata.ownerReferences
        ? {
            ownerReferences: metadata.ownerReferences.map((o) => ({
              ...o,
              apiVersion: table.intern(o.apiVersion),
              kind: table.intern(o.kind),
              name: table.intern(o.name),
            })),
          }
        : {}),
    },
    ...(spec
      ? {
          spec: {
            ...spec,
            nodeName: table.intern(spec.nodeName),
            schedulerName: table.intern(spec.schedulerName),
            serviceAccountName: table.intern(spec.serviceAccountName),
            ...(spec.serviceAccount ? { serviceAccount: table.intern(spec.serviceAccount) } : {}),
            containers: internContainers(spec.containers, table) ?? [],
            ...(spec.initContainers ? { initContainers: internContainers(spec.initContainers, table) } : {}),
          },
        }
      : {}),
    ...(pod.status?.hostIP ? { status: { ...pod.status, hostIP: table.intern(pod.status.hostIP) } } : {}),
  };
}
