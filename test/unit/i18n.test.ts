/**
 * Every user-visible string exists in English and Norwegian Bokmål, and the
 * Norwegian is a translation (not a copy): the manifest (`%key%` →
 * package.nls.json / package.nls.nb.json), the client's notifications and
 * the preview panel's own strings, the preview labels, the hover guidance
 * tables, the command line's messages and help, and — end to end — what the
 * language features say about a real roadmap in each language. A source scan
 * keeps literal English out of the client's notifications and the webview.
 * (Diagnostic messages per code and guidance per field also have their own
 * tests: catalogue.test.ts and hover.test.ts.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLIENT_MESSAGES, PREVIEW_MESSAGES, REPORT_MESSAGES } from '../../client/src/client-messages';
import { CONFIG_KEY_TEXTS, CONFIG_TEXTS } from '../../server/src/core/texts/config';
import { ENUM_LABELS } from '../../server/src/core/views/format';
import { viewLabels } from '../../server/src/core/views/labels';
import { ENTITY_NOUNS, GUIDANCE, SCORE_MEANINGS, SUMMARIES, VALUE_MEANINGS, WEEK_TEXTS } from '../../server/src/core/texts/guidance';
import { QUADRANT_LABELS } from '../../server/src/core/language/priority';
import { RELATED_MESSAGES } from '../../server/src/core/texts/structure-messages';
import { SECTION_LABELS } from '../../server/src/core/features/symbols';
import { checkText } from '../../server/src/core/index';
import { complete } from '../../server/src/core/features/complete';
import { codeActions } from '../../server/src/core/features/code-actions';
import { useCaseInlayHints } from '../../server/src/core/features/lenses';
import { documentSymbols } from '../../server/src/core/features/symbols';
import type { Locale } from '../../server/src/core/language/types';
import { cliMessages } from '../../server/src/cli/messages';
import { helpText, type HelpTopic } from '../../server/src/cli/help';
import { describeAllCodes } from '../../server/src/cli/rule-descriptions';
import { TEXT as RENDER_TEXT } from '../../server/src/cli/render';
import { TEXT as SET_TEXT } from '../../server/src/cli/set-command';
import { EDIT_TEXTS } from '../../server/src/core/texts/edit';

const root = path.join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

/**
 * Words that are the same in both languages. Anything else that comes out
 * identical in en and nb is an untranslated string.
 */
const SAME_IN_BOTH = new Set(['AI Roadmap', 'KPI', 'system', 'EU', 'pilot', 'Team']);

interface PairReport {
  pairs: number;
  identical: string[];
}

/** Sample arguments for a message function: its parameter names decide what it gets. */
function sampleArgs(fn: (...args: never[]) => unknown): unknown[] {
  const source = fn.toString();
  const params = /^(?:function[^(]*)?\(?([^)=]*)\)?\s*=>|^[^(]*\(([^)]*)\)/.exec(source);
  const names = (params?.[1] ?? params?.[2] ?? '').split(',').map((n) => n.trim()).filter((n) => n.length > 0);
  return names.map((name, i) => {
    if (/^(c|counts)$/.test(name)) return { error: 3, warning: 5, info: 7, hint: 0 };
    if (/choices/.test(name)) return ['alpha', 'beta'];
    if (/^(count|max|files|crashes|minutes|n)$/.test(name)) return 11 + i;
    if (name === 'code') return 'ENOENT';
    return `ARG${i}x`;
  });
}

/**
 * Walks two parallel structures (the English and the Norwegian version of one
 * table): the same keys, the same kinds of value, every string non-empty, and
 * every function returning a non-empty string that keeps its text arguments.
 */
