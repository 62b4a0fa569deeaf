/**
 * Inlay hints on use cases: the priority score and quadrant of the priority
 * matrix at the end of each use case's id line, or why it is not placed.
 * The numbers come from `priority.ts`, the one place the formula lives.
 * Must not depend on vscode or the LSP connection.
 */
import type { InlayHint } from 'vscode-languageserver-types';
import type { RoadmapModel } from '../language/model';
import { PRIORITY_FORMULA, priorityOf, QUADRANT_LABELS } from '../language/priority';
import type { Locale } from '../language/types';
import { formatNumber } from '../texts/format';
import { word } from '../texts/guidance';

const SCORES = ['value', 'effort', 'feasibility'] as const;

/** A priority score with at most one decimal, as the locale writes it (12,5 in Norwegian). */
export function formatScore(score: number, locale: Locale): string {
  return formatNumber(score, locale, 1);
}

/**
 * Where the hint goes on the id's line: after its last content, before a
 * trailing comment (a hint after `# …` reads as part of the comment). From
 * the end of the id key, a `#` after whitespace and outside quotes starts
 * the comment, as YAML reads it.
 */
function hintOffset(model: RoadmapModel, keyEnd: number): number {
  const text = model.text;
  let end = text.indexOf('\n', keyEnd);
  if (end < 0) end = text.length;
  if (end > keyEnd && text[end - 1] === '\r') end--;
  let quote: string | undefined;
  let contentEnd = keyEnd;
  for (let i = keyEnd; i < end; i++) {
    const c = text[i]!;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if (c === '#' && (i === keyEnd || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return contentEnd;
    } else if (c === '"' || c === "'") {
      quote = c;
    }
    if (c !== ' ' && c !== '\t') contentEnd = i + 1;
  }
  return contentEnd;
}

export function useCaseInlayHints(model: RoadmapModel, locale: Locale): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const useCase of model.use_cases.values()) {
    const position = model.mapper.toLspPosition(hintOffset(model, model.mapper.offsetAt(useCase.idRange.end)));
    const priority = priorityOf(useCase.data);
    let label: string;
    if (priority) {
      label = `${word('priorityHint', locale)} ${formatScore(priority.score, locale)} · ${QUADRANT_LABELS[priority.quadrant][locale]}`;
    } else {
      const missing = SCORES.filter((f) => useCase.data[f] === undefined && !useCase.has(f));
      const invalid = SCORES.filter((f) => useCase.data[f] === undefined && useCase.has(f));
      const parts: string[] = [];
      // The scores by their words ("mangler verdi, innsats"), not their keys.
      if (missing.length > 0) parts.push(`${word('missing', locale)} ${missing.map((f) => word(f, locale)).join(', ')}`);
      if (invalid.length > 0) parts.push(`${word('invalid', locale)} ${invalid.map((f) => word(f, locale)).join(', ')}`);
      label = `${word('notPlaced', locale)}: ${parts.join('; ')}`;
    }
    hints.push({ position, label, paddingLeft: true, tooltip: `${capitalize(PRIORITY_FORMULA[locale])}; ${word('quadrantFrom', locale)}` });
  }
  return hints;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
