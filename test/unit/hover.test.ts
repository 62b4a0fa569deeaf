// Hover from the user's view: YAML with a $$CURSOR$$ marker, the markdown shown there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { Hover, MarkupContent, Range } from 'vscode-languageserver-types';
import { ENTITY_SECTIONS, roadmapSchema } from '../../schemas/model';
import { fieldSummary, GUIDANCE, refItemSummary, SUMMARIES } from '../../server/src/core/texts/guidance';
import { hover } from '../../server/src/core/features/hover';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { priorityOf, QUADRANT_LABELS } from '../../server/src/core/language/priority';
import type { Locale } from '../../server/src/core/language/types';
import { CURSOR, withCursor } from '../helpers/fixtures';

const EXAMPLE = readFileSync(new URL('../fixtures/dsl-example.airoadmap.yaml', import.meta.url), 'utf8');

/** Puts the cursor at `offsetInNeedle` characters into the first `needle` of the example. */
function markExample(needle: string, offsetInNeedle = 1): string {
  const at = EXAMPLE.indexOf(needle);
  assert.ok(at >= 0, `the example has ${needle}`);
  return EXAMPLE.slice(0, at + offsetInNeedle) + CURSOR + EXAMPLE.slice(at + offsetInNeedle);
}

function hoverAt(source: string, locale: Locale = 'en'): { result: Hover | null; text: string } {
  const { text, position } = withCursor(source);
  return { result: hover(parseRoadmap(text).model, position, locale), text };
}

function markdownOf(result: Hover | null): string {
  assert.ok(result, 'expected a hover');
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

/** The text a range covers. */
function covered(text: string, range: Range | undefined): string {
  assert.ok(range, 'hover has a range');
  const lines = text.split('\n');
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line]!.slice(range.start.character, range.end.character);
}

test('on `readiness` the field, its scale and the framework’s advice (4–5 suit early integration)', () => {
  const { result, text } = hoverAt(markExample('readiness: 4', 3));
  const md = markdownOf(result);
  assert.match(md, /AI readiness/);
  assert.match(md, /4–5 suit early AI integration/);
  assert.match(md, /\*\*2\*\* — Weak/);
  assert.equal(covered(text, result?.range), 'readiness');
});

test('on a KPI reference the KPI’s baseline → target and unit', () => {
  const { result, text } = hoverAt(markExample('kpis: [search-time]', 9));
  const md = markdownOf(result);
  assert.match(md, /Time to find a document/);
  assert.match(md, /baseline 15 → target 3 minutes/);
  assert.equal(covered(text, result?.range), 'search-time');
});

test('on a use case id its priority score and quadrant', () => {
  const { result, text } = hoverAt(markExample('  doc-search:\n', 4));
  const md = markdownOf(result);
  const model = parseRoadmap(text).model;
  const priority = priorityOf(model.use_cases.get('doc-search')!.data);
  assert.ok(priority);
  assert.match(md, new RegExp(`Priority score ${priority.score} of 15`));
  assert.ok(md.includes(QUADRANT_LABELS[priority.quadrant].en), md);
  assert.match(md, /Smart document search/);
  assert.equal(covered(text, result?.range), 'doc-search');
});

test('on a score value what that score means', () => {
  const readiness = markdownOf(hoverAt(markExample('readiness: 4', 11)).result);
  assert.match(readiness, /readiness: 4\*\* — Ready/);
  const value = hoverAt(markExample('value: 5', 7));
  assert.match(markdownOf(value.result), /value: 5\*\* — Strategic/);
  assert.equal(covered(value.text, value.result?.range), '5');
  const low = markdownOf(hoverAt(`airoadmap: 1\nsystems:\n  erp:\n    readiness: ${CURSOR}2\n`).result);
  assert.match(low, /Weak/);
});

test('on references to people, systems and risks a summary of the entity', () => {
  const person = markdownOf(hoverAt(markExample('owner: anna', 8)).result);
  assert.match(person, /Anna Berg/);
  assert.match(person, /IT manager/);
  assert.match(person, /skills: api/);
  const system = markdownOf(hoverAt(markExample('systems: [dms]', 11)).result);
  assert.match(system, /SharePoint/);
  assert.match(system, /AI readiness 4\/5/);
  const risk = markdownOf(hoverAt(markExample('risks: [hallucination]', 10)).result);
  assert.match(risk, /likelihood 3 × impact 4 = 12/);
});

test('on a reference to a missing id, says so', () => {
  const md = markdownOf(hoverAt(`airoadmap: 1\nuse_cases:\n  a:\n    kpis: [no${CURSOR}pe]\n`).result);
  assert.match(md, /`nope` is not defined in `kpis`/);
});

