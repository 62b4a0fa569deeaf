/** kpi-unused: no use case references the KPI. */
import { arg, type Rule } from './rule';

export const kpiUnused: Rule = {
  code: 'kpi-unused',
  severity: 'info',
  title: { en: 'KPI that no use case references', nb: 'KPI som ingen brukstilfeller viser til' },
  trigger: 'No use case references the KPI.',
  reason: { en: 'A KPI that no use case refers to measures nothing on the roadmap.', nb: 'En KPI som ingen brukstilfeller viser til, måler ingenting i veikartet.' },
  messages: {
    en: (a) => `KPI '${arg(a, 'id')}' is not used by any use case. Reference it in a use case's 'kpis:', or remove it.`,
    nb: (a) => `KPI-en '${arg(a, 'id')}' brukes ikke av noe brukstilfelle. Vis til den i et brukstilfelles 'kpis:', eller fjern den.`,
  },
  check(ctx) {
    const used = new Set<string>();
    for (const ref of ctx.model.references) {
      if (ref.target === 'kpis' && ref.fromSection === 'use_cases' && ref.field === 'kpis') used.add(ref.id);
    }
    for (const kpi of ctx.model.kpis.values()) {
      if (!used.has(kpi.id)) ctx.report(kpi.idRange, { id: kpi.id }, { unnecessary: true });
    }
  },
};
