import type { models } from "oci-containerinstances";
import { describe, expect, it } from "vitest";
import {
  containerOcid,
  containerPhase,
  containerSnapshot,
  instancePhase,
  instanceSnapshot,
  observedContainer,
} from "./snapshot.ts";

const container = (fields: Partial<models.Container>): models.Container =>
  ({
    id: "ocid1.computecontainer.oc1..app",
    displayName: "app",
    lifecycleState: "ACTIVE",
    containerRestartAttemptCount: 0,
    timeCreated: new Date("2026-01-02T03:00:00.250Z"),
    ...fields,
  }) as models.Container;

describe("OCI states to phases", () => {
  it("maps every instance lifecycle state, and unknown ones to Unknown", () => {
    expect(
      [
        "CREATING",
        "ACTIVE",
        "UPDATING",
        "INACTIVE",
        "FAILED",
        "DELETING",
        "DELETED",
        "UNKNOWN_ENUM_VALUE",
      ].map(instancePhase),
    ).toEqual(["Creating", "Running", "Updating", "Stopped", "Failed", "Deleting", "Deleted", "Unknown"]);
    expect(instancePhase(undefined)).toBe("Creating");
  });

  it("maps container states: only CREATING, ACTIVE and FAILED keep their own phase", () => {
    expect(["CREATING", "ACTIVE", "FAILED", "INACTIVE", "DELETING", "UPDATING"].map(containerPhase)).toEqual([
      "Creating",
      "Running",
      "Failed",
      "Stopped",
      "Stopped",
      "Stopped",
    ]);
  });
});

describe("containerSnapshot", () => {
  it("dates a running container by its last update and reads the readiness check", () => {
    const snapshot = containerSnapshot(
      container({
        timeUpdated: new Date("2026-01-02T03:00:09.900Z"),
        containerRestartAttemptCount: 2,
        healthChecks: [{ name: "readiness", status: "UNHEALTHY" } as models.ContainerHealthCheck],
      }),
    );
    expect(snapshot).toEqual({
      name: "app",
      containerID: "oci://ocid1.computecontainer.oc1..app",
      phase: "Running",
      restartCount: 2,
      ready: false,
      startedAt: "2026-01-02T03:00:09.900Z",
    });
    expect(Object.isFrozen(snapshot)).toBe(true);
  });

  it("gives an exited container its exit code, details, start and end", () => {
    expect(
      containerSnapshot(
        container({
          lifecycleState: "INACTIVE" as never,
          exitCode: 3,
          lifecycleDetails: "exited",
          timeUpdated: "2026-01-02T03:05:00Z" as never,
          timeTerminated: "2026-01-02T03:04:00Z" as never,
        }),
      ),
    ).toEqual({
      name: "app",
      containerID: "oci://ocid1.computecontainer.oc1..app",
      phase: "Stopped",
      exitCode: 3,
      message: "exited",
      restartCount: 0,
      startedAt: "2026-01-02T03:00:00.250Z",
      finishedAt: "2026-01-02T03:04:00Z",
    });
  });

  it("tells a container waiting to restart from a running one, with how its last run ended", () => {
    const waiting = containerSnapshot(
      container({
        exitCode: 1,
        lifecycleDetails: "Exited with code 1; restarting in 20s",
        containerRestartAttemptCount: 1,
        timeTerminated: "2026-01-02T03:01:00.000Z" as never,
        timeUpdated: "2026-01-02T03:01:00.000Z" as never,
        healthChecks: [{ name: "readiness", status: "HEALTHY" } as models.ContainerHealthCheck],
      }),
    );
    expect(waiting).toMatchObject({
      phase: "BackOff",
      ready: false,
      restartBackOffSeconds: 20,
      lastTermination: {
        exitCode: 1,
        message: "Exited with code 1; restarting in 20s",
        finishedAt: "2026-01-02T03:01:00.000Z",
      },
    });
    expect(waiting).not.toHaveProperty("exitCode");
    const restarted = containerSnapshot(
      container({
        exitCode: 137,
        lifecycleDetails: "OOM killed: out of memory",
        containerRestartAttemptCount: 2,
        timeTerminated: "2026-01-02T03:01:00.000Z" as never,
        timeUpdated: "2026-01-02T03:01:20.000Z" as never,
      }),
    );
    expect(restarted).toMatchObject({
      phase: "Running",
      startedAt: "2026-01-02T03:01:20.000Z",
      lastTermination: { exitCode: 137, oomKilled: true, finishedAt: "2026-01-02T03:01:00.000Z" },
    });
    expect(restarted).not.toHaveProperty("restartBackOffSeconds");
  });

  it("marks a container that failed before running because of its image", () => {
    const details = "Failed to pull image docker.io/library/busybox:no-such-tag: manifest unknown";
    expect(
      containerSnapshot(container({ lifecycleState: "FAILED" as never, lifecycleDetails: details })),
    ).toMatchObject({ phase: "Failed", imagePullFailed: true, message: details });
    expect(
      containerSnapshot(
        container({ lifecycleState: "FAILED" as never, exitCode: 2, lifecycleDetails: "pull" }),
      ),
    ).not.toHaveProperty("imagePullFailed");
  });

  it("has no readiness verdict without a readiness check", () => {
    expect(containerSnapshot(container({})).ready).toBeUndefined();
  });
});

