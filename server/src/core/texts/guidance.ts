/**
 * The words of the editor features: what every field of the language means
 * and what the framework advises about it (domain.md, in our own words), in
 * English and Norwegian Bokmål; what each score 1–5 and some enumeration
 * values mean; and short summaries of entities for hovers and completion.
 *
 * The table is keyed by schema path: section names, `*` for an id in a map
 * (`use_cases.*.effort`, `kpis.*.actuals.*`). Completion and hover read it,
 * and the generated JSON Schema takes its descriptions from it (SUMMARIES):
 * these are the only field texts, the zod model has none. A unit test checks
 * that every path of the zod model has both languages.
 * Must not depend on vscode or the LSP connection.
 */
import { ENTITY_NOUNS } from './sections';
import { STAGE_WORDS } from './field-words';
import { formatNumber } from './format';
import * as z from 'zod';
import { fieldMeta, weekRange, type EntitySection } from '../../../../schemas/model';
import { describeSchema, unwrap } from '../language/schema';
import type { Entity, RoadmapModel } from '../language/model';
import { PRIORITY_FORMULA, priorityOf, QUADRANT_LABELS } from '../language/priority';
import type { Locale } from '../language/types';

export interface FieldText {
  /** What the field is, one sentence. */
  meaning: string;
  /** What the framework advises, when it says something. */
  advice?: string;
}

export type FieldGuide = Record<Locale, FieldText>;

function g(enMeaning: string, enAdvice: string | undefined, nbMeaning: string, nbAdvice: string | undefined): FieldGuide {
  const en: FieldText = { meaning: enMeaning };
  const nb: FieldText = { meaning: nbMeaning };
  if (enAdvice) en.advice = enAdvice;
  if (nbAdvice) nb.advice = nbAdvice;
  return { en, nb };
}

