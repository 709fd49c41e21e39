// HTTP front: routing for the three OCI API versions served, signature verification, injected
// faults and latency, OCI error bodies, opc-request-id on every answer and the call log.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CallLog } from "./call-log.ts";
import { parseQuery, type ApiReply, type ApiRequest, type Core } from "./context.ts";
import { ApiError } from "./errors.ts";
import type { Faults } from "./faults.ts";
import * as ops from "./operations.ts";
import type { Rng } from "./rng.ts";
import { verifyRequest, type KeyRegistry } from "./signing.ts";
import { getVnic, summarizeMetricsData } from "./other-services.ts";
import { CORE_NETWORK_ROUTES } from "./core-network.ts";
import { IDENTITY_ROUTES } from "./identity.ts";
import { CONTAINER_ENGINE_ROUTES } from "./container-engine.ts";
import { VIRTUAL_NODE_ROUTES } from "./virtual-nodes.ts";

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

type Handler = (core: Core, req: ApiRequest) => ApiReply;

interface Route {
  method: string;
  pattern: RegExp;
  operation: string;
  handler: Handler;
}

const ID = "([^/]+)";
const CI = "/20210415";

function route(method: string, path: string, operation: string, handler: Handler): Route {
  return { method, pattern: new RegExp(`^${path}$`), operation, handler };
}

export const ROUTES: Route[] = [
  route("POST", `${CI}/containerInstances`, "CreateContainerInstance", ops.createContainerInstance),
  route("GET", `${CI}/containerInstances`, "ListContainerInstances", ops.listContainerInstances),
  route("GET", `${CI}/containerInstances/${ID}`, "GetContainerInstance", ops.getContainerInstance),
  route("PUT", `${CI}/containerInstances/${ID}`, "UpdateContainerInstance", ops.updateContainerInstance),
  route("DELETE", `${CI}/containerInstances/${ID}`, "DeleteContainerInstance", ops.deleteContainerInstance),
  route(
    "POST",
    `${CI}/containerInstances/${ID}/actions/start`,
    "StartContainerInstance",
    ops.startContainerInstance,
  ),
  route(
    "POST",
    `${CI}/containerInstances/${ID}/actions/stop`,
    "StopContainerInstance",
    ops.stopContainerInstance,
  ),
  route(
    "POST",
    `${CI}/containerInstances/${ID}/actions/restart`,
    "RestartContainerInstance",
    ops.restartContainerInstance,
  ),
  route(
    "POST",
    `${CI}/containerInstances/${ID}/actions/changeCompartment`,
    "ChangeContainerInstanceCompartment",
    ops.changeContainerInstanceCompartment,
  ),
  route(
    "GET",
    `${CI}/containerInstanceShapes`,
    "ListContainerInstanceShapes",
    ops.listContainerInstanceShapes,
  ),
  route("GET", `${CI}/containers`, "ListContainers", ops.listContainers),
  route("GET", `${CI}/containers/${ID}`, "GetContainer", ops.getContainer),
  route("PUT", `${CI}/containers/${ID}`, "UpdateContainer", ops.updateContainer),
  route("POST", `${CI}/containers/${ID}/actions/retrieveLogs`, "RetrieveLogs", ops.retrieveLogs),
  route("GET", `${CI}/workRequests`, "ListWorkRequests", ops.listWorkRequests),
  route("GET", `${CI}/workRequests/${ID}`, "GetWorkRequest", ops.getWorkRequest),
  route("GET", `${CI}/workRequests/${ID}/errors`, "ListWorkRequestErrors", ops.listWorkRequestErrors),
  route("GET", `${CI}/workRequests/${ID}/logs`, "ListWorkRequestLogs", ops.listWorkRequestLogs),
  route("GET", `/20160918/vnics/${ID}`, "GetVnic", getVnic),
  route(
    "POST",
    `/20180401/metrics/actions/summarizeMetricsData`,
    "SummarizeMetricsData",
    summarizeMetricsData,
  ),
  ...CORE_NETWORK_ROUTES,
  ...IDENTITY_ROUTES,
  ...CONTAINER_ENGINE_ROUTES,
  ...VIRTUAL_NODE_ROUTES,
];

