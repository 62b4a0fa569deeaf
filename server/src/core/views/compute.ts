/**
 * The derived views of a roadmap (dsl.md, "Derived views"): the priority
 * matrix, the 90-day timeline, the risk heat map, the AI register and the KPI
 * board, computed as one plain JSON object. The webview, the HTML/SVG export
 * and the tests all draw from this; nothing downstream re-reads the model.
 *
 * Coordinates are final: the matrix in a unit square (x left→right by effort,
 * y top→bottom by value, so value 5 is at the top), the timeline in weeks and
 * rows. Every element carries its entity's section, id, the range of its id
 * key (for "reveal") and of the whole entity (for "highlight at cursor"), and
 * an aria label in the locale.
 * Must not depend on vscode or the LSP connection.
 */
import type { EntitySection, Kpi, PlanItem, Risk, UseCase } from '../../../../schemas/model';
import { type Entity, isActive, type RoadmapModel, weekSpan } from '../language/model';
import type { Range } from '../language/positions';
import { comparePriority, priorityOf, QUADRANT_LABELS, quadrantOf, type Quadrant } from '../language/priority';
import { TRACKS } from '../rules/plan-track-empty';
import type { Locale } from '../language/types';
import {
  enumLabel,
  formatNumber,
  formatPercent,
  REGISTER_COLUMNS,
  shortDate,
  tooLargeText,
  VIEW_NAMES,
  viewLabels,
  type RegisterColumn,
  type ViewLabels,
  type ViewName,
} from './labels';

export { VIEW_NAMES, REGISTER_COLUMNS, viewLabels, type ViewName, type ViewLabels, type RegisterColumn } from './labels';

/** What every drawn element knows about its entity. */
export interface ElementRef {
  /** `section:id`, unique across the views' entities. */
  key: string;
  section: EntitySection;
  id: string;
  /** The id key, revealed and selected on click. */
  range: Range;
  /** The whole entity, for highlighting the element under the editor's cursor. */
  entityRange: Range;
  aria: string;
}

export type RiskLevel = 'low' | 'medium' | 'high';

export interface MatrixBubble extends ElementRef {
  title: string;
  value: number;
  effort: number;
  feasibility: number | null;
  riskLevel: RiskLevel | null;
  quadrant: Quadrant;
  /** Priority score; null when feasibility is missing. */
  score: number | null;
  /** 1-based rank in the ranked list. */
  rank: number;
  /** Centre and radius in the unit square (y grows downwards). */
  x: number;
  y: number;
  r: number;
  /** Whether there is room for the title beside the bubble. */
  showLabel: boolean;
}

