/** risk-category-missing: some use case is active and no risk covers a category (one per category). */
import { arg, type Rule } from './rule';
import { activeUseCases, sectionOrUseCasesRange } from './helpers';

const CATEGORIES = ['technical', 'legal', 'organizational'] as const;
const NB: Record<string, string> = { technical: 'teknisk', legal: 'juridisk', organizational: 'organisatorisk' };

export const riskCategoryMissing: Rule = {
  code: 'risk-category-missing',
  severity: 'info',
  title: { en: 'No risk in a category of the risk matrix', nb: 'Ingen risiko i en kategori av risikomatrisen' },
  trigger: 'Some use case is active and no risk covers `technical`, `legal` or `organizational` (one per missing category).',
  reason: { en: 'The risk matrix covers technical, legal and organisational risks.', nb: 'Risikomatrisen dekker tekniske, juridiske og organisatoriske risikoer.' },
  messages: {
    en: (a) => `No ${arg(a, 'category')} risk is listed, though use cases are under way. The risk matrix covers technical, legal and organisational risks: add at least one ${arg(a, 'category')} risk.`,
    nb: (a) => `Ingen risiko i kategorien ${NB[arg(a, 'category')] ?? arg(a, 'category')} er oppført, selv om brukstilfeller er i gang. Risikomatrisen dekker tekniske, juridiske og organisatoriske risikoer: legg til minst én.`,
  },
  check(ctx) {
    if (activeUseCases(ctx.model).length === 0) return;
    const covered = new Set<string>();
    for (const r of ctx.model.risks.values()) if (r.data.category) covered.add(r.data.category);
    const range = sectionOrUseCasesRange(ctx.model, 'risks');
    for (const category of CATEGORIES) {
      if (!covered.has(category)) ctx.report(range, { category });
    }
  },
};
