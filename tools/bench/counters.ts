/** What the benchmark reads from outside the node: apiserver and provider metrics, OCI call counts, timed kubelet API reads. */
import { request as httpsRequest } from "node:https";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ControlPlane, httpsGet } from "../controlplane/control-plane.ts";
import { type Emulator } from "../emulator/emulator.ts";
import { type RequestCounts, apiserverRequests, parsePrometheus } from "./measure.ts";

export async function apiserverMetrics(cp: ControlPlane): Promise<RequestCounts> {
  const pki = (name: string): string => readFileSync(join(cp.paths.dir, "pki", name), "utf8");
  const res = await httpsGet(`${cp.server}/metrics`, {
    ca: pki("ca.crt"),
    cert: pki("admin.crt"),
    key: pki("admin.key"),
  });
  if (res.status !== 200) throw new Error(`apiserver /metrics: ${res.status}`);
  return apiserverRequests(res.body);
}

export async function providerRequests(url: string): Promise<RequestCounts> {
  const text = await (await fetch(url)).text();
  const out: RequestCounts = {};
  for (const s of parsePrometheus(text, (n) => n === "okevn_apiserver_requests_total")) {
    const method = s.labels["method"] ?? "?";
    out[method] = (out[method] ?? 0) + s.value;
  }
  return out;
}

export async function providerMemory(url: string): Promise<{ heapUsed: number; rss: number }> {
  const samples = parsePrometheus(await (await fetch(url)).text());
  const value = (name: string): number => samples.find((s) => s.name === name)?.value ?? 0;
  return { heapUsed: value("nodejs_heap_used_bytes"), rss: value("process_resident_memory_bytes") };
}

export function ociCounts(emulator: Emulator): RequestCounts {
  const out: RequestCounts = {};
  for (const [key, value] of Object.entries(emulator.counters))
    if (!key.includes(" ") && key !== "total") out[key] = value;
  return out;
}

export function perSecond(counts: RequestCounts, seconds: number): RequestCounts {
  return Object.fromEntries(
    Object.entries(counts).map(([k, v]) => [k, Math.round((v / seconds) * 100) / 100]),
  );
}

/**
 * One GET of the kubelet API as the cluster admin (client certificate), timed to the last
 * byte. The serving certificate is not checked: this is a timing on loopback.
 */
export async function timedKubeletGet(cp: ControlPlane, url: string): Promise<{ ms: number; bytes: number }> {
  const pki = (name: string): string => readFileSync(join(cp.paths.dir, "pki", name), "utf8");
  const started = performance.now();
  const { status, bytes } = await new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    const req = httpsRequest(
      url,
      { cert: pki("admin.crt"), key: pki("admin.key"), rejectUnauthorized: false, agent: false },
      (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on("error", reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on("error", reject);
    req.end();
  });
  if (status !== 200) throw new Error(`GET ${url}: ${status}`);
  return { ms: Math.round((performance.now() - started) * 10) / 10, bytes };
}
