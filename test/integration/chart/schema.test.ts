/** values.schema.json rejects bad values with a message that names the field and the problem. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { CHART, helm, KUBE_VERSION } from "./helm.ts";

const node = {
  name: "vn-ad1",
  availabilityDomain: "Uocm:EU-FRANKFURT-1-AD-1",
  compartmentId: "ocid1.compartment.oc1..aaaa",
  subnetId: "ocid1.subnet.oc1.eu-frankfurt-1.aaaa",
};
const region = { region: "eu-frankfurt-1" };
const { compartmentId: _c, ...withoutCompartment } = node;

/** Name, values, and what the error must say. */
const BAD: readonly [string, unknown, RegExp][] = [
  ["replicas is a string", { replicas: "two" }, /at '\/replicas': got string, want integer/],
  ["negative replicas", { replicas: -1 }, /at '\/replicas': minimum: got -1, want 1/],
  ["unknown top-level key", { replica: 2 }, /additional properties 'replica' not allowed/],
  ["unknown nested key", { image: { tags: "x" } }, /at '\/image': additional properties 'tags' not allowed/],
  ["digest without its algorithm", { image: { digest: "abc123" } }, /at '\/image\/digest'/],
  [
    "missing compartment",
    { oci: region, nodes: [withoutCompartment] },
    /at '\/nodes\/0': missing property 'compartmentId'/,
  ],
  [
    "unknown node key",
    { oci: region, nodes: [{ ...node, compartment: "x" }] },
    /additional properties 'compartment' not allowed/,
  ],
  [
    "compartment not an OCID",
    { oci: region, nodes: [{ ...node, compartmentId: "prod" }] },
    /at '\/nodes\/0\/compartmentId'/,
  ],
  ["node name not a DNS label", { oci: region, nodes: [{ ...node, name: "VN_1" }] }, /at '\/nodes\/0\/name'/],
  ["nodes without a region", { nodes: [node] }, /at '\/oci\/region': minLength: got 0, want 1/],
  ["auth method unknown", { oci: { auth: "password" } }, /at '\/oci\/auth'/],
  [
    "pods is a string",
    { nodeDefaults: { pods: "many" } },
    /at '\/nodeDefaults\/pods': got string, want integer/,
  ],
  [
    "too many NSGs",
    { nodeDefaults: { nsgIds: Array(6).fill("ocid1.networksecuritygroup.oc1..a") } },
    /maxItems/,
  ],
  ["service type unknown", { service: { type: "External" } }, /at '\/service\/type'/],
  [
    "annotation value not a string",
    { service: { annotations: { a: 1 } } },
    /at '\/service\/annotations\/a': got number, want string/,
  ],
];

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "okevn-schema-"))));
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("bad values are rejected", () => {
  it.each(BAD)("%s", async (name, values, message) => {
    const file = join(dir, `${name.replaceAll(" ", "-")}.yaml`);
    await writeFile(file, stringify(values));
    const lint = await helm(["lint", "--strict", CHART, "--kube-version", KUBE_VERSION, "-f", file]);
    expect(lint.code).not.toBe(0);
    expect(lint.stdout + lint.stderr).toMatch(message);
    const render = await helm(["template", "x", CHART, "--kube-version", KUBE_VERSION, "-f", file]);
    expect(render.code).not.toBe(0);
    expect(render.stderr).toMatch(/values don't meet the specifications of the schema/);
    expect(render.stderr).toMatch(message);
  });
});
