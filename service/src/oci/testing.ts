/**
 * Test double for the OCI SDK clients the provider uses (`OciClients`): an in-memory
 * Container Instances service with opc-retry-token idempotence, paged List calls, lifecycle
 * states the test moves on explicitly, a record of every call, and injectable failures in the
 * SDK's own shape (an error with `statusCode` and `serviceCode`). For unit tests only.
 */
import { Readable } from "node:stream";
import type { models } from "oci-containerinstances";
import { E4_FLEX } from "./translate/testing.ts";
import type { OciClients } from "./clients.ts";

/** What the SDK throws for a failed call (the fields `fromOciError` reads). */
export class FakeOciError extends Error {
  readonly statusCode: number;
  readonly serviceCode: string;
  constructor(statusCode: number, serviceCode: string, message = serviceCode) {
    super(message);
    this.statusCode = statusCode;
    this.serviceCode = serviceCode;
  }
}

export interface FakeInstance {
  id: string;
  displayName: string;
  lifecycleState: string;
  lifecycleDetails?: string;
  freeformTags: Record<string, string>;
  timeCreated: Date;
  timeUpdated: Date;
  containers: FakeContainer[];
  vnicId: string;
  privateIp: string;
  /** What the create call asked for (undefined for instances put there by the test). */
  details?: models.CreateContainerInstanceDetails;
}

export interface FakeContainer {
  id: string;
  displayName: string;
  lifecycleState: string;
  lifecycleDetails?: string;
  exitCode?: number;
  /** containerRestartAttemptCount in GetContainer (not in the List summary, as in OCI). */
  restarts?: number;
  timeCreated: Date;
  timeUpdated: Date;
}

export interface FakeCall {
  readonly operation: string;
  readonly request: Record<string, unknown>;
}

type Injected = (call: FakeCall) => unknown;

export class FakeOci {
  readonly instances = new Map<string, FakeInstance>();
  readonly calls: FakeCall[] = [];
  /** opc-retry-token -> instance it created (OCI keeps them for 24 hours). */
  private readonly tokens = new Map<string, { instanceId: string; body: string }>();
  private readonly injected: Injected[] = [];
  private next = 0;
  shapes: models.ContainerInstanceShapeSummary[] = [E4_FLEX];
  /** Items per List page (OCI pages at `limit`; a small value here exercises paging). */
  pageSize = 1000;
  /** What RetrieveLogs answers, by container OCID: the current run and the one before. */
  readonly logs = new Map<string, { current: string; previous?: string }>();
  /** Monitoring datapoints by metric name (CpuUsed, MemoryUsed, EphemeralStorageUsed). */
  readonly metrics = new Map<
    string,
    { resourceId: string; points: { timestamp: Date; value: number }[] }[]
  >();
  /** Instances List calls do not show yet (OCI's lists are eventually consistent). */
  readonly hiddenFromList = new Set<string>();
  /** What GetSubnet answers as the pod subnet's CIDR. */
  subnetCidr = "10.0.10.0/24";
  /** Addresses held in the subnet by VNICs that are not instances of this fake (a create asking for one gets 409 Conflict). */
  readonly foreignIps = new Set<string>();
  /** Operations whose next call is carried out but answered 503 (the response is lost). */
  private readonly lose = new Map<string, number>();

  /** This fake where the provider expects its SDK clients. */
  get clients(): OciClients {
    return {
      containerInstances: this.containerInstances as never,
      virtualNetwork: this.virtualNetwork as never,
      monitoring: this.monitoring as never,
      close: () => {},
    };
  }

  count(operation: string): number {
    return this.calls.filter((c) => c.operation === operation).length;
  }

  /** Makes calls fail: `fault` returns the error to throw, or undefined to let the call through. */
  inject(fault: Injected): () => void {
    this.injected.push(fault);
    return () => this.injected.splice(this.injected.indexOf(fault), 1);
  }

  /** Fails the next `times` calls of `operation` with `error`. */
  failNext(operation: string, error: unknown, times = 1): void {
    let left = times;
    const remove = this.inject((call) => {
      if (call.operation !== operation || left <= 0) return undefined;
      if (--left === 0) remove();
      return error;
    });
  }

  /** Carries out the next `times` calls of `operation`, then answers each with 503 as if the response was lost. */
  loseResponse(operation: string, times = 1): void {
    this.lose.set(operation, (this.lose.get(operation) ?? 0) + times);
  }

  /** An instance made outside this test's provider (another replica, an earlier run, a person). */
  add(tags: Record<string, string>, state = "ACTIVE", containers = ["app"]): FakeInstance {
    const n = ++this.next;
    const now = new Date();
    const instance: FakeInstance = {
      id: `ocid1.computecontainerinstance.oc1..i${n}`,
      displayName: `instance-${n}`,
      lifecycleState: state,
      freeformTags: { ...tags },
      timeCreated: now,
      timeUpdated: now,
      containers: containers.map((name, i) => ({
        id: `ocid1.computecontainer.oc1..c${n}-${i}`,
        displayName: name,
        lifecycleState: state === "CREATING" ? "CREATING" : state,
        timeCreated: now,
        timeUpdated: now,
      })),
      vnicId: `ocid1.vnic.oc1..v${n}`,
      privateIp: `10.0.10.${n}`,
    };
    this.instances.set(instance.id, instance);
    return instance;
  }

