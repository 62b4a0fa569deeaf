/**
 * Document symbols (outline) and workspace symbols: hierarchy, details,
 * kinds, the LSP containment rule, and no cap on large files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { documentSymbols, workspaceSymbols } from '../../server/src/core/features/symbols';

const EXAMPLE = readFileSync(join(__dirname, '..', 'fixtures', 'dsl-example.airoadmap.yaml'), 'utf8');

function contains(outer: Range, inner: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function checkContainment(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assert.ok(contains(s.range, s.selectionRange), `${s.name}: selectionRange outside range`);
    if (parent) assert.ok(contains(parent.range, s.range), `${s.name}: outside ${parent.name}`);
    checkContainment(s.children ?? [], s);
  }
}

test('sections in file order, entities under them with their title or name as detail', () => {
  const model = parseRoadmap(EXAMPLE).model;
  const symbols = documentSymbols(model, 'en');
  assert.deepEqual(symbols.map((s) => s.name), ['airoadmap', 'organization', 'roles', 'team', 'infrastructure', 'systems', 'data_sources', 'use_cases', 'kpis', 'risks', 'governance', 'budget', 'plan']);
  const useCases = symbols.find((s) => s.name === 'use_cases')!;
  assert.equal(useCases.kind, SymbolKind.Namespace);
  assert.equal(useCases.detail, 'Use cases');
  assert.deepEqual(useCases.children?.map((c) => [c.name, c.detail, c.kind]), [['doc-search', 'Smart document search', SymbolKind.Class]]);
  const plan = symbols.find((s) => s.name === 'plan')!;
  assert.deepEqual(plan.children?.map((c) => c.name), ['interviews', 'prototype', 'roadmap-12m']);
  assert.equal(plan.children?.[0]?.detail, 'Interview department heads; find the three biggest inefficiencies');
  const team = symbols.find((s) => s.name === 'team')!;
  assert.equal(team.children?.[0]?.detail, 'Anna Berg');
  const kpi = symbols.find((s) => s.name === 'kpis')!.children![0]!;
  assert.equal(kpi.detail, 'Time to find a document');
  assert.equal(kpi.selectionRange.start.line, model.kpis.get('search-time')!.idRange.start.line);
  checkContainment(symbols);
});

test('singleton sections list their fields with values as detail; details follow the locale', () => {
  const model = parseRoadmap(EXAMPLE).model;
  const organization = documentSymbols(model, 'nb').find((s) => s.name === 'organization')!;
  assert.equal(organization.detail, 'Virksomhet');
  const fields = organization.children!.map((c) => [c.name, c.detail, c.kind]);
  assert.deepEqual(fields.slice(0, 2), [['name', 'Nordlys Logistikk AS', SymbolKind.Property], ['employees', '140', SymbolKind.Property]]);
  assert.equal(documentSymbols(model, 'nb').find((s) => s.name === 'use_cases')!.detail, 'Brukstilfeller');
});

test('no cap: 6000 use cases are all in the outline and searchable', () => {
  const lines = ['airoadmap: 1', 'organization:', '  name: Big AS', 'use_cases:'];
  for (let i = 0; i < 6000; i++) lines.push(`  uc-${i}:`, `    title: Use case number ${i}`, `    value: ${(i % 5) + 1}`);
  const model = parseRoadmap(lines.join('\n') + '\n').model;
  const useCases = documentSymbols(model, 'en').find((s) => s.name === 'use_cases')!;
  assert.equal(useCases.children?.length, 6000);
  assert.equal(useCases.children?.[5999]?.name, 'uc-5999');
  assert.equal(useCases.children?.[5999]?.detail, 'Use case number 5999');
  assert.equal(useCases.children?.[5999]?.selectionRange.start.line, 4 + 5999 * 3);
  assert.equal(workspaceSymbols(model, '').length, 6000);
  assert.deepEqual(workspaceSymbols(model, 'uc-5999').map((s) => s.name), ['uc-5999']);
});

test('workspace symbols match ids by characters in order, and titles by substring', () => {
  const model = parseRoadmap(EXAMPLE).model;
  assert.deepEqual(workspaceSymbols(model, 'dsrch').map((s) => [s.name, s.containerName, s.kind]), [['doc-search', 'use_cases', SymbolKind.Class]]);
  assert.deepEqual(workspaceSymbols(model, 'SharePoint').map((s) => s.name), ['dms']);
  assert.deepEqual(workspaceSymbols(model, 'zzzz'), []);
  const hallucination = workspaceSymbols(model, 'halluc')[0]!;
  assert.equal(hallucination.range.start.line, model.risks.get('hallucination')!.idRange.start.line);
});

test('broken or empty files give what they can and never throw', () => {
  for (const text of ['', 'airoadmap: 1\n', '- a\n- b\n', 'team: [1, 2]\n', 'team:\n  anna:\n    name: [\n', 'use_cases:\n  x: 5\n  y:\n']) {
    const model = parseRoadmap(text).model;
    assert.doesNotThrow(() => checkContainment(documentSymbols(model, 'en')), JSON.stringify(text));
    assert.doesNotThrow(() => workspaceSymbols(model, 'x'));
  }
  const symbols = documentSymbols(parseRoadmap('use_cases:\n  x: 5\n  y:\n').model, 'en');
  assert.deepEqual(symbols[0]!.children!.map((c) => [c.name, c.detail]), [['x', undefined], ['y', undefined]]);
});
