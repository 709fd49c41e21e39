import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../service/src/config/index.ts";
import { synthesize } from "./app.ts";
import { loadApproverConfig } from "../../service/src/controllers/csr-approver.ts";
import { CONFIG_KEY } from "./constructs/config-map.ts";
import { APPROVER_CLUSTER_RULES } from "./constructs/csr-approver.ts";
import { CLUSTER_RULES } from "./constructs/rbac.ts";
import { EXAMPLES } from "./examples.ts";
import { staleFiles, valuesTypeIsCurrent } from "./generate.ts";
import { valuesSchema, valuesYaml } from "./values-files.ts";
import { defaultValues, VALUES } from "./values.ts";

const release = { name: "okevn", namespace: "oke-virtual-nodes" };
const chart = { version: "0.1.0", appVersion: "0.1.0" };
type Doc = { kind: string; metadata: { name: string; namespace?: string }; data?: Record<string, string> };
const docs = (values: unknown): Doc[] => synthesize({ release, chart, values }) as Doc[];
const isApprover = (d: Doc): boolean => d.metadata.name === "okevn-csr-approver";

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "okevn-chart-"))));
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("the committed chart", () => {
  it("is exactly what the generator writes (nobody edits templates by hand)", async () => {
    expect(await staleFiles()).toEqual([]);
  });

  it("comes with the values type the infra Release builds its values through (npm run chart)", async () => {
    expect(await valuesTypeIsCurrent()).toBe(true);
  });
});

describe("values", () => {
  it("values.yaml parses to the defaults", () => {
    expect(parse(valuesYaml())).toEqual(defaultValues());
  });

  it("the schema forbids unknown keys in every group and requires the node's placement", () => {
    type Node = {
      additionalProperties?: boolean;
      properties: Record<string, Node>;
      items: { required: string[] };
    };
    const schema = valuesSchema() as unknown as Node;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties["oci"]!.properties["apiKey"]!.additionalProperties).toBe(false);
    expect(schema.properties["nodes"]!.items.required).toEqual([
      "name",
      "availabilityDomain",
      "compartmentId",
      "subnetId",
    ]);
    expect(Object.keys(schema.properties)).toEqual(Object.keys(VALUES.fields));
  });
});

