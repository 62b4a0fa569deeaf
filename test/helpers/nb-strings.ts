/**
 * Every Norwegian string the tool can show, collected for the language tests
 * (test/unit/norwegian.test.ts): the checklist rules' titles, reasons, fix
 * comments and messages (each called with the arguments its findings carry on
 * the golden fixtures and the examples, and again with those numbers made
 * large and fractional), the structure codes' texts, the hover guidance and
 * the sections' words, the previews' labels, the command line's messages,
 * help and render texts, the client's strings, the manifest's Norwegian
 * texts (settings, commands, walkthrough), the walkthrough's Norwegian pages,
 * the Norwegian starter, and what the editor features say in Norwegian about
 * the examples (diagnostics, hovers, completion, quick fixes, inlay hints,
 * outline).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SymbolKind } from 'vscode-languageserver-types';
import * as path from 'node:path';
import { CLIENT_MESSAGES, PREVIEW_MESSAGES, REPORT_MESSAGES } from '../../client/src/client-messages';
import { CONFIG_KEY_TEXTS, CONFIG_TEXTS } from '../../server/src/core/texts/config';
import { cliMessages } from '../../server/src/cli/messages';
import { helpText, type HelpTopic } from '../../server/src/cli/help';
import { TEXT as RENDER_TEXT } from '../../server/src/cli/render';
import { TEXT as SET_TEXT } from '../../server/src/cli/set-command';
import { EDIT_TEXTS } from '../../server/src/core/texts/edit';
import { describeAllCodes } from '../../server/src/cli/rule-descriptions';
import { checkText, computeViews } from '../../server/src/core/index';
import { codeActions } from '../../server/src/core/features/code-actions';
import { complete } from '../../server/src/core/features/complete';
import { hover } from '../../server/src/core/features/hover';
import { useCaseInlayHints } from '../../server/src/core/features/lenses';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { PRIORITY_FORMULA, QUADRANT_LABELS } from '../../server/src/core/language/priority';
import type { Finding, MessageArgs } from '../../server/src/core/language/types';
import { RULES } from '../../server/src/core/rules/index';
import { GUIDANCE, SCORE_MEANINGS, SUMMARIES, VALUE_MEANINGS, WEEK_TEXTS, priorityFormula } from '../../server/src/core/texts/guidance';
import { SECTION_WORDS } from '../../server/src/core/texts/sections';
import { starterRoadmap } from '../../server/src/core/texts/starter';
import { STRUCTURE_CODE_TEXTS } from '../../server/src/core/texts/structure-codes';
import { KIND_NB, RELATED_MESSAGES } from '../../server/src/core/texts/structure-messages';
import { ENUM_LABELS, formatPercent, shortDate } from '../../server/src/core/views/format';
import { tooLargeText, viewLabels } from '../../server/src/core/views/labels';
import { VIEW_NAMES } from '../../server/src/core/views/registry';
import { FIXTURE_TODAY } from './fixtures';

export const ROOT = path.join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

/** One Norwegian string and where it comes from. */
export interface NbString {
  where: string;
  text: string;
}

/** A large number with decimals: shown the English way it would read "123,456.75". */
export const BIG = 123456.75;

/** Sample arguments for a message function of plain parameters, chosen by their names. */
function sampleArgs(fn: (...args: never[]) => unknown): unknown[] {
  const source = fn.toString();
  const params = /^(?:function[^(]*)?\(?([^)=]*)\)?\s*=>|^[^(]*\(([^)]*)\)/.exec(source);
  const names = (params?.[1] ?? params?.[2] ?? '').split(',').map((n) => n.trim()).filter((n) => n.length > 0);
  return names.map((name) => {
    if (/^(c|counts)$/.test(name)) return { error: 12345, warning: 23456, info: 34567, hint: 45678 };
    if (/choices/.test(name)) return ['alpha', 'beta'];
    if (/^(count|max|files|crashes|minutes|n)$/.test(name)) return 12345;
    if (name === 'code') return 'ENOENT';
    return 'x';
  });
}

