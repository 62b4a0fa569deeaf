/**
 * Generates the rule documentation from the core, so it never drifts:
 * `docs/rules.md` (one section per code, the target of every diagnostic's
 * link) and the rules table between the markers in README.md.
 * Run `npm run docs`; a unit test fails when the committed files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES, DEFAULT_SEVERITY, RULES, STRUCTURE_CODES, type Code } from '../server/src/core/index';

export const TRIGGERS: Record<Code, string> = {
  'yaml-syntax': 'The YAML does not parse; each parser error at its own place (parser warnings, such as an unknown tag, as warnings).',
  'multiple-documents': 'More than one YAML document in the file (a second `---`).',
  'unsupported-version': '`airoadmap` is missing or not `1`.',
  'missing-required': '`organization.name` is missing.',
  'wrong-type': 'A value of the wrong type: text for a number, a scalar for a map, `yes` for a boolean, …',
  'invalid-value': 'A value out of range (scores 1–5, weeks 1–12, negative money), not in its enumeration, or a malformed id, date or quarter.',
  'unknown-key': 'A key the language does not have; suggests the closest known key.',
  'duplicate-key': 'A key twice in one map (so an id defined twice); reported on the second, the first counts.',
  'unknown-reference': 'A reference to an id not defined in its section; suggests the closest id.',
  'rule-failed': 'A check crashed on this file (a bug in the tool); the other checks still ran.',
  'kpi-no-baseline': 'A KPI has no `baseline`.',
  'kpi-no-target': 'A KPI has no `target`.',
  'kpi-target-direction': '`target` is not beyond `baseline` in the KPI\'s `direction`.',
  'kpi-no-unit': 'A quantitative KPI has no `unit`.',
  'kpi-unused': 'No use case references the KPI.',
  'use-case-no-kpi': 'An active use case (`poc`, `pilot`, `production`) references no KPI.',
  'use-case-unscored': 'A use case lacks `feasibility`, `value` or `effort` (one diagnostic naming all).',
  'use-case-unknown-roi': '`effort` ≥ 4 and `value` ≤ 2.',
  'use-case-no-owner': 'An active use case has no `owner`.',
  'use-case-no-risk': 'An active use case references no risk.',
  'quick-win-too-risky': '`quick_win: true` with `risk_level: high` or `customer_facing: true`.',
  'quick-win-low-visibility': '`quick_win: true` with `visibility: low`.',
  'system-not-ready': 'A use case in phase 1 or 2, or a quick win, uses a system with `readiness` ≤ 3.',
  'system-no-readiness': 'A `critical` system has no `readiness`.',
  'data-quality-low': 'A use case uses a data source whose `completeness`, `freshness` or `consistency` is ≤ 2.',
  'data-source-unrated': 'A data source lacks one of the three quality scores.',
  'data-silo': 'A use case uses a data source with `silo: true`.',
  'personal-data-outside-eu': 'An active use case uses personal data with `hosting_region: non_eu`.',
  'personal-data-no-purpose': 'A use case uses personal data and has no `purpose`.',
  'register-incomplete': 'An active use case lacks `model`, `purpose` or `data_sources`.',
  'production-not-ready': '`stage: production` and one of `production.backup`, `monitoring`, `user_management`, `compliance` is not `true`.',
  'running-cost-missing': 'A use case at `pilot` or `production` has no `costs.monthly`.',
  'running-cost-range': '`costs.monthly` of a `production` use case outside 2,000–5,000 (EUR, or your configured range).',
  'ai-act-prohibited': '`ai_act: prohibited` on a use case that is not `retired`.',
  'ai-act-unclassified': 'An active use case has no `ai_act` class.',
  'risk-no-mitigation': 'A risk has no `mitigation`.',
  'risk-no-owner': 'A risk has no `owner`.',
  'risk-category-missing': 'Some use case is active and no risk covers `technical`, `legal` or `organizational` (one per missing category).',
  'role-missing': 'Some use case is active and `roles.ai_owner`, `data_steward` or `business_contact` is missing (one each).',
  'governance-missing': 'Some use case is active and `governance.approver` or `governance.review` is missing (one each).',
  'no-bridge-builder': 'A team is listed and nobody is `bridge_builder`.',
  'no-champion': 'Some use case is in phase 3 and nobody is `champion`.',
  'training-budget-range': 'A `training_budget` outside 2,000–5,000 (EUR, or your configured range).',
  'budget-first-year-range': '`budget.first_year` outside 50,000–150,000 (EUR, or your configured range).',
  'infrastructure-not-ready': 'Fewer than 3 of the 4 `infrastructure` questions are `true`.',
  'organization-size': '`employees` outside 50–250.',
  'plan-track-empty': 'The plan has items but none in one of the tracks Foundation (1–4), Pilot (5–8), Evaluation (9–12); one per empty track.',
  'plan-no-start': 'A plan exists and `organization.start` is missing.',
};

const STRUCTURE_REASONS: Partial<Record<Code, string>> = {
  'yaml-syntax': 'Nothing after a syntax error can be trusted until it is fixed.',
  'unknown-key': 'A misspelt key is silently ignored by every other check.',
  'unknown-reference': 'A dangling id breaks the links between use cases, KPIs, risks and people.',
};

function reasonOf(code: Code): string {
  return RULES.find((r) => r.code === code)?.reason.en ?? STRUCTURE_REASONS[code] ?? '';
}

export function rulesMarkdown(): string {
  const lines = [
    '# Diagnostic codes',
    '',
    '<!-- Generated by `npm run docs` from server/src/core; do not edit by hand. -->',
    '',
    'Every diagnostic carries one of these codes. Change a severity per code (`off`, `hint`, `info`, `warning`, `error`) with the',
    '`airoadmap.severity` setting or `airoadmap check --rule <code>=<severity>`, or silence it in the file with',
    '`# airoadmap-disable-next-line <code>` / `# airoadmap-disable <code>` (see [configuration](configuration.md)).',
    '',
  ];
  for (const code of ALL_CODES) {
    lines.push(`## ${code}`, '', `Default severity: **${DEFAULT_SEVERITY[code]}**${code in STRUCTURE_CODES ? ' · structure' : code === 'rule-failed' ? ' · tool' : ' · checklist'}`, '', `When: ${TRIGGERS[code]}`, '');
    const reason = reasonOf(code);
    if (reason) lines.push(`Why: ${reason}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function rulesTable(): string {
  const rows = ['| code | default | when |', '| --- | --- | --- |'];
  for (const code of ALL_CODES) rows.push(`| [\`${code}\`](docs/rules.md#${code}) | ${DEFAULT_SEVERITY[code]} | ${TRIGGERS[code].replace(/\|/g, '\\|')} |`);
  return rows.join('\n');
}

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

export function withRulesTable(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) return readme;
  return `${readme.slice(0, a + START.length)}\n${rulesTable()}\n${readme.slice(b)}`;
}

const root = join(__dirname, '..');
if (require.main === module) {
  writeFileSync(join(root, 'docs', 'rules.md'), rulesMarkdown());
  const readmePath = join(root, 'README.md');
  writeFileSync(readmePath, withRulesTable(readFileSync(readmePath, 'utf8')));
  console.log('wrote docs/rules.md and the README rules table');
}