  /** Moves an instance (and its containers, unless given) to a new lifecycle state. */
  setState(id: string, state: string, containerState = state, exitCode?: number): void {
    const instance = this.instances.get(id);
    if (!instance) throw new Error(`no instance ${id}`);
    const now = new Date(Math.max(Date.now(), instance.timeUpdated.getTime() + 1));
    instance.lifecycleState = state;
    instance.timeUpdated = now;
    for (const container of instance.containers) {
      container.lifecycleState = containerState;
      container.timeUpdated = now;
      if (exitCode !== undefined) container.exitCode = exitCode;
    }
  }

  /** Changes an instance's first container as OCI would (its timeUpdated moves on). */
  updateContainer(id: string, change: Partial<Omit<FakeContainer, "id" | "timeUpdated">>): void {
    const instance = this.instances.get(id);
    const container = instance?.containers[0];
    if (!container) throw new Error(`no container in instance ${id}`);
    Object.assign(container, change);
    container.timeUpdated = new Date(Math.max(Date.now(), container.timeUpdated.getTime() + 1));
  }

  /** OCI stops listing a deleted instance some time after it reached DELETED. */
  purge(id: string): void {
    this.instances.delete(id);
  }

  private async call<T>(operation: string, request: Record<string, unknown>, serve: () => T): Promise<T> {
    const call = { operation, request };
    this.calls.push(call);
    await Promise.resolve();
    for (const fault of [...this.injected]) {
      const error = fault(call);
      if (error) throw error;
    }
    const result = serve();
    const lost = this.lose.get(operation) ?? 0;
    if (lost > 0) {
      this.lose.set(operation, lost - 1);
      throw new FakeOciError(503, "ServiceUnavailable", "response lost");
    }
    return result;
  }

  private page<T>(items: T[], page: unknown): { items: T[]; opcNextPage?: string } {
    const offset = Number(page ?? 0);
    const next = offset + this.pageSize < items.length ? String(offset + this.pageSize) : undefined;
    return { items: items.slice(offset, offset + this.pageSize), ...(next ? { opcNextPage: next } : {}) };
  }

  private find(id: unknown): FakeInstance {
    const instance = this.instances.get(String(id));
    if (!instance) throw new FakeOciError(404, "NotAuthorizedOrNotFound", `instance ${String(id)} not found`);
    return instance;
  }

  private findContainer(id: unknown): { instance: FakeInstance; container: FakeContainer } {
    for (const instance of this.instances.values()) {
      const container = instance.containers.find((c) => c.id === id);
      if (container) return { instance, container };
    }
    throw new FakeOciError(404, "NotAuthorizedOrNotFound", `container ${String(id)} not found`);
  }

