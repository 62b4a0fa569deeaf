/**
 * The quarterly steering report ("Lag kvartalsvise ROI-rapporter"): the
 * 90-day plan's status, the budget, the portfolio, the KPIs, the risks,
 * compliance and the open problems, computed from the same views as the
 * previews (timeline, matrix, KPI board, heat map, register) and the budget
 * sum, then written as GitHub-flavoured Markdown (tables, no HTML) for a job
 * summary or a pull-request comment. Every text from the file goes through
 * escapeMarkdown (one line, punctuation escaped, so `|` never ends a cell).
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import { plannedFirstYearCost, currencyOf } from '../language/budget';
import { EUR_GUIDES, effectiveGuides } from '../language/check';
import type { RoadmapModel } from '../language/model';
import { QUADRANT_LABELS, type Quadrant } from '../language/priority';
import type { Severity as FindingSeverity } from '../language/codes';
import type { Locale, RoadmapDiagnostic } from '../language/types';
import { formatDate, formatMoney, formatNumber } from '../texts/format';
import { escapeMarkdown } from '../texts/guidance';
import { computeViews } from './compute';
import { enumLabel } from './format';

const TEXT = {
  en: {
    title: (org: string) => `${org}: quarterly AI report`,
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
    part: 'Part',
    amount: 'Amount',
    oneTime: 'One-time costs',
    running: 'Running costs, 12 months',
    training: 'Training',
    consulting: 'External advice',
    total: 'Planned first-year cost',
    firstYear: 'Budget for the first year',
    notSet: 'not set',
    left: 'Left',
    over: 'Over budget by',
    guide: (span: string) => `Guide for a mid-sized company: ${span}.`,
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
    title: (org: string) => `${org}: kvartalsrapport for KI`,
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
    part: 'Del',
    amount: 'Beløp',
    oneTime: 'Engangskostnader',
    running: 'Driftskostnader, 12 måneder',
    training: 'Opplæring',
    consulting: 'Ekstern rådgivning',
    total: 'Planlagt kostnad første år',
    firstYear: 'Budsjett for første år',
    notSet: 'ikke satt',
    left: 'Igjen',
    over: 'Over budsjettet med',
    guide: (span: string) => `Veiledende for en mellomstor virksomhet: ${span}.`,
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

/** A Markdown table; every cell is already Markdown (escaped text or our own words and numbers). */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const md = (text: string | null | undefined): string => escapeMarkdown(text ?? '');
const ACTIVE = new Set(['poc', 'pilot', 'production']);
const SEVERITIES: readonly FindingSeverity[] = ['error', 'warning', 'info', 'hint'];

/**
 * The report as Markdown. `diagnostics` are the file's (checkText with the
 * same today); `today` is YYYY-MM-DD.
 */
