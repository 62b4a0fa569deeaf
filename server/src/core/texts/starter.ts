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

export function starterRoadmap(locale: Locale, today: Date = new Date()): string {
  const dates = starterDates(today);
  return locale === 'nb' ? starterNb(dates) : starterEn(dates);
}

function starterEn(d: StarterDates): string {
  return `# AI roadmap: where AI helps us, in what order, and how we know it worked.
# Every section below is an example: replace it with your own. Only
# 'airoadmap' and 'organization.name' are required; the checks say what
# else is missing. Check the file with: airoadmap check <file>

airoadmap: 1                          # version of the roadmap language

organization:
  name: Example Company AS            # required: your organisation
  employees: 120                      # the framework is tuned for 50–250 employees
  industry: logistics
  currency: EUR                       # ISO 4217; the checks' guide ranges are in EUR
  start: ${d.start}                   # day 1 of the 90-day plan (next Monday)

# Who answers when the AI is wrong: name them in writing (ids from 'team').
roles:
  ai_owner: anna                      # answers for the AI solutions
  data_steward: bjorn                 # answers for data quality and access
  business_contact: carla             # speaks for the business side

# The people: skills today, bridge builders and change champions.
team:
  anna:
    name: Anna Berg
    title: IT manager
    skills: [api, programming, llm, prompt_engineering]
    bridge_builder: true              # knows both the technology and the business
    champion: true                    # change champion in her team
    training_budget: 3500             # per person; guide 2,000–5,000 EUR
  bjorn:
    name: Bjørn Dahl
    title: Data analyst
    skills: [data_quality, etl, data_science]
    bridge_builder: false
    champion: false
    training_budget: 3000
  carla:
    name: Carla Moe
    title: Head of customer service
    skills: [project_management]
    bridge_builder: false
    champion: true
    training_budget: 2500

# Phase 1: the four readiness questions; three "yes" of four means ready to start.
infrastructure:
  databases_with_api: true            # structured databases with APIs?
  stable_cloud: true                  # stable cloud connectivity?
  modern_web_services: true           # modern web services?
  backup_and_security: false          # current backup and security?
  bandwidth_mbps: 500                 # LLMs need stable, sufficient bandwidth

# Business-critical systems, scored for AI readiness 1–5 (4–5 suit early integration).
systems:
  sharepoint:
    name: SharePoint Online
    kind: dms                         # erp | crm | dms | email | project | collaboration | custom | other
    critical: true                    # business-critical
    readiness: 4                      # AI readiness 1–5
    hosting: cloud                    # cloud | on_prem | hybrid
    api: rest                         # rest | graphql | soap | file | none
  erp:
    name: ERP system
    kind: erp
    critical: true
    readiness: 3                      # not yet ready for early use cases
    hosting: on_prem
    api: soap

# The main data sources, rated 1–5 for completeness, freshness and consistency.
data_sources:
  archive:
    name: Document archive
    system: sharepoint                # -> systems
    kind: documents                   # crm | erp | documents | email | project | other
    completeness: 4
    freshness: 4
    consistency: 3
    structured_metadata: true         # well suited to retrieval-augmented generation (RAG)
    personal_data: true               # holds personal data under the GDPR
    silo: false                       # isolated, or behind media breaks?
  orders:
    name: Order history
    system: erp
    kind: erp
    completeness: 3
    freshness: 5
    consistency: 4
    structured_metadata: false
    personal_data: false
    silo: true                        # a media break: an integration project later

# Use cases, scored for the priority matrix: feasibility, value, effort (1–5).
use_cases:
  faq-bot:                            # a quick win: low risk, highly visible, internal
    title: Internal FAQ chatbot
    description: Answers employees' common questions about IT and routines.
    owner: anna                       # -> team
    stage: idea                       # idea | poc | pilot | production | retired
    phase: 1                          # 1 baseline | 2 pilots | 3 scaling
    quick_win: true
    feasibility: 5                    # technical feasibility 1–5
    value: 3                          # business value 1–5
    effort: 1                         # implementation effort 1–5
    risk_level: low                   # low | medium | high
    visibility: high                  # low | medium | high
    customer_facing: false
    systems: [sharepoint]             # -> systems
  doc-search:                         # the pilot of the 90-day plan, fully described
    title: Smart document search
    description: Ask questions over the document archive and get answers with their sources.
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
    data_sources: [archive]           # -> data_sources
    kpis: [search-time, search-satisfaction]   # -> kpis; decide them before building
    risks: [wrong-answers, privacy, low-adoption]   # -> risks
    model: GPT-4o (Azure OpenAI, EU region)   # for the AI register
    purpose: Find internal documents faster   # purpose limitation (GDPR)
    hosting_region: eu                # eu | non_eu | on_prem
    ai_act: minimal                   # EU AI Act class: prohibited | high | limited | minimal
    production:                       # all four must be true before 'stage: production'
      backup: true
      monitoring: true
      user_management: true
      compliance: false
    costs:
      one_time: 20000
      monthly: 3000                   # licences, cloud, operations; guide 2,000–5,000 EUR

# How success is measured: baseline before AI, a concrete target.
kpis:
  search-time:
    name: Time to find a document
    kind: quantitative                # quantitative (time, cost) | qualitative (satisfaction, errors)
    unit: minutes
    baseline: 15                      # measured before AI is introduced
    baseline_date: ${d.today}
    target: 3
    direction: decrease               # decrease | increase
    cadence: quarterly                # monthly | quarterly
    # actuals:                        # measured values by quarter, for ROI reports
    #   ${d.quarter}: 9
  search-satisfaction:
    name: Satisfaction with document search
    kind: qualitative
    unit: survey score 1–5
    baseline: 2.5
    baseline_date: ${d.today}
    target: 4
    direction: increase
    cadence: quarterly

# The risk matrix: technical, legal and organisational risks, each with a mitigation.
risks:
  wrong-answers:
    title: Wrong answers presented as fact
    category: technical               # technical | legal | organizational
    likelihood: 3                     # 1–5
    impact: 4                         # 1–5
    mitigation: Always show the sources; a person checks anything that leaves the house.
    owner: anna                       # -> team
  privacy:
    title: Personal data in the archive reaches the wrong people
    category: legal
    likelihood: 2
    impact: 5
    mitigation: EU-hosted service, a data processing agreement, and answers limited to what the user may read.
    owner: bjorn
  low-adoption:
    title: Employees keep searching the old way
    category: organizational
    likelihood: 3
    impact: 3
    mitigation: Inform early, train every user, and let the champions show it in their teams.
    owner: carla

# Who approves AI tools, how often they are reviewed, the rules for sensitive data.
governance:
  approver: anna                      # -> team
  review: quarterly                   # monthly | quarterly | yearly
  data_policy: docs/ai-data-policy.md # a path or a link

budget:
  first_year: 100000                  # guide 50,000–150,000 EUR for the first year
  training: 15000
  consulting: 20000

# The 90-day plan: weeks 1–12 from organization.start, a week or a range "a-b".
plan:
  interviews:
    title: Interview department heads and find the three biggest inefficiencies
    weeks: 1
    owner: carla                      # -> team
    done: false
  data-landscape:
    title: Assess the data landscape and rate every source for quality
    weeks: 2
    owner: bjorn
  infrastructure-review:
    title: Analyse the IT infrastructure (cloud readiness, APIs, security)
    weeks: 3
    owner: anna
  skills:
    title: Map skills and training needs; find AI champions
    weeks: 4
    owner: anna
  pick-use-case:
    title: Pick one use case and plan it with milestones and success criteria
    weeks: 5-6
    owner: anna
    use_case: doc-search              # -> use_cases
  prototype:
    title: Build a first prototype with simple tools
    weeks: 7-8
    owner: anna
    use_case: doc-search
  user-test:
    title: Test with real users; collect feedback and performance data
    weeks: 9-10
    owner: carla
    use_case: doc-search
  evaluate:
    title: Evaluate the results and compute the pilot's ROI
    weeks: 11
    owner: anna
    use_case: doc-search
  roadmap-12m:
    title: Detailed 12-month roadmap with prioritised projects
    weeks: 12
    owner: anna
    milestone: true                   # drawn as a diamond on the timeline
`;
}