export interface QuadrantArea {
  id: Quadrant;
  label: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface NotPlaced extends ElementRef {
  title: string;
  /** The missing or invalid fields, e.g. ["value", "effort"]. */
  missing: string[];
  reason: string;
}

export interface MatrixView {
  quadrants: QuadrantArea[];
  /** In draw order (lower priority first, so the best sit on top). */
  bubbles: MatrixBubble[];
  /** Keys of the placed use cases, best first. */
  ranked: string[];
  notPlaced: NotPlaced[];
}

export interface TimelineWeek {
  week: number;
  /** ISO dates of the week's first and last day, when organization.start is set. */
  start: string | null;
  end: string | null;
  label: string;
  dateLabel: string | null;
}

export type TrackId = (typeof TRACKS)[number]['id'];

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

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type RiskCategory = 'technical' | 'legal' | 'organizational';

export interface RiskMarker extends ElementRef {
  title: string;
  category: RiskCategory | null;
  categoryLabel: string;
  likelihood: number;
  impact: number;
  score: number;
  severity: Severity;
}

export interface RiskCell {
  key: string;
  likelihood: number;
  impact: number;
  score: number;
  severity: Severity;
  risks: RiskMarker[];
  aria: string;
}

export interface RiskView {
  /** 25 cells: likelihood 5 → 1 (rows, top to bottom), impact 1 → 5 (columns). */
  cells: RiskCell[];
  notPlaced: NotPlaced[];
  categories: { id: RiskCategory | 'none'; label: string; count: number }[];
}

export interface RegisterRow extends ElementRef {
  title: string;
  stage: string;
  stageLabel: string;
  cells: Record<RegisterColumn, string | null>;
  missing: RegisterColumn[];
}

export interface RegisterView {
  columns: { id: RegisterColumn; label: string }[];
  rows: RegisterRow[];
}

export interface KpiCard extends ElementRef {
  name: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  direction: 'increase' | 'decrease' | null;
  directionLabel: string | null;
  actuals: { quarter: string; value: number }[];
  latest: { quarter: string; value: number } | null;
  /** 0–1 towards the target, direction-aware; null when not computable. */
  progress: number | null;
  progressLabel: string;
  /** "15 → 3 → 5 minutes" style summary. */
  summary: string;
}

export interface KpiView {
  cards: KpiCard[];
}

export interface RoadmapViews {
  /** Bumped when the shape changes; the webview ignores shapes it does not know. */
  schema: 1;
  locale: Locale;
  title: string;
  labels: ViewLabels;
  matrix: MatrixView;
  timeline: TimelineView;
  risks: RiskView;
  register: RegisterView;
  kpis: KpiView;
  /**
   * Views left empty because they are too large to draw (only when computed
   * with limits): the preview shows the message instead.
   */
  tooLarge?: Partial<Record<ViewName, TooLarge>>;
}

/** Why a view is not drawn: too many entities, or too much text, for one answer. */
export interface TooLarge {
  /** What was counted: the view's entities (use cases, plan items, risks or KPIs), or the bytes of its JSON. */
  unit: 'entities' | 'bytes';
  count: number;
  limit: number;
  /** In the views' locale, e.g. "Too large to draw: 12,345 use cases (the preview draws up to 2,000)". */
  message: string;
}

export interface ViewLimits {
  /** The most entities one view draws. */
  maxEntities: number;
  /** The most bytes (UTF-8 JSON) the views take together; the largest views give way first. */
  maxBytes: number;
}

/** What one `airoadmap/views` answer carries at most. */
export const PREVIEW_LIMITS: ViewLimits = { maxEntities: 2000, maxBytes: 8_000_000 };

// ---------------------------------------------------------------------------

function refOf(entity: Entity<unknown>, aria: string): ElementRef {
  return { key: `${entity.section}:${entity.id}`, section: entity.section, id: entity.id, range: entity.idRange, entityRange: entity.range, aria };
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function teamName(model: RoadmapModel, id: string | undefined): string | null {
  if (id === undefined) return null;
  return textOf(model.team.get(id)?.data.name) ?? id;
}

function listJoin(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'nb' ? ' og ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}

function missingReason(missing: string[], locale: Locale, what: 'matrix' | 'heat' | 'timeline'): string {
  const names = listJoin(missing, locale);
  if (what === 'timeline') return locale === 'nb' ? `Mangler gyldig ${names}.` : `Missing a valid ${names}.`;
  const where = what === 'matrix' ? (locale === 'nb' ? 'matrisen' : 'the matrix') : locale === 'nb' ? 'risikokartet' : 'the heat map';
  return locale === 'nb' ? `Mangler gyldig ${names}, så den står ikke i ${where}.` : `Missing a valid ${names}, so it is not in ${where}.`;
}

// --- matrix ----------------------------------------------------------------

/** One score step in the unit square. */
const CELL = 0.2;
/** Radius of a feasibility-5 bubble alone in its cell; area grows with feasibility. */
const MAX_RADIUS = 0.05;
const DEFAULT_FEASIBILITY = 3;

export function matrixX(effort: number): number {
  return (effort - 0.5) * CELL;
}

export function matrixY(value: number): number {
  return 1 - (value - 0.5) * CELL;
}

export function bubbleRadius(feasibility: number | null): number {
  return MAX_RADIUS * Math.sqrt((feasibility ?? DEFAULT_FEASIBILITY) / 5);
}

function computeMatrix(model: RoadmapModel, locale: Locale, labels: ViewLabels): MatrixView {
  interface Placed {
    entity: Entity<UseCase>;
    title: string;
    value: number;
    effort: number;
    feasibility: number | null;
    score: number | null;
    quadrant: Quadrant;
  }
  const placed: Placed[] = [];
  const notPlaced: NotPlaced[] = [];
  for (const u of model.use_cases.values()) {
    const d = u.data;
    const title = textOf(d.title) ?? u.id;
    if (d.value === undefined || d.effort === undefined) {
      const missing = (['value', 'effort'] as const).filter((f) => d[f] === undefined);
      const reason = missingReason([...missing], locale, 'matrix');
      notPlaced.push({ ...refOf(u, `${title}: ${reason}`), title, missing: [...missing], reason });
      continue;
    }
    const priority = priorityOf(d);
    placed.push({
      entity: u,
      title,
      value: d.value,
      effort: d.effort,
      feasibility: d.feasibility ?? null,
      score: priority?.score ?? null,
      quadrant: priority?.quadrant ?? quadrantOf(d.value, d.effort),
    });
  }
  // Ranked: scored ones by the documented comparison, then the unscored by id.
  const ranked = [...placed].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
      return b.value - a.value || a.effort - b.effort || a.entity.id.localeCompare(b.entity.id);
    }
    return comparePriority({ id: a.entity.id, score: a.score, value: a.value, effort: a.effort }, { id: b.entity.id, score: b.score, value: b.value, effort: b.effort });
  });
  const rankOf = new Map<Placed, number>();
  ranked.forEach((p, i) => rankOf.set(p, i + 1));

