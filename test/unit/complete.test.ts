// Completion from the user's view: YAML with a $$CURSOR$$ marker, the items offered there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type MarkupContent, type TextEdit } from 'vscode-languageserver-types';
import { complete } from '../../server/src/core/features/complete';
import { parseRoadmap } from '../../server/src/core/language/parse';
import type { Locale } from '../../server/src/core/language/types';
import { CURSOR, withCursor } from '../helpers/fixtures';

/** Strips the marker and completes where it was. */
function completeAt(source: string, locale: Locale = 'en'): { items: CompletionItem[]; text: string } {
  const { text, position } = withCursor(source);
  return { items: complete(text, parseRoadmap(text).model, position, locale), text };
}

function labels(items: CompletionItem[]): string[] {
  return items.map((i) => i.label);
}

function doc(item: CompletionItem | undefined): string {
  assert.ok(item, 'no such item');
  const d = item.documentation as MarkupContent | undefined;
  assert.equal(d?.kind, 'markdown');
  return d.value;
}

function edit(item: CompletionItem | undefined): TextEdit {
  assert.ok(item?.textEdit && 'range' in item.textEdit, 'item has no textEdit');
  return item.textEdit;
}

function find(items: CompletionItem[], label: string): CompletionItem | undefined {
  return items.find((i) => i.label === label);
}

const HEAD = `airoadmap: 1
organization:
  name: Nordlys Logistikk AS
team:
  anna:
    name: Anna Berg
    title: IT manager
  bjorn:
    name: Bjørn Dahl
systems:
  dms:
    name: SharePoint
    readiness: 4
  erp:
    name: Old ERP
    readiness: 2
`;

const KPIS = `kpis:
  search-time:
    name: Time to find a document
    unit: minutes
    baseline: 15
    target: 3
  tickets:
    name: Tickets handled per day
risks:
  hallucination:
    title: Wrong answers
    likelihood: 3
    impact: 4
`;

test('inside `kpis: [` offers exactly the KPI ids of the file, with baseline → target', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    kpis: [${CURSOR}]\n${KPIS}`);
  assert.deepEqual(labels(items).sort(), ['search-time', 'tickets']);
  for (const item of items) assert.equal(item.kind, CompletionItemKind.Reference);
  assert.match(doc(find(items, 'search-time')), /baseline 15 → target 3 minutes/);
});

test('a flow list leaves out the ids already in it', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    kpis: [search-time, ${CURSOR}]\n${KPIS}`);
  assert.deepEqual(labels(items), ['tickets']);
});

test('an unclosed flow list in a file that does not parse still offers the KPI ids', () => {
  const source = `${HEAD}use_cases:\n  doc-search:\n    kpis: [sea${CURSOR}\n${KPIS}`;
  const { items, text } = completeAt(source);
  assert.ok(parseRoadmap(text).findings.some((f) => f.code === 'yaml-syntax'), 'the fixture should be broken YAML');
  assert.deepEqual(labels(items).sort(), ['search-time', 'tickets']);
  const range = edit(find(items, 'search-time')).range;
  assert.equal(range.end.character - range.start.character, 3, 'replaces the typed "sea"');
  // Summaries still come through, from the text parsed without the broken line.
  assert.match(doc(find(items, 'search-time')), /Time to find a document/);
});

test('ids are read from the text when the parser loses their section', () => {
  const source = `${HEAD}use_cases:\n  doc-search:\n    title: "Smart search\n    kpis: [${CURSOR}\n${KPIS}`;
  const { items, text } = completeAt(source);
  assert.equal(parseRoadmap(text).model.kpis.size, 0, 'the unclosed quote swallows the kpis section');
  assert.deepEqual(labels(items).sort(), ['search-time', 'tickets']);
  for (const item of items) assert.ok(doc(item).length > 0);
});

