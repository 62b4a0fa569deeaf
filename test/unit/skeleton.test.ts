/**
 * The skeleton acceptance of catalogue 2 (issue 12): on a skeleton roadmap
 * (an organization and two use cases, one at `poc`) no key carries more than
 * three diagnostics, so the start of a roadmap is not buried under stacked
 * warnings. Checked with the fixtures' today and default settings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../server/src/core/index';
import { fixtureToday } from '../helpers/fixtures';

const FILE = join(__dirname, '..', 'fixtures', 'review', 'skeleton.airoadmap.yaml');
const TEXT = readFileSync(FILE, 'utf8');
const LIMIT = 3;

/** The codes of the diagnostics starting at each key of the file, by the key's text ("use_cases", "faq-bot"). */
function stacks(): Map<string, string[]> {
  const lines = TEXT.split('\n');
  const out = new Map<string, string[]>();
  for (const d of checkText(TEXT, { today: fixtureToday(TEXT) }).diagnostics) {
    const { line, character } = d.range.start;
    const key = `${/^\s*([^:#]+?)\s*:/.exec(lines[line]!.slice(character))?.[1] ?? '?'} (line ${line + 1}:${character + 1})`;
    out.set(key, [...(out.get(key) ?? []), d.code]);
  }
  return out;
}

function over(filter: (key: string) => boolean): string[] {
  return [...stacks()]
    .filter(([key, codes]) => filter(key) && codes.length > LIMIT)
    .map(([key, codes]) => `${key}: ${codes.length} (${codes.join(', ')})`);
}

test('the skeleton gets diagnostics at all (the count below is not vacuous)', () => {
  assert.ok(stacks().size >= 2);
  assert.ok(stacks().get('use_cases (line 11:1)')?.length === LIMIT, `use_cases carries ${stacks().get('use_cases (line 11:1)')?.join(', ')}`);
});

test('on a skeleton no top-level key carries more than three diagnostics (the section rules name every missing item at once)', () => {
  const topLevel = (key: string) => /:1\)$/.test(key);
  assert.deepEqual(over(topLevel), []);
});

// Not met yet: the use case at poc gets six diagnostics on its id key, each a
// code of its own that rules.md places there (use-case-unscored, use-case-no-kpi,
// use-case-no-owner, use-case-no-risk, register-incomplete, ai-act-unclassified).
// Folding them needs a decision in the specification.
test('on a skeleton no key carries more than three diagnostics', { todo: 'the poc use case\'s id key carries six per-entity codes; needs a spec decision' }, () => {
  assert.deepEqual(over(() => true), []);
});
