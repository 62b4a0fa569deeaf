/**
 * Completion and hover in airoadmap.config.yaml (core/features/config-assist.ts),
 * with cursor markers: the keys not yet written, every code under `rules`
 * with its title, the severities and languages as values, the guides with a
 * range snippet; hovers on keys, codes and values; both languages; and never
 * a throw on any text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { completeConfig, hoverConfig } from '../../server/src/core/index';
import { ALL_CODES, SEVERITIES } from '../../server/src/core/language/codes';
import { readConfig } from '../../server/src/core/features/config';
import { CURSOR, withCursor } from '../helpers/fixtures';

const C = CURSOR;
const complete = (marked: string, locale: 'en' | 'nb' = 'en') => {
  const { text, position } = withCursor(marked);
  return completeConfig(text, position, locale);
};
const hover = (marked: string, locale: 'en' | 'nb' = 'en') => {
  const { text, position } = withCursor(marked);
  return hoverConfig(text, position, locale);
};
const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const newText = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined);
const hoverText = (h: ReturnType<typeof hover>) => (h ? (h.contents as MarkupContent).value : '');

/** The text with a completion applied (its snippet placeholders as their defaults). */
function apply(marked: string, item: CompletionItem): string {
  const { text } = withCursor(marked);
  const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  const lines = text.split('\n');
  const line = lines[edit.range.start.line]!;
  const plain = edit.newText.replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '');
  lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + plain + line.slice(edit.range.end.character);
  return lines.join('\n');
}

describe('completion in airoadmap.config.yaml', () => {
  it('offers the top-level keys not yet written', () => {
    assert.deepEqual(labels(complete(`${C}`)), ['locale', 'rules', 'guides']);
    assert.deepEqual(labels(complete(`locale: nb\nru${C}`)), ['rules', 'guides']);
  });

  it('offers every code under rules, minus those set, each with its title; applied, the file reads without a finding', () => {
    const marked = `rules:\n  data-silo: off\n  ${C}\n`;
    const items = complete(marked);
    assert.equal(items.length, ALL_CODES.length - 1);
    assert.ok(!labels(items).includes('data-silo'));
    const kpi = items.find((i) => i.label === 'kpi-no-baseline');
    assert.ok(kpi?.detail && kpi.detail.length > 10, 'a title');
    assert.match((kpi.documentation as MarkupContent).value, /By default: warning/);
    const applied = apply(marked, kpi);
    assert.match(applied, /^ {2}kpi-no-baseline: off$/m);
    assert.deepEqual(readConfig(applied, 'en').findings, []);
    assert.deepEqual(readConfig(applied, 'en').config.severities, { 'data-silo': 'off', 'kpi-no-baseline': 'off' });
  });

  it('offers the severities as the value of a code, replacing what is typed, and the languages after locale', () => {
    const items = complete(`rules:\n  kpi-unused: wa${C}\n`);
    assert.deepEqual(labels(items), [...SEVERITIES]);
    const warning = items.find((i) => i.label === 'warning')!;
    assert.deepEqual((warning.textEdit as { range: unknown }).range, { start: { line: 1, character: 14 }, end: { line: 1, character: 16 } });
    assert.ok(items.find((i) => i.label === 'info')?.detail, 'kpi-unused is info by default: said on that severity');
    assert.equal(items.filter((i) => i.detail).length, 1, 'on that one only');
    assert.deepEqual(labels(complete(`locale: ${C}`)), ['en', 'nb']);
    assert.deepEqual(labels(complete(`locale: nb\nrules:\n  no-such-code: ${C}`)), [], 'no severities for an unknown code');
  });

  it('offers the guides with a [lowest, highest] snippet that reads as a range', () => {
    const marked = `guides:\n  training_budget: [20000, 50000]\n  ${C}`;
    const items = complete(marked);
    assert.deepEqual(labels(items), ['budget_first_year', 'running_cost_monthly']);
    assert.equal(newText(items[0]), 'budget_first_year: [${1:0}, ${2:0}]');
    const applied = apply(marked, items[0]!);
    assert.deepEqual(readConfig(applied, 'en').findings, []);
  });

  it('speaks Bokmål', () => {
    const [locale] = complete(`${C}`, 'nb');
    assert.match((locale!.documentation as MarkupContent).value, /Språket i meldingene/);
    const severities = complete(`rules:\n  kpi-unused: ${C}`, 'nb');
    assert.match((severities.find((i) => i.label === 'off')!.documentation as MarkupContent).value, /rapporteres ikke/);
  });

  it('offers nothing in a comment or after a key that takes no scalar', () => {
    assert.deepEqual(complete(`# ${C}`), []);
    assert.deepEqual(complete(`rules: ${C}`), []);
  });
});

describe('hover in airoadmap.config.yaml', () => {
  it('explains the keys, a code (its title and default), a severity, a guide and a language', () => {
    assert.match(hoverText(hover(`gui${C}des:\n  training_budget: [1, 2]`)), /guide ranges/);
    const code = hover(`rules:\n  kpi-no-${C}baseline: off`);
    assert.match(hoverText(code), /^\*\*.+\*\*/);
    assert.match(hoverText(code), /By default: warning/);
    assert.deepEqual(code!.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 17 } });
    assert.match(hoverText(hover(`rules:\n  kpi-no-baseline: o${C}ff`)), /not reported/);
    assert.match(hoverText(hover(`guides:\n  running_${C}cost_monthly: [1, 2]`)), /per production system and month/);
    assert.match(hoverText(hover(`locale: n${C}b`, 'nb')), /Norsk bokmål/);
  });

  it('says nothing of what it does not know', () => {
    assert.equal(hover(`ruls${C}:\n  kpi-unused: off`), null);
    assert.equal(hover(`ruls:\n  kpi-un${C}used: off`), null, 'a code under an unknown key');
    assert.equal(hover(`rules:\n  no-${C}such: off`), null);
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '\u0000', ':::', 'rules: {a: [', '  - x\n -', 'a'.repeat(10_000), '\r\n\r\n']) {
      for (let ch = 0; ch < 4; ch++) {
        completeConfig(text, { line: 0, character: ch }, 'en');
        hoverConfig(text, { line: 5, character: ch }, 'nb');
      }
    }
  });
});
