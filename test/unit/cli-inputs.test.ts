/**
 * Issue 18, items 4, 5 and 7, on the built `airoadmap` (node bin/airoadmap.js):
 * - every command that reads a file refuses FIFOs, devices (also behind a
 *   symbolic link), directories and oversized files with one line and exit 2,
 *   without blocking (each run has a child-process timeout as a safety net
 *   only, and a memory limit where prlimit exists);
 * - `render -o` refuses to overwrite its input (same path, symbolic link,
 *   hard link) and leaves it byte-identical;
 * - text output never carries a raw control character: ids, reference values,
 *   file names and option values are escaped, and a newline in a file name
 *   cannot forge a diagnostic line.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_ROADMAP, assertNoStackTrace, buildCli, removeTree, runCli, tempTree, type CliResult } from './cli-harness';
import { MAX_INPUT_BYTES } from '../../server/src/cli/safe-files';
import { escapeControls, escapeJsonText } from '../../server/src/shared/terminal-text';

let dir = '';

/** Caps the child's address space, so a command that reads /dev/zero without end fails instead of eating the machine. */
const MEMORY_NET = spawnSync('prlimit', ['--as=2000000000', process.execPath, '-e', '0']).status === 0 ? ['prlimit', '--as=2000000000'] : undefined;

const run = (args: readonly string[]): CliResult => runCli(args, { cwd: dir, ...(MEMORY_NET ? { prefix: MEMORY_NET } : {}) });

/** Exit 2, nothing on stdout, exactly `line` on stderr. */
function assertRefused(result: CliResult, line: string): void {
  assert.notEqual(result.status, null, 'the command ended on its own (the safety-net timeout did not have to stop it)');
  assert.equal(result.status, 2, `exit status 2 expected; stderr: ${result.stderr}`);
  assert.equal(result.stdout, '');
  assertNoStackTrace(result.stderr);
  assert.equal(result.stderr, `${line}\n`);
}

function fifo(t: TestContext, name: string): boolean {
  if (spawnSync('mkfifo', [join(dir, name)]).status === 0) return true;
  t.skip('no mkfifo here');
  return false;
}

// Raw control characters that must never reach a terminal (LF only as the line end).
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

before(() => {
  buildCli();
  dir = tempTree({ 'ok.airoadmap.yaml': ERROR_ROADMAP, 'folder/inner.airoadmap.yaml': ERROR_ROADMAP });
});

after(() => {
  if (dir) removeTree(dir);
});