function comparePair(where: string, en: unknown, nb: unknown, report: PairReport): void {
  if (typeof en === 'string') {
    assert.equal(typeof nb, 'string', `${where}: nb is not a string`);
    assert.ok(en.trim().length > 0, `${where}: en is empty`);
    assert.ok((nb as string).trim().length > 0, `${where}: nb is empty`);
    report.pairs++;
    if (en === nb && !SAME_IN_BOTH.has(en)) report.identical.push(`${where}: ${en}`);
    return;
  }
  if (typeof en === 'function') {
    assert.equal(typeof nb, 'function', `${where}: nb is not a function`);
    const enFn = en as (...args: unknown[]) => unknown;
    const nbFn = nb as (...args: unknown[]) => unknown;
    assert.equal(nbFn.length, enFn.length, `${where}: different parameters`);
    const args = sampleArgs(enFn as (...args: never[]) => unknown);
    const [enText, nbText] = [enFn(...args), nbFn(...args)];
    assert.equal(typeof enText, 'string', `${where}: en returns no string`);
    assert.equal(typeof nbText, 'string', `${where}: nb returns no string`);
    for (const arg of args) {
      if (typeof arg === 'string' && arg.startsWith('ARG')) {
        assert.ok((enText as string).includes(arg) === (nbText as string).includes(arg), `${where}: ${arg} shown in one language only`);
      }
    }
    comparePair(`${where}()`, enText, nbText, report);
    return;
  }
  if (Array.isArray(en)) {
    assert.ok(Array.isArray(nb), `${where}: nb is not a list`);
    assert.equal((nb as unknown[]).length, en.length, `${where}: lists of different length`);
    en.forEach((item, i) => comparePair(`${where}[${i}]`, item, (nb as unknown[])[i], report));
    return;
  }
  if (typeof en === 'object' && en !== null) {
    assert.ok(typeof nb === 'object' && nb !== null, `${where}: nb is not an object`);
    assert.deepEqual(Object.keys(nb as object).sort(), Object.keys(en).sort(), `${where}: different keys`);
    for (const [key, value] of Object.entries(en)) comparePair(`${where}.${key}`, value, (nb as Record<string, unknown>)[key], report);
    return;
  }
  assert.equal(nb, en, `${where}: a ${typeof en} that differs between the languages`);
}

/** A table keyed by locale: `{ en, nb }` at the top. */
function checkLocaleTable(name: string, table: Record<Locale, unknown>): PairReport {
  assert.deepEqual(Object.keys(table).sort(), ['en', 'nb'], `${name}: exactly en and nb`);
  const report: PairReport = { pairs: 0, identical: [] };
  comparePair(name, table.en, table.nb, report);
  assert.ok(report.pairs > 0, `${name}: no strings compared`);
  assert.deepEqual(report.identical, [], `${name}: untranslated`);
  return report;
}

/** A table whose leaves are `{ en, nb }` records, at any depth. */
function checkLeafTable(name: string, table: unknown): PairReport {
  const report: PairReport = { pairs: 0, identical: [] };
  const visit = (where: string, value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const keys = Object.keys(value).sort();
    if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'nb') {
      const v = value as Record<Locale, unknown>;
      comparePair(where, v.en, v.nb, report);
      return;
    }
    assert.ok(!('en' in value) && !('nb' in value), `${where}: only one of en and nb`);
    for (const [key, child] of Object.entries(value)) visit(`${where}.${key}`, child);
  };
  visit(name, table);
  assert.ok(report.pairs > 0, `${name}: no strings compared`);
  assert.deepEqual(report.identical, [], `${name}: untranslated`);
  return report;
}

