/**
 * The governance rules of catalogue 2 and the Part 1 changes that come with
 * it (rules.md "Part 2"): where each diagnostic sits (the fixtures assert the
 * start line only), what its message names, in both languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, checkText, type RoadmapDiagnostic } from '../../server/src/core/index';
import { formatList } from '../../server/src/core/texts/format';

/** The text a diagnostic's range covers. */
function textAt(text: string, d: RoadmapDiagnostic): string {
  const lines = text.split('\n');
  assert.equal(d.range.start.line, d.range.end.line, `${d.code} spans one line`);
  return lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
}

function only(text: string, code: string, locale: 'en' | 'nb' = 'en'): RoadmapDiagnostic[] {
  return checkText(text, { locale }).diagnostics.filter((d) => d.code === code);
}

const HEAD = 'airoadmap: 1\norganization:\n  name: Fjordtest AS\n';
const SOURCES = 'data_sources:\n  crm: {name: CRM, personal_data: true, completeness: 4, freshness: 4, consistency: 4}\n  wiki: {name: Wiki, completeness: 4, freshness: 4, consistency: 4}\n';

test('formatList writes a natural list in each language', () => {
  assert.equal(formatList(['a'], 'en'), 'a');
  assert.equal(formatList(['a', 'b'], 'en'), 'a and b');
  assert.equal(formatList(['a', 'b', 'c'], 'en'), 'a, b and c');
  assert.equal(formatList(['a', 'b', 'c'], 'nb'), 'a, b og c');
  assert.equal(formatList(['a', 'b', 'c'], 'en', 'or'), 'a, b or c');
  assert.equal(formatList(['a', 'b'], 'nb', 'or'), 'a eller b');
});

const SKELETON_ACTIVE = `${HEAD}use_cases:\n  a:\n    title: A\n    stage: poc\n`;

test('role-missing: one diagnostic on the use_cases key naming every missing role', () => {
  const [d, ...rest] = only(SKELETON_ACTIVE, 'role-missing');
  assert.ok(d);
  assert.equal(rest.length, 0);
  assert.equal(textAt(SKELETON_ACTIVE, d), 'use_cases');
  assert.match(d.message, /^No AI owner, data steward or business contact is named/);
  assert.match(d.message, /add 'ai_owner', 'data_steward' and 'business_contact' under 'roles:'/);
  const [nb] = only(SKELETON_ACTIVE, 'role-missing', 'nb');
  assert.match(nb!.message, /^Ingen KI-eier, dataansvarlig eller forretningskontakt er utnevnt/);
  assert.match(nb!.message, /legg til 'ai_owner', 'data_steward' og 'business_contact' under 'roles:'/);
  assert.deepEqual(d.fix, { kind: 'add-field', section: 'roles', field: 'ai_owner' });
});

test('role-missing names only the roles missing, on the roles key', () => {
  const text = `${HEAD}roles:\n  data_steward: anna\nteam:\n  anna: {name: Anna}\nuse_cases:\n  a:\n    title: A\n    stage: pilot\n`;
  const ds = only(text, 'role-missing');
  assert.equal(ds.length, 1);
  assert.equal(textAt(text, ds[0]!), 'roles');
  assert.match(ds[0]!.message, /^No AI owner or business contact is named/);
  assert.doesNotMatch(ds[0]!.message, /data steward/);
});

test('governance-missing: one diagnostic naming both items, or the one missing', () => {
  const [both, ...rest] = only(SKELETON_ACTIVE, 'governance-missing');
  assert.equal(rest.length, 0);
  assert.equal(textAt(SKELETON_ACTIVE, both!), 'use_cases');
  assert.match(both!.message, /^No one is named to approve new AI tools, and no review cadence is set/);
  assert.match(both!.message, /Add 'approver' and 'review' \(monthly, quarterly or yearly\) under 'governance:'/);
  const [nb] = only(SKELETON_ACTIVE, 'governance-missing', 'nb');
  assert.match(nb!.message, /^Ingen er utpekt til å godkjenne nye KI-verktøy, og det er ikke satt noen fast gjennomgang/);
  const text = `${HEAD}governance:\n  approver: anna\nteam:\n  anna: {name: Anna}\nuse_cases:\n  a:\n    title: A\n    stage: poc\n`;
  const [review] = only(text, 'governance-missing');
  assert.equal(textAt(text, review!), 'governance');
  assert.match(review!.message, /^No review cadence is set .* Add 'review' \(monthly, quarterly or yearly\) under 'governance:'\.$/);
});

test('risk-category-missing: one diagnostic naming every missing category', () => {
  const [all, ...rest] = only(SKELETON_ACTIVE, 'risk-category-missing');
  assert.equal(rest.length, 0);
  assert.equal(textAt(SKELETON_ACTIVE, all!), 'use_cases');
  assert.match(all!.message, /^No technical, legal or organizational risk is listed/);
  assert.match(only(SKELETON_ACTIVE, 'risk-category-missing', 'nb')[0]!.message, /^Ingen risiko i kategoriene teknisk, juridisk og organisatorisk er oppført/);
  const text = `${HEAD}risks:\n  r: {title: R, category: legal, mitigation: M}\nuse_cases:\n  a:\n    title: A\n    stage: poc\n`;
  const [two] = only(text, 'risk-category-missing');
  assert.equal(textAt(text, two!), 'risks');
  assert.match(two!.message, /^No technical or organizational risk is listed/);
  const one = `${HEAD}risks:\n  r: {title: R, category: legal, mitigation: M}\n  s: {title: S, category: technical, mitigation: M}\nuse_cases:\n  a:\n    title: A\n    stage: poc\n`;
  assert.match(only(one, 'risk-category-missing', 'nb')[0]!.message, /^Ingen risiko i kategorien organisatorisk er oppført/);
});

