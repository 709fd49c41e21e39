/**
 * Real Terraform (v1.5.7 from the toolchain) on what `npm run synth` writes: init against
 * a filesystem mirror and `terraform validate` of the full-cluster stack and of the
 * example root module calling the module; then each invalid module variable must fail
 * with its own message at plan time. The mirror holds the real oracle/oci and
 * hashicorp/helm plugins the toolchain installs from shared/terraform-providers (see
 * docs/infra.md); the run prints which ones.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mirror, initAndValidate, prepareMirror, terraform } from "../../../infra/scripts/terraform.ts";

const TIMEOUT = 900_000; // a first run builds terraform (~3 min on 2 cores)
let out: string;
let mirror: Mirror;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "okevn-synth-"));
  execFileSync(process.execPath, ["--disable-warning=DEP0044", "infra/scripts/synth.ts", out], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  mirror = await prepareMirror();
  console.log(mirror.description);
}, TIMEOUT);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("terraform validate", () => {
  it.each(["full-cluster", "module/example"])(
    "accepts %s",
    async (dir) => {
      const { init, validate } = await initAndValidate(mirror, join(out, dir));
      expect(init.code, init.stderr).toBe(0);
      const result = JSON.parse(validate?.stdout ?? "{}") as { valid: boolean; diagnostics: unknown[] };
      expect(result.diagnostics).toEqual([]);
      expect(result.valid).toBe(true);
    },
    TIMEOUT,
  );

  it("uses the real plugins", () => {
    expect(mirror.description).toMatch(/real plugins oracle\/oci 8\.28\.0, hashicorp\/helm 3\.1\.2/);
  });
});

const GOOD = {
  tenancy_id: "ocid1.tenancy.oc1..aaaaaaaaexample",
  compartment_id: "ocid1.compartment.oc1..aaaaaaaaexample",
  region: "eu-frankfurt-1",
};

describe("module variable validation", () => {
  const plan = (vars: Record<string, string>, where = "module/example") =>
    terraform(mirror, join(out, where), [
      "plan",
      "-input=false",
      "-refresh=false",
      "-lock=false",
      "-no-color",
      ...Object.entries({ ...GOOD, ...vars }).map(([k, v]) => `-var=${k}=${v}`),
    ]);

  beforeAll(async () => {
    for (const where of ["module/example", "module"]) {
      const { init } = await initAndValidate(mirror, join(out, where));
      expect(init.code).toBe(0);
    }
  }, TIMEOUT);

  it.each<[string, Record<string, string>, RegExp]>([
    [
      "compartment_id",
      { compartment_id: "ocid1.vcn.oc1..nope" },
      /compartment_id must be a compartment OCID/,
    ],
    ["tenancy_id", { tenancy_id: "my-tenancy" }, /tenancy_id must be a tenancy OCID/],
    ["region", { region: "Frankfurt" }, /region must be an OCI region identifier/],
    [
      "endpoint_allowed_cidrs",
      { endpoint_allowed_cidrs: '["203.0.113.7"]' },
      /endpoint_allowed_cidrs must hold IPv4/,
    ],
    [
      "endpoint_allowed_cidrs (open)",
      { endpoint_allowed_cidrs: '["0.0.0.0/0"]' },
      /must not contain 0\.0\.0\.0\/0/,
    ],
  ])(
    "rejects a bad %s",
    async (_name, vars, message) => {
      const result = await plan(vars);
      expect(result.code).not.toBe(0);
      expect(result.stderr.replace(/\s+/g, " ")).toMatch(message);
    },
    TIMEOUT,
  );

  // The module itself as the root: variables the example does not pass through.
  it.each<[string, Record<string, string>, RegExp]>([
    ["vcn_cidr", { vcn_cidr: "10.0.0.0/8" }, /vcn_cidr must be an IPv4 \/16 block/],
    ["vcn_cidr (host bits)", { vcn_cidr: "10.0.1.0/16" }, /vcn_cidr must be an IPv4 \/16 block/],
    ["pod_shape", { pod_shape: "CI.Standard.E4.Flex" }, /pod_shape must be one of/],
    ["kubernetes_version", { kubernetes_version: "v1.24.0" }, /v1\.25 or later/],
    ["system_node_count", { system_node_count: "0" }, /system_node_count must be a whole number/],
    ["namespace", { namespace: "Bad_NS" }, /namespace must be a Kubernetes namespace name/],
    ["cluster_name", { cluster_name: "-x" }, /cluster_name must be 1-255/],
    ["helm_timeout_seconds", { helm_timeout_seconds: "5" }, /helm_timeout_seconds must be at least 60/],
  ])(
    "rejects a bad module %s",
    async (_name, vars, message) => {
      const result = await plan(vars, "module");
      expect(result.code).not.toBe(0);
      expect(result.stderr.replace(/\s+/g, " ")).toMatch(message);
    },
    TIMEOUT,
  );
});
