/** infrastructure-not-ready: fewer than 3 of the 4 `infrastructure` questions are `true`. */
import { arg, type Rule } from './rule';
import { fieldList } from '../texts/field-words';
import { num } from '../texts/format';

const QUESTIONS = ['databases_with_api', 'stable_cloud', 'modern_web_services', 'backup_and_security'] as const;

export const infrastructureNotReady: Rule = {
  code: 'infrastructure-not-ready',
  severity: 'info',
  title: { en: 'Infrastructure not ready for AI', nb: 'Infrastrukturen er ikke klar for KI' },
  trigger: 'Fewer than 3 of the 4 `infrastructure` questions are `true`.',
  reason: { en: 'Three "yes" of the four infrastructure questions means ready to start.', nb: 'Tre «ja» av de fire infrastrukturspørsmålene betyr klar til å starte.' },
  messages: {
    en: (a) => `Only ${num(a, 'yes', 'en')} of the 4 infrastructure questions is answered yes (not yet: ${arg(a, 'no')}). Three of four means ready to start; close the gaps first.`,
    nb: (a) => `Bare ${num(a, 'yes', 'nb')} av de 4 spørsmålene om infrastruktur er besvart med ja (ikke ennå: ${fieldList(a, 'no', 'nb')}). Tre av fire betyr klar til å starte; tett hullene først.`,
  },
  check(ctx) {
    const section = ctx.model.sections.get('infrastructure');
    if (!section || !ctx.model.root.has('infrastructure')) return;
    const data = ctx.model.infrastructure.data;
    const yes = QUESTIONS.filter((q) => data[q] === true);
    if (yes.length < 3) ctx.report(section.keyRange, { yes: yes.length, no: QUESTIONS.filter((q) => data[q] !== true).join(', ') });
  },
};
