/**
 * The public face of the language core: text in, model and LSP types out.
 * Here the layers meet: the language's pipeline gets the rule registry and
 * the texts' messages as its catalogue, so `language/` knows no rule.
 * Must not depend on vscode or the LSP connection.
 */
import type { Catalogue, Messages } from './language/catalogue';
import { analysisOf, type Analysis } from './language/analysis';
import { checkWith, formatMessage as formatWith, runRules as runWith, type CheckResult } from './language/check';
import type { Code } from './language/codes';
import { planEdit, type EditContext, type EditIntent, type EditResult } from './features/edit';
import { IncrementalChecker } from './language/incremental/checker';
import type { RoadmapModel } from './language/model';
import type { CheckOptions, Finding, GuideRanges, Locale, MessageArgs } from './language/types';
import { RULES } from './rules/index';
import type { Rule } from './rules/rule';
import { structureCodeText } from './texts/structure-codes';
import { RELATED_MESSAGES } from './texts/structure-messages';

const RULE_BY_CODE = new Map<string, Rule>(RULES.map((r) => [r.code, r]));

/** The messages of a code: its rule's, or those of the structure codes' table. */
export function messagesFor(code: Code): Messages | undefined {
  return RULE_BY_CODE.get(code)?.messages ?? structureCodeText(code)?.messages;
}

/** The registry's rules and every code's messages, as the pipeline takes them. */
export const CATALOGUE: Catalogue = {
  rules: RULES,
  messages: messagesFor,
  related: (kind, locale, name, args = {}) => RELATED_MESSAGES[kind][locale](name, args),
};

/** Checks a roadmap's text with every rule. Never throws on any input. */
export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  return checkWith(CATALOGUE, text, options);
}

/**
 * The one way in: a text's analysis (model, diagnostics, findings, locale),
 * from the document's incremental checker when given, else a whole-text check;
 * every editor feature (`FEATURES`) and view takes it.
 */
export function analyze(text: string, options: CheckOptions = {}, checker?: IncrementalChecker): Analysis {
  return analysisOf(text, checker ? checker.check(text, options) : checkText(text, options), options.locale ?? 'en', options.today);
}

/** A checker that re-walks only the chunks an edit touched; results equal `checkText`'s. */
export function createIncrementalChecker(): IncrementalChecker {
  return new IncrementalChecker(CATALOGUE);
}

/**
 * Sets one value of an analysed roadmap by path (`use_cases.doc-search.value` = 4):
 * the smallest text edits, or a refusal in English and Bokmål (features/edit.ts).
 * The edited text is checked with the same pipeline as `analyze`.
 */
export function editRoadmap(analysis: Analysis, intent: EditIntent, context: EditContext = {}): EditResult {
  return planEdit(analysis, intent, (text, locale) => analyze(text, { locale }), context);
}

/**
 * Several values set at once (a bubble dropped in another cell: its effort
 * and its value), each checked as `editRoadmap` does on the text the ones
 * before it made, as one text edit over the lines they changed (one undo
 * step in an editor). The first refusal refuses them all.
 */
export function editRoadmapAll(analysis: Analysis, intents: readonly EditIntent[], context: EditContext = {}): EditResult {
  let current = analysis;
  let text = analysis.text;
  for (const [i, intent] of intents.entries()) {
    const result = editRoadmap(current, intent, i === 0 ? context : {});
    if (!result.ok) return result;
    text = result.text;
    current = analyze(text, { locale: analysis.locale });
  }
  const before = analysis.model.text;
  const after = text.slice(analysis.text.length - before.length);
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  // Never between the \r and the \n of a line break: positions cannot name that place.
  if (start > 0 && before[start - 1] === '\r') start--;
  if (tail > 0 && before[before.length - tail] === '\n' && before[before.length - tail - 1] === '\r') tail--;
  const edits = start === before.length && start === after.length ? [] : [{ range: analysis.model.mapper.toLspRange(start, before.length - tail), newText: after.slice(start, after.length - tail) }];
  return { ok: true, edits, text };
}

export function formatMessage(code: Code, args: MessageArgs, locale: Locale): string {
  return formatWith(CATALOGUE, code, args, locale);
}

/** Runs the registry's rules (or the given ones) on a model. */
export function runRules(model: RoadmapModel, guides: GuideRanges, rules: readonly Rule[] = RULES, today?: string): Finding[] {
  return runWith(model, guides, rules, today);
}

export { EUR_GUIDES, effectiveGuides, type CheckResult } from './language/check';
export { analysisOf, type Analysis } from './language/analysis';
export { dayOf } from './language/dates';
export { FEATURES, type Features } from './features/service';
export { completeConfig, hoverConfig } from './features/config-assist';
export { computeViews, localToday, PREVIEW_LIMITS, type RoadmapViews } from './views/compute';
export { reportDocument, type ReportDocument } from './views/report';
export type { Catalogue, Messages } from './language/catalogue';
export type { IncrementalChecker } from './language/incremental/checker';
export { parseRoadmap, type ParseResult } from './language/parse';
export * from './language/codes';
export * from './language/types';
export * from './language/work';
export * from './language/model';
export { PositionMapper, rangeContains, compareRanges, sameRange } from './language/positions';
export { RULES } from './rules/index';
export type { Rule } from './rules/rule';
export { STRUCTURE_CODE_TEXTS, structureCodeText, type OwnCode, type StructureCodeText } from './texts/structure-codes';
export { priorityOf, priorityScore, quadrantOf, comparePriority, QUADRANT_LABELS, type Quadrant, type Priority } from './language/priority';
export type { EditContext, EditIntent, EditRefusal, EditResult, EditValue } from './features/edit';
export { symbolEntries, symbolMatches, type SymbolEntry } from './features/symbols';
export { placesOf } from './language/place';