test('`owner: ` offers the team ids with the person as documentation', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    title: Search\n    owner: ${CURSOR}\n`);
  assert.deepEqual(labels(items), ['anna', 'bjorn']);
  assert.match(doc(find(items, 'anna')), /Anna Berg/);
  assert.equal(find(items, 'anna')?.detail, 'Anna Berg');
});

test('a value right after the colon gets a space in front', () => {
  const { items } = completeAt(`${HEAD}roles:\n  ai_owner:${CURSOR}\n`);
  assert.equal(edit(find(items, 'anna')).newText, ' anna');
});

test('roles, the approver and risk owners are team ids; `system:` is a system id; `use_case:` a use case id', () => {
  assert.deepEqual(labels(completeAt(`${HEAD}roles:\n  data_steward: ${CURSOR}\n`).items), ['anna', 'bjorn']);
  assert.deepEqual(labels(completeAt(`${HEAD}governance:\n  approver: b${CURSOR}\n`).items), ['anna', 'bjorn']);
  assert.deepEqual(labels(completeAt(`${HEAD}${KPIS}  r2:\n    owner: ${CURSOR}\n`).items), ['anna', 'bjorn']);
  assert.deepEqual(labels(completeAt(`${HEAD}data_sources:\n  archive:\n    system: ${CURSOR}\n`).items), ['dms', 'erp']);
  assert.deepEqual(labels(completeAt(`${HEAD}use_cases:\n  doc-search:\n    title: S\nplan:\n  proto:\n    use_case: ${CURSOR}\n`).items), ['doc-search']);
});

test('a `- ` item of a block list offers the ids not yet listed', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    systems:\n      - dms\n      - ${CURSOR}\n`);
  assert.deepEqual(labels(items), ['erp']);
  assert.match(doc(find(items, 'erp')), /AI readiness 2\/5/);
});

test('a bare list value is offered wrapped in brackets', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    systems: ${CURSOR}\n`);
  assert.deepEqual(labels(items), ['[dms]', '[erp]']);
});

test('inside a use case only the missing keys are offered, each documented', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    title: Search\n    owner: anna\n    ${CURSOR}\n    value: 5\n`);
  const offered = labels(items);
  for (const present of ['title', 'owner', 'value']) assert.ok(!offered.includes(present), `${present} is already there`);
  for (const missing of ['stage', 'effort', 'feasibility', 'kpis', 'production', 'costs']) assert.ok(offered.includes(missing), `${missing} is missing`);
  for (const item of items) {
    assert.equal(item.kind, CompletionItemKind.Property);
    assert.ok(item.filterText && item.textEdit);
    assert.ok(doc(item).length > 20);
  }
  assert.match(doc(find(items, 'effort')), /medium effort/);
  assert.equal(edit(find(items, 'stage')).newText, 'stage: ');
  assert.equal(edit(find(items, 'kpis')).newText, 'kpis: [$1]');
  assert.equal(find(items, 'kpis')?.insertTextFormat, InsertTextFormat.Snippet);
  assert.equal(edit(find(items, 'production')).newText, 'production:\n      ');
});

test('enumeration values after `stage: `', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    stage: ${CURSOR}\n`);
  assert.deepEqual(labels(items), ['idea', 'poc', 'pilot', 'production', 'retired']);
  assert.match(doc(find(items, 'poc')), /simplified data/);
  for (const item of items) assert.equal(item.kind, CompletionItemKind.EnumMember);
});

test('phase, booleans, scores with their meaning, skills in a flow list', () => {
  assert.deepEqual(labels(completeAt(`${HEAD}use_cases:\n  a:\n    phase: ${CURSOR}\n`).items), ['1', '2', '3']);
  assert.deepEqual(labels(completeAt(`${HEAD}systems:\n  crm:\n    critical: ${CURSOR}\n`).items), ['true', 'false']);
  const scores = completeAt(`airoadmap: 1\nsystems:\n  crm:\n    readiness: ${CURSOR}\n`).items;
  assert.deepEqual(labels(scores), ['1', '2', '3', '4', '5']);
  assert.match(doc(find(scores, '4')), /early AI integration/);
  assert.match(doc(find(scores, '1')), /Not ready/);
  const skills = completeAt(`${HEAD.replace('    title: IT manager', () => `    title: IT manager\n    skills: [api, llm, ${CURSOR}`)}`).items;
  assert.ok(labels(skills).includes('prompt_engineering'));
  assert.ok(!labels(skills).includes('api') && !labels(skills).includes('llm'));
});

test('a half-typed key without a colon completes and replaces the typed part', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    title: Search\n    own${CURSOR}\n`);
  const owner = find(items, 'owner');
  assert.ok(owner);
  const e = edit(owner);
  assert.equal(e.newText, 'owner: ');
  assert.equal(e.range.end.character - e.range.start.character, 3);
});