export const GUIDANCE: Readonly<Record<string, FieldGuide>> = {
  airoadmap: g(
    'Version of the airoadmap language; must be `1`.',
    'Required, and the first line of every roadmap file.',
    'Versjon av airoadmap-språket; må være `1`.',
    'Påkrevd, og første linje i hver veikartfil.',
  ),

  organization: g(
    'The organisation the roadmap belongs to.',
    'The framework is written for IT departments of mid-sized companies with 50–250 employees.',
    'Virksomheten veikartet gjelder.',
    'Rammeverket er skrevet for IT-avdelinger i mellomstore virksomheter med 50–250 ansatte.',
  ),
  'organization.name': g('Name of the organisation (required).', undefined, 'Navnet på virksomheten (påkrevd).', undefined),
  'organization.employees': g(
    'Number of employees.',
    'The checklists, budgets and 90-day plan are tuned for 50–250 employees; outside that range, adjust the guides.',
    'Antall ansatte.',
    'Sjekklistene, budsjettene og 90-dagersplanen er tilpasset 50–250 ansatte; utenfor det spennet bør veiledningene justeres.',
  ),
  'organization.industry': g(
    'Industry or line of business.',
    'Helps pick proven use cases: smart document search, automatic reporting and AI-assisted quotes work in many mid-sized firms.',
    'Bransje.',
    'Hjelper med å velge utprøvde brukstilfeller: smart dokumentsøk, automatisk rapportering og KI-støttede tilbud fungerer i mange mellomstore virksomheter.',
  ),
  'organization.currency': g(
    'ISO 4217 currency code for every amount in the file; default `EUR`.',
    'The budget guides (training 2,000–5,000 per person, first year 50,000–150,000, running 2,000–5,000 a month) are in EUR.',
    'ISO 4217-valutakode for alle beløp i filen; standard er `EUR`.',
    'Budsjettveiledningene (kurs 2 000–5 000 per person, første år 50 000–150 000, løpende kostnader 2 000–5 000 i måneden) er i EUR.',
  ),
  'organization.start': g(
    'Day 1 of the 90-day plan (YYYY-MM-DD).',
    'Weeks 1–12 of `plan` count from this date: foundation days 1–30, pilot days 31–60, evaluation days 61–90. A plan item not done after its last week is reported as overdue, and six months after this date the KPIs of pilots and production use cases should show measured improvements.',
    'Dag 1 i 90-dagersplanen (ÅÅÅÅ-MM-DD).',
    'Uke 1–12 i `plan` regnes fra denne datoen: grunnlag dag 1–30, pilot dag 31–60, evaluering dag 61–90. En oppgave i planen som ikke er fullført når den siste uken er over, meldes som forsinket, og seks måneder etter denne datoen bør KPI-ene til piloter og brukstilfeller i produksjon vise målbare forbedringer.',
  ),

  roles: g(
    'Who answers when the AI is wrong: the responsible roles, named in writing.',
    'Unclear responsibility is a classic pitfall: name the AI owner, the data steward and the business contact before anything is built.',
    'Hvem som svarer når KI-en tar feil: ansvarsrollene, navngitt skriftlig.',
    'Uklart ansvar er en klassisk fallgruve: navngi KI-eier, dataansvarlig og forretningskontakt før noe bygges.',
  ),
  'roles.ai_owner': g(
    'The AI owner: answers for the AI solutions (a team member id).',
    'One named person, in writing; often the IT manager.',
    'KI-eieren: står ansvarlig for KI-løsningene (en id i `team`).',
    'Én navngitt person, skriftlig; ofte IT-sjefen.',
  ),
  'roles.data_steward': g(
    'The data steward: answers for data quality and access (a team member id).',
    'AI amplifies data problems; someone must own completeness, freshness and consistency of the sources.',
    'Den dataansvarlige: står ansvarlig for datakvalitet og tilgang (en id i `team`).',
    'KI forsterker dataproblemer; noen må eie fullstendighet, aktualitet og konsistens i kildene.',
  ),
  'roles.business_contact': g(
    'The business contact: speaks for the business side (a team member id).',
    'Keeps the work tied to real inefficiencies and to the people who will use the result.',
    'Forretningskontakten: taler forretningssidens sak (en id i `team`).',
    'Holder arbeidet knyttet til reelle ineffektiviteter og til dem som skal bruke resultatet.',
  ),

  team: g(
    'The team, keyed by person id.',
    'Map skills by talking to people (APIs? programming?), look for bridge builders and change champions, and budget for training.',
    'Teamet, med person-id som nøkkel.',
    'Kartlegg kompetanse ved å snakke med folk (API-er? programmering?), finn brobyggere og endringsagenter, og sett av penger til opplæring.',
  ),
  'team.*': g(
    'A person on the team; the id is used in `owner`, `roles` and `governance.approver`.',
    undefined,
    'En person i teamet; id-en brukes i `owner`, `roles` og `governance.approver`.',
    undefined,
  ),
  'team.*.name': g('Full name of the person.', undefined, 'Fullt navn på personen.', undefined),
  'team.*.title': g('Job title.', undefined, 'Stillingstittel.', undefined),
  'team.*.skills': g(
    'Skills the person has today.',
    'Skills to build: API integration and workflow automation, ML and LLM basics, data quality and ETL, prompt engineering.',
    'Kompetansen personen har i dag.',
    'Kompetanse å bygge: API-integrasjon og arbeidsflytautomatisering, grunnleggende ML og språkmodeller, datakvalitet og ETL, prompt engineering.',
  ),
  'team.*.bridge_builder': g(
    'Knows both the technology and the business.',
    'Bridge builders are the key people of an AI roadmap: they translate between IT and the business.',
    'Kan både teknologien og forretningen.',
    'Brobyggere er nøkkelpersonene i et KI-veikart: de oversetter mellom IT og forretningen.',
  ),
  'team.*.champion': g(
    'Change champion in their team.',
    'Name a champion in each team, inform early and give people room to experiment without pressure.',
    'Endringsagent i sitt team.',
    'Utnevn en endringsagent i hvert team, informer tidlig og gi folk rom til å eksperimentere uten press.',
  ),
  'team.*.training_budget': g(
    'Training budget for this person, in the file’s currency.',
    'In-depth AI training costs about 2,000–5,000 EUR per person; too little training is a common pitfall.',
    'Opplæringsbudsjett for personen, i filens valuta.',
    'Grundig KI-opplæring koster rundt 2 000–5 000 EUR per person; for lite opplæring er en vanlig fallgruve.',
  ),

  infrastructure: g(
    'The four infrastructure readiness questions.',
    'Three "yes" of the four questions means the infrastructure is ready to start.',
    'De fire spørsmålene om infrastrukturens modenhet.',
    'Tre «ja» av de fire spørsmålene betyr at infrastrukturen er klar til å starte.',
  ),
  'infrastructure.databases_with_api': g(
    'Are there structured databases with APIs?',
    'One of the four readiness questions: AI needs to reach the data through interfaces.',
    'Finnes det strukturerte databaser med API-er?',
    'Ett av de fire modenhetsspørsmålene: KI må nå dataene gjennom grensesnitt.',
  ),
  'infrastructure.stable_cloud': g(
    'Is there stable cloud connectivity?',
    'One of the four readiness questions. Cloud first; on-premises only for strict privacy needs or very large data.',
    'Finnes det stabil skytilkobling?',
    'Ett av de fire modenhetsspørsmålene. Sky først; lokal drift bare ved strenge personvernkrav eller svært store datamengder.',
  ),
  'infrastructure.modern_web_services': g(
    'Are there modern web services?',
    'One of the four readiness questions.',
    'Finnes det moderne webtjenester?',
    'Ett av de fire modenhetsspørsmålene.',
  ),
  'infrastructure.backup_and_security': g(
    'Are backup and security up to date?',
    'One of the four readiness questions; production AI also needs backup and monitoring.',
    'Er backup og sikkerhet oppdatert?',
    'Ett av de fire modenhetsspørsmålene; KI i produksjon trenger også backup og overvåking.',
  ),
  'infrastructure.bandwidth_mbps': g(
    'Network bandwidth in Mbit/s.',
    'Language models need stable and sufficient bandwidth.',
    'Nettverkskapasitet i Mbit/s.',
    'Språkmodeller trenger stabil og tilstrekkelig båndbredde.',
  ),

  systems: g(
    'The business systems, keyed by id, each scored for AI readiness.',
    'List the business-critical systems first and score each one 1–5; those at 4–5 suit early AI integration.',
    'Forretningssystemene, med id som nøkkel, hver med en KI-modenhet.',
    'List opp de forretningskritiske systemene først og gi hvert av dem poeng fra 1 til 5; de med 4–5 egner seg for tidlig KI-integrering.',
  ),
  'systems.*': g(
    'A business system; the id is used in `use_cases.*.systems` and `data_sources.*.system`.',
    undefined,
    'Et forretningssystem; id-en brukes i `use_cases.*.systems` og `data_sources.*.system`.',
    undefined,
  ),
  'systems.*.name': g('Name of the system.', undefined, 'Navnet på systemet.', undefined),
  'systems.*.kind': g(
    'Kind of system: ERP, CRM, document management, e-mail, project, collaboration, custom or other.',
    undefined,
    'Type system: ERP, CRM, dokumenthåndtering, e-post, prosjekt, samhandling, egenutviklet eller annet.',
    undefined,
  ),
  'systems.*.critical': g(
    'Business-critical system.',
    'Every business-critical system should get a readiness score.',
    'Forretningskritisk system.',
    'Alle forretningskritiske systemer bør få poeng for KI-modenhet.',
  ),
  'systems.*.readiness': g(
    'AI readiness of the system, a score 1–5.',
    'Systems scoring 4–5 suit early AI integration; build the first pilots and quick wins on them, and raise the others first.',
    'Systemets KI-modenhet, fra 1 til 5.',
    'Systemer med 4–5 egner seg for tidlig KI-integrering; bygg de første pilotene og de raske gevinstene på dem, og løft de andre først.',
  ),
  'systems.*.hosting': g(
    'Where the system runs: cloud, on-premises or hybrid.',
    'Cloud first; on-premises only for strict privacy needs or very large data volumes.',
    'Hvor systemet kjører: sky, lokalt eller hybrid.',
    'Sky først; lokal drift bare ved strenge personvernkrav eller svært store datamengder.',
  ),
  'systems.*.api': g(
    'How other programs reach the system: REST, GraphQL, SOAP, file exchange or none.',
    'Standardised APIs are the base for integration; a system without one is hard to connect.',
    'Hvordan andre programmer når systemet: REST, GraphQL, SOAP, filoverføring eller ingen.',
    'Standardiserte API-er er grunnlaget for integrasjon; et system uten API er vanskelig å koble til.',
  ),

  data_sources: g(
    'The data sources, keyed by id, each rated for quality.',
    'Main sources are CRM, ERP, document archives, e-mail and project tools; rate each for completeness, freshness and consistency.',
    'Datakildene, med id som nøkkel, hver vurdert for kvalitet.',
    'De viktigste kildene er CRM, ERP, dokumentarkiver, e-post og prosjektverktøy; vurder hver av dem for fullstendighet, aktualitet og konsistens.',
  ),
  'data_sources.*': g(
    'A data source; the id is used in `use_cases.*.data_sources`.',
    undefined,
    'En datakilde; id-en brukes i `use_cases.*.data_sources`.',
    undefined,
  ),
  'data_sources.*.name': g('Name of the data source.', undefined, 'Navnet på datakilden.', undefined),
  'data_sources.*.system': g('The system that holds the data (a `systems` id).', undefined, 'Systemet som har dataene (en id i `systems`).', undefined),
  'data_sources.*.kind': g(
    'Kind of data source: CRM, ERP, documents, e-mail, project or other.',
    undefined,
    'Type datakilde: CRM, ERP, dokumenter, e-post, prosjekt eller annet.',
    undefined,
  ),
  'data_sources.*.completeness': g(
    'Completeness of the data, a score 1–5.',
    'Data quality is routinely underestimated and AI amplifies its problems; a score of 2 or less means clean the data first.',
    'Hvor fullstendige dataene er, fra 1 til 5.',
    'Datakvalitet blir ofte undervurdert, og KI forsterker problemene; 2 poeng eller lavere betyr at dataene må ryddes først.',
  ),
  'data_sources.*.freshness': g(
    'Freshness: how up to date the data is, a score 1–5.',
    'Outdated data gives outdated answers; a score of 2 or less means fix the updating first.',
    'Aktualitet: hvor oppdaterte dataene er, fra 1 til 5.',
    'Utdaterte data gir utdaterte svar; 2 poeng eller lavere betyr at oppdateringen må fikses først.',
  ),
  'data_sources.*.consistency': g(
    'Consistency of the data, a score 1–5.',
    'Contradictory formats and values confuse models; a score of 2 or less means harmonise the data first.',
    'Hvor konsistente dataene er, fra 1 til 5.',
    'Motstridende formater og verdier forvirrer modellene; 2 poeng eller lavere betyr at dataene må harmoniseres først.',
  ),
  'data_sources.*.structured_metadata': g(
    'The source has structured metadata.',
    'Archives with structured metadata are well suited to retrieval-augmented generation (RAG).',
    'Kilden har strukturerte metadata.',
    'Arkiver med strukturerte metadata egner seg godt for søkeforsterket generering (RAG).',
  ),
  'data_sources.*.personal_data': g(
    'The source holds personal data under the GDPR.',
    'Apply data minimisation, purpose limitation, transparency and technical safeguards; prefer EU-hosted services.',
    'Kilden inneholder personopplysninger etter personvernforordningen (GDPR).',
    'Bruk dataminimering, formålsbegrensning, åpenhet og tekniske sikringstiltak; velg helst tjenester med drift i EU.',
  ),
  'data_sources.*.silo': g(
    'The source is isolated, or reached only across media breaks.',
    'Silos and media breaks become integration projects later; note them now.',
    'Kilden er isolert, eller nås bare via mediebrudd.',
    'Siloer og mediebrudd blir integrasjonsprosjekter senere; noter dem nå.',
  ),

  use_cases: g(
    'The use cases, keyed by id, scored for the priority matrix.',
    'Score technical feasibility, business value and implementation effort; prioritise high value with medium effort and avoid complex projects with unknown ROI.',
    'Brukstilfellene, med id som nøkkel, med poeng for prioriteringsmatrisen.',
    'Gi poeng for teknisk gjennomførbarhet, forretningsverdi og innsats; prioriter høy verdi med middels innsats og unngå komplekse prosjekter med uklar avkastning.',
  ),
  'use_cases.*': g(
    'A use case; the id is used in `plan.*.use_case`.',
    undefined,
    'Et brukstilfelle; id-en brukes i `plan.*.use_case`.',
    undefined,
  ),
  'use_cases.*.title': g('Short title of the use case.', undefined, 'Kort tittel på brukstilfellet.', undefined),
  'use_cases.*.description': g('What the use case does.', undefined, 'Hva brukstilfellet gjør.', undefined),
  'use_cases.*.owner': g(
    'Who is responsible for the use case (a team member id).',
    'Every use case needs a named owner; unclear responsibility sinks AI projects.',
    'Hvem som har ansvaret for brukstilfellet (en id i `team`).',
    'Hvert brukstilfelle trenger en navngitt eier; mange KI-prosjekter faller på uklart ansvar.',
  ),
  'use_cases.*.stage': g(
    'Where the use case stands: idea, proof of concept, pilot, production or retired.',
    'A proof of concept proves an idea with simplified data; production needs backup, monitoring, user management and compliance, a much harder step.',
    'Status for brukstilfellet: idé, PoC, pilot, produksjon eller avviklet.',
    'En PoC viser at en idé virker med forenklede data; produksjon krever backup, overvåking, brukerstyring og etterlevelse, et mye tyngre steg.',
  ),
  'use_cases.*.phase': g(
    'Roadmap phase: 1 baseline analysis, 2 pilots, 3 scaling and integration.',
    'Each phase takes about 3–6 months; the whole roadmap 12–18 months.',
    'Fase i veikartet: 1 kartlegging, 2 piloter, 3 skalering og integrasjon.',
    'Hver fase tar omtrent 3–6 måneder; hele veikartet 12–18 måneder.',
  ),
  'use_cases.*.quick_win': g(
    'A quick win: low risk, high visibility.',
    'Quick wins such as e-mail automation, document classification or ticket categorisation buy trust and early ROI; an internal FAQ bot is safer than automatic customer mail. A quick win is high value for low effort: value 3 or more and effort 2 or less.',
    'En rask gevinst: lav risiko, høy synlighet.',
    'Raske gevinster som e-postautomatisering, dokumentklassifisering eller kategorisering av saker gir tillit og tidlig avkastning; en intern FAQ-bot er tryggere enn automatisk kundepost. En rask gevinst gir høy verdi for liten innsats: forretningsverdi 3 eller mer og innsats 2 eller mindre.',
  ),
  'use_cases.*.feasibility': g(
    'Technical feasibility, a score 1–5.',
    'One of the three scores of the priority matrix; it sizes the bubble and adds to the priority score.',
    'Teknisk gjennomførbarhet, fra 1 til 5.',
    'En av de tre vurderingene i prioriteringsmatrisen; den bestemmer størrelsen på boblen og teller med i prioriteten.',
  ),
  'use_cases.*.value': g(
    'Business value, a score 1–5.',
    'Value counts twice in the priority score; value 3 or more puts the use case among the quick wins or major projects.',
    'Forretningsverdi, fra 1 til 5.',
    'Verdi teller dobbelt i prioriteten; verdi 3 eller mer plasserer brukstilfellet blant de raske gevinstene eller de store prosjektene.',
  ),
  'use_cases.*.effort': g(
    'Implementation effort, a score 1–5.',
    'Prioritise high value with medium effort: effort above 3 lowers the priority score, and complex projects with unknown ROI are best avoided.',
    'Implementeringsinnsats, fra 1 til 5.',
    'Prioriter høy verdi med middels innsats: innsats over 3 trekker ned prioriteten, og komplekse prosjekter med uklar avkastning bør unngås.',
  ),
  'use_cases.*.risk_level': g(
    'Risk level of the use case: low, medium or high.',
    'Quick wins should be low risk; the level colours the bubble in the priority matrix.',
    'Risikonivået til brukstilfellet: lav, middels eller høy.',
    'Raske gevinster bør ha lav risiko; nivået farger boblen i prioriteringsmatrisen.',
  ),
  'use_cases.*.visibility': g(
    'How visible the result is in the organisation: low, medium or high.',
    'Quick wins should be highly visible: they build trust for the next steps.',
    'Hvor synlig resultatet er i virksomheten: lav, middels eller høy.',
    'Raske gevinster bør være godt synlige: de bygger tillit for de neste stegene.',
  ),
  'use_cases.*.customer_facing': g(
    'Customers see or receive the output.',
    'Customer-facing AI is riskier than internal use; start inside the house.',
    'Kundene ser eller mottar resultatet.',
    'KI mot kunder er mer risikabelt enn intern bruk; begynn internt.',
  ),
  'use_cases.*.systems': g('Systems the use case uses (`systems` ids).', 'Early use cases should use systems with readiness 4–5.', 'Systemene brukstilfellet bruker (id-er i `systems`).', 'Tidlige brukstilfeller bør bruke systemer med modenhet 4–5.'),
  'use_cases.*.data_sources': g(
    'Data sources the use case uses (`data_sources` ids).',
    'Check their quality first: AI amplifies data problems.',
    'Datakildene brukstilfellet bruker (id-er i `data_sources`).',
    'Sjekk kvaliteten deres først: KI forsterker dataproblemer.',
  ),
  'use_cases.*.kpis': g(
    'KPIs that measure the use case (`kpis` ids).',
    'Decide how success is measured before implementing, with a baseline measured before AI is introduced.',
    'KPI-ene som måler brukstilfellet (id-er i `kpis`).',
    'Bestem hvordan suksess skal måles før implementeringen, med en utgangsverdi målt før KI tas i bruk.',
  ),
  'use_cases.*.risks': g(
    'Risks of the use case (`risks` ids).',
    'Every implementation carries its own technical, legal and organisational risks.',
    'Risikoene ved brukstilfellet (id-er i `risks`).',
    'Hver implementering har sine egne tekniske, juridiske og organisatoriske risikoer.',
  ),
  'use_cases.*.model': g(
    'The AI model or service used, for the AI register.',
    'The central register lists every AI solution with its model, data sources and purpose.',
    'KI-modellen eller -tjenesten som brukes, til KI-registeret.',
    'Det sentrale registeret viser alle KI-løsninger med modell, datakilder og formål.',
  ),
  'use_cases.*.purpose': g(
    'The purpose of the processing.',
    'Purpose limitation: personal data may only be processed for a stated purpose; the purpose also goes into the AI register.',
    'Formålet med behandlingen.',
    'Formålsbegrensning: personopplysninger kan bare behandles til et oppgitt formål; formålet føres også i KI-registeret.',
  ),
  'use_cases.*.hosting_region': g(
    'Where the AI service is hosted: EU, outside the EU, or on premises.',
    'Prefer EU-hosted services, especially with personal data. An active use case that processes personal data must say where it is hosted.',
    'Hvor KI-tjenesten driftes: i EU, utenfor EU eller lokalt.',
    'Velg helst tjenester med drift i EU, særlig når det er personopplysninger. Et brukstilfelle i gang som behandler personopplysninger, må oppgi hvor det driftes.',
  ),
  'use_cases.*.ai_act': g(
    'Risk class under the EU AI Act: prohibited, high, limited or minimal.',
    'Classify every AI solution; a prohibited practice cannot be deployed, and high risk brings strict duties.',
    'Risikoklasse etter EUs KI-forordning: forbudt, høy, begrenset eller minimal.',
    'Klassifiser hver KI-løsning; en forbudt praksis kan ikke tas i bruk, og høy risiko gir strenge plikter.',
  ),
  'use_cases.*.production': g(
    'The proof-of-concept to production checklist.',
    'A PoC runs on simplified data without production security; going live needs backup, monitoring, user management and compliance.',
    'Sjekklisten fra PoC til produksjon.',
    'En PoC kjører på forenklede data uten produksjonssikkerhet; å gå i drift krever backup, overvåking, brukerstyring og etterlevelse.',
  ),
  'use_cases.*.production.backup': g('Backup is in place.', 'Required before production.', 'Backup er på plass.', 'Påkrevd før produksjon.'),
  'use_cases.*.production.monitoring': g(
    'Monitoring is in place.',
    'Required before production: watch performance and unexpected output.',
    'Overvåking er på plass.',
    'Påkrevd før produksjon: følg med på ytelse og uventede svar.',
  ),
  'use_cases.*.production.user_management': g(
    'User management is in place.',
    'Required before production: who may use the system and see which data.',
    'Brukerstyring er på plass.',
    'Påkrevd før produksjon: hvem som kan bruke systemet og se hvilke data.',
  ),
  'use_cases.*.production.compliance': g(
    'Compliance has been checked.',
    'Required before production: privacy, liability and the EU AI Act.',
    'Etterlevelse er kontrollert.',
    'Påkrevd før produksjon: personvern, ansvar og EUs KI-forordning.',
  ),
  'use_cases.*.costs': g(
    'Costs of the use case, in the file’s currency.',
    'Running costs (licences, cloud, operations) are routinely underestimated.',
    'Kostnadene ved brukstilfellet, i filens valuta.',
    'Løpende kostnader (lisenser, sky, drift) blir ofte undervurdert.',
  ),
  'use_cases.*.costs.one_time': g('One-time cost.', undefined, 'Engangskostnad.', undefined),
  'use_cases.*.costs.monthly': g(
    'Running cost per month: licences, cloud, operations.',
    'A productive AI system typically costs about 2,000–5,000 EUR a month to run.',
    'Løpende kostnad per måned: lisenser, sky, drift.',
    'Et KI-system i produksjon koster typisk rundt 2 000–5 000 EUR i måneden å drifte.',
  ),

  kpis: g(
    'The KPIs, keyed by id: how success is measured.',
    'Decide on KPIs before implementing; mix quantitative (time, cost) and qualitative (satisfaction, fewer errors) measures and track them quarterly.',
    'KPI-ene, med id som nøkkel: hvordan suksess måles.',
    'Bestem KPI-ene før implementeringen; bland kvantitative (tid, kostnad) og kvalitative (tilfredshet, færre feil) mål og følg dem opp kvartalsvis.',
  ),
  'kpis.*': g('A KPI; the id is used in `use_cases.*.kpis`.', undefined, 'En KPI; id-en brukes i `use_cases.*.kpis`.', undefined),
  'kpis.*.name': g('Name of the KPI.', undefined, 'Navnet på KPI-en.', undefined),
  'kpis.*.kind': g(
    'Quantitative (time, cost) or qualitative (satisfaction, fewer errors).',
    'Track both hard and soft factors.',
    'Kvantitativ (tid, kostnad) eller kvalitativ (tilfredshet, færre feil).',
    'Følg både harde og myke faktorer.',
  ),
  'kpis.*.unit': g('Unit of measurement, e.g. minutes or percent.', 'A number without a unit cannot be measured.', 'Måleenhet, f.eks. minutter eller prosent.', 'Et tall uten enhet kan ikke måles.'),
  'kpis.*.baseline': g(
    'The value measured before AI is introduced.',
    'Measure the baseline before implementing, or the improvement can never be shown.',
    'Verdien målt før KI tas i bruk.',
    'Mål utgangsverdien før implementeringen, ellers kan forbedringen aldri vises.',
  ),
  'kpis.*.baseline_date': g(
    'When the baseline was measured (YYYY-MM-DD).',
    'Map today\u2019s situation before AI: the baseline is measured on or before the plan\u2019s start (`organization.start`).',
    'Når utgangsverdien ble målt (ÅÅÅÅ-MM-DD).',
    'Kartlegg dagens situasjon før KI: utgangsverdien måles senest den dagen planen starter (`organization.start`).',
  ),
  'kpis.*.target': g(
    'The value to reach.',
    'Concrete targets work: "document search from 15 to 3 minutes", "40 % less time on standard requests".',
    'Verdien som skal nås.',
    'Konkrete mål virker: «dokumentsøk fra 15 til 3 minutter», «40 % mindre tid på standardhenvendelser».',
  ),
  'kpis.*.direction': g(
    'Whether lower (decrease) or higher (increase) is better.',
    'The target must lie on the right side of the baseline.',
    'Om lavere (`decrease`) eller høyere (`increase`) er bedre.',
    'Målet må ligge på riktig side av utgangsverdien.',
  ),
  'kpis.*.cadence': g(
    'How often the KPI is measured: monthly or quarterly.',
    'Report ROI quarterly and communicate the results.',
    'Hvor ofte KPI-en måles: månedlig eller kvartalsvis.',
    'Rapporter avkastning kvartalsvis og kommuniser resultatene.',
  ),
  'kpis.*.actuals': g(
    'Measured values by quarter (YYYY-Qn).',
    'They feed the ROI reports; ROI is usually measurable after 12–18 months. Six months after the start, pilots and production use cases should have measured values beyond the baseline.',
    'Målte verdier per kvartal (ÅÅÅÅ-Qn).',
    'De brukes i avkastningsrapportene; avkastning kan vanligvis måles etter 12–18 måneder. Seks måneder etter starten bør piloter og brukstilfeller i produksjon ha målte verdier som er bedre enn utgangsverdien.',
  ),
  'kpis.*.actuals.*': g('The value measured in this quarter (YYYY-Qn).', undefined, 'Verdien målt i dette kvartalet (ÅÅÅÅ-Qn).', undefined),

  risks: g(
    'The risks, keyed by id: the risk matrix.',
    'Cover technical (system failure, data quality, unexpected output), legal (privacy, liability, compliance) and organisational (resistance, unclear roles, too little training) risks, each with a mitigation.',
    'Risikoene, med id som nøkkel: risikomatrisen.',
    'Dekk tekniske (systemfeil, datakvalitet, uventede svar), juridiske (personvern, ansvar, etterlevelse) og organisatoriske (motstand, uklare roller, for lite opplæring) risikoer, hver med et tiltak.',
  ),
  'risks.*': g('A risk; the id is used in `use_cases.*.risks`.', undefined, 'En risiko; id-en brukes i `use_cases.*.risks`.', undefined),
  'risks.*.title': g('Short title of the risk.', undefined, 'Kort tittel på risikoen.', undefined),
  'risks.*.category': g(
    'Risk category: technical, legal or organisational.',
    'The risk matrix should cover all three categories.',
    'Risikokategori: teknisk, juridisk eller organisatorisk.',
    'Risikomatrisen bør dekke alle tre kategoriene.',
  ),
  'risks.*.likelihood': g(
    'How likely the risk is, a score 1–5.',
    'Likelihood × impact places the risk in the 5 × 5 heat map.',
    'Hvor sannsynlig risikoen er, fra 1 til 5.',
    'Sannsynlighet × konsekvens plasserer risikoen i det 5 × 5 store varmekartet.',
  ),
  'risks.*.impact': g(
    'How bad it is if the risk happens, a score 1–5.',
    'Likelihood × impact places the risk in the 5 × 5 heat map.',
    'Hvor ille det er om risikoen inntreffer, fra 1 til 5.',
    'Sannsynlighet × konsekvens plasserer risikoen i det 5 × 5 store varmekartet.',
  ),
  'risks.*.mitigation': g(
    'The measure that reduces the risk.',
    'Every identified risk needs a mitigation, e.g. "always show sources; human review before anything leaves the house".',
    'Tiltaket som reduserer risikoen.',
    'Hver identifisert risiko trenger et tiltak, f.eks. «vis alltid kilder; menneskelig kontroll før noe går ut av huset».',
  ),
  'risks.*.owner': g('Who owns the risk (a team member id).', 'A risk nobody owns is a risk nobody watches.', 'Hvem som eier risikoen (en id i `team`).', 'En risiko ingen eier, er en risiko ingen følger med på.'),

  governance: g(
    'Governance: who approves AI tools, how often they are reviewed, and the data policy.',
    'Decide who approves which tools on what criteria, write guidelines for sensitive data, keep a central register, and review performance and compliance regularly.',
    'Styring: hvem som godkjenner KI-verktøy, hvor ofte de gjennomgås, og retningslinjene for data.',
    'Bestem hvem som godkjenner hvilke verktøy etter hvilke kriterier, skriv retningslinjer for sensitive data, før et sentralt register og gjennomgå ytelse og etterlevelse jevnlig.',
  ),
  'governance.approver': g(
    'Who approves new AI tools (a team member id).',
    'One approver with clear criteria also stops "tool hopping" between vendors.',
    'Hvem som godkjenner nye KI-verktøy (en id i `team`).',
    'Én godkjenner med klare kriterier hindrer også at man hopper mellom leverandører.',
  ),
  'governance.review': g(
    'How often performance and compliance are reviewed: monthly, quarterly or yearly.',
    'Regular reviews keep the register and the results honest; quarterly matches the ROI reports.',
    'Hvor ofte ytelse og etterlevelse gjennomgås: månedlig, kvartalsvis eller årlig.',
    'Jevnlige gjennomganger holder registeret og resultatene ærlige; kvartalsvis passer med avkastningsrapportene.',
  ),
  'governance.data_policy': g(
    'The guideline for sensitive data (a path or a link).',
    'Say which data may go into which AI services. Needed as soon as a use case uses personal data.',
    'Retningslinjen for sensitive data (en sti eller en lenke).',
    'Si hvilke data som kan brukes i hvilke KI-tjenester. Trengs så snart et brukstilfelle bruker personopplysninger.',
  ),

  budget: g('The AI budget, in the file’s currency.', 'Plan for training, tools, consulting and running costs.', 'KI-budsjettet, i filens valuta.', 'Planlegg for opplæring, verktøy, rådgivning og løpende kostnader.'),
  'budget.first_year': g(
    'Budget for the first year.',
    'A mid-sized company typically needs 50,000–150,000 EUR in the first year (training, tools, consulting). It is compared with the planned cost: each use case\u2019s one-time cost and 12 months of running cost (retired ones aside), the training line and consulting. Write plain numbers: YAML reads `95.000` as 95.',
    'Budsjettet for det første året.',
    'En mellomstor virksomhet trenger typisk 50 000–150 000 EUR det første året (opplæring, verktøy, rådgivning). Det sammenlignes med de planlagte kostnadene: engangskostnaden og 12 måneders løpende kostnader for hvert brukstilfelle (unntatt avviklede), opplæring og rådgivning. Skriv tall uten skilletegn: YAML leser `95.000` som 95.',
  ),
  'budget.training': g(
    'Training budget.',
    'About 2,000–5,000 EUR per person for in-depth AI training. It should cover the team\u2019s training budgets; without it, their sum is the first year\u2019s training line.',
    'Opplæringsbudsjett.',
    'Rundt 2 000–5 000 EUR per person for grundig KI-opplæring. Det bør dekke opplæringsbudsjettene i teamet; uten det regnes summen av dem som opplæringen det første året.',
  ),
  'budget.consulting': g('Consulting budget.', 'External advice counts in the first year\u2019s planned cost.', 'Budsjett for rådgivning.', 'Ekstern rådgivning regnes med i de planlagte kostnadene for det første året.'),

  plan: g(
    'The 90-day plan, keyed by id; weeks 1–12 count from `organization.start`.',
    'Foundation (weeks 1–4): interviews, data landscape, infrastructure, skills. Pilot (5–8): pick a use case, build a prototype. Evaluation (9–12): test with users, compute ROI, write the 12-month roadmap.',
    '90-dagersplanen, med id som nøkkel; uke 1–12 regnes fra startdatoen (`organization.start`).',
    'Grunnlag (uke 1–4): intervjuer, datalandskap, infrastruktur, kompetanse. Pilot (5–8): velg et brukstilfelle, bygg en prototype. Evaluering (9–12): test med brukere, regn ut avkastning, skriv 12-månedersveikartet.',
  ),
  'plan.*': g('An item of the 90-day plan.', undefined, 'Et punkt i 90-dagersplanen.', undefined),
  'plan.*.title': g('What is done.', undefined, 'Hva som gjøres.', undefined),
  'plan.*.weeks': g(
    'A week 1–12, or a range "a-b" such as "7-8" (an en dash or spaces around the dash mean the same: 7–8, 7 - 8).',
    'Weeks 1–4 are the foundation track, 5–8 the pilot, 9–12 evaluation and the roadmap.',
    'En uke 1–12, eller et spenn «a-b» som «7-8» (tankestrek eller mellomrom rundt streken betyr det samme: 7–8, 7 - 8).',
    'Uke 1–4 er grunnlagssporet, 5–8 piloten, 9–12 evaluering og veikart.',
  ),
  'plan.*.owner': g('Who does it (a team member id).', undefined, 'Hvem som gjør det (en id i `team`).', undefined),
  'plan.*.done': g('The item is done.', 'An item not done after its last week is reported as overdue (`plan-item-overdue`).', 'Punktet er fullført.', 'En oppgave som ikke er fullført når den siste uken er over, meldes som forsinket (`plan-item-overdue`).'),
  'plan.*.milestone': g('The item is a milestone, drawn as a diamond.', 'Week 12 typically ends with the detailed 12-month roadmap.', 'Punktet er en milepæl, tegnet som en rombe.', 'Uke 12 ender typisk med det detaljerte 12-månedersveikartet.'),
  'plan.*.use_case': g('The use case the item belongs to (a `use_cases` id).', undefined, 'Brukstilfellet punktet hører til (en id i `use_cases`).', undefined),
};

