/**
 * The 90-day plan's three tracks (dsl.md, "plan"): which weeks each covers and
 * its name in each locale. Read by the plan-track-empty rule and drawn by the
 * timeline view.
 * Must not depend on anything.
 */

export const TRACKS = [
  { id: 'foundation', first: 1, last: 4, en: 'Foundation (weeks 1–4)', nb: 'Grunnlag (uke 1–4)' },
  { id: 'pilot', first: 5, last: 8, en: 'Pilot (weeks 5–8)', nb: 'Pilot (uke 5–8)' },
  { id: 'evaluation', first: 9, last: 12, en: 'Evaluation and roadmap (weeks 9–12)', nb: 'Evaluering og veikart (uke 9–12)' },
] as const;

export type TrackId = (typeof TRACKS)[number]['id'];
