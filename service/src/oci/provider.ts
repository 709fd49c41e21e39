/**
 * The OCI Container Instances implementation of the provider boundary. Status comes
 * from paged List calls (instances and containers of this node), and details are
 * fetched only for what changed: no per-pod polling. Instances are found again after a
 * restart by their freeform tags, and never created twice for one pod UID (the
 * opc-retry-token is derived from it). Logs come from RetrieveLogs, usage from Monitoring.
 */
import type { V1Pod } from "@kubernetes/client-node";
import type { models } from "oci-containerinstances";
import { CapacityError, ConflictError, NotFoundError, PermanentError } from "../errors.ts";
import type { ResolvedReferences } from "../kube/references.ts";
import {
  ATTEMPT_ANNOTATION,
  type ContainerRun,
  type DeleteOutcome,
  type InstanceSnapshot,
  type InstanceUsage,
  type PodCreated,
  type PodIdentity,
  type PodProvider,
  type PodRejection,
} from "../provider/types.ts";
import { TokenBucket } from "../util/token-bucket.ts";
import type { OciClients } from "./clients.ts";
import { call } from "./errors.ts";
import { logBytes } from "./logs.ts";
import { PodIpAllocator } from "./pod-ip.ts";
import { instanceUsage } from "./metrics.ts";
import {
  type ListedContainer,
  type ObservedContainer,
  containerOcid,
  instanceSnapshot,
  listedContainer,
  observedContainer,
  timeText,
} from "./snapshot.ts";
import {
  type NodeContext,
  type TranslationDefaults,
  readOwnerTags,
  retryToken,
  translatePod,
  wantsPodIp,
} from "./translate/index.ts";

export interface OciProviderOptions {
  readonly clients: OciClients;
  readonly node: NodeContext;
  readonly defaults: TranslationDefaults;
  /** How often the List calls run. */
  readonly pollIntervalMs: number;
  /**
   * How often they run while an instance of ours is changing state (creating, deleting,
   * details not fetched yet), so a started container shows up as Running quickly; still
   * List pages only, never per-pod calls. @default 500, and never above pollIntervalMs
   */
  readonly busyPollIntervalMs?: number;
  /**
   * Spacing of polls per item the last poll listed (instances plus containers), so polls of thousands of
   * instances take a bounded share of the CPU. @default POLL_SPACING_MS_PER_ITEM (0.05 ms)
   */
  readonly pollSpacingMsPerItem?: number;
  /** Client-side limit for one OCI operation (e.g. `CreateContainerInstance`). @default 50/s, burst 100 */
  readonly rateLimitFor?: (operation: string) => { readonly qps: number; readonly burst: number };
  /** Whether mutating calls may be made now (the leader gate); checked before each one. */
  readonly isLeader?: () => boolean;
  readonly observe?: (operation: string, status: number) => void;
  readonly log?: (message: string, fields?: Record<string, unknown>) => void;
  /**
   * Choose the VNIC address of pods whose env names `status.podIP`/`status.podIPs` (./pod-ip.ts), and
   * with `everyPod` of every pod: its IP is then known from the create (and tagged on the instance), so
   * GetContainerInstance and GetVnic are not needed, 2 of the 5 OCI calls a pod otherwise costs. When no
   * address can be chosen for a pod that does not read its IP, OCI chooses one.
   * `subnetCidr` is the pod subnet's IPv4 CIDR; unset, it is read with GetSubnet at start (IAM
   * `read subnets`; when that fails, choosing is off and the log says why).
   * @default - off: pods that read status.podIP are refused with a clear message
   */
  readonly podIp?: { readonly subnetCidr?: string | undefined; readonly everyPod?: boolean };
  /** Clock in ms for how long addresses OCI refused are skipped. @default Date.now */
  readonly now?: () => number;
}

/** Addresses tried per create when OCI answers 409 Conflict (held by a VNIC that is not ours). */
export const MAX_POD_IP_CONFLICTS = 5;

