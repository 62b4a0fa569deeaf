/**
 * The catalogue of diagnostic codes (public API: users silence and re-grade
 * them by code, CI greps for them). Default severities follow rules.md.
 * Must not depend on anything else in the project.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export const STRUCTURE_CODES = {
  'yaml-syntax': 'error',
  'multiple-documents': 'error',
  'unsupported-version': 'error',
  'missing-required': 'error',
  'wrong-type': 'error',
  'invalid-value': 'error',
  'unknown-key': 'warning',
  'duplicate-key': 'error',
  'unknown-reference': 'error',
} as const satisfies Record<string, Severity>;

export const CHECKLIST_CODES = {
  'kpi-no-baseline': 'warning',
  'kpi-no-target': 'warning',
  'kpi-target-direction': 'warning',
  'kpi-no-unit': 'warning',
  'kpi-unused': 'info',
  'use-case-no-kpi': 'warning',
  'use-case-unscored': 'warning',
  'use-case-unknown-roi': 'warning',
  'use-case-no-owner': 'warning',
  'use-case-no-risk': 'info',
  'quick-win-too-risky': 'warning',
  'quick-win-low-visibility': 'info',
  'system-not-ready': 'warning',
  'system-no-readiness': 'warning',
  'data-quality-low': 'warning',
  'data-source-unrated': 'info',
  'data-silo': 'info',
  'personal-data-outside-eu': 'warning',
  'personal-data-no-purpose': 'warning',
  'register-incomplete': 'warning',
  'production-not-ready': 'warning',
  'running-cost-missing': 'warning',
  'running-cost-range': 'info',
  'ai-act-prohibited': 'error',
  'ai-act-unclassified': 'info',
  'risk-no-mitigation': 'warning',
  'risk-no-owner': 'info',
  'risk-category-missing': 'info',
  'role-missing': 'warning',
  'governance-missing': 'warning',
  'no-bridge-builder': 'info',
  'no-champion': 'info',
  'training-budget-range': 'info',
  'budget-first-year-range': 'info',
  'infrastructure-not-ready': 'info',
  'organization-size': 'info',
  'plan-track-empty': 'info',
  'plan-no-start': 'warning',
} as const satisfies Record<string, Severity>;

/** Codes of this implementation beyond the catalogue (documented in docs/rules.md). */
export const EXTRA_CODES = {
  'rule-failed': 'error',
} as const satisfies Record<string, Severity>;

export type StructureCode = keyof typeof STRUCTURE_CODES;
export type ChecklistCode = keyof typeof CHECKLIST_CODES;
export type Code = StructureCode | ChecklistCode | keyof typeof EXTRA_CODES;

export const DEFAULT_SEVERITY: Readonly<Record<Code, Severity>> = { ...STRUCTURE_CODES, ...CHECKLIST_CODES, ...EXTRA_CODES };
export const ALL_CODES = Object.keys(DEFAULT_SEVERITY) as Code[];

export function isCode(value: string): value is Code {
  return Object.prototype.hasOwnProperty.call(DEFAULT_SEVERITY, value);
}

export function isSeveritySetting(value: string): value is SeveritySetting {
  return (SEVERITIES as readonly string[]).includes(value);
}

export const DOCS_BASE_URL = 'https://github.com/airoadmap/airoadmap/blob/main/docs/rules.md';

export function ruleDocUrl(code: Code): string {
  return `${DOCS_BASE_URL}#${code}`;
}
