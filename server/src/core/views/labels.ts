/**
 * Every string the previews show that is not user data, in English and
 * Norwegian Bokmål. The views carry the labels of their locale, so the
 * webview, the HTML export and the SVG export never hold strings of their own.
 * Must not depend on anything but the core's types.
 */
import type { Locale } from '../language/types';

export type ViewName = 'matrix' | 'timeline' | 'risks' | 'register' | 'kpis';
export const VIEW_NAMES: readonly ViewName[] = ['matrix', 'timeline', 'risks', 'register', 'kpis'];

export interface ViewLabels {
  locale: Locale;
  documentTitle: string;
  tabs: Record<ViewName, string>;
  loading: string;
  empty: string;
  syntaxNotice: string;
  staleNotice: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  viewsNav: string;
  // matrix
  matrixTitle: string;
  effortAxis: string;
  valueAxis: string;
  rankedList: string;
  notPlaced: string;
  rank: string;
  score: string;
  quadrant: string;
  legendSize: string;
  legendColour: string;
  riskLevels: Record<'low' | 'medium' | 'high' | 'unknown', string>;
  // timeline
  timelineTitle: string;
  week: string;
  weekShort: string;
  today: string;
  done: string;
  milestone: string;
  owner: string;
  useCase: string;
  noStart: string;
  // risks
  risksTitle: string;
  likelihoodAxis: string;
  impactAxis: string;
  categoryFilter: string;
  allCategories: string;
  severities: Record<'low' | 'medium' | 'high' | 'critical', string>;
  categories: Record<'technical' | 'legal' | 'organizational' | 'none', string>;
  risksInCell: string;
  riskColumn: string;
  severityColumn: string;
  noRisksInCell: string;
  // register
  registerTitle: string;
  columns: Record<RegisterColumn, string>;
  stage: string;
  missing: string;
  // kpis
  kpisTitle: string;
  baseline: string;
  target: string;
  latest: string;
  progress: string;
  direction: Record<'increase' | 'decrease', string>;
  noProgress: string;
}

export type RegisterColumn = 'model' | 'data_sources' | 'purpose' | 'owner' | 'ai_act' | 'hosting_region';
export const REGISTER_COLUMNS: readonly RegisterColumn[] = ['model', 'data_sources', 'purpose', 'owner', 'ai_act', 'hosting_region'];

const EN: ViewLabels = {
  locale: 'en',
  documentTitle: 'AI roadmap',
  tabs: { matrix: 'Priority matrix', timeline: '90-day timeline', risks: 'Risk heat map', register: 'AI register', kpis: 'KPI board' },
  loading: 'Loading the roadmap…',
  empty: 'Nothing to show yet.',
  syntaxNotice: 'The file has syntax errors: showing the last good render.',
  staleNotice: 'The file has syntax errors.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset zoom',
  viewsNav: 'Roadmap views',
  matrixTitle: 'Priority matrix: business value against implementation effort',
  effortAxis: 'Effort',
  valueAxis: 'Value',
  rankedList: 'Ranked by priority',
  notPlaced: 'Not placed',
  rank: 'Rank',
  score: 'Priority',
  quadrant: 'Quadrant',
  legendSize: 'Bubble size: feasibility',
  legendColour: 'Colour: risk level',
  riskLevels: { low: 'low risk', medium: 'medium risk', high: 'high risk', unknown: 'risk not set' },
  timelineTitle: '90-day plan',
  week: 'Week',
  weekShort: 'W',
  today: 'Today',
  done: 'done',
  milestone: 'milestone',
  owner: 'Owner',
  useCase: 'Use case',
  noStart: 'organization.start is not set: weeks have no dates.',
  risksTitle: 'Risk heat map: likelihood against impact',
  likelihoodAxis: 'Likelihood',
  impactAxis: 'Impact',
  categoryFilter: 'Category',
  allCategories: 'All',
  severities: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  categories: { technical: 'Technical', legal: 'Legal', organizational: 'Organisational', none: 'No category' },
  risksInCell: 'risks',
  riskColumn: 'Risk',
  severityColumn: 'Severity',
  noRisksInCell: 'no risks',
  registerTitle: 'AI register: use cases at proof of concept or later',
  columns: { model: 'Model', data_sources: 'Data sources', purpose: 'Purpose', owner: 'Owner', ai_act: 'AI Act class', hosting_region: 'Hosting region' },
  stage: 'Stage',
  missing: 'missing',
  kpisTitle: 'KPI board',
  baseline: 'Baseline',
  target: 'Target',
  latest: 'Latest',
  progress: 'Progress',
  direction: { increase: 'higher is better', decrease: 'lower is better' },
  noProgress: 'progress not computable',
};

