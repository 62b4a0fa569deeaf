/**
 * The first-run walkthrough (`contributes.walkthroughs`): it follows the
 * framework's 90-day plan, its buttons run commands that exist, its
 * completion events can fire, every step's text and markdown exist in
 * English and Norwegian Bokmål (the markdown path itself is an nls
 * placeholder, which VS Code resolves like any manifest string), the two
 * languages show the same YAML, and that YAML is valid roadmap language.
 * Also: "New Roadmap" and `airoadmap init` write the same starter.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { COMMANDS, LANGUAGE_ID } from '../../client/src/ids';
import { newRoadmapContent, untitledRoadmapName } from '../../client/src/new-roadmap';
import { checkText } from '../../server/src/core/index';
import { STRUCTURE_CODES } from '../../server/src/core/language/codes';
import type { Locale } from '../../server/src/core/language/types';
import { runCli } from '../../server/src/cli/run';
import type { CliIo } from '../../server/src/cli/io';

const root = path.join(__dirname, '..', '..');
/** client/src/preview/index.ts registers it (that module needs vscode, so it is not imported here). */
const OPEN_PREVIEW_TO_SIDE = 'airoadmap.openPreviewToSide';
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; altText?: string };
  completionEvents?: string[];
}
interface Walkthrough {
  id: string;
  title: string;
  description: string;
  steps: Step[];
}
interface Manifest {
  contributes: { walkthroughs?: Walkthrough[]; commands: { command: string }[] };
}

const manifest = readJson('package.json') as Manifest;
const nls: Record<Locale, Record<string, string>> = {
  en: readJson('package.nls.json') as Record<string, string>,
  nb: readJson('package.nls.nb.json') as Record<string, string>,
};
const LOCALES: Locale[] = ['en', 'nb'];

/** A manifest string as VS Code shows it in `locale` (a `%key%` looked up, anything else as is). */
function resolve(value: string, locale: Locale): string {
  const m = /^%(.+)%$/.exec(value);
  if (!m) return value;
  const text = nls[locale][m[1]!];
  assert.ok(text, `${locale}: no text for ${value}`);
  return text;
}

/** `command:` links of a step description, which VS Code shows as buttons when alone on a line. */
function commandLinks(description: string): string[] {
  return [...description.matchAll(/\]\(command:([\w.-]+)(?:\?[^)]*)?\)/g)].map((m) => m[1]!);
}

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);
function keyPaths(value: unknown, prefix = '', out: string[] = []): string[] {
  if (!isTree(value)) return out;
  for (const [key, child] of Object.entries(value)) {
    const p = prefix ? `${prefix}.${key}` : key;
    out.push(p);
    keyPaths(child, p, out);
  }
  return out;
}

const walkthrough = manifest.contributes.walkthroughs?.[0];

