/** risk-category-missing: some use case is active and no risk covers some categories (one diagnostic naming every missing category; its quick fix adds a risk for each). */
import { arg, type Rule } from './rule';
import { activeUseCases, sectionOrUseCasesRange } from './helpers';
import { formatList } from '../texts/format';
import type { MessageArgs } from '../language/types';

const CATEGORIES = ['technical', 'legal', 'organizational'] as const;
const NB: Record<string, string> = { technical: 'teknisk', legal: 'juridisk', organizational: 'organisatorisk' };

/** The missing categories, in the order of `CATEGORIES`. */
const missing = (a: MessageArgs): string[] => arg(a, 'categories').split(' ').filter((c) => c.length > 0);

export const riskCategoryMissing: Rule = {
  code: 'risk-category-missing',
  severity: 'info',
  title: { en: 'No risk in a category of the risk matrix', nb: 'Ingen risiko i en kategori av risikomatrisen' },
  trigger: 'Some use case is active and no risk covers `technical`, `legal` or `organizational` (one diagnostic naming every missing category).',
  fix: {
    section: 'risks',
    entities: { title: { en: 'Add a risk for each missing category', nb: 'Legg til en risiko for hver kategori som mangler' }, id: '{value}-risk' },
  },
  reason: { en: 'The risk matrix covers technical, legal and organisational risks.', nb: 'Risikomatrisen dekker tekniske, juridiske og organisatoriske risikoer.' },
  messages: {
    en: (a) => {
      const categories = missing(a);
      const each = categories.length > 1 ? 'add at least one risk in each of these categories' : `add at least one ${categories[0] ?? ''} risk`;
      return `No ${formatList(categories, 'en', 'or')} risk is listed, though use cases are under way. The risk matrix covers technical, legal and organisational risks: ${each}.`;
    },
    nb: (a) => {
      const categories = missing(a);
      const names = formatList(categories.map((c) => NB[c] ?? c), 'nb');
      return categories.length > 1
        ? `Ingen risiko i kategoriene ${names} er oppført, selv om brukstilfeller er i gang. Risikomatrisen dekker tekniske, juridiske og organisatoriske risikoer: legg til minst én i hver av dem.`
        : `Ingen risiko i kategorien ${names} er oppført, selv om brukstilfeller er i gang. Risikomatrisen dekker tekniske, juridiske og organisatoriske risikoer: legg til minst én.`;
    },
  },
  check(ctx) {
    if (activeUseCases(ctx.model).length === 0) return;
    const covered = new Set<string>();
    for (const r of ctx.model.risks.values()) if (r.data.category) covered.add(r.data.category);
    const categories = CATEGORIES.filter((category) => !covered.has(category));
    if (categories.length === 0) return;
    ctx.report(sectionOrUseCasesRange(ctx.model, 'risks'), { categories: categories.join(' ') }, { fix: { kind: 'create-entities', section: 'risks', field: 'category', values: categories } });
  },
};