interface Entry {
  identity: PodIdentity;
  instanceId: string;
  lifecycleState: string;
  lifecycleDetails: string | undefined;
  timeCreated: string | undefined;
  timeUpdated: string | undefined;
  containerIds: readonly string[] | undefined;
  containers: Map<string, ObservedContainer>;
  containerVersions: Map<string, string>;
  /** List summaries of containers that changed since details were last fetched (see summaryEnough). */
  listedContainers: Map<string, ListedContainer> | undefined;
  /**
   * Created by this provider with no container health checks, so a first start can be read from
   * List summaries (see summaryEnough). False for instances found by List (a restart, a failover).
   */
  withoutHealthChecks: boolean;
  podIp: string | undefined;
  /** The address this provider chose for the VNIC (the okevn-pod-ip tag); the pod IP once ACTIVE. */
  chosenIp: string | undefined;
  vnicId: string | undefined;
  snapshot: InstanceSnapshot;
  /** Not yet seen in a List (just created): don't treat its absence as gone. */
  createdAt: number;
  /** Changed in a List since its details were last fetched. */
  stale: boolean;
}

/**
 * Whether a container's List summary says all its snapshot needs, so that GetContainer (a signed
 * call and a round trip before the pod can be Running) is skipped: true for a first start. The
 * container is CREATING or ACTIVE with no lifecycleDetails (where OCI says a run ended and when it
 * restarts), it was not seen past CREATING before, and the instance was created here without
 * health checks (their status is only in GetContainer). What a summary lacks (exitCode,
 * timeTerminated, the restart count) belongs to a run that ended; a run that ends changes the
 * summary, and the container is then fetched (it was seen past CREATING). Limit: a container
 * that exited and restarted between two polls before it was first seen running reports 0
 * restarts until its next change (docs/pod-status.md).
 */
function summaryEnough(
  entry: Entry,
  listed: ListedContainer,
  before: ObservedContainer | undefined,
): boolean {
  if (!entry.withoutHealthChecks || listed.lifecycleDetails) return false;
  if (listed.lifecycleState !== "ACTIVE" && listed.lifecycleState !== "CREATING") return false;
  return before === undefined || before.lifecycleState === "CREATING";
}

/** What both a ContainerInstance and its List summary carry. */
interface InstanceLike {
  readonly id: string;
  readonly lifecycleState: string;
  readonly lifecycleDetails?: string;
  readonly freeformTags?: { [key: string]: string };
  readonly timeCreated: Date | string;
  readonly timeUpdated?: Date | string;
  readonly containers?: readonly { readonly containerId: string }[];
  readonly vnics?: readonly { readonly vnicId?: string }[];
}

const snapshotOf = (entry: Omit<Entry, "snapshot">): InstanceSnapshot =>
  instanceSnapshot({ ...entry, containers: entry.containers.values() });

/** How long a just-created instance may be missing from List results (eventual consistency). */
const LIST_LAG_GRACE_MS = 15_000;
const DEFAULT_RATE_LIMIT = { qps: 50, burst: 100 };
/** The least time between the end of one status poll and the start of the next. */
const MIN_POLL_GAP_MS = 100;
/**
 * Poll spacing per item the last poll listed (instances plus containers): the SDK parses a List item in
 * about 10 µs of CPU (1,000 instances: 8 ms for ListContainerInstances, 11 ms for ListContainers, measured
 * against the emulator), so 0.05 ms keeps polls to a fifth of one core. It matters only past ~5,000 pods:
 * at 10,000 the busy interval becomes 1 s instead of 0.5 s, which left a third of the CPU to polling.
 */
export const POLL_SPACING_MS_PER_ITEM = 0.05;
const GONE_STATES = new Set(["DELETED"]);

export class LeadershipLostError extends Error {
  override name = "LeadershipLostError";
}

