/**
 * The cdktf app of infra/src/app.ts for the CDK CLI path of the rehearsal, writing the part of the
 * stack the bed can apply (stack-paths.ts `applicablePart`: the whole stack once WITH_RELEASE).
 * `cdktn deploy --app "node <this file>"` runs it with CDKTF_OUTDIR set, then reads what it wrote.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "cdktf";
import { FullClusterStack } from "../../../infra/src/stack.ts";
import { applicablePart } from "./release-part.ts";

const app = new App();
new FullClusterStack(app, "full-cluster");
app.synth();
const file = join(app.outdir, "stacks", "full-cluster", "cdk.tf.json");
const stack = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
writeFileSync(file, JSON.stringify(applicablePart(stack), null, 2));
