/**
 * Packages a Helm chart folder into `<name>-<version>.tgz` in Node alone, so `npm run synth`
 * needs no helm binary (and so no Go toolchain to build one).
 *
 * Laid out as `helm package` lays it out (helm v3's chart loader LoadDir and
 * chartutil.Save): every regular file of the chart, minus what `.helmignore` and
 * helm's default rule (`templates/.?*`) ignore, under one top folder named after the
 * chart, Chart.yaml first, no folder entries, mode 0644. Unlike helm the archive is
 * byte-for-byte reproducible: fixed mtime, no uid/gid/user names, entries sorted by
 * path, and a gzip header with no mtime and the "unknown" OS byte (0xFF), so the same
 * chart files give the same bytes on any machine with the same Node (its zlib decides
 * the compressed stream). Chart.yaml is copied as written, not re-serialised as helm
 * does; `helm show chart` of either reads the same metadata.
 */
import { lstatSync, readFileSync, readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import ignore from "ignore";
import { create } from "tar";
import { parse } from "yaml";

/** The chart folder cannot be packaged; the message names the file and what is wrong. */
export class ChartPackageError extends Error {
  override name = "ChartPackageError";
}

/** What {@link packageChart} wrote. */
export interface PackagedChart {
  /** Absolute path of `<destination>/<name>-<version>.tgz`. */
  readonly path: string;
  /** `name` from Chart.yaml: also the archive's top folder. */
  readonly name: string;
  /** `version` from Chart.yaml (SemVer 2). */
  readonly version: string;
  /** Paths inside the chart folder, in archive order (Chart.yaml first, then sorted). */
  readonly files: readonly string[];
}

/** Every entry's mtime: 1980-01-01T00:00:00Z, the ZIP epoch, a common fixed date for reproducible archives. */
export const PACKAGE_MTIME = new Date(Date.UTC(1980, 0, 1));

/** One path segment (the archive's top folder), and a strict SemVer 2 version (semver.org's form). */
const CHART_NAME = /^(?!\.{1,2}$)[a-zA-Z0-9._-]+$/;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Name and version from `<chartDir>/Chart.yaml`; throws ChartPackageError when unusable. */
export function readChartIdentity(chartDir: string): { name: string; version: string } {
  const file = join(chartDir, "Chart.yaml");
  if (!lstatSync(file, { throwIfNoEntry: false })?.isFile())
    throw new ChartPackageError(`${chartDir}: no Chart.yaml`);
  let metadata: unknown;
  try {
    metadata = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ChartPackageError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { apiVersion, name, version } = (metadata ?? {}) as Record<string, unknown>;
  if (apiVersion !== "v2")
    throw new ChartPackageError(`${file}: apiVersion must be v2, not ${String(apiVersion)}`);
  if (typeof name !== "string" || !CHART_NAME.test(name)) {
    throw new ChartPackageError(`${file}: name must match ${CHART_NAME.source}, not ${String(name)}`);
  }
  if (typeof version !== "string" || !SEMVER.test(version)) {
    throw new ChartPackageError(`${file}: version must be SemVer 2 (like 1.2.3), not ${String(version)}`);
  }
  return { name, version };
}

/**
 * The chart's files as helm would package them: relative POSIX paths, Chart.yaml first and
 * the rest sorted by UTF-16 code unit. Throws ChartPackageError on a symlink or other
 * non-regular file (helm would follow a symlink; a generated chart has none).
 */
export function chartFiles(chartDir: string): string[] {
  const rules = ignore().add("templates/.?*");
  const helmignore = join(chartDir, ".helmignore");
  if (lstatSync(helmignore, { throwIfNoEntry: false })?.isFile()) rules.add(readFileSync(helmignore, "utf8"));
  const found: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(join(chartDir, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!rules.ignores(`${path}/`)) walk(path);
      } else if (!rules.ignores(path)) {
        if (!entry.isFile()) throw new ChartPackageError(`${join(chartDir, path)}: not a regular file`);
        found.push(path);
      }
    }
  };
  walk("");
  if (!found.includes("Chart.yaml")) throw new ChartPackageError(`${chartDir}: no Chart.yaml`);
  const rest = found.filter((path) => path !== "Chart.yaml").sort();
  return ["Chart.yaml", ...rest];
}

/**
 * Writes `<destination>/<name>-<version>.tgz` from the chart folder (creating destination)
 * and returns what it wrote. Same files (content and paths) give the same bytes, whatever
 * their mtimes, modes or owners on disk.
 */
export async function packageChart(chartDir: string, destination: string): Promise<PackagedChart> {
  const { name, version } = readChartIdentity(chartDir);
  const files = chartFiles(chartDir);
  await mkdir(destination, { recursive: true });
  const path = join(destination, `${name}-${version}.tgz`);
  await create(
    {
      file: path,
      cwd: chartDir,
      prefix: name,
      // portable: no uid/gid/uname/gname/atime/ctime, and the gzip OS byte set to 0xFF.
      portable: true,
      mtime: PACKAGE_MTIME,
      gzip: { level: 9 },
      noDirRecurse: true,
      // helm writes every file 0644 whatever its mode on disk; so do we.
      onWriteEntry: (entry) => {
        if (entry.stat) entry.stat.mode = (entry.stat.mode & ~0o7777) | 0o644;
      },
    },
    files,
  );
  return { path, name, version, files };
}
