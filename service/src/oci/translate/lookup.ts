import type { ResolvedReferences } from "./types.ts";

/** Name of the ConfigMap the API server publishes in every namespace with the cluster CA. */
export const ROOT_CA_CONFIGMAP = "kube-root-ca.crt";

/**
 * One ConfigMap or Secret as files: key → base64 content. ConfigMap `data` is text and is encoded
 * here; ConfigMap `binaryData` and Secret `data` are already base64.
 */
export interface KeyedObject {
  /** Every key (for volumes). */
  readonly keys: readonly string[];
  /** Keys usable as environment variables: a ConfigMap's `data` only, as on a kubelet. */
  readonly textKeys: readonly string[];
  /** base64 content of a key, or undefined if the key is absent. */
  base64(key: string): string | undefined;
  /** UTF-8 text of a key, or undefined if the key is absent. */
  text(key: string): string | undefined;
}

export function findConfigMap(refs: ResolvedReferences, name: string | undefined): KeyedObject | undefined {
  if (name === undefined) return undefined;
  const configMap = refs.configMaps?.[name];
  if (configMap !== undefined) {
    const data = configMap.data ?? {};
    const binary = configMap.binaryData ?? {};
    return keyed(
      [...Object.keys(data), ...Object.keys(binary)],
      Object.keys(data),
      (key) => (Object.hasOwn(data, key) ? toBase64(data[key] ?? "") : binary[key]),
      (key) => (Object.hasOwn(data, key) ? data[key] : fromBase64(binary[key])),
    );
  }
  if (name === ROOT_CA_CONFIGMAP && refs.rootCaCrt !== undefined) {
    const ca = refs.rootCaCrt;
    return keyed(
      ["ca.crt"],
      ["ca.crt"],
      (key) => (key === "ca.crt" ? toBase64(ca) : undefined),
      (key) => (key === "ca.crt" ? ca : undefined),
    );
  }
  return undefined;
}

export function findSecret(
  refs: ResolvedReferences,
  name: string | undefined,
): (KeyedObject & { type: string }) | undefined {
  if (name === undefined) return undefined;
  const secret = refs.secrets?.[name];
  if (secret === undefined) return undefined;
  const data = secret.data ?? {};
  const base64 = (key: string): string | undefined => (Object.hasOwn(data, key) ? data[key] : undefined);
  return {
    ...keyed(Object.keys(data), Object.keys(data), base64, (key) => fromBase64(base64(key))),
    type: secret.type ?? "Opaque",
  };
}

function keyed(
  keys: readonly string[],
  textKeys: readonly string[],
  base64: (key: string) => string | undefined,
  text: (key: string) => string | undefined,
): KeyedObject {
  return { keys, textKeys, base64, text };
}

export function toBase64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

export function fromBase64(value: string | undefined): string | undefined {
  return value === undefined ? undefined : Buffer.from(value, "base64").toString("utf8");
}