test('data-policy-missing sits on the governance key, else the use_cases key, and names the use cases', () => {
  const uses = (id: string, stage: string) => `  ${id}: {title: T, stage: ${stage}, purpose: P, feasibility: 3, value: 3, effort: 3, data_sources: [crm]}\n`;
  const withSection = `${HEAD}governance:\n  data_policy:\n${SOURCES}use_cases:\n${uses('one', 'idea')}`;
  const [d] = only(withSection, 'data-policy-missing');
  assert.equal(textAt(withSection, d!), 'governance');
  assert.match(d!.message, /^Use case 'one' uses personal data, but no guideline for sensitive data is named/);
  assert.deepEqual(d!.fix, { kind: 'add-field', section: 'governance', field: 'data_policy' });
  const noSection = `${HEAD}${SOURCES}use_cases:\n${['a', 'b', 'c', 'd', 'e'].map((id) => uses(id, 'retired')).join('')}  f: {title: T, stage: idea, feasibility: 3, value: 3, effort: 3, data_sources: [wiki]}\n`;
  const ds = only(noSection, 'data-policy-missing');
  assert.equal(ds.length, 1);
  assert.equal(textAt(noSection, ds[0]!), 'use_cases');
  assert.match(ds[0]!.message, /^Use cases 'a', 'b', 'c' and 2 more use personal data/);
  assert.match(only(noSection, 'data-policy-missing', 'nb')[0]!.message, /^Brukstilfellene 'a', 'b', 'c' og 2 til bruker personopplysninger/);
  const policy = `${HEAD}governance:\n  data_policy: docs/p.md\n${SOURCES}use_cases:\n${uses('one', 'idea')}`;
  assert.equal(only(policy, 'data-policy-missing').length, 0);
});

test('hosting-region-missing sits on the use case id key, once per use case', () => {
  const text = `${HEAD}governance:\n  data_policy: docs/p.md\n${SOURCES}use_cases:\n  churn-alert:\n    title: T\n    stage: pilot\n    data_sources: [wiki, crm]\n  idea:\n    title: T\n    stage: idea\n    data_sources: [crm]\n`;
  const ds = only(text, 'hosting-region-missing');
  assert.equal(ds.length, 1);
  assert.equal(textAt(text, ds[0]!), 'churn-alert');
  assert.equal(ds[0]!.message, "Use case 'churn-alert' is at the pilot stage and uses personal data from 'crm', but says nothing of where it is processed. State it in 'hosting_region:' (eu, non_eu or on_prem).");
  assert.match(only(text, 'hosting-region-missing', 'nb')[0]!.message, /^Brukstilfellet 'churn-alert' har status pilot og bruker personopplysninger fra 'crm'/);
  assert.deepEqual(ds[0]!.fix, { kind: 'add-field', section: 'use_cases', id: 'churn-alert', field: 'hosting_region' });
  const production = text.replace('stage: pilot', 'stage: production');
  assert.match(only(production, 'hosting-region-missing', 'nb')[0]!.message, /^Brukstilfellet 'churn-alert' har status produksjon og bruker/);
});

test('quick-win-mismatch sits on the value of quick_win and names the quadrant', () => {
  const text = `${HEAD}use_cases:\n  a: {title: T, stage: idea, quick_win: true, visibility: high, feasibility: 3, value: 4, effort: 3}\n  b: {title: T, stage: idea, quick_win: true, visibility: high, feasibility: 3, value: 3, effort: 2}\n`;
  const ds = only(text, 'quick-win-mismatch');
  assert.equal(ds.length, 1);
  assert.equal(textAt(text, ds[0]!), 'true');
  assert.equal(ds[0]!.range.start.line, 4);
  assert.equal(ds[0]!.message, "Use case 'a' is marked as a quick win, but with value 4 and effort 3 it falls in 'Major projects', not 'Quick wins' (value 3 or more, effort 2 or less). Check the scores, or set 'quick_win: false'.");
  assert.match(only(text, 'quick-win-mismatch', 'nb')[0]!.message, /havner det i 'Store prosjekter', ikke i 'Raske gevinster'/);
  assert.deepEqual(ds[0]!.fix, { kind: 'replace', with: 'false' });
  const { findings } = analyze(text);
  assert.deepEqual(findings.find((f) => f.code === 'quick-win-mismatch')?.args, { id: 'a', value: 4, effort: 3, quadrant: 'major-projects' });
});

test('system-not-ready at production asks to raise the system, not to move to a later phase', () => {
  const text = (stage: string) =>
    `${HEAD}systems:\n  erp: {name: ERP, kind: erp, readiness: 2}\nuse_cases:\n  a:\n    title: T\n    stage: ${stage}\n    phase: 1\n    systems:\n      - erp\n`;
  const [prod] = only(text('production'), 'system-not-ready');
  assert.equal(prod!.message, "Use case 'a' (phase 1) is already in production on system 'erp', whose AI readiness is only 2. Only systems scored 4–5 suit AI integration: raise the system's readiness to 4–5.");
  assert.match(only(text('production'), 'system-not-ready', 'nb')[0]!.message, /er allerede i produksjon på systemet 'erp'.*hev systemets KI-modenhet til 4–5\.$/);
  const [poc] = only(text('poc'), 'system-not-ready');
  assert.match(poc!.message, /or move the use case to a later phase\.$/);
  assert.doesNotMatch(prod!.message, /later phase/);
});