  readonly containerInstances = {
    listContainerInstanceShapes: (request: Record<string, unknown>) =>
      this.call("ListContainerInstanceShapes", request, () => {
        const { items, opcNextPage } = this.page(this.shapes, request.page);
        return { containerInstanceShapeCollection: { items }, opcNextPage };
      }),

    createContainerInstance: (request: {
      createContainerInstanceDetails: models.CreateContainerInstanceDetails;
      opcRetryToken?: string;
    }) =>
      this.call("CreateContainerInstance", request, () => {
        const details = request.createContainerInstanceDetails;
        const body = JSON.stringify(details);
        const token = request.opcRetryToken;
        const earlier = token === undefined ? undefined : this.tokens.get(token);
        if (earlier) {
          // The same token with another body is refused; with the same body it answers the first instance.
          if (earlier.body !== body)
            throw new FakeOciError(409, "IdempotencyException", "retry token reused");
          const instance = this.instances.get(earlier.instanceId);
          if (instance) return { containerInstance: this.full(instance) };
        }
        const privateIp = details.vnics[0]?.privateIp;
        const holders = [...this.instances.values()].filter(
          (i) => i.privateIp === privateIp && i.lifecycleState !== "DELETED",
        );
        if (privateIp !== undefined && (this.foreignIps.has(privateIp) || holders.length > 0))
          throw new FakeOciError(409, "Conflict", `IP address ${privateIp} is already in use.`);
        const instance = this.add(
          details.freeformTags ?? {},
          "CREATING",
          details.containers.map((c) => c.displayName ?? ""),
        );
        instance.displayName = details.displayName ?? instance.displayName;
        instance.details = details;
        if (privateIp !== undefined) instance.privateIp = privateIp;
        if (token !== undefined) this.tokens.set(token, { instanceId: instance.id, body });
        return { containerInstance: this.full(instance) };
      }),

    deleteContainerInstance: (request: { containerInstanceId: string }) =>
      this.call("DeleteContainerInstance", request, () => {
        const instance = this.find(request.containerInstanceId);
        if (instance.lifecycleState === "DELETED") {
          throw new FakeOciError(404, "NotAuthorizedOrNotFound", "instance deleted");
        }
        this.setState(instance.id, "DELETING");
        return {};
      }),

    listContainerInstances: (request: Record<string, unknown>) =>
      this.call("ListContainerInstances", request, () => {
        const listed = [...this.instances.values()].filter((i) => !this.hiddenFromList.has(i.id));
        const summaries = listed.map((i) => ({
          id: i.id,
          displayName: i.displayName,
          lifecycleState: i.lifecycleState,
          freeformTags: { ...i.freeformTags },
          timeCreated: i.timeCreated,
          timeUpdated: i.timeUpdated,
        }));
        const { items, opcNextPage } = this.page(summaries, request.page);
        return { containerInstanceCollection: { items }, opcNextPage };
      }),

    listContainers: (request: Record<string, unknown>) =>
      this.call("ListContainers", request, () => {
        const listed = [...this.instances.values()].filter((i) => !this.hiddenFromList.has(i.id));
        const summaries = listed.flatMap((i) =>
          i.containers.map((c) => ({
            id: c.id,
            displayName: c.displayName,
            containerInstanceId: i.id,
            lifecycleState: c.lifecycleState,
            ...(c.lifecycleDetails === undefined ? {} : { lifecycleDetails: c.lifecycleDetails }),
            timeCreated: c.timeCreated,
            timeUpdated: c.timeUpdated,
          })),
        );
        const { items, opcNextPage } = this.page(summaries, request.page);
        return { containerCollection: { items }, opcNextPage };
      }),

    getContainerInstance: (request: { containerInstanceId: string }) =>
      this.call("GetContainerInstance", request, () => ({
        containerInstance: this.full(this.find(request.containerInstanceId)),
      })),

    retrieveLogs: (request: { containerId: string; isPrevious?: boolean }) =>
      this.call("RetrieveLogs", request, () => {
        this.findContainer(request.containerId);
        const logs = this.logs.get(request.containerId);
        const text = request.isPrevious ? logs?.previous : logs?.current;
        if (text === undefined)
          throw new FakeOciError(404, "NotAuthorizedOrNotFound", "no logs for that run");
        return { value: Readable.from([Buffer.from(text)]) };
      }),

    getContainer: (request: { containerId: string }) =>
      this.call("GetContainer", request, () => {
        const { instance, container } = this.findContainer(request.containerId);
        return {
          container: {
            id: container.id,
            displayName: container.displayName,
            containerInstanceId: instance.id,
            lifecycleState: container.lifecycleState,
            ...(container.lifecycleDetails === undefined
              ? {}
              : { lifecycleDetails: container.lifecycleDetails }),
            timeCreated: container.timeCreated,
            timeUpdated: container.timeUpdated,
            ...(container.exitCode === undefined ? {} : { exitCode: container.exitCode }),
            containerRestartAttemptCount: container.restarts ?? 0,
          },
        };
      }),
  };

  readonly monitoring = {
    summarizeMetricsData: (request: { summarizeMetricsDataDetails: { query: string } }) =>
      this.call("SummarizeMetricsData", request, () => {
        const metric = /^(\w+)\[/.exec(request.summarizeMetricsDataDetails.query)?.[1] ?? "";
        return {
          items: (this.metrics.get(metric) ?? []).map((series) => ({
            dimensions: { resourceId: series.resourceId },
            aggregatedDatapoints: series.points,
          })),
        };
      }),
  };

  readonly virtualNetwork = {
    getSubnet: (request: { subnetId: string }) =>
      this.call("GetSubnet", request, () => ({
        subnet: { id: request.subnetId, cidrBlock: this.subnetCidr },
      })),
    getVnic: (request: { vnicId: string }) =>
      this.call("GetVnic", request, () => {
        const instance = [...this.instances.values()].find((i) => i.vnicId === request.vnicId);
        if (!instance) throw new FakeOciError(404, "NotAuthorizedOrNotFound", "vnic not found");
        return { vnic: { id: instance.vnicId, privateIp: instance.privateIp } };
      }),
  };

  private full(instance: FakeInstance): Record<string, unknown> {
    return {
      id: instance.id,
      displayName: instance.displayName,
      lifecycleState: instance.lifecycleState,
      freeformTags: { ...instance.freeformTags },
      timeCreated: instance.timeCreated,
      timeUpdated: instance.timeUpdated,
      containers: instance.containers.map((c) => ({ containerId: c.id, displayName: c.displayName })),
      // As on OCI (and the emulator): the VNIC is attached once provisioning is done.
      vnics: [instance.lifecycleState === "CREATING" ? {} : { vnicId: instance.vnicId }],
    };
  }
}
