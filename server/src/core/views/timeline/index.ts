/**
 * The 90-day timeline tab: its part of the views, its drawing and labels.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { RevealTarget } from '../common';
import type { ViewDefinition } from '../view';
import { computeTimeline, type TimelineView } from './compute';
import { TIMELINE_TEXTS, type TimelineLabels } from './labels';

export const timeline: ViewDefinition<'timeline', TimelineView, TimelineLabels> = {
  name: 'timeline',
  texts: TIMELINE_TEXTS,
  section: 'plan',
  compute: computeTimeline,
  arrays: ['weeks', 'tracks', 'items', 'notPlaced'],
  targets: (t) => [
    ...t.items,
    ...t.notPlaced,
    // An item's link to its use case reveals the use case.
    ...t.items.flatMap((item): RevealTarget[] =>
      item.useCase ? [{ key: `use_cases:${item.useCase.id}`, section: 'use_cases', id: item.useCase.id, range: item.useCase.range, entityRange: item.useCase.entityRange }] : [],
    ),
  ],
};
