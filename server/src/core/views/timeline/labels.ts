/**
 * The labels the 90-day timeline adds to the views' labels (merged into
 * `ViewLabels`), its tab's name and what it counts when too large to draw.
 * Must not depend on anything but the core's types.
 */
import type { TabTexts } from '../view';

export interface TimelineLabels {
  timelineTitle: string;
  week: string;
  weekShort: string;
  today: string;
  done: string;
  milestone: string;
  owner: string;
  useCase: string;
  noStart: string;
}

export const TIMELINE_TEXTS: TabTexts<TimelineLabels> = {
  en: {
    tab: '90-day timeline',
    counts: 'plan items',
    labels: {
      timelineTitle: '90-day plan',
      week: 'Week',
      weekShort: 'W',
      today: 'Today',
      done: 'done',
      milestone: 'milestone',
      owner: 'Owner',
      useCase: 'Use case',
      noStart: 'organization.start is not set: weeks have no dates.',
    },
  },
  nb: {
    tab: '90-dagers tidslinje',
    counts: 'planpunkter',
    labels: {
      timelineTitle: '90-dagersplan',
      week: 'Uke',
      weekShort: 'U',
      today: 'I dag',
      done: 'fullført',
      milestone: 'milepæl',
      owner: 'Ansvarlig',
      useCase: 'Brukstilfelle',
      noStart: "Startdatoen ('organization.start') er ikke satt: ukene har ingen datoer.",
    },
  },
};
