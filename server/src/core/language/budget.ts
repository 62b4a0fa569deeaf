/**
 * The first year's planned cost (rules.md, "Readings for part 2"), in one
 * place: the budget rules, the hover on `budget.first_year` and the budget
 * preview all show these numbers.
 *
 * Planned cost = over every use case whose `stage` is not `retired` (a use
 * case without a valid stage counts), `costs.one_time` + 12 × `costs.monthly`;
 * plus the training line (`budget.training` when it is written with a valid
 * amount, else the sum of `team.*.training_budget`); plus `budget.consulting`.
 * Absent amounts count 0; invalid ones are ignored (the model's `data` holds
 * only valid values, and a grouped number such as `95.000` is already the
 * number meant).
 * Must not depend on vscode or the LSP connection.
 */
import type { Entity, RoadmapModel } from './model';
import type { Range } from './positions';
import type { UseCase } from '../../../../schemas/model';
import type { GuideRanges } from './types';

/** Months of running cost in the first year. */
export const RUNNING_MONTHS = 12;

/** One amount and where it is written. */
export interface CostLine {
  /** What it is, as a dotted path: `use_cases.support-bot`, `team.anna`, `budget.training`, `budget.consulting`. */
  readonly name: string;
  readonly amount: number;
  /** Where a finding or a preview points: a use case's or team member's id key, a budget line's value. */
  readonly range: Range;
}

/** A use case's first-year cost: its one-time cost and 12 months of running cost. */
export interface UseCaseCost extends CostLine {
  readonly id: string;
  readonly oneTime: number;
  /** 12 × `costs.monthly`. */
  readonly running: number;
}

/** A team member's `training_budget`. */
export interface TeamTraining extends CostLine {
  readonly id: string;
}

export interface PlannedFirstYearCost {
  /** oneTime + running + training + consulting. */
  readonly total: number;
  /** The sum of the counted use cases' `costs.one_time`. */
  readonly oneTime: number;
  /** 12 × the sum of the counted use cases' `costs.monthly`. */
  readonly running: number;
  /** The training line: `budget.training`, else `teamTraining`. */
  readonly training: number;
  /** `budget.consulting`, 0 when absent or invalid. */
  readonly consulting: number;
  /** Where the training line comes from: `budget.training`, or the team's per-person budgets. */
  readonly trainingFrom: 'budget' | 'team';
  /** The sum of `team.*.training_budget` (also when `budget.training` replaces it). */
  readonly teamTraining: number;
  /** Every use case not retired with a valid one-time or monthly amount, in file order. */
  readonly useCases: readonly UseCaseCost[];
  /** Every team member with a valid `training_budget`, in file order. */
  readonly team: readonly TeamTraining[];
  /** `budget.training` when it counts. */
  readonly trainingLine?: CostLine;
  /** `budget.consulting` when it is a valid amount. */
  readonly consultingLine?: CostLine;
}

/** Sums of money, rounded to cents, so 0.1 + 0.2 is 0.3 and the comparison with the budget is the one a person makes. */
function cents(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : n;
}

/** Whether the use case's first-year cost counts: every stage but `retired` (an absent or invalid stage counts). */
export function countsForBudget(useCase: Entity<UseCase>): boolean {
  return useCase.data.stage !== 'retired';
}

/** The first year's planned cost of the roadmap, its four parts and every contribution. Pure; never throws on a model. */
export function plannedFirstYearCost(model: RoadmapModel): PlannedFirstYearCost {
  const useCases: UseCaseCost[] = [];
  let oneTime = 0;
  let monthly = 0;
  for (const u of model.use_cases.values()) {
    if (!countsForBudget(u)) continue;
    const once = u.data.costs?.one_time;
    const month = u.data.costs?.monthly;
    if (once === undefined && month === undefined) continue;
    const running = cents(RUNNING_MONTHS * (month ?? 0));
    oneTime += once ?? 0;
    monthly += month ?? 0;
    useCases.push({ name: `use_cases.${u.id}`, id: u.id, range: u.idRange, oneTime: once ?? 0, running, amount: cents((once ?? 0) + running) });
  }

  const team: TeamTraining[] = [];
  let teamTraining = 0;
  for (const m of model.team.values()) {
    const v = m.data.training_budget;
    if (v === undefined) continue;
    teamTraining += v;
    team.push({ name: `team.${m.id}`, id: m.id, range: m.idRange, amount: v });
  }
  teamTraining = cents(teamTraining);

  const budget = model.budget;
  const written = budget.data.training;
  const trainingLine = written === undefined ? undefined : line(model, 'training', written);
  const training = written ?? teamTraining;
  const consulting = budget.data.consulting ?? 0;
  const consultingLine = budget.data.consulting === undefined ? undefined : line(model, 'consulting', consulting);

  const parts = { oneTime: cents(oneTime), running: cents(RUNNING_MONTHS * monthly), training, consulting };
  const result: PlannedFirstYearCost = {
    total: cents(parts.oneTime + parts.running + parts.training + parts.consulting),
    ...parts,
    trainingFrom: written === undefined ? 'team' : 'budget',
    teamTraining,
    useCases,
    team,
    ...(trainingLine ? { trainingLine } : {}),
    ...(consultingLine ? { consultingLine } : {}),
  };
  return result;
}

function line(model: RoadmapModel, field: 'training' | 'consulting', amount: number): CostLine {
  return { name: `budget.${field}`, amount, range: model.budget.rangeOf(field) ?? model.sections.get('budget')?.keyRange ?? model.firstKeyRange };
}

/** The file's currency: `organization.currency` when valid, else EUR. */
export function currencyOf(model: RoadmapModel): string {
  return model.organization.data.currency ?? 'EUR';
}

/** The EUR guides of the framework. */
export const EUR_GUIDES: Required<GuideRanges> = {
  trainingBudget: [2000, 5000],
  firstYearBudget: [50000, 150000],
  runningCost: [2000, 5000],
};

/** Guides in force: the user's own, else the EUR guides when the file's currency is EUR. */
export function effectiveGuides(model: RoadmapModel, guides: GuideRanges | undefined): GuideRanges {
  // An invalid currency is present (so not the EUR default) but not EUR either.
  const eur = !model.organization.invalid.has('currency') && (model.organization.data.currency ?? 'EUR') === 'EUR';
  const result: { -readonly [K in keyof GuideRanges]: GuideRanges[K] } = {};
  const pick = (k: keyof GuideRanges) => guides?.[k] ?? (eur ? EUR_GUIDES[k] : undefined);
  const t = pick('trainingBudget');
  const f = pick('firstYearBudget');
  const r = pick('runningCost');
  if (t) result.trainingBudget = t;
  if (f) result.firstYearBudget = f;
  if (r) result.runningCost = r;
  return result;
}