describe('the manifest (package.json → package.nls.json, package.nls.nb.json)', () => {
  const manifest = JSON.parse(read('package.json')) as Record<string, unknown> & { contributes: Record<string, unknown> };
  const nls: Record<Locale, Record<string, string>> = {
    en: JSON.parse(read('package.nls.json')) as Record<string, string>,
    nb: JSON.parse(read('package.nls.nb.json')) as Record<string, string>,
  };
  const placeholders = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string') {
      const m = /^%(.+)%$/.exec(value);
      if (m) placeholders.add(m[1]!);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(manifest);
  /** Keys that name the product, the same in both languages. */
  const productNames = new Set(['airoadmap.category', 'airoadmap.configuration.title']);

  it('every %key% has a text in English and Norwegian, and both files have exactly the used keys', () => {
    assert.ok(placeholders.size > 30, `${placeholders.size} placeholders`);
    for (const key of placeholders) {
      // vsce only substitutes keys of word characters and dots.
      assert.match(key, /^[\w.]+$/, `${key}: vsce cannot substitute this key`);
      for (const locale of ['en', 'nb'] as const) assert.ok(nls[locale][key]?.trim(), `${locale}: no text for %${key}%`);
    }
    assert.deepEqual(Object.keys(nls.nb).sort(), Object.keys(nls.en).sort(), 'the same keys in both files');
    assert.deepEqual(Object.keys(nls.en).filter((k) => !placeholders.has(k)), [], 'no unused texts');
  });

  it('the Norwegian texts are translations (only product names stay the same)', () => {
    const same = Object.keys(nls.en).filter((k) => nls.en[k] === nls.nb[k]);
    assert.deepEqual(same.filter((k) => !productNames.has(k)), []);
    for (const k of productNames) assert.equal(nls.en[k], 'AI Roadmap', k);
    assert.ok(productNames.size / Object.keys(nls.en).length < 0.1, 'the allowlist stays small');
  });

  it('no user-visible string of the manifest is literal', () => {
    const visible = new Set(['title', 'category', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage', 'altText', 'label', 'markdown']);
    const literal: string[] = [];
    const visit = (where: string, key: string, value: unknown) => {
      if (typeof value === 'string') {
        if (visible.has(key) && !/^%[\w.]+%$/.test(value)) literal.push(`${where}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(`${where}[${i}]`, key, v));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(`${where}.${k}`, k, v);
    };
    visit('contributes', '', manifest.contributes);
    visit('capabilities', '', manifest['capabilities']);
    // A severity setting's sub-properties are schema, not text; their enum values are codes.
    assert.deepEqual(literal, []);
  });

  it('the command titles read the same in English as the documentation says', () => {
    const commands = manifest.contributes['commands'] as { command: string; title: string; category: string }[];
    const shown = (c: { title: string; category: string }, locale: Locale) => `${nls[locale][c.category.slice(1, -1)]}: ${nls[locale][c.title.slice(1, -1)]}`;
    const byId = new Map(commands.map((c) => [c.command, c]));
    assert.equal(shown(byId.get('airoadmap.openPreviewToSide')!, 'en'), 'AI Roadmap: Open Preview to the Side');
    assert.equal(shown(byId.get('airoadmap.openPreviewToSide')!, 'nb'), 'AI Roadmap: Åpne forhåndsvisning ved siden av');
    assert.equal(shown(byId.get('airoadmap.exportPreview')!, 'en'), 'AI Roadmap: Export Preview…');
    assert.equal(shown(byId.get('airoadmap.exportReport')!, 'en'), 'AI Roadmap: Export Report…');
    assert.equal(shown(byId.get('airoadmap.exportReport')!, 'nb'), 'AI Roadmap: Eksporter rapport …');
    assert.equal(shown(byId.get('airoadmap.newRoadmap')!, 'nb'), 'AI Roadmap: Nytt veikart');
  });
});

describe('message tables', () => {
  it("the client's notifications and buttons", () => {
    checkLocaleTable('CLIENT_MESSAGES', CLIENT_MESSAGES);
  });

  it("the preview panel's title, quick pick and export messages", () => {
    checkLocaleTable('PREVIEW_MESSAGES', PREVIEW_MESSAGES);
  });

  it("the report export's quick pick, dialog and notifications", () => {
    checkLocaleTable('REPORT_MESSAGES', REPORT_MESSAGES);
  });

  it("the configuration file's findings, completion and hover", () => {
    checkLocaleTable('CONFIG_TEXTS', CONFIG_TEXTS);
    checkLocaleTable('CONFIG_KEY_TEXTS', CONFIG_KEY_TEXTS);
  });

  it('the preview labels and enumeration labels', () => {
    const withoutLocale = (locale: Locale) => Object.fromEntries(Object.entries(viewLabels(locale)).filter(([k]) => k !== 'locale'));
    const report = checkLocaleTable('viewLabels', { en: withoutLocale('en'), nb: withoutLocale('nb') });
    assert.ok(report.pairs > 60, `${report.pairs} labels`);
    assert.equal(viewLabels('nb').locale, 'nb');
    checkLeafTable('ENUM_LABELS', ENUM_LABELS);
  });

  it('the hover guidance, score and value meanings, nouns, weeks, quadrants, sections', () => {
    const report = checkLeafTable('GUIDANCE', GUIDANCE);
    assert.ok(report.pairs > 150, `${report.pairs} guidance texts`);
    for (const [name, table] of Object.entries({ SUMMARIES, SCORE_MEANINGS, VALUE_MEANINGS, ENTITY_NOUNS, WEEK_TEXTS, QUADRANT_LABELS, SECTION_LABELS, RELATED_MESSAGES })) {
      checkLeafTable(name, table);
    }
  });

  it("the command line's messages, render messages, help and rule descriptions", () => {
    checkLocaleTable('cliMessages', { en: cliMessages('en'), nb: cliMessages('nb') });
    checkLocaleTable('render TEXT', RENDER_TEXT);
    checkLocaleTable('set TEXT', SET_TEXT);
    checkLocaleTable('EDIT_TEXTS', EDIT_TEXTS);
    const topics: HelpTopic[] = ['general', 'check', 'init', 'schema', 'set'];
    for (const topic of topics) {
      const [en, nb] = [helpText(topic, 'en'), helpText(topic, 'nb')];
      assert.notEqual(en, nb, `help ${topic}`);
      const options = (text: string) => [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].sort();
      assert.deepEqual(options(nb), options(en), `help ${topic}: the same options in both languages`);
    }
    const [en, nb] = [describeAllCodes('en'), describeAllCodes('nb')];
    checkLocaleTable('describeAllCodes', { en: en.map((d) => ({ title: d.title, help: d.help })), nb: nb.map((d) => ({ title: d.title, help: d.help })) });
  });

  it('the comparison itself catches a copy, a gap and a dropped argument', () => {
    assert.throws(() => checkLocaleTable('t', { en: { a: 'Open the file' }, nb: { a: 'Open the file' } }), /untranslated/);
    assert.throws(() => checkLocaleTable('t', { en: { a: 'Open', b: 'Close' }, nb: { a: 'Åpne' } } as Record<Locale, unknown>), /different keys/);
    assert.throws(() => checkLocaleTable('t', { en: { a: 'Open' }, nb: { a: '' } }), /nb is empty/);
    assert.throws(() => checkLocaleTable('t', { en: { f: (p: string) => `Wrote ${p}.` }, nb: { f: () => 'Skrev fila.' } }), /parameters|one language/);
    assert.throws(() => checkLeafTable('t', { x: { en: 'Value', nb: 'Value' } }), /untranslated/);
    assert.throws(() => checkLeafTable('t', { x: { en: 'Value' } }), /only one of en and nb/);
  });
});

describe('what the language features say, in each language', () => {
  const problems = read('examples/problems.airoadmap.yaml');
  const example = read('examples/nordlys.airoadmap.yaml');

  it('diagnostics: the same findings, every message translated', () => {
    const [en, nb] = (['en', 'nb'] as const).map((locale) => checkText(problems, { locale }).diagnostics);
    assert.ok(en!.length > 10);
    assert.deepEqual(nb!.map((d) => d.code), en!.map((d) => d.code));
    en!.forEach((d, i) => assert.notEqual(nb![i]!.message, d.message, `${d.code}: ${d.message}`));
  });

  it('quick fix titles, inlay hints and outline section names', () => {
    const { model, diagnostics } = checkText(problems);
    const whole = { start: { line: 0, character: 0 }, end: { line: problems.split('\n').length, character: 0 } };
    const [enTitles, nbTitles] = (['en', 'nb'] as const).map((locale) => codeActions(model, diagnostics, whole, locale).map((a) => a.title));
    assert.ok(enTitles!.length > 5, `${enTitles!.length} quick fixes`);
    enTitles!.forEach((t, i) => assert.notEqual(nbTitles![i], t, t));

    const clean = checkText(example).model;
    const [enHints, nbHints] = (['en', 'nb'] as const).map((locale) => useCaseInlayHints(clean, locale).map((h) => JSON.stringify(h.label)));
    assert.ok(enHints!.length > 3);
    enHints!.forEach((h, i) => assert.notEqual(nbHints![i], h, h));

    const [enSymbols, nbSymbols] = (['en', 'nb'] as const).map((locale) => documentSymbols(clean, locale).map((s) => s.detail ?? s.name));
    assert.notDeepEqual(nbSymbols, enSymbols);
  });

  it('completion documentation: keys and enumeration values', () => {
    const head = 'airoadmap: 1\norganization:\n  name: Test AS\nuse_cases:\n  pilot:\n    title: Search\n';
    const docs = (text: string, locale: Locale) => {
      const lines = text.split('\n');
      const position = { line: lines.length - 1, character: lines.at(-1)!.length };
      return complete(text, checkText(text).model, position, locale).map((item) => {
        const d = item.documentation;
        return `${item.detail ?? ''}|${typeof d === 'string' ? d : (d?.value ?? '')}`;
      });
    };
    for (const text of [`${head}    `, `${head}    stage: `, `${head}    ai_act: `]) {
      const [en, nb] = [docs(text, 'en'), docs(text, 'nb')];
      assert.equal(nb.length, en.length);
      const documented = en.map((d, i) => [d, nb[i]!] as const).filter(([d]) => d !== '|');
      assert.ok(documented.length >= 3, `${documented.length} documented completions after ${JSON.stringify(text.split('\n').at(-1))}`);
      for (const [e, n] of documented) assert.notEqual(n, e, e);
    }
  });
});

describe('no literal English in the client and the webview', () => {
  const files = [
    ...readdirSync(path.join(root, 'client/src'), { recursive: true, encoding: 'utf8' }).map((f) => `client/src/${f}`),
    ...readdirSync(path.join(root, 'client/webview'), { recursive: true, encoding: 'utf8' }).map((f) => `client/webview/${f}`),
  ].filter((f) => f.endsWith('.ts') && !f.endsWith('client-messages.ts'));

  /** Calls and attributes whose text reaches the user; a literal string there is untranslated. */
  const patterns: [string, RegExp][] = [
    ['notification', /show(?:Information|Warning|Error)Message\(\s*['"`]/],
    ['quick pick / input', /(?:placeHolder|prompt|title)\s*:\s*['"`][A-Za-z]/],
    ['aria label / tooltip', /['"]?(?:aria-label|title)['"]?\s*:\s*['"`][A-Za-z]/],
    ['error shown to the user', /new Error\(\s*['"`][A-Za-z]/],
    ['button text', /el\(\s*'button'[^)]*\)\s*,\s*'[A-Za-z]{2,}/],
  ];

  it('scans the client sources', () => {
    assert.ok(files.length >= 6, files.join(', '));
    const found: string[] = [];
    for (const file of files) {
      read(file)
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(?:\/\/|\*)/.test(line)) return;
          for (const [what, pattern] of patterns) if (pattern.test(line)) found.push(`${file}:${i + 1} (${what}): ${line.trim()}`);
        });
    }
    assert.deepEqual(found, []);
  });

  it('the scan would catch a literal notification', () => {
    assert.ok(patterns[0]![1].test("void vscode.window.showInformationMessage('Saved.');"));
    assert.ok(patterns[2]![1].test("el('button', { 'aria-label': 'Zoom in' })"));
    assert.ok(!patterns[0]![1].test('void vscode.window.showInformationMessage(msg.saved);'));
  });
});