const NB: ViewLabels = {
  locale: 'nb',
  documentTitle: 'KI-veikart',
  tabs: { matrix: 'Prioriteringsmatrise', timeline: '90-dagers tidslinje', risks: 'Risikokart', register: 'KI-register', kpis: 'KPI-tavle' },
  loading: 'Laster veikartet …',
  empty: 'Ingenting å vise ennå.',
  syntaxNotice: 'Filen har syntaksfeil: viser siste gyldige visning.',
  staleNotice: 'Filen har syntaksfeil.',
  zoomIn: 'Zoom inn',
  zoomOut: 'Zoom ut',
  zoomReset: 'Tilbakestill zoom',
  viewsNav: 'Visninger av veikartet',
  matrixTitle: 'Prioriteringsmatrise: forretningsverdi mot innsats',
  effortAxis: 'Innsats',
  valueAxis: 'Verdi',
  rankedList: 'Rangert etter prioritet',
  notPlaced: 'Ikke plassert',
  rank: 'Rang',
  score: 'Prioritet',
  quadrant: 'Kvadrant',
  legendSize: 'Boblestørrelse: gjennomførbarhet',
  legendColour: 'Farge: risikonivå',
  riskLevels: { low: 'lav risiko', medium: 'middels risiko', high: 'høy risiko', unknown: 'risiko ikke satt' },
  timelineTitle: '90-dagersplan',
  week: 'Uke',
  weekShort: 'U',
  today: 'I dag',
  done: 'ferdig',
  milestone: 'milepæl',
  owner: 'Ansvarlig',
  useCase: 'Brukstilfelle',
  noStart: 'organization.start er ikke satt: ukene har ingen datoer.',
  risksTitle: 'Risikokart: sannsynlighet mot konsekvens',
  likelihoodAxis: 'Sannsynlighet',
  impactAxis: 'Konsekvens',
  categoryFilter: 'Kategori',
  allCategories: 'Alle',
  severities: { low: 'lav', medium: 'middels', high: 'høy', critical: 'kritisk' },
  categories: { technical: 'Teknisk', legal: 'Juridisk', organizational: 'Organisatorisk', none: 'Uten kategori' },
  risksInCell: 'risikoer',
  riskColumn: 'Risiko',
  severityColumn: 'Alvorlighet',
  noRisksInCell: 'ingen risikoer',
  registerTitle: 'KI-register: brukstilfeller fra konseptbevis og videre',
  columns: { model: 'Modell', data_sources: 'Datakilder', purpose: 'Formål', owner: 'Ansvarlig', ai_act: 'KI-forordningen', hosting_region: 'Driftsregion' },
  stage: 'Fase',
  missing: 'mangler',
  kpisTitle: 'KPI-tavle',
  baseline: 'Utgangspunkt',
  target: 'Mål',
  latest: 'Siste',
  progress: 'Fremdrift',
  direction: { increase: 'høyere er bedre', decrease: 'lavere er bedre' },
  noProgress: 'fremdrift kan ikke beregnes',
};

export function viewLabels(locale: Locale): ViewLabels {
  return locale === 'nb' ? NB : EN;
}

