import type { V1Container, V1Pod } from "@kubernetes/client-node";
import { describe, expect, it } from "vitest";
import { collectReferences } from "../../kube/references.ts";
import { findMissingReferences, translatePod } from "./index.ts";
import type { TranslationInput } from "./index.ts";
import { A1_FLEX, E4_FLEX, TEST_NODE } from "./testing.ts";

function input(
  spec: Partial<NonNullable<V1Pod["spec"]>> = {},
  extra: Partial<TranslationInput> = {},
): TranslationInput {
  return {
    pod: {
      metadata: { name: "web", namespace: "shop", uid: "0b7e6d0c-1111-2222-3333-444455556666" },
      spec: { containers: [{ name: "app", image: "nginx" }], ...spec },
    },
    node: TEST_NODE,
    shapes: [E4_FLEX, A1_FLEX],
    references: {},
    defaults: { shapeName: E4_FLEX.name, cpu: "1", memory: "1Gi" },
    ...extra,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function problemFields(result: ReturnType<typeof translatePod>): string[] {
  return result.ok ? [] : result.problems.map((p) => p.field);
}

describe("translatePod", () => {
  it("is pure: frozen input, same output twice", () => {
    const frozen = deepFreeze(
      input({
        containers: [
          {
            name: "app",
            image: "nginx",
            env: [{ name: "A", value: "1" }],
            args: ["$(A)"],
            volumeMounts: [{ name: "v", mountPath: "/v" }],
          },
        ],
        volumes: [{ name: "v", emptyDir: {} }],
      }),
    );
    const first = translatePod(frozen);
    expect(first.ok).toBe(true);
    expect(translatePod(frozen)).toEqual(first);
  });

  it.each<[string, unknown]>([
    ["no spec", { metadata: { name: "a", namespace: "b", uid: "c" } }],
    [
      "containers not a list",
      { metadata: { name: "a", namespace: "b", uid: "c" }, spec: { containers: "nginx" } },
    ],
    ["null container", { metadata: { name: "a", namespace: "b", uid: "c" }, spec: { containers: [null] } }],
    [
      "numbers for strings",
      { metadata: { name: 1, namespace: 2, uid: 3 }, spec: { containers: [{ name: 1, image: 2 }] } },
    ],
    [
      "env not a list",
      {
        metadata: { name: "a", namespace: "b", uid: "c" },
        spec: { containers: [{ name: "x", image: "y", env: {} }] },
      },
    ],
    ["empty object", {}],
  ])("never throws on malformed input: %s", (_name, pod) => {
    const result = translatePod({ ...input(), pod: pod as V1Pod });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  });

  it("refuses more than 60 containers and 32 volumes", () => {
    const containers: V1Container[] = Array.from({ length: 61 }, (_, i) => ({
      name: `c${i}`,
      image: "busybox",
    }));
    const volumes = Array.from({ length: 33 }, (_, i) => ({ name: `v${i}`, emptyDir: {} }));
    expect(problemFields(translatePod(input({ containers })))).toEqual(["spec.containers"]);
    expect(problemFields(translatePod(input({ volumes })))).toEqual(["spec.volumes"]);
  });

  it("refuses arguments or environments over 64 KB", () => {
    const big = "x".repeat(40 * 1024);
    const container = {
      name: "app",
      image: "busybox",
      args: [big, big],
      env: [
        { name: "A", value: big },
        { name: "B", value: big },
      ],
    };
    expect(problemFields(translatePod(input({ containers: [container] })))).toEqual([
      "spec.containers[0].args",
      "spec.containers[0].env",
    ]);
  });

  it("lists every problem of a pod at once, missing references included", () => {
    const result = translatePod(
      input({
        hostNetwork: true,
        containers: [
          {
            name: "app",
            image: "nginx",
            resources: { requests: { cpu: "500" } },
            env: [{ name: "S", valueFrom: { secretKeyRef: { name: "absent", key: "k" } } }],
          },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => [p.kind, p.retryable])).toEqual([
        ["Unsupported", false],
        ["MissingReference", true],
        ["NoFittingShape", false],
      ]);
    }
  });
});

describe("references", () => {
  const pod: V1Pod = {
    metadata: { name: "web", namespace: "shop", uid: "u" },
    spec: {
      imagePullSecrets: [{ name: "regcred" }],
      containers: [
        {
          name: "app",
          image: "nginx",
          envFrom: [{ configMapRef: { name: "cm", optional: true } }],
          env: [{ name: "S", valueFrom: { secretKeyRef: { name: "s", key: "k" } } }],
        },
      ],
      volumes: [
        { name: "cfg", configMap: { name: "cm", items: [{ key: "a", path: "a" }] } },
        { name: "tok", projected: { sources: [{ serviceAccountToken: { path: "t", audience: "vault" } }] } },
      ],
    },
  };

  it("lists what the caller must fetch", () => {
    const refs = collectReferences(pod);
    expect(refs.imagePullSecrets).toEqual(["regcred"]);
    expect(refs.tokens).toEqual([
      {
        audience: "vault",
        expirationSeconds: 3600,
        field: "spec.volumes[1].projected.sources[0].serviceAccountToken",
      },
    ]);
    expect(refs.objects.map((o) => [o.kind, o.name, o.key, o.optional])).toEqual([
      ["ConfigMap", "cm", undefined, true],
      ["Secret", "s", "k", false],
      ["ConfigMap", "cm", undefined, false],
      ["ConfigMap", "cm", "a", false],
    ]);
  });

  it("classifies a missing object as mandatory when any use is mandatory", () => {
    const missing = findMissingReferences(pod, {});
    expect(missing.map((m) => [m.reason, m.name, m.fields.length])).toEqual([
      ["MandatoryConfigMapNotFound", "cm", 3],
      ["MandatorySecretNotFound", "s", 1],
    ]);
  });

  it("reports a missing key only when the object exists", () => {
    const missing = findMissingReferences(pod, {
      configMaps: { cm: { data: { b: "x" } } },
      secrets: { s: { data: { k: "eA==" } } },
    });
    expect(missing).toEqual([
      {
        kind: "ConfigMap",
        name: "cm",
        key: "a",
        optional: false,
        reason: "MandatoryConfigMapKeyNotFound",
        fields: ["spec.volumes[0].configMap.items[0]"],
      },
    ]);
  });
});
