/**
 * Packs the extension from a copy of the project, so the production build
 * (which rewrites dist/) never races other tests or a developer's watch
 * build; and reads the resulting zip without an unzip tool.
 * Depends on Node only (the copy runs scripts/package.mjs: esbuild + vsce).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** Top-level folders that never belong in the copy. */
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'out', '.vscode-test']);

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The entries of a zip, from its central directory (no unzip tool needed). */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'bad central directory');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The content of one entry (stored or deflated). */
export function zipRead(zip: Buffer, entry: ZipEntry): Buffer {
  const start = entry.localOffset + 30 + zip.readUInt16LE(entry.localOffset + 26) + zip.readUInt16LE(entry.localOffset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? inflateRawSync(data) : Buffer.from(data);
}

export function packCopy(root: string, out?: string): { zip: Buffer; entries: ZipEntry[]; files: string[]; size: number; cleanup: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'airoadmap-package-'));
  const copy = join(work, 'project');
  cpSync(root, copy, {
    recursive: true,
    filter: (source) => {
      const rel = relative(root, source);
      if (rel === '') return true;
      const top = rel.split(sep)[0]!;
      return !SKIP.has(top) && !rel.startsWith(join('test', 'e2e', '.cache')) && !rel.endsWith('.vsix');
    },
  });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const vsix = out ?? join(work, 'out.vsix');
  const result = spawnSync(process.execPath, [join(copy, 'scripts', 'package.mjs'), '--out', vsix], {
    cwd: copy,
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.equal(result.status, 0, `npm run package failed:\n${result.stdout}\n${result.stderr}`);
  const zip = readFileSync(vsix);
  const entries = zipEntries(zip);
  const files = entries.filter((e) => e.name.startsWith('extension/')).map((e) => e.name.slice('extension/'.length));
  return { zip, entries, files, size: statSync(vsix).size, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