export function guidanceFor(schemaPath: string): FieldGuide | undefined {
  return GUIDANCE[schemaPath];
}

/**
 * The one-line summary of a field, where it differs from its `meaning`: the
 * generated JSON Schema's `description`s (what editors without this extension
 * show). `''` is the file itself. A path not listed here is summarised by its
 * `meaning`; see {@link fieldSummary}.
 */
export const SUMMARIES: Readonly<Record<string, Record<Locale, string>>> = {
  '': { en: 'An AI-adoption roadmap (airoadmap language, version 1).', nb: 'Et veikart for å ta i bruk KI (airoadmap-språket, versjon 1).' },
  airoadmap: { en: 'Version of the language; must be 1.', nb: 'Versjon av språket; må være 1.' },
  'organization.employees': { en: 'Number of employees; the framework is tuned for 50–250.', nb: 'Antall ansatte; rammeverket er tilpasset 50–250.' },
  'organization.currency': { en: 'ISO 4217 currency code for all money in the file; default EUR.', nb: 'ISO 4217-valutakode for alle beløp i filen; standard er EUR.' },
  roles: { en: 'Who answers when the AI is wrong: the roles named in writing.', nb: 'Hvem som svarer når KI-en tar feil: rollene, navngitt skriftlig.' },
  'roles.ai_owner': { en: 'The AI owner: answers for the AI solutions (-> team).', nb: 'KI-eieren: står ansvarlig for KI-løsningene (en id i team).' },
  'roles.data_steward': { en: 'The data steward: answers for data quality and access (-> team).', nb: 'Den dataansvarlige: står ansvarlig for datakvalitet og tilgang (en id i team).' },
  'roles.business_contact': { en: 'The business contact: speaks for the business side (-> team).', nb: 'Forretningskontakten: taler forretningssidens sak (en id i team).' },
  'team.*': { en: 'A member of the team.', nb: 'En person i teamet.' },
  'team.*.training_budget': { en: 'Training budget for this person; guide 2,000–5,000 EUR.', nb: 'Opplæringsbudsjett for personen; veiledende 2 000–5 000 EUR.' },
  infrastructure: {
    en: 'The four readiness questions; three of four "yes" means ready to start.',
    nb: 'De fire modenhetsspørsmålene; tre «ja» av fire betyr klar til å starte.',
  },
  'infrastructure.databases_with_api': { en: 'Structured databases with APIs?', nb: 'Strukturerte databaser med API-er?' },
  'infrastructure.stable_cloud': { en: 'Stable cloud connectivity?', nb: 'Stabil skytilkobling?' },
  'infrastructure.modern_web_services': { en: 'Modern web services?', nb: 'Moderne webtjenester?' },
  'infrastructure.backup_and_security': { en: 'Current backup and security?', nb: 'Oppdatert backup og sikkerhet?' },
  'infrastructure.bandwidth_mbps': {
    en: 'Network bandwidth in Mbit/s; LLMs need stable, sufficient bandwidth.',
    nb: 'Nettverkskapasitet i Mbit/s; språkmodeller trenger stabil og tilstrekkelig båndbredde.',
  },
  systems: { en: 'Business systems, keyed by id.', nb: 'Forretningssystemer, med id som nøkkel.' },
  'systems.*': { en: 'A business system, scored for AI readiness.', nb: 'Et forretningssystem, med poeng for KI-modenhet.' },
  'systems.*.kind': { en: 'Kind of system.', nb: 'Type system.' },
  'systems.*.readiness': { en: 'AI readiness 1–5; systems scoring 4–5 suit early integration.', nb: 'KI-modenhet 1–5; systemer med 4–5 egner seg for tidlig integrering.' },
  'systems.*.hosting': { en: 'Where the system runs.', nb: 'Hvor systemet kjører.' },
  'systems.*.api': { en: 'How other programs reach the system.', nb: 'Hvordan andre programmer når systemet.' },
  data_sources: { en: 'Data sources, keyed by id.', nb: 'Datakilder, med id som nøkkel.' },
  'data_sources.*': { en: 'A data source, rated for quality.', nb: 'En datakilde, vurdert for kvalitet.' },
  'data_sources.*.system': { en: 'The system holding the data (-> systems).', nb: 'Systemet som har dataene (en id i \'systems\').' },
  'data_sources.*.kind': { en: 'Kind of data source.', nb: 'Type datakilde.' },
  'data_sources.*.completeness': { en: 'Completeness of the data, 1–5.', nb: 'Hvor komplette dataene er, 1–5.' },
  'data_sources.*.freshness': { en: 'Freshness (how up to date the data is), 1–5.', nb: 'Aktualitet (hvor oppdaterte dataene er), 1–5.' },
  'data_sources.*.consistency': { en: 'Consistency of the data, 1–5.', nb: 'Hvor konsistente dataene er, 1–5.' },
  'data_sources.*.structured_metadata': {
    en: 'Has structured metadata; well suited to retrieval-augmented generation.',
    nb: 'Har strukturerte metadata; egner seg godt for søkeforsterket generering.',
  },
  'data_sources.*.personal_data': { en: 'Holds personal data under the GDPR.', nb: 'Inneholder personopplysninger etter personvernforordningen (GDPR).' },
  'data_sources.*.silo': { en: 'Isolated, or behind media breaks; becomes an integration project.', nb: 'Isolert, eller bak mediebrudd; blir et integrasjonsprosjekt.' },
  use_cases: { en: 'Use cases, keyed by id.', nb: 'Brukstilfeller, med id som nøkkel.' },
  'use_cases.*': { en: 'A use case, scored for the priority matrix.', nb: 'Et brukstilfelle, med poeng for prioriteringsmatrisen.' },
  'use_cases.*.owner': { en: 'Who is responsible for the use case (-> team).', nb: 'Hvem som har ansvaret for brukstilfellet (en id i team).' },
  'use_cases.*.stage': {
    en: 'Where the use case stands; poc, pilot and production are active.',
    nb: 'Status for brukstilfellet; \'poc\', \'pilot\' og \'production\' er aktive.',
  },
  'use_cases.*.phase': { en: 'Roadmap phase: 1 baseline, 2 pilots, 3 scaling.', nb: 'Fase i veikartet: 1 kartlegging, 2 piloter, 3 skalering.' },
  'use_cases.*.feasibility': { en: 'Technical feasibility 1–5.', nb: 'Teknisk gjennomførbarhet 1–5.' },
  'use_cases.*.value': { en: 'Business value 1–5.', nb: 'Forretningsverdi 1–5.' },
  'use_cases.*.effort': { en: 'Implementation effort 1–5.', nb: 'Implementeringsinnsats 1–5.' },
  'use_cases.*.risk_level': { en: 'Risk level of the use case.', nb: 'Risikonivået til brukstilfellet.' },
  'use_cases.*.visibility': { en: 'How visible the result is in the organisation.', nb: 'Hvor synlig resultatet er i virksomheten.' },
  'use_cases.*.systems': { en: 'Systems the use case uses (-> systems).', nb: 'Systemene brukstilfellet bruker (id-er i \'systems\').' },
  'use_cases.*.data_sources': { en: 'Data sources the use case uses (-> data_sources).', nb: 'Datakildene brukstilfellet bruker (id-er i \'data_sources\').' },
  'use_cases.*.kpis': { en: 'KPIs that measure the use case (-> kpis).', nb: 'KPI-ene som måler brukstilfellet (id-er i \'kpis\').' },
  'use_cases.*.risks': { en: 'Risks of the use case (-> risks).', nb: 'Risikoene ved brukstilfellet (id-er i \'risks\').' },
  'use_cases.*.model': { en: 'The AI model or service, for the AI register.', nb: 'KI-modellen eller -tjenesten, til KI-registeret.' },
  'use_cases.*.purpose': { en: 'The purpose of the processing (purpose limitation).', nb: 'Formålet med behandlingen (formålsbegrensning).' },
  'use_cases.*.hosting_region': { en: 'Where the AI service is hosted.', nb: 'Hvor KI-tjenesten driftes.' },
  'use_cases.*.ai_act': { en: 'EU AI Act risk class.', nb: 'Risikoklasse etter EUs KI-forordning.' },
  'use_cases.*.costs': { en: 'Costs of the use case.', nb: 'Kostnadene ved brukstilfellet.' },
  'use_cases.*.costs.monthly': {
    en: 'Running cost per month (licences, cloud, operations); guide 2,000–5,000 EUR.',
    nb: 'Løpende kostnader per måned (lisenser, sky, drift); veiledende 2 000–5 000 EUR.',
  },
  kpis: { en: 'KPIs, keyed by id.', nb: 'KPI-er, med id som nøkkel.' },
  'kpis.*': { en: 'A key performance indicator with baseline and target.', nb: 'Et nøkkeltall (KPI) med utgangsverdi og mål.' },
  'kpis.*.kind': {
    en: 'Quantitative (time, cost) or qualitative (satisfaction, errors).',
    nb: 'Kvantitativ (tid, kostnad) eller kvalitativ (tilfredshet, feil).',
  },
  'kpis.*.unit': { en: 'Unit of measurement.', nb: 'Måleenhet.' },
  'kpis.*.direction': { en: 'Whether lower or higher is better.', nb: 'Om lavere eller høyere er bedre.' },
  'kpis.*.cadence': { en: 'How often the KPI is measured.', nb: 'Hvor ofte KPI-en måles.' },
  'kpis.*.actuals': { en: 'Measured values by quarter (YYYY-Qn), for ROI reports.', nb: 'Målte verdier per kvartal (ÅÅÅÅ-Qn), til avkastningsrapporter.' },
  risks: { en: 'Risks, keyed by id.', nb: 'Risikoer, med id som nøkkel.' },
  'risks.*': { en: 'A risk with likelihood, impact and mitigation.', nb: 'En risiko med sannsynlighet, konsekvens og tiltak.' },
  'risks.*.category': { en: 'Risk category.', nb: 'Risikokategori.' },
  'risks.*.likelihood': { en: 'Likelihood 1–5.', nb: 'Sannsynlighet 1–5.' },
  'risks.*.impact': { en: 'Impact 1–5.', nb: 'Konsekvens 1–5.' },
  'risks.*.owner': { en: 'Who owns the risk (-> team).', nb: 'Hvem som eier risikoen (en id i team).' },
  governance: {
    en: 'Who approves AI tools, how often they are reviewed, and the data policy.',
    nb: 'Hvem som godkjenner KI-verktøy, hvor ofte de gjennomgås, og retningslinjene for data.',
  },
  'governance.approver': { en: 'Who approves new AI tools (-> team).', nb: 'Hvem som godkjenner nye KI-verktøy (en id i team).' },
  'governance.review': { en: 'How often performance and compliance are reviewed.', nb: 'Hvor ofte ytelse og etterlevelse gjennomgås.' },
  'governance.data_policy': { en: 'Guideline for sensitive data (a path or a link).', nb: 'Retningslinje for sensitive data (en sti eller en lenke).' },
  budget: { en: 'The AI budget.', nb: 'KI-budsjettet.' },
  'budget.first_year': { en: 'Budget for the first year; guide 50,000–150,000 EUR.', nb: 'Budsjett for første år; veiledende 50 000–150 000 EUR.' },
  plan: { en: 'The 90-day plan; weeks 1–12 from organization.start.', nb: '90-dagersplanen; uke 1–12 regnet fra startdatoen (\'organization.start\').' },
  'plan.*.weeks': { en: 'A week 1–12, or a range "a-b" (also "a–b").', nb: 'En uke 1–12, eller et spenn «a-b» (også «a–b»).' },
  'plan.*.owner': { en: 'Who does it (-> team).', nb: 'Hvem som gjør det (en id i team).' },
  'plan.*.milestone': { en: 'The item is a milestone (drawn as a diamond).', nb: 'Punktet er en milepæl (tegnet som en rombe).' },
  'plan.*.use_case': { en: 'The use case the item belongs to (-> use_cases).', nb: 'Brukstilfellet punktet hører til (en id i \'use_cases\').' },
};

