/**
 * The registry of checklist rules: one file per rule, listed in the order of
 * rules.md's catalogue (docs, settings and the generated code list follow
 * it). A new rule is its file, its import and its line here, and its two
 * fixtures; then `npm run docs` regenerates the lists made from this one.
 * Must not depend on vscode or the LSP connection.
 */
import { aiActProhibited } from './ai-act-prohibited';
import { aiActUnclassified } from './ai-act-unclassified';
import { budgetFirstYearRange } from './budget-first-year-range';
import { budgetMissing } from './budget-missing';
import { budgetOverrun } from './budget-overrun';
import { dataPolicyMissing } from './data-policy-missing';
import { dataQualityLow } from './data-quality-low';
import { dataSilo } from './data-silo';
import { dataSourceUnrated } from './data-source-unrated';
import { governanceMissing } from './governance-missing';
import { hostingRegionMissing } from './hosting-region-missing';
import { infrastructureNotReady } from './infrastructure-not-ready';
import { kpiBaselineLate } from './kpi-baseline-late';
import { kpiNoActuals } from './kpi-no-actuals';
import { kpiNoBaseline } from './kpi-no-baseline';
import { kpiNoProgress } from './kpi-no-progress';
import { kpiNoTarget } from './kpi-no-target';
import { kpiNoUnit } from './kpi-no-unit';
import { kpiTargetDirection } from './kpi-target-direction';
import { kpiUnused } from './kpi-unused';
import { noBridgeBuilder } from './no-bridge-builder';
import { noChampion } from './no-champion';
import { organizationSize } from './organization-size';
import { personalDataNoPurpose } from './personal-data-no-purpose';
import { personalDataOutsideEu } from './personal-data-outside-eu';
import { planItemOverdue } from './plan-item-overdue';
import { planNoStart } from './plan-no-start';
import { planTrackEmpty } from './plan-track-empty';
import { productionNotReady } from './production-not-ready';
import { quickWinLowVisibility } from './quick-win-low-visibility';
import { quickWinMismatch } from './quick-win-mismatch';
import { quickWinTooRisky } from './quick-win-too-risky';
import { registerIncomplete } from './register-incomplete';
import { riskCategoryMissing } from './risk-category-missing';
import { riskNoMitigation } from './risk-no-mitigation';
import { riskNoOwner } from './risk-no-owner';
import { roleMissing } from './role-missing';
import { runningCostMissing } from './running-cost-missing';
import { runningCostRange } from './running-cost-range';
import { systemNoReadiness } from './system-no-readiness';
import { systemNotReady } from './system-not-ready';
import { trainingBudgetRange } from './training-budget-range';
import { trainingBudgetShort } from './training-budget-short';
import { useCaseNoKpi } from './use-case-no-kpi';
import { useCaseNoOwner } from './use-case-no-owner';
import { useCaseNoRisk } from './use-case-no-risk';
import { useCaseUnknownRoi } from './use-case-unknown-roi';
import { useCaseUnscored } from './use-case-unscored';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  kpiNoBaseline,
  kpiNoTarget,
  kpiTargetDirection,
  kpiNoUnit,
  kpiUnused,
  useCaseNoKpi,
  useCaseUnscored,
  useCaseUnknownRoi,
  useCaseNoOwner,
  useCaseNoRisk,
  quickWinTooRisky,
  quickWinLowVisibility,
  systemNotReady,
  systemNoReadiness,
  dataQualityLow,
  dataSourceUnrated,
  dataSilo,
  personalDataOutsideEu,
  personalDataNoPurpose,
  registerIncomplete,
  productionNotReady,
  runningCostMissing,
  runningCostRange,
  aiActProhibited,
  aiActUnclassified,
  riskNoMitigation,
  riskNoOwner,
  riskCategoryMissing,
  roleMissing,
  governanceMissing,
  noBridgeBuilder,
  noChampion,
  trainingBudgetRange,
  budgetFirstYearRange,
  infrastructureNotReady,
  organizationSize,
  planTrackEmpty,
  planNoStart,
  budgetOverrun,
  trainingBudgetShort,
  budgetMissing,
  planItemOverdue,
  kpiBaselineLate,
  kpiNoActuals,
  kpiNoProgress,
  dataPolicyMissing,
  hostingRegionMissing,
  quickWinMismatch,
];
