/**
 * Test double for `KubeHttp`: an in-memory apiserver with the behaviour the controllers rely
 * on (create conflicts, compare-and-swap on resourceVersion, merge patches, delete
 * preconditions, field selectors, watches that replay from a resourceVersion and answer 410
 * once it is compacted away) and a record of every call. For unit tests only.
 */
import { isDeepStrictEqual } from "node:util";
import { ConflictError, ExpiredError, NotFoundError, type ProviderError } from "../errors.ts";
import type { KubeHttp, RequestSpec, WatchEvent } from "./http.ts";

interface Stored {
  metadata?: { name?: string; namespace?: string; uid?: string; resourceVersion?: string } & Record<
    string,
    unknown
  >;
  [field: string]: unknown;
}

/** Where a path points: `/api/v1/namespaces/ns/pods/name/status` -> group api/v1, pods, ns, name, status. */
interface Target {
  readonly group: string;
  readonly resource: string;
  readonly namespace: string | undefined;
  readonly name: string | undefined;
  readonly subresource: string | undefined;
}

function parse(path: string): Target {
  const parts = path.split("/").filter(Boolean);
  const groupLength = parts[0] === "api" ? 2 : 3;
  const group = parts.slice(0, groupLength).join("/");
  const rest = parts.slice(groupLength);
  if (rest[0] === "namespaces" && rest.length >= 3) {
    return { group, namespace: rest[1], resource: rest[2] ?? "", name: rest[3], subresource: rest[4] };
  }
  return { group, namespace: undefined, resource: rest[0] ?? "", name: rest[1], subresource: rest[2] };
}

function keyOf(group: string, resource: string, namespace: string | undefined, name: string): string {
  return `${group}|${resource}|${namespace ?? ""}|${name}`;
}

/** `{ [key]: value }` when the object has that key, else `{}`. */
function pick(object: object | undefined, key: string): Record<string, unknown> {
  return object && key in object ? { [key]: (object as Record<string, unknown>)[key] } : {};
}

/** RFC 7386 merge patch (also used for strategic-merge patches: lists are replaced whole). */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const base: Record<string, unknown> =
    typeof target === "object" && target !== null && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete base[key];
    else base[key] = mergePatch(base[key], value);
  }
  return base;
}

