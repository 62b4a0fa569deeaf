/**
 * The labels the AI register adds to the views' labels (merged into
 * `ViewLabels`), its tab's name and what it counts when too large to draw.
 * Must not depend on anything but the core's types.
 */
import type { TabTexts } from '../view';

export type RegisterColumn = 'model' | 'data_sources' | 'purpose' | 'owner' | 'ai_act' | 'hosting_region';
export const REGISTER_COLUMNS: readonly RegisterColumn[] = ['model', 'data_sources', 'purpose', 'owner', 'ai_act', 'hosting_region'];

export interface RegisterLabels {
  registerTitle: string;
  columns: Record<RegisterColumn, string>;
  stage: string;
  missing: string;
}

export const REGISTER_TEXTS: TabTexts<RegisterLabels> = {
  en: {
    tab: 'AI register',
    counts: 'use cases',
    labels: {
      registerTitle: 'AI register: use cases at proof of concept or later',
      columns: { model: 'Model', data_sources: 'Data sources', purpose: 'Purpose', owner: 'Owner', ai_act: 'AI Act class', hosting_region: 'Hosting region' },
      stage: 'Stage',
      missing: 'missing',
    },
  },
  nb: {
    tab: 'KI-register',
    counts: 'brukstilfeller',
    labels: {
      registerTitle: 'KI-register: brukstilfeller fra PoC og videre',
      columns: { model: 'Modell', data_sources: 'Datakilder', purpose: 'Formål', owner: 'Eier', ai_act: 'KI-forordningen', hosting_region: 'Driftsregion' },
      stage: 'Status',
      missing: 'mangler',
    },
  },
};
