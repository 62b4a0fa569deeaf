/**
 * The public face of the language core: text in, model and LSP types out.
 * Must not depend on vscode or the LSP connection.
 */
export { checkText, formatMessage, messagesFor, EUR_GUIDES, effectiveGuides, runRules, toDiagnostics, type CheckResult } from './check';
export { parseRoadmap, type ParseResult } from './parse';
export * from './codes';
export * from './types';
export * from './work';
export * from './model';
export { PositionMapper, rangeContains, compareRanges } from './positions';
export { RULES } from './rules/index';
export type { Rule } from './rules/rule';
export { priorityOf, priorityScore, quadrantOf, comparePriority, QUADRANT_LABELS, type Quadrant, type Priority } from './priority';