/** The one-line summary of the field at `schemaPath` (`''` for the file): its entry in SUMMARIES, else its meaning. */
export function fieldSummary(schemaPath: string, locale: Locale): string | undefined {
  return SUMMARIES[schemaPath]?.[locale] ?? GUIDANCE[schemaPath]?.[locale].meaning;
}

/**
 * The two keys the language reads besides its fields: a top-level key
 * starting with `x-` (the writer's own) and a merge key `<<` (dsl.md,
 * "Additions in catalogue 2"). `summary` is the JSON Schema's description of
 * `x-` keys; hovers show `title` and `text`.
 */
export const LANGUAGE_KEYS: Readonly<Record<'extension' | 'merge', Record<Locale, { title: string; summary: string; text: string }>>> = {
  extension: {
    en: {
      title: 'extension key',
      summary: 'An extension key (x-…): ignored by every check; the place for anchors that several entities share.',
      text: 'A top-level key starting with `x-` is your own: every check ignores it. It is the place for anchors (`&name`) that several entities share through a merge key (`<<: *name`).',
    },
    nb: {
      title: 'utvidelsesnøkkel',
      summary: 'En utvidelsesnøkkel (x-…): ingen sjekk leser den; stedet for ankere som flere oppføringer deler.',
      text: 'En nøkkel øverst i filen som begynner med `x-`, er din egen: ingen sjekk leser den. Her kan du legge ankere (`&navn`) som flere oppføringer deler gjennom en flettenøkkel (`<<: *navn`).',
    },
  },
  merge: {
    en: {
      title: 'merge key',
      summary: 'Merges the keys of the aliased maps into this one.',
      text: 'Merges the keys of the map the alias names (`<<: *name`), or of each map in a list (`<<: [*a, *b]`), into this one, as YAML 1.1 and Docker Compose do. Keys written here win, then earlier aliases over later ones. Merged keys count as written here; a finding about a merged value is shown on its alias.',
    },
    nb: {
      title: 'flettenøkkel',
      summary: 'Fletter nøklene fra kartene aliasene viser til, inn i dette kartet.',
      text: 'Fletter nøklene fra kartet aliaset viser til (`<<: *navn`), eller fra hvert kart i en liste (`<<: [*a, *b]`), inn i dette kartet, slik YAML 1.1 og Docker Compose gjør. Nøkler skrevet her går foran, og tidligere aliaser går foran senere. Flettede nøkler teller som skrevet her; et funn om en flettet verdi vises på aliaset sitt.',
    },
  },
};