  // Bubbles sharing a cell are laid out on a grid inside it, best rank first;
  // each slot is at least one diameter wide, so no two bubbles overlap.
  const byCell = new Map<string, Placed[]>();
  for (const p of ranked) {
    const cellKey = `${p.effort}:${p.value}`;
    const list = byCell.get(cellKey);
    if (list) list.push(p);
    else byCell.set(cellKey, [p]);
  }
  const bubbles: MatrixBubble[] = [];
  for (const members of byCell.values()) {
    const n = members.length;
    const cols = Math.ceil(Math.sqrt(n));
    const rows = Math.ceil(n / cols);
    const usable = CELL * 0.92;
    const slot = usable / Math.max(cols, rows);
    members.forEach((p, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      const inRow = row === rows - 1 ? n - row * cols : cols;
      // Centre short last rows so the group stays balanced.
      const rowOffset = ((cols - inRow) * slot) / 2;
      const cx = matrixX(p.effort) - (cols * slot) / 2 + slot / 2 + col * slot + rowOffset;
      const cy = matrixY(p.value) - (rows * slot) / 2 + slot / 2 + row * slot;
      const r = n === 1 ? bubbleRadius(p.feasibility) : Math.min(bubbleRadius(p.feasibility), slot * 0.45);
      const rank = rankOf.get(p)!;
      const riskLevel = p.entity.data.risk_level ?? null;
      const quadrantLabel = QUADRANT_LABELS[p.quadrant][locale];
      const parts = [
        `${labels.valueAxis} ${p.value}`,
        `${labels.effortAxis.toLowerCase()} ${p.effort}`,
        p.feasibility === null ? null : `${locale === 'nb' ? 'gjennomførbarhet' : 'feasibility'} ${p.feasibility}`,
        labels.riskLevels[riskLevel ?? 'unknown'],
        quadrantLabel,
        p.score === null ? null : `${labels.score.toLowerCase()} ${formatNumber(p.score, locale)}`,
        `${labels.rank.toLowerCase()} ${rank}`,
      ].filter((s): s is string => s !== null);
      parts[0] = parts[0]!.toLowerCase();
      bubbles.push({
        ...refOf(p.entity, `${p.title}: ${parts.join(', ')}`),
        title: p.title,
        value: p.value,
        effort: p.effort,
        feasibility: p.feasibility,
        riskLevel,
        quadrant: p.quadrant,
        score: p.score,
        rank,
        x: round(cx),
        y: round(cy),
        r: round(r),
        showLabel: n <= 2,
      });
    });
  }
  bubbles.sort((a, b) => b.rank - a.rank);
  const quadrants: QuadrantArea[] = [
    { id: 'quick-wins', label: QUADRANT_LABELS['quick-wins'][locale], x0: 0, y0: 0, x1: 2 * CELL, y1: 3 * CELL },
    { id: 'major-projects', label: QUADRANT_LABELS['major-projects'][locale], x0: 2 * CELL, y0: 0, x1: 1, y1: 3 * CELL },
    { id: 'fill-ins', label: QUADRANT_LABELS['fill-ins'][locale], x0: 0, y0: 3 * CELL, x1: 2 * CELL, y1: 1 },
    { id: 'money-pits', label: QUADRANT_LABELS['money-pits'][locale], x0: 2 * CELL, y0: 3 * CELL, x1: 1, y1: 1 },
  ].map((q) => ({ ...q, x0: round(q.x0), y0: round(q.y0), x1: round(q.x1), y1: round(q.y1) })) as QuadrantArea[];
  return { quadrants, bubbles, ranked: ranked.map((p) => `use_cases:${p.entity.id}`), notPlaced };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

// --- timeline --------------------------------------------------------------

const DAY_MS = 86_400_000;

function parseIsoDate(iso: string | undefined): number | null {
  if (iso === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? t : null;
}

function isoOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

function trackOfWeek(week: number): TrackId {
  return (TRACKS.find((t) => week >= t.first && week <= t.last) ?? TRACKS[0]).id;
}

function computeTimeline(model: RoadmapModel, locale: Locale, labels: ViewLabels, today: string | undefined): TimelineView {
  const startIso = model.organization.data.start;
  const start = parseIsoDate(startIso);
  const weeks: TimelineWeek[] = [];
  for (let w = 1; w <= 12; w++) {
    const ws = start === null ? null : isoOf(start + 7 * (w - 1) * DAY_MS);
    const we = start === null ? null : isoOf(start + (7 * w - 1) * DAY_MS);
    weeks.push({ week: w, start: ws, end: we, label: `${labels.weekShort}${w}`, dateLabel: ws === null ? null : shortDate(ws, locale) });
  }
  const byTrack = new Map<TrackId, { entity: Entity<PlanItem>; a: number; b: number }[]>();
  const notPlaced: NotPlaced[] = [];
  for (const item of model.plan.values()) {
    const title = textOf(item.data.title) ?? item.id;
    if (item.data.weeks === undefined) {
      const reason = missingReason(['weeks'], locale, 'timeline');
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
    const list = (byTrack.get(t.id) ?? []).sort((x, y) => x.a - y.a || x.b - y.b || x.entity.startOffset - y.entity.startOffset);
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
  const todayT = parseIsoDate(today);
  if (start !== null && todayT !== null && today !== undefined) {
    const days = (todayT - start) / DAY_MS;
    if (days >= 0 && days < 84) todayMark = { date: today, weeks: round((days + 0.5) / 7), label: `${labels.today} ${shortDate(today, locale)}` };
  }
  return { start: start === null ? null : isoOf(start), weeks, tracks, items, rowCount: row, notPlaced, today: todayMark, notice: start === null ? labels.noStart : null };
}

// --- risk heat map -----------------------------------------------------------

export function severityOf(score: number): Severity {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 15) return 'high';
  return 'critical';
}

function computeRisks(model: RoadmapModel, locale: Locale, labels: ViewLabels): RiskView {
  const cells: RiskCell[] = [];
  const index = new Map<string, RiskCell>();
  for (let l = 5; l >= 1; l--) {
    for (let i = 1; i <= 5; i++) {
      const score = l * i;
      const cell: RiskCell = { key: `cell:${l}-${i}`, likelihood: l, impact: i, score, severity: severityOf(score), risks: [], aria: '' };
      cells.push(cell);
      index.set(`${l}-${i}`, cell);
    }
  }
  const notPlaced: NotPlaced[] = [];
  const counts: Record<RiskCategory | 'none', number> = { technical: 0, legal: 0, organizational: 0, none: 0 };
  for (const risk of model.risks.values()) {
    const d: Partial<Risk> = risk.data;
    const title = textOf(d.title) ?? risk.id;
    if (d.likelihood === undefined || d.impact === undefined) {
      const missing = (['likelihood', 'impact'] as const).filter((f) => d[f] === undefined);
      const reason = missingReason([...missing], locale, 'heat');
      notPlaced.push({ ...refOf(risk, `${title}: ${reason}`), title, missing: [...missing], reason });
      continue;
    }
    const score = d.likelihood * d.impact;
    const severity = severityOf(score);
    const category = d.category ?? null;
    counts[category ?? 'none']++;
    const categoryLabel = labels.categories[category ?? 'none'];
    const aria =
      locale === 'nb'
        ? `${title}: ${categoryLabel.toLowerCase()}, sannsynlighet ${d.likelihood}, konsekvens ${d.impact}, alvorlighet ${labels.severities[severity]} (${score})`
        : `${title}: ${categoryLabel.toLowerCase()}, likelihood ${d.likelihood}, impact ${d.impact}, severity ${labels.severities[severity]} (${score})`;
    index.get(`${d.likelihood}-${d.impact}`)!.risks.push({
      ...refOf(risk, aria),
      title,
      category,
      categoryLabel,
      likelihood: d.likelihood,
      impact: d.impact,
      score,
      severity,
    });
  }
  for (const cell of cells) {
    const head =
      locale === 'nb'
        ? `Sannsynlighet ${cell.likelihood}, konsekvens ${cell.impact}, alvorlighet ${labels.severities[cell.severity]}`
        : `Likelihood ${cell.likelihood}, impact ${cell.impact}, severity ${labels.severities[cell.severity]}`;
    const body = cell.risks.length === 0 ? labels.noRisksInCell : `${cell.risks.length} ${labels.risksInCell}: ${cell.risks.map((r) => r.title).join('; ')}`;
    cell.aria = `${head}: ${body}`;
  }
  const categories = (['technical', 'legal', 'organizational', 'none'] as const)
    .filter((c) => c !== 'none' || counts.none > 0)
    .map((c) => ({ id: c, label: labels.categories[c], count: counts[c] }));
  return { cells, notPlaced, categories };
}

// --- AI register --------------------------------------------------------------

function computeRegister(model: RoadmapModel, locale: Locale, labels: ViewLabels): RegisterView {
  const rows: RegisterRow[] = [];
  for (const u of model.use_cases.values()) {
    const d = u.data;
    if (d.stage !== 'poc' && d.stage !== 'pilot' && d.stage !== 'production') continue;
    const title = textOf(d.title) ?? u.id;
    const sources = (d.data_sources ?? []).map((id) => textOf(model.data_sources.get(id)?.data.name) ?? id);
    const cells: Record<RegisterColumn, string | null> = {
      model: textOf(d.model),
      data_sources: sources.length > 0 ? sources.join(', ') : null,
      purpose: textOf(d.purpose),
      owner: teamName(model, d.owner),
      ai_act: d.ai_act ? enumLabel('ai_act', d.ai_act, locale) : null,
      hosting_region: d.hosting_region ? enumLabel('hosting_region', d.hosting_region, locale) : null,
    };
    const missing = REGISTER_COLUMNS.filter((c) => cells[c] === null);
    const stageLabel = enumLabel('stage', d.stage, locale);
    const described = REGISTER_COLUMNS.map((c) => `${labels.columns[c].toLowerCase()} ${cells[c] ?? labels.missing}`);
    rows.push({ ...refOf(u, `${title} (${stageLabel}): ${described.join(', ')}`), title, stage: d.stage, stageLabel, cells, missing });
  }
  return { columns: REGISTER_COLUMNS.map((id) => ({ id, label: labels.columns[id] })), rows };
}

// --- KPI board ------------------------------------------------------------------

/** Progress from baseline towards target, 0–1; null when it cannot be computed or the target points the wrong way. */
export function kpiProgress(baseline: number | undefined, target: number | undefined, actual: number | undefined, direction: 'increase' | 'decrease' | undefined): number | null {
  if (baseline === undefined || target === undefined || actual === undefined) return null;
  const span = target - baseline;
  if (span === 0) return null;
  const dir = direction ?? (span > 0 ? 'increase' : 'decrease');
  // A target on the wrong side of the baseline (kpi-target-direction) has no meaningful progress.
  if ((dir === 'increase' && span < 0) || (dir === 'decrease' && span > 0)) return null;
  const p = (actual - baseline) / span;
  return Math.max(0, Math.min(1, round(p)));
}

function computeKpis(model: RoadmapModel, locale: Locale, labels: ViewLabels): KpiView {
  const cards: KpiCard[] = [];
  for (const k of model.kpis.values()) {
    const d: Partial<Kpi> = k.data;
    const name = textOf(d.name) ?? k.id;
    const actuals = Object.entries(d.actuals ?? {})
      .filter(([q, v]) => /^\d{4}-Q[1-4]$/.test(q) && typeof v === 'number' && Number.isFinite(v))
      .map(([quarter, value]) => ({ quarter, value }))
      .sort((a, b) => a.quarter.localeCompare(b.quarter));
    const latest = actuals.length > 0 ? actuals[actuals.length - 1]! : null;
    const progress = kpiProgress(d.baseline, d.target, latest?.value, d.direction);
    const unit = textOf(d.unit);
    const fmt = (n: number | undefined) => (n === undefined ? '?' : formatNumber(n, locale));
    const summary = `${fmt(d.baseline)} → ${fmt(d.target)}${latest ? ` (${labels.latest.toLowerCase()} ${fmt(latest.value)}, ${latest.quarter})` : ''}${unit ? ` ${unit}` : ''}`;
    const progressLabel = progress === null ? labels.noProgress : formatPercent(progress, locale);
    const aria = [
      `${name}: ${labels.baseline.toLowerCase()} ${fmt(d.baseline)}`,
      `${labels.target.toLowerCase()} ${fmt(d.target)}`,
      latest ? `${labels.latest.toLowerCase()} ${fmt(latest.value)} (${latest.quarter})` : null,
      unit,
      d.direction ? labels.direction[d.direction] : null,
      `${labels.progress.toLowerCase()} ${progressLabel}`,
    ]
      .filter((s): s is string => s !== null)
      .join(', ');
    cards.push({
      ...refOf(k, aria),
      name,
      unit,
      baseline: d.baseline ?? null,
      target: d.target ?? null,
      direction: d.direction ?? null,
      directionLabel: d.direction ? labels.direction[d.direction] : null,
      actuals,
      latest,
      progress,
      progressLabel,
      summary,
    });
  }
  return { cards };
}

// ---------------------------------------------------------------------------------

/**
 * Every view of the model in one JSON-serialisable object. `today` (YYYY-MM-DD)
 * places today's line on the timeline; without it there is none, so the
 * function stays pure. With `limits`, a view over them is left empty and
 * named in `tooLarge` (see boundedViews).
 */
export function computeViews(model: RoadmapModel, locale: Locale, today?: string, limits?: ViewLimits): RoadmapViews {
  const labels = viewLabels(locale);
  if (limits) return boundedViews(model, locale, labels, today, limits);
  return {
    schema: 1,
    locale,
    title: textOf(model.organization.data.name) ?? labels.documentTitle,
    labels,
    matrix: computeMatrix(model, locale, labels),
    timeline: computeTimeline(model, locale, labels, today),
    risks: computeRisks(model, locale, labels),
    register: computeRegister(model, locale, labels),
    kpis: computeKpis(model, locale, labels),
  };
}

// --- bounded views ------------------------------------------------------------------

/** The entities each view draws, and how many it would draw. */
const DRAWN: Record<ViewName, { section: EntitySection; count: (model: RoadmapModel) => number }> = {
  matrix: { section: 'use_cases', count: (m) => m.use_cases.size },
  register: { section: 'use_cases', count: (m) => [...m.use_cases.values()].filter(isActive).length },
  timeline: { section: 'plan', count: (m) => m.plan.size },
  risks: { section: 'risks', count: (m) => m.risks.size },
  kpis: { section: 'kpis', count: (m) => m.kpis.size },
};

/** The model seen without one section's entities (the rest read through from the model itself). */
function withoutEntities(model: RoadmapModel, section: EntitySection): RoadmapModel {
  return Object.create(model, { [section]: { value: new Map() } }) as RoadmapModel;
}

/** The longest document title a bounded answer carries. */
const MAX_TITLE = 1000;

function cutTitle(title: string): string {
  if (title.length <= MAX_TITLE) return title;
  let cut = MAX_TITLE - 1;
  if (/[\ud800-\udbff]/.test(title.charAt(cut - 1))) cut--; // never split a surrogate pair
  return `${title.slice(0, cut)}…`;
}

/** Bytes of a string in UTF-8 (JSON.stringify escapes lone surrogates, so pairs are all there is). */
function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value));
}

