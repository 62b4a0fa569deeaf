/**
 * The editor features as one service, each on an `Analysis` (the facade the
 * LSP adapter calls, in the spirit of markdown-languageservice's
 * `createLanguageService()`): the adapter looks up a document's analysis and
 * hands it over; positions it passes are already inside the text.
 * Must not depend on vscode or the LSP connection.
 */
import type { Analysis } from '../language/analysis';
import type { Position, Range } from '../language/positions';
import type { RoadmapDiagnostic } from '../language/types';
import { codeActions } from './code-actions';
import { complete } from './complete';
import { hover } from './hover';
import { useCaseInlayHints } from './lenses';
import { documentHighlights, findDefinition, findReferences } from './navigation';
import { foldingRanges, selectionRanges } from './ranges';
import { prepareRename, rename } from './rename';
import { documentSymbols, workspaceSymbols } from './symbols';

export const FEATURES = {
  complete: (a: Analysis, position: Position) => complete(a.text, a.model, position, a.locale),
  hover: (a: Analysis, position: Position) => hover(a.model, position, a.locale),
  definition: (a: Analysis, position: Position) => findDefinition(a.model, position),
  references: (a: Analysis, position: Position, includeDeclaration: boolean) => findReferences(a.model, position, includeDeclaration),
  highlights: (a: Analysis, position: Position) => documentHighlights(a.model, position),
  prepareRename: (a: Analysis, position: Position) => prepareRename(a.model, position, a.locale),
  rename: (a: Analysis, position: Position, newName: string) => rename(a.model, position, newName, a.locale),
  /** The quick fixes for the given diagnostics of the analysis (those the client sent back) in a range. */
  codeActions: (a: Analysis, diagnostics: readonly RoadmapDiagnostic[], range: Range) => codeActions(a.model, diagnostics, range, a.locale, a.today),
  documentSymbols: (a: Analysis) => documentSymbols(a.model, a.locale),
  workspaceSymbols: (a: Analysis, query: string) => workspaceSymbols(a.model, query),
  foldingRanges: (a: Analysis) => foldingRanges(a.model),
  selectionRanges: (a: Analysis, positions: Position[]) => selectionRanges(a.model, positions),
  inlayHints: (a: Analysis) => useCaseInlayHints(a.model, a.locale),
} as const;

export type Features = typeof FEATURES;
