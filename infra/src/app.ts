/**
 * The cdktf app (`cdktf.json` runs it): the full-cluster stack, written to
 * infra/cdktf.out (or CDKTF_OUTDIR). `npm run synth` writes every artefact instead.
 */
import { App } from "cdktf";
import { FullClusterStack } from "./stack.ts";

const app = new App({
  outdir: process.env["CDKTF_OUTDIR"] ?? new URL("../cdktf.out", import.meta.url).pathname,
});
new FullClusterStack(app, "full-cluster");
app.synth();
