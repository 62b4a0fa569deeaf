/**
 * The commented starter roadmap written by `airoadmap init` and the editor's
 * "New Roadmap" command: one example of every section and field group, the
 * article's 90-day plan starting next Monday, comments in the user's language
 * (keys are always English). It checks clean: no diagnostic of any severity.
 * Must not depend on vscode or the LSP connection.
 */
import type { Locale } from '../language/types';

/** `date`'s local calendar day as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The first Monday after `today` (a week later when today is a Monday), by
 * the local calendar. One function for `airoadmap init`'s starter and the
 * quick fix that adds `organization.start`. Local, not UTC: the start is a
 * date-only calendar day the user reads in their own time zone, and the CLI
 * and the language server run on the user's machine. In UTC, a user in Oslo
 * at 00:30 on a Monday (Sunday 23:30 UTC) would be offered that very Monday,
 * and init and the quick fix could disagree by a week. Deterministic for a
 * given instant and `TZ` (the tests pass both).
 */
export function nextMonday(today: Date): Date {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const add = (8 - day.getDay()) % 7 || 7;
  day.setDate(day.getDate() + add);
  return day;
}

interface StarterDates {
  /** Day 1 of the plan. */
  start: string;
  /** When the baselines are measured: today, before AI is introduced. */
  today: string;
  /** The quarter after the plan's twelve weeks, for the example of actuals. */
  quarter: string;
}

function starterDates(today: Date): StarterDates {
  const start = nextMonday(today);
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 12 * 7);
  const q = Math.floor(end.getMonth() / 3) + 1;
  return { start: isoDate(start), today: isoDate(today), quarter: `${end.getFullYear()}-Q${q}` };
}

/**
 * The starter's words in each language, keyed by where they stand, in the
 * template's order: `# section` for the comment above a section (`# airoadmap`
 * is the file's introduction), a field's path for its value, and the path and
 * ` #` for the comment at the end of its line. Keys, ids, numbers and the
 * comments that only list allowed values are the same in every language and
 * stand in the template itself.
 */
