/**
 * The quarterly steering report ("Lag kvartalsvise ROI-rapporter"): the
 * 90-day plan's status, the budget, the portfolio, the KPIs, the risks,
 * compliance and the open problems, computed from the same views as the
 * previews (timeline, matrix, KPI board, heat map, register) and the budget
 * sum, as a small document (headings, paragraphs, tables, lists) whose text
 * says where it comes from: our words or the file's. report-markdown.ts writes
 * it as GitHub-flavoured Markdown (a job summary, a pull-request comment),
 * report-html.ts as a self-contained, print-ready page; each escapes the
 * file's text for its kind of output, in one place.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { RoadmapModel } from '../language/model';
import { QUADRANT_LABELS, type Quadrant } from '../language/priority';
import type { Severity as FindingSeverity } from '../language/codes';
import type { GuideRanges, Locale, RoadmapDiagnostic } from '../language/types';
import { formatDate, formatNumber } from '../texts/format';
import { computeViews } from './compute';
import { enumLabel } from './format';

const TEXT = {
  en: {
    titleSuffix: ': quarterly AI report',
    asOf: (date: string) => `As of ${date}.`,
    plan: '90-day plan',
    planCounts: (done: number, all: number, overdue: number) => `${done} of ${all} items done, ${overdue} overdue.`,
    noPlan: 'No plan items.',
    overdue: 'Overdue',
    next: 'Next',
    item: 'Item',
    weeks: 'Weeks',
    owner: 'Owner',
    budget: 'Budget',
    portfolio: 'Portfolio',
    stage: 'Status',
    useCases: 'Use cases',
    quadrant: 'Quadrant',
    top: 'Top priorities',
    rank: 'Rank',
    useCase: 'Use case',
    score: 'Priority',
    quickWins: 'Quick wins',
    none: 'None.',
    kpis: 'KPIs',
    kpi: 'KPI',
    baselineLatestTarget: 'Baseline → latest → target',
    progress: 'Progress',
    perQuarter: 'Per quarter',
    noKpis: 'No KPIs.',
    risks: 'Risks',
    risk: 'Risk',
    likelihoodImpact: 'Likelihood × impact',
    noMitigation: 'Without mitigation',
    noRisks: 'No risks.',
    compliance: 'Compliance',
    registerComplete: (complete: number, all: number) => `AI register: ${complete} of ${all} active use cases complete.`,
    aiAct: 'AI Act classes',
    unclassified: 'not classified',
    outsideEu: 'Personal data outside the EU',
    problems: 'Open problems',
    severity: 'Severity',
    count: 'Count',
    line: 'Line',
    message: 'Message',
    severities: { error: 'errors', warning: 'warnings', info: 'info', hint: 'hints' } satisfies Record<FindingSeverity, string>,
    noProblems: 'No problems.',
  },
  nb: {
    titleSuffix: ': kvartalsrapport for KI',
    asOf: (date: string) => `Per ${date}.`,
    plan: '90-dagersplanen',
    planCounts: (done: number, all: number, overdue: number) => `${done} av ${all} oppgaver er gjort, ${overdue} er forsinket.`,
    noPlan: 'Ingen oppgaver i planen.',
    overdue: 'Forsinket',
    next: 'Neste',
    item: 'Oppgave',
    weeks: 'Uker',
    owner: 'Ansvarlig',
    budget: 'Budsjett',
    portfolio: 'Porteføljen',
    stage: 'Status',
    useCases: 'Brukstilfeller',
    quadrant: 'Kvadrant',
    top: 'Høyest prioritert',
    rank: 'Plass',
    useCase: 'Brukstilfelle',
    score: 'Prioritet',
    quickWins: 'Raske gevinster',
    none: 'Ingen.',
    kpis: 'KPI-er',
    kpi: 'KPI',
    baselineLatestTarget: 'Utgangspunkt → siste → mål',
    progress: 'Fremdrift',
    perQuarter: 'Per kvartal',
    noKpis: 'Ingen KPI-er.',
    risks: 'Risikoer',
    risk: 'Risiko',
    likelihoodImpact: 'Sannsynlighet × konsekvens',
    noMitigation: 'Uten tiltak',
    noRisks: 'Ingen risikoer.',
    compliance: 'Etterlevelse',
    registerComplete: (complete: number, all: number) => `KI-registeret: ${complete} av ${all} aktive brukstilfeller er komplette.`,
    aiAct: 'Klasser etter KI-forordningen',
    unclassified: 'ikke klassifisert',
    outsideEu: 'Personopplysninger utenfor EU',
    problems: 'Åpne problemer',
    severity: 'Alvorlighet',
    count: 'Antall',
    line: 'Linje',
    message: 'Melding',
    severities: { error: 'feil', warning: 'advarsler', info: 'info', hint: 'hint' } satisfies Record<FindingSeverity, string>,
    noProblems: 'Ingen problemer.',
  },
} as const;

/** A run of text: our own words and numbers, the file's text, or our words set off. */
export type Inline =
  | { kind: 'ours'; text: string }
  | { kind: 'file'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string };

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; content: readonly Inline[] }
  | { kind: 'paragraph'; content: readonly Inline[] }
  /** `numeric`: the columns holding numbers (right-aligned where the output can). */
  | { kind: 'table'; head: readonly string[]; rows: readonly (readonly Inline[])[][]; numeric: readonly number[] }
  | { kind: 'list'; items: readonly (readonly Inline[])[] };