test('on section keys, nested keys and enumeration values', () => {
  assert.match(markdownOf(hoverAt(markExample('infrastructure:', 2)).result), /three of the four|Three "yes" of the four/i);
  assert.match(markdownOf(hoverAt(markExample('monitoring: true', 2)).result), /Monitoring is in place/);
  assert.match(markdownOf(hoverAt(markExample('stage: pilot', 9)).result), /stage: pilot\*\* — Pilot/);
  assert.match(markdownOf(hoverAt(markExample('weeks: 7-8', 8)).result), /Pilot \(weeks 5–8/);
  assert.match(markdownOf(hoverAt(markExample('2027-Q1', 2)).result), /quarter/);
});

test('nb locale gives Norwegian hovers', () => {
  const md = markdownOf(hoverAt(markExample('readiness: 4', 3), 'nb').result);
  assert.match(md, /KI-modenhet/);
  assert.match(md, /4–5 egner seg for tidlig KI-integrering/);
  const id = markdownOf(hoverAt(markExample('  doc-search:\n', 4), 'nb').result);
  assert.match(id, /Prioritet \d+ av 15/);
  assert.match(id, /Store prosjekter|Raske gevinster|Småoppgaver|Pengesluk/);
});

test('out-of-range positions, blank lines and comments give null without throwing', () => {
  const model = parseRoadmap(EXAMPLE).model;
  for (const position of [
    { line: -1, character: 0 },
    { line: 100_000, character: 0 },
    { line: 0, character: 10_000 },
    { line: Number.NaN, character: 1 },
  ]) {
    assert.equal(hover(model, position, 'en'), null);
  }
  assert.equal(hoverAt(`airoadmap: 1\n${CURSOR}\norganization:\n  name: X\n`).result, null);
  assert.equal(hoverAt(`airoadmap: 1 # the ${CURSOR}version\n`).result, null);
  assert.equal(hoverAt(`airoadmap: 1\nnot_a_section${CURSOR}: 3\n`).result, null);
  assert.equal(hover(parseRoadmap('').model, { line: 0, character: 0 }, 'en'), null);
});

/** Every schema path of the model, walked here independently of the code under test. */
function schemaPaths(schema: z.ZodType, prefix: string, out: string[]): string[] {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNonOptional) s = s.def.innerType as z.ZodType;
  if (s instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(s.shape as Record<string, z.ZodType>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      out.push(path);
      schemaPaths(child, path, out);
    }
  } else if (s instanceof z.ZodRecord) {
    const path = `${prefix}.*`;
    out.push(path);
    schemaPaths(s.valueType as z.ZodType, path, out);
  }
  return out;
}

test('every field path of the model has English and Norwegian guidance', () => {
  const paths = schemaPaths(roadmapSchema, '', []);
  assert.ok(paths.length > 100, `walked ${paths.length} paths`);
  for (const required of ['systems.*.readiness', 'use_cases.*.effort', 'kpis.*.baseline', 'infrastructure', 'roles.ai_owner', 'plan.*.weeks', 'use_cases.*.production.backup', 'kpis.*.actuals.*']) {
    assert.ok(paths.includes(required), `the walk reaches ${required}`);
  }
  const missing = paths.filter((p) => !GUIDANCE[p]?.en.meaning || !GUIDANCE[p]?.nb.meaning);
  assert.deepEqual(missing, []);
  const untranslated = paths.filter((p) => GUIDANCE[p]!.en.meaning === GUIDANCE[p]!.nb.meaning);
  assert.deepEqual(untranslated, []);
  const stray = Object.keys(GUIDANCE).filter((p) => !paths.includes(p));
  assert.deepEqual(stray, [], 'no guidance for paths the model does not have');
});

test('every field path of the model (and the file itself) has a one-line summary in both languages', () => {
  const paths = ['', ...schemaPaths(roadmapSchema, '', [])];
  const missing = paths.filter((p) => !fieldSummary(p, 'en') || !fieldSummary(p, 'nb'));
  assert.deepEqual(missing, []);
  const untranslated = paths.filter((p) => fieldSummary(p, 'en') === fieldSummary(p, 'nb'));
  assert.deepEqual(untranslated, []);
  const stray = Object.keys(SUMMARIES).filter((p) => !paths.includes(p));
  assert.deepEqual(stray, [], 'no summaries for paths the model does not have');
  for (const section of ENTITY_SECTIONS) assert.notEqual(refItemSummary(section, 'en'), refItemSummary(section, 'nb'));
});

test('the zod model carries no field texts: they live in texts/guidance.ts', () => {
  const model = readFileSync(new URL('../../schemas/model.ts', import.meta.url), 'utf8');
  assert.doesNotMatch(model, /\.describe\(/);
  assert.doesNotMatch(model, /\.meta\(/);
  assert.doesNotMatch(model, /from '[^']*texts[^']*'/);
});

test('every key of the example file hovers in both languages', () => {
  const model = parseRoadmap(EXAMPLE).model;
  const lines = EXAMPLE.split('\n');
  let hovered = 0;
  lines.forEach((line, i) => {
    const m = /^(\s*)([a-z0-9_-]+):/.exec(line);
    if (!m) return;
    for (const locale of ['en', 'nb'] as const) {
      const result = hover(model, { line: i, character: m[1]!.length }, locale);
      assert.ok(result, `hover on line ${i + 1}: ${line.trim()}`);
      assert.ok(markdownOf(result).length > 10);
    }
    hovered++;
  });
  assert.ok(hovered > 100);
});

test('a KPI actual shows its quarter, not a wildcard', () => {
  const { result, text } = hoverAt(markExample('2027-Q2: 5', 9));
  const md = markdownOf(result);
  // The quarter is the file's text: escaped for Markdown (`-` too), shown as written.
  assert.match(md, /\*\*2027\\-Q2\*\*/);
  assert.match(md, /measured in this quarter/);
  assert.equal(covered(text, result?.range), '5');
});

test('the hovers of the fields catalogue 2 checks say what is checked, in both languages', () => {
  const cases: [needle: string, en: RegExp, nb: RegExp][] = [
    ['done: true', /overdue/, /forsinket/],
    ['baseline_date:', /before AI/, /før KI/],
    ['data_policy:', /personal data/, /personopplysninger/],
    ['hosting_region:', /personal data/, /personopplysninger/],
    ['quick_win:', /effort 2 or less/, /innsats 2 eller mindre/],
    ['weeks: 7-8', /en dash/, /tankestrek/],
    ['consulting:', /planned cost/, /planlagte kostnadene/],
  ];
  for (const [needle, en, nb] of cases) {
    assert.match(markdownOf(hoverAt(markExample(needle)).result), en, needle);
    assert.match(markdownOf(hoverAt(markExample(needle), 'nb').result), nb, needle);
  }
});
