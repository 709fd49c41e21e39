/**
 * helm install into the real control plane creates every object of the chart; helm uninstall runs
 * the pre-delete cleanup Job before anything is deleted. No kubelet runs here, so the provider's
 * pods and the hook's pod stay Pending: the hook is checked as rendered and created, and its
 * timeout is the expected outcome.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { BatchV1Api, KubernetesObjectApi, type V1Job } from "@kubernetes/client-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminConfig, clients, clusterInfo, eventually, testNamespace } from "../support/cluster.ts";
import { CHART, helm, helmAsync, identity, template, type Doc } from "./helm.ts";

const kc = adminConfig();
const objects = KubernetesObjectApi.makeApiClient(kc);
const batch = kc.makeApiClient(BatchV1Api);
const { core, apps } = clients(kc);
const release = `okevn-${randomBytes(3).toString("hex")}`;
const values = join(CHART, "ci", "minimal-values.yaml");
let ns: { name: string; remove: () => Promise<void> };
let expected: Doc[];

const exists = async (doc: Doc): Promise<boolean> =>
  objects.read({ apiVersion: doc.apiVersion, kind: doc.kind, metadata: doc.metadata }).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  ns = await testNamespace("chart");
  expected = await template(release, ns.name, [values]);
});

afterAll(async () => {
  await helm(["uninstall", release, "-n", ns.name, "--no-hooks"], clusterInfo().kubeconfig);
  await ns?.remove();
});

describe("helm install and uninstall", () => {
  it("install creates every object; the provider pods are Pending without a kubelet", async () => {
    const r = await helm(["install", release, CHART, "-n", ns.name, "-f", values], clusterInfo().kubeconfig);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Virtual nodes of release");
    const resources = expected.filter((d) => !d.metadata.annotations?.["helm.sh/hook"]);
    expect(resources.length).toBeGreaterThan(10);
    for (const doc of resources) expect(await exists(doc), identity(doc)).toBe(true);
    // Hooks are not installed.
    expect(await batch.listNamespacedJob({ namespace: ns.name })).toMatchObject({ items: [] });
    const pods = await eventually("two provider pods", async () => {
      const list = await core.listNamespacedPod({
        namespace: ns.name,
        labelSelector: "app.kubernetes.io/component=provider",
      });
      return list.items.length === 2 ? list.items : undefined;
    });
    for (const pod of pods) {
      expect(pod.status?.phase).toBe("Pending");
      expect(pod.spec?.serviceAccountName).toBe(release);
      expect(pod.spec?.containers[0]?.securityContext?.readOnlyRootFilesystem).toBe(true);
    }
  });

  it("uninstall runs the cleanup hook first, with the Deployment still there", async () => {
    const uninstall = helmAsync(
      ["uninstall", release, "-n", ns.name, "--timeout", "20s"],
      clusterInfo().kubeconfig,
    );
    const job: V1Job = await eventually("the cleanup Job", async () =>
      batch
        .readNamespacedJob({ name: `${release}-vn-ad1-cleanup`, namespace: ns.name })
        .catch(() => undefined),
    );
    const container = job.spec?.template.spec?.containers[0];
    expect(container?.args).toEqual(["--config", "/etc/oke-virtual-nodes/config.yaml", "--cleanup"]);
    expect(job.spec?.template.spec?.serviceAccountName).toBe(release);
    expect(job.spec?.template.spec?.volumes).toContainEqual(
      expect.objectContaining({
        name: "config",
        configMap: expect.objectContaining({ name: `${release}-vn-ad1` }),
      }),
    );
    expect(job.metadata?.annotations?.["helm.sh/hook"]).toBe("pre-delete");
    // pre-delete: nothing of the release is deleted while the hook runs.
    await apps.readNamespacedDeployment({ name: `${release}-vn-ad1`, namespace: ns.name });
    await core.readNamespacedConfigMap({ name: `${release}-vn-ad1`, namespace: ns.name });
    const result = await uninstall;
    expect(result.code).not.toBe(0);
    // Helm waited for the hook Job, which cannot run here, and gave up before deleting anything.
    expect(result.stderr).toMatch(/timed out waiting for the condition/);

    // Without a kubelet the hook cannot finish; skip it to remove the release.
    const forced = await helm(["uninstall", release, "-n", ns.name, "--no-hooks"], clusterInfo().kubeconfig);
    expect(forced.code).toBe(0);
    for (const doc of expected.filter((d) => !d.metadata.annotations?.["helm.sh/hook"])) {
      await eventually(`${identity(doc)} deleted`, async () => ((await exists(doc)) ? undefined : true));
    }
  });
});
