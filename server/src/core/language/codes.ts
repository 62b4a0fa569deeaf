/**
 * The catalogue of diagnostic codes (public API: users silence and re-grade
 * them by code, CI greps for them). Default severities follow rules.md.
 * The structure codes belong to the language and are listed here; the
 * checklist codes are each spelt in its rule and reach the language through
 * the generated `codes.generated.ts`.
 * Must not depend on anything else in the project.
 */
import { CHECKLIST_CODES } from './codes.generated';


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
  // Part 2 (catalogue 2): found during the walk, and it changes what the model holds (the number meant).
  'number-format': 'warning',
} as const satisfies Record<string, Severity>;

/** The checklist codes, one per rule: generated from the rule registry (`npm run docs`). */
export { CHECKLIST_CODES };

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
