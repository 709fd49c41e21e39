/**
 * The chart's optional ValidatingAdmissionPolicy on the real apiserver: a Deployment whose pods can
 * only land on virtual nodes and carry an init container gets FailedCreate on its ReplicaSet with the
 * policy's message, and no pod at all (no churn of Failed pods); each refusal the policy lists refuses
 * its example; pods that may land elsewhere, or carry nothing refused, are admitted.
 */
import { randomBytes } from "node:crypto";
import { NodeV1Api, type V1Pod, type V1PodSpec } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMISSION_REFUSALS,
  admissionRules,
  examplePod,
} from "../../../service/src/oci/translate/admission.ts";
import { adminConfig, clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import { CHART, helm } from "./helm.ts";

const { core, apps } = clients();
const release = `okevn-vap-${randomBytes(3).toString("hex")}`;
const ON_VIRTUAL_NODES = { type: "virtual-kubelet" };
let ns: { name: string; remove: () => Promise<void> };
const nodeApi = adminConfig().makeApiClient(NodeV1Api);
/** The runtime class the examples name must exist, or the RuntimeClass admission plugin refuses first. */
const runtimeClass = ADMISSION_REFUSALS.flatMap((r) => r.example.runtimeClassName ?? [])[0] ?? "";
let madeRuntimeClass = false;

/** The apiserver's answer to creating the pod (server-side dry run): undefined when admitted. */
async function refusal(spec: V1PodSpec, name = "probe"): Promise<string | undefined> {
  const body: V1Pod = { metadata: { name }, spec };
  return core.createNamespacedPod({ namespace: ns.name, body, dryRun: "All" }).then(
    () => undefined,
    (error: unknown) => String((error as { body?: unknown }).body ?? error),
  );
}

const initContainerSpec = (extra: Partial<V1PodSpec> = {}): V1PodSpec => ({
  initContainers: [{ name: "migrate", image: "busybox" }],
  containers: [{ name: "app", image: "busybox" }],
  ...extra,
});

beforeAll(async () => {
  ns = await testNamespace("vap");
  madeRuntimeClass = await nodeApi
    .createRuntimeClass({ body: { metadata: { name: runtimeClass }, handler: "runsc" } })
    .then(
      () => true,
      () => false,
    );
  const r = await helm(
    [
      "install",
      release,
      CHART,
      "-n",
      ns.name,
      "--set",
      "admissionPolicy.enabled=true",
      "--set",
      "oci.region=eu-frankfurt-1",
    ],
    clusterInfo().kubeconfig,
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  // A new policy takes a moment to be enforced.
  await eventually("the policy enforced", async () =>
    (await refusal(initContainerSpec({ nodeSelector: ON_VIRTUAL_NODES }))) ? true : undefined,
  );
});

afterAll(async () => {
  if (madeRuntimeClass) await nodeApi.deleteRuntimeClass({ name: runtimeClass }).catch(() => undefined);
  await helm(["uninstall", release, "-n", ns.name], clusterInfo().kubeconfig);
  await ns?.remove();
});

describe("the chart's admission policy", () => {
  it("a Deployment with an init container for the virtual nodes: FailedCreate with the policy's message, no pods", async () => {
    const labels = { app: "with-init" };
    await apps.createNamespacedDeployment({
      namespace: ns.name,
      body: {
        metadata: { name: "with-init" },
        spec: {
          replicas: 1,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: initContainerSpec({ nodeSelector: ON_VIRTUAL_NODES }) },
        },
      },
    });
    const event = await eventually("FailedCreate on the ReplicaSet", async () => {
      const events = await core.listNamespacedEvent({ namespace: ns.name });
      return events.items.find((e) => e.reason === "FailedCreate" && e.involvedObject.kind === "ReplicaSet");
    });
    expect(event.message).toContain(`ValidatingAdmissionPolicy '${release}-virtual-node-pods'`);
    expect(event.message).toContain("spec.initContainers[*]: init containers are not supported");
    // The ReplicaSet keeps trying with back-off, but not one pod exists to fail.
    await new Promise((r) => setTimeout(r, 3_000));
    const pods = await core.listNamespacedPod({ namespace: ns.name, labelSelector: "app=with-init" });
    expect(pods.items).toEqual([]);
  });

  it("refuses each listed field's example with its message, by nodeSelector or by required node affinity", async () => {
    const rules = admissionRules();
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchExpressions: [{ key: "type", operator: "In", values: ["virtual-kubelet"] }] },
          ],
        },
      },
    };
    for (const [i, entry] of ADMISSION_REFUSALS.entries()) {
      const spec = examplePod(entry.example).spec!;
      const bySelector = await refusal({ ...spec, nodeSelector: ON_VIRTUAL_NODES });
      expect(bySelector, entry.field).toContain(rules[i]!.message.slice(0, 60));
      expect(await refusal({ ...spec, affinity }), entry.field).toContain(rules[i]!.message.slice(0, 60));
      // The same pod may land on an ordinary node: admitted (the provider refuses it there if it lands on ours).
      expect(await refusal(spec), entry.field).toBeUndefined();
    }
  });

  it("admits a plain pod for the virtual nodes, and pods that only tolerate their taint", async () => {
    expect(
      await refusal({ nodeSelector: ON_VIRTUAL_NODES, containers: [{ name: "app", image: "busybox" }] }),
    ).toBeUndefined();
    expect(
      await refusal(
        initContainerSpec({
          tolerations: [{ key: "virtual-kubelet.io/provider", operator: "Exists", effect: "NoSchedule" }],
        }),
      ),
    ).toBeUndefined();
    // Created for real, not only dry-run.
    const created = await core.createNamespacedPod({
      namespace: ns.name,
      body: {
        metadata: { name: "plain" },
        spec: { nodeSelector: ON_VIRTUAL_NODES, containers: [{ name: "app", image: "busybox" }] },
      },
    });
    expect(created.metadata?.uid).toBeTruthy();
  });
});
