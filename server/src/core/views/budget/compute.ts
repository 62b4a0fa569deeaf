/**
 * The budget tab: the first year's planned cost (language/budget.ts, as
 * rules.md Part 2 defines it, the same sum the budget rules and the hover on
 * `budget.first_year` use) against `budget.first_year` and the guide range,
 * in its four parts, with the use cases' contributions ranked, and the
 * monthly running cost of each use case in production against its guide.
 * Every amount is given as a number and as the text shown (Intl, the file's
 * currency).
 * Must not depend on vscode or the LSP connection.
 */
import { countsForBudget, currencyOf, effectiveGuides, plannedFirstYearCost } from '../../language/budget';
import type { RoadmapModel } from '../../language/model';
import type { Range } from '../../language/positions';
import { formatMoney } from '../../texts/format';
import { type ElementRef, refOf, round, textOf } from '../common';
import { enumLabel, formatPercent } from '../format';
import type { ComputeContext } from '../view';
import type { BudgetPartName, GuidePosition } from './labels';

/** A line of the `budget` section the tab reveals (it is no entity: its section is `budget`, its id the field). */
export interface BudgetLineRef {
  key: string;
  section: 'budget';
  id: string;
  range: Range;
  entityRange: Range;
  aria: string;
}

export interface BudgetPart {
  part: BudgetPartName;
  label: string;
  amount: number;
  text: string;
  /** 0–1 of the planned cost (0 when it is 0). */
  share: number;
  shareText: string;
  /** Where the amount comes from, when it is not said by the label (the team's training budgets). */
  note: string | null;
  /** The budget line it is written on, when it is one. */
  line: BudgetLineRef | null;
}

export interface BudgetContribution extends ElementRef {
  title: string;
  stageLabel: string | null;
  oneTime: number;
  running: number;
  amount: number;
  oneTimeText: string;
  runningText: string;
  amountText: string;
  share: number;
  shareText: string;
}

export interface RunningCost extends ElementRef {
  title: string;
  monthly: number;
  monthlyText: string;
  position: GuidePosition | null;
  positionText: string | null;
}

export interface BudgetGuide {
  min: number;
  max: number;
  text: string;
}

export interface BudgetView {
  currency: string;
  total: number;
  totalText: string;
  firstYear: number | null;
  firstYearText: string;
  /** `budget.first_year`'s line, when written. */
  firstYearLine: BudgetLineRef | null;
  /** What is left of `first_year`, or how far the plan goes over it. */
  balance: { kind: 'left' | 'over'; amount: number; text: string } | null;
  /** The first year's guide (EUR, a mid-sized company), and where the planned cost is against it. */
  guide: (BudgetGuide & { position: GuidePosition }) | null;
  parts: BudgetPart[];
  /** The use cases that count, most expensive first. */
  contributions: BudgetContribution[];
  /** The production use cases with a monthly cost, most expensive first. */
  running: RunningCost[];
  runningGuide: BudgetGuide | null;
  /** One sentence: the planned cost, the budget and the balance (the chart's accessible name). */
  summary: string;
}

function positionOf(value: number, min: number, max: number): GuidePosition {
  return value < min ? 'below' : value > max ? 'above' : 'within';
}

function lineRef(model: RoadmapModel, field: string, aria: string): BudgetLineRef | null {
  const range = model.budget.keyRange(field);
  if (!range) return null;
  return { key: `budget:${field}`, section: 'budget', id: field, range, entityRange: { start: range.start, end: model.budget.rangeOf(field)?.end ?? range.end }, aria };
}

