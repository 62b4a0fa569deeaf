/**
 * The 90-day timeline: the plan's items in weeks and rows, grouped by the
 * plan's three tracks, with today's line when it falls inside the 84 days.
 * Must not depend on vscode or the LSP connection.
 */
import type { PlanItem } from '../../../../../schemas/model';
import { dayOf, isoOf, weekDays } from '../../language/dates';
import { type Entity, type RoadmapModel, weekSpan } from '../../language/model';
import type { Range } from '../../language/positions';
import { TRACKS, type TrackId } from '../../language/plan';
import { type ElementRef, missingReason, type NotPlaced, refOf, round, teamName, textOf } from '../common';
import { shortDate } from '../format';
import type { ComputeContext } from '../view';

export type { TrackId };

export interface TimelineWeek {
  week: number;
  /** ISO dates of the week's first and last day, when organization.start is set. */
  start: string | null;
  end: string | null;
  label: string;
  dateLabel: string | null;
}

export interface TimelineTrack {
  id: TrackId;
  label: string;
  firstWeek: number;
  lastWeek: number;
  /** Rows [firstRow, firstRow + rowCount) of the timeline belong to this track. */
  firstRow: number;
  rowCount: number;
}

export interface TimelineItem extends ElementRef {
  title: string;
  startWeek: number;
  endWeek: number;
  startDate: string | null;
  endDate: string | null;
  track: TrackId;
  row: number;
  milestone: boolean;
  done: boolean;
  owner: string | null;
  useCase: { id: string; title: string; range: Range; entityRange: Range } | null;
}

export interface TimelineView {
  start: string | null;
  weeks: TimelineWeek[];
  tracks: TimelineTrack[];
  items: TimelineItem[];
  rowCount: number;
  notPlaced: NotPlaced[];
  /** Where today falls, in weeks from the plan's start (0–12), when inside the 84 days. */
  today: { date: string; weeks: number; label: string } | null;
  notice: string | null;
}

function trackOfWeek(week: number): TrackId {
  return (TRACKS.find((t) => week >= t.first && week <= t.last) ?? TRACKS[0]).id;
}

export function computeTimeline(model: RoadmapModel, { locale, labels, today }: ComputeContext): TimelineView {
  const startIso = model.organization.data.start;
  const start = startIso === undefined ? undefined : dayOf(startIso);
  const weeks: TimelineWeek[] = [];
  for (let w = 1; w <= 12; w++) {
    const days = start === undefined ? undefined : weekDays(start, w);
    const ws = days === undefined ? null : isoOf(days.first);
    const we = days === undefined ? null : isoOf(days.last);
    weeks.push({ week: w, start: ws, end: we, label: `${labels.weekShort}${w}`, dateLabel: ws === null ? null : shortDate(ws, locale) });
  }
  const byTrack = new Map<TrackId, { entity: Entity<PlanItem>; a: number; b: number }[]>();
  const notPlaced: NotPlaced[] = [];
  for (const item of model.plan.values()) {
    const title = textOf(item.data.title) ?? item.id;
    if (item.data.weeks === undefined) {
      const reason = missingReason(['weeks'], locale);
      notPlaced.push({ ...refOf(item, `${title}: ${reason}`), title, missing: ['weeks'], reason });
      continue;
    }
    const [a, b] = weekSpan(item.data.weeks);
    const track = trackOfWeek(a);
    const list = byTrack.get(track) ?? [];
    list.push({ entity: item, a, b });
    byTrack.set(track, list);
  }
  const tracks: TimelineTrack[] = [];
  const items: TimelineItem[] = [];
  let row = 0;
  for (const t of TRACKS) {
    const list = (byTrack.get(t.id) ?? []).sort((x, y) => x.a - y.a || x.b - y.b || x.entity.range.start.line - y.entity.range.start.line || x.entity.range.start.character - y.entity.range.start.character);
    const firstRow = row;
    for (const { entity, a, b } of list) {
      const d = entity.data;
      const title = textOf(d.title) ?? entity.id;
      const owner = teamName(model, d.owner);
      const uc = d.use_case !== undefined ? model.use_cases.get(d.use_case) : undefined;
      const weeksText = a === b ? `${labels.week.toLowerCase()} ${a}` : `${locale === 'nb' ? 'uke' : 'weeks'} ${a}–${b}`;
      const startDate = weeks[a - 1]?.start ?? null;
      const endDate = weeks[b - 1]?.end ?? null;
      const dates = startDate && endDate ? ` (${shortDate(startDate, locale)}–${shortDate(endDate, locale)})` : '';
      const ariaParts = [
        `${title}: ${weeksText}${dates}`,
        d.milestone === true ? labels.milestone : null,
        d.done === true ? labels.done : null,
        owner ? `${labels.owner.toLowerCase()} ${owner}` : null,
        uc ? `${labels.useCase.toLowerCase()} ${textOf(uc.data.title) ?? uc.id}` : null,
      ].filter((s): s is string => s !== null);
      items.push({
        ...refOf(entity, ariaParts.join(', ')),
        title,
        startWeek: a,
        endWeek: b,
        startDate,
        endDate,
        track: t.id,
        row: row++,
        milestone: d.milestone === true,
        done: d.done === true,
        owner,
        useCase: uc ? { id: uc.id, title: textOf(uc.data.title) ?? uc.id, range: uc.idRange, entityRange: uc.range } : null,
      });
    }
    // An empty track keeps one row so its band stays visible.
    if (row === firstRow) row++;
    tracks.push({ id: t.id, label: t[locale], firstWeek: t.first, lastWeek: t.last, firstRow, rowCount: row - firstRow });
  }
  let todayMark: TimelineView['today'] = null;
  const todayDay = today === undefined ? undefined : dayOf(today);
  if (start !== undefined && todayDay !== undefined && today !== undefined) {
    const days = todayDay - start;
    if (days >= 0 && days < 84) todayMark = { date: today, weeks: round((days + 0.5) / 7), label: `${labels.today} ${shortDate(today, locale)}` };
  }
  return { start: start === undefined ? null : isoOf(start), weeks, tracks, items, rowCount: row, notPlaced, today: todayMark, notice: start === undefined ? labels.noStart : null };
}
