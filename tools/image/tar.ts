/**
 * A deterministic tar writer (POSIX ustar, with PAX headers for long paths): entries sorted by
 * path, every mtime, uid and gid fixed, no user or group names. Same entries → same bytes.
 */

export type EntryType = "file" | "dir" | "symlink";

export interface TarEntry {
  /** Path inside the archive, without a leading slash; directories without a trailing one. */
  readonly path: string;
  readonly type: EntryType;
  readonly mode: number;
  /** File content. */
  readonly data?: Buffer;
  /** Symlink target. */
  readonly target?: string;
  /** @default 0 */
  readonly uid?: number;
  /** @default 0 */
  readonly gid?: number;
}

const BLOCK = 512;
/** The fixed mtime of every entry: 1970-01-01T00:00:00Z. */
export const EPOCH = 0;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}

function header(fields: {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  typeflag: string;
  linkname?: string;
  prefix?: string;
}): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(fields.name, 0, 100, "utf8");
  h.write(octal(fields.mode, 8), 100, "ascii");
  h.write(octal(fields.uid, 8), 108, "ascii");
  h.write(octal(fields.gid, 8), 116, "ascii");
  h.write(octal(fields.size, 12), 124, "ascii");
  h.write(octal(EPOCH, 12), 136, "ascii");
  h.write("        ", 148, "ascii");
  h.write(fields.typeflag, 156, "ascii");
  if (fields.linkname) h.write(fields.linkname, 157, 100, "utf8");
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  h.write(octal(0, 8), 329, "ascii");
  h.write(octal(0, 8), 337, "ascii");
  if (fields.prefix) h.write(fields.prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return h;
}

function pad(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** A PAX extended header record: "<len> key=value\n", where len counts itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len += 1;
  return `${len}${body}`;
}

const fits = (s: string, max: number): boolean => Buffer.byteLength(s) <= max;

/** The archive's bytes. Paths must be unique. */
export function tar(entries: readonly TarEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const chunks: Buffer[] = [];
  let previous: string | undefined;
  for (const e of sorted) {
    if (e.path === previous) throw new Error(`duplicate tar entry ${e.path}`);
    previous = e.path;
    const name = e.type === "dir" ? `${e.path}/` : e.path;
    const size = e.type === "file" ? (e.data?.length ?? 0) : 0;
    const typeflag = e.type === "file" ? "0" : e.type === "dir" ? "5" : "2";
    const pax: string[] = [];
    if (!fits(name, 100)) pax.push(paxRecord("path", name));
    if (e.target !== undefined && !fits(e.target, 100)) pax.push(paxRecord("linkpath", e.target));
    if (pax.length > 0) {
      const data = Buffer.from(pax.join(""), "utf8");
      chunks.push(
        header({ name: "PaxHeader", mode: 0o644, uid: 0, gid: 0, size: data.length, typeflag: "x" }),
        data,
        pad(data.length),
      );
    }
    chunks.push(
      header({
        name: fits(name, 100) ? name : name.slice(0, 99),
        mode: e.mode,
        uid: e.uid ?? 0,
        gid: e.gid ?? 0,
        size,
        typeflag,
        linkname: e.target !== undefined && fits(e.target, 100) ? e.target : undefined,
      }),
    );
    if (e.type === "file" && e.data) chunks.push(e.data, pad(e.data.length));
  }
  chunks.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(chunks);
}

/** Directory entries for every parent of the given paths that is not listed already. */
export function withParents(entries: readonly TarEntry[], mode = 0o755): TarEntry[] {
  const have = new Set(entries.map((e) => e.path));
  const out = [...entries];
  for (const e of entries) {
    const parts = e.path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (!have.has(dir)) {
        have.add(dir);
        out.push({ path: dir, type: "dir", mode });
      }
    }
  }
  return out;
}