test('a key typed before an existing colon inserts only the name', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    ow${CURSOR}ner: anna\n`);
  assert.equal(edit(find(items, 'owner')).newText, 'owner');
});

test('a line typed at the end of the file offers the missing sections', () => {
  const { items } = completeAt(`${HEAD}ri${CURSOR}`);
  const offered = labels(items);
  assert.ok(offered.includes('risks'));
  assert.ok(!offered.includes('team') && !offered.includes('systems') && !offered.includes('airoadmap'));
  assert.equal(edit(find(items, 'risks')).newText, 'risks:\n  ');
});

test('an empty file offers `airoadmap`, the sections and a skeleton', () => {
  const { items } = completeAt(CURSOR);
  const offered = labels(items);
  assert.equal(offered[0], 'airoadmap');
  for (const s of ['organization', 'use_cases', 'kpis', 'plan']) assert.ok(offered.includes(s));
  assert.equal(edit(find(items, 'airoadmap')).newText, 'airoadmap: 1');
  const skeleton = items.find((i) => i.kind === CompletionItemKind.Snippet && edit(i).newText.startsWith('airoadmap: 1\n'));
  assert.ok(skeleton, 'a skeleton snippet');
  assert.match(edit(skeleton).newText, /organization:\n {2}name: /);
});

test('nested `production:` offers its missing checklist keys', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    production:\n      backup: true\n      ${CURSOR}\n`);
  assert.deepEqual(labels(items), ['monitoring', 'user_management', 'compliance']);
  assert.match(doc(find(items, 'monitoring')), /before production/);
});

test('a dedented line after a nested map completes the outer map', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  doc-search:\n    production:\n      backup: true\n    ${CURSOR}\n`);
  assert.ok(labels(items).includes('stage'));
  assert.ok(!labels(items).includes('production'));
});

test('weeks offer 1–12 and ranges, documented from the 90-day plan', () => {
  const { items } = completeAt(`${HEAD}plan:\n  proto:\n    title: Prototype\n    weeks: ${CURSOR}\n`);
  const offered = labels(items);
  for (let w = 1; w <= 12; w++) assert.ok(offered.includes(String(w)), `week ${w}`);
  assert.ok(offered.includes('7-8'));
  assert.ok(!offered.includes('13') && !offered.includes('0'));
  assert.match(doc(find(items, '7-8')), /prototype/);
  assert.match(doc(find(items, '10')), /Evaluation/);
});

test('a new entity snippet at the id level of a map section', () => {
  const { items } = completeAt(`${HEAD}use_cases:\n  ${CURSOR}\n`);
  assert.equal(items.length, 1);
  const snippet = items[0]!;
  assert.equal(snippet.kind, CompletionItemKind.Snippet);
  assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
  const text = edit(snippet).newText;
  assert.match(text, /^\$\{1:use-case-id\}:\n {4}title: /);
  assert.match(text, /\n {4}owner: \$\{\d+\|anna,bjorn\|\}/);
  assert.match(text, /\n {4}stage: \$\{\d+\|idea,poc,pilot,production,retired\|\}/);
  // A typed id becomes the snippet's id and still passes the filter.
  const typed = completeAt(`${HEAD}systems:\n  crm${CURSOR}\n`).items[0]!;
  assert.equal(typed.filterText, 'crm');
  assert.match(edit(typed).newText, /^\$\{1:crm\}:\n {4}name: /);
});

test('top-level snippets add the missing sections with a first entry', () => {
  const { items } = completeAt(`${HEAD}${CURSOR}\n`);
  const snippets = items.filter((i) => i.kind === CompletionItemKind.Snippet);
  const risks = snippets.find((i) => i.filterText === 'risks');
  assert.ok(risks);
  assert.match(edit(risks).newText, /^risks:\n {2}\$\{1:risk-id\}:\n {4}title: /);
  assert.ok(!snippets.some((i) => i.filterText === 'team'), 'team is already there');
});

test('nb locale documents keys and values in Norwegian', () => {
  const en = completeAt(`${HEAD}use_cases:\n  doc-search:\n    ${CURSOR}\n`, 'en').items;
  const nb = completeAt(`${HEAD}use_cases:\n  doc-search:\n    ${CURSOR}\n`, 'nb').items;
  assert.match(doc(find(nb, 'owner')), /Hvem som har ansvaret/);
  assert.match(doc(find(en, 'owner')), /Who is responsible/);
  const scores = completeAt(`${HEAD}systems:\n  crm:\n    readiness: ${CURSOR}\n`, 'nb').items;
  assert.match(doc(find(scores, '4')), /tidlig KI-integrering/);
  const snippet = completeAt(`${HEAD}use_cases:\n  ${CURSOR}\n`, 'nb').items[0];
  assert.equal(snippet?.label, 'nytt brukstilfelle');
});

test('no suggestions in comments, block scalars, unknown places or out-of-range positions', () => {
  assert.deepEqual(completeAt(`${HEAD}use_cases:\n  a:\n    title: x # note ${CURSOR}\n`).items, []);
  assert.deepEqual(completeAt(`${HEAD}use_cases:\n  a:\n    description: |\n      first line\n      ${CURSOR}\n`).items, []);
  assert.deepEqual(completeAt(`${HEAD}use_cases:\n  a:\n    title: ${CURSOR}\n`).items, []);
  assert.deepEqual(completeAt(`${HEAD}unknown_section:\n  x: ${CURSOR}\n`).items, []);
  const text = `${HEAD}`;
  const model = parseRoadmap(text).model;
  for (const position of [
    { line: -1, character: 0 },
    { line: 10_000, character: 0 },
    { line: 0, character: 500 },
    { line: Number.NaN, character: 0 },
  ]) {
    assert.deepEqual(complete(text, model, position, 'en'), []);
  }
});