/** Markdown about an extension key (`x-…`) or a merge key (`<<`). */
export function languageKeyMarkdown(kind: keyof typeof LANGUAGE_KEYS, key: string, locale: Locale): string {
  const texts = LANGUAGE_KEYS[kind][locale];
  return `${markdownCode(key)} · ${texts.title}\n\n${texts.text}`;
}

/** The one-line summary of an id in a list of references into `section`. */
export function refItemSummary(section: EntitySection, locale: Locale): string {
  return locale === 'nb' ? `En id i \`${section}\`.` : `An id in \`${section}\`.`;
}

// ---- Scores ----------------------------------------------------------------

type FiveTexts = readonly [string, string, string, string, string];

/** What each score 1–5 means, by field name. */
export const SCORE_MEANINGS: Readonly<Record<string, Record<Locale, FiveTexts>>> = {
  readiness: {
    en: [
      'Not ready: closed or outdated, no usable interface.',
      'Weak: the data is hard to reach; a large integration job.',
      'Partly ready: reachable, but needs work before AI integration.',
      'Ready: stable interfaces; suits early AI integration.',
      'Fully ready: modern and API-first; ideal for the first pilots.',
    ],
    nb: [
      'Ikke klar: lukket eller utdatert, uten brukbart grensesnitt.',
      'Svak: dataene er vanskelige å nå; en stor integrasjonsjobb.',
      'Delvis klar: tilgjengelig, men trenger arbeid før KI-integrering.',
      'Klar: stabile grensesnitt; egner seg for tidlig KI-integrering.',
      'Helt klar: moderne og API-basert; ideell for de første pilotene.',
    ],
  },
  feasibility: {
    en: ['Very hard: unproven technology or missing data.', 'Hard: major technical unknowns.', 'Feasible with some effort.', 'Readily feasible with known tools and data.', 'Straightforward: proven solutions exist.'],
    nb: ['Svært vanskelig: uprøvd teknologi eller manglende data.', 'Vanskelig: store tekniske usikkerheter.', 'Gjennomførbart med en viss innsats.', 'Godt gjennomførbart med kjente verktøy og data.', 'Enkelt: utprøvde løsninger finnes.'],
  },
  value: {
    en: ['Marginal benefit.', 'Small, local benefit.', 'Clear benefit for one department.', 'Large benefit, noticeable across the business.', 'Strategic: a major gain in time, cost or quality.'],
    nb: ['Marginal nytte.', 'Liten, lokal nytte.', 'Tydelig nytte for én avdeling.', 'Stor nytte, merkbar i hele virksomheten.', 'Strategisk: stor gevinst i tid, kostnad eller kvalitet.'],
  },
  effort: {
    en: [
      'Very low: days, with standard tools.',
      'Low: a few weeks, little integration.',
      'Medium: a pilot-sized project; the sweet spot when the value is high.',
      'High: several systems and teams; lowers the priority.',
      'Very high: a complex project; avoid while the ROI is unknown.',
    ],
    nb: [
      'Svært lav: dager, med standardverktøy.',
      'Lav: noen uker, lite integrasjon.',
      'Middels: et prosjekt på pilotstørrelse; best når verdien er høy.',
      'Høy: flere systemer og team; trekker ned prioriteten.',
      'Svært høy: et komplekst prosjekt; unngå så lenge avkastningen er uklar.',
    ],
  },
  completeness: {
    en: ['Large gaps: most records miss key fields; clean first.', 'Many gaps; clean first.', 'Usable, with noticeable gaps.', 'Nearly complete.', 'Complete.'],
    nb: ['Store hull: de fleste poster mangler viktige felt; rydd først.', 'Mange hull; rydd først.', 'Brukbar, med merkbare hull.', 'Nesten komplett.', 'Komplett.'],
  },
  freshness: {
    en: ['Badly outdated; fix the updating first.', 'Often outdated; fix the updating first.', 'Updated irregularly.', 'Mostly up to date.', 'Always up to date.'],
    nb: ['Sterkt utdatert; fiks oppdateringen først.', 'Ofte utdatert; fiks oppdateringen først.', 'Oppdateres ujevnt.', 'Stort sett oppdatert.', 'Alltid oppdatert.'],
  },
  consistency: {
    en: ['Contradictory formats and values; harmonise first.', 'Inconsistent in many places; harmonise first.', 'Some inconsistencies.', 'Mostly consistent.', 'Fully consistent.'],
    nb: ['Motstridende formater og verdier; harmoniser først.', 'Inkonsistent mange steder; harmoniser først.', 'Noen inkonsistenser.', 'Stort sett konsistent.', 'Helt konsistent.'],
  },
  likelihood: {
    en: ['Rare.', 'Unlikely.', 'Possible.', 'Likely.', 'Almost certain.'],
    nb: ['Sjelden.', 'Lite sannsynlig.', 'Mulig.', 'Sannsynlig.', 'Nesten sikkert.'],
  },
  impact: {
    en: ['Negligible.', 'Minor.', 'Moderate.', 'Major.', 'Severe: critical for the business.'],
    nb: ['Ubetydelig.', 'Liten.', 'Moderat.', 'Stor.', 'Alvorlig: kritisk for virksomheten.'],
  },
};