describe('the walkthrough', () => {
  it('is contributed once, with titles in both languages', () => {
    assert.equal(manifest.contributes.walkthroughs?.length, 1);
    assert.ok(walkthrough);
    for (const locale of LOCALES) {
      assert.ok(resolve(walkthrough.title, locale).length > 5);
      assert.ok(resolve(walkthrough.description, locale).length > 20);
    }
    assert.notEqual(resolve(walkthrough.title, 'en'), resolve(walkthrough.title, 'nb'));
  });

  it("follows the 90-day plan: create, rate systems and data, pick a pilot, KPIs, matrix and timeline", () => {
    assert.deepEqual(
      walkthrough!.steps.map((s) => s.id),
      ['createRoadmap', 'rateSystemsAndData', 'pickPilot', 'defineKpis', 'openPreviews'],
    );
    const en = walkthrough!.steps.map((s) => `${resolve(s.title, 'en')} ${resolve(s.description, 'en')}`.toLowerCase());
    assert.match(en[1]!, /readiness/);
    assert.match(en[1]!, /completeness.*freshness.*consistency/);
    assert.match(en[2]!, /feasibility, value and effort/);
    assert.match(en[3]!, /baseline/);
    assert.match(en[4]!, /matrix/);
    assert.match(en[4]!, /timeline/);
    // The plan's three stages, in order.
    assert.match(en[1]!, /days 1–30/);
    assert.match(en[2]!, /days 31–60/);
    assert.match(en[4]!, /days 61–90/);
  });

  it('starts with a button that creates a roadmap and ends with one that opens the preview beside it', () => {
    const first = walkthrough!.steps[0]!;
    const last = walkthrough!.steps.at(-1)!;
    for (const locale of LOCALES) {
      assert.deepEqual(commandLinks(resolve(first.description, locale)), [COMMANDS.newRoadmap]);
      assert.deepEqual(commandLinks(resolve(last.description, locale)), [OPEN_PREVIEW_TO_SIDE]);
      // A button is a link alone on its line.
      for (const step of [first, last]) {
        const lines = resolve(step.description, locale).split('\n');
        assert.ok(lines.some((l) => /^\[[^\]]+\]\(command:[^)]+\)$/.test(l)), `${locale} ${step.id}: the link is a button`);
      }
    }
    // Checked off however the user does it: the button, the command from anywhere, or (context) the result.
    assert.deepEqual(first.completionEvents, [`onCommand:${COMMANDS.newRoadmap}`, `onContext:editorLangId == ${LANGUAGE_ID}`]);
    assert.deepEqual(last.completionEvents, [`onCommand:${OPEN_PREVIEW_TO_SIDE}`, `onCommand:${COMMANDS.openPreview}`, 'onContext:activeWebviewPanelId == airoadmap.preview']);
  });

  it('every button runs a command that exists, the same in both languages, and every completion event can fire', () => {
    const ours = new Set(manifest.contributes.commands.map((c) => c.command));
    const builtIn = new Set(['workbench.actions.view.problems']);
    for (const step of walkthrough!.steps) {
      const en = commandLinks(resolve(step.description, 'en'));
      assert.deepEqual(commandLinks(resolve(step.description, 'nb')), en, `${step.id}: the same buttons in nb`);
      for (const command of en) assert.ok(ours.has(command) || builtIn.has(command), `${step.id}: unknown command ${command}`);
      for (const event of step.completionEvents ?? []) {
        const [kind, what] = event.split(/:(.*)/s) as [string, string];
        if (kind === 'onCommand') assert.ok(en.includes(what) || ours.has(what), `${step.id}: ${event} runs a command of ours or a button's`);
        // onLanguage is not a completion event (VS Code logs "Unknown completionEvent"); a context key is.
        else if (kind === 'onContext') assert.match(what, /^(editorLangId == airoadmap|activeWebviewPanelId == airoadmap\.preview)$/, `${step.id}: ${event}`);
        else assert.fail(`${step.id}: unexpected completion event ${event}`);
      }
    }
  });

  it('every step has markdown in both languages, packed into the .vsix', () => {
    const ignore = readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    assert.ok(ignore.includes('!walkthroughs/**/*.md'), '.vscodeignore keeps the walkthrough markdown');
    for (const step of walkthrough!.steps) {
      assert.ok(step.media.markdown, `${step.id} has markdown`);
      const files = LOCALES.map((locale) => resolve(step.media.markdown!, locale));
      assert.notEqual(files[0], files[1], `${step.id}: nb has its own markdown`);
      for (const file of files) {
        assert.match(file, /^walkthroughs\/[\w/-]+\.md$/);
        assert.ok(existsSync(path.join(root, file)), `${file} exists`);
      }
    }
  });

  it('the English and Norwegian markdown show the same YAML keys, and differ in their prose', () => {
    for (const step of walkthrough!.steps) {
      const [en, nb] = LOCALES.map((locale) => readFileSync(path.join(root, resolve(step.media.markdown!, locale)), 'utf8')) as [string, string];
      assert.notEqual(en, nb);
      assert.equal(nb.split('\n').filter((l) => l.startsWith('#')).length, en.split('\n').filter((l) => l.startsWith('#')).length, `${step.id}: headings`);
      const [enBlocks, nbBlocks] = [yamlBlocks(en), yamlBlocks(nb)];
      assert.equal(nbBlocks.length, enBlocks.length, `${step.id}: YAML blocks`);
      enBlocks.forEach((block, i) => assert.deepEqual(keyPaths(parse(nbBlocks[i]!)), keyPaths(parse(block)), `${step.id} block ${i + 1}`));
    }
  });

  it('the YAML in the markdown is valid roadmap language', () => {
    const structural = new Set(Object.keys(STRUCTURE_CODES).filter((c) => c !== 'unknown-reference'));
    let blocks = 0;
    for (const step of walkthrough!.steps) {
      for (const locale of LOCALES) {
        for (const block of yamlBlocks(readFileSync(path.join(root, resolve(step.media.markdown!, locale)), 'utf8'))) {
          blocks++;
          const text = block.startsWith('airoadmap:') ? block : `airoadmap: 1\norganization:\n  name: Test AS\n${block}`;
          const wrong = checkText(text).diagnostics.filter((d) => structural.has(d.code));
          assert.deepEqual(wrong.map((d) => `${d.code}: ${d.message}`), [], `${step.id} (${locale}):\n${block}`);
        }
      }
    }
    assert.ok(blocks >= 10, `${blocks} YAML blocks checked`);
  });
});

