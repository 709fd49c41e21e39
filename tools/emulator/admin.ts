// The admin endpoint, under /_emulator/ (never an OCI path), for tests and the sandbox: call log,
// counters, faults, scenarios, limits, compartments and a state summary. Unsigned: loopback only.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { CallLog } from "./call-log.ts";
import type { FaultConfig } from "./faults.ts";
import { parseScenarios, type ScenarioRule } from "./scenarios.ts";
import type { Limits } from "./types.ts";

export interface AdminTarget {
  callLog: CallLog;
  state(): Record<string, unknown>;
  credentials: unknown;
  faults(): unknown;
  setFaults(config: FaultConfig): void;
  scenarios(): ScenarioRule[];
  setScenarios(rules: ScenarioRule[]): void;
  setLimits(limits: Partial<Limits>): void;
  addCompartment(id: string): void;
}

function reply(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
  });
  res.end(body);
}

export function createAdmin(
  target: AdminTarget,
): (req: IncomingMessage, res: ServerResponse, body: Buffer) => void {
  return (req, res, body) => {
    const url = new URL(req.url ?? "/", "http://admin");
    const key = `${req.method} ${url.pathname.replace(/^\/_emulator/, "")}`;
    try {
      const json = (): unknown => (body.length > 0 ? JSON.parse(body.toString("utf8")) : {});
      switch (key) {
        case "GET /health":
          return reply(res, 200, { ok: true });
        case "GET /state":
          return reply(res, 200, target.state());
        case "GET /credentials":
          return reply(res, 200, target.credentials);
        case "GET /calls": {
          const op = url.searchParams.get("operation") ?? undefined;
          const since = url.searchParams.get("since");
          const status = url.searchParams.get("status");
          return reply(
            res,
            200,
            target.callLog.entries({
              ...(op !== undefined ? { operation: op } : {}),
              ...(since !== null ? { since: Number(since) } : {}),
              ...(status !== null ? { status: Number(status) } : {}),
            }),
          );
        }
        case "DELETE /calls":
          target.callLog.clear();
          return reply(res, 200, { ok: true });
        case "GET /counters":
          return reply(res, 200, target.callLog.counters());
        case "GET /faults":
          return reply(res, 200, target.faults());
        case "PUT /faults":
          target.setFaults(json() as FaultConfig);
          return reply(res, 200, target.faults());
        case "GET /scenarios":
          return reply(res, 200, target.scenarios());
        case "PUT /scenarios":
          target.setScenarios(parseScenarios(json()));
          return reply(res, 200, target.scenarios());
        case "PUT /limits":
          target.setLimits(json() as Partial<Limits>);
          return reply(res, 200, target.state().limits);
        case "POST /compartments": {
          const id = (json() as { id?: unknown }).id;
          if (typeof id !== "string" || id === "")
            return reply(res, 400, { code: "InvalidParameter", message: "id" });
          target.addCompartment(id);
          return reply(res, 200, { ok: true });
        }
        default:
          return reply(res, 404, { code: "NotFound", message: `No admin API ${key}` });
      }
    } catch (err) {
      return reply(res, 400, { code: "InvalidParameter", message: String(err) });
    }
  };
}