const TEXTS = {
  '# airoadmap': {
    en: [
      'AI roadmap: where AI helps us, in what order, and how we know it worked.',
      'Every section below is an example: replace it with your own. Only',
      "'airoadmap' and 'organization.name' are required; the checks say what",
      'else is missing. Check the file with: airoadmap check <file>',
    ].join('\n'),
    nb: [
      'KI-veikart: hvor KI hjelper oss, i hvilken rekkefølge, og hvordan vi vet at det virket.',
      'Hver seksjon under er et eksempel: bytt det ut med deres egne. Bare',
      "'airoadmap' og 'organization.name' er påkrevd; sjekkene sier hva som",
      'ellers mangler. Sjekk fila med: airoadmap check <fil>',
    ].join('\n'),
  },
  'airoadmap #': { en: 'version of the roadmap language', nb: 'versjonen av veikartspråket' },
  'organization.name': { en: 'Example Company AS', nb: 'Eksempelbedriften AS' },
  'organization.name #': { en: 'required: your organisation', nb: 'påkrevd: virksomheten deres' },
  'organization.employees #': { en: 'the framework is tuned for 50–250 employees', nb: 'rammeverket er laget for 50–250 ansatte' },
  'organization.industry': { en: 'logistics', nb: 'logistikk' },
  'organization.currency #': { en: "ISO 4217; the checks' guide ranges are in EUR", nb: 'ISO 4217; veiledende områder i sjekkene er i EUR' },
  'organization.start #': { en: 'day 1 of the 90-day plan (next Monday)', nb: 'dag 1 i 90-dagersplanen (neste mandag)' },
  '# roles': { en: "Who answers when the AI is wrong: name them in writing (ids from 'team').", nb: "Hvem svarer når KI-en tar feil: navngi dem skriftlig (id-er fra 'team')." },
  'roles.ai_owner #': { en: 'answers for the AI solutions', nb: 'svarer for KI-løsningene' },
  'roles.data_steward #': { en: 'answers for data quality and access', nb: 'svarer for datakvalitet og tilgang' },
  'roles.business_contact #': { en: 'speaks for the business side', nb: 'taler forretningssidens sak' },
  '# team': { en: 'The people: skills today, bridge builders and change champions.', nb: 'Folkene: kompetanse i dag, brobyggere og endringsagenter.' },
  'team.anna.title': { en: 'IT manager', nb: 'IT-sjef' },
  'team.anna.bridge_builder #': { en: 'knows both the technology and the business', nb: 'kan både teknologien og forretningen' },
  'team.anna.champion #': { en: 'change champion in her team', nb: 'endringsagent i sitt team' },
  'team.anna.training_budget #': { en: 'per person; guide 2,000–5,000 EUR', nb: 'per person; veiledende 2 000–5 000 EUR' },
  'team.bjorn.title': { en: 'Data analyst', nb: 'Dataanalytiker' },
  'team.carla.title': { en: 'Head of customer service', nb: 'Kundeservicesjef' },
  '# infrastructure': { en: 'Phase 1: the four readiness questions; three "yes" of four means ready to start.', nb: 'Fase 1: de fire spørsmålene om modenhet; tre «ja» av fire betyr klar til å starte.' },
  'infrastructure.databases_with_api #': { en: 'structured databases with APIs?', nb: 'strukturerte databaser med API?' },
  'infrastructure.stable_cloud #': { en: 'stable cloud connectivity?', nb: 'stabil skytilkobling?' },
  'infrastructure.modern_web_services #': { en: 'modern web services?', nb: 'moderne webtjenester?' },
  'infrastructure.backup_and_security #': { en: 'current backup and security?', nb: 'oppdatert backup og sikkerhet?' },
  'infrastructure.bandwidth_mbps #': { en: 'LLMs need stable, sufficient bandwidth', nb: 'språkmodeller trenger stabil og nok båndbredde' },
  '# systems': { en: 'Business-critical systems, scored for AI readiness 1–5 (4–5 suit early integration).', nb: 'Forretningskritiske systemer med KI-modenhet 1–5 (4–5 egner seg for tidlig integrering).' },
  'systems.sharepoint.critical #': { en: 'business-critical', nb: 'forretningskritisk' },
  'systems.sharepoint.readiness #': { en: 'AI readiness 1–5', nb: 'KI-modenhet 1–5' },
  'systems.erp.name': { en: 'ERP system', nb: 'ERP-system' },
  'systems.erp.readiness #': { en: 'not yet ready for early use cases', nb: 'ennå ikke klart for tidlige brukstilfeller' },
  '# data_sources': { en: 'The main data sources, rated 1–5 for completeness, freshness and consistency.', nb: 'De viktigste datakildene, vurdert 1–5 for kompletthet, aktualitet og konsistens.' },
  'data_sources.archive.name': { en: 'Document archive', nb: 'Dokumentarkiv' },
  'data_sources.archive.structured_metadata #': { en: 'well suited to retrieval-augmented generation (RAG)', nb: 'godt egnet for RAG (gjenfinningsstøttet generering)' },
  'data_sources.archive.personal_data #': { en: 'holds personal data under the GDPR', nb: 'inneholder personopplysninger etter GDPR' },
  'data_sources.archive.silo #': { en: 'isolated, or behind media breaks?', nb: 'isolert, eller bak mediebrudd?' },
  'data_sources.orders.name': { en: 'Order history', nb: 'Ordrehistorikk' },
  'data_sources.orders.silo #': { en: 'a media break: an integration project later', nb: 'et mediebrudd: et integrasjonsprosjekt senere' },
  '# use_cases': { en: 'Use cases, scored for the priority matrix: feasibility, value, effort (1–5).', nb: 'Brukstilfeller, vurdert for prioriteringsmatrisen: gjennomførbarhet, verdi, innsats (1–5).' },
  'use_cases.faq-bot #': { en: 'a quick win: low risk, highly visible, internal', nb: 'en rask gevinst: lav risiko, godt synlig, internt' },
  'use_cases.faq-bot.title': { en: 'Internal FAQ chatbot', nb: 'Intern FAQ-chatbot' },
  'use_cases.faq-bot.description': { en: "Answers employees' common questions about IT and routines.", nb: 'Svarer ansatte på vanlige spørsmål om IT og rutiner.' },
  'use_cases.faq-bot.phase #': { en: '1 baseline | 2 pilots | 3 scaling', nb: '1 utgangspunkt | 2 piloter | 3 skalering' },
  'use_cases.faq-bot.feasibility #': { en: 'technical feasibility 1–5', nb: 'teknisk gjennomførbarhet 1–5' },
  'use_cases.faq-bot.value #': { en: 'business value 1–5', nb: 'forretningsverdi 1–5' },
  'use_cases.faq-bot.effort #': { en: 'implementation effort 1–5', nb: 'innsats for å innføre 1–5' },
  'use_cases.doc-search #': { en: 'the pilot of the 90-day plan, fully described', nb: 'piloten i 90-dagersplanen, fullt beskrevet' },
  'use_cases.doc-search.title': { en: 'Smart document search', nb: 'Smart dokumentsøk' },
  'use_cases.doc-search.description': { en: 'Ask questions over the document archive and get answers with their sources.', nb: 'Still spørsmål til dokumentarkivet og få svar med kildene.' },
  'use_cases.doc-search.kpis #': { en: '-> kpis; decide them before building', nb: '-> kpis; bestem dem før dere bygger' },
  'use_cases.doc-search.model': { en: 'GPT-4o (Azure OpenAI, EU region)', nb: 'GPT-4o (Azure OpenAI, EU-region)' },
  'use_cases.doc-search.model #': { en: 'for the AI register', nb: 'til KI-registeret' },
  'use_cases.doc-search.purpose': { en: 'Find internal documents faster', nb: 'Finne interne dokumenter raskere' },
  'use_cases.doc-search.purpose #': { en: 'purpose limitation (GDPR)', nb: 'formålsbegrensning (GDPR)' },
  'use_cases.doc-search.ai_act #': { en: 'EU AI Act class: prohibited | high | limited | minimal', nb: 'klasse etter EUs KI-forordning: prohibited | high | limited | minimal' },
  'use_cases.doc-search.production #': { en: "all four must be true before 'stage: production'", nb: "alle fire må være true før 'stage: production'" },
  'use_cases.doc-search.costs.monthly #': { en: 'licences, cloud, operations; guide 2,000–5,000 EUR', nb: 'lisenser, sky, drift; veiledende 2 000–5 000 EUR' },
  '# kpis': { en: 'How success is measured: baseline before AI, a concrete target.', nb: 'Slik måles suksess: utgangsverdi før KI, et konkret mål.' },
  'kpis.search-time.name': { en: 'Time to find a document', nb: 'Tid for å finne et dokument' },
  'kpis.search-time.kind #': { en: 'quantitative (time, cost) | qualitative (satisfaction, errors)', nb: 'quantitative (tid, kostnad) | qualitative (tilfredshet, feil)' },
  'kpis.search-time.unit': { en: 'minutes', nb: 'minutter' },
  'kpis.search-time.baseline #': { en: 'measured before AI is introduced', nb: 'målt før KI tas i bruk' },
  'kpis.search-time.actuals #': { en: 'measured values by quarter, for ROI reports', nb: 'målte verdier per kvartal, til ROI-rapporter' },
  'kpis.search-satisfaction.name': { en: 'Satisfaction with document search', nb: 'Tilfredshet med dokumentsøket' },
  'kpis.search-satisfaction.unit': { en: 'survey score 1–5', nb: 'poeng 1–5 i spørreundersøkelse' },
  '# risks': { en: 'The risk matrix: technical, legal and organisational risks, each with a mitigation.', nb: 'Risikomatrisen: tekniske, juridiske og organisatoriske risikoer, hver med et tiltak.' },
  'risks.wrong-answers.title': { en: 'Wrong answers presented as fact', nb: 'Feil svar presentert som fakta' },
  'risks.wrong-answers.mitigation': { en: 'Always show the sources; a person checks anything that leaves the house.', nb: 'Vis alltid kildene; en person sjekker alt som går ut av huset.' },
  'risks.privacy.title': { en: 'Personal data in the archive reaches the wrong people', nb: 'Personopplysninger i arkivet når feil personer' },
  'risks.privacy.mitigation': { en: 'EU-hosted service, a data processing agreement, and answers limited to what the user may read.', nb: 'Tjeneste med drift i EU, databehandleravtale, og svar bare fra det brukeren har lov til å lese.' },
  'risks.low-adoption.title': { en: 'Employees keep searching the old way', nb: 'De ansatte fortsetter å søke på den gamle måten' },
  'risks.low-adoption.mitigation': { en: 'Inform early, train every user, and let the champions show it in their teams.', nb: 'Informer tidlig, lær opp alle brukere, og la endringsagentene vise det i sine team.' },
  '# governance': { en: 'Who approves AI tools, how often they are reviewed, the rules for sensitive data.', nb: 'Hvem godkjenner KI-verktøy, hvor ofte de gjennomgås, reglene for sensitive data.' },
  'governance.data_policy': { en: 'docs/ai-data-policy.md', nb: 'docs/ki-retningslinjer.md' },
  'governance.data_policy #': { en: 'a path or a link', nb: 'en sti eller en lenke' },
  'budget.first_year #': { en: 'guide 50,000–150,000 EUR for the first year', nb: 'veiledende 50 000–150 000 EUR det første året' },
  '# plan': { en: 'The 90-day plan: weeks 1–12 from organization.start, a week or a range "a-b".', nb: '90-dagersplanen: uke 1–12 fra organization.start, en uke eller et intervall «a-b».' },
  'plan.interviews.title': { en: 'Interview department heads and find the three biggest inefficiencies', nb: 'Intervju avdelingslederne og finn de tre største ineffektivitetene' },
  'plan.data-landscape.title': { en: 'Assess the data landscape and rate every source for quality', nb: 'Kartlegg datalandskapet og vurder kvaliteten på hver kilde' },
  'plan.infrastructure-review.title': { en: 'Analyse the IT infrastructure (cloud readiness, APIs, security)', nb: 'Analyser IT-infrastrukturen (skymodenhet, API-er, sikkerhet)' },
  'plan.skills.title': { en: 'Map skills and training needs; find AI champions', nb: 'Kartlegg kompetanse og opplæringsbehov; finn KI-endringsagenter' },
  'plan.pick-use-case.title': { en: 'Pick one use case and plan it with milestones and success criteria', nb: 'Velg ett brukstilfelle og planlegg det med milepæler og suksesskriterier' },
  'plan.prototype.title': { en: 'Build a first prototype with simple tools', nb: 'Bygg en første prototyp med enkle verktøy' },
  'plan.user-test.title': { en: 'Test with real users; collect feedback and performance data', nb: 'Test med ekte brukere; samle tilbakemeldinger og ytelsesdata' },
  'plan.evaluate.title': { en: "Evaluate the results and compute the pilot's ROI", nb: 'Evaluer resultatene og regn ut pilotens avkastning (ROI)' },
  'plan.roadmap-12m.title': { en: 'Detailed 12-month roadmap with prioritised projects', nb: 'Detaljert 12-måneders veikart med prioriterte prosjekter' },
  'plan.roadmap-12m.milestone #': { en: 'drawn as a diamond on the timeline', nb: 'tegnes som en rombe på tidslinjen' },
} satisfies Readonly<Record<string, Record<Locale, string>>>;

