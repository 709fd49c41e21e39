// Internal records of the emulator. Wire shapes (what the SDK reads) are built from these in render.ts.

export type LifecycleState =
  "CREATING" | "UPDATING" | "ACTIVE" | "INACTIVE" | "DELETING" | "DELETED" | "FAILED";

export type RestartPolicy = "ALWAYS" | "NEVER" | "ON_FAILURE";

export type Tags = Record<string, string>;
export type DefinedTags = Record<string, Record<string, unknown>>;

export interface ShapeConfig {
  ocpus: number;
  memoryInGBs: number;
  processorDescription: string;
  networkingBandwidthInGbps: number;
}

/** What a scenario makes one container do. All times are per run of the container. */
export interface ContainerBehaviour {
  /** Image pull fails: the container never runs (true or the message to report). */
  imagePullFailure?: boolean | string;
  /** The process exits with `code` after `afterMs` (each run). */
  exit?: { code: number; afterMs: number };
  /** Log lines written at a rate: line i is lines[i % lines.length] with `{n}` replaced by i. */
  logs?: { lines: string[]; intervalMs: number; maxLines?: number };
  /** Health checks report UNHEALTHY from this time in the run on. */
  unhealthyAfterMs?: number;
  /** Ignore SIGTERM: stop/delete waits the whole gracefulShutdownTimeoutInSeconds, exit code 137. */
  ignoreSigterm?: boolean;
  /** Exit code when the container stops on SIGTERM (default 143 = 128 + SIGTERM). */
  sigtermExitCode?: number;
  /**
   * The instance's VNIC reports this private IP instead of one from the subnet's pool. Loopback
   * only (127.0.0.0/8): tests that dial the pod (port-forward) listen there themselves.
   */
  podIp?: string;
  /** Figures reported to Monitoring. */
  cpuPercent?: number;
  memoryBytes?: number;
}

/** One health check's measured status (process runtime). */
export interface HealthState {
  status: "UNKNOWN" | "HEALTHY" | "UNHEALTHY";
  details?: string;
}

export interface Run {
  startedAt: number;
  endedAt?: number;
  exitCode?: number;
  /** Health checks as the process runtime probed them, by index in the spec; absent in scenarios. */
  health?: HealthState[];
}

export interface ContainerRecord {
  id: string;
  instanceId: string;
  displayName: string;
  spec: Record<string, unknown>;
  imageUrl: string;
  freeformTags: Tags;
  definedTags: DefinedTags;
  lifecycleState: LifecycleState;
  lifecycleDetails?: string;
  exitCode?: number;
  timeTerminated?: number;
  timeCreated: number;
  timeUpdated: number;
  restartCount: number;
  behaviour: ContainerBehaviour;
  run?: Run;
  previousRun?: Run;
  /** Bumped whenever scheduled events for this container become stale. */
  gen: number;
  version: number;
}

export interface InstanceRecord {
  id: string;
  compartmentId: string;
  displayName: string;
  availabilityDomain: string;
  faultDomain: string;
  shape: string;
  shapeConfig: ShapeConfig;
  lifecycleState: LifecycleState;
  lifecycleDetails?: string;
  freeformTags: Tags;
  definedTags: DefinedTags;
  timeCreated: number;
  timeUpdated: number;
  /** When the record became DELETED (for retention). */
  timeDeleted?: number;
  containerIds: string[];
  vnicId: string;
  subnetId: string;
  volumes: unknown[];
  dnsConfig?: unknown;
  gracefulShutdownTimeoutInSeconds: number;
  imagePullSecrets: { registryEndpoint: string; secretType: string; secretId?: string }[];
  containerRestartPolicy: RestartPolicy;
  securityContext?: unknown;
  /** Work requests of this instance that have not finished yet. */
  openWorkRequests: string[];
  /** Usage measured from the instance's processes (process runtime); absent in scenarios. */
  usage?: InstanceUsage;
  gen: number;
  version: number;
}

/** What the process runtime measured of an instance's processes at its last sample. */
export interface InstanceUsage {
  /** CPU over the last sample interval, in percent of one CPU (100 = one core busy). */
  cpuPercent: number;
  memoryBytes: number;
  /** Cumulative CPU time of every process the instance ran (cgroup v2 cpu.stat usage_usec × 1000). */
  cpuUsedNs: number;
}

export type WorkRequestStatus =
  "ACCEPTED" | "IN_PROGRESS" | "FAILED" | "SUCCEEDED" | "CANCELING" | "CANCELED";

export type OperationType =
  | "CREATE_CONTAINER_INSTANCE"
  | "UPDATE_CONTAINER_INSTANCE"
  | "DELETE_CONTAINER_INSTANCE"
  | "MOVE_CONTAINER_INSTANCE"
  | "START_CONTAINER_INSTANCE"
  | "STOP_CONTAINER_INSTANCE"
  | "RESTART_CONTAINER_INSTANCE"
  | "UPDATE_CONTAINER";

export type ActionType = "CREATED" | "UPDATED" | "DELETED" | "IN_PROGRESS" | "RELATED" | "FAILED";

export interface WorkRequestRecord {
  id: string;
  operationType: OperationType;
  status: WorkRequestStatus;
  compartmentId: string;
  availabilityDomain: string;
  resource: { entityType: string; identifier: string; entityUri: string; actionType: ActionType };
  percentComplete: number;
  timeAccepted: number;
  timeStarted?: number;
  timeFinished?: number;
  errors: { code: string; message: string; timestamp: number }[];
  logs: { message: string; timestamp: number }[];
}

export interface VnicRecord {
  id: string;
  compartmentId: string;
  availabilityDomain: string;
  subnetId: string;
  displayName: string;
  hostnameLabel?: string;
  privateIp: string;
  macAddress: string;
  nsgIds: string[];
  skipSourceDestCheck: boolean;
  freeformTags: Tags;
  definedTags: DefinedTags;
  lifecycleState: "PROVISIONING" | "AVAILABLE" | "TERMINATING" | "TERMINATED";
  timeCreated: number;
}

/** Lifecycle delays in milliseconds. */
export interface Delays {
  /** CREATING → ACTIVE (includes image pull). */
  provisionMs: number;
  /** INACTIVE → ACTIVE on start, and the restart of all containers on restart. */
  startMs: number;
  /** Time a cooperative container needs to stop after SIGTERM. */
  stopMs: number;
  /** DELETING → DELETED once containers are stopped. */
  deleteMs: number;
  /** Update / change-compartment work requests. */
  updateMs: number;
  /** First back-off before a container restart; doubles per attempt up to restartBackoffMaxMs. */
  restartBackoffMs: number;
  restartBackoffMaxMs: number;
  /** Latency added to every API request (uniform in [min, max], seeded). */
  requestLatencyMs: { min: number; max: number };
  /** DELETED resources and finished work requests stay visible this long, then 404. */
  deletedRetentionMs: number;
}

export type Profile = "fast" | "realistic";

/** Service limits per availability domain (stopped and failed instances count; DELETED do not). */
export interface Limits {
  ocpusPerAd: number;
  memoryInGBsPerAd: number;
  instancesPerAd: number;
}