const GENERIC_SCORE: Record<Locale, FiveTexts> = {
  en: ['Very low.', 'Low.', 'Medium.', 'High.', 'Very high.'],
  nb: ['Svært lav.', 'Lav.', 'Middels.', 'Høy.', 'Svært høy.'],
};

/** The meaning of score `score` (1–5) of the field named `field`; undefined outside 1–5. */
export function scoreMeaning(field: string, score: number, locale: Locale): string | undefined {
  if (!Number.isInteger(score) || score < 1 || score > 5) return undefined;
  const texts = SCORE_MEANINGS[field]?.[locale] ?? GENERIC_SCORE[locale];
  return texts[score - 1];
}

// ---- Enumeration values ------------------------------------------------------

/** Meanings of enumeration values, by schema path then value. */
export const VALUE_MEANINGS: Readonly<Record<string, Readonly<Record<string, Record<Locale, string>>>>> = {
  'use_cases.*.stage': {
    idea: { en: 'An idea, not started.', nb: 'En idé, ikke startet.' },
    poc: { en: 'Proof of concept: proves the idea with simplified data, without production security.', nb: 'PoC: viser at ideen virker med forenklede data, uten produksjonssikkerhet.' },
    pilot: { en: 'Pilot: tested with real users.', nb: 'Pilot: testes med ekte brukere.' },
    production: { en: 'In production: needs backup, monitoring, user management and compliance.', nb: 'I produksjon: krever backup, overvåking, brukerstyring og etterlevelse.' },
    retired: { en: 'Retired: no longer in use.', nb: 'Avviklet: ikke lenger i bruk.' },
  },
  'use_cases.*.phase': {
    '1': { en: 'Phase 1: baseline analysis and preparation.', nb: 'Fase 1: kartlegging og forberedelse.' },
    '2': { en: 'Phase 2: pilots.', nb: 'Fase 2: piloter.' },
    '3': { en: 'Phase 3: scaling and integration.', nb: 'Fase 3: skalering og integrasjon.' },
  },
  'use_cases.*.ai_act': {
    prohibited: { en: 'A prohibited practice: cannot be deployed.', nb: 'En forbudt praksis: kan ikke tas i bruk.' },
    high: { en: 'High risk: strict duties (risk management, documentation, human oversight).', nb: 'Høy risiko: strenge plikter (risikostyring, dokumentasjon, menneskelig tilsyn).' },
    limited: { en: 'Limited risk: transparency duties, e.g. tell users they talk to an AI.', nb: 'Begrenset risiko: åpenhetsplikter, f.eks. si fra at brukeren snakker med en KI.' },
    minimal: { en: 'Minimal risk: no specific duties.', nb: 'Minimal risiko: ingen særskilte plikter.' },
  },
  'use_cases.*.hosting_region': {
    eu: { en: 'Hosted in the EU: preferred for privacy.', nb: 'Driftes i EU: foretrukket for personvernet.' },
    non_eu: { en: 'Hosted outside the EU: needs strong safeguards for personal data.', nb: 'Driftes utenfor EU: krever sterke garantier for personopplysninger.' },
    on_prem: { en: 'On premises: for strict privacy needs or very large data.', nb: 'Lokalt: for strenge personvernkrav eller svært store datamengder.' },
  },
  'risks.*.category': {
    technical: { en: 'Technical: system failure, data quality, unexpected AI output.', nb: 'Teknisk: systemfeil, datakvalitet, uventede KI-svar.' },
    legal: { en: 'Legal: privacy, liability, compliance.', nb: 'Juridisk: personvern, ansvar, etterlevelse.' },
    organizational: { en: 'Organisational: resistance, unclear roles, too little training.', nb: 'Organisatorisk: motstand, uklare roller, for lite opplæring.' },
  },
  'kpis.*.kind': {
    quantitative: { en: 'Quantitative: time, cost, counts.', nb: 'Kvantitativ: tid, kostnad, antall.' },
    qualitative: { en: 'Qualitative: satisfaction, fewer errors.', nb: 'Kvalitativ: tilfredshet, færre feil.' },
  },
  'kpis.*.direction': {
    decrease: { en: 'Lower is better: the target is below the baseline.', nb: 'Lavere er bedre: målet ligger under utgangsverdien.' },
    increase: { en: 'Higher is better: the target is above the baseline.', nb: 'Høyere er bedre: målet ligger over utgangsverdien.' },
  },
  'kpis.*.cadence': {
    monthly: { en: 'Measured every month.', nb: 'Måles hver måned.' },
    quarterly: { en: 'Measured every quarter.', nb: 'Måles hvert kvartal.' },
  },
  'use_cases.*.risk_level': {
    low: { en: 'Low risk: little harm if the AI is wrong.', nb: 'Lav risiko: liten skade om KI-en tar feil.' },
    medium: { en: 'Medium risk: mistakes are noticed and can be corrected.', nb: 'Middels risiko: feil blir oppdaget og kan rettes.' },
    high: { en: 'High risk: mistakes can hurt customers, money or rights.', nb: 'Høy risiko: feil kan ramme kunder, penger eller rettigheter.' },
  },
  'use_cases.*.visibility': {
    low: { en: 'Hardly seen outside the team.', nb: 'Synes knapt utenfor teamet.' },
    medium: { en: 'Seen by one department.', nb: 'Synlig for én avdeling.' },
    high: { en: 'Seen across the business: builds trust in AI.', nb: 'Synlig i hele virksomheten: bygger tillit til KI.' },
  },
  'governance.review': {
    monthly: { en: 'AI tools are reviewed every month.', nb: 'KI-verktøyene gjennomgås hver måned.' },
    quarterly: { en: 'AI tools are reviewed every quarter.', nb: 'KI-verktøyene gjennomgås hvert kvartal.' },
    yearly: { en: 'AI tools are reviewed every year.', nb: 'KI-verktøyene gjennomgås hvert år.' },
  },
  'systems.*.kind': {
    erp: { en: 'Enterprise resource planning (ERP).', nb: 'Virksomhetssystem (ERP).' },
    crm: { en: 'Customer relationship management (CRM).', nb: 'Kundesystem (CRM).' },
    dms: { en: 'Document management (DMS).', nb: 'Dokumenthåndtering (DMS).' },
    email: { en: 'Email.', nb: 'E-post.' },
    project: { en: 'Project management.', nb: 'Prosjektstyring.' },
    collaboration: { en: 'Collaboration: chat, meetings, shared files.', nb: 'Samhandling: chat, møter, delte filer.' },
    custom: { en: 'Built for the organisation itself.', nb: 'Laget for virksomheten selv.' },
    other: { en: 'Another kind of system.', nb: 'En annen type system.' },
  },
  'systems.*.hosting': {
    cloud: { en: 'Runs in the cloud.', nb: 'Kjører i skyen.' },
    on_prem: { en: 'Runs on the organisation’s own servers.', nb: 'Kjører på virksomhetens egne servere.' },
    hybrid: { en: 'Partly in the cloud, partly on own servers.', nb: 'Delvis i skyen, delvis på egne servere.' },
  },
  'systems.*.api': {
    rest: { en: 'A REST API.', nb: 'Et REST-API.' },
    graphql: { en: 'A GraphQL API.', nb: 'Et GraphQL-API.' },
    soap: { en: 'A SOAP interface: older, but usable.', nb: 'Et SOAP-grensesnitt: eldre, men brukbart.' },
    file: { en: 'File exports only.', nb: 'Bare fileksport.' },
    none: { en: 'No interface: the data is hard to reach.', nb: 'Ingen grensesnitt: dataene er vanskelige å nå.' },
  },
  'data_sources.*.kind': {
    crm: { en: 'Customer data (CRM).', nb: 'Kundedata (CRM).' },
    erp: { en: 'Business data from the ERP.', nb: 'Forretningsdata fra ERP-systemet.' },
    documents: { en: 'Documents: suit retrieval-augmented generation (RAG).', nb: 'Dokumenter: egner seg for RAG (gjenfinningsstøttet generering).' },
    email: { en: 'Email.', nb: 'E-post.' },
    project: { en: 'Project data.', nb: 'Prosjektdata.' },
    other: { en: 'Another kind of data.', nb: 'En annen type data.' },
  },
  'team.*.skills': {
    api: { en: 'Working with APIs.', nb: 'Arbeid med API-er.' },
    programming: { en: 'Programming.', nb: 'Programmering.' },
    workflow_automation: { en: 'Workflow automation.', nb: 'Arbeidsflytautomatisering.' },
    ml: { en: 'Machine learning.', nb: 'Maskinlæring.' },
    llm: { en: 'Large language models.', nb: 'Store språkmodeller.' },
    data_quality: { en: 'Data quality.', nb: 'Datakvalitet.' },
    etl: { en: 'Moving and transforming data (ETL).', nb: 'Flytting og omforming av data (ETL).' },
    prompt_engineering: { en: 'Writing prompts that work.', nb: 'Å skrive ledetekster som virker (prompt engineering).' },
    data_science: { en: 'Data science and analysis.', nb: 'Dataanalyse (data science).' },
    security: { en: 'Information security.', nb: 'Informasjonssikkerhet.' },
    project_management: { en: 'Project management.', nb: 'Prosjektledelse.' },
  },
};

export function valueMeaning(schemaPath: string, value: string, locale: Locale): string | undefined {
  return VALUE_MEANINGS[schemaPath]?.[value]?.[locale];
}

// ---- Labels ----------------------------------------------------------------

export { ENTITY_NOUNS } from './sections';

