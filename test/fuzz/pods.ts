/**
 * Random but schema-valid pods for fuzz tests: seeded, so a failure reproduces. Includes
 * absurd sizes and names, unsupported fields, missing references and odd probes.
 */
import type { V1Container, V1Pod, V1Volume } from "@kubernetes/client-node";

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomPod(random: () => number, name: string, nodeName: string): V1Pod {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const maybe = (p: number): boolean => random() < p;
  const cpu = pick(["1m", "100m", "250m", "1", "2.5", "64", "5000", "1e3", "0.001"]);
  const memory = pick(["1", "64Mi", "512Mi", "1Gi", "3G", "100Gi", "1Ti", "100Ti", "1e9"]);
  const volumes: V1Volume[] = [];
  if (maybe(0.3)) volumes.push({ name: "scratch", emptyDir: maybe(0.5) ? { medium: "Memory" } : {} });
  if (maybe(0.2))
    volumes.push({
      name: "cfg",
      configMap: { name: pick(["present-cm", "absent-cm"]), optional: maybe(0.5) },
    });
  if (maybe(0.1)) volumes.push({ name: "host", hostPath: { path: "/var/run" } });
  if (maybe(0.1)) volumes.push({ name: "claim", persistentVolumeClaim: { claimName: "data" } });
  const containers: V1Container[] = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => {
    const container: V1Container = {
      name: `c${i}-${"x".repeat(Math.floor(random() * 40))}`.slice(0, 63),
      image: pick([
        "nginx",
        "registry.example/app:1",
        "ghcr.io/org/tool@sha256:" + "a".repeat(64),
        "localhost:5000/x/y/z:latest",
      ]),
    };
    if (maybe(0.7))
      container.resources = { requests: { cpu, memory }, ...(maybe(0.3) ? { limits: { cpu, memory } } : {}) };
    if (maybe(0.4)) container.command = ["sh", "-c", "echo $(HOME) $$(HOME) $(MISSING"];
    if (maybe(0.4)) {
      container.env = [
        { name: "PLAIN", value: "v".repeat(Math.floor(random() * 100)) },
        ...(maybe(0.5)
          ? [
              {
                name: "FROM_SECRET",
                valueFrom: { secretKeyRef: { name: "absent", key: "k", optional: true } },
              },
            ]
          : []),
        ...(maybe(0.3) ? [{ name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }] : []),
      ];
    }
    if (maybe(0.3))
      container.livenessProbe = maybe(0.5)
        ? { httpGet: { path: "/", port: 8080 } }
        : { tcpSocket: { port: 80 } };
    if (maybe(0.1)) container.readinessProbe = { exec: { command: ["true"] } };
    if (maybe(0.1)) container.securityContext = { privileged: true };
    if (maybe(0.2) && volumes[0]) container.volumeMounts = [{ name: volumes[0].name, mountPath: "/mnt/v" }];
    return container;
  });
  return {
    metadata: {
      name,
      labels: { fuzz: "true" },
      annotations: maybe(0.1)
        ? { "oke-virtual-nodes.io/shape": pick(["CI.Standard.E4.Flex", "CI.Standard.A1.Flex", "Nope.Shape"]) }
        : {},
    },
    spec: {
      nodeName,
      tolerations: [{ key: "virtual-kubelet.io/provider", operator: "Exists" }],
      restartPolicy: pick(["Always", "OnFailure", "Never"]),
      containers,
      volumes,
      ...(maybe(0.05) ? { hostNetwork: true } : {}),
      ...(maybe(0.05) ? { initContainers: [{ name: "init", image: "busybox" }] } : {}),
      ...(maybe(0.2) ? { terminationGracePeriodSeconds: pick([0, 1, 30, 3600]) } : {}),
      ...(maybe(0.1)
        ? { dnsPolicy: pick(["Default", "ClusterFirst", "None"]), dnsConfig: { nameservers: ["10.0.0.10"] } }
        : {}),
    },
  };
}