function starterNb(d: StarterDates): string {
  return `# KI-veikart: hvor KI hjelper oss, i hvilken rekkefølge, og hvordan vi vet at det virket.
# Hver seksjon under er et eksempel: bytt det ut med deres egne. Bare
# 'airoadmap' og 'organization.name' er påkrevd; sjekkene sier hva som
# ellers mangler. Sjekk fila med: airoadmap check <fil>

airoadmap: 1                          # versjonen av veikartspråket

organization:
  name: Eksempelbedriften AS          # påkrevd: virksomheten deres
  employees: 120                      # rammeverket er laget for 50–250 ansatte
  industry: logistikk
  currency: EUR                       # ISO 4217; veiledende områder i sjekkene er i EUR
  start: ${d.start}                   # dag 1 i 90-dagersplanen (neste mandag)

# Hvem svarer når KI-en tar feil: navngi dem skriftlig (id-er fra 'team').
roles:
  ai_owner: anna                      # svarer for KI-løsningene
  data_steward: bjorn                 # svarer for datakvalitet og tilgang
  business_contact: carla             # taler forretningssidens sak

# Folkene: kompetanse i dag, brobyggere og endringsagenter.
team:
  anna:
    name: Anna Berg
    title: IT-sjef
    skills: [api, programming, llm, prompt_engineering]
    bridge_builder: true              # kan både teknologien og forretningen
    champion: true                    # endringsagent i sitt team
    training_budget: 3500             # per person; veiledende 2 000–5 000 EUR
  bjorn:
    name: Bjørn Dahl
    title: Dataanalytiker
    skills: [data_quality, etl, data_science]
    bridge_builder: false
    champion: false
    training_budget: 3000
  carla:
    name: Carla Moe
    title: Kundeservicesjef
    skills: [project_management]
    bridge_builder: false
    champion: true
    training_budget: 2500

# Fase 1: de fire spørsmålene om modenhet; tre «ja» av fire betyr klar til å starte.
infrastructure:
  databases_with_api: true            # strukturerte databaser med API?
  stable_cloud: true                  # stabil skytilkobling?
  modern_web_services: true           # moderne webtjenester?
  backup_and_security: false          # oppdatert backup og sikkerhet?
  bandwidth_mbps: 500                 # språkmodeller trenger stabil og nok båndbredde

# Forretningskritiske systemer med KI-modenhet 1–5 (4–5 egner seg for tidlig integrering).
systems:
  sharepoint:
    name: SharePoint Online
    kind: dms                         # erp | crm | dms | email | project | collaboration | custom | other
    critical: true                    # forretningskritisk
    readiness: 4                      # KI-modenhet 1–5
    hosting: cloud                    # cloud | on_prem | hybrid
    api: rest                         # rest | graphql | soap | file | none
  erp:
    name: ERP-system
    kind: erp
    critical: true
    readiness: 3                      # ennå ikke klart for tidlige brukstilfeller
    hosting: on_prem
    api: soap

# De viktigste datakildene, vurdert 1–5 for kompletthet, aktualitet og konsistens.
data_sources:
  archive:
    name: Dokumentarkiv
    system: sharepoint                # -> systems
    kind: documents                   # crm | erp | documents | email | project | other
    completeness: 4
    freshness: 4
    consistency: 3
    structured_metadata: true         # godt egnet for RAG (gjenfinningsstøttet generering)
    personal_data: true               # inneholder personopplysninger etter GDPR
    silo: false                       # isolert, eller bak mediebrudd?
  orders:
    name: Ordrehistorikk
    system: erp
    kind: erp
    completeness: 3
    freshness: 5
    consistency: 4
    structured_metadata: false
    personal_data: false
    silo: true                        # et mediebrudd: et integrasjonsprosjekt senere

# Brukstilfeller, vurdert for prioriteringsmatrisen: gjennomførbarhet, verdi, innsats (1–5).
use_cases:
  faq-bot:                            # en rask gevinst: lav risiko, godt synlig, internt
    title: Intern FAQ-chatbot
    description: Svarer ansatte på vanlige spørsmål om IT og rutiner.
    owner: anna                       # -> team
    stage: idea                       # idea | poc | pilot | production | retired
    phase: 1                          # 1 utgangspunkt | 2 piloter | 3 skalering
    quick_win: true
    feasibility: 5                    # teknisk gjennomførbarhet 1–5
    value: 3                          # forretningsverdi 1–5
    effort: 1                         # innsats for å innføre 1–5
    risk_level: low                   # low | medium | high
    visibility: high                  # low | medium | high
    customer_facing: false
    systems: [sharepoint]             # -> systems
  doc-search:                         # piloten i 90-dagersplanen, fullt beskrevet
    title: Smart dokumentsøk
    description: Still spørsmål til dokumentarkivet og få svar med kildene.
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
    data_sources: [archive]           # -> data_sources
    kpis: [search-time, search-satisfaction]   # -> kpis; bestem dem før dere bygger
    risks: [wrong-answers, privacy, low-adoption]   # -> risks
    model: GPT-4o (Azure OpenAI, EU-region)   # til KI-registeret
    purpose: Finne interne dokumenter raskere   # formålsbegrensning (GDPR)
    hosting_region: eu                # eu | non_eu | on_prem
    ai_act: minimal                   # klasse etter EUs KI-forordning: prohibited | high | limited | minimal
    production:                       # alle fire må være true før 'stage: production'
      backup: true
      monitoring: true
      user_management: true
      compliance: false
    costs:
      one_time: 20000
      monthly: 3000                   # lisenser, sky, drift; veiledende 2 000–5 000 EUR

# Slik måles suksess: utgangsverdi før KI, et konkret mål.
kpis:
  search-time:
    name: Tid for å finne et dokument
    kind: quantitative                # quantitative (tid, kostnad) | qualitative (tilfredshet, feil)
    unit: minutter
    baseline: 15                      # målt før KI tas i bruk
    baseline_date: ${d.today}
    target: 3
    direction: decrease               # decrease | increase
    cadence: quarterly                # monthly | quarterly
    # actuals:                        # målte verdier per kvartal, til ROI-rapporter
    #   ${d.quarter}: 9
  search-satisfaction:
    name: Tilfredshet med dokumentsøket
    kind: qualitative
    unit: poeng 1–5 i spørreundersøkelse
    baseline: 2.5
    baseline_date: ${d.today}
    target: 4
    direction: increase
    cadence: quarterly

# Risikomatrisen: tekniske, juridiske og organisatoriske risikoer, hver med et tiltak.
risks:
  wrong-answers:
    title: Feil svar presentert som fakta
    category: technical               # technical | legal | organizational
    likelihood: 3                     # 1–5
    impact: 4                         # 1–5
    mitigation: Vis alltid kildene; en person sjekker alt som går ut av huset.
    owner: anna                       # -> team
  privacy:
    title: Personopplysninger i arkivet når feil personer
    category: legal
    likelihood: 2
    impact: 5
    mitigation: Tjeneste med drift i EU, databehandleravtale, og svar bare fra det brukeren har lov til å lese.
    owner: bjorn
  low-adoption:
    title: De ansatte fortsetter å søke på den gamle måten
    category: organizational
    likelihood: 3
    impact: 3
    mitigation: Informer tidlig, lær opp alle brukere, og la endringsagentene vise det i sine team.
    owner: carla

# Hvem godkjenner KI-verktøy, hvor ofte de gjennomgås, reglene for sensitive data.
governance:
  approver: anna                      # -> team
  review: quarterly                   # monthly | quarterly | yearly
  data_policy: docs/ki-retningslinjer.md   # en sti eller en lenke

budget:
  first_year: 100000                  # veiledende 50 000–150 000 EUR det første året
  training: 15000
  consulting: 20000

# 90-dagersplanen: uke 1–12 fra organization.start, en uke eller et intervall «a-b».
plan:
  interviews:
    title: Intervju avdelingslederne og finn de tre største ineffektivitetene
    weeks: 1
    owner: carla                      # -> team
    done: false
  data-landscape:
    title: Kartlegg datalandskapet og vurder kvaliteten på hver kilde
    weeks: 2
    owner: bjorn
  infrastructure-review:
    title: Analyser IT-infrastrukturen (skymodenhet, API-er, sikkerhet)
    weeks: 3
    owner: anna
  skills:
    title: Kartlegg kompetanse og opplæringsbehov; finn KI-endringsagenter
    weeks: 4
    owner: anna
  pick-use-case:
    title: Velg ett brukstilfelle og planlegg det med milepæler og suksesskriterier
    weeks: 5-6
    owner: anna
    use_case: doc-search              # -> use_cases
  prototype:
    title: Bygg en første prototyp med enkle verktøy
    weeks: 7-8
    owner: anna
    use_case: doc-search
  user-test:
    title: Test med ekte brukere; samle tilbakemeldinger og ytelsesdata
    weeks: 9-10
    owner: carla
    use_case: doc-search
  evaluate:
    title: Evaluer resultatene og regn ut pilotens avkastning (ROI)
    weeks: 11
    owner: anna
    use_case: doc-search
  roadmap-12m:
    title: Detaljert 12-måneders veikart med prioriterte prosjekter
    weeks: 12
    owner: anna
    milestone: true                   # tegnes som en rombe på tidslinjen
`;
}