const WORDS = {
  score: { en: 'Score', nb: 'Poeng' },
  priority: { en: 'Priority score', nb: 'Prioritet' },
  quadrant: { en: 'quadrant', nb: 'kvadrant' },
  noPriority: { en: 'No priority yet: value, feasibility and effort are all needed.', nb: 'Ingen prioritet ennå: verdi, gjennomførbarhet og innsats trengs alle.' },
  priorityHint: { en: 'priority', nb: 'prioritet' },
  notPlaced: { en: 'not placed', nb: 'ikke plassert' },
  missing: { en: 'missing', nb: 'mangler' },
  invalid: { en: 'invalid', nb: 'ugyldig' },
  quadrantFrom: { en: 'quadrant from value and effort.', nb: 'kvadrant fra verdi og innsats.' },
  readiness: { en: 'AI readiness', nb: 'KI-modenhet' },
  earlyOk: { en: 'suits early integration', nb: 'egner seg for tidlig integrering' },
  earlyNot: { en: 'not yet ready for early integration', nb: 'ennå ikke klar for tidlig integrering' },
  critical: { en: 'business-critical', nb: 'forretningskritisk' },
  skills: { en: 'skills', nb: 'kompetanse' },
  bridge: { en: 'bridge builder', nb: 'brobygger' },
  champion: { en: 'change champion', nb: 'endringsagent' },
  quality: { en: 'quality', nb: 'kvalitet' },
  completeness: { en: 'completeness', nb: 'fullstendighet' },
  freshness: { en: 'freshness', nb: 'aktualitet' },
  consistency: { en: 'consistency', nb: 'konsistens' },
  system: { en: 'system', nb: 'system' },
  personal: { en: 'personal data', nb: 'personopplysninger' },
  silo: { en: 'silo', nb: 'datasilo' },
  stage: { en: 'stage', nb: 'status' },
  value: { en: 'value', nb: 'verdi' },
  feasibility: { en: 'feasibility', nb: 'gjennomførbarhet' },
  effort: { en: 'effort', nb: 'innsats' },
  phase: { en: 'phase', nb: 'fase' },
  owner: { en: 'owner', nb: 'eier' },
  baseline: { en: 'baseline', nb: 'utgangsverdi' },
  target: { en: 'target', nb: 'mål' },
  latest: { en: 'latest', nb: 'siste' },
  likelihood: { en: 'likelihood', nb: 'sannsynlighet' },
  impact: { en: 'impact', nb: 'konsekvens' },
  mitigation: { en: 'mitigation', nb: 'tiltak' },
  noMitigation: { en: 'no mitigation yet', nb: 'ingen tiltak ennå' },
  weeks: { en: 'weeks', nb: 'uker' },
  week: { en: 'week', nb: 'uke' },
  done: { en: 'done', nb: 'fullført' },
  milestone: { en: 'milestone', nb: 'milepæl' },
  useCase: { en: 'use case', nb: 'brukstilfelle' },
  undefinedRef: { en: 'is not defined in', nb: 'er ikke definert i' },
};

export type Word = keyof typeof WORDS;

export function word(key: Word, locale: Locale): string {
  return WORDS[key][locale];
}

// ---- Entity summaries -----------------------------------------------------------

// Text from the file in Markdown (hovers, completion documentation). Every id,
// name, title, unit, owner, quarter and other string read from the file goes
// through one of these three, so that it shows literally: never a link, an
// image, HTML, an entity reference, emphasis or a block (heading, list, quote,
// code block, rule). Numbers and the words of guidance.ts are ours.
// - escapeMarkdown, for running text: runs of whitespace (line breaks too)
//   become one space and the ends are trimmed, so nothing of the file starts a
//   line of the Markdown; then every ASCII punctuation character gets a
//   backslash. CommonMark lets any of them be escaped and an escaped one is
//   never markup; with `:`, `.` and `@` escaped no bare URL, `www.` or e-mail
//   address is linkified either (GFM autolinks, linkify).
// - markdownCode, for ids and values shown as code: backslashes do not escape
//   inside a code span, so the span is delimited by a backtick run longer than
//   any inside it, with a space of padding on each side when the content starts
//   or ends with a backtick or a space (CommonMark then strips one from each
//   side); whitespace becomes spaces (a line break would let the next line of
//   the file start a block before the span closes).
// - markdownFence, for a fenced code block: a fence longer than any backtick
//   run of the content, which no line of it can then close.

const WHITESPACE_RUN = /\s+/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Text taken from the file, for running Markdown text: shows literally, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim().replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}

/** Text taken from the file as an inline code span that shows it literally. */
export function markdownCode(text: string): string {
  const content = text.replace(/\s/g, ' ');
  if (content.length === 0) return '`""`';
  const ticks = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = content.trim().length > 0 && /^[ `]|[ `]$/.test(content) ? ' ' : '';
  return `${ticks}${pad}${content}${pad}${ticks}`;
}

/** A fenced code block of `content` that no line of it can close. */
export function markdownFence(content: string, info: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
  return `${fence}${info}\n${content.endsWith('\n') ? content : `${content}\n`}${fence}`;
}

/** A number as the locale writes it (Intl: 12 345,5 in Norwegian). */
function fmtNumber(n: number, locale: Locale): string {
  return formatNumber(n, locale);
}

/** Enumeration values the summaries name, as words (a value not listed is shown as written). */
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, Readonly<Record<Locale, string>>>>>> = {
  stage: Object.fromEntries(Object.entries(STAGE_WORDS).map(([k, v]) => [k, { en: k, nb: v.nb }])),
  direction: { decrease: { en: 'decrease', nb: 'lavere er bedre' }, increase: { en: 'increase', nb: 'høyere er bedre' } },
  category: { technical: { en: 'technical', nb: 'teknisk' }, legal: { en: 'legal', nb: 'juridisk' }, organizational: { en: 'organizational', nb: 'organisatorisk' } },
  hosting: { cloud: { en: 'cloud', nb: 'sky' }, on_prem: { en: 'on_prem', nb: 'lokalt' }, hybrid: { en: 'hybrid', nb: 'hybrid' } },
  skills: nbOnly({
    api: 'API',
    programming: 'programmering',
    workflow_automation: 'arbeidsflytautomatisering',
    ml: 'maskinlæring',
    llm: 'språkmodeller',
    data_quality: 'datakvalitet',
    etl: 'ETL',
    prompt_engineering: 'prompt engineering',
    data_science: 'data science',
    security: 'sikkerhet',
    project_management: 'prosjektledelse',
  }),
  systemKind: nbOnly({ erp: 'ERP', crm: 'CRM', dms: 'dokumenthåndtering', email: 'e-post', project: 'prosjektverktøy', collaboration: 'samhandling', custom: 'egenutviklet', other: 'annet' }),
  sourceKind: nbOnly({ crm: 'CRM', erp: 'ERP', documents: 'dokumenter', email: 'e-post', project: 'prosjektverktøy', other: 'annet' }),
};

/** Values whose English word is the value itself. */
function nbOnly(words: Readonly<Record<string, string>>): Readonly<Record<string, Readonly<Record<Locale, string>>>> {
  return Object.fromEntries(Object.entries(words).map(([value, nb]) => [value, { en: value, nb }]));
}

