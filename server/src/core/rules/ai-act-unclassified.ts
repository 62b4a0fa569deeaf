/** ai-act-unclassified: an active use case has no `ai_act` class. */
import { arg, type Rule } from './rule';
import { stageWord } from '../texts/field-words';
import { lacks } from './helpers';
import { isActive } from '../language/model';
import { text } from './quick-fix';

export const aiActUnclassified: Rule = {
  code: 'ai-act-unclassified',
  severity: 'info',
  title: { en: 'Active use case without an AI Act class', nb: 'Aktivt brukstilfelle uten klasse etter KI-forordningen' },
  trigger: 'An active use case has no `ai_act` class.',
  reason: { en: 'Classify every AI solution under the EU AI Act before the regulation applies.', nb: 'Klassifiser hver KI-løsning etter EUs KI-forordning før regelverket gjelder.' },
  messages: {
    en: (a) => `Use case '${arg(a, 'id')}' is ${arg(a, 'stage')} but has no EU AI Act class. Classify it in 'ai_act:' (prohibited, high, limited or minimal).`,
    nb: (a) => `Brukstilfellet '${arg(a, 'id')}' har status ${stageWord(a, 'stage', 'nb')}, men mangler klasse etter EUs KI-forordning. Klassifiser det i 'ai_act:' ('prohibited', 'high', 'limited' eller 'minimal').`,
  },
  fix: { section: 'use_cases', fields: { ai_act: text('minimal', 'TODO: classify: prohibited | high | limited | minimal', 'TODO: klassifiser: prohibited | high | limited | minimal') } },
  each: {
    section: 'use_cases',
    check(u, ctx) {
      if (!isActive(u)) return;
      if (lacks(u, 'ai_act')) ctx.report(u.idRange, { id: u.id, stage: u.data.stage ?? '' }, { fix: { kind: 'add-field', section: 'use_cases', id: u.id, field: 'ai_act' } });
    },
  },
};