/**
 * The Norwegian strings of a table: below an `nb` key (or everything when
 * `inNb`), every string, and every function called with sample arguments.
 */
function walk(where: string, value: unknown, inNb: boolean, out: NbString[]): void {
  if (typeof value === 'string') {
    if (inNb) out.push({ where, text: value });
    return;
  }
  if (typeof value === 'function') {
    if (!inNb) return;
    const fn = value as (...args: unknown[]) => unknown;
    walk(`${where}()`, fn(...sampleArgs(fn as (...args: never[]) => unknown)), inNb, out);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(`${where}[${i}]`, v, inNb, out));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (!inNb && key === 'en') continue;
      walk(`${where}.${key}`, child, inNb || key === 'nb', out);
    }
  }
}

/** Every `*.airoadmap.yaml` under the fixtures and the examples. */
export function roadmapFiles(): string[] {
  const files: string[] = [];
  for (const dir of ['test/fixtures/rules', 'test/fixtures/code-actions', 'examples']) {
    for (const f of readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('.airoadmap.yaml')) files.push(`${dir}/${f}`);
    }
  }
  return files.sort();
}

/** Malformed YAML, one mistake each, for the parser's messages. */
export const MALFORMED: readonly (readonly [string, string])[] = [
  ['a tab as indentation', 'airoadmap: 1\norganization:\n\tname: X\n'],
  ['an unclosed quote', 'airoadmap: 1\norganization:\n  name: "X\n'],
  ['a bad indentation', 'airoadmap: 1\norganization:\n  name: X\n   employees: 5\n'],
  ['a missing comma in a flow map', 'airoadmap: 1\norganization: { name: X employees: 5 }\n'],
  ['an unknown alias', 'airoadmap: 1\norganization:\n  name: *nowhere\n'],
  ['a multi-line implicit key', 'airoadmap: 1\norganization:\n  name\n  x: X\n'],
  ['an unknown tag', 'airoadmap: 1\norganization:\n  name: !custom X\n'],
  ['a block sequence as a key', 'airoadmap: 1\n- a: b\n'],
  ['an unexpected flow end', 'airoadmap: 1\norganization: { name: X }}\n'],
  ['a value starting with @', 'airoadmap: 1\norganization:\n  name: @x\n'],
];

/** The same arguments with every number made large and fractional. */
function bigNumbers(args: MessageArgs): MessageArgs | undefined {
  if (!Object.values(args).some((v) => typeof v === 'number')) return undefined;
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'number' ? BIG : v]));
}

/** Every finding the fixtures and examples give, by code (with the fixture's own today). */
export function fixtureFindings(): Map<string, Finding[]> {
  const byCode = new Map<string, Finding[]>();
  for (const file of roadmapFiles()) {
    const text = read(file);
    const today = /^# today: (\d{4}-\d{2}-\d{2})\s*$/m.exec(text)?.[1] ?? FIXTURE_TODAY;
    for (const f of checkText(text, { locale: 'nb', today }).findings) {
      const list = byCode.get(f.code) ?? [];
      list.push(f);
      byCode.set(f.code, list);
    }
  }
  return byCode;
}