describe('New Roadmap and airoadmap init', () => {
  /** Runs `airoadmap init` in-process in a temporary directory and returns the file it wrote. */
  async function initOutput(locale: Locale): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-init-'));
    try {
      const out: string[] = [];
      const io: CliIo = {
        stdout: (t) => out.push(t),
        stderr: (t) => out.push(t),
        stdoutIsTTY: false,
        env: {},
        cwd: dir,
        locale,
        streams: { stdout: process.stdout, stderr: process.stderr },
      };
      const status = await runCli(['init', 'start.airoadmap.yaml', '--locale', locale], io);
      assert.equal(status, 0, out.join(''));
      return readFileSync(path.join(dir, 'start.airoadmap.yaml'), 'utf8');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  for (const locale of LOCALES) {
    it(`write the same starter (${locale})`, async () => {
      const setting = (key: string): unknown => (key === 'language' ? locale : undefined);
      // The CLI reads the clock itself: accept the client's text from just before or just after (midnight).
      const before = newRoadmapContent(setting, 'en-US');
      const cli = await initOutput(locale);
      const after = newRoadmapContent(setting, 'en-US');
      assert.ok(cli === before || cli === after, 'the CLI wrote a different starter than the editor command');
      assert.equal(checkText(cli).diagnostics.length, 0);
    });
  }

  it('the editor command follows the language setting, and auto follows the editor', () => {
    const day = new Date(2027, 0, 6);
    const with_ = (language: unknown) => (key: string): unknown => (key === 'language' ? language : undefined);
    const nbText = newRoadmapContent(with_('nb'), 'en-US', day);
    const enText = newRoadmapContent(with_('en'), 'nb-NO', day);
    assert.notEqual(nbText, enText);
    assert.equal(newRoadmapContent(with_('auto'), 'nb-NO', day), nbText);
    assert.equal(newRoadmapContent(with_('auto'), 'de', day), enText);
    assert.equal(newRoadmapContent(with_(undefined), 'en', day), enText);
  });
});

describe('New Roadmap names its untitled document', () => {
  it('roadmap.airoadmap.yaml, then -2, -3 past the names open untitled documents have', () => {
    assert.equal(untitledRoadmapName(new Set()), 'roadmap.airoadmap.yaml');
    assert.equal(untitledRoadmapName(new Set(['Untitled-1'])), 'roadmap.airoadmap.yaml');
    assert.equal(untitledRoadmapName(new Set(['roadmap.airoadmap.yaml'])), 'roadmap-2.airoadmap.yaml');
    assert.equal(untitledRoadmapName(new Set(['roadmap.airoadmap.yaml', 'roadmap-2.airoadmap.yaml', 'roadmap-4.airoadmap.yaml'])), 'roadmap-3.airoadmap.yaml');
    assert.match(untitledRoadmapName(new Set()), /\.airoadmap\.yaml$/, "the language's file pattern, so the editor picks the language from the name");
  });
});