function field(object: unknown, dotted: string): unknown {
  let value: unknown = object;
  for (const part of dotted.split(".")) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

/** `a.b=x,c=y` field selectors and `k=v` label selectors, equality terms only. */
function matches(object: Stored, query: RequestSpec["query"]): boolean {
  const fieldSelector = query?.fieldSelector;
  if (typeof fieldSelector === "string" && fieldSelector) {
    for (const term of fieldSelector.split(",")) {
      const [path = "", value = ""] = term.split("=");
      if (String(field(object, path) ?? "") !== value) return false;
    }
  }
  const labelSelector = query?.labelSelector;
  if (typeof labelSelector === "string" && labelSelector) {
    const labels = (object.metadata?.labels ?? {}) as Record<string, string>;
    for (const term of labelSelector.split(",")) {
      const [key = "", value = ""] = term.split("=");
      if (labels[key] !== value) return false;
    }
  }
  return true;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly query: RequestSpec["query"];
}

interface LoggedEvent {
  readonly rv: number;
  readonly type: "ADDED" | "MODIFIED" | "DELETED";
  readonly key: string;
  readonly object: Stored;
}

interface OpenWatch {
  readonly target: Target;
  readonly query: RequestSpec["query"];
  readonly onEvent: (event: WatchEvent<unknown>) => void;
  readonly end: (error?: unknown) => void;
}

type Failure = (request: RecordedRequest) => ProviderError | undefined;

export class FakeKube {
  private readonly objects = new Map<string, Stored>();
  private readonly log: LoggedEvent[] = [];
  private readonly watches = new Set<OpenWatch>();
  private readonly failures: Failure[] = [];
  private revision = 100;
  private uids = 0;
  /** Watches from a resourceVersion below this answer 410 Gone. */
  private compactedBelow = 0;
  /** Watch events held back by holdWatches. */
  private held: (() => void)[] | undefined;
  /** Every request and watch in order (watches with method WATCH and `{ stallMs }` as body). */
  readonly requests: RecordedRequest[] = [];

  /** This fake where a `KubeHttp` is expected. */
  get http(): KubeHttp {
    return this as unknown as KubeHttp;
  }

  /** Requests whose method and path match (path as a prefix when it ends with `*`). */
  calls(method: string, path?: string): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.method === method &&
        (path === undefined || (path.endsWith("*") ? r.path.startsWith(path.slice(0, -1)) : r.path === path)),
    );
  }

  /** Makes matching requests fail: `failure` returns the error to throw, or undefined to let one pass. */
  failWhen(failure: Failure): () => void {
    this.failures.push(failure);
    return () => this.failures.splice(this.failures.indexOf(failure), 1);
  }

  /** Fails the next `times` requests with this method and path with `error`. */
  failNext(method: string, path: string, error: ProviderError, times = 1): void {
    let left = times;
    const remove = this.failWhen((r) => {
      if (r.method !== method || r.path !== path || left <= 0) return undefined;
      if (--left === 0) remove();
      return error;
    });
  }

  get currentResourceVersion(): string {
    return String(this.revision);
  }

  /** Forgets the event history: watches from an older resourceVersion get 410. */
  compact(): void {
    this.compactedBelow = this.revision;
    this.log.length = 0;
  }

  /** Ends every open watch, cleanly or with `error` (as a dropped connection would). */
  endWatches(error?: unknown): void {
    for (const watch of [...this.watches]) watch.end(error);
  }

  get openWatches(): number {
    return this.watches.size;
  }

  /** The stored object at `path`, or undefined. */
  get<T = Stored>(path: string): T | undefined {
    const t = parse(path);
    return this.objects.get(keyOf(t.group, t.resource, t.namespace, t.name ?? "")) as T | undefined;
  }

  /** Stores an object directly (as another client would), emitting watch events. */
  put<T>(collectionPath: string, object: T): T {
    const t = parse(collectionPath);
    const stored = structuredClone(object) as Stored;
    const name = stored.metadata?.name ?? "";
    const key = keyOf(t.group, t.resource, t.namespace ?? stored.metadata?.namespace, name);
    const current = this.objects.get(key);
    const existed = current !== undefined;
    // Like the apiserver, a write that changes nothing keeps the resourceVersion and sends no event.
    const comparable = (o: Stored): unknown => ({
      ...o,
      metadata: { ...o.metadata, resourceVersion: undefined },
    });
    if (
      current &&
      isDeepStrictEqual(
        comparable(current),
        comparable({
          ...stored,
          metadata: {
            ...stored.metadata,
            uid: current.metadata?.uid,
            ...(t.namespace ? { namespace: t.namespace } : {}),
          },
        }),
      )
    ) {
      return structuredClone(current) as T;
    }
    stored.metadata = {
      ...stored.metadata,
      uid: stored.metadata?.uid ?? `uid-${++this.uids}`,
      resourceVersion: String(++this.revision),
      ...(t.namespace ? { namespace: t.namespace } : {}),
    };
    this.objects.set(key, stored);
    this.emit(existed ? "MODIFIED" : "ADDED", key, stored);
    return structuredClone(stored) as T;
  }

  /** Deletes an object directly (as another client would). */
  remove(path: string): void {
    const t = parse(path);
    const key = keyOf(t.group, t.resource, t.namespace, t.name ?? "");
    const stored = this.objects.get(key);
    if (!stored) return;
    this.objects.delete(key);
    this.revision++;
    this.emit("DELETED", key, {
      ...stored,
      metadata: { ...stored.metadata, resourceVersion: String(this.revision) },
    });
  }

  /**
   * Holds watch events back (as a watch that lags behind the writes) until the returned function
   * is called, which delivers them in order.
   */
  holdWatches(): () => void {
    const held: (() => void)[] = [];
    this.held = held;
    return () => {
      if (this.held === held) this.held = undefined;
      for (const deliver of held) deliver();
    };
  }

  private emit(type: LoggedEvent["type"], key: string, object: Stored): void {
    const event = { rv: this.revision, type, key, object: structuredClone(object) };
    this.log.push(event);
    const watches = [...this.watches];
    const deliver = (): void => {
      for (const watch of watches) this.deliver(watch, event);
    };
    if (this.held) this.held.push(deliver);
    else deliver();
  }

  private deliver(watch: OpenWatch, event: LoggedEvent): void {
    const [group, resource, namespace] = event.key.split("|");
    const t = watch.target;
    if (group !== t.group || resource !== t.resource) return;
    if (t.namespace !== undefined && namespace !== t.namespace) return;
    if (!matches(event.object, watch.query)) return;
    watch.onEvent({ type: event.type, object: structuredClone(event.object) });
  }

  private list(t: Target, query: RequestSpec["query"]): unknown {
    const items = [...this.objects.entries()]
      .filter(([key]) => {
        const [group, resource, namespace] = key.split("|");
        return (
          group === t.group &&
          resource === t.resource &&
          (t.namespace === undefined || namespace === t.namespace)
        );
      })
      .map(([, object]) => object)
      .filter((object) => matches(object, query));
    // Paging: `limit` items per page, `continue` is the offset of the next page.
    const offset = Number(query?.continue ?? 0);
    const limit = Number(query?.limit ?? items.length) || items.length;
    const page = items.slice(offset, offset + limit);
    const next = offset + limit < items.length ? String(offset + limit) : undefined;
    return structuredClone({
      items: page,
      metadata: { resourceVersion: String(this.revision), ...(next ? { continue: next } : {}) },
    });
  }

  async request<T>(method: string, path: string, spec: RequestSpec = {}): Promise<T> {
    const recorded = { method, path, body: structuredClone(spec.body), query: spec.query };
    this.requests.push(recorded);
    await Promise.resolve();
    for (const failure of [...this.failures]) {
      const error = failure(recorded);
      if (error) throw error;
    }
    return this.serve(method, path, spec) as T;
  }

  private serve(method: string, path: string, spec: RequestSpec): unknown {
    const t = parse(path);
    const body = structuredClone(spec.body) as Stored | undefined;
    if (t.name === undefined) {
      if (method === "GET") return this.list(t, spec.query);
      if (method !== "POST" || !body) throw new Error(`fake apiserver: ${method} ${path} is not served`);
      const name = body.metadata?.name ?? "";
      if (this.objects.has(keyOf(t.group, t.resource, t.namespace, name))) {
        throw new ConflictError(`${t.resource} "${name}" already exists`, 409, "AlreadyExists");
      }
      return this.put(path, {
        ...body,
        metadata: { ...body.metadata, creationTimestamp: new Date().toISOString() },
      });
    }
    const key = keyOf(t.group, t.resource, t.namespace, t.name);
    const current = this.objects.get(key);
    if (!current) throw new NotFoundError(`${t.resource} "${t.name}" not found`, 404, "NotFound");
    const collection = path.slice(0, path.lastIndexOf(`/${t.name}`));
    switch (method) {
      case "GET":
        return structuredClone(current);
      case "PUT": {
        const rv = body?.metadata?.resourceVersion;
        if (rv !== undefined && rv !== current.metadata?.resourceVersion) {
          throw new ConflictError(`the object has been modified`, 409, "Conflict");
        }
        return this.put(collection, { ...body, metadata: { ...body?.metadata, uid: current.metadata?.uid } });
      }
      case "PATCH": {
        // The status subresource takes status and metadata (labels, annotations), never spec: the
        // apiserver's pod status strategy resets only spec, deletionTimestamp and ownerReferences.
        const patch =
          t.subresource === "status"
            ? {
                status: (body as Stored).status,
                metadata: {
                  ...pick(body?.metadata, "labels"),
                  ...pick(body?.metadata, "annotations"),
                },
              }
            : body;
        const uid = (body?.metadata as { uid?: string } | undefined)?.uid;
        if (uid !== undefined && uid !== current.metadata?.uid) {
          throw new ConflictError(`uid precondition failed`, 409, "Conflict");
        }
        const next = mergePatch(current, { ...patch, metadata: { ...(patch as Stored).metadata } }) as Stored;
        return this.put(collection.replace(/\/status$/, ""), next);
      }
      case "DELETE": {
        const uid = (body as { preconditions?: { uid?: string } } | undefined)?.preconditions?.uid;
        if (uid !== undefined && uid !== current.metadata?.uid) {
          throw new ConflictError(`uid precondition failed`, 409, "Conflict");
        }
        this.remove(path);
        return { kind: "Status", status: "Success" };
      }
      default:
        throw new Error(`fake apiserver: ${method} ${path} is not served`);
    }
  }

  async watch<T>(
    path: string,
    query: RequestSpec["query"],
    onEvent: (event: WatchEvent<T>) => void,
    options: { signal: AbortSignal; stallMs: number },
  ): Promise<void> {
    const recorded = { method: "WATCH", path, body: { stallMs: options.stallMs }, query };
    this.requests.push(recorded);
    await Promise.resolve();
    for (const failure of [...this.failures]) {
      const error = failure(recorded);
      if (error) throw error;
    }
    const from = Number(query?.resourceVersion ?? 0);
    if (from < this.compactedBelow) throw new ExpiredError("too old resource version", 410, "Expired");
    const target = parse(path);
    await new Promise<void>((resolve, reject) => {
      const watch: OpenWatch = {
        target,
        query,
        onEvent: onEvent as (event: WatchEvent<unknown>) => void,
        end: (error) => {
          this.watches.delete(watch);
          options.signal.removeEventListener("abort", abort);
          if (error && !options.signal.aborted) reject(error);
          else resolve();
        },
      };
      const abort = (): void => watch.end();
      if (options.signal.aborted) return resolve();
      options.signal.addEventListener("abort", abort, { once: true });
      // Replay what happened since `from`, then stay open for new events.
      for (const event of this.log) if (event.rv > from) this.deliver(watch, event);
      this.watches.add(watch);
    });
  }
}