/** The rules' and the structure codes' Norwegian texts, messages with real and large arguments. */
export function codeStrings(): NbString[] {
  const out: NbString[] = [];
  const findings = fixtureFindings();
  const messageOf = (code: string, nb: (a: MessageArgs) => string) => {
    const seen = new Set<string>();
    for (const f of findings.get(code) ?? []) {
      for (const args of [f.args, bigNumbers(f.args)]) {
        if (!args) continue;
        const text = nb(args);
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ where: `${code} message ${JSON.stringify(args)}`, text });
      }
    }
  };
  for (const [what, text] of MALFORMED) {
    for (const d of checkText(text, { locale: 'nb' }).diagnostics) out.push({ where: `${what}: ${d.code} message`, text: d.message });
  }
  for (const rule of RULES) {
    out.push({ where: `${rule.code} title`, text: rule.title.nb }, { where: `${rule.code} reason`, text: rule.reason.nb });
    // A fix's comment is a YAML comment in the file: "monthly | quarterly" lists the values to write.
    for (const [field, t] of Object.entries(rule.fix?.fields ?? {})) out.push({ where: `${rule.code} fix ${field}`, text: t.comment.nb.replace(/[\w-]+(?:\s*\|\s*[\w-]+)+/g, ' ') });
    if (rule.fix?.entities) out.push({ where: `${rule.code} fix title`, text: rule.fix.entities.title.nb });
    messageOf(rule.code, rule.messages.nb);
  }
  for (const [code, t] of Object.entries(STRUCTURE_CODE_TEXTS)) {
    out.push({ where: `${code} title`, text: t.title.nb }, { where: `${code} help`, text: t.help.nb });
    messageOf(code, t.messages.nb);
  }
  for (const d of describeAllCodes('nb')) out.push({ where: `${d.code} description`, text: `${d.title} ${d.help}` });
  walk('KIND_NB', KIND_NB, true, out);
  walk('RELATED_MESSAGES', RELATED_MESSAGES, false, out);
  return out;
}

/** The hover guidance, the sections' words, the previews' labels and formats. */
export function coreTableStrings(): NbString[] {
  const out: NbString[] = [];
  for (const [name, table] of Object.entries({ GUIDANCE, SUMMARIES, SCORE_MEANINGS, VALUE_MEANINGS, WEEK_TEXTS, QUADRANT_LABELS, PRIORITY_FORMULA, ENUM_LABELS })) walk(name, table, false, out);
  for (const [key, words] of Object.entries(SECTION_WORDS)) walk(`SECTION_WORDS.${key}`, words, false, out);
  out.push({ where: 'priorityFormula', text: priorityFormula('nb') });
  const { locale: _locale, ...labels } = viewLabels('nb');
  walk('viewLabels', labels, true, out);
  for (const view of VIEW_NAMES) {
    out.push({ where: `tooLargeText ${view}`, text: tooLargeText(view, 'entities', 12345, 2000, 'nb') });
    out.push({ where: `tooLargeText ${view} bytes`, text: tooLargeText(view, 'bytes', 9_600_000, 8_000_000, 'nb') });
  }
  out.push({ where: 'shortDate', text: shortDate('2027-01-04', 'nb') }, { where: 'formatPercent', text: formatPercent(0.425, 'nb') });
  return out;
}

/** The command line's, the client's and the manifest's Norwegian strings, the walkthrough and the starter. */
export function shellStrings(): NbString[] {
  const out: NbString[] = [];
  walk('cliMessages', cliMessages('nb'), true, out);
  walk('render TEXT', RENDER_TEXT, false, out);
  walk('set TEXT', SET_TEXT, false, out);
  walk('EDIT_TEXTS', EDIT_TEXTS.nb, true, out);
  for (const topic of ['general', 'check', 'init', 'schema', 'render', 'report', 'set'] as HelpTopic[]) out.push({ where: `help ${topic}`, text: helpText(topic, 'nb') });
  walk('CLIENT_MESSAGES', CLIENT_MESSAGES, false, out);
  walk('PREVIEW_MESSAGES', PREVIEW_MESSAGES, false, out);
  walk('REPORT_MESSAGES', REPORT_MESSAGES, false, out);
  walk('CONFIG_TEXTS', CONFIG_TEXTS, false, out);
  walk('CONFIG_KEY_TEXTS', CONFIG_KEY_TEXTS, false, out);
  const nls = JSON.parse(read('package.nls.nb.json')) as Record<string, string>;
  for (const [key, text] of Object.entries(nls)) out.push({ where: `package.nls.nb.json ${key}`, text });
  for (const f of readdirSync(path.join(ROOT, 'walkthroughs/nb'))) {
    if (f.endsWith('.md')) out.push({ where: `walkthroughs/nb/${f}`, text: read(`walkthroughs/nb/${f}`) });
  }
  // The starter's comments are its prose; its keys are the language's.
  const starter = read('server/src/core/texts/starter.nb.yaml');
  // (A comment's "-> systems" names the section an id refers to, and "idea | poc | …" the values to write: code, not prose.)
  const comments = starter.split('\n').flatMap((l) => {
    const m = /(?:^|\s)#\s?([^#]*)$/.exec(l);
    return m ? [m[1]!.replace(/->\s*[\w.]+/g, ' ').replace(/[\w-]+(?: \([^)]*\))?(?:\s*\|\s*[\w-]+(?: \([^)]*\))?)+/g, ' ')] : [];
  });
  out.push({ where: 'starter (nb)', text: comments.join('\n') });
  return out;
}

