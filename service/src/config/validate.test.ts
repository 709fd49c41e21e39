import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, type ConfigProblem, type ProviderConfigInput } from "./index.ts";

function problems(overrides: ProviderConfigInput): readonly ConfigProblem[] {
  try {
    defaultConfig(overrides);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const DNS_SUBDOMAIN =
  'must be a DNS-1123 subdomain: at most 253 lowercase letters, digits, "-" and ".", starting and ending with a letter or digit';
const DNS_LABEL =
  'must be a DNS-1123 label: at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit';
const LABEL_NAME =
  'must be a label key: [prefix/]name, the name at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
const LABEL_VALUE =
  'must be a label value: empty, or at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
const QUANTITY = 'must be a Kubernetes quantity such as "1000", "250m", "512Mi" or "4Ti"';

/** [what, overrides, expected problems]: each rule with its path and full message. */
const INVALID: readonly [string, ProviderConfigInput, readonly ConfigProblem[]][] = [
  [
    "nodeName not a DNS subdomain",
    { nodeName: "VN_1" },
    [{ path: "nodeName", message: `${DNS_SUBDOMAIN}, got "VN_1"` }],
  ],
  [
    "clusterName empty",
    { clusterName: " " },
    [{ path: "clusterName", message: 'must not be empty, got " "' }],
  ],
  [
    "namespace not a DNS label",
    { namespace: "a.b" },
    [{ path: "namespace", message: `${DNS_LABEL}, got "a.b"` }],
  ],
  ["kubeconfig empty", { kubeconfig: "" }, [{ path: "kubeconfig", message: 'must not be empty, got ""' }]],
  [
    "capacity quantities",
    { node: { capacity: { cpu: "-1", memory: "4TB" } } },
    [
      { path: "node.capacity.cpu", message: `${QUANTITY}, got "-1"` },
      { path: "node.capacity.memory", message: `${QUANTITY}, got "4TB"` },
    ],
  ],
  [
    "zero capacity",
    { node: { capacity: { cpu: "0m" } } },
    [{ path: "node.capacity.cpu", message: 'must be greater than zero, got "0m"' }],
  ],
  [
    "pods out of range",
    { node: { capacity: { pods: 100_001 } } },
    [{ path: "node.capacity.pods", message: "must be an integer from 1 to 100000, got 100001" }],
  ],
  [
    "label keys and values",
    { node: { labels: { "Bad Key": "ok", "Example.com/x": "ok", good: "-bad-" } } },
    [
      { path: "node.labels", message: `key "Bad Key" ${LABEL_NAME}` },
      {
        path: "node.labels",
        message:
          'key "Example.com/x" must be a label key: the part before / must be a DNS-1123 subdomain such as example.com',
      },
      { path: 'node.labels["good"]', message: `${LABEL_VALUE}, got "-bad-"` },
    ],
  ],
  [
    "taint fields",
    { node: { taint: { key: "a/b/c", value: "x y", effect: "noschedule" as "NoSchedule" } } },
    [
      { path: "node.taint.key", message: `${LABEL_NAME}, got "a/b/c"` },
      { path: "node.taint.value", message: `${LABEL_VALUE}, got "x y"` },
      {
        path: "node.taint.effect",
        message:
          'must be one of NoSchedule, PreferNoSchedule, NoExecute, got "noschedule" (did you mean "NoSchedule"?)',
      },
    ],
  ],
  [
    "availability domain with whitespace",
    { node: { availabilityDomain: "AD 1" } },
    [{ path: "node.availabilityDomain", message: 'must not contain whitespace, got "AD 1"' }],
  ],
  [
    "fault domain",
    { node: { faultDomain: "FAULT-DOMAIN-4" } },
    [
      {
        path: "node.faultDomain",
        message: 'must be FAULT-DOMAIN-1, FAULT-DOMAIN-2 or FAULT-DOMAIN-3, got "FAULT-DOMAIN-4"',
      },
    ],
  ],
  [
    "durations in range",
    { node: { leaseDurationSeconds: 0, statusUpdateIntervalSeconds: 86_401 } },
    [
      { path: "node.leaseDurationSeconds", message: "must be an integer from 1 to 86400, got 0" },
      { path: "node.statusUpdateIntervalSeconds", message: "must be an integer from 1 to 86400, got 86401" },
    ],
  ],
  [
    "node lease renewed less often than it lasts",
    { node: { leaseDurationSeconds: 40, leaseRenewIntervalSeconds: 40 } },
    [
      {
        path: "node.leaseRenewIntervalSeconds",
        message: "must be less than node.leaseDurationSeconds (40), got 40",
      },
    ],
  ],
  [
    "kubelet API addresses and port",
    { kubeletApi: { listenAddress: "localhost", advertisedAddress: "10.0.0", port: 0 } },
    [
      {
        path: "kubeletApi.listenAddress",
        message: 'must be an IPv4 or IPv6 address such as 10.0.0.5, got "localhost"',
      },
      { path: "kubeletApi.port", message: "must be an integer from 1 to 65535, got 0" },
      {
        path: "kubeletApi.advertisedAddress",
        message: 'must be an IPv4 or IPv6 address such as 10.0.0.5, got "10.0.0"',
      },
    ],
  ],
  [
    "certificate without key",
    { kubeletApi: { tlsCertFile: "/tls/cert.pem" } },
    [
      {
        path: "kubeletApi.tlsKeyFile",
        message:
          "is required when kubeletApi.tlsCertFile is set: set both, or neither to get a certificate through a CSR",
      },
    ],
  ],
  [
    "key without certificate",
    { kubeletApi: { tlsKeyFile: "/tls/key.pem" } },
    [
      {
        path: "kubeletApi.tlsCertFile",
        message:
          "is required when kubeletApi.tlsKeyFile is set: set both, or neither to get a certificate through a CSR",
      },
    ],
  ],
  [
    "OCI auth method",
    { oci: { auth: "apiKey" as "configFile" } },
    [
      {
        path: "oci.auth",
        message:
          'must be one of configFile, instancePrincipal, resourcePrincipal, workloadIdentity, got "apiKey"',
      },
    ],
  ],
  [
    "OCI region",
    { oci: { region: "Frankfurt" } },
    [
      {
        path: "oci.region",
        message: 'must be an OCI region identifier such as eu-frankfurt-1, got "Frankfurt"',
      },
    ],
  ],
  [
    "OCIDs of the wrong type",
    { oci: { compartmentId: "ocid1.subnet.oc1..x", subnetId: "subnet-1" } },
    [
      {
        path: "oci.compartmentId",
        message:
          'must be an OCID such as ocid1.compartment.oc1..aaaa… or ocid1.tenancy.oc1..aaaa…, got "ocid1.subnet.oc1..x"',
      },
      { path: "oci.subnetId", message: 'must be an OCID such as ocid1.subnet.oc1..aaaa…, got "subnet-1"' },
    ],
  ],
  [
    "too many NSGs, and a bad one",
    {
      oci: {
        nsgIds: ["a", "b", "c", "d", "e", "f"].map((s, i) =>
          i === 1 ? "ocid1.vcn.oc1..b" : `ocid1.networksecuritygroup.oc1.iad.${s}`,
        ),
      },
    },
    [
      { path: "oci.nsgIds", message: "must have at most 5 items, got 6" },
      {
        path: "oci.nsgIds[1]",
        message: 'must be an OCID such as ocid1.networksecuritygroup.oc1..aaaa…, got "ocid1.vcn.oc1..b"',
      },
    ],
  ],
  [
    "default shape with whitespace",
    { oci: { defaultShape: "CI Standard" } },
    [{ path: "oci.defaultShape", message: 'must not contain whitespace, got "CI Standard"' }],
  ],
  [
    "endpoint URLs",
    {
      oci: {
        endpoints: {
          containerInstances: "ftp://emulator",
          core: "emulator:8080",
          monitoring: "http://u:p@h/?q",
        },
      },
    },
    [
      {
        path: "oci.endpoints.containerInstances",
        message: 'must be an http:// or https:// URL, got "ftp://emulator"',
      },
      { path: "oci.endpoints.core", message: 'must be an http:// or https:// URL, got "emulator:8080"' },
      {
        path: "oci.endpoints.monitoring",
        message: 'must be a URL without user name, password, query or fragment, got "http://u:p@h/?q"',
      },
    ],
  ],
  [
    "OCI limits",
    {
      oci: { maxInFlightCreates: 0, rateLimits: { create: { qps: 0, burst: 0 } }, retry: { maxAttempts: 0 } },
    },
    [
      { path: "oci.maxInFlightCreates", message: "must be an integer from 1 to 10000, got 0" },
      {
        path: "oci.rateLimits.create.qps",
        message: "must be a number greater than 0 and at most 1000000, got 0",
      },
      { path: "oci.rateLimits.create.burst", message: "must be an integer from 1 to 1000000, got 0" },
      { path: "oci.retry.maxAttempts", message: "must be an integer from 1 to 100, got 0" },
    ],
  ],
  [
    "OCI retry delays",
    { oci: { retry: { baseDelayMs: 1000, maxDelayMs: 999 } } },
    [{ path: "oci.retry.maxDelayMs", message: "must be at least oci.retry.baseDelayMs (1000), got 999" }],
  ],
  [
    "Kubernetes client",
    { kubernetes: { qps: -1, clusterDnsIp: "kube-dns", clusterDomain: "Cluster.Local" } },
    [
      { path: "kubernetes.qps", message: "must be a number greater than 0 and at most 1000000, got -1" },
      {
        path: "kubernetes.clusterDnsIp",
        message: 'must be an IPv4 or IPv6 address such as 10.0.0.5, got "kube-dns"',
      },
      { path: "kubernetes.clusterDomain", message: `${DNS_SUBDOMAIN}, got "Cluster.Local"` },
    ],
  ],
  [
    "agent enabled without its image and secret",
    { agent: { enabled: true, upstreamDns: ["coredns"] } },
    [
      { path: "agent.image", message: "is required when agent.enabled is true" },
      { path: "agent.secretFile", message: "is required when agent.enabled is true" },
      {
        path: "agent.upstreamDns[0]",
        message:
          'must be an IPv4 address with an optional :port such as 10.0.0.5 or 10.0.0.5:5353, got "coredns"',
      },
    ],
  ],
  [
    "queues",
    { queues: { status: { workers: 1001 }, orphans: { baseDelayMs: 10, maxDelayMs: 5 }, burst: 0 } },
    [
      { path: "queues.status.workers", message: "must be an integer from 1 to 1000, got 1001" },
      {
        path: "queues.orphans.maxDelayMs",
        message: "must be at least queues.orphans.baseDelayMs (10), got 5",
      },
      { path: "queues.burst", message: "must be an integer from 1 to 1000000, got 0" },
    ],
  ],
  [
    "leader election renew deadline not below the lease",
    { leaderElection: { leaseDurationSeconds: 10, renewDeadlineSeconds: 10 } },
    [
      {
        path: "leaderElection.renewDeadlineSeconds",
        message: "must be less than leaderElection.leaseDurationSeconds (10), got 10",
      },
    ],
  ],
  [
    "leader election retry period too close to the renew deadline",
    { leaderElection: { renewDeadlineSeconds: 6, retryPeriodSeconds: 5 } },
    [
      {
        path: "leaderElection.renewDeadlineSeconds",
        message:
          "must be greater than 1.2 × leaderElection.retryPeriodSeconds (6), got 6: retries are jittered by up to 20%",
      },
    ],
  ],
  [
    "leader failover longer than the node heartbeat",
    { leaderElection: { leaseDurationSeconds: 28, renewDeadlineSeconds: 20 } },
    [
      {
        path: "leaderElection.leaseDurationSeconds",
        message:
          "is too long for the Node's heartbeat: a failover can leave the Node's Lease unrenewed for node.leaseRenewIntervalSeconds + leaderElection.leaseDurationSeconds + leaderElection.retryPeriodSeconds = 40s, which must stay below node.leaseDurationSeconds (40s)",
      },
    ],
  ],
  [
    "derived lease name too long",
    { nodeName: "n".repeat(250) },
    [
      {
        path: "leaderElection.leaseName",
        message: `${DNS_SUBDOMAIN}, got "${"n".repeat(77)}..." (derived as <nodeName>-leader; set leaderElection.leaseName to choose another)`,
      },
    ],
  ],
  [
    "leader identity empty",
    { leaderElection: { identity: "" } },
    [{ path: "leaderElection.identity", message: 'must not be empty, got ""' }],
  ],
  [
    "listen addresses",
    { observability: { metricsAddress: "10255", healthAddress: "0.0.0.0:70000" } },
    [
      {
        path: "observability.metricsAddress",
        message: 'must be host:port such as "0.0.0.0:10255" or "[::]:10255", got "10255"',
      },
      {
        path: "observability.healthAddress",
        message: 'must be host:port with a port from 0 to 65535, got "0.0.0.0:70000"',
      },
    ],
  ],
  [
    "port clashes",
    { observability: { metricsAddress: "127.0.0.1:10250", healthAddress: "[::]:10250" } },
    [
      { path: "observability.metricsAddress", message: "port 10250 is already used by kubeletApi.port" },
      { path: "observability.healthAddress", message: "port 10250 is already used by kubeletApi.port" },
    ],
  ],
  [
    "log level",
    { observability: { logLevel: "warning" as "warn" } },
    [
      {
        path: "observability.logLevel",
        message: 'must be one of debug, info, warn, error, got "warning" (did you mean "warn"?)',
      },
    ],
  ],
  [
    "logs store not implemented",
    { logs: { store: "objectStorage" } },
    [
      {
        path: "logs.store",
        message:
          "objectStorage is reserved for a later release and not implemented yet; use configMap or none",
      },
    ],
  ],
  [
    "logs larger than a ConfigMap",
    { logs: { maxBytesPerContainer: 2_000_000 } },
    [
      {
        path: "logs.maxBytesPerContainer",
        message:
          "must be at most 1048576 (1 MiB, the size limit of a ConfigMap) with logs.store configMap, got 2000000",
      },
    ],
  ],
];

describe("validation", () => {
  it.each(INVALID)("%s", (_what, overrides, expected) => {
    expect(problems(overrides)).toEqual(expected);
  });

  it("accepts the valid forms next to each rule", () => {
    const config = defaultConfig({
      nodeName: "virtual-node.example",
      node: {
        capacity: { cpu: "250m", memory: ".5Gi", pods: 100_000 },
        labels: { "example.com/team": "a_b-c.d", empty: "" },
        taint: { key: "dedicated", value: "", effect: "NoExecute" },
        faultDomain: "FAULT-DOMAIN-3",
      },
      kubeletApi: { advertisedAddress: "fd00::1", listenAddress: "::", tlsCertFile: "/c", tlsKeyFile: "/k" },
      oci: {
        compartmentId: "ocid1.tenancy.oc1..aaaaaaaa",
        region: "us-sanjose-1",
        endpoints: { containerInstances: "http://127.0.0.1:8080" },
        rateLimits: { other: { qps: 0.5, burst: 1 } },
      },
      kubernetes: { clusterDnsIp: "10.96.5.5" },
      observability: { metricsAddress: "[::1]:0", healthAddress: "127.0.0.1:0" },
      logs: { store: "none", maxBytesPerContainer: 2_000_000 },
    });
    expect(config.node.capacity.cpu).toBe("250m");
  });

  it("accepts a number for a quantity in a file", () => {
    expect(defaultConfig({ node: { capacity: { cpu: 64 as unknown as string } } }).node.capacity.cpu).toBe(
      "64",
    );
  });

  it("skips leader-election timing rules when leader election is off", () => {
    const config = defaultConfig({
      leaderElection: { enabled: false, leaseDurationSeconds: 60, renewDeadlineSeconds: 90 },
    });
    expect(config.leaderElection.enabled).toBe(false);
  });

  it("allows the same port on different specific hosts, and port 0 twice", () => {
    expect(() =>
      defaultConfig({
        kubeletApi: { listenAddress: "10.0.0.1" },
        observability: { metricsAddress: "10.0.0.2:10250", healthAddress: "10.0.0.2:0" },
      }),
    ).not.toThrow();
    expect(() =>
      defaultConfig({ observability: { metricsAddress: "a:0", healthAddress: "b:0" } }),
    ).not.toThrow();
  });

  it("reports a missing required field once, not again after a type error", () => {
    expect(problems({ nodeName: 5 as unknown as string })).toEqual([
      { path: "nodeName", message: "must be a string, got 5 (quote it)" },
    ]);
  });
});
