import { ApiObject, JsonPatch, type ApiObjectProps } from "cdk8s";
import type { Construct } from "constructs";
import type { Tpl } from "../tpl.ts";

/**
 * An ApiObject whose metadata labels and annotations may be symbolic (template mode). cdk8s copies
 * those maps key by key and drops empty ones; a marker standing for a whole map is added after
 * synthesis instead, under "if not empty" so the template drops empty maps too.
 */
export class Resource extends ApiObject {
  constructor(scope: Construct, id: string, tpl: Tpl, props: ApiObjectProps) {
    const metadata: Record<string, unknown> = { ...props.metadata };
    const deferred: [string, unknown][] = [];
    for (const key of ["labels", "annotations"]) {
      if (typeof metadata[key] === "string") {
        deferred.push([key, metadata[key]]);
        delete metadata[key];
      }
    }
    super(scope, id, { ...props, metadata });
    for (const [key, value] of deferred) {
      this.addJsonPatch(JsonPatch.add(`/metadata/${key}`, tpl.when(tpl.truthy(value), value)));
    }
  }
}
