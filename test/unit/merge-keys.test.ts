/**
 * The language additions of catalogue 2 (dsl.md, "Additions in catalogue 2"):
 * merge keys (`<<: *base`, `<<: [*a, *b]`): precedence, presence, where the
 * findings, field locations and references of merged values sit, and what
 * the editor features do with them (hover, navigation, rename, quick fixes,
 * completion); extension keys (`x-…`); weeks written with an en dash or
 * spaces. The bounds on merging are in hostile.test.ts, the fixture in
 * test/fixtures/review/merge-keys.airoadmap.yaml.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from '../../server/src/core/index';
import { codeActions } from '../../server/src/core/features/code-actions';
import { complete } from '../../server/src/core/features/complete';
import { hover } from '../../server/src/core/features/hover';
import { documentHighlights, findDefinition, findReferences } from '../../server/src/core/features/navigation';
import { prepareRename, rename } from '../../server/src/core/features/rename';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { weekSpan } from '../../server/src/core/language/model';
import { computeTimeline } from '../../server/src/core/views/timeline/compute';
import { viewLabels } from '../../server/src/core/views/labels';
import type { Position, Range } from '../../server/src/core/language/positions';
import type { Locale } from '../../server/src/core/language/types';

const HEAD = 'airoadmap: 1\norganization:\n  name: Merge AS\n  start: 2027-01-04\n';

/** The position of the `nth` occurrence of `needle` in `text` (plus `offset` characters). */
function pos(text: string, needle: string, nth = 0, offset = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' #${nth} in the text`);
  }
  at += offset;
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

function rangeOf(text: string, needle: string, nth = 0): Range {
  return { start: pos(text, needle, nth), end: pos(text, needle, nth, needle.length) };
}

function hoverText(text: string, at: Position, locale: Locale = 'en'): string | undefined {
  const h = hover(checkText(text).model, at, locale);
  return h ? (h.contents as { value: string }).value : undefined;
}

