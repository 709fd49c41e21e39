import type { V1Pod } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { rejectedStatus, vanishedStatus } from "./pod-status.ts";

const NOW = "2026-01-02T03:04:05Z";
const pod: V1Pod = {
  metadata: { name: "web", namespace: "shop", uid: "u1" },
  status: {
    phase: "Pending",
    qosClass: "BestEffort",
    conditions: [
      { type: "PodScheduled", status: "True", lastTransitionTime: "2026-01-02T03:00:00Z" as never },
    ],
  },
};
const missing = { field: "spec.volumes[0].secret", reason: "MandatorySecretNotFound", retryable: true };
const invalid = { field: "spec.hostNetwork", reason: "UnsupportedHostNetwork", retryable: false };

describe("rejectedStatus", () => {
  it("stays Pending with the first reason while every problem may clear by itself", () => {
    const status = rejectedStatus(pod, [{ ...missing, message: 'Secret "db" not found' }], NOW);
    expect(status).toEqual({
      ...pod.status,
      phase: "Pending",
      reason: "MandatorySecretNotFound",
      message: 'spec.volumes[0].secret: Secret "db" not found',
      containerStatuses: [],
    });
  });

  it("puts a container whose env names a missing key in CreateContainerConfigError, the others creating", () => {
    const twoContainers: V1Pod = {
      ...pod,
      spec: {
        containers: [
          { name: "app", image: "app:1" },
          { name: "proxy", image: "proxy:2" },
        ],
      },
    };
    const message = 'key "mode" in ConfigMap "settings" not found (used by spec.containers[0].env[0])';
    const status = rejectedStatus(
      twoContainers,
      [
        {
          field: "spec.containers[0].env[0]",
          reason: "MandatoryConfigMapKeyNotFound",
          retryable: true,
          message,
        },
      ],
      NOW,
    );
    expect(status.phase).toBe("Pending");
    expect(status.reason).toBe("MandatoryConfigMapKeyNotFound");
    expect(status.containerStatuses?.map((c) => [c.name, c.ready, c.state?.waiting])).toEqual([
      ["app", false, { reason: "CreateContainerConfigError", message }],
      ["proxy", false, { reason: "ContainerCreating" }],
    ]);
  });

  it("fails with the first lasting problem as the reason, keeping unchanged condition times", () => {
    const status = rejectedStatus(
      pod,
      [
        { ...missing, message: "gone" },
        { ...invalid, message: "not supported" },
      ],
      NOW,
    );
    expect(status.phase).toBe("Failed");
    expect(status.reason).toBe("UnsupportedHostNetwork");
    expect(status.message).toBe("spec.volumes[0].secret: gone; spec.hostNetwork: not supported");
    expect(status.qosClass).toBe("BestEffort");
    expect(status.conditions).toEqual([
      { type: "PodScheduled", status: "True", lastTransitionTime: "2026-01-02T03:00:00Z" },
      { type: "Ready", status: "False", reason: "UnsupportedHostNetwork", lastTransitionTime: NOW },
    ]);
  });
});

describe("vanishedStatus", () => {
  it("fails the pod and says why, keeping the rest of its status", () => {
    expect(vanishedStatus(pod)).toEqual({
      ...pod.status,
      phase: "Failed",
      reason: "InstanceVanished",
      message: "the pod's container instance was deleted outside Kubernetes",
    });
  });
});
