/**
 * The entity rules' findings are kept per entity from one check to the next
 * (`EntityFindingsMemo`): after an edit inside one entity only that entity
 * is looked at again, and the result is still `checkText`'s. The file's
 * facts (today, the guides, the currency, the plan's start) changing makes
 * every entity be looked at again. Work is counted, never timed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateRoadmap } from '../../bench/generate';
import { checkText, createIncrementalChecker } from '../../server/src/core/index';
import { RULES } from '../../server/src/core/rules/index';
import { entityCount } from '../helpers/work';

const { text } = generateRoadmap(150, undefined, 'findings');

test('most rules look at one entity at a time', () => {
  assert.ok(RULES.filter((r) => r.each).length >= 20, 'the per-entity rules are entity rules');
});

test('after an edit inside one entity, only that entity is looked at again', () => {
  const checker = createIncrementalChecker();
  const first = checker.check(text, { today: '2027-03-01' });
  const entities = entityCount(first.model);
  assert.equal(checker.entityFindings.computed, entities, 'the first check looks at every entity');
  let current = text;
  for (const [i, field] of ['title: ', 'effort: ', 'baseline: ', 'mitigation: '].entries()) {
    const at = current.indexOf(field, Math.floor((current.length * (i + 1)) / 6)) + field.length;
    const next = `${current.slice(0, at)}${field === 'effort: ' || field === 'baseline: ' ? '1' : 'X'}${current.slice(at)}`;
    const result = checker.check(next, { today: '2027-03-01' }, { from: current, changes: [{ start: at, end: at, text: next.slice(at, at + 1) }] });
    assert.equal(checker.entityFindings.computed, 1, `${field}: the edited entity only`);
    assert.equal(checker.entityFindings.reused, entities - 1);
    // No system or data source was placed anew: what the use cases list is not looked up again.
    assert.equal(checker.entityFindings.compared, 0, `${field}: lists compared`);
    assert.deepEqual(result.diagnostics, checkText(next, { today: '2027-03-01' }).diagnostics, `${field}: the same diagnostics as a whole check`);
    current = next;
  }
  // A line added above every entity moves them all: each is placed anew, and looked at again.
  const moved = current.replace('organization:\n', 'organization:\n  # a note\n');
  assert.deepEqual(checker.check(moved, { today: '2027-03-01' }).diagnostics, checkText(moved, { today: '2027-03-01' }).diagnostics);
  assert.equal(checker.entityFindings.computed, entities);
});

test('an edit of a data source re-checks it and the use cases that list it, nothing else', () => {
  const checker = createIncrementalChecker();
  const options = { today: '2027-03-01' };
  const first = checker.check(text, options);
  const entities = entityCount(first.model);
  // The data source listed by the most use cases; its completeness changed to 1 (a low score: data-quality-low on each).
  const uses = new Map<string, Set<string>>();
  for (const r of first.model.references) if (r.field === 'data_sources' && r.fromSection === 'use_cases' && r.defined) uses.set(r.id, (uses.get(r.id) ?? new Set()).add(r.fromId!));
  const [source, users] = [...uses].sort((a, b) => b[1].size - a[1].size)[0]!;
  assert.ok(users.size >= 3, `${source} is listed by ${users.size} use cases`);
  const entity = first.model.data_sources.get(source)!;
  const at = first.model.mapper.offsetAt(entity.rangeOf('completeness')!.start);
  const end = first.model.mapper.offsetAt(entity.rangeOf('completeness')!.end);
  const next = `${text.slice(0, at)}1${text.slice(end)}`;
  const result = checker.check(next, options, { from: text, changes: [{ start: at, end, text: '1' }] });
  assert.equal(checker.entityFindings.computed, 1 + users.size, 'the source and its use cases');
  // The data sources changed: each use case's list of them is compared again (their systems are not).
  assert.ok(checker.entityFindings.compared >= users.size && checker.entityFindings.compared <= first.model.use_cases.size, `${checker.entityFindings.compared} lists compared`);
  assert.equal(checker.entityFindings.reused, entities - 1 - users.size);
  assert.deepEqual(result.diagnostics, checkText(next, options).diagnostics);
  assert.ok(result.diagnostics.filter((d) => d.code === 'data-quality-low' && d.message.includes(`'${source}'`)).length >= users.size);
});

test('another today, other guides or another plan start: every entity is looked at again', () => {
  const checker = createIncrementalChecker();
  checker.check(text, { today: '2027-03-01' });
  const entities = checker.entityFindings.computed;
  const variants: [string, string, Parameters<typeof checkText>[1]][] = [
    ['the same facts', text, { today: '2027-03-01' }],
    ['another today', text, { today: '2027-09-01' }],
    ['other guides', text, { today: '2027-09-01', guides: { runningCost: [1, 2] } }],
    ['another start', text.replace(/start: \S+/, 'start: 2026-01-05'), { today: '2027-09-01', guides: { runningCost: [1, 2] } }],
  ];
  for (const [what, t, options] of variants) {
    const result = checker.check(t, options);
    assert.deepEqual(result.diagnostics, checkText(t, options).diagnostics, what);
    assert.equal(checker.entityFindings.computed, what === 'the same facts' ? 0 : entities, what);
  }
});
