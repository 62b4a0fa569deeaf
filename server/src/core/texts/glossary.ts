/**
 * The glossary: one Bokmål word per concept of the roadmap, taken from the
 * reference article (../shared/seed/) where it has one, and used in every
 * Norwegian string the tool shows. docs/glossary.md is generated from this
 * table (`npm run docs`), and test/unit/norwegian.test.ts holds every
 * Norwegian string to it: a term's English words and field keys do not
 * appear in Norwegian prose (a key may stand in code formatting: `key` or
 * 'key'), and the words listed as avoided are not used.
 * Must not depend on vscode or the LSP connection.
 */

export interface GlossaryTerm {
  /** The concept in English, as the English texts say it. */
  readonly en: string;
  /** The field keys that hold it (dotted where the key alone is ambiguous); may stand in code formatting only. */
  readonly keys: readonly string[];
  /** The one Bokmål word used for it. */
  readonly nb: string;
  /** English words that must not stand in Norwegian prose (besides `en` and the keys), e.g. plurals. */
  readonly english?: readonly string[];
  /** Bokmål words not to use for it: calques, or a second word for the same concept. */
  readonly avoid?: readonly string[];
  /** Keys that are Bokmål words too (plan, start), so they may stand in prose. */
  readonly bokmaalToo?: readonly string[];
  /** Why this word, when it needs saying. */
  readonly note?: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { en: 'the file', keys: [], nb: 'filen', avoid: ['fila', 'mappa'], note: 'Definite forms in -en: filen, mappen.' },
  { en: 'AI', keys: [], nb: 'KI', note: 'KI-veikart, KI-verktøy, KI-modenhet.' },
  { en: 'roadmap', keys: [], nb: 'veikart', english: ['roadmaps'], note: 'The article says "roadmap" too; the tool says veikart. The file name pattern `*.airoadmap.yaml` and the command `airoadmap` stay.' },
  { en: 'organisation', keys: ['organization'], nb: 'virksomhet', english: ['organization'] },
  { en: 'employees', keys: ['employees'], nb: 'ansatte' },
  { en: 'industry', keys: ['industry'], nb: 'bransje' },
  { en: 'use case', keys: ['use_cases', 'use_case'], nb: 'brukstilfelle', english: ['use cases'], avoid: ['bruksområde', 'bruksområder', 'bruksområdet'], note: 'Plural brukstilfeller. The article says both bruksområde and brukstilfelle; the tool says brukstilfelle.' },
  { en: 'stage', keys: ['stage'], nb: 'status', note: 'A use case\'s stage (idea, PoC, pilot, production, retired) is its status, never its fase: fase is the roadmap\'s phase 1–3, and both stand in the same sentences.' },
  { en: 'phase', keys: ['phase'], nb: 'fase', note: 'The article\'s three phases: 1 analysis and preparation, 2 pilots, 3 scaling and integration.' },
  { en: 'idea', keys: [], nb: 'idé' },
  { en: 'proof of concept', keys: ['poc'], nb: 'PoC', english: ['proofs of concept'], avoid: ['konseptbevis', 'konseptutprøving'], note: 'The article writes "Proof of Concept"; the tool shortens it to PoC, as Norwegian IT does.' },
  { en: 'pilot', keys: [], nb: 'pilot' },
  { en: 'production', keys: ['production'], nb: 'produksjon', note: 'produksjonsklar: ready for production.' },
  { en: 'retired', keys: ['retired'], nb: 'avviklet' },
  { en: 'quick win', keys: ['quick_win'], nb: 'rask gevinst', english: ['quick wins'], note: 'The article says "quick wins" and, in its own words, "raske gevinster"; the tool uses the Norwegian.' },
  { en: 'score', keys: [], nb: 'poeng', english: ['scores', 'scored'], avoid: ['scorer', 'scoren', 'scorene'], note: 'A score 1–5: "gi poeng 1–5", "lave poeng for …".' },
  { en: 'feasibility', keys: ['feasibility'], nb: 'gjennomførbarhet' },
  { en: 'business value', keys: ['value'], nb: 'forretningsverdi', note: 'The score `value`; verdi for short.' },
  { en: 'effort', keys: ['effort'], nb: 'innsats' },
  { en: 'visibility', keys: ['visibility'], nb: 'synlighet' },
  { en: 'risk level', keys: ['risk_level'], nb: 'risikonivå' },
  { en: 'customer-facing', keys: ['customer_facing'], nb: 'kunderettet', english: ['customer facing'], avoid: ['kundevendt'] },
  { en: 'priority matrix', keys: [], nb: 'prioriteringsmatrise' },
  { en: 'KPI', keys: ['kpis'], nb: 'KPI', note: 'Plural KPI-er; the same word in both languages.' },
  { en: 'baseline', keys: ['baseline'], nb: 'utgangsverdi', avoid: ['nullpunkt', 'utgangspunkt'], note: 'The value measured before AI. The article says "ta utgangspunktet"; for the number the tool says utgangsverdi.' },
  { en: 'baseline date', keys: ['baseline_date'], nb: 'måledato for utgangsverdien' },
  { en: 'target', keys: ['target'], nb: 'mål', english: ['targets'] },
  { en: 'unit', keys: ['unit'], nb: 'enhet' },
  { en: 'direction', keys: ['direction'], nb: 'retning' },
  { en: 'actuals', keys: ['actuals'], nb: 'målinger', english: ['actual values'] },
  { en: 'risk', keys: ['risks'], nb: 'risiko', english: ['risk'], note: 'Plural risikoer.' },
  { en: 'mitigation', keys: ['mitigation'], nb: 'tiltak', english: ['mitigations'] },
  { en: 'likelihood', keys: ['likelihood'], nb: 'sannsynlighet' },
  { en: 'impact', keys: ['impact'], nb: 'konsekvens' },
  { en: 'owner', keys: ['owner'], nb: 'eier', english: ['owners'], note: 'Of a use case or a risk. A plan item\'s owner is the one who does it: ansvarlig.' },
  { en: 'AI owner', keys: ['ai_owner'], nb: 'KI-eier' },
  { en: 'data steward', keys: ['data_steward'], nb: 'dataansvarlig', avoid: ['dataforvalter', 'dataforvalteren'], note: 'The article: "KI-eier, dataansvarlige og forretningskontakt".' },
  { en: 'business contact', keys: ['business_contact'], nb: 'forretningskontakt' },
  { en: 'bridge builder', keys: ['bridge_builder'], nb: 'brobygger', english: ['bridge builders'], note: 'The article\'s "brobyggerne".' },
  { en: 'change champion', keys: ['champion'], nb: 'endringsagent', english: ['change champions', 'champions'], note: 'The article quotes the English "change champions"; the tool says endringsagent.' },
  { en: 'skills', keys: ['skills'], nb: 'kompetanse' },
  { en: 'training', keys: ['training'], nb: 'opplæring' },
  { en: 'training budget', keys: ['training_budget'], nb: 'opplæringsbudsjett' },
  { en: 'consulting', keys: ['consulting'], nb: 'rådgivning' },
  { en: 'tools', keys: [], nb: 'verktøy' },
  { en: 'budget', keys: ['budget'], nb: 'budsjett' },
  { en: 'first year', keys: ['first_year'], nb: 'første år', note: 'førsteårsbudsjett: the first-year budget.' },
  { en: 'running costs', keys: ['costs.monthly'], nb: 'løpende kostnader', english: ['running cost'], avoid: ['driftskostnad', 'driftskostnader', 'driftskostnadene'], note: 'The article: "løpende kostnader … per måned".' },
  { en: 'one-time cost', keys: ['one_time'], nb: 'engangskostnad', english: ['one-time costs'] },
  { en: 'system', keys: ['systems'], nb: 'system' },
  { en: 'AI readiness', keys: ['readiness'], nb: 'KI-modenhet', note: 'A system\'s score 1–5; 4 or 5 suit early integration.' },
  { en: 'critical', keys: ['critical'], nb: 'forretningskritisk' },
  { en: 'data source', keys: ['data_sources'], nb: 'datakilde', english: ['data sources'] },
  { en: 'data quality', keys: [], nb: 'datakvalitet' },
  { en: 'completeness', keys: ['completeness'], nb: 'fullstendighet', avoid: ['kompletthet'] },
  { en: 'freshness', keys: ['freshness'], nb: 'aktualitet' },
  { en: 'consistency', keys: ['consistency'], nb: 'konsistens' },
  { en: 'silo', keys: ['silo'], nb: 'datasilo', bokmaalToo: ['silo'] },
  { en: 'structured metadata', keys: ['structured_metadata'], nb: 'strukturerte metadata' },
  { en: 'personal data', keys: ['personal_data'], nb: 'personopplysninger' },
  { en: 'purpose', keys: ['purpose'], nb: 'formål' },
  { en: 'hosting region', keys: ['hosting_region'], nb: 'driftsregion', english: ['hosting'], note: 'Where a use case runs: i EU, utenfor EU, lokalt.' },
  { en: 'EU AI Act', keys: ['ai_act'], nb: 'KI-forordningen', english: ['AI Act'] },
  { en: 'infrastructure', keys: ['infrastructure'], nb: 'infrastruktur' },
  { en: 'structured databases with APIs', keys: ['databases_with_api'], nb: 'strukturerte databaser med API' },
  { en: 'stable cloud connectivity', keys: ['stable_cloud'], nb: 'stabil skytilkobling' },
  { en: 'modern web services', keys: ['modern_web_services'], nb: 'moderne webtjenester' },
  { en: 'current backup and security', keys: ['backup_and_security'], nb: 'oppdatert backup og sikkerhet' },
  { en: 'backup', keys: ['backup'], nb: 'backup', avoid: ['sikkerhetskopi'], note: 'As the article: backup, overvåking, brukerstyring og etterlevelse.' },
  { en: 'monitoring', keys: ['monitoring'], nb: 'overvåking' },
  { en: 'user management', keys: ['user_management'], nb: 'brukerstyring' },
  { en: 'compliance', keys: ['compliance'], nb: 'etterlevelse' },
  { en: 'governance', keys: ['governance'], nb: 'styring' },
  { en: 'approver', keys: ['approver'], nb: 'godkjenner' },
  { en: 'review', keys: ['review'], nb: 'gjennomgang', english: ['reviews'] },
  { en: 'monthly', keys: [], nb: 'månedlig', note: 'A review or measuring cadence; the value `monthly` stands in code formatting.' },
  { en: 'quarterly', keys: [], nb: 'kvartalsvis' },
  { en: 'yearly', keys: [], nb: 'årlig' },
  { en: 'data policy', keys: ['data_policy'], nb: 'retningslinjer for data', note: 'The article: "retningslinjer for bruk av sensitive data".' },
  { en: 'AI register', keys: [], nb: 'KI-register', note: 'The article\'s central register of all AI solutions.' },
  { en: 'model', keys: ['model'], nb: 'modell', note: 'The AI model a use case runs on (the register).' },
  { en: '90-day plan', keys: ['plan'], nb: '90-dagersplan', bokmaalToo: ['plan'] },
  { en: 'milestone', keys: ['milestone'], nb: 'milepæl', english: ['milestones'] },
  { en: 'weeks', keys: ['weeks'], nb: 'uker' },
  { en: 'start date', keys: ['start'], nb: 'startdato', bokmaalToo: ['start'] },
  { en: 'done', keys: ['done'], nb: 'fullført', avoid: ['ferdig'] },
];

/** Calques the Norwegian texts do not use, and what natural Bokmål says instead. */
export const CALQUES: readonly { readonly calque: string; readonly instead: string }[] = [
  { calque: 'senker', instead: 'faller på ("mange KI-prosjekter faller på uklart ansvar"), får … til å mislykkes' },
  { calque: 'scorer lavt', instead: 'har lave poeng for' },
  { calque: 'konseptbevis', instead: 'PoC' },
  { calque: 'adressere', instead: 'ta tak i, løse' },
  { calque: 'på slutten av dagen', instead: 'til syvende og sist' },
];

/** A glossary term's words that must not stand in Norwegian prose: its English words and its keys. */
export function englishWordsOf(term: GlossaryTerm): string[] {
  const words = [term.en, ...(term.english ?? []), ...term.keys].filter((w) => !(term.bokmaalToo ?? []).includes(w));
  // A term whose Bokmål word is its English word (KPI, system, pilot, backup) forbids nothing but its other keys.
  const nb = term.nb.toLowerCase();
  return [...new Set(words)].filter((w) => w.toLowerCase() !== nb && !nb.split(/\s+/).includes(w.toLowerCase()));
}