export interface ServerDeps {
  core: Core;
  keys: KeyRegistry;
  faults: Faults;
  callLog: CallLog;
  rng: Rng;
  latency: () => { min: number; max: number };
  admin: (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError(400, "CannotParseRequest", "The request body is too large."));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function match(method: string, path: string): { route?: Route; params: string[]; pathKnown: boolean } {
  let pathKnown = false;
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    pathKnown = true;
    if (r.method !== method) continue;
    return { route: r, params: m.slice(1).map((p) => decodeURIComponent(p)), pathKnown };
  }
  return { params: [], pathKnown };
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
): void {
  const buf = typeof body === "string" ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, "content-length": String(buf.length) });
  res.end(buf);
}

export function createHandler(deps: ServerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { core, keys, faults, callLog, rng } = deps;
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const method = (req.method ?? "GET").toUpperCase();
    const clientId = req.headers["opc-request-id"];
    const retryToken = req.headers["opc-retry-token"];
    const serverId = randomBytes(16).toString("hex").toUpperCase();
    const requestId = typeof clientId === "string" && clientId !== "" ? `${clientId}/${serverId}` : serverId;
    let operation = "Unknown";
    let logParams: Record<string, unknown>;
    let status: number;
    let code: string | undefined;
    try {
      const body = await readBody(req);
      if (path.startsWith("/_emulator/")) {
        deps.admin(req, res, body);
        return;
      }
      const found = match(method, path);
      if (!found.route) {
        throw found.pathKnown
          ? new ApiError(405, "MethodNotAllowed", `Method ${method} is not allowed on ${path}.`)
          : new ApiError(404, "NotFound", `No API at ${path}.`);
      }
      operation = found.route.operation;
      verifyRequest({ method, url: rawUrl, headers: req.headers, body }, keys, core.now());
      const decision = faults.decide(operation);
      const { min, max } = deps.latency();
      const delay = decision.latencyMs + (max > 0 ? min + rng.next() * (max - min) : 0);
      if (delay > 0) await sleep(delay);
      if (decision.reject) throw decision.reject;
      const reply = found.route.handler(core, {
        method,
        params: found.params,
        query: parseQuery(q < 0 ? "" : rawUrl.slice(q + 1)),
        headers: req.headers,
        body,
        faults: decision,
      });
      status = reply.status;
      logParams = reply.log ?? {};
      const headers: Record<string, string> = { "opc-request-id": requestId, ...reply.headers };
      if (reply.raw) {
        headers["content-type"] ??= "application/octet-stream";
        send(res, status, headers, reply.raw);
      } else if (reply.json !== undefined) {
        send(res, status, { ...headers, "content-type": "application/json" }, JSON.stringify(reply.json));
      } else {
        send(res, status, headers, "");
      }
    } catch (err) {
      const e =
        err instanceof ApiError
          ? err
          : new ApiError(500, "InternalServerError", "Internal error in the emulator: " + String(err));
      if (!(err instanceof ApiError)) console.error("emulator: unexpected error", err);
      status = e.status;
      code = e.code;
      logParams = (err as { log?: Record<string, unknown> }).log ?? {};
      if (!res.headersSent) {
        send(
          res,
          e.status,
          { "opc-request-id": requestId, "content-type": "application/json" },
          JSON.stringify({ code: e.code, message: e.message }),
        );
      }
    }
    callLog.record({
      time: new Date().toISOString(),
      operation,
      method,
      path,
      status,
      ...(code !== undefined ? { code } : {}),
      opcRequestId: requestId,
      ...keyIdOf(req.headers.authorization),
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      params: typeof retryToken === "string" ? { ...logParams, opcRetryToken: retryToken } : logParams,
    });
  };

  return (req, res) => {
    void handle(req, res);
  };
}

/** The signing key of a request (tenancy/user/fingerprint), so tests can tell callers apart. */
function keyIdOf(authorization: string | undefined): { keyId?: string } {
  const keyId = /keyId="([^"]*)"/.exec(authorization ?? "")?.[1];
  return keyId ? { keyId } : {};
}