/**
 * What the editor features say in Norwegian: diagnostics and quick fixes on
 * the examples; hovers, completion, inlay hints and the outline on the
 * Norwegian starter (its text is Norwegian, so what the features quote of
 * the document is Norwegian too; the examples' own titles are English).
 */
export function featureStrings(): NbString[] {
  const out: NbString[] = [];
  for (const file of roadmapFiles().filter((f) => f.startsWith('examples/'))) {
    const text = read(file);
    const { model, diagnostics } = checkText(text, { locale: 'nb', today: FIXTURE_TODAY });
    for (const d of diagnostics) out.push({ where: `${file} diagnostic ${d.code}`, text: d.message });
    const lines = text.split('\n');
    const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
    for (const a of codeActions(model, diagnostics, whole, 'nb')) out.push({ where: `${file} quick fix`, text: a.title });
    for (const h of useCaseInlayHints(model, 'nb')) out.push({ where: `${file} inlay hint`, text: typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('') });
  }
  const file = 'starter (nb)';
  const text = starterRoadmap('nb', new Date(2027, 0, 4));
  const { model } = checkText(text, { locale: 'nb', today: FIXTURE_TODAY });
  for (const h of useCaseInlayHints(model, 'nb')) out.push({ where: `${file} inlay hint`, text: typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('') });
  const symbols = documentSymbols(model, 'nb');
  const visit = (s: (typeof symbols)[number]) => {
    // A symbol's name is the key or id as written; its detail is the tool's, but for a field's text value (the file's own).
    if (s.detail && (s.kind !== SymbolKind.Property || /\d/.test(s.detail))) out.push({ where: `${file} symbol ${s.name}`, text: s.detail });
    s.children?.forEach(visit);
  };
  symbols.forEach(visit);
  // The previews' data (aria labels, chips, dates, numbers), without the labels already read and the file's ids and keys.
  const views = computeViews(model, 'nb', FIXTURE_TODAY);
  const viewStrings: NbString[] = [];
  walk('views', { ...views, labels: undefined }, true, viewStrings);
  for (const v of viewStrings) if (!/\.(?:key|id|ids|section|ranked|locale|start|end|today|quadrant|category|riskLevel|stage|kind|severity|href|view|direction|part|position|currency)(?:\[\d+\])?$/.test(v.where)) out.push({ where: `${file} ${v.where}`, text: v.text });
  const shown = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const m = /^(\s*(?:- )?)([\w-]+):(\s*)(\S?)/.exec(line);
    if (!m) return;
    const positions = [m[1]!.length];
    if (m[4]) positions.push(m[1]!.length + m[2]!.length + 1 + m[3]!.length);
    for (const character of positions) {
      const h = hover(model, { line: i, character }, 'nb');
      const value = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
      if (value && !shown.has(value)) {
        shown.add(value);
        out.push({ where: `${file}:${i + 1} hover`, text: value });
      }
    }
    for (const item of complete(text, model, { line: i, character: line.length }, 'nb')) {
      const d = item.documentation;
      const doc = `${item.detail ?? ''}\n${typeof d === 'string' ? d : (d?.value ?? '')}`;
      if (!shown.has(doc)) {
        shown.add(doc);
        out.push({ where: `${file}:${i + 1} completion ${item.label}`, text: doc });
      }
    }
  });
  return out;
}

/** Everything above. */
export function allNbStrings(): NbString[] {
  return [...codeStrings(), ...coreTableStrings(), ...shellStrings(), ...featureStrings()];
}