/** Value labels of enumerations shown in the views. */
export const ENUM_LABELS: Record<string, Record<string, Record<Locale, string>>> = {
  stage: {
    idea: { en: 'idea', nb: 'idé' },
    poc: { en: 'proof of concept', nb: 'konseptbevis' },
    pilot: { en: 'pilot', nb: 'pilot' },
    production: { en: 'production', nb: 'produksjon' },
    retired: { en: 'retired', nb: 'avviklet' },
  },
  ai_act: {
    prohibited: { en: 'prohibited', nb: 'forbudt' },
    high: { en: 'high risk', nb: 'høy risiko' },
    limited: { en: 'limited risk', nb: 'begrenset risiko' },
    minimal: { en: 'minimal risk', nb: 'minimal risiko' },
  },
  hosting_region: {
    eu: { en: 'EU', nb: 'EU' },
    non_eu: { en: 'outside the EU', nb: 'utenfor EU' },
    on_prem: { en: 'on premises', nb: 'lokalt' },
  },
};

export function enumLabel(kind: string, value: string, locale: Locale): string {
  return ENUM_LABELS[kind]?.[value]?.[locale] ?? value;
}

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  nb: ['jan.', 'feb.', 'mar.', 'apr.', 'mai', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'],
};

/** "4 Jan" / "4. jan." from an ISO date. */
export function shortDate(iso: string, locale: Locale): string {
  const [, m, d] = iso.split('-').map(Number);
  const month = MONTHS[locale][(m ?? 1) - 1] ?? '';
  return locale === 'nb' ? `${d}. ${month}` : `${d} ${month}`;
}

/** A number with the locale's decimal mark, at most two decimals. */
export function formatNumber(n: number, locale: Locale): string {
  const rounded = Math.round(n * 100) / 100;
  const text = String(rounded);
  return locale === 'nb' ? text.replace('.', ',').replace('-', '−') : text;
}

export function formatPercent(fraction: number, locale: Locale): string {
  const pct = Math.round(fraction * 100);
  return locale === 'nb' ? `${pct} %` : `${pct}%`;
}

/** What a view draws, counted when it is too large to draw. */
const DRAWN_NOUNS: Record<ViewName, Record<Locale, string>> = {
  matrix: { en: 'use cases', nb: 'brukstilfeller' },
  register: { en: 'use cases', nb: 'brukstilfeller' },
  timeline: { en: 'plan items', nb: 'planpunkter' },
  risks: { en: 'risks', nb: 'risikoer' },
  kpis: { en: 'KPIs', nb: 'KPI-er' },
};

/**
 * "Too large to draw: 12,345 use cases (the preview draws up to 2,000)" /
 * "For stort til å tegnes: 12 345 brukstilfeller (forhåndsvisningen tegner
 * opptil 2 000)"; by size, "… 9.6 MB of use cases (… up to 8 MB in all)". Numbers
 * are grouped as the locale groups them.
 */
export function tooLargeText(view: ViewName, unit: 'entities' | 'bytes', count: number, limit: number, locale: Locale): string {
  const tag = locale === 'nb' ? 'nb-NO' : 'en-GB';
  const noun = DRAWN_NOUNS[view][locale];
  const amount =
    unit === 'entities'
      ? (n: number) => new Intl.NumberFormat(tag).format(n)
      : (n: number) => `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(n / 1_000_000)} MB`;
  if (locale === 'nb') {
    if (unit === 'entities') return `For stort til å tegnes: ${amount(count)} ${noun} (forhåndsvisningen tegner opptil ${amount(limit)})`;
    return `For stort til å tegnes: ${amount(count)} med ${noun} (forhåndsvisningen tegner opptil ${amount(limit)} i alt)`;
  }
  if (unit === 'entities') return `Too large to draw: ${amount(count)} ${noun} (the preview draws up to ${amount(limit)})`;
  return `Too large to draw: ${amount(count)} of ${noun} (the preview draws up to ${amount(limit)} in all)`;
}