export interface ReportDocument {
  locale: Locale;
  /** Plain text (the page's title). */
  title: string;
  blocks: ReportBlock[];
}

const ours = (text: string): Inline => ({ kind: 'ours', text });
const file = (text: string | null | undefined): Inline => ({ kind: 'file', text: text ?? '' });
const strong = (text: string): Inline => ({ kind: 'strong', text });
const code = (text: string): Inline => ({ kind: 'code', text });
const heading = (level: 1 | 2 | 3, ...content: Inline[]): ReportBlock => ({ kind: 'heading', level, content });
const paragraph = (...content: Inline[]): ReportBlock => ({ kind: 'paragraph', content });
const list = (items: readonly (readonly Inline[])[]): ReportBlock => ({ kind: 'list', items });
/** A table whose cells are single runs (a string is our own text) or several. */
function table(head: readonly string[], rows: readonly (readonly (string | Inline | readonly Inline[])[])[], numeric: readonly number[] = []): ReportBlock {
  const cell = (c: string | Inline | readonly Inline[]): readonly Inline[] => (typeof c === 'string' ? [ours(c)] : Array.isArray(c) ? c : [c as Inline]);
  return { kind: 'table', head, rows: rows.map((r) => r.map(cell)), numeric };
}

const ACTIVE = new Set(['poc', 'pilot', 'production']);
const SEVERITIES: readonly FindingSeverity[] = ['error', 'warning', 'info', 'hint'];

/**
 * The report as a document. `diagnostics` are the file's (checkText with the
 * same today and guides); `today` is YYYY-MM-DD.
 */
