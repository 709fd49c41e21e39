// issue 20, item 4: the CDK CLI path, `cdktn deploy` and `cdktn destroy` (cdktn-cli, the root
// devDependency; HashiCorp's cdktf-cli 0.21 dies on Node 24) of the app infra/cdktf.json names, on
// the cluster bed, running the real terraform and providers underneath (TERRAFORM_BINARY_NAME, the
// providers mirror): the same checks as full-stack.test.ts after deploy, a plan of what it deployed
// and destroy (stack-checks.ts).
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "vitest";
import type { ClusterBed } from "./cluster-bed.ts";
import {
  createApiKeySecret,
  expectDestroyedClean,
  expectPlanEmpty,
  expectStackServes,
  stackVariables,
  synthTo,
  useClusterBed,
} from "./stack-checks.ts";
import { ROOT, runInBed } from "./stack-paths.ts";

let bed: ClusterBed;
const LOG = join(ROOT, ".test-run", "rehearsal-cdk-cli.log");

useClusterBed((b) => (bed = b));

describe("the CDK CLI (cdktn) on the cluster bed", () => {
  it("deploys the app with the release, serves a workload, plans no change and destroys to nothing", async () => {
    mkdirSync(dirname(LOG), { recursive: true });
    writeFileSync(LOG, "");
    const out = join(bed.root, "cdktf.out");
    const env: NodeJS.ProcessEnv = {
      TERRAFORM_BINARY_NAME: bed.mirror.terraform,
      // The CLI sets TF_PLUGIN_CACHE_DIR under $HOME unless told not to; the mirror is the source.
      CDKTF_DISABLE_PLUGIN_CACHE_ENV: "true",
      // infra/cdktf.json's app is `node src/app.ts`: Node 24 (this process) first on PATH, then
      // the bed's (the test `oci` command and kubectl the helm provider and drain step run).
      PATH: `${dirname(process.execPath)}:${bed.env.PATH ?? ""}`,
      ...Object.fromEntries(Object.entries(stackVariables(bed)).map(([k, v]) => [`TF_VAR_${k}`, String(v)])),
    };
    const cdktn = async (...args: string[]): Promise<void> => {
      const r = await runInBed(
        bed,
        process.execPath,
        [join(ROOT, "node_modules/cdktn-cli/bin/cdktn"), ...args, "--output", out],
        { cwd: join(ROOT, "infra"), env },
      );
      appendFileSync(LOG, `$ cdktn ${args.join(" ")} (exit ${r.code})\n${r.stdout}\n${r.stderr}\n`);
      if (r.code !== 0)
        throw new Error(`cdktn ${args.join(" ")} exited ${r.code}\n${r.stderr}\n${r.stdout.slice(-4000)}`);
    };
    // As docs/deploy.md, section 4: `npm run synth` packages the chart, the deploy names it.
    const synth = join(bed.root, "synth");
    synthTo(synth);
    const chart = join(synth, "full-cluster", "oke-virtual-nodes.tgz");
    const chartVar = `chart=${chart}`;
    await createApiKeySecret(bed);
    await cdktn("deploy", "full-cluster", "--auto-approve", "--skip-provider-lock", "--var", chartVar);
    const stackDir = join(out, "stacks", "full-cluster");
    const output = await bed.terraform(stackDir, ["output", "-json", "-no-color", "node_names"]);
    const nodeNames = JSON.parse(output.stdout) as string[];
    await expectStackServes(bed, nodeNames);
    await expectPlanEmpty(bed, stackDir, { ...stackVariables(bed), chart });
    await cdktn("destroy", "full-cluster", "--auto-approve", "--skip-provider-lock", "--var", chartVar);
    await expectDestroyedClean(bed, nodeNames);
  }, 1_800_000);
});
