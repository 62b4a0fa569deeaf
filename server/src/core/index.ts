/**
 * The public face of the language core: text in, model and LSP types out.
 * Must not depend on vscode or the LSP connection.
 */
export { checkText, formatMessage, messagesFor, EUR_GUIDES, effectiveGuides, runRules, toDiagnostics, type CheckResult } from './language/check';
export { parseRoadmap, type ParseResult } from './language/parse';
export * from './language/codes';
export * from './language/types';
export * from './language/work';
export * from './language/model';
export { PositionMapper, rangeContains, compareRanges } from './language/positions';
export { RULES } from './rules/index';
export type { Rule } from './rules/rule';
export { priorityOf, priorityScore, quadrantOf, comparePriority, QUADRANT_LABELS, type Quadrant, type Priority } from './language/priority';
