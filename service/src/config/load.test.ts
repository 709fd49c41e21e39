import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, loadConfig, type LoadResult, type ProviderConfig } from "./index.ts";

const host = { hostname: "pod-a", pid: 42 };

/** Flags for the required fields, so a test only adds what it is about. */
const REQUIRED_FLAGS = [
  "--node-name=vn-1",
  "--node-availability-domain=Uocm:EU-FRANKFURT-1-AD-1",
  "--oci-region=eu-frankfurt-1",
  "--oci-compartment-id=ocid1.compartment.oc1..aaaa",
  "--oci-subnet-id=ocid1.subnet.oc1.eu-frankfurt-1.aaaa",
];

const HEADER = "apiVersion: oke-virtual-nodes.io/v1alpha1\nkind: ProviderConfig\n";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "okevn-config-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function load(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<LoadResult & { kind: "config" }> {
  const result = await loadConfig(argv, env, { host });
  if (result.kind !== "config") throw new Error("expected a configuration");
  return result;
}

async function problemsOf(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ConfigError> {
  try {
    await loadConfig(argv, env, { host });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("defaults", () => {
  it("applies every default, typed as ProviderConfig", () => {
    // A literal of the declared type: tsc rejects a missing or extra field, so this also pins the
    // field table to the ProviderConfig interface.
    const expected: ProviderConfig = {
      apiVersion: "oke-virtual-nodes.io/v1alpha1",
      kind: "ProviderConfig",
      nodeName: "vn-test",
      clusterName: "oke",
      kubeconfig: undefined,
      namespace: "oke-virtual-nodes",
      node: {
        capacity: { cpu: "1000", memory: "4Ti", pods: 1000 },
        labels: {},
        taint: { key: "virtual-kubelet.io/provider", value: "oci", effect: "NoSchedule" },
        availabilityDomain: "Uocm:TEST-1-AD-1",
        faultDomain: undefined,
        leaseDurationSeconds: 40,
        leaseRenewIntervalSeconds: 10,
        statusUpdateIntervalSeconds: 60,
      },
      kubeletApi: {
        listenAddress: "0.0.0.0",
        port: 10250,
        advertisedAddress: undefined,
        service: undefined,
        tlsCertFile: undefined,
        tlsKeyFile: undefined,
        clientCaFile: undefined,
        portForward: {
          websocket: false,
          idleTimeoutSeconds: 14_400,
          streamCreationTimeoutSeconds: 30,
          maxStreamsPerConnection: 100,
          maxConnectionsPerNode: 1000,
        },
      },
      oci: {
        auth: "workloadIdentity",
        configFile: "~/.oci/config",
        profile: "DEFAULT",
        region: "us-ashburn-1",
        compartmentId: "ocid1.compartment.oc1..test",
        subnetId: "ocid1.subnet.oc1.iad.test",
        nsgIds: [],
        podIp: { choose: true, everyPod: true, subnetCidr: undefined },
        defaultShape: "CI.Standard.E4.Flex",
        endpoints: { containerInstances: undefined, core: undefined, monitoring: undefined },
        maxInFlightCreates: 64,
        rateLimits: {
          create: { qps: 10, burst: 20 },
          delete: { qps: 10, burst: 20 },
          get: { qps: 50, burst: 100 },
          list: { qps: 10, burst: 20 },
          other: { qps: 20, burst: 40 },
        },
        retry: { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 60_000 },
        circuitBreaker: { enabled: false },
      },
      kubernetes: {
        qps: 100,
        burst: 200,
        resyncPeriodSeconds: 300,
        watchStallSeconds: 120,
        clusterDnsIp: undefined,
        clusterDomain: "cluster.local",
      },
      queues: {
        sync: { workers: 16, baseDelayMs: 250, maxDelayMs: 300_000 },
        status: { workers: 16, baseDelayMs: 250, maxDelayMs: 300_000 },
        orphans: { workers: 8, baseDelayMs: 250, maxDelayMs: 300_000 },
        qps: 50,
        burst: 300,
      },
      leaderElection: {
        enabled: true,
        leaseName: "vn-test-leader",
        leaseNamespace: "oke-virtual-nodes",
        identity: "test-host_1",
        leaseDurationSeconds: 15,
        renewDeadlineSeconds: 10,
        retryPeriodSeconds: 2,
      },
      observability: { metricsAddress: "0.0.0.0:10255", healthAddress: "0.0.0.0:10256", logLevel: "info" },
      logs: { store: "configMap", maxBytesPerContainer: 262_144 },
      agent: {
        enabled: false,
        image: undefined,
        secretFile: undefined,
        upstreamDns: [],
        dataPath: "unprivileged",
      },
    };
    expect(defaultConfig()).toStrictEqual(expected);
  });

  it("keeps unset optional fields as present keys", () => {
    const config = defaultConfig();
    expect(Object.keys(config)).toContain("kubeconfig");
    expect(Object.keys(config.oci.endpoints)).toEqual(["containerInstances", "core", "monitoring"]);
  });

  it("derives leader-election defaults from nodeName, namespace and the host", async () => {
    const { config, origins } = await load([...REQUIRED_FLAGS, "--namespace=okevn"]);
    expect(config.leaderElection).toMatchObject({
      leaseName: "vn-1-leader",
      leaseNamespace: "okevn",
      identity: "pod-a_42",
    });
    expect(origins["leaderElection.leaseName"]).toBe("derived");
  });

  it("lets an explicit value win over a derived default", async () => {
    const { config } = await load([...REQUIRED_FLAGS, "--leader-election-lease-name=custom"]);
    expect(config.leaderElection.leaseName).toBe("custom");
  });

  it("uses os.hostname and the pid without a host option", async () => {
    const result = await loadConfig(REQUIRED_FLAGS, {});
    if (result.kind !== "config") throw new Error("expected a configuration");
    expect(result.config.leaderElection.identity).toMatch(new RegExp(`_${process.pid}$`));
  });

  it("applies defaultConfig overrides in the file's shape", () => {
    const config = defaultConfig({ node: { capacity: { pods: 5 }, taint: null }, oci: { nsgIds: [] } });
    expect(config.node.capacity).toEqual({ cpu: "1000", memory: "4Ti", pods: 5 });
    expect(config.node.taint).toBeNull();
  });

  it("rejects invalid defaultConfig overrides with a ConfigError", () => {
    expect(() => defaultConfig({ node: { capacity: { pods: 0 } } })).toThrow(ConfigError);
  });
});

describe("precedence: defaults < file < environment < flags", () => {
  it("takes each field from the highest layer that sets it", async () => {
    const path = await file(
      "layers.yaml",
      `${HEADER}nodeName: from-file
clusterName: file-cluster
node:
  capacity: {pods: 10, cpu: 20}
  availabilityDomain: AD-FILE
oci:
  region: eu-frankfurt-1
  compartmentId: ocid1.compartment.oc1..file
  subnetId: ocid1.subnet.oc1..file
`,
    );
    const { config, origins } = await load(["--config", path, "--node-capacity-pods", "30"], {
      OKEVN_NODE_CAPACITY_PODS: "20",
      OKEVN_CLUSTER_NAME: "env-cluster",
    });
    expect(config.nodeName).toBe("from-file");
    expect(config.clusterName).toBe("env-cluster");
    expect(config.node.capacity.pods).toBe(30);
    expect(config.node.capacity.cpu).toBe("20");
    expect(config.node.capacity.memory).toBe("4Ti");
    expect(origins).toMatchObject({
      nodeName: "file",
      clusterName: "OKEVN_CLUSTER_NAME",
      "node.capacity.pods": "--node-capacity-pods",
      "node.capacity.memory": "default",
    });
  });

  it("replaces lists and maps whole", async () => {
    const path = await file(
      "lists.json",
      JSON.stringify({
        apiVersion: "oke-virtual-nodes.io/v1alpha1",
        kind: "ProviderConfig",
        node: { labels: { a: "1", b: "2" } },
        oci: { nsgIds: ["ocid1.networksecuritygroup.oc1.iad.one"] },
      }),
    );
    const { config } = await load([...REQUIRED_FLAGS, "--config", path, "--node-labels", "c=3"], {
      OKEVN_OCI_NSG_IDS: "",
    });
    expect(config.node.labels).toEqual({ c: "3" });
    expect(config.oci.nsgIds).toEqual([]);
  });

  it("reads the file named by OKEVN_CONFIG, and --config wins over it", async () => {
    const a = await file("a.yaml", `${HEADER}clusterName: a\n`);
    const b = await file("b.yaml", `${HEADER}clusterName: b\n`);
    expect((await load(REQUIRED_FLAGS, { OKEVN_CONFIG: a })).config.clusterName).toBe("a");
    expect((await load([...REQUIRED_FLAGS, `--config=${b}`], { OKEVN_CONFIG: a })).config.clusterName).toBe(
      "b",
    );
  });

  it("lets the last of a repeated flag win", async () => {
    const { config } = await load([...REQUIRED_FLAGS, "--cluster-name=x", "--cluster-name", "y"]);
    expect(config.clusterName).toBe("y");
  });

  it("unsets an optional field with an empty value from a higher layer", async () => {
    const path = await file("kubeconfig.yaml", `${HEADER}kubeconfig: /etc/kubeconfig\n`);
    const { config } = await load([...REQUIRED_FLAGS, "--config", path, "--kubeconfig="]);
    expect(config.kubeconfig).toBeUndefined();
  });

  it("reads booleans as a bare flag, --flag=false and true/false variables", async () => {
    expect(
      (await load([...REQUIRED_FLAGS, "--oci-circuit-breaker-enabled"])).config.oci.circuitBreaker.enabled,
    ).toBe(true);
    const off = await load([...REQUIRED_FLAGS, "--leader-election-enabled=false"], {
      OKEVN_OCI_CIRCUIT_BREAKER_ENABLED: "TRUE",
    });
    expect(off.config.leaderElection.enabled).toBe(false);
    expect(off.config.oci.circuitBreaker.enabled).toBe(true);
  });
});

describe("the node taint", () => {
  it("is switched off by taint: null, --no-taint or OKEVN_NO_TAINT", async () => {
    const path = await file("no-taint.yaml", `${HEADER}node:\n  taint: null\n`);
    expect((await load([...REQUIRED_FLAGS, "--config", path])).config.node.taint).toBeNull();
    expect((await load([...REQUIRED_FLAGS, "--no-taint"])).config.node.taint).toBeNull();
    expect((await load(REQUIRED_FLAGS, { OKEVN_NO_TAINT: "true" })).config.node.taint).toBeNull();
  });

  it("comes back on when a higher layer sets one of its fields or --no-taint=false", async () => {
    const path = await file("taint-off.yaml", `${HEADER}node:\n  taint: null\n`);
    const { config } = await load([...REQUIRED_FLAGS, "--config", path, "--node-taint-effect=NoExecute"]);
    expect(config.node.taint).toEqual({
      key: "virtual-kubelet.io/provider",
      value: "oci",
      effect: "NoExecute",
    });
    const back = await load([...REQUIRED_FLAGS, "--no-taint=false"], { OKEVN_NO_TAINT: "true" });
    expect(back.config.node.taint).not.toBeNull();
  });

  it("is switched off by a higher layer even when a lower one set its fields", async () => {
    const path = await file("taint-on.yaml", `${HEADER}node:\n  taint: {key: example.com/dedicated}\n`);
    expect((await load([...REQUIRED_FLAGS, "--config", path, "--no-taint"])).config.node.taint).toBeNull();
  });

  it("is a conflict when one layer both switches it off and sets it", async () => {
    const error = await problemsOf([...REQUIRED_FLAGS, "--no-taint", "--node-taint-key=a"]);
    expect(error.problems).toEqual([
      { path: "node.taint", message: "--no-taint turns it off but --node-taint-key sets it" },
    ]);
  });

  it("does not validate the fields of a switched-off taint", async () => {
    const path = await file("taint-null-env.yaml", `${HEADER}node:\n  taint: null\n`);
    const { config } = await load([...REQUIRED_FLAGS, "--config", path]);
    expect(config.node.taint).toBeNull();
  });
});

describe("files", () => {
  it("reads JSON by the .json extension", async () => {
    const path = await file(
      "c.json",
      JSON.stringify({
        apiVersion: "oke-virtual-nodes.io/v1alpha1",
        kind: "ProviderConfig",
        clusterName: "json",
      }),
    );
    expect((await load([...REQUIRED_FLAGS, "--config", path])).config.clusterName).toBe("json");
  });

  it("rejects a wrong or missing apiVersion and kind", async () => {
    const wrong = await file("wrong.yaml", "apiVersion: oke-virtual-nodes.io/v1\nkind: Config\n");
    expect((await problemsOf([...REQUIRED_FLAGS, "--config", wrong])).problems).toEqual([
      {
        path: "apiVersion",
        message:
          '"oke-virtual-nodes.io/v1" is not supported; this version of oke-virtual-nodes reads oke-virtual-nodes.io/v1alpha1',
      },
      { path: "kind", message: 'must be ProviderConfig, got "Config"' },
    ]);
    const missing = await file("missing.yaml", "clusterName: x\n");
    expect((await problemsOf([...REQUIRED_FLAGS, "--config", missing])).problems).toEqual([
      { path: "apiVersion", message: "is required: set it to oke-virtual-nodes.io/v1alpha1" },
      { path: "kind", message: "is required: set it to ProviderConfig" },
    ]);
  });

  it("rejects unknown fields with a suggestion", async () => {
    const path = await file(
      "typo.yaml",
      `${HEADER}node:\n  capcity:\n    cpu: 4\nnodename: x\nfoo: 1\nnode.capacity: {pods: 5}\n`,
    );
    expect((await problemsOf([...REQUIRED_FLAGS, "--config", path])).problems).toEqual([
      { path: "node.capcity", message: 'unknown field (did you mean "capacity"?)' },
      { path: "nodename", message: 'unknown field (did you mean "nodeName"?)' },
      { path: "foo", message: "unknown field" },
      {
        path: "node.capacity",
        message: "unknown field: nest it as node: {capacity: …} instead of a dotted key",
      },
    ]);
  });

  it("names the file when it cannot be read or parsed", async () => {
    const absent = join(dir, "absent.yaml");
    expect((await problemsOf(["--config", absent, ...REQUIRED_FLAGS])).problems).toEqual([
      {
        path: absent,
        message: "cannot read the configuration file (--config or OKEVN_CONFIG): no such file",
      },
    ]);
    const empty = await file("empty.yaml", "\n");
    expect((await problemsOf(["--config", empty, ...REQUIRED_FLAGS])).problems).toEqual([
      { path: empty, message: "the configuration file is empty" },
    ]);
    const broken = await file("broken.yaml", `${HEADER}node: [\n`);
    const [yamlProblem] = (await problemsOf(["--config", broken, ...REQUIRED_FLAGS])).problems;
    expect(yamlProblem?.path).toBe(broken);
    expect(yamlProblem?.message).toMatch(/^not valid YAML: .*\(4:1\)/s);
    const duplicate = await file("duplicate.yaml", `${HEADER}clusterName: a\nclusterName: b\n`);
    expect((await problemsOf(["--config", duplicate, ...REQUIRED_FLAGS])).message).toContain(
      "duplicated mapping key",
    );
    const badJson = await file("bad.json", "{");
    expect((await problemsOf(["--config", badJson, ...REQUIRED_FLAGS])).problems[0]?.message).toMatch(
      /^not valid JSON: /,
    );
  });

  it("rejects a document that is not a mapping, and groups that are not mappings", async () => {
    const list = await file("list.json", "[1, 2]");
    expect((await problemsOf(["--config", list, ...REQUIRED_FLAGS])).problems).toEqual([
      {
        path: "(root)",
        message:
          "must be a mapping with apiVersion: oke-virtual-nodes.io/v1alpha1, kind: ProviderConfig and settings, got a list",
      },
    ]);
    const scalar = await file("group.yaml", `${HEADER}node: 5\nqueues:\n  sync: []\n`);
    expect((await problemsOf(["--config", scalar, ...REQUIRED_FLAGS])).problems).toEqual([
      { path: "node", message: "must be a mapping, got 5" },
      { path: "queues.sync", message: "must be a mapping, got a list" },
    ]);
  });

  it("reports wrong JSON types with the value", async () => {
    const path = await file(
      "types.yaml",
      `${HEADER}clusterName: 5
namespace: null
kubeconfig: null
node:
  capacity: {pods: "10", cpu: true}
  labels: {tier: 1}
oci:
  nsgIds: [ocid1.networksecuritygroup.oc1..a, 7]
leaderElection:
  enabled: "yes"
`,
    );
    expect((await problemsOf([...REQUIRED_FLAGS, "--config", path])).problems).toEqual([
      { path: "clusterName", message: "must be a string, got 5 (quote it)" },
      { path: "namespace", message: "must be a string, got null (leave the field out to use the default)" },
      { path: "node.capacity.cpu", message: 'must be a quantity such as "4Ti", got true' },
      { path: "node.capacity.pods", message: 'must be an integer, got the string "10"' },
      {
        path: "node.labels",
        message: 'must be a mapping of string keys to string values; the value of "tier" is 1 (quote it)',
      },
      { path: "oci.nsgIds", message: "must be a list of strings; item 1 is 7" },
      { path: "leaderElection.enabled", message: 'must be true or false, got the string "yes"' },
    ]);
  });
});

describe("flags and environment variables", () => {
  it("returns help for --help and -h, whatever else is wrong", async () => {
    for (const flag of ["--help", "-h"]) {
      const result = await loadConfig([flag, "--bogus"], {});
      expect(result.kind).toBe("help");
      if (result.kind === "help") expect(result.text).toMatch(/^Usage: oke-virtual-nodes/);
    }
  });

  it("reports unknown flags with a suggestion and without treating their value as an argument", async () => {
    const error = await problemsOf([...REQUIRED_FLAGS, "--node-capcity-cpu", "5", "--nodename=x", "stray"]);
    expect(error.problems).toEqual([
      { path: "--node-capcity-cpu", message: "unknown flag (did you mean --node-capacity-cpu?)" },
      { path: "--nodename", message: "unknown flag (did you mean --node-name?)" },
      { path: "stray", message: "unexpected argument: settings are given as --flag value or --flag=value" },
    ]);
  });

  it("reports a flag without its value", async () => {
    const error = await problemsOf([
      ...REQUIRED_FLAGS,
      "--cluster-name",
      "--namespace=x",
      "--config=",
      "--kubeconfig",
    ]);
    expect(error.problems).toEqual([
      { path: "--cluster-name", message: "needs a value: --flag value or --flag=value" },
      { path: "--config", message: "needs a value: --flag value or --flag=value" },
      { path: "--kubeconfig", message: "needs a value: --flag value or --flag=value" },
    ]);
  });

  it("takes a separate value that starts with one dash, and reports short options as unexpected", async () => {
    const error = await problemsOf([...REQUIRED_FLAGS, "--node-capacity-cpu", "-5", "-x", "-ab"]);
    expect(error.problems).toEqual([
      { path: "-x", message: "unexpected argument: settings are given as --flag value or --flag=value" },
      { path: "-ab", message: "unexpected argument: settings are given as --flag value or --flag=value" },
      {
        path: "node.capacity.cpu",
        message: expect.stringContaining('got "-5" (from --node-capacity-cpu)') as string,
      },
    ]);
  });

  it("explains a boolean flag followed by a separate value", async () => {
    const error = await problemsOf([...REQUIRED_FLAGS, "--leader-election-enabled", "false"]);
    expect(error.problems).toEqual([
      {
        path: "false",
        message:
          'unexpected argument: boolean flags take their value after "=": --leader-election-enabled=false',
      },
    ]);
  });

  it("parses numbers, lists and maps from text, and says where a bad value came from", async () => {
    const { config } = await load([...REQUIRED_FLAGS, "--node-labels=a=1, example.com/b = 2"], {
      OKEVN_OCI_RATE_LIMITS_CREATE_QPS: "2.5",
      OKEVN_OCI_NSG_IDS: "ocid1.networksecuritygroup.oc1..a, ocid1.networksecuritygroup.oc1..b",
    });
    expect(config.node.labels).toEqual({ a: "1", "example.com/b": "2" });
    expect(config.oci.rateLimits.create.qps).toBe(2.5);
    expect(config.oci.nsgIds).toEqual([
      "ocid1.networksecuritygroup.oc1..a",
      "ocid1.networksecuritygroup.oc1..b",
    ]);

    const error = await problemsOf([...REQUIRED_FLAGS, "--node-labels=a"], {
      OKEVN_NODE_CAPACITY_PODS: "ten",
      OKEVN_KUBERNETES_QPS: "1/s",
    });
    expect(error.problems).toEqual([
      {
        path: "node.capacity.pods",
        message: 'must be an integer, got "ten" (from OKEVN_NODE_CAPACITY_PODS)',
      },
      {
        path: "node.labels",
        message: 'must be key=value pairs separated by commas, got "a" (from --node-labels)',
      },
      { path: "kubernetes.qps", message: 'must be a number, got "1/s" (from OKEVN_KUBERNETES_QPS)' },
    ]);
  });

  it("warns about unknown OKEVN_ variables instead of failing", async () => {
    const { warnings } = await load(REQUIRED_FLAGS, {
      OKEVN_NODE_CAPACITY_POD: "5",
      OKEVN_SOMETHING_ELSE: "x",
      OKEVN_CACHE_DIR: "/tmp",
      HOME: "/",
    });
    expect(warnings).toEqual([
      {
        path: "OKEVN_NODE_CAPACITY_POD",
        message: "unknown environment variable, ignored (did you mean OKEVN_NODE_CAPACITY_PODS?)",
      },
      { path: "OKEVN_SOMETHING_ELSE", message: "unknown environment variable, ignored" },
    ]);
  });
});

describe("warnings", () => {
  it("warns about settings that are valid but risky or ignored", async () => {
    const { warnings } = await load([
      ...REQUIRED_FLAGS,
      "--oci-circuit-breaker-enabled",
      "--leader-election-enabled=false",
      "--oci-profile=OTHER",
    ]);
    expect(warnings.map((w) => w.path)).toEqual([
      "oci.circuitBreaker.enabled",
      "leaderElection.enabled",
      "oci.profile",
    ]);
    expect(warnings[2]?.message).toBe("is ignored: oci.auth is workloadIdentity, not configFile");
  });

  it("has none for the defaults, or for oci.profile with configFile auth", async () => {
    expect((await load(REQUIRED_FLAGS)).warnings).toEqual([]);
    expect((await load([...REQUIRED_FLAGS, "--oci-auth=configFile", "--oci-profile=X"])).warnings).toEqual(
      [],
    );
  });
});

describe("renamed settings", () => {
  it("reads queues.deletion of a file as queues.orphans, with a warning", async () => {
    const path = await file(
      "renamed.yaml",
      `${HEADER}queues:\n  deletion:\n    workers: 3\n    maxDelayMs: 9000\n  sync:\n    workers: 5\n`,
    );
    const { config, warnings } = await load([...REQUIRED_FLAGS, `--config=${path}`]);
    expect(config.queues.orphans).toEqual({ workers: 3, baseDelayMs: 250, maxDelayMs: 9000 });
    expect(config.queues.sync.workers).toBe(5);
    expect(warnings).toEqual([
      {
        path: "queues.deletion",
        message:
          "is deprecated: read as queues.orphans (the queue deletes instances whose pod object is gone); rename it",
      },
    ]);
  });

  it("reads the old flags and environment variables, each with a warning", async () => {
    const { config, warnings } = await load(
      [...REQUIRED_FLAGS, "--queues-deletion-workers", "6", "--queues-deletion-base-delay-ms=100"],
      { OKEVN_QUEUES_DELETION_MAX_DELAY_MS: "7000" },
    );
    expect(config.queues.orphans).toEqual({ workers: 6, baseDelayMs: 100, maxDelayMs: 7000 });
    expect(warnings.map((w) => w.path)).toEqual([
      "--queues-deletion-workers",
      "--queues-deletion-base-delay-ms",
      "OKEVN_QUEUES_DELETION_MAX_DELAY_MS",
    ]);
    expect(warnings[0]?.message).toContain("is deprecated: read as --queues-orphans-workers");
  });

  it("lets the new name win when both are given", async () => {
    const path = await file(
      "both.yaml",
      `${HEADER}queues:\n  deletion:\n    workers: 3\n  orphans:\n    workers: 4\n`,
    );
    const { config, warnings } = await load(
      [
        ...REQUIRED_FLAGS,
        `--config=${path}`,
        "--queues-deletion-base-delay-ms",
        "1",
        "--queues-orphans-base-delay-ms=2",
      ],
      { OKEVN_QUEUES_DELETION_MAX_DELAY_MS: "7000", OKEVN_QUEUES_ORPHANS_MAX_DELAY_MS: "8000" },
    );
    expect(config.queues.orphans).toEqual({ workers: 4, baseDelayMs: 2, maxDelayMs: 8000 });
    expect(warnings.map((w) => w.message.includes("ignored because"))).toEqual([true, true, true]);
  });

  it("still refuses an old name that never existed", async () => {
    const error = await problemsOf([...REQUIRED_FLAGS, "--queues-deletion-speed=1"], {});
    expect(error.problems.map((p) => p.path)).toEqual(["--queues-deletion-speed"]);
  });
});

describe("the result", () => {
  it("is deep-frozen", async () => {
    const { config } = await load([...REQUIRED_FLAGS, "--node-labels=a=1"]);
    const frozen: unknown[] = [
      config,
      config.node,
      config.node.capacity,
      config.node.labels,
      config.oci.nsgIds,
    ];
    frozen.push(config.oci.rateLimits.create, config.queues.sync, config.node.taint);
    for (const part of frozen) expect(Object.isFrozen(part)).toBe(true);
    expect(() => {
      (config.node.capacity as { pods: number }).pods = 1;
    }).toThrow(TypeError);
    expect(() => {
      (config.oci.nsgIds as string[]).push("x");
    }).toThrow(TypeError);
  });

  it("never freezes the caller's objects", () => {
    const labels = { a: "1" };
    defaultConfig({ node: { labels } });
    expect(Object.isFrozen(labels)).toBe(false);
  });

  it("reports every problem at once, with a printable message", async () => {
    const error = await problemsOf(["--node-capacity-pods=0", "--observability-log-level=verbose"], {});
    expect(error.problems.map((p) => p.path)).toEqual([
      "nodeName",
      "node.capacity.pods",
      "node.availabilityDomain",
      "oci.region",
      "oci.compartmentId",
      "oci.subnetId",
      "observability.logLevel",
    ]);
    expect(error.message).toBe(
      [
        "invalid configuration (7 problems):",
        "  nodeName: is required: set nodeName in the config file, --node-name or OKEVN_NODE_NAME",
        "  node.capacity.pods: must be an integer from 1 to 100000, got 0 (from --node-capacity-pods)",
        "  node.availabilityDomain: is required: set node.availabilityDomain in the config file, --node-availability-domain or OKEVN_NODE_AVAILABILITY_DOMAIN",
        "  oci.region: is required: set oci.region in the config file, --oci-region or OKEVN_OCI_REGION",
        "  oci.compartmentId: is required: set oci.compartmentId in the config file, --oci-compartment-id or OKEVN_OCI_COMPARTMENT_ID",
        "  oci.subnetId: is required: set oci.subnetId in the config file, --oci-subnet-id or OKEVN_OCI_SUBNET_ID",
        '  observability.logLevel: must be one of debug, info, warn, error, got "verbose" (from --observability-log-level)',
      ].join("\n"),
    );
    expect(error.name).toBe("ConfigError");
  });
});