/** The column where end-of-line comments start; a longer line gets three spaces before its comment. */
const COMMENT_COLUMN = 38;

/**
 * Aligns a line's end-of-line comment (` # `) at COMMENT_COLUMN. A line that
 * starts with `#` is a comment itself (a heading or commented-out YAML): only
 * a further ` # ` on it is aligned.
 */
function alignComment(line: string): string {
  const first = line.search(/\S/);
  const at = line.indexOf(' # ', first >= 0 && line[first] === '#' ? first + 1 : 0);
  if (at < 0) return line;
  const code = line.slice(0, at).trimEnd();
  const gap = code.length < COMMENT_COLUMN ? ' '.repeat(COMMENT_COLUMN - code.length) : '   ';
  return `${code}${gap}# ${line.slice(at + 3)}`;
}

export function starterRoadmap(locale: Locale, today: Date = new Date()): string {
  const d = starterDates(today);
  const t = (key: keyof typeof TEXTS) => TEXTS[key][locale];
  const comment = (key: keyof typeof TEXTS) => t(key).replace(/^/gm, '# ');
  const template = `${comment('# airoadmap')}

airoadmap: 1 # ${t('airoadmap #')}

organization:
  name: ${t('organization.name')} # ${t('organization.name #')}
  employees: 120 # ${t('organization.employees #')}
  industry: ${t('organization.industry')}
  currency: EUR # ${t('organization.currency #')}
  start: ${d.start} # ${t('organization.start #')}

${comment('# roles')}
roles:
  ai_owner: anna # ${t('roles.ai_owner #')}
  data_steward: bjorn # ${t('roles.data_steward #')}
  business_contact: carla # ${t('roles.business_contact #')}

${comment('# team')}
team:
  anna:
    name: Anna Berg
    title: ${t('team.anna.title')}
    skills: [api, programming, llm, prompt_engineering]
    bridge_builder: true # ${t('team.anna.bridge_builder #')}
    champion: true # ${t('team.anna.champion #')}
    training_budget: 3500 # ${t('team.anna.training_budget #')}
  bjorn:
    name: Bjørn Dahl
    title: ${t('team.bjorn.title')}
    skills: [data_quality, etl, data_science]
    bridge_builder: false
    champion: false
    training_budget: 3000
  carla:
    name: Carla Moe
    title: ${t('team.carla.title')}
    skills: [project_management]
    bridge_builder: false
    champion: true
    training_budget: 2500

${comment('# infrastructure')}
infrastructure:
  databases_with_api: true # ${t('infrastructure.databases_with_api #')}
  stable_cloud: true # ${t('infrastructure.stable_cloud #')}
  modern_web_services: true # ${t('infrastructure.modern_web_services #')}
  backup_and_security: false # ${t('infrastructure.backup_and_security #')}
  bandwidth_mbps: 500 # ${t('infrastructure.bandwidth_mbps #')}

${comment('# systems')}
systems:
  sharepoint:
    name: SharePoint Online
    kind: dms # erp | crm | dms | email | project | collaboration | custom | other
    critical: true # ${t('systems.sharepoint.critical #')}
    readiness: 4 # ${t('systems.sharepoint.readiness #')}
    hosting: cloud # cloud | on_prem | hybrid
    api: rest # rest | graphql | soap | file | none
  erp:
    name: ${t('systems.erp.name')}
    kind: erp
    critical: true
    readiness: 3 # ${t('systems.erp.readiness #')}
    hosting: on_prem
    api: soap

${comment('# data_sources')}
data_sources:
  archive:
    name: ${t('data_sources.archive.name')}
    system: sharepoint # -> systems
    kind: documents # crm | erp | documents | email | project | other
    completeness: 4
    freshness: 4
    consistency: 3
    structured_metadata: true # ${t('data_sources.archive.structured_metadata #')}
    personal_data: true # ${t('data_sources.archive.personal_data #')}
    silo: false # ${t('data_sources.archive.silo #')}
  orders:
    name: ${t('data_sources.orders.name')}
    system: erp
    kind: erp
    completeness: 3
    freshness: 5
    consistency: 4
    structured_metadata: false
    personal_data: false
    silo: true # ${t('data_sources.orders.silo #')}

${comment('# use_cases')}
use_cases:
  faq-bot: # ${t('use_cases.faq-bot #')}
    title: ${t('use_cases.faq-bot.title')}
    description: ${t('use_cases.faq-bot.description')}
    owner: anna # -> team
    stage: idea # idea | poc | pilot | production | retired
    phase: 1 # ${t('use_cases.faq-bot.phase #')}
    quick_win: true
    feasibility: 5 # ${t('use_cases.faq-bot.feasibility #')}
    value: 3 # ${t('use_cases.faq-bot.value #')}
    effort: 1 # ${t('use_cases.faq-bot.effort #')}
    risk_level: low # low | medium | high
    visibility: high # low | medium | high
    customer_facing: false
    systems: [sharepoint] # -> systems
  doc-search: # ${t('use_cases.doc-search #')}
    title: ${t('use_cases.doc-search.title')}
    description: ${t('use_cases.doc-search.description')}
    owner: anna
    stage: pilot
    phase: 2
    quick_win: false
    feasibility: 4
    value: 5
    effort: 3
    risk_level: medium
    visibility: high
    customer_facing: false
    systems: [sharepoint]
    data_sources: [archive] # -> data_sources
    kpis: [search-time, search-satisfaction] # ${t('use_cases.doc-search.kpis #')}
    risks: [wrong-answers, privacy, low-adoption] # -> risks
    model: ${t('use_cases.doc-search.model')} # ${t('use_cases.doc-search.model #')}
    purpose: ${t('use_cases.doc-search.purpose')} # ${t('use_cases.doc-search.purpose #')}
    hosting_region: eu # eu | non_eu | on_prem
    ai_act: minimal # ${t('use_cases.doc-search.ai_act #')}
    production: # ${t('use_cases.doc-search.production #')}
      backup: true
      monitoring: true
      user_management: true
      compliance: false
    costs:
      one_time: 20000
      monthly: 3000 # ${t('use_cases.doc-search.costs.monthly #')}

${comment('# kpis')}
kpis:
  search-time:
    name: ${t('kpis.search-time.name')}
    kind: quantitative # ${t('kpis.search-time.kind #')}
    unit: ${t('kpis.search-time.unit')}
    baseline: 15 # ${t('kpis.search-time.baseline #')}
    baseline_date: ${d.today}
    target: 3
    direction: decrease # decrease | increase
    cadence: quarterly # monthly | quarterly
    # actuals: # ${t('kpis.search-time.actuals #')}
    #   ${d.quarter}: 9
  search-satisfaction:
    name: ${t('kpis.search-satisfaction.name')}
    kind: qualitative
    unit: ${t('kpis.search-satisfaction.unit')}
    baseline: 2.5
    baseline_date: ${d.today}
    target: 4
    direction: increase
    cadence: quarterly

${comment('# risks')}
risks:
  wrong-answers:
    title: ${t('risks.wrong-answers.title')}
    category: technical # technical | legal | organizational
    likelihood: 3 # 1–5
    impact: 4 # 1–5
    mitigation: ${t('risks.wrong-answers.mitigation')}
    owner: anna # -> team
  privacy:
    title: ${t('risks.privacy.title')}
    category: legal
    likelihood: 2
    impact: 5
    mitigation: ${t('risks.privacy.mitigation')}
    owner: bjorn
  low-adoption:
    title: ${t('risks.low-adoption.title')}
    category: organizational
    likelihood: 3
    impact: 3
    mitigation: ${t('risks.low-adoption.mitigation')}
    owner: carla

${comment('# governance')}
governance:
  approver: anna # -> team
  review: quarterly # monthly | quarterly | yearly
  data_policy: ${t('governance.data_policy')} # ${t('governance.data_policy #')}

budget:
  first_year: 100000 # ${t('budget.first_year #')}
  training: 15000
  consulting: 20000

${comment('# plan')}
plan:
  interviews:
    title: ${t('plan.interviews.title')}
    weeks: 1
    owner: carla # -> team
    done: false
  data-landscape:
    title: ${t('plan.data-landscape.title')}
    weeks: 2
    owner: bjorn
  infrastructure-review:
    title: ${t('plan.infrastructure-review.title')}
    weeks: 3
    owner: anna
  skills:
    title: ${t('plan.skills.title')}
    weeks: 4
    owner: anna
  pick-use-case:
    title: ${t('plan.pick-use-case.title')}
    weeks: 5-6
    owner: anna
    use_case: doc-search # -> use_cases
  prototype:
    title: ${t('plan.prototype.title')}
    weeks: 7-8
    owner: anna
    use_case: doc-search
  user-test:
    title: ${t('plan.user-test.title')}
    weeks: 9-10
    owner: carla
    use_case: doc-search
  evaluate:
    title: ${t('plan.evaluate.title')}
    weeks: 11
    owner: anna
    use_case: doc-search
  roadmap-12m:
    title: ${t('plan.roadmap-12m.title')}
    weeks: 12
    owner: anna
    milestone: true # ${t('plan.roadmap-12m.milestone #')}
`;
  return template.split('\n').map(alignComment).join('\n');
}
