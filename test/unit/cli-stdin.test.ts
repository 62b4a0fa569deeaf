/**
 * `-` reads standard input for `check` and `render`, named `<stdin>` in every
 * output format and message, with the same size limit as files. In-process
 * through runCli with a fake StdinReader (no real process stdin), plus one
 * run of the built command with a real pipe for the wiring in main.ts.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CliIo } from '../../server/src/cli/io';
import { runCli } from '../../server/src/cli/run';
import { descriptorReader, MAX_INPUT_BYTES, type StdinReader } from '../../server/src/cli/safe-files';
import { BIN, ERROR_ROADMAP, WARN_ROADMAP, buildCli, cleanEnv, removeTree, tempTree } from './cli-harness';

let dir = '';
before(() => {
  dir = tempTree({ 'warn.airoadmap.yaml': WARN_ROADMAP });
});
after(() => removeTree(dir));

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  /** How often standard input was read, and with which limits. */
  reads: number[];
}

async function run(argv: readonly string[], stdin: StdinReader | string | undefined): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const reads: number[] = [];
  const reader: StdinReader | undefined =
    typeof stdin === 'string'
      ? (limit) => {
          reads.push(limit);
          return { bytes: Buffer.from(reads.length === 1 ? stdin : '', 'utf8') };
        }
      : stdin;
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdoutIsTTY: false,
    env: { AIROADMAP_TODAY: '2026-12-01' },
    cwd: dir,
    locale: argv.includes('nb') ? 'nb' : 'en',
    streams: { stdout: process.stdout, stderr: process.stderr },
    ...(reader ? { stdin: reader } : {}),
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr, reads };
}

describe('check -', () => {
  it('checks standard input as <stdin> in text, json and sarif', async () => {
    const text = await run(['check', '-'], ERROR_ROADMAP);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /^<stdin>:5:13: error .* \[unknown-reference\]\n$/);
    assert.deepEqual(text.reads, [MAX_INPUT_BYTES + 1], 'read once, never more than one byte over the limit');

    const json = await run(['check', '-', '--format', 'json'], ERROR_ROADMAP);
    const diagnostics = JSON.parse(json.stdout) as { file: string; code: string }[];
    assert.deepEqual(diagnostics.map((d) => [d.file, d.code]), [['<stdin>', 'unknown-reference']]);

    const sarif = await run(['check', '-', '--format', 'sarif'], ERROR_ROADMAP);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uri = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    assert.equal(decodeURIComponent(uri), '<stdin>', `a valid URI reference that reads <stdin>: ${uri}`);
  });

  it('takes files and standard input together, in the order given, standard input once', async () => {
    const both = await run(['check', 'warn.airoadmap.yaml', '-', '-', '--format', 'json'], ERROR_ROADMAP);
    const files = (JSON.parse(both.stdout) as { file: string }[]).map((d) => d.file);
    assert.deepEqual([...new Set(files)], ['warn.airoadmap.yaml', '<stdin>']);
    assert.equal(both.reads.length, 1);
    const summary = await run(['check', '-', 'warn.airoadmap.yaml', '-'], ERROR_ROADMAP);
    assert.match(summary.stdout, /^<stdin>:[^\n]*\nwarn\.airoadmap\.yaml:/);
    assert.match(summary.stderr, /in 2 files\.\n$/);
  });

  it('refuses standard input over the size limit, and one that cannot be read, with one line naming <stdin>', async () => {
    const big = await run(['check', '-'], (limit) => ({ bytes: Buffer.alloc(limit, 0x20) }));
    assert.equal(big.status, 2);
    assert.equal(big.stdout, '');
    assert.equal(big.stderr, "airoadmap: cannot read '<stdin>': it is larger than 32 MiB, the limit for a roadmap file.\n");
    const atLimit = await run(['check', '-'], () => ({ bytes: Buffer.alloc(MAX_INPUT_BYTES, 0x20) }));
    assert.notEqual(atLimit.status, 2, 'exactly at the limit is read');
    const denied = await run(['check', '-', '--locale', 'nb'], () => {
      throw Object.assign(new Error('EACCES: permission denied, read'), { code: 'EACCES' });
    });
    assert.equal(denied.status, 2);
    assert.equal(denied.stderr, "airoadmap: kan ikke lese '<stdin>': ingen tilgang.\n");
    const none = await run(['check', '-'], undefined);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^airoadmap: cannot read '<stdin>'/);
  });
});

describe('render -', () => {
  it('renders standard input, and names it <stdin> in its messages', async () => {
    const svg = await run(['render', '-', '--format', 'svg'], ERROR_ROADMAP);
    assert.equal(svg.status, 0, svg.stderr);
    assert.match(svg.stdout, /^<\?xml[^>]*\?>\n<svg /);
    const broken = await run(['render', '-', '--format', 'svg'], 'airoadmap: 1\norganization:\n  name: "open\n');
    assert.equal(broken.stderr, "airoadmap: '<stdin>' has YAML syntax errors; the views show what could be read.\n");
    const big = await run(['render', '-', '--format', 'svg'], (limit) => ({ bytes: Buffer.alloc(limit, 0x20) }));
    assert.equal(big.stderr, "airoadmap: cannot read '<stdin>': it is larger than 32 MiB, the limit for a roadmap file.\n");
  });

  it('never overwrites the file standard input was redirected from', async () => {
    const file = join(dir, 'own.airoadmap.yaml');
    writeFileSync(file, ERROR_ROADMAP);
    const fd = openSync(file, 'r');
    try {
      const r = await run(['render', '-', '--format', 'svg', '-o', 'own.airoadmap.yaml'], descriptorReader(fd));
      assert.equal(r.status, 2);
      assert.equal(r.stderr, "airoadmap: 'own.airoadmap.yaml' is the roadmap being rendered ('<stdin>'); not overwriting it. Choose another output file.\n");
    } finally {
      closeSync(fd);
    }
    assert.equal(readFileSync(file, 'utf8'), ERROR_ROADMAP);
  });
});

describe('descriptorReader', () => {
  it('reads a descriptor to its end, or up to the limit only', () => {
    const file = join(dir, 'bytes.txt');
    writeFileSync(file, 'x'.repeat(200_000));
    for (const [limit, expected] of [
      [1_000_000, 200_000],
      [70_000, 70_000],
    ] as const) {
      const fd = openSync(file, 'r');
      try {
        const read = descriptorReader(fd)(limit);
        assert.equal(read.bytes.length, expected);
        assert.ok(read.identity, 'a regular file has an identity');
      } finally {
        closeSync(fd);
      }
    }
  });

  it('is what the built command reads its standard input with', () => {
    buildCli();
    const result = spawnSync(process.execPath, [BIN, 'check', '-', '--format', 'json'], { cwd: dir, env: cleanEnv(), input: ERROR_ROADMAP, encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 1, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { file: string }[])[0]?.file, '<stdin>');
  });
});