export class OciProvider implements PodProvider {
  private readonly options: OciProviderOptions;
  private readonly entries = new Map<string, Entry>();
  private readonly byInstance = new Map<string, string>();
  private readonly buckets = new Map<object, TokenBucket>();
  private shapes: models.ContainerInstanceShapeSummary[] = [];
  private listener: (uid: string, snapshot: InstanceSnapshot | undefined) => void = () => {};
  private timer: NodeJS.Timeout | undefined;
  /** When the armed timer fires (performance.now()), or undefined while a poll runs. */
  private timerAt: number | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;
  /** Set when choosing pod IPs is on and the subnet's CIDR is known. */
  private podIps: PodIpAllocator | undefined;
  private podIpUnknownBecause = "choosing pod IPs is turned off (oci.podIp.choose)";
  /** Pod UID → the address chosen for its instance; kept across retries so a retried create is the same request. */
  private readonly chosenIps = new Map<string, string>();
  /**
   * Address → the pod UID whose instance holds it (chosen, tagged or read with GetVnic): kept as entries
   * come and go, because rebuilding it for each choice would cost O(pods) per create.
   */
  private readonly heldIps = new Map<string, string>();
  /** Items (instances and containers) the last poll's List pages held. */
  private listedItems = 0;
  /** Set when OCI refused a chosen address as invalid: `everyPod` is off from then on (see createInstance). */
  private everyPodOff = false;

  constructor(options: OciProviderOptions) {
    this.options = options;
  }

  private async oci<T>(operation: string, fn: () => Promise<T>, mutating = false): Promise<T> {
    if (mutating && this.options.isLeader && !this.options.isLeader()) {
      throw new LeadershipLostError(`${operation} refused: this replica is not the leader`);
    }
    // Operations that share a limit object share one bucket (e.g. all List calls).
    const limit = this.options.rateLimitFor?.(operation) ?? DEFAULT_RATE_LIMIT;
    let bucket = this.buckets.get(limit);
    if (!bucket) {
      bucket = new TokenBucket(limit.qps, limit.burst);
      this.buckets.set(limit, bucket);
    }
    await bucket.take();
    // Leadership may have been lost while waiting for a token.
    if (mutating && this.options.isLeader && !this.options.isLeader()) {
      throw new LeadershipLostError(`${operation} refused: this replica is not the leader`);
    }
    return call(operation, fn, this.options.observe);
  }

  private get ci(): OciClients["containerInstances"] {
    return this.options.clients.containerInstances;
  }

  async start(): Promise<void> {
    const { compartmentId, availabilityDomain } = this.options.node;
    const shapes: models.ContainerInstanceShapeSummary[] = [];
    let page: string | undefined;
    do {
      const res = await this.oci("ListContainerInstanceShapes", () =>
        this.ci.listContainerInstanceShapes({ compartmentId, availabilityDomain, ...(page ? { page } : {}) }),
      );
      shapes.push(...res.containerInstanceShapeCollection.items);
      page = res.opcNextPage;
    } while (page);
    this.shapes = shapes;
    await this.preparePodIps();
    await this.poll();
    this.schedulePoll(this.nextPollDelay());
  }

  /** How long polls are spaced at least, from what the last one listed. */
  private get pollSpacingMs(): number {
    return this.listedItems * (this.options.pollSpacingMsPerItem ?? POLL_SPACING_MS_PER_ITEM);
  }

  private get busyPollIntervalMs(): number {
    return Math.max(
      Math.min(this.options.busyPollIntervalMs ?? 500, this.options.pollIntervalMs),
      this.pollSpacingMs,
    );
  }

  /** Short while any instance of ours is in transition, else the normal interval. */
  private nextPollDelay(): number {
    for (const entry of this.entries.values()) {
      if (entry.stale || entry.lifecycleState === "CREATING" || entry.lifecycleState === "DELETING")
        return this.busyPollIntervalMs;
    }
    return Math.max(this.options.pollIntervalMs, this.pollSpacingMs);
  }