test('every item has a kind, a label, documentation and an edit', () => {
  const sources = [
    CURSOR,
    `${HEAD}${CURSOR}`,
    `${HEAD}use_cases:\n  a:\n    ${CURSOR}\n`,
    `${HEAD}use_cases:\n  a:\n    risk_level: ${CURSOR}\n`,
    `${HEAD}use_cases:\n  a:\n    kpis: [${CURSOR}\n${KPIS}`,
    `${HEAD}plan:\n  p:\n    weeks: ${CURSOR}\n`,
  ];
  for (const source of sources) {
    const { items } = completeAt(source);
    assert.ok(items.length > 0, `items for ${JSON.stringify(source.slice(-40))}`);
    for (const item of items) {
      assert.ok(item.label.length > 0);
      assert.ok(item.kind !== undefined);
      assert.ok(item.documentation !== undefined || item.detail !== undefined);
      assert.ok(item.textEdit);
    }
  }
});

test('CRLF line ends complete the same as LF', () => {
  const source = `${HEAD}use_cases:\n  doc-search:\n    owner: anna\n    kpis: [${CURSOR}]\n${KPIS}`.replace(/\n/g, '\r\n');
  const { items } = completeAt(source.replace(/\r\n/g, '\n'));
  const at = source.indexOf(CURSOR);
  const text = source.slice(0, at) + source.slice(at + CURSOR.length);
  const lines = text.slice(0, at).split('\r\n');
  const position = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  const crlf = complete(text, parseRoadmap(text).model, position, 'en');
  assert.deepEqual(labels(crlf), labels(items));
  assert.deepEqual(edit(crlf[0]).range, edit(items[0]).range);
  const keys = completeAt(`${HEAD}use_cases:\r\n  doc-search:\r\n    title: x\r\n    ${CURSOR}\r\n`).items;
  assert.ok(labels(keys).includes('owner') && !labels(keys).includes('title'));
});

test('snippets only where a key can go: none inside a flow list or in a value position', () => {
  const snippetsAt = (source: string) => completeAt(source).items.filter((i) => i.kind === CompletionItemKind.Snippet || i.insertTextFormat === InsertTextFormat.Snippet).map((i) => i.label);
  const useCase = `${HEAD}${KPIS}use_cases:\n  doc-search:\n    title: Search\n`;
  assert.deepEqual(snippetsAt(`${useCase}    kpis: [${CURSOR}]\n`), []);
  assert.deepEqual(snippetsAt(`${useCase}    kpis: [search-time, ${CURSOR}]\n`), []);
  assert.deepEqual(snippetsAt(`${useCase}    customer_facing: ${CURSOR}\n`), []);
  assert.deepEqual(snippetsAt(`${useCase}    stage: ${CURSOR}\n`), []);
  // …and where a key goes, they are there: the entity snippet and the sections still missing.
  assert.ok(snippetsAt(`${HEAD}use_cases:\n  ${CURSOR}\n`).length === 1);
  assert.ok(snippetsAt(`${HEAD}${CURSOR}\n`).length >= 5);
});