export function reportMarkdown(model: RoadmapModel, diagnostics: readonly RoadmapDiagnostic[], locale: Locale, today: string): string {
  const t = TEXT[locale];
  const views = computeViews(model, locale, today);
  const out: string[] = [];
  const org = typeof model.organization.data.name === 'string' ? model.organization.data.name : views.title;
  out.push(`# ${t.title(md(org))}`, '', t.asOf(formatDate(today, locale)));

  // The 90-day plan, from the timeline.
  out.push('', `## ${t.plan}`, '');
  const items = views.timeline.items;
  const isOverdue = (i: (typeof items)[number]) => !i.done && i.endDate !== null && i.endDate < today;
  const overdue = items.filter(isOverdue);
  const next = items.filter((i) => !i.done && !isOverdue(i)).sort((a, b) => a.startWeek - b.startWeek).slice(0, 5);
  const weeks = (i: (typeof items)[number]) => (i.startWeek === i.endWeek ? String(i.startWeek) : `${i.startWeek}–${i.endWeek}`);
  const rows = (list: typeof items) => list.map((i) => [md(i.title), weeks(i), md(i.owner ?? '')]);
  if (items.length === 0) out.push(t.noPlan);
  else {
    out.push(t.planCounts(items.filter((i) => i.done).length, items.length, overdue.length));
    if (overdue.length > 0) out.push('', `### ${t.overdue}`, '', table([t.item, t.weeks, t.owner], rows(overdue)));
    if (next.length > 0) out.push('', `### ${t.next}`, '', table([t.item, t.weeks, t.owner], rows(next)));
  }

  // The budget: the planned first-year cost against first_year and the guide.
  const currency = currencyOf(model);
  const money = (n: number) => formatMoney(n, currency, locale);
  const cost = plannedFirstYearCost(model);
  const firstYear = model.budget.data.first_year;
  const budgetRows: string[][] = [
    [t.oneTime, money(cost.oneTime)],
    [t.running, money(cost.running)],
    [t.training, money(cost.training)],
    [t.consulting, money(cost.consulting)],
    [`**${t.total}**`, `**${money(cost.total)}**`],
    [t.firstYear, firstYear === undefined ? t.notSet : money(firstYear)],
  ];
  if (firstYear !== undefined) budgetRows.push(firstYear >= cost.total ? [t.left, money(firstYear - cost.total)] : [t.over, money(cost.total - firstYear)]);
  out.push('', `## ${t.budget}`, '', table([t.part, t.amount], budgetRows));
  const guide = effectiveGuides(model, undefined).firstYearBudget ?? (currency === 'EUR' ? EUR_GUIDES.firstYearBudget : undefined);
  if (guide) out.push('', t.guide(`${money(guide[0])}–${money(guide[1])}`));

  // The portfolio: stages, quadrants, top priorities, quick wins (the matrix).
  out.push('', `## ${t.portfolio}`, '');
  const stages = new Map<string, number>();
  for (const u of model.use_cases.values()) {
    const stage = u.data.stage ?? '';
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
  }
  out.push(table([t.stage, t.useCases], [...stages].map(([stage, n]) => [stage ? md(enumLabel('stage', stage, locale)) : '–', String(n)])));
  const bubbles = new Map(views.matrix.bubbles.map((b) => [b.key, b]));
  const quadrants = new Map<Quadrant, number>();
  for (const b of views.matrix.bubbles) quadrants.set(b.quadrant, (quadrants.get(b.quadrant) ?? 0) + 1);
  if (quadrants.size > 0) out.push('', table([t.quadrant, t.useCases], [...quadrants].map(([q, n]) => [QUADRANT_LABELS[q][locale], String(n)])));
  const ranked = views.matrix.ranked.map((k) => bubbles.get(k)).filter((b) => b !== undefined);
  out.push('', `### ${t.top}`, '');
  out.push(ranked.length === 0 ? t.none : table([t.rank, t.useCase, t.score, t.quadrant], ranked.slice(0, 5).map((b) => [String(b.rank), md(b.title), b.score === null ? '–' : formatNumber(b.score, locale, 1), QUADRANT_LABELS[b.quadrant][locale]])));
  const quick = ranked.filter((b) => b.quadrant === 'quick-wins');
  out.push('', `### ${t.quickWins}`, '', quick.length === 0 ? t.none : quick.map((b) => `- ${md(b.title)}`).join('\n'));

  // KPIs, from the board.
  out.push('', `## ${t.kpis}`, '');
  const cards = views.kpis.cards;
  const value = (n: number | null) => (n === null ? '–' : formatNumber(n, locale));
  out.push(
    cards.length === 0
      ? t.noKpis
      : table(
          [t.kpi, t.baselineLatestTarget, t.progress, t.perQuarter],
          cards.map((c) => [
            md(c.name),
            `${value(c.baseline)} → ${value(c.latest?.value ?? null)} → ${value(c.target)}${c.unit ? ` ${md(c.unit)}` : ''}`,
            md(c.progressLabel),
            c.actuals.map((a) => `${md(a.quarter)}: ${formatNumber(a.value, locale)}`).join(', ') || '–',
          ]),
        ),
  );

  // Risks, from the heat map.
  out.push('', `## ${t.risks}`, '');
  const markers = views.risks.cells.flatMap((c) => c.risks).sort((a, b) => b.score - a.score);
  const unmitigated = [...model.risks.values()].filter((r) => !r.has('mitigation'));
  if (markers.length === 0 && unmitigated.length === 0) out.push(t.noRisks);
  if (markers.length > 0) out.push(table([t.risk, t.likelihoodImpact], markers.slice(0, 5).map((m) => [md(m.title), `${m.likelihood} × ${m.impact} = ${m.score}`])));
  if (unmitigated.length > 0) out.push('', `### ${t.noMitigation}`, '', unmitigated.map((r) => `- ${md(typeof r.data.title === 'string' ? r.data.title : r.id)}`).join('\n'));

  // Compliance: the register, the AI Act classes, personal data outside the EU.
  out.push('', `## ${t.compliance}`, '');
  const register = views.register.rows;
  out.push(t.registerComplete(register.filter((r) => r.missing.length === 0).length, register.length));
  const active = [...model.use_cases.values()].filter((u) => ACTIVE.has(u.data.stage ?? ''));
  const classes = new Map<string, number>();
  for (const u of active) {
    const c = u.data.ai_act ? enumLabel('ai_act', u.data.ai_act, locale) : t.unclassified;
    classes.set(c, (classes.get(c) ?? 0) + 1);
  }
  if (classes.size > 0) out.push('', table([t.aiAct, t.useCases], [...classes].map(([c, n]) => [md(c), String(n)])));
  const outside = active.filter((u) => u.data.hosting_region === 'non_eu' && (u.data.data_sources ?? []).some((id) => model.data_sources.get(id)?.data.personal_data === true));
  out.push('', `### ${t.outsideEu}`, '', outside.length === 0 ? t.none : outside.map((u) => `- ${md(typeof u.data.title === 'string' ? u.data.title : u.id)}`).join('\n'));

  // The open problems, by severity, the most severe first.
  out.push('', `## ${t.problems}`, '');
  if (diagnostics.length === 0) out.push(t.noProblems);
  else {
    out.push(table([t.severity, t.count], SEVERITIES.map((s) => [(t.severities as Record<FindingSeverity, string>)[s], String(diagnostics.filter((d) => d.severity === s).length)])));
    const worst = [...diagnostics].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.range.start.line - b.range.start.line).slice(0, 10);
    out.push('', table([t.line, t.severity, t.message], worst.map((d) => [String(d.range.start.line + 1), `${d.severity} \`${d.code}\``, md(d.message)])));
  }
  return `${out.join('\n')}\n`;
}
