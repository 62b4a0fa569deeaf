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

/** The offset where a line's text ends (before its line break). */
function lineEndOffset(model: RoadmapModel, line: number): number {
  const start = model.mapper.lineStart(line);
  let end = model.text.indexOf('\n', start);
  if (end < 0) end = model.text.length;
  if (end > start && model.text[end - 1] === '\r') end--;
  return end;
}

export function useCaseInlayHints(model: RoadmapModel, locale: Locale): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const useCase of model.use_cases.values()) {
    const line = useCase.idRange.start.line;
    const position = model.mapper.toLspPosition(lineEndOffset(model, line));
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