describe("synthesis", () => {
  it("with default values installs only the shared objects", () => {
    expect(docs({}).map((d) => d.kind)).toEqual([
      "ServiceAccount",
      "ClusterRole",
      "ClusterRoleBinding",
      "Role",
      "RoleBinding",
      "Role",
      "RoleBinding",
      "Secret",
    ]);
  });

  it("the pod agent: on by default with the provider's image, a Secret of its own and the feed's watches", async () => {
    type Pod = {
      spec: {
        template: {
          spec: {
            containers: { volumeMounts: { name: string; mountPath: string }[] }[];
            volumes: { name: string; secret?: { secretName: string } }[];
          };
        };
      };
    };
    const all = docs(EXAMPLES["minimal"]);
    const config = parse(all.find((d) => d.kind === "ConfigMap")!.data![CONFIG_KEY]!);
    expect(config.agent).toEqual({
      enabled: true,
      image: "ghcr.io/oke-virtual-nodes/oke-virtual-nodes:0.1.0",
      secretFile: "/etc/oke-virtual-nodes-agent/secret",
    });
    const secret = all.find((d) => d.kind === "Secret" && d.metadata.name === "okevn-agent");
    expect(secret).toBeDefined();
    const pod = (all.find((d) => d.kind === "Deployment" && !isApprover(d)) as unknown as Pod).spec.template
      .spec;
    expect(pod.volumes.find((v) => v.name === "agent-secret")?.secret?.secretName).toBe("okevn-agent");
    expect(pod.containers[0]!.volumeMounts).toContainEqual({
      name: "agent-secret",
      mountPath: "/etc/oke-virtual-nodes-agent",
      readOnly: true,
    });
    const role = all.find((d) => d.kind === "ClusterRole" && !isApprover(d)) as unknown as {
      rules: { resources: string[]; verbs: string[] }[];
    };
    expect(
      role.rules.filter((r) => r.resources.includes("endpointslices") || r.resources.includes("services")),
    ).toEqual([
      { apiGroups: [""], resources: ["services"], verbs: ["list", "watch"] },
      { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["list", "watch"] },
    ]);

    // A digest pins the agent's image as it pins the provider's; an existing Secret replaces the chart's.
    const digest = `sha256:${"a".repeat(64)}`;
    const custom = docs({ ...EXAMPLES["minimal"], image: { digest }, agent: { existingSecret: "mine" } });
    const customConfig = parse(custom.find((d) => d.kind === "ConfigMap")!.data![CONFIG_KEY]!);
    expect(customConfig.agent.image).toBe(`ghcr.io/oke-virtual-nodes/oke-virtual-nodes@${digest}`);
    expect(custom.some((d) => d.kind === "Secret")).toBe(false);
    const customPod = (custom.find((d) => d.kind === "Deployment" && !isApprover(d)) as unknown as Pod).spec
      .template.spec;
    expect(customPod.volumes.find((v) => v.name === "agent-secret")?.secret?.secretName).toBe("mine");
  });

  it("agent.enabled=false: no agent config, Secret, volume or watch rules", () => {
    const all = docs({ ...EXAMPLES["minimal"], agent: { enabled: false } });
    const config = parse(all.find((d) => d.kind === "ConfigMap")!.data![CONFIG_KEY]!);
    expect(config.agent).toBeUndefined();
    expect(all.some((d) => d.kind === "Secret")).toBe(false);
    const text = JSON.stringify(all);
    expect(text).not.toContain("agent-secret");
    expect(text).not.toContain("endpointslices");
  });

  it.each(Object.keys(EXAMPLES))("example %s: object identities are unique", (name) => {
    const ids = docs(EXAMPLES[name]).map((d) => `${d.kind}/${d.metadata.namespace ?? ""}/${d.metadata.name}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("pins the image by digest when one is given, else tag or appVersion", () => {
    type Pod = { spec: { template: { spec: { containers: { image: string }[] } } } };
    const image = (values: unknown): string =>
      (docs(values).find((d) => d.kind === "Deployment") as unknown as Pod).spec.template.spec.containers[0]!
        .image;
    const digest = `sha256:${"a".repeat(64)}`;
    const repository = "fra.ocir.io/ns/oke-virtual-nodes";
    expect(image(EXAMPLES["minimal"])).toBe("ghcr.io/oke-virtual-nodes/oke-virtual-nodes:0.1.0");
    expect(image({ ...EXAMPLES["minimal"], image: { repository, tag: "1.2.3" } })).toBe(
      `${repository}:1.2.3`,
    );
    expect(image({ ...EXAMPLES["minimal"], image: { repository, tag: "1.2.3", digest } })).toBe(
      `${repository}@${digest}`,
    );
  });

  it("one Deployment, Service, ConfigMap and cleanup Job per node", () => {
    const multi = docs(EXAMPLES["multi-node"]).filter((d) => !isApprover(d));
    for (const kind of ["Deployment", "ConfigMap", "Job", "PodDisruptionBudget", "ServiceMonitor"]) {
      expect(multi.filter((d) => d.kind === kind).map((d) => d.metadata.name)).toHaveLength(3);
    }
    expect(multi.filter((d) => d.kind === "Service")).toHaveLength(6); // kubelet API + metrics
  });

  it.each(Object.keys(EXAMPLES))("example %s: every ProviderConfig loads in the service", async (name) => {
    const configMaps = docs(EXAMPLES[name]).filter((d) => d.kind === "ConfigMap" && !isApprover(d));
    expect(configMaps.length).toBeGreaterThan(0);
    for (const cm of configMaps) {
      const file = join(dir, `${name}-${cm.metadata.name}.yaml`);
      await writeFile(file, cm.data![CONFIG_KEY]!);
      const loaded = await loadConfig(["--config", file], {}, { host: { hostname: "h", pid: 1 } });
      expect(loaded.kind).toBe("config");
      if (loaded.kind !== "config") continue;
      expect(loaded.config.namespace).toBe(release.namespace);
      expect(loaded.config.leaderElection.leaseNamespace).toBe(release.namespace);
    }
  });

  it("one maxPods sizes each node: capacity, client rate, queue bucket, memory; the heap follows the limit", () => {
    type Container = {
      resources: { limits?: { memory?: string } };
      env: { name: string; value?: string; valueFrom?: { resourceFieldRef?: { divisor?: string } } }[];
    };
    const sized = (values: object, node = "okevn-vn-ad1") => {
      const all = docs(values);
      const cm = all.find((d) => d.kind === "ConfigMap" && d.metadata.name === node)!;
      const deployment = all.find((d) => d.kind === "Deployment" && d.metadata.name === node) as unknown as {
        spec: { template: { spec: { containers: Container[] } } };
      };
      const container = deployment.spec.template.spec.containers[0]!;
      return { config: parse(cm.data![CONFIG_KEY]!), container };
    };
    const example = EXAMPLES["multi-node"]!;
    const shipped = sized(example);
    expect(shipped.config.node.capacity.pods).toBe(10_000);
    expect(shipped.config.kubernetes).toEqual({ qps: 500, burst: 1000 });
    expect(shipped.config.queues).toEqual({ qps: 100, burst: 500 });
    expect(shipped.container.resources.limits?.memory).toBe("444Mi");
    const env = Object.fromEntries(shipped.container.env.map((e) => [e.name, e]));
    expect(env["HEAP_LIMIT_MIB"]).toBeUndefined();
    expect(env["NODE_OPTIONS"]?.value).toBe("--max-old-space-size-percentage=50 --max-semi-space-size=4");
    // A node with its own pods is sized for those; a small maxPods keeps the floors.
    const small = sized({ ...example, maxPods: 500 });
    expect(small.config.kubernetes).toEqual({ qps: 300, burst: 600 });
    expect(small.container.resources.limits?.memory).toBe("295Mi");
    expect(sized(example, "okevn-vn-ad2").config.kubernetes).toEqual({ qps: 300, burst: 600 });
    // Resources set by the user win whole.
    const own = sized({ ...example, resources: { limits: { memory: "2Gi" } } });
    expect(own.container.resources).toEqual({ limits: { memory: "2Gi" } });
  });

  it("a node's own settings win over nodeDefaults", async () => {
    const cm = docs(EXAMPLES["multi-node"]).find(
      (d) => d.kind === "ConfigMap" && d.metadata.name === "okevn-vn-ad2",
    )!;
    const config = parse(cm.data![CONFIG_KEY]!);
    expect(config.node.capacity).toEqual({ cpu: "256", memory: "1Ti", pods: 200 });
    expect(config.node.labels).toEqual({ "oke-virtual-nodes.io/pool": "arm" });
    expect(config.node.faultDomain).toBe("FAULT-DOMAIN-2");
    expect(config.oci.defaultShape).toBe("CI.Standard.A1.Flex");
  });

  it("API-key auth mounts the generated Secret and points the config at it", () => {
    const all = docs(EXAMPLES["api-key"]);
    type Volume = { name: string; secret?: { secretName: string } };
    const deployment = all.find((d) => d.kind === "Deployment") as unknown as {
      spec: { template: { spec: { volumes: Volume[] } } };
    };
    const volume = deployment.spec.template.spec.volumes.find((v) => v.name === "oci-api-key");
    expect(volume?.secret?.secretName).toBe("okevn-oci-api-key");
    expect(all.some((d) => d.kind === "Secret" && d.metadata.name === "okevn-oci-api-key")).toBe(true);
    const config = parse(all.find((d) => d.kind === "ConfigMap")!.data![CONFIG_KEY]!);
    expect(config.oci).toMatchObject({ auth: "configFile", configFile: "/etc/oci/config" });
    expect(config.node.taint).toBeNull();
  });

  it("the ClusterRole never lists or watches Secrets or ConfigMaps", () => {
    const reads = CLUSTER_RULES.filter(
      (r) => r.resources?.includes("secrets") || r.resources?.includes("configmaps"),
    );
    expect(reads.flatMap((r) => r.verbs)).toEqual(["get"]);
  });

  it("the CSR approver: on by default with its own ServiceAccount, off with csrApprover.enabled=false", async () => {
    const approver = docs(EXAMPLES["multi-node"]).filter(isApprover);
    expect(approver.map((d) => d.kind)).toEqual([
      "ServiceAccount",
      "ClusterRole",
      "ClusterRoleBinding",
      "Role",
      "RoleBinding",
      "ConfigMap",
      "Deployment",
    ]);
    type Pod = {
      spec: { template: { spec: { serviceAccountName: string; containers: { args: string[] }[] } } };
    };
    const deployment = approver.find((d) => d.kind === "Deployment") as unknown as Pod;
    expect(deployment.spec.template.spec.serviceAccountName).toBe("okevn-csr-approver");
    expect(deployment.spec.template.spec.containers[0]!.args[0]).toBe("--approve-csrs");
    const file = join(dir, "approver.yaml");
    await writeFile(file, approver.find((d) => d.kind === "ConfigMap")!.data![CONFIG_KEY]!);
    expect(await loadApproverConfig(file)).toMatchObject({
      requester: "system:serviceaccount:oke-virtual-nodes:okevn",
      nodes: [{ name: "vn-ad1" }, { name: "vn-ad2" }, { name: "vn-ad3" }],
      kubeletServices: { namespace: "oke-virtual-nodes", namePrefix: "okevn-" },
    });
    const off = docs({ ...EXAMPLES["multi-node"], csrApprover: { enabled: false } });
    expect(off.filter(isApprover)).toEqual([]);
  });

  it("only the approver may approve, and only kubelet-serving", () => {
    const approves = (rules: typeof CLUSTER_RULES): boolean =>
      rules.some(
        (r) =>
          r.resources?.includes("signers") || r.resources?.includes("certificatesigningrequests/approval"),
      );
    expect(approves(CLUSTER_RULES)).toBe(false);
    const signers = APPROVER_CLUSTER_RULES.filter((r) => r.resources?.includes("signers"));
    expect(signers).toEqual([
      {
        apiGroups: ["certificates.k8s.io"],
        resources: ["signers"],
        resourceNames: ["kubernetes.io/kubelet-serving"],
        verbs: ["approve"],
      },
    ]);
  });
});
