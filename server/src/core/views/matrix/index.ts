/**
 * The priority matrix tab: its part of the views, its drawing and labels.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { ViewDefinition } from '../view';
import { computeMatrix, type MatrixView } from './compute';
import { MATRIX_TEXTS, type MatrixLabels } from './labels';

export const matrix: ViewDefinition<'matrix', MatrixView, MatrixLabels> = {
  name: 'matrix',
  texts: MATRIX_TEXTS,
  section: 'use_cases',
  compute: computeMatrix,
  arrays: ['quadrants', 'bubbles', 'ranked', 'retired', 'notPlaced'],
  targets: (m) => [...m.bubbles, ...m.retired, ...m.notPlaced],
};