export function reportDocument(model: RoadmapModel, diagnostics: readonly RoadmapDiagnostic[], locale: Locale, today: string, guides?: GuideRanges): ReportDocument {
  const t = TEXT[locale];
  const views = computeViews(model, locale, today, undefined, guides);
  const out: ReportBlock[] = [];
  const org = typeof model.organization.data.name === 'string' ? model.organization.data.name : views.title;
  out.push(heading(1, file(org), ours(t.titleSuffix)), paragraph(ours(t.asOf(formatDate(today, locale)))));

  // The 90-day plan, from the timeline.
  out.push(heading(2, ours(t.plan)));
  const items = views.timeline.items;
  const isOverdue = (i: (typeof items)[number]) => !i.done && i.endDate !== null && i.endDate < today;
  const overdue = items.filter(isOverdue);
  const next = items.filter((i) => !i.done && !isOverdue(i)).sort((a, b) => a.startWeek - b.startWeek).slice(0, 5);
  const weeks = (i: (typeof items)[number]) => (i.startWeek === i.endWeek ? String(i.startWeek) : `${i.startWeek}–${i.endWeek}`);
  const rows = (list: typeof items) => list.map((i) => [file(i.title), weeks(i), file(i.owner)]);
  if (items.length === 0) out.push(paragraph(ours(t.noPlan)));
  else {
    out.push(paragraph(ours(t.planCounts(items.filter((i) => i.done).length, items.length, overdue.length))));
    if (overdue.length > 0) out.push(heading(3, ours(t.overdue)), table([t.item, t.weeks, t.owner], rows(overdue), [1]));
    if (next.length > 0) out.push(heading(3, ours(t.next)), table([t.item, t.weeks, t.owner], rows(next), [1]));
  }

  // The budget: the planned first-year cost against first_year and the guide (the budget tab's figures and words).
  const b = views.budget;
  const L = views.labels;
  const budgetRows: (string | Inline)[][] = [
    ...b.parts.map((p) => [p.label, p.text]),
    [strong(L.plannedCost), strong(b.totalText)],
    [L.firstYearBudget, b.firstYearText],
  ];
  if (b.balance) budgetRows.push([b.balance.kind === 'left' ? L.budgetLeft : L.budgetOver, b.balance.text]);
  out.push(heading(2, ours(t.budget)), table([L.budgetPart, L.budgetAmount], budgetRows, [1]));
  if (b.guide) out.push(paragraph(ours(b.guide.text)));

  // The portfolio: stages, quadrants, top priorities, quick wins (the matrix).
  out.push(heading(2, ours(t.portfolio)));
  const stages = new Map<string, number>();
  for (const u of model.use_cases.values()) {
    const stage = u.data.stage ?? '';
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
  }
  out.push(table([t.stage, t.useCases], [...stages].map(([stage, n]) => [stage ? file(enumLabel('stage', stage, locale)) : '–', String(n)]), [1]));
  const bubbles = new Map(views.matrix.bubbles.map((b) => [b.key, b]));
  const quadrants = new Map<Quadrant, number>();
  for (const b of views.matrix.bubbles) quadrants.set(b.quadrant, (quadrants.get(b.quadrant) ?? 0) + 1);
  if (quadrants.size > 0) out.push(table([t.quadrant, t.useCases], [...quadrants].map(([q, n]) => [QUADRANT_LABELS[q][locale], String(n)]), [1]));
  const ranked = views.matrix.ranked.map((k) => bubbles.get(k)).filter((b) => b !== undefined);
  out.push(heading(3, ours(t.top)));
  out.push(ranked.length === 0 ? paragraph(ours(t.none)) : table([t.rank, t.useCase, t.score, t.quadrant], ranked.slice(0, 5).map((b) => [String(b.rank), file(b.title), b.score === null ? '–' : formatNumber(b.score, locale, 1), QUADRANT_LABELS[b.quadrant][locale]]), [0, 2]));
  const quick = ranked.filter((b) => b.quadrant === 'quick-wins');
  out.push(heading(3, ours(t.quickWins)), quick.length === 0 ? paragraph(ours(t.none)) : list(quick.map((b) => [file(b.title)])));

  // KPIs, from the board.
  out.push(heading(2, ours(t.kpis)));
  const cards = views.kpis.cards;
  const value = (n: number | null) => (n === null ? '–' : formatNumber(n, locale));
  out.push(
    cards.length === 0
      ? paragraph(ours(t.noKpis))
      : table(
          [t.kpi, t.baselineLatestTarget, t.progress, t.perQuarter],
          cards.map((c) => [
            file(c.name),
            [ours(`${value(c.baseline)} → ${value(c.latest?.value ?? null)} → ${value(c.target)}`), ...(c.unit ? [ours(' '), file(c.unit)] : [])],
            file(c.progressLabel),
            c.actuals.length === 0 ? '–' : c.actuals.flatMap((a, i) => [...(i > 0 ? [ours(', ')] : []), file(a.quarter), ours(`: ${formatNumber(a.value, locale)}`)]),
          ]),
        ),
  );

  // Risks, from the heat map.
  out.push(heading(2, ours(t.risks)));
  const markers = views.risks.cells.flatMap((c) => c.risks).sort((a, b) => b.score - a.score);
  const unmitigated = [...model.risks.values()].filter((r) => !r.has('mitigation'));
  if (markers.length === 0 && unmitigated.length === 0) out.push(paragraph(ours(t.noRisks)));
  if (markers.length > 0) out.push(table([t.risk, t.likelihoodImpact], markers.slice(0, 5).map((m) => [file(m.title), `${m.likelihood} × ${m.impact} = ${m.score}`]), [1]));
  if (unmitigated.length > 0) out.push(heading(3, ours(t.noMitigation)), list(unmitigated.map((r) => [file(typeof r.data.title === 'string' ? r.data.title : r.id)])));

  // Compliance: the register, the AI Act classes, personal data outside the EU.
  out.push(heading(2, ours(t.compliance)));
  const register = views.register.rows;
  out.push(paragraph(ours(t.registerComplete(register.filter((r) => r.missing.length === 0).length, register.length))));
  const active = [...model.use_cases.values()].filter((u) => ACTIVE.has(u.data.stage ?? ''));
  const classes = new Map<string, number>();
  for (const u of active) {
    const c = u.data.ai_act ? enumLabel('ai_act', u.data.ai_act, locale) : t.unclassified;
    classes.set(c, (classes.get(c) ?? 0) + 1);
  }
  if (classes.size > 0) out.push(table([t.aiAct, t.useCases], [...classes].map(([c, n]) => [file(c), String(n)]), [1]));
  const outside = active.filter((u) => u.data.hosting_region === 'non_eu' && (u.data.data_sources ?? []).some((id) => model.data_sources.get(id)?.data.personal_data === true));
  out.push(heading(3, ours(t.outsideEu)), outside.length === 0 ? paragraph(ours(t.none)) : list(outside.map((u) => [file(typeof u.data.title === 'string' ? u.data.title : u.id)])));

  // The open problems, by severity, the most severe first.
  out.push(heading(2, ours(t.problems)));
  if (diagnostics.length === 0) out.push(paragraph(ours(t.noProblems)));
  else {
    out.push(table([t.severity, t.count], SEVERITIES.map((s) => [(t.severities as Record<FindingSeverity, string>)[s], String(diagnostics.filter((d) => d.severity === s).length)]), [1]));
    const worst = [...diagnostics].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.range.start.line - b.range.start.line).slice(0, 10);
    out.push(table([t.line, t.severity, t.message], worst.map((d) => [String(d.range.start.line + 1), [ours(`${d.severity} `), code(d.code)], file(d.message)]), [0]));
  }
  return { locale, title: `${org}${t.titleSuffix}`, blocks: out };
}