describe("instanceSnapshot", () => {
  it("is the neutral, frozen view of an observed instance", () => {
    const snapshot = instanceSnapshot({
      identity: { uid: "u1", namespace: "shop", name: "web" },
      instanceId: "ocid1.computecontainerinstance.oc1..web",
      lifecycleState: "FAILED",
      lifecycleDetails: "Out of host capacity",
      timeCreated: "2026-01-02T03:00:00Z",
      podIp: undefined,
      containers: [container({ lifecycleState: "FAILED" as never })],
    });
    expect(snapshot).toMatchObject({
      uid: "u1",
      namespace: "shop",
      name: "web",
      instanceId: "ocid1.computecontainerinstance.oc1..web",
      phase: "Failed",
      message: "Out of host capacity",
      createdAt: "2026-01-02T03:00:00Z",
      containers: [{ name: "app", phase: "Failed" }],
    });
    expect(snapshot).not.toHaveProperty("podIp");
    expect(Object.isFrozen(snapshot) && Object.isFrozen(snapshot.containers)).toBe(true);
  });
});

describe("containerOcid", () => {
  it("reads our container IDs and refuses others", () => {
    expect(containerOcid("oci://ocid1.computecontainer.oc1..app")).toBe("ocid1.computecontainer.oc1..app");
    expect(containerOcid("containerd://abc")).toBeUndefined();
    expect(containerOcid(undefined)).toBeUndefined();
  });
});

describe("observedContainer", () => {
  it("keeps what a snapshot reads and drops the rest (environment variables included)", () => {
    const full = container({
      lifecycleState: "ACTIVE" as never,
      lifecycleDetails: "restarting in 20s",
      exitCode: 1,
      timeUpdated: new Date("2026-01-02T03:00:05Z"),
      timeTerminated: new Date("2026-01-02T03:00:06Z"),
      containerRestartAttemptCount: 2,
      environmentVariables: { PASSWORD: "s3cret" },
      command: ["/bin/app"],
      healthChecks: [
        { name: "readiness", status: "HEALTHY", statusDetails: "ok", healthCheckType: "HTTP" } as never,
      ],
    });
    const kept = observedContainer(full);
    expect(containerSnapshot(kept)).toEqual(containerSnapshot(full));
    expect(JSON.stringify(kept)).not.toContain("s3cret");
    expect(Object.keys(kept)).not.toContain("command");
    expect(kept.healthChecks).toEqual([{ name: "readiness", status: "HEALTHY" }]);
  });
});
