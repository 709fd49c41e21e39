/**
 * `node tools/bench/agent-nftables.ts [--services 1000] [--endpoints 3] [--runs 3]`
 *
 * The privileged data path's cost per table version: the `nft -f -` script for N ClusterIP
 * Services with E ready endpoints each (one TCP port per Service), its generation time, then
 * `nft -f -` of it (a full replace) run R times in a fresh network namespace (`unshare --net`,
 * root), with the wall time and nft's peak RSS of each run. Touches no other namespace.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { nftScript } from "../../service/src/agent/nftables.ts";
import type { ServiceEntry } from "../../service/src/agent/table.ts";

const { values } = parseArgs({
  options: {
    services: { type: "string", default: "1000" },
    endpoints: { type: "string", default: "3" },
    runs: { type: "string", default: "3" },
  },
});
const services = Number(values.services);
const endpoints = Number(values.endpoints);
const runs = Number(values.runs);
const ip = (base: number, n: number): string =>
  `${base >> 24}.${(base >> 16) & 255}.${((base + n) >> 8) & 255}.${(base + n) & 255}`;

const entries: ServiceEntry[] = Array.from({ length: services }, (_, i) => ({
  namespace: "bench",
  name: `svc-${i}`,
  kind: "ClusterIP",
  clusterIP: ip((10 << 24) | (96 << 16), i + 1),
  ports: [{ name: "http", protocol: "TCP", port: 80 }],
  endpoints: [
    {
      ports: { http: 8080 },
      addresses: Array.from({ length: endpoints }, (_, k) =>
        ip((10 << 24) | (244 << 16), i * endpoints + k + 1),
      ),
    },
  ],
}));
const dns = { clusterIp: "10.96.0.10", address: "127.0.0.53", port: 53 };
const started = performance.now();
const script = nftScript(entries, dns);
const generateMs = performance.now() - started;
console.log(
  `${services} Services x ${endpoints} endpoints: script ${(script.length / 1024).toFixed(0)} KiB, generated in ${generateMs.toFixed(0)} ms`,
);
const dir = mkdtempSync(join(tmpdir(), "okevn-nft-bench-"));
const file = join(dir, "table.nft");
writeFileSync(file, script);
try {
  for (let run = 1; run <= runs; run++) {
    // One namespace per run: the first apply creates the table, the timed second one replaces it.
    const result = spawnSync(
      "unshare",
      ["--net", "sh", "-c", 'nft -f "$0" && /usr/bin/time -f "%e %M" nft -f "$0"', file],
      { encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`nft failed: ${result.stderr}`);
    const [seconds, kib] = result.stderr.trim().split("\n").at(-1)!.split(" ");
    console.log(
      `run ${run}: full replace ${Number(seconds).toFixed(2)} s, nft peak RSS ${(Number(kib) / 1024).toFixed(0)} MiB`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
