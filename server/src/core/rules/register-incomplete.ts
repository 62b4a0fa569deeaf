/** register-incomplete: an active use case lacks `model`, `purpose` or `data_sources` (one per use case). */
import { arg, type Rule } from './rule';
import { fieldList, stageWord } from '../texts/field-words';
import { lacks } from './helpers';
import { isActive } from '../language/model';
import { ids, purpose, text } from './quick-fix';

export const registerIncomplete: Rule = {
  code: 'register-incomplete',
  severity: 'warning',
  title: { en: 'AI register entry incomplete', nb: 'Oppføringen i KI-registeret er ufullstendig' },
  trigger: 'An active use case lacks `model`, `purpose` or `data_sources`.',
  reason: { en: 'Every AI solution goes into the central register: models, data sources, purpose.', nb: 'Alle KI-løsninger skal inn i det sentrale registeret: modeller, datakilder, formål.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is ${arg(a, 'stage')} but its AI register entry lacks ${arg(a, 'missing')}. Every AI solution goes into the central register.`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' har status ${stageWord(a, 'stage', 'nb')}, men oppføringen i KI-registeret mangler ${fieldList(a, 'missing', 'nb')}. Alle KI-løsninger skal inn i det sentrale registeret.`,
  },
  fix: {
    section: 'use_cases',
    fields: {
      model: text('TODO', 'TODO: the AI model or service', 'TODO: KI-modellen eller -tjenesten'),
      purpose,
      data_sources: ids('data_sources', 'TODO: the data sources used', 'TODO: datakildene som brukes'),
    },
    together: true,
  },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (!isActive(u)) return;
      const missing = (['model', 'purpose', 'data_sources'] as const).filter((f) => lacks(u, f));
      if (missing.length > 0) ctx.report(u.idRange, { id: u.id, stage: u.data.stage ?? '', missing: missing.join(', ') }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: missing[0]! } });
    },
  },
};