describe('item 4: special files are refused by every command that reads one', () => {
  it('render: a FIFO exits at once with one line', (t) => {
    if (!fifo(t, 'pipe.airoadmap.yaml')) return;
    assertRefused(run(['render', 'pipe.airoadmap.yaml']), "airoadmap: 'pipe.airoadmap.yaml' is neither a file nor a directory.");
    assertRefused(run(['render', 'pipe.airoadmap.yaml', '--format', 'svg', '--locale', 'nb']), "airoadmap: 'pipe.airoadmap.yaml' er verken en fil eller en mappe.");
  });

  it('render and check: a committed symbolic link to /dev/zero, and /dev/null, are refused without reading', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.airoadmap.yaml'));
    assertRefused(run(['render', 'zero.airoadmap.yaml']), "airoadmap: 'zero.airoadmap.yaml' is neither a file nor a directory.");
    assertRefused(run(['render', '/dev/null']), "airoadmap: '/dev/null' is neither a file nor a directory.");
    assertRefused(run(['check', 'zero.airoadmap.yaml']), "airoadmap: 'zero.airoadmap.yaml' is neither a file nor a directory.");
  });

  it('render: a directory is refused with one line', () => {
    assertRefused(run(['render', 'folder']), "airoadmap: cannot read 'folder': it is a directory.");
  });

  it('render: a missing file says so in the same words as check', () => {
    assertRefused(run(['render', 'gone.airoadmap.yaml']), "airoadmap: 'gone.airoadmap.yaml' does not exist.");
    assertRefused(run(['check', 'gone.airoadmap.yaml']), "airoadmap: 'gone.airoadmap.yaml' does not exist.");
  });

  it('render and check: a file over the size limit is refused before it is read (a sparse file, so nothing is written)', () => {
    const big = join(dir, 'big.airoadmap.yaml');
    writeFileSync(big, ERROR_ROADMAP);
    truncateSync(big, MAX_INPUT_BYTES + 1);
    assertRefused(run(['render', 'big.airoadmap.yaml']), "airoadmap: cannot read 'big.airoadmap.yaml': it is larger than 32 MiB, the limit for a roadmap file.");
    assertRefused(run(['check', 'big.airoadmap.yaml']), "airoadmap: cannot read 'big.airoadmap.yaml': it is larger than 32 MiB, the limit for a roadmap file.");
    assertRefused(run(['check', 'big.airoadmap.yaml', '--locale', 'nb']), "airoadmap: kan ikke lese 'big.airoadmap.yaml': den er større enn 32 MiB, grensen for en veikartfil.");
    // Exactly at the limit is still read (and checked as what it is).
    truncateSync(big, MAX_INPUT_BYTES);
    const atLimit = run(['check', 'big.airoadmap.yaml', '--format', 'json']);
    assert.equal(atLimit.status, 1, atLimit.stderr);
  });
});

describe('item 5: render -o never overwrites its input', () => {
  const input = (): string => join(dir, 'own.airoadmap.yaml');
  const identity = (path: string) => {
    const s = statSync(path);
    return { content: readFileSync(path, 'utf8'), mtimeMs: s.mtimeMs, size: s.size };
  };

  it('the same path, another spelling of it, a symbolic link and a hard link: exit 2, the file byte-identical', () => {
    writeFileSync(input(), ERROR_ROADMAP);
    symlinkSync('own.airoadmap.yaml', join(dir, 'own-link.html'));
    linkSync(input(), join(dir, 'own-hard.html'));
    const before = identity(input());
    for (const output of ['own.airoadmap.yaml', join(dir, 'own.airoadmap.yaml'), './folder/../own.airoadmap.yaml', 'own-link.html', 'own-hard.html']) {
      for (const format of [[], ['--format', 'svg']]) {
        assertRefused(
          run(['render', 'own.airoadmap.yaml', '-o', output, ...format]),
          `airoadmap: '${output}' is the roadmap being rendered ('own.airoadmap.yaml'); not overwriting it. Choose another output file.`,
        );
        assert.deepEqual(identity(input()), before, `${output}: the input is untouched`);
      }
    }
    assertRefused(
      run(['render', 'own.airoadmap.yaml', '--output=own-link.html', '--locale', 'nb']),
      "airoadmap: 'own-link.html' er veikartet som tegnes ('own.airoadmap.yaml'); det blir ikke overskrevet. Velg en annen utfil.",
    );
    assert.deepEqual(identity(input()), before);
  });

  it('another output file is still written, and an existing one replaced whole', () => {
    writeFileSync(join(dir, 'other.svg'), 'x'.repeat(100_000));
    const result = run(['render', 'ok.airoadmap.yaml', '-o', 'other.svg']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, 'wrote other.svg\n');
    const svg = readFileSync(join(dir, 'other.svg'), 'utf8');
    assert.match(svg, /^<\?xml[^>]*\?>\n<svg /);
    assert.ok(!svg.includes('xxx'), 'the old content is gone');
    const fresh = run(['render', 'ok.airoadmap.yaml', '-o', 'new.svg']);
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.equal(readFileSync(join(dir, 'new.svg'), 'utf8'), svg);
  });
});