describe('merge keys: precedence', () => {
  it('keys written in the map win wherever they stand, then earlier aliases over later ones', () => {
    const text = `${HEAD}x-a: &a {title: A, stage: pilot, value: 2}\nx-b: &b {title: B, stage: idea, value: 4, effort: 5}\nuse_cases:\n  u:\n    value: 3\n    <<: [*a, *b]\n    feasibility: 1\n`;
    const u = checkText(text).model.use_cases.get('u')!;
    assert.deepEqual(u.data, { value: 3, title: 'A', stage: 'pilot', effort: 5, feasibility: 1 });
    assert.deepEqual([...u.present].sort(), ['effort', 'feasibility', 'stage', 'title', 'value']);
  });

  it("a merged map's own merges come with it, its own keys first", () => {
    const text = `${HEAD}x-a: &a {title: A, effort: 2}\nx-b: &b {<<: *a, title: B}\nx-c: &c {title: C, value: 5}\nuse_cases:\n  u: {<<: [*b, *c], stage: idea}\n`;
    assert.deepEqual(checkText(text).model.use_cases.get('u')!.data, { stage: 'idea', title: 'B', effort: 2, value: 5 });
  });

  it('merges in nested maps, in singleton sections, in KPI actuals, in entity sections and at the top level', () => {
    const text =
      `x-org: &org {name: Top AS, start: 2027-01-04}\nx-prod: &prod {backup: true, monitoring: true}\nx-q: &q {2027-Q1: 5}\nx-more: &more\n  k2: {name: Two}\n` +
      `x-sections: &sections\n  airoadmap: 1\n` +
      `<<: *sections\norganization:\n  <<: *org\nuse_cases:\n  u:\n    title: U\n    production:\n      <<: *prod\n      compliance: true\nkpis:\n  <<: *more\n  k1:\n    name: One\n    actuals:\n      <<: *q\n      2027-Q2: 7\n`;
    const { model, diagnostics } = checkText(text);
    assert.equal(model.version, 1);
    assert.equal(model.organization.data.name, 'Top AS');
    assert.deepEqual(model.use_cases.get('u')!.data.production, { compliance: true, backup: true, monitoring: true });
    assert.deepEqual(model.kpis.get('k1')!.data.actuals, { '2027-Q2': 7, '2027-Q1': 5 });
    assert.deepEqual([...model.kpis.keys()], ['k1', 'k2']);
    // The merged KPI stands where its alias does.
    assert.deepEqual(model.kpis.get('k2')!.idRange, rangeOf(text, '*more'));
    assert.ok(!diagnostics.some((d) => ['unknown-key', 'unsupported-version', 'missing-required', 'wrong-type'].includes(d.code)), diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
  });
});

describe('merge keys: where merged values are reported', () => {
  const text = `${HEAD}x-base: &base\n  stage: pilot\n  owner: anna\n  value: 9\n  visibility: hihg\n  kpis: [nope]\n  colour: red\nteam:\n  anna: {name: Anna}\nuse_cases:\n  u1:\n    <<: *base\n    title: One\n  u2:\n    title: Two\n    <<: *base\n`;
  const result = checkText(text);

  it('each finding about a merged value sits on the alias of each entity that merges it', () => {
    for (const nth of [0, 1]) {
      const alias = rangeOf(text, '*base', nth);
      const at = result.diagnostics.filter((d) => d.range.start.line === alias.start.line).map((d) => d.code).sort();
      assert.deepEqual(at, ['invalid-value', 'invalid-value', 'unknown-key', 'unknown-reference'], `entity ${nth + 1}`);
      for (const d of result.diagnostics.filter((x) => x.range.start.line === alias.start.line)) assert.deepEqual(d.range, alias);
    }
    // Nothing in the base itself, and no unknown-key for `<<` or `x-base`.
    assert.ok(!result.diagnostics.some((d) => d.range.start.line < pos(text, 'team:').line), 'nothing reported inside the x- base');
    assert.ok(!result.diagnostics.some((d) => d.code === 'unknown-key' && /'<<'|'x-base'/.test(d.message)));
  });

  it('merged fields count as present and are located on the alias, marked merged', () => {
    const u2 = result.model.use_cases.get('u2')!;
    assert.ok(u2.has('stage') && u2.has('owner') && u2.has('value'));
    assert.equal(u2.invalid.has('value'), true);
    const loc = u2.locations.get('owner')!;
    assert.deepEqual([loc.keyRange, loc.valueRange], [rangeOf(text, '*base', 1), rangeOf(text, '*base', 1)]);
    assert.equal(loc.merged, true);
    assert.equal(u2.locations.get('title')!.merged, undefined);
  });

  it('references merged from a base sit on the alias and know where the id is written', () => {
    const owners = result.model.references.filter((r) => r.field === 'owner');
    assert.deepEqual(owners.map((r) => [r.fromId, r.range, r.written]), [
      ['u1', rangeOf(text, '*base', 0), rangeOf(text, 'anna', 0)],
      ['u2', rangeOf(text, '*base', 1), rangeOf(text, 'anna', 0)],
    ]);
  });

  it('findings on an alias offer no replacement of it: no quick fix but "disable" for the enum typo, the unknown key and the dangling id', () => {
    const alias = rangeOf(text, '*base', 0);
    const actions = codeActions(result.model, result.diagnostics, alias, 'en');
    for (const action of actions) {
      for (const edit of action.edits) assert.ok(!(edit.range.start.line === alias.start.line && edit.range.end.character > alias.start.character && edit.range.start.character < alias.end.character), `${action.title} edits the alias`);
    }
    assert.ok(!actions.some((a) => a.title.startsWith('Change to')), actions.map((a) => a.title).join(', '));
    // The dangling merged id may still be created.
    assert.ok(actions.some((a) => a.title === "Create KPI 'nope'"), actions.map((a) => a.title).join(', '));
  });

  it('the messages name the entity that merges the value', () => {
    assert.ok(result.diagnostics.some((d) => d.message.includes("'use_cases.u2.value' is 9")));
    assert.ok(checkText(text, { locale: 'nb' }).diagnostics.some((d) => d.message.includes("'use_cases.u2.value' er 9")));
  });
});

describe('merge keys: wrong values and duplicates', () => {
  it('a `<<` whose value is not an alias of a map (or a list of them) is wrong-type, on the value, in both languages', () => {
    const text = `${HEAD}x-s: &s text\nx-m: &m {title: M}\nuse_cases:\n  a:\n    <<: 5\n  b:\n    <<: [*m, 5]\n  c:\n    <<: *s\n  d:\n    <<: {title: D}\n  e:\n    <<:\n  f:\n    <<: [[*m]]\n`;
    const result = checkText(text);
    const wrong = result.diagnostics.filter((d) => d.code === 'wrong-type');
    assert.deepEqual(
      wrong.map((d) => [d.range.start, d.message]),
      [
        [pos(text, '<<: 5', 0, 4), "'use_cases.a.<<' should be an alias of a map (*name) or a list of such aliases, not a number."],
        [pos(text, '5]'), "'use_cases.b.<<' should be an alias of a map (*name) or a list of such aliases, not a number."],
        [pos(text, '*s'), "'use_cases.c.<<' should be an alias of a map (*name) or a list of such aliases, not text."],
        [pos(text, '{title: D}'), "'use_cases.d.<<' should be an alias of a map (*name) or a list of such aliases, not a map written in place."],
        [pos(text, '<<:\n', 0, 3), "'use_cases.e.<<' should be an alias of a map (*name) or a list of such aliases, not a value."],
        [pos(text, '[*m]]'), "'use_cases.f.<<' should be an alias of a map (*name) or a list of such aliases, not a list."],
      ],
    );
    // What the list's good alias names is still merged.
    assert.equal(result.model.use_cases.get('b')!.data.title, 'M');
    const nb = checkText(text, { locale: 'nb' }).diagnostics.find((d) => d.code === 'wrong-type')!;
    assert.equal(nb.message, "'use_cases.a.<<' skal være et alias for et kart (*navn) eller en liste med slike aliaser, ikke et tall.");
    assert.ok(!result.diagnostics.some((d) => d.code === 'unknown-key'));
  });

  it('a second `<<` in one map is a duplicate key; a quoted "<<" and an `x-` key below the top level are unknown keys', () => {
    const text = `${HEAD}x-a: &a {title: A}\nx-b: &b {value: 3}\nuse_cases:\n  u:\n    <<: *a\n    <<: *b\n    x-note: 1\n  v:\n    "<<": *b\n`;
    const result = checkText(text);
    assert.deepEqual(
      result.diagnostics.filter((d) => ['duplicate-key', 'unknown-key'].includes(d.code)).map((d) => [d.code, d.range.start.line]),
      [
        ['duplicate-key', pos(text, '<<: *b').line],
        ['unknown-key', pos(text, 'x-note').line],
        ['unknown-key', pos(text, '"<<"').line],
      ],
    );
    assert.deepEqual(result.model.use_cases.get('u')!.data, { title: 'A' });
  });
});

describe('extension keys (x-…)', () => {
  it('are ignored by every check at the top level, whatever they hold', () => {
    const text = `${HEAD}x-defaults: &d {risk_level: low}\nx-list: [1, 2]\nx-note: some text\n"x-quoted": 1\nx-:\n`;
    assert.deepEqual(checkText(text).diagnostics, []);
    // A key merely close to a section is still unknown.
    assert.ok(checkText(`${HEAD}x_defaults: 1\n`).diagnostics.some((d) => d.code === 'unknown-key'));
  });

  it('the incremental checker agrees on them (they are chunks of their own)', async () => {
    const { createIncrementalChecker } = await import('../../server/src/core/index');
    const text = `${HEAD}x-note: some text\nteam:\n  anna: {name: Anna}\nx-more:\n  nested: [1]\n`;
    const checker = createIncrementalChecker();
    assert.deepEqual(checker.check(text).diagnostics, checkText(text).diagnostics);
    assert.equal(checker.lastFallback, false);
  });
});

describe('merge keys and extension keys in the editor', () => {
  const text = `${HEAD}x-base: &base\n  owner: anna\n  stage: pilot\nteam:\n  anna: {name: Anna}\nuse_cases:\n  u1:\n    <<: *base\n    title: One\n  u2: {<<: *base, title: Two}\n`;
  const model = checkText(text).model;

  it('hover explains `<<` and `x-` keys, in both languages', () => {
    assert.match(hoverText(text, pos(text, '<<'))!, /^`<<` · merge key\n\nMerges the keys of the map the alias names/);
    assert.match(hoverText(text, pos(text, '<<'), 'nb')!, /flettenøkkel[\s\S]*Fletter nøklene/);
    assert.match(hoverText(text, pos(text, 'x-base', 0, 2))!, /^`x-base` · extension key\n\nA top-level key starting with `x-` is your own/);
    assert.match(hoverText(text, pos(text, 'x-base', 0, 2), 'nb')!, /utvidelsesnøkkel/);
  });

  it('hover on an alias, in a base and on a merged field does not fail', () => {
    for (const at of [pos(text, '*base', 0, 2), pos(text, '*base', 1, 2), pos(text, 'anna', 0, 1), pos(text, 'pilot', 0, 1), pos(text, 'owner', 0, 1)]) {
      assert.doesNotThrow(() => hover(model, at, 'en'));
      assert.doesNotThrow(() => hover(model, at, 'nb'));
    }
  });

  it("navigation: the written id in the base is the merged references' place, once; the alias is no id", () => {
    const written = rangeOf(text, 'anna', 0);
    const definition = rangeOf(text, 'anna', 1);
    assert.deepEqual(findReferences(model, pos(text, 'anna', 1), true), [definition, written]);
    assert.deepEqual(findDefinition(model, pos(text, 'anna', 0, 1)), definition);
    assert.deepEqual(documentHighlights(model, pos(text, 'anna', 0, 1)).map((h) => h.range), [definition, written]);
    assert.equal(findDefinition(model, pos(text, '*base', 0, 2)), null);
    assert.deepEqual(findReferences(model, pos(text, '*base', 1, 2), true), []);
  });

  it('rename edits the base where the id is written, once, and never an alias', () => {
    const result = rename(model, pos(text, 'anna', 1), 'berit', 'en');
    assert.ok('edits' in result);
    assert.deepEqual(result.edits.map((e) => [e.range, e.newText]).sort((a, b) => (a[0] as Range).start.line - (b[0] as Range).start.line), [
      [rangeOf(text, 'anna', 0), 'berit'],
      [rangeOf(text, 'anna', 1), 'berit'],
    ]);
    assert.deepEqual(prepareRename(model, pos(text, 'anna', 0, 1), 'en'), { range: rangeOf(text, 'anna', 0), placeholder: 'anna' });
  });

  it('an entity merged into its section (its id on the alias) cannot be renamed: the uses would dangle', () => {
    const merged = `${HEAD}x-team: &t\n  anna: {name: Anna}\nteam:\n  <<: *t\nroles:\n  ai_owner: anna\n`;
    const m = checkText(merged).model;
    assert.deepEqual(m.team.get('anna')!.idRange, rangeOf(merged, '*t'));
    const result = rename(m, pos(merged, 'anna', 1, 1), 'berit', 'en');
    assert.deepEqual(result, { error: "'anna' is written through an alias or escape here and cannot be renamed in place." });
  });

  it('the outline lists merged fields and entities on their alias, inside their section', () => {
    const merged = `airoadmap: 1\nx-o: &o {industry: logistics}\norganization:\n  name: Merge AS\n  <<: *o\n`;
    const organization = documentSymbols(checkText(merged).model, 'en').find((s) => s.name === 'organization')!;
    const industry = organization.children!.find((c) => c.name === 'industry')!;
    assert.deepEqual([industry.selectionRange, industry.range, industry.detail], [rangeOf(merged, '*o'), rangeOf(merged, '*o'), 'logistics']);
  });

  it('completion: an x- key does not stop section completion, and inside an x- map nothing breaks', () => {
    const withX = `${HEAD}x-base: &base\n  stage: pilot\n\n`;
    const top = complete(withX, checkText(withX).model, { line: withX.split('\n').length - 1, character: 0 }, 'en');
    assert.ok(top.some((i) => i.label === 'use_cases'), top.map((i) => i.label).join(', '));
    assert.ok(!top.some((i) => i.label.startsWith('x-')));
    const inside = `${HEAD}x-base: &base\n  stage: pilot\n  \n`;
    assert.deepEqual(complete(inside, checkText(inside).model, { line: inside.split('\n').length - 2, character: 2 }, 'en'), []);
  });
});

describe('merge keys: quick fixes that add a field add it to the entity, never to the base', () => {
  const fixOf = (text: string, code: string, line: number) => {
    const result = checkText(text);
    const diagnostic = result.diagnostics.find((d) => d.code === code && d.range.start.line === line);
    assert.ok(diagnostic, `${code} on line ${line}: ${result.diagnostics.map((d) => `${d.code}@${d.range.start.line}`).join(', ')}`);
    return codeActions(result.model, [diagnostic], diagnostic.range, 'en').find((a) => a.isPreferred);
  };
  const apply = (text: string, edits: { range: Range; newText: string }[]) => {
    const lines = text.split('\n');
    const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    let out = text;
    for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
    return out;
  };

  it('a field the base leaves empty is added to the entity (it wins), the base and the alias untouched', () => {
    const text = `${HEAD}x-base: &base\n  kpis: []\n  stage: pilot\nteam:\n  anna: {name: Anna}\nkpis:\n  k: {name: K}\nuse_cases:\n  u:\n    <<: *base\n    title: U\n`;
    const fix = fixOf(text, 'use-case-no-kpi', pos(text, '  u:').line);
    assert.ok(fix, 'a fix');
    const fixed = apply(text, fix.edits);
    assert.ok(fixed.startsWith(`${HEAD}x-base: &base\n  kpis: []\n  stage: pilot\n`), fixed);
    assert.match(fixed, / {4}<<: \*base\n {4}title: U\n {4}kpis: \[k\]/);
    assert.ok(!checkText(fixed).diagnostics.some((d) => d.code === 'use-case-no-kpi'));
  });

  it('a field inside a map merged whole (production from the base) gets no fix: an own map would replace all of it', () => {
    const text = `${HEAD}x-base: &base\n  stage: production\n  production: {backup: true}\nuse_cases:\n  u:\n    <<: *base\n    title: U\n`;
    const result = checkText(text);
    const notReady = result.diagnostics.filter((d) => d.code === 'production-not-ready');
    assert.equal(notReady.length, 1, 'the production checks run on the merged stage');
    for (const action of codeActions(result.model, result.diagnostics, result.model.use_cases.get('u')!.range, 'en')) {
      for (const edit of action.edits) assert.ok(edit.range.start.line > pos(text, 'use_cases:').line, `${action.title} edits the base`);
    }
  });
});

describe('weeks with an en dash or spaces (catalogue 2)', () => {
  it('5–6, 5 - 6 and "5-6" are the same range', () => {
    assert.deepEqual([weekSpan('5–6'), weekSpan('5 - 6'), weekSpan('5-6'), weekSpan('5 – 6'), weekSpan(7)], [[5, 6], [5, 6], [5, 6], [5, 6], [7, 7]]);
    const text = `${HEAD}plan:\n  a: {title: A, weeks: 5–6}\n  b: {title: B, weeks: 5 - 6}\n  c: {title: C, weeks: "5-6"}\n  d: {title: D, weeks: 6–5}\n`;
    const result = checkText(text);
    assert.deepEqual(
      result.diagnostics.filter((d) => d.code === 'invalid-value').map((d) => d.range.start.line),
      [pos(text, '6–5').line],
    );
    const timeline = computeTimeline(result.model, { locale: 'en', labels: viewLabels('en'), today: undefined });
    const spans = timeline.items.filter((i) => ['A', 'B', 'C'].includes(i.title)).map((i) => [i.title, i.startWeek, i.endWeek]);
    assert.deepEqual(spans, [['A', 5, 6], ['B', 5, 6], ['C', 5, 6]]);
  });

  it('the hover of a range with an en dash tells its track', () => {
    const text = `${HEAD}plan:\n  a:\n    title: A\n    weeks: 5–6\n`;
    assert.match(hoverText(text, pos(text, '5–6', 0, 1))!, /Track:\*\* Pilot/);
  });
});