  private schedulePoll(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timerAt = performance.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timerAt = undefined;
      const started = performance.now();
      this.polling = this.poll()
        .catch((error: unknown) => this.options.log?.("status poll failed", { error: String(error) }))
        // Polls start once per interval (the time a poll took counts), with a short gap between them.
        .finally(() =>
          this.schedulePoll(Math.max(MIN_POLL_GAP_MS, this.nextPollDelay() - (performance.now() - started))),
        );
    }, delayMs);
  }

  /** An instance just started changing state: make sure the next poll comes soon. */
  private pollSoon(): void {
    const soon = performance.now() + this.busyPollIntervalMs;
    // While a poll runs (timerAt undefined) the next one is scheduled when it ends.
    if (this.timerAt !== undefined && this.timerAt > soon) this.schedulePoll(this.busyPollIntervalMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.polling;
  }

  onInstanceChange(listener: (uid: string, snapshot: InstanceSnapshot | undefined) => void): void {
    this.listener = listener;
  }

  getInstance(uid: string): InstanceSnapshot | undefined {
    return this.entries.get(uid)?.snapshot;
  }

  listInstances(): readonly InstanceSnapshot[] {
    return [...this.entries.values()].map((e) => e.snapshot);
  }

  async containerLogs(containerID: string, run: ContainerRun): Promise<Buffer> {
    const containerId = containerOcid(containerID);
    if (!containerId) throw new NotFoundError(`${containerID} is not an OCI container`, 404);
    const res = await this.oci("RetrieveLogs", () =>
      this.ci.retrieveLogs({ containerId, ...(run === "previous" ? { isPrevious: true } : {}) }),
    );
    return logBytes(res.value);
  }

  resourceUsage(): Promise<ReadonlyMap<string, InstanceUsage>> {
    const { compartmentId, availabilityDomain } = this.options.node;
    return instanceUsage(
      this.options.clients.monitoring,
      { compartmentId, availabilityDomain },
      (operation, fn) => this.oci(operation, fn),
    );
  }

  /** Learns the pod subnet's CIDR when choosing pod IPs is on; never fails the start. */
  private async preparePodIps(): Promise<void> {
    const choice = this.options.podIp;
    if (!choice) return;
    const subnetId = this.options.node.subnetId;
    try {
      const cidr =
        choice.subnetCidr ??
        (await this.oci("GetSubnet", () => this.options.clients.virtualNetwork.getSubnet({ subnetId })))
          .subnet.cidrBlock;
      if (!cidr) throw new Error(`subnet ${subnetId} has no IPv4 CIDR block`);
      this.podIps = new PodIpAllocator(cidr, this.options.now, this.options.node.nodeName);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.podIpUnknownBecause = `the pod subnet's CIDR is unknown (${message}); set oci.podIp.subnetCidr or allow the provider to read subnets`;
      this.options.log?.("choosing pod IPs is off", { subnetId, error: message });
    }
  }

  private holdIp(uid: string, ip: string): void {
    this.heldIps.set(ip, uid);
  }

  private releaseIp(uid: string, ip: string | undefined): void {
    if (ip !== undefined && this.heldIps.get(ip) === uid) this.heldIps.delete(ip);
  }

  private forgetChosenIp(uid: string): void {
    this.releaseIp(uid, this.chosenIps.get(uid));
    this.chosenIps.delete(uid);
  }

  async createInstance(pod: V1Pod, references: ResolvedReferences): Promise<PodCreated | PodRejection> {
    const uid = pod.metadata?.uid ?? "";
    const existing = this.entries.get(uid);
    if (existing && !GONE_STATES.has(existing.lifecycleState)) {
      return { kind: "created", instanceId: existing.instanceId, annotations: {}, warnings: [] };
    }
    const needsIp = wantsPodIp(pod);
    // Only a pod that reads its IP must have a chosen one; for the others OCI may choose.
    let podIps = needsIp || (this.options.podIp?.everyPod && !this.everyPodOff) ? this.podIps : undefined;
    for (let conflicts = 0; ; conflicts++) {
      const podIp = podIps ? (this.chosenIps.get(uid) ?? podIps.choose(this.heldIps)) : undefined;
      if (podIps && podIp === undefined) {
        if (needsIp)
          throw new CapacityError(`no free address left to choose in the pod subnet ${podIps.cidr}`, 0, "");
        podIps = undefined;
      }
      const result = translatePod({
        pod,
        node: this.options.node,
        shapes: this.shapes,
        references,
        defaults: this.options.defaults,
        ...(podIp ? { podIp } : { podIpUnknownBecause: this.podIpUnknownBecause }),
      });
      if (!result.ok) return { kind: "rejected", problems: result.problems, warnings: result.warnings };
      if (podIp) {
        this.chosenIps.set(uid, podIp);
        this.holdIp(uid, podIp);
      }
      const attempt = Number(pod.metadata?.annotations?.[ATTEMPT_ANNOTATION] ?? 0);
      try {
        const res = await this.oci(
          "CreateContainerInstance",
          () =>
            this.ci.createContainerInstance({
              createContainerInstanceDetails: result.details,
              // OCI keeps a token only for a create that succeeded, so the next address may reuse it.
              opcRetryToken: retryToken(uid, attempt),
            }),
          true,
        );
        return this.created(res.containerInstance, result);
      } catch (error) {
        if (podIp && podIps && !needsIp && error instanceof PermanentError && error.status === 400) {
          // OCI refused the address itself (outside the subnet's CIDR: oci.podIp.subnetCidr set wrong, or the
          // subnet re-made). Only everyPod brought this pod here: let OCI choose, for this and later pods.
          this.everyPodOff = true;
          this.forgetChosenIp(uid);
          podIps = undefined;
          this.options.log?.(
            "OCI refused a chosen pod address; OCI chooses the addresses of pods that do not read them from now on",
            {
              uid,
              podIp,
              subnet: this.podIps?.cidr,
              error: error.message,
            },
          );
          continue;
        }
        // 409 Conflict (not IncorrectState, InvalidatedRetryToken): a VNIC that is not ours holds the address.
        if (!(podIp && podIps && error instanceof ConflictError && error.code === "Conflict")) throw error;
        podIps.refuse(podIp);
        this.forgetChosenIp(uid);
        this.options.log?.("pod IP taken in the subnet, choosing another", { uid, podIp, conflicts });
        if (conflicts + 1 >= MAX_POD_IP_CONFLICTS) {
          if (needsIp) throw error;
          // The subnet is busier than this provider knows: let OCI choose for a pod that does not read its IP.
          podIps = undefined;
        }
      }
    }
  }

  private created(
    instance: models.ContainerInstance,
    result: Extract<ReturnType<typeof translatePod>, { ok: true }>,
  ): PodCreated {
    const withoutHealthChecks = result.details.containers.every((c) => !c.healthChecks?.length);
    this.upsertInstance(instance, Date.now(), withoutHealthChecks);
    this.pollSoon();
    return {
      kind: "created",
      instanceId: instance.id,
      annotations: result.annotations,
      warnings: result.warnings,
    };
  }

  async deleteInstance(pod: PodIdentity): Promise<DeleteOutcome> {
    const entry = this.entries.get(pod.uid);
    if (!entry) this.forgetChosenIp(pod.uid);
    if (!entry || GONE_STATES.has(entry.lifecycleState)) return "gone";
    if (entry.lifecycleState === "DELETING") return "deleting";
    try {
      await this.oci(
        "DeleteContainerInstance",
        () => this.ci.deleteContainerInstance({ containerInstanceId: entry.instanceId }),
        true,
      );
    } catch (error) {
      if (error instanceof NotFoundError) {
        this.removeEntry(pod.uid);
        return "gone";
      }
      throw error;
    }
    entry.lifecycleState = "DELETING";
    this.pollSoon();
    this.publish(entry);
    return "deleting";
  }

  private ownerFromTags(
    tags: Record<string, string> | undefined,
  ): { identity: PodIdentity; chosenIp: string | undefined } | undefined {
    if (!tags) return undefined;
    const owner = readOwnerTags(tags);
    if (owner.node !== this.options.node.nodeName || owner.cluster !== this.options.node.clusterName) {
      return undefined;
    }
    if (!owner.podUid) return undefined;
    return {
      identity: { uid: owner.podUid, namespace: owner.namespace ?? "", name: owner.pod ?? "" },
      chosenIp: owner.podIp,
    };
  }

  /** Records an instance summary or full instance; returns the entry if it is ours. */
  private upsertInstance(
    instance: InstanceLike,
    createdAt = 0,
    withoutHealthChecks = false,
  ): { entry: Entry; changed: boolean } | undefined {
    const owner = this.ownerFromTags(instance.freeformTags);
    if (!owner) return undefined;
    const { identity } = owner;
    let entry = this.entries.get(identity.uid);
    // A deleted instance is news only for the live record it ends; one replaced after it vanished,
    // or one we never knew, is ignored for as long as OCI keeps listing it.
    if (GONE_STATES.has(String(instance.lifecycleState)) && (!entry || entry.instanceId !== instance.id)) {
      return undefined;
    }
    const timeUpdated = timeText(instance.timeUpdated);
    if (!entry || entry.instanceId !== instance.id) {
      const fresh = {
        identity,
        instanceId: instance.id,
        lifecycleState: String(instance.lifecycleState),
        lifecycleDetails: instance.lifecycleDetails,
        timeCreated: String(instance.timeCreated),
        timeUpdated,
        containerIds: undefined,
        containers: new Map(),
        containerVersions: new Map(),
        listedContainers: undefined,
        withoutHealthChecks,
        podIp: undefined,
        chosenIp: owner.chosenIp,
        vnicId: undefined,
        stale: true,
        createdAt,
      };
      if (entry) {
        this.releaseIp(identity.uid, entry.podIp);
        this.releaseIp(identity.uid, entry.chosenIp);
      }
      entry = { ...fresh, snapshot: snapshotOf(fresh) };
      if (owner.chosenIp) this.holdIp(identity.uid, owner.chosenIp);
      this.entries.set(identity.uid, entry);
      this.byInstance.set(instance.id, identity.uid);
      if (instance.containers) entry.containerIds = instance.containers.map((c) => c.containerId);
      if (instance.vnics?.[0]?.vnicId) entry.vnicId = instance.vnics[0].vnicId;
      this.publish(entry);
      return { entry, changed: true };
    }
    const changed =
      entry.lifecycleState !== String(instance.lifecycleState) || entry.timeUpdated !== timeUpdated;
    // A DELETING we asked for is not undone by a stale list page.
    if (!(entry.lifecycleState === "DELETING" && instance.lifecycleState === "ACTIVE")) {
      entry.lifecycleState = String(instance.lifecycleState);
    }
    entry.lifecycleDetails = instance.lifecycleDetails;
    entry.timeUpdated = timeUpdated;
    if (instance.containers) entry.containerIds = instance.containers.map((c) => c.containerId);
    if (instance.vnics?.[0]?.vnicId) entry.vnicId = instance.vnics[0].vnicId;
    return { entry, changed };
  }

  /** Freezes the entry's current state into its snapshot and tells the listener. */
  private publish(entry: Entry): void {
    entry.snapshot = snapshotOf(entry);
    this.listener(entry.identity.uid, entry.snapshot);
  }

  private removeEntry(uid: string): void {
    const entry = this.entries.get(uid);
    if (!entry) return;
    this.entries.delete(uid);
    this.byInstance.delete(entry.instanceId);
    this.releaseIp(uid, entry.podIp);
    this.releaseIp(uid, entry.chosenIp);
    this.forgetChosenIp(uid);
    this.listener(uid, undefined);
  }

  /** One status pass: List instances and containers, fetch details of what changed. */
  private async poll(): Promise<void> {
    const { compartmentId, availabilityDomain } = this.options.node;
    const seen = new Set<string>();
    let listed = 0;
    let page: string | undefined;
    do {
      const res = await this.oci("ListContainerInstances", () =>
        this.ci.listContainerInstances({
          compartmentId,
          availabilityDomain,
          limit: 1000,
          ...(page ? { page } : {}),
        }),
      );
      listed += res.containerInstanceCollection.items.length;
      for (const summary of res.containerInstanceCollection.items) {
        const result = this.upsertInstance(summary);
        if (!result) continue;
        seen.add(result.entry.identity.uid);
        if (result.changed) result.entry.stale = true;
      }
      page = res.opcNextPage;
    } while (page);

    page = undefined;
    do {
      const res = await this.oci("ListContainers", () =>
        this.ci.listContainers({ compartmentId, availabilityDomain, limit: 1000, ...(page ? { page } : {}) }),
      );
      listed += res.containerCollection.items.length;
      for (const summary of res.containerCollection.items) {
        const uid = this.byInstance.get(summary.containerInstanceId);
        const entry = uid === undefined ? undefined : this.entries.get(uid);
        if (!entry) continue;
        const version = `${summary.lifecycleState}/${timeText(summary.timeUpdated)}/${summary.lifecycleDetails ?? ""}`;
        if (entry.containerVersions.get(summary.id) !== version) {
          entry.containerVersions.set(summary.id, version);
          (entry.listedContainers ??= new Map()).set(summary.id, listedContainer(summary));
          entry.stale = true;
        }
      }
      page = res.opcNextPage;
    } while (page);

    this.listedItems = listed;
    for (const [uid, entry] of this.entries) {
      // Absent from the list: deleted and already purged (or never ours). Fresh creates get a grace period.
      if (!seen.has(uid) && Date.now() - entry.createdAt > LIST_LAG_GRACE_MS) this.removeEntry(uid);
      else if (GONE_STATES.has(entry.lifecycleState)) this.removeEntry(uid);
    }
    // Stale entries stay stale until their details were fetched, so a failed fetch is retried next pass.
    await Promise.all(
      [...this.entries.values()]
        .filter((entry) => entry.stale)
        .map((entry) =>
          this.refreshDetails(entry).catch((error: unknown) => {
            this.options.log?.("refreshing instance details failed", {
              instanceId: entry.instanceId,
              error: String(error),
            });
          }),
        ),
    );
  }

  private async refreshDetails(entry: Entry): Promise<void> {
    if (entry.lifecycleState === "CREATING" || entry.lifecycleState === "DELETING") {
      entry.stale = false;
      return this.publish(entry);
    }
    // A VNIC created with a chosen address has it once the instance is up; OCI is asked only otherwise.
    if (!entry.podIp && entry.chosenIp && entry.lifecycleState === "ACTIVE") entry.podIp = entry.chosenIp;
    if (!entry.containerIds || (!entry.vnicId && !entry.chosenIp)) {
      const res = await this.oci("GetContainerInstance", () =>
        this.ci.getContainerInstance({ containerInstanceId: entry.instanceId }),
      );
      entry.containerIds = res.containerInstance.containers.map((c) => c.containerId);
      entry.vnicId = res.containerInstance.vnics[0]?.vnicId;
    }
    if (!entry.podIp && entry.vnicId && entry.lifecycleState === "ACTIVE") {
      const vnicId = entry.vnicId;
      const res = await this.oci("GetVnic", () => this.options.clients.virtualNetwork.getVnic({ vnicId }));
      entry.podIp = res.vnic.privateIp;
      if (entry.podIp) this.holdIp(entry.identity.uid, entry.podIp);
    }
    await Promise.all(
      entry.containerIds.map(async (containerId) => {
        const listed = entry.listedContainers?.get(containerId);
        if (listed && summaryEnough(entry, listed, entry.containers.get(containerId))) {
          entry.containers.set(containerId, listed);
          return;
        }
        const res = await this.oci("GetContainer", () => this.ci.getContainer({ containerId }));
        entry.containers.set(containerId, observedContainer(res.container));
      }),
    );
    entry.listedContainers = undefined;
    entry.stale = false;
    this.publish(entry);
  }
}