describe('render -o never waits on a FIFO', () => {
  it('an output that is a FIFO is refused at once (opening it would wait for a reader); /dev/null is still written', (t) => {
    if (!fifo(t, 'out.fifo')) return;
    assertRefused(run(['render', 'ok.airoadmap.yaml', '-o', 'out.fifo']), "airoadmap: 'out.fifo' is a FIFO or a socket, not a file; to write to a pipe, leave out -o.");
    const devNull = run(['render', 'ok.airoadmap.yaml', '-o', '/dev/null']);
    assert.equal(devNull.status, 0, devNull.stderr);
  });
});

describe('render output carries no raw control character', () => {
  it('C1 and bidi characters in ids and titles are dropped or written as references in SVG and HTML on stdout', () => {
    const roadmap =
      'airoadmap: 1\norganization:\n  name: "Acme\\u009b2J\\u202e"\nuse_cases:\n  "u\\u009b1A":\n    title: "T\\u0085\\u202eitle\\u2066"\n    stage: idea\n    feasibility: 3\n    value: 4\n    effort: 2\n';
    writeFileSync(join(dir, 'c1.airoadmap.yaml'), roadmap);
    for (const format of ['svg', 'html']) {
      const result = run(['render', 'c1.airoadmap.yaml', '--format', format]);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(!RAW_CONTROL.test(result.stdout.replace(/\n/g, '')), `${format}: a raw control character in the output`);
      assert.match(result.stdout, /&#x202e;/, `${format}: the bidi override is kept as a reference`);
    }
  });
});

describe('item 7: no control character reaches the terminal', () => {
  it('the escape shows C0, DEL, C1 and bidi controls visibly and leaves other text alone', () => {
    assert.equal(escapeControls('a\u001b]0;t\u0007b\nc\r\td\u007f\u009b\u202e\u2066'), 'a\\u001b]0;t\\u0007b\\nc\\r\\td\\u007f\\u009b\\u202e\\u2066');
    assert.equal(escapeControls('Plan for Ærøy – «KI» C:\\roadmaps\\a.yaml 🚀'), 'Plan for Ærøy – «KI» C:\\roadmaps\\a.yaml 🚀');
    const json = JSON.stringify({ id: 'a\u001bb\u009bc\u202ed' }, null, 2);
    assert.equal(escapeJsonText(json), '{\n  "id": "a\\u001bb\\u009bc\\u202ed"\n}');
    assert.deepEqual(JSON.parse(escapeJsonText(json)), { id: 'a\u001bb\u009bc\u202ed' });
  });

  // Ids and reference values that set the title, move the cursor up, erase a line, ring, and reorder text.
  const HOSTILE =
    'airoadmap: 1\norganization:\n  name: Acme\nroles:\n  ai_owner: "nobody\\e[1A\\e[2K\\a"\nteam:\n' +
    '  "p\\e]0;pwned\\a":\n    name: P\n  "q\\u009b2J\\u202e\\u2066x":\n    name: Q\n';
  const FORGED = 'evil\nforged.airoadmap.yaml:1:1: error all good [wrong-type]\n.airoadmap.yaml';

  it('check --format text: ids, references and file names escaped; one line per diagnostic', () => {
    mkdirSync(join(dir, 'hostile'));
    writeFileSync(join(dir, 'hostile', 'ids.airoadmap.yaml'), HOSTILE);
    writeFileSync(join(dir, 'hostile', FORGED), ERROR_ROADMAP);
    for (const args of [['hostile'], ['hostile/ids.airoadmap.yaml', `hostile/${FORGED}`]]) {
      const json = run(['check', '--format', 'json', ...args]);
      const diagnostics = JSON.parse(json.stdout) as { file: string; message: string }[];
      assert.ok(diagnostics.some((d) => d.message.includes('\u001b[1A')) && diagnostics.some((d) => d.file === `hostile/${FORGED}`), 'the hostile text is there to escape');
      const text = run(['check', ...args]);
      assert.equal(text.status, 1, text.stderr);
      assert.doesNotMatch(text.stdout, RAW_CONTROL);
      assert.doesNotMatch(text.stderr, RAW_CONTROL);
      const lines = text.stdout.split('\n');
      assert.equal(lines.pop(), '', 'ends with a newline');
      assert.equal(lines.length, diagnostics.length, 'one line per diagnostic, none forged');
      for (const line of lines) assert.match(line, /^hostile\/(ids|evil\\nforged)\.airoadmap\.yaml(:1:1: error all good \[wrong-type\]\\n\.airoadmap\.yaml)?:\d+:\d+: (error|warning|info|hint) .* \[[a-z-]+\]$/);
      assert.ok(lines.some((l) => l.includes("'nobody\\u001b[1A\\u001b[2K\\u0007'")), 'the reference value is shown escaped');
      assert.ok(lines.some((l) => l.includes("'p\\u001b]0;pwned\\u0007'")), 'the id is shown escaped');
      assert.ok(lines.some((l) => l.includes("'q\\u009b2J\\u202e\\u2066x'")), 'C1 and bidi characters are shown escaped');
      assert.ok(lines.some((l) => l.startsWith('hostile/evil\\nforged.airoadmap.yaml:1:1: error all good [wrong-type]\\n.airoadmap.yaml:5:13: error ')), 'the file name is one escaped field');
      assert.match(text.stderr, /^\d+ errors?, .* in 2 files\.\n$/, 'the summary is one line');
      assert.doesNotMatch(json.stdout, RAW_CONTROL, 'the JSON escapes C1 and bidi characters too');
      const sarif = run(['check', '--format', 'sarif', ...args]);
      assert.doesNotMatch(sarif.stdout, RAW_CONTROL, 'and so does SARIF');
      assert.ok(JSON.stringify(JSON.parse(sarif.stdout)).includes('\\u001b[1A'), 'SARIF still carries the same text');
    }
  });

  it('error lines of every command escape the names and values they quote', () => {
    const name = 'gone\u001b]0;pwned\u0007\n.airoadmap.yaml';
    const shown = 'gone\\u001b]0;pwned\\u0007\\n.airoadmap.yaml';
    assertRefused(run(['check', name]), `airoadmap: '${shown}' does not exist.`);
    assertRefused(run(['render', name]), `airoadmap: '${shown}' does not exist.`);
    const usage = run(['check', '--format', 'x\u001b[2Jy']);
    assert.equal(usage.status, 2);
    assert.doesNotMatch(usage.stderr, RAW_CONTROL);
    assert.match(usage.stderr, /^airoadmap: 'x\\u001b\[2Jy' is not a valid value for '--format'/);
    const renderUsage = run(['render', 'ok.airoadmap.yaml', '--view', 'x\u009b2J']);
    assert.equal(renderUsage.status, 2);
    assert.doesNotMatch(renderUsage.stderr, RAW_CONTROL);
    assert.match(renderUsage.stderr, /'x\\u009b2J'/);
    const unknown = run(['x\u001b[1Ay']);
    assert.equal(unknown.status, 2);
    assert.doesNotMatch(unknown.stderr, RAW_CONTROL);
  });

  it('init and render -o name the file they wrote escaped, on one line', () => {
    const file = 'new\nline\u001b[2K.airoadmap.yaml';
    const init = run(['init', file]);
    assert.equal(init.status, 0, init.stderr);
    assert.doesNotMatch(init.stdout, RAW_CONTROL);
    assert.equal(init.stdout.split('\n').length, 2, init.stdout);
    assert.match(init.stdout, /^Created new\\nline\\u001b\[2K\.airoadmap\.yaml\. /);
    const rendered = run(['render', 'ok.airoadmap.yaml', '--format', 'svg', '-o', 'out\u0007.svg']);
    assert.equal(rendered.status, 0, rendered.stderr);
    assert.equal(rendered.stderr, 'wrote out\\u0007.svg\n');
  });
});
