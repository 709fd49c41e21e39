// OCI health checks, really probed from this machine against the instance's private IP: HTTP (a
// status from 200 to 399 passes) and TCP (the connection opens), each after initialDelayInSeconds,
// every intervalInSeconds, with timeoutInSeconds, and successThreshold/failureThreshold deciding
// HEALTHY and UNHEALTHY. An UNHEALTHY check with failureAction KILL (OCI's default) kills the run.
import { request } from "node:http";
import { connect } from "node:net";
import type { HealthState } from "../types.ts";

type Check = Record<string, unknown>;

export function probeOnce(ip: string, check: Check): Promise<boolean> {
  const port = Number(check.port);
  const timeoutMs = ((check.timeoutInSeconds as number | undefined) ?? 1) * 1000;
  return new Promise((resolve) => {
    if (check.healthCheckType === "TCP") {
      const socket = connect({ host: ip, port, timeout: timeoutMs });
      const done = (ok: boolean): void => {
        socket.destroy();
        resolve(ok);
      };
      socket.once("connect", () => done(true));
      socket.once("error", () => done(false));
      socket.once("timeout", () => done(false));
      return;
    }
    const headers = Object.fromEntries(
      ((check.headers as { name: string; value: string }[] | undefined) ?? []).map((h) => [h.name, h.value]),
    );
    const req = request(
      {
        host: ip,
        port,
        path: (check.path as string | undefined) ?? "/",
        headers,
        timeout: timeoutMs,
        agent: false,
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        resolve(status >= 200 && status < 400);
      },
    );
    req.once("error", () => resolve(false));
    req.once("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

/**
 * Probes `checks` for one run, writing each check's status into `states` (and calling `changed` when
 * one changes). Calls `kill(name)` once when a KILL check turns UNHEALTHY. Returns a function that
 * stops probing.
 */
export function startProbes(
  ip: string,
  checks: readonly Check[],
  states: HealthState[],
  hooks: { changed: () => void; kill: (name: string) => void },
): () => void {
  const set = (index: number, state: HealthState): void => {
    const before = states[index];
    states[index] = state;
    if (before?.status !== state.status || before.details !== state.details) hooks.changed();
  };
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  checks.forEach((check, index) => {
    states[index] = { status: "UNKNOWN" };
    const interval = ((check.intervalInSeconds as number | undefined) ?? 10) * 1000;
    const successThreshold = (check.successThreshold as number | undefined) ?? 1;
    const failureThreshold = (check.failureThreshold as number | undefined) ?? 3;
    let successes = 0;
    let failures = 0;
    const tick = async (): Promise<void> => {
      const ok = await probeOnce(ip, check);
      if (stopped) return;
      if (ok) {
        failures = 0;
        if (++successes >= successThreshold) set(index, { status: "HEALTHY" });
      } else {
        successes = 0;
        if (++failures >= failureThreshold) {
          const name = String(check.name ?? check.healthCheckType);
          set(index, {
            status: "UNHEALTHY",
            details: `${String(check.healthCheckType)} health check ${name} failed`,
          });
          if ((check.failureAction ?? "KILL") === "KILL") {
            stopped = true;
            hooks.kill(name);
            return;
          }
        }
      }
      timers[index] = setTimeout(() => void tick(), interval);
    };
    timers[index] = setTimeout(
      () => void tick(),
      ((check.initialDelayInSeconds as number | undefined) ?? 0) * 1000,
    );
  });
  return () => {
    stopped = true;
    for (const t of timers) clearTimeout(t);
  };
}
