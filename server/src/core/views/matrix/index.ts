/**
 * The priority matrix tab: its part of the views, its drawing and labels.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { ViewDefinition } from '../view';
import { computeMatrix, type MatrixView } from './compute';
import { drawMatrixChart, drawMatrixPanel } from './draw';
import { MATRIX_COUNTS, MATRIX_LABELS, MATRIX_TAB, type MatrixLabels } from './labels';

export const matrix: ViewDefinition<'matrix', MatrixView, MatrixLabels> = {
  name: 'matrix',
  tab: MATRIX_TAB,
  counts: MATRIX_COUNTS,
  labels: MATRIX_LABELS,
  section: 'use_cases',
  count: (model) => model.use_cases.size,
  compute: (model, { locale, labels }) => computeMatrix(model, locale, labels),
  arrays: ['quadrants', 'bubbles', 'ranked', 'notPlaced'],
  targets: (m) => [...m.bubbles, ...m.notPlaced],
  chart: (views) => drawMatrixChart(views.matrix, views.labels),
  panel: (views) => drawMatrixPanel(views),
  zoomable: true,
};