function valueWord(kind: string, value: string, locale: Locale): string | undefined {
  const words = VALUE_WORDS[kind];
  return words && Object.hasOwn(words, value) ? words[value]![locale] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The latest quarter's value of a KPI's actuals. */
function latestActual(actuals: Record<string, number> | undefined): [string, number] | undefined {
  if (!actuals) return undefined;
  const quarters = Object.keys(actuals).sort();
  const last = quarters[quarters.length - 1];
  return last !== undefined && actuals[last] !== undefined ? [last, actuals[last]] : undefined;
}

/**
 * A short markdown summary of an entity: name or title first, then what
 * matters for decisions (readiness, baseline → target, likelihood × impact,
 * priority). Lines are separated by blank lines so that markdown keeps them.
 */
export function entitySummary(model: RoadmapModel, section: EntitySection, id: string, locale: Locale): string | undefined {
  const entity = (model[section] as Map<string, Entity<object>>).get(id);
  if (!entity) return undefined;
  const w = (k: Word) => word(k, locale);
  const noun = ENTITY_NOUNS[section][locale];
  const lines: string[] = [];
  const heading = (name: string | undefined) => `**${escapeMarkdown(name ?? '') || escapeMarkdown(id) || '""'}** — ${noun} ${markdownCode(id)}`;
  // Values of the file (enumerations included: the summary does not rely on the schema having checked them).
  const t = (value: string | number) => escapeMarkdown(String(value));
  switch (section) {
    case 'team': {
      const d = model.team.get(id)?.data ?? {};
      lines.push(heading(str(d.name)));
      if (str(d.title)) lines.push(escapeMarkdown(d.title!));
      const facts: string[] = [];
      if (d.skills && d.skills.length > 0) facts.push(`${w('skills')}: ${d.skills.map((s) => valueWord('skills', s, locale) ?? t(s)).join(', ')}`);
      if (d.bridge_builder) facts.push(w('bridge'));
      if (d.champion) facts.push(w('champion'));
      if (facts.length > 0) lines.push(facts.join('; '));
      break;
    }
    case 'systems': {
      const d = model.systems.get(id)?.data ?? {};
      lines.push(heading(str(d.name)));
      if (d.readiness !== undefined) {
        lines.push(`${w('readiness')} ${fmtNumber(d.readiness, locale)}/5: ${d.readiness >= 4 ? w('earlyOk') : w('earlyNot')}`);
      }
      const facts = [d.kind && (valueWord('systemKind', d.kind, locale) ?? t(d.kind)), d.critical ? w('critical') : undefined, d.hosting && (valueWord('hosting', d.hosting, locale) ?? t(d.hosting)), d.api ? `API ${t(d.api)}` : undefined].filter((x): x is string => !!x);
      if (facts.length > 0) lines.push(facts.join(', '));
      break;
    }
    case 'data_sources': {
      const d = model.data_sources.get(id)?.data ?? {};
      lines.push(heading(str(d.name)));
      const q: string[] = [];
      if (d.completeness !== undefined) q.push(`${w('completeness')} ${d.completeness}`);
      if (d.freshness !== undefined) q.push(`${w('freshness')} ${d.freshness}`);
      if (d.consistency !== undefined) q.push(`${w('consistency')} ${d.consistency}`);
      if (q.length > 0) lines.push(`${w('quality')}: ${q.join(', ')} (1–5)`);
      const facts = [d.kind && (valueWord('sourceKind', d.kind, locale) ?? t(d.kind)), d.system ? `${w('system')} ${markdownCode(d.system)}` : undefined, d.personal_data ? w('personal') : undefined, d.silo ? w('silo') : undefined].filter(
        (x): x is string => !!x,
      );
      if (facts.length > 0) lines.push(facts.join(', '));
      break;
    }
    case 'use_cases': {
      const d = model.use_cases.get(id)?.data ?? {};
      lines.push(heading(str(d.title)));
      lines.push(priorityLine(d, locale));
      const facts: string[] = [];
      if (d.value !== undefined) facts.push(`${w('value')} ${d.value}`);
      if (d.feasibility !== undefined) facts.push(`${w('feasibility')} ${d.feasibility}`);
      if (d.effort !== undefined) facts.push(`${w('effort')} ${d.effort}`);
      if (facts.length > 0) lines.push(facts.join(', '));
      const more: string[] = [];
      if (d.stage) more.push(`${w('stage')} ${valueWord('stage', d.stage, locale) ?? t(d.stage)}`);
      if (d.phase !== undefined) more.push(`${w('phase')} ${t(d.phase)}`);
      if (d.owner) more.push(`${w('owner')} ${markdownCode(d.owner)}`);
      if (more.length > 0) lines.push(more.join(', '));
      break;
    }
    case 'kpis': {
      const d = model.kpis.get(id)?.data ?? {};
      lines.push(heading(str(d.name)));
      const unit = str(d.unit) ? ` ${escapeMarkdown(d.unit!)}` : '';
      const baseline = d.baseline !== undefined ? fmtNumber(d.baseline, locale) : '?';
      const target = d.target !== undefined ? fmtNumber(d.target, locale) : '?';
      lines.push(`${w('baseline')} ${baseline} → ${w('target')} ${target}${unit}${d.direction ? ` (${valueWord('direction', d.direction, locale) ?? t(d.direction)})` : ''}`);
      const latest = latestActual(d.actuals);
      if (latest) lines.push(`${w('latest')}: ${fmtNumber(latest[1], locale)}${unit} (${t(latest[0])})`);
      break;
    }
    case 'risks': {
      const d = model.risks.get(id)?.data ?? {};
      lines.push(heading(str(d.title)));
      if (d.likelihood !== undefined || d.impact !== undefined) {
        const product = d.likelihood !== undefined && d.impact !== undefined ? ` = ${d.likelihood * d.impact}` : '';
        lines.push(`${w('likelihood')} ${d.likelihood ?? '?'} × ${w('impact')} ${d.impact ?? '?'}${product}`);
      }
      const facts = [d.category && (valueWord('category', d.category, locale) ?? t(d.category)), d.owner ? `${w('owner')} ${markdownCode(d.owner)}` : undefined].filter((x): x is string => !!x);
      if (facts.length > 0) lines.push(facts.join(', '));
      lines.push(str(d.mitigation) ? `${w('mitigation')}: ${escapeMarkdown(d.mitigation!)}` : w('noMitigation'));
      break;
    }
    case 'plan': {
      const d = model.plan.get(id)?.data ?? {};
      lines.push(heading(str(d.title)));
      const facts: string[] = [];
      if (d.weeks !== undefined) facts.push(typeof d.weeks === 'number' ? `${w('week')} ${d.weeks}` : `${w('weeks')} ${t(d.weeks)}`);
      if (d.owner) facts.push(`${w('owner')} ${markdownCode(d.owner)}`);
      if (d.use_case) facts.push(`${w('useCase')} ${markdownCode(d.use_case)}`);
      if (d.milestone) facts.push(w('milestone'));
      if (d.done) facts.push(w('done'));
      if (facts.length > 0) lines.push(facts.join(', '));
      break;
    }
  }
  return lines.join('\n\n');
}

/** "Priority score 13 of 15 — quadrant: Major projects", or why there is none. */
export function priorityLine(useCase: Parameters<typeof priorityOf>[0], locale: Locale): string {
  const priority = priorityOf(useCase);
  if (!priority) return word('noPriority', locale);
  const score = fmtNumber(priority.score, locale);
  const of = locale === 'nb' ? 'av' : 'of';
  return `${word('priority', locale)} ${score} ${of} 15 — ${word('quadrant', locale)}: ${QUADRANT_LABELS[priority.quadrant][locale]}`;
}

export function priorityFormula(locale: Locale): string {
  return `${PRIORITY_FORMULA[locale]}, 0–15`;
}

/** A one-line plain-text summary (for completion `detail`), e.g. the name or title. */
export function entityTitle(model: RoadmapModel, section: EntitySection, id: string): string | undefined {
  const entity = (model[section] as Map<string, Entity<Record<string, unknown>>>).get(id);
  if (!entity) return undefined;
  return str(entity.data['name']) ?? str(entity.data['title']);
}

// ---- Weeks of the 90-day plan ------------------------------------------------------

/** The framework's 90-day plan: the work of each week or pair of weeks. */
export const WEEK_TEXTS: Readonly<Record<string, Record<Locale, string>>> = {
  '1': { en: 'Interview department heads; find the three biggest inefficiencies.', nb: 'Intervju avdelingslederne; finn de tre største ineffektivitetene.' },
  '2': { en: 'Assess the data landscape: every source with a quality rating.', nb: 'Vurder datalandskapet: hver kilde med en kvalitetsvurdering.' },
  '3': { en: 'Analyse the IT infrastructure: cloud readiness, APIs, security.', nb: 'Analyser IT-infrastrukturen: skymodenhet, API-er, sikkerhet.' },
  '4': { en: 'Map skills and training needs; find AI champions.', nb: 'Kartlegg kompetanse og opplæringsbehov; finn KI-ambassadører.' },
  '5-6': { en: 'Pick one use case; plan it with milestones and success criteria.', nb: 'Velg ett brukstilfelle; planlegg det med milepæler og suksesskriterier.' },
  '7-8': { en: 'Build a first prototype with simple tools.', nb: 'Bygg en første prototype med enkle verktøy.' },
  '9-10': { en: 'Test with real users; collect feedback and performance data.', nb: 'Test med ekte brukere; samle tilbakemeldinger og ytelsesdata.' },
  '11': { en: 'Evaluate the results; compute the pilot’s ROI.', nb: 'Evaluer resultatene; regn ut pilotens avkastning.' },
  '12': { en: 'Write a detailed 12-month roadmap with prioritised projects.', nb: 'Skriv et detaljert 12-månedersveikart med prioriterte prosjekter.' },
  '1-4': { en: 'The whole foundation track (days 1–30).', nb: 'Hele grunnlagssporet (dag 1–30).' },
  '5-8': { en: 'The whole pilot track (days 31–60).', nb: 'Hele pilotsporet (dag 31–60).' },
  '9-12': { en: 'The whole evaluation track (days 61–90).', nb: 'Hele evalueringssporet (dag 61–90).' },
};

const TRACKS: readonly { from: number; to: number; name: Record<Locale, string> }[] = [
  { from: 1, to: 4, name: { en: 'Foundation (weeks 1–4, days 1–30)', nb: 'Grunnlag (uke 1–4, dag 1–30)' } },
  { from: 5, to: 8, name: { en: 'Pilot (weeks 5–8, days 31–60)', nb: 'Pilot (uke 5–8, dag 31–60)' } },
  { from: 9, to: 12, name: { en: 'Evaluation and roadmap (weeks 9–12, days 61–90)', nb: 'Evaluering og veikart (uke 9–12, dag 61–90)' } },
];

/** Markdown about a `weeks` value: its track(s) and the framework's work for it. */
export function weeksMarkdown(weeks: string, locale: Locale): string | undefined {
  const text = weeks.trim();
  const single = /^\d{1,2}$/.test(text) ? Number(text) : undefined;
  const range = single === undefined ? weekRange(text) : undefined;
  if (single === undefined && !range) return undefined;
  const [a, b] = range ?? [single!, single!];
  if (a < 1 || b > 12 || a > b) return undefined;
  const tracks = TRACKS.filter((t) => t.from <= b && t.to >= a).map((t) => t.name[locale]);
  const lines = [`**${locale === 'nb' ? 'Spor' : 'Track'}:** ${tracks.join(', ')}`];
  const own = WEEK_TEXTS[a === b ? String(a) : `${a}-${b}`];
  const work: string[] = [];
  if (own) work.push(own[locale]);
  else {
    for (const [key, text] of Object.entries(WEEK_TEXTS)) {
      const [x, y] = key.split('-').map(Number);
      const from = x!;
      const to = y ?? from;
      if (to - from <= 1 && from >= a && to <= b) work.push(`${key}: ${text[locale]}`);
    }
  }
  if (work.length > 0) lines.push(`${locale === 'nb' ? 'I rammeverkets plan' : 'In the framework’s plan'}: ${work.join(' ')}`);
  return lines.join('\n\n');
}

// ---- Field documentation ------------------------------------------------------

const TYPE_WORDS = {
  score: { en: 'score 1–5', nb: 'poeng 1–5' },
  money: { en: 'amount', nb: 'beløp' },
  date: { en: 'date YYYY-MM-DD', nb: 'dato ÅÅÅÅ-MM-DD' },
  weeks: { en: 'week 1–12 or range "a-b"', nb: 'uke 1–12 eller spenn «a-b»' },
  currency: { en: 'ISO 4217 code', nb: 'ISO 4217-kode' },
  quarter: { en: 'quarter YYYY-Qn', nb: 'kvartal ÅÅÅÅ-Qn' },
  ref: { en: 'id in', nb: 'id i' },
  refList: { en: 'list of ids in', nb: 'liste med id-er i' },
  list: { en: 'list of', nb: 'liste med' },
  map: { en: 'map with', nb: 'felter:' },
  entities: { en: 'map keyed by id', nb: 'oppslag med id som nøkkel' },
  text: { en: 'text', nb: 'tekst' },
  number: { en: 'number', nb: 'tall' },
  defaultIs: { en: 'default', nb: 'standard' },
  scale: { en: 'Scale', nb: 'Skala' },
};

function tw(key: keyof typeof TYPE_WORDS, locale: Locale): string {
  return TYPE_WORDS[key][locale];
}

function scalarTypeLine(schema: z.ZodType, locale: Locale): string {
  const meta = describeSchema(schema);
  const inner = unwrap(schema);
  if (meta.ref) return `${tw('ref', locale)} \`${meta.ref}\``;
  if (meta.format && meta.format in TYPE_WORDS) return tw(meta.format as keyof typeof TYPE_WORDS, locale);
  if (inner instanceof z.ZodEnum) return (inner.options as readonly (string | number)[]).map((o) => `\`${o}\``).join(' | ');
  if (inner instanceof z.ZodBoolean) return '`true` | `false`';
  if (inner instanceof z.ZodLiteral) return [...inner.values].map((v) => `\`${String(v)}\``).join(' | ');
  if (inner instanceof z.ZodUnion) {
    const literals = (inner.options as readonly z.ZodType[]).flatMap((o) => (o instanceof z.ZodLiteral ? [...o.values].map(String) : []));
    if (literals.length > 0) return literals.map((v) => `\`${v}\``).join(' | ');
  }
  if (inner instanceof z.ZodNumber) return tw('number', locale);
  return tw('text', locale);
}

/** A short description of a field's type, e.g. "score 1–5", "id in `team`", "`low` | `medium` | `high`". */
export function typeLine(schema: z.ZodType, locale: Locale): string {
  const inner = unwrap(schema);
  const meta = describeSchema(schema);
  if (inner instanceof z.ZodObject) return `${tw('map', locale)} ${Object.keys(inner.shape).map((k) => `\`${k}\``).join(', ')}`;
  if (inner instanceof z.ZodRecord) {
    const keyFormat = describeSchema(inner.keyType as z.ZodType).format;
    return keyFormat === 'quarter' ? `${tw('quarter', locale)} → ${tw('number', locale)}` : tw('entities', locale);
  }
  if (inner instanceof z.ZodArray) {
    if (meta.ref) return `${tw('refList', locale)} \`${meta.ref}\``;
    return `${tw('list', locale)} ${scalarTypeLine(inner.element as z.ZodType, locale)}`;
  }
  return scalarTypeLine(schema, locale);
}

/** The 1–5 scale of a score field as a markdown list. */
export function scoreScaleMarkdown(field: string, locale: Locale): string {
  const lines: string[] = [];
  for (let s = 1; s <= 5; s++) lines.push(`- **${s}** — ${scoreMeaning(field, s, locale) ?? ''}`);
  return `${tw('scale', locale)}:\n\n${lines.join('\n')}`;
}

/**
 * Markdown for a field: name and type, what it means, the framework's advice,
 * and for scores the scale, all from the tables above (the zod model carries
 * no texts).
 */
export function fieldMarkdown(schemaPath: string, schema: z.ZodType, locale: Locale, shownName?: string): string {
  const name = shownName ?? schemaPath.split('.').pop() ?? schemaPath;
  const guide = guidanceFor(schemaPath)?.[locale];
  const meta = describeSchema(schema);
  const parts: string[] = [`**${escapeMarkdown(name)}** · ${typeLine(schema, locale)}`];
  parts.push(guide?.meaning ?? '');
  if (guide?.advice) parts.push(`💡 ${guide.advice}`);
  const fieldMetaDefault = fieldMeta.get(unwrap(schema))?.defaultValue;
  if (fieldMetaDefault) parts.push(`${tw('defaultIs', locale)}: \`${fieldMetaDefault}\``);
  if (meta.format === 'score') parts.push(scoreScaleMarkdown(name, locale));
  return parts.filter((p) => p.length > 0).join('\n\n');
}
