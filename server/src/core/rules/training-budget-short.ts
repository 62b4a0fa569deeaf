/** training-budget-short: `budget.training` is less than the sum of `team.*.training_budget`. */
import type { Rule } from './rule';
import { currencyOf, plannedFirstYearCost } from '../language/budget';
import { money } from '../texts/format';

export const trainingBudgetShort: Rule = {
  code: 'training-budget-short',
  severity: 'info',
  title: { en: "Training line below the team's training budgets", nb: 'Opplæringsposten er lavere enn teamets opplæringsbudsjetter' },
  trigger: '`budget.training` is less than the sum of `team.*.training_budget`.',
  reason: { en: 'The courses planned per person must fit the training line.', nb: 'Kursene som er planlagt per person, må få plass i opplæringsposten.' },
  messages: {
    en: (a) =>
      `The budget's training line (${money(a, 'training', 'en')}) is less than the team members' training budgets together (${money(a, 'team', 'en')}). Raise the training line to at least ${money(a, 'team', 'en')}, or plan less training per person.`,
    nb: (a) =>
      `Opplæringsposten i budsjettet (${money(a, 'training', 'nb')}) er lavere enn opplæringsbudsjettene til teammedlemmene til sammen (${money(a, 'team', 'nb')}). Øk opplæringsposten til minst ${money(a, 'team', 'nb')}, eller planlegg mindre opplæring per person.`,
  },
  check(ctx) {
    const training = ctx.model.budget.data.training;
    const range = ctx.model.budget.rangeOf('training');
    if (training === undefined || !range) return;
    const cost = plannedFirstYearCost(ctx.model);
    if (training < cost.teamTraining) ctx.report(range, { training, team: cost.teamTraining, currency: currencyOf(ctx.model) });
  },
};