/** Room for the keys and commas that join the parts of the answer. */
const JOINS = 1024;

/**
 * The views of `computeViews`, bounded for one answer: a view with more
 * than `maxEntities` entities is not computed at all, and while the whole
 * answer would exceed `maxBytes` the largest view still drawn gives way.
 * Each view left empty is named in `tooLarge` with a message in the locale.
 */
function boundedViews(model: RoadmapModel, locale: Locale, labels: ViewLabels, today: string | undefined, limits: ViewLimits): RoadmapViews {
  const tooLarge: Partial<Record<ViewName, TooLarge>> = {};
  const refuse = (view: ViewName, unit: TooLarge['unit'], count: number, limit: number): RoadmapModel => {
    tooLarge[view] = { unit, count, limit, message: tooLargeText(view, unit, count, limit, locale) };
    return withoutEntities(model, DRAWN[view].section);
  };
  const source = (view: ViewName): RoadmapModel => {
    const count = DRAWN[view].count(model);
    return count > limits.maxEntities ? refuse(view, 'entities', count, limits.maxEntities) : model;
  };
  const parts = {
    matrix: computeMatrix(source('matrix'), locale, labels),
    timeline: computeTimeline(source('timeline'), locale, labels, today),
    risks: computeRisks(source('risks'), locale, labels),
    register: computeRegister(source('register'), locale, labels),
    kpis: computeKpis(source('kpis'), locale, labels),
  };
  const head = { schema: 1 as const, locale, title: cutTitle(textOf(model.organization.data.name) ?? labels.documentTitle), labels };
  const sizes = new Map<ViewName, number>(VIEW_NAMES.map((v) => [v, jsonBytes(parts[v])]));
  const total = (): number => jsonBytes(head) + jsonBytes(tooLarge) + JOINS + [...sizes.values()].reduce((a, b) => a + b, 0);
  while (total() > limits.maxBytes) {
    const drawn = VIEW_NAMES.filter((v) => !tooLarge[v]).sort((a, b) => sizes.get(b)! - sizes.get(a)!);
    const largest = drawn[0];
    if (largest === undefined) break;
    const empty = refuse(largest, 'bytes', sizes.get(largest)!, limits.maxBytes);
    switch (largest) {
      case 'matrix':
        parts.matrix = computeMatrix(empty, locale, labels);
        break;
      case 'timeline':
        parts.timeline = computeTimeline(empty, locale, labels, today);
        break;
      case 'risks':
        parts.risks = computeRisks(empty, locale, labels);
        break;
      case 'register':
        parts.register = computeRegister(empty, locale, labels);
        break;
      case 'kpis':
        parts.kpis = computeKpis(empty, locale, labels);
        break;
    }
    sizes.set(largest, jsonBytes(parts[largest]));
  }
  return { ...head, ...parts, tooLarge };
}

/** Today's date as YYYY-MM-DD in local time (for callers that place today's line). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type { ViewName as RoadmapViewName };
