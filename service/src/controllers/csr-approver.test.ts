import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../config/errors.ts";
import { loadApproverConfig } from "./csr-approver.ts";

let dir: string;
beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), "okevn-approver-"))));
afterAll(async () => rm(dir, { recursive: true, force: true }));

const load = async (text: string): Promise<unknown> => {
  const file = join(dir, `${Math.random()}.yaml`);
  await writeFile(file, text);
  return loadApproverConfig(file);
};

describe("loadApproverConfig", () => {
  it("reads the chart's configuration (nodes are the chart's values; only name matters)", async () => {
    const config = await load(
      [
        "kind: CsrApproverConfig",
        "requester: system:serviceaccount:ns:okevn",
        'nodes: [{"name":"vn-ad1","availabilityDomain":"AD-1"}]',
        "kubeletServices: {namespace: ns, namePrefix: okevn-}",
      ].join("\n"),
    );
    expect(config).toMatchObject({ nodes: [{ name: "vn-ad1" }], kubeletServices: { namePrefix: "okevn-" } });
  });

  it("lists every problem at once", async () => {
    const error = await load(
      [
        "kind: ProviderConfig",
        "nodes: [{name: Not_A_Node}]",
        "kubeletServices: {namespace: ns}",
        "logLevel: loud",
      ].join("\n"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.path)).toEqual([
      "kind",
      "requester",
      "nodes[0].name",
      "kubeletServices",
      "logLevel",
    ]);
  });

  it("says which file it cannot read", async () => {
    await expect(loadApproverConfig(join(dir, "missing.yaml"))).rejects.toThrow(/missing.yaml: cannot read/);
  });
});
