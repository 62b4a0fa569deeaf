/**
 * Describes every diagnostic code for machine-readable reports (SARIF rule
 * metadata): a short title per code, and the help text — the title and the
 * article's reason for checklist rules (from the rule itself), the title and
 * help of the structure codes' table (`core/texts/structure-codes.ts`) for
 * the others.
 * Must not depend on the LSP connection or vscode.
 */
import { ALL_CODES, RULES, STRUCTURE_CODES, structureCodeText, type Code, type Locale } from '../core/index';

type Bilingual = { readonly en: string; readonly nb: string };

const REASONS = new Map<string, Bilingual>(RULES.map((r) => [r.code, r.reason]));
const TITLES = new Map<string, Bilingual>(RULES.map((r) => [r.code, r.title]));

export interface CodeDescription {
  code: Code;
  title: string;
  help: string;
  kind: 'structure' | 'checklist' | 'internal';
}

export function describeCode(code: Code, locale: Locale): CodeDescription {
  const reason = REASONS.get(code);
  const own = structureCodeText(code);
  const help = reason ?? own?.help;
  const title = (TITLES.get(code) ?? own?.title)?.[locale] ?? code;
  return {
    code,
    title,
    help: help ? help[locale] : title,
    kind: reason ? 'checklist' : code in STRUCTURE_CODES ? 'structure' : 'internal',
  };
}

export function describeAllCodes(locale: Locale): CodeDescription[] {
  return ALL_CODES.map((code) => describeCode(code, locale));
}
