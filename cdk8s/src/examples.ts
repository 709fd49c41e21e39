/** Example values shipped in the chart's ci/ directory and used by the golden-rule tests. */

export const EXAMPLES: Readonly<Record<string, Record<string, unknown>>> = {
  minimal: {
    oci: { region: "eu-frankfurt-1" },
    nodes: [
      {
        name: "vn-ad1",
        availabilityDomain: "Uocm:EU-FRANKFURT-1-AD-1",
        compartmentId: "ocid1.compartment.oc1..aaaaaaaaexample",
        subnetId: "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaexample",
      },
    ],
  },
  "multi-node": {
    clusterName: "prod-fra",
    oci: { region: "eu-frankfurt-1" },
    nodeDefaults: {
      shape: "CI.Standard.E4.Flex",
      nsgIds: ["ocid1.networksecuritygroup.oc1.eu-frankfurt-1.aaaaaaaapods"],
      labels: { "oke-virtual-nodes.io/pool": "default" },
    },
    nodes: [1, 2, 3].map((ad) => ({
      name: `vn-ad${ad}`,
      availabilityDomain: `Uocm:EU-FRANKFURT-1-AD-${ad}`,
      compartmentId: "ocid1.compartment.oc1..aaaaaaaaexample",
      subnetId: "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaaexample",
      ...(ad === 2
        ? {
            cpu: "256",
            memory: "1Ti",
            pods: 200,
            shape: "CI.Standard.A1.Flex",
            faultDomain: "FAULT-DOMAIN-2",
            subnetCidr: "10.0.64.0/18",
            labels: { "oke-virtual-nodes.io/pool": "arm" },
            serviceAnnotations: {
              "oci-network-load-balancer.oraclecloud.com/subnet":
                "ocid1.subnet.oc1.eu-frankfurt-1.aaaaaaaalb",
            },
          }
        : {}),
    })),
    serviceMonitor: { enabled: true, labels: { release: "prometheus" } },
    admissionPolicy: { enabled: true },
    priorityClassName: "system-cluster-critical",
    tolerations: [{ key: "CriticalAddonsOnly", operator: "Exists" }],
  },
  "api-key": {
    oci: {
      region: "us-ashburn-1",
      auth: "configFile",
      apiKey: {
        create: true,
        tenancy: "ocid1.tenancy.oc1..aaaaaaaaexample",
        user: "ocid1.user.oc1..aaaaaaaaexample",
        fingerprint: "12:34:56:78:90:ab:cd:ef:12:34:56:78:90:ab:cd:ef",
        privateKey: "-----BEGIN PRIVATE KEY-----\nnot-a-real-key\n-----END PRIVATE KEY-----\n",
      },
    },
    taint: { enabled: false },
    agent: { existingSecret: "okevn-agent-key", upstreamDns: ["10.0.10.53"] },
    podDisruptionBudget: { enabled: false },
    cleanupHook: { enabled: false },
    service: { type: "ClusterIP", annotations: {} },
    nodes: [
      {
        name: "vn-iad",
        availabilityDomain: "Uocm:US-ASHBURN-AD-1",
        compartmentId: "ocid1.tenancy.oc1..aaaaaaaaexample",
        subnetId: "ocid1.subnet.oc1.iad.aaaaaaaaexample",
      },
    ],
  },
};
