import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { list } from "tar";
import { afterEach, describe, expect, it } from "vitest";
import { ChartPackageError, PACKAGE_MTIME, chartFiles, packageChart } from "./package-chart.ts";

const CHART_YAML = "# a comment helm would drop\napiVersion: v2\nname: demo\nversion: 1.2.3-rc.1\n";

const FILES: Record<string, string> = {
  "Chart.yaml": CHART_YAML,
  "values.yaml": "replicas: 1\n",
  "values.schema.json": "{}\n",
  "templates/deployment.yaml": "kind: Deployment\n",
  "templates/.hidden.yaml": "helm ignores hidden templates\n",
  "templates/sub/_helpers.tpl": '{{- define "x" }}{{- end }}\n',
  "README.md": "# demo\n",
  "ci/minimal-values.yaml": "a: 1\n",
  "notes.swp": "editor swap file\n",
  "build/out.txt": "ignored folder\n",
  ".helmignore": "*.swp\nbuild/\n",
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "okevn-package-chart-"));
  dirs.push(dir);
  return dir;
}

/** Writes a chart folder; `order` varies what must not change the archive. */
function writeChart(files: Record<string, string>, order: "forward" | "reverse" = "forward"): string {
  const dir = tempDir();
  const names = Object.keys(files);
  for (const name of order === "forward" ? names : names.reverse()) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), files[name] ?? "");
  }
  return dir;
}

interface Entry {
  path: string;
  type: string;
  mode?: number;
  uid?: number;
  gid?: number;
  uname?: string;
  mtime?: Date;
  body: string;
}

async function entries(file: string): Promise<Entry[]> {
  const found: Entry[] = [];
  await list({
    file,
    onReadEntry: (entry) => {
      const chunks: Buffer[] = [];
      const { path, type, mode, uid, gid, uname, mtime } = entry;
      const record: Entry = { path, type, mode, uid, gid, uname, mtime, body: "" };
      found.push(record);
      entry.on("data", (chunk: Buffer) => chunks.push(chunk));
      entry.on("end", () => (record.body = Buffer.concat(chunks).toString()));
    },
  });
  return found;
}

describe("chartFiles", () => {
  it("lists what helm packages: Chart.yaml first, then sorted, minus .helmignore and hidden templates", () => {
    expect(chartFiles(writeChart(FILES))).toEqual([
      "Chart.yaml",
      ".helmignore",
      "README.md",
      "ci/minimal-values.yaml",
      "templates/deployment.yaml",
      "templates/sub/_helpers.tpl",
      "values.schema.json",
      "values.yaml",
    ]);
  });

  it("refuses a symlink, naming it", () => {
    const dir = writeChart(FILES);
    symlinkSync("deployment.yaml", join(dir, "templates", "link.yaml"));
    expect(() => chartFiles(dir)).toThrow(/templates\/link\.yaml: not a regular file/);
  });
});

describe("packageChart", () => {
  it("writes <name>-<version>.tgz under one top folder, files only, 0644, fixed mtime, no owner", async () => {
    const dir = writeChart(FILES);
    const packaged = await packageChart(dir, join(tempDir(), "out"));
    expect(packaged.path).toMatch(/\/out\/demo-1\.2\.3-rc\.1\.tgz$/);
    const found = await entries(packaged.path);
    expect(found.map((e) => e.path)).toEqual(packaged.files.map((f) => `demo/${f}`));
    for (const entry of found) {
      expect(entry).toMatchObject({ type: "File", mode: 0o644, uname: "" });
      expect(entry.uid ?? 0).toBe(0);
      expect(entry.gid ?? 0).toBe(0);
      expect(entry.mtime?.toISOString()).toBe(PACKAGE_MTIME.toISOString());
      expect(entry.body).toBe(FILES[entry.path.slice("demo/".length)]);
    }
  });

  it("writes a gzip header with no mtime and the unknown-OS byte", async () => {
    const packaged = await packageChart(writeChart(FILES), tempDir());
    const header = readFileSync(packaged.path).subarray(0, 10);
    expect([...header.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(header.readUInt32LE(4)).toBe(0);
    expect(header[9]).toBe(0xff);
  });

  it("gives the same bytes whatever the files' order, mtimes and modes on disk", async () => {
    const first = await packageChart(writeChart(FILES), tempDir());
    const other = writeChart(FILES, "reverse");
    chmodSync(join(other, "templates", "deployment.yaml"), 0o755);
    chmodSync(join(other, "values.yaml"), 0o600);
    utimesSync(join(other, "Chart.yaml"), new Date("2001-02-03"), new Date("2001-02-03"));
    const second = await packageChart(other, tempDir());
    expect(readFileSync(second.path).equals(readFileSync(first.path))).toBe(true);

    const changed = await packageChart(writeChart({ ...FILES, "values.yaml": "replicas: 2\n" }), tempDir());
    expect(readFileSync(changed.path).equals(readFileSync(first.path))).toBe(false);
  });

  it.each([
    ["no Chart.yaml", { "values.yaml": "a: 1\n" }, /no Chart\.yaml/],
    [
      "apiVersion v1",
      { "Chart.yaml": "apiVersion: v1\nname: demo\nversion: 1.0.0\n" },
      /apiVersion must be v2/,
    ],
    ["a path as name", { "Chart.yaml": "apiVersion: v2\nname: a/b\nversion: 1.0.0\n" }, /name must match/],
    ["'..' as name", { "Chart.yaml": "apiVersion: v2\nname: ..\nversion: 1.0.0\n" }, /name must match/],
    [
      "a non-SemVer version",
      { "Chart.yaml": "apiVersion: v2\nname: demo\nversion: 1.0\n" },
      /version must be SemVer 2/,
    ],
    ["broken YAML", { "Chart.yaml": "apiVersion: [v2\n" }, /Chart\.yaml: /],
  ])("rejects %s with a ChartPackageError", async (_name, files, message) => {
    const attempt = packageChart(writeChart(files), tempDir());
    await expect(attempt).rejects.toBeInstanceOf(ChartPackageError);
    await expect(attempt).rejects.toThrow(message);
  });
});
