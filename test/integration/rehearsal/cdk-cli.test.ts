// The CDK CLI path: `cdktn deploy` and `cdktn destroy` (cdktn-cli, the root devDependency; HashiCorp's
// cdktf-cli 0.21 dies on Node 24) of the infra app, in the bed's namespace, running the real
// terraform and providers underneath (TERRAFORM_BINARY_NAME, the providers mirror). Every resource
// ready after deploy, a plan of what it deployed empty, nothing left after destroy. Until the bed
// serves the release the app is applicable-app.ts (the stack without its release part).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OciBed } from "./oci-bed.ts";
import { applicablePart, ruleCount, WITH_RELEASE } from "./release-part.ts";
import {
  expectNothingLeft,
  expectStackApplied,
  readJson,
  ROOT,
  runInBed,
  stackVariables,
  useOciBed,
} from "./stack-paths.ts";

let bed: OciBed;
useOciBed((b) => (bed = b));

describe("the CDK CLI (cdktn)", () => {
  it("deploys the app, plans no change and destroys it", async () => {
    const out = join(bed.root, "cdktf.out");
    const app = WITH_RELEASE
      ? []
      : ["--app", `${process.execPath} ${join(ROOT, "test/integration/rehearsal/applicable-app.ts")}`];
    const env: NodeJS.ProcessEnv = {
      TERRAFORM_BINARY_NAME: bed.mirror.terraform,
      // The CLI sets TF_PLUGIN_CACHE_DIR under $HOME unless told not to; the mirror is the source.
      CDKTF_DISABLE_PLUGIN_CACHE_ENV: "true",
      // infra/cdktf.json's app is `node src/app.ts`: Node 24 (this process) first on PATH.
      PATH: `${join(process.execPath, "..")}:${process.env.PATH ?? ""}`,
      ...Object.fromEntries(Object.entries(stackVariables(bed)).map(([k, v]) => [`TF_VAR_${k}`, v])),
    };
    const cdktn = async (...args: string[]): Promise<string> => {
      const r = await runInBed(
        bed,
        process.execPath,
        [join(ROOT, "node_modules/cdktn-cli/bin/cdktn"), ...args, "--output", out, ...app],
        { cwd: join(ROOT, "infra"), env },
      );
      if (r.code !== 0)
        throw new Error(`cdktn ${args.join(" ")} exited ${r.code}\n${r.stderr}\n${r.stdout.slice(-4000)}`);
      return r.stdout;
    };
    await cdktn("deploy", "full-cluster", "--auto-approve", "--skip-provider-lock");
    const stackDir = join(out, "stacks", "full-cluster");
    expectStackApplied(bed, ruleCount(applicablePart(readJson(join(stackDir, "cdk.tf.json")))));
    const plan = await runInBed(
      bed,
      bed.mirror.terraform,
      ["plan", "-detailed-exitcode", "-no-color", "-input=false"],
      { cwd: stackDir, env },
    );
    expect(plan.code, `the plan after deploy is not empty:\n${plan.stderr}${plan.stdout.slice(-4000)}`).toBe(
      0,
    );
    await cdktn("destroy", "full-cluster", "--auto-approve", "--skip-provider-lock");
    expectNothingLeft(bed);
  });
});
