/**
 * The kubelet's own request → authorization attributes mapping (kubelet server/auth.go),
 * so RBAC rules written for real kubelets mean the same here: the verb comes from the
 * HTTP method, the resource is always `nodes`, and the subresource from the path.
 */

export interface NodeAttributes {
  readonly verb: string;
  readonly resource: "nodes";
  readonly subresource: "stats" | "metrics" | "log" | "proxy";
  readonly name: string;
}

const VERBS: Readonly<Record<string, string>> = {
  GET: "get",
  HEAD: "get",
  POST: "create",
  PUT: "update",
  PATCH: "patch",
  DELETE: "delete",
};

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function nodeAttributes(method: string, path: string, nodeName: string): NodeAttributes {
  const verb = VERBS[method.toUpperCase()] ?? method.toLowerCase();
  let subresource: NodeAttributes["subresource"] = "proxy";
  if (under(path, "/stats")) subresource = "stats";
  else if (under(path, "/metrics")) subresource = "metrics";
  else if (under(path, "/logs")) subresource = "log";
  return { verb, resource: "nodes", subresource, name: nodeName };
}