export function computeBudget(model: RoadmapModel, { locale, labels, guides: given }: ComputeContext): BudgetView {
  const currency = currencyOf(model);
  const money = (n: number) => formatMoney(n, currency, locale);
  const cost = plannedFirstYearCost(model);
  const share = (n: number) => (cost.total > 0 ? round(n / cost.total) : 0);
  const firstYear = model.budget.data.first_year ?? null;
  const guides = effectiveGuides(model, given);
  const span = (g: readonly [number, number]) => `${money(g[0])}–${money(g[1])}`;

  const partOf = (part: BudgetPartName, amount: number, line: BudgetLineRef | null, note: string | null = null): BudgetPart => ({
    part,
    label: labels.budgetParts[part],
    amount,
    text: money(amount),
    share: share(amount),
    shareText: cost.total > 0 ? formatPercent(share(amount), locale) : '–',
    note,
    line,
  });
  const parts: BudgetPart[] = [
    partOf('oneTime', cost.oneTime, null),
    partOf('running', cost.running, null),
    partOf('training', cost.training, cost.trainingFrom === 'budget' ? lineRef(model, 'training', `${labels.budgetParts.training}: ${money(cost.training)}`) : null, cost.trainingFrom === 'team' && cost.team.length > 0 ? labels.trainingFromTeam : null),
    partOf('consulting', cost.consulting, lineRef(model, 'consulting', `${labels.budgetParts.consulting}: ${money(cost.consulting)}`)),
  ];

  const contributions: BudgetContribution[] = [];
  for (const c of cost.useCases) {
    const u = model.use_cases.get(c.id);
    if (!u || !countsForBudget(u)) continue;
    const title = textOf(u.data.title) ?? u.id;
    const stageLabel = u.data.stage ? enumLabel('stage', u.data.stage, locale) : null;
    const aria = `${title}: ${labels.firstYearShort.toLowerCase()} ${money(c.amount)} (${labels.oneTimeShort.toLowerCase()} ${money(c.oneTime)}, ${labels.runningShort.toLowerCase()} ${money(c.running)}), ${formatPercent(share(c.amount), locale)}`;
    contributions.push({
      ...refOf(u, aria),
      title,
      stageLabel,
      oneTime: c.oneTime,
      running: c.running,
      amount: c.amount,
      oneTimeText: money(c.oneTime),
      runningText: money(c.running),
      amountText: money(c.amount),
      share: share(c.amount),
      shareText: formatPercent(share(c.amount), locale),
    });
  }
  contributions.sort((a, b) => b.amount - a.amount || a.title.localeCompare(b.title, locale));

  const runningRange = guides.runningCost;
  const running: RunningCost[] = [];
  for (const u of model.use_cases.values()) {
    const monthly = u.data.costs?.monthly;
    if (u.data.stage !== 'production' || monthly === undefined) continue;
    const title = textOf(u.data.title) ?? u.id;
    const position = runningRange ? positionOf(monthly, runningRange[0], runningRange[1]) : null;
    const positionText = position ? labels.guidePosition[position] : null;
    running.push({ ...refOf(u, `${title}: ${money(monthly)} ${labels.perMonth.toLowerCase()}${positionText ? `, ${positionText}` : ''}`), title, monthly, monthlyText: money(monthly), position, positionText });
  }
  running.sort((a, b) => b.monthly - a.monthly || a.title.localeCompare(b.title, locale));

  const firstYearText = firstYear === null ? labels.budgetNotSet : money(firstYear);
  const balance = firstYear === null ? null : firstYear >= cost.total ? { kind: 'left' as const, amount: round(firstYear - cost.total), text: money(round(firstYear - cost.total)) } : { kind: 'over' as const, amount: round(cost.total - firstYear), text: money(round(cost.total - firstYear)) };
  const yearGuide = guides.firstYearBudget;
  const summary = [
    `${labels.plannedCost}: ${money(cost.total)}`,
    `${labels.firstYearBudget.toLowerCase()}: ${firstYearText}`,
    balance ? `${(balance.kind === 'left' ? labels.budgetLeft : labels.budgetOver).toLowerCase()} ${balance.text}` : null,
  ]
    .filter((s): s is string => s !== null)
    .join(', ');
  return {
    currency,
    total: cost.total,
    totalText: money(cost.total),
    firstYear,
    firstYearText,
    firstYearLine: lineRef(model, 'first_year', `${labels.firstYearBudget}: ${firstYearText}`),
    balance,
    guide: yearGuide ? { min: yearGuide[0], max: yearGuide[1], text: (given?.firstYearBudget ? labels.firstYearOwnGuide : labels.firstYearGuide).replace('{span}', span(yearGuide)), position: positionOf(cost.total, yearGuide[0], yearGuide[1]) } : null,
    parts,
    contributions,
    running,
    runningGuide: runningRange ? { min: runningRange[0], max: runningRange[1], text: labels.runningGuide.replace('{span}', span(runningRange)) } : null,
    summary,
  };
}
