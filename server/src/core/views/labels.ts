/**
 * Every string the previews show that is not user data, in English and
 * Norwegian Bokmål: the page's own (here) and each tab's (its `labels.ts`),
 * merged in the registry's order. The views carry the labels of their locale,
 * so the webview, the HTML export and the SVG export never hold strings of
 * their own.
 * Must not depend on anything but the core's types and the views' registry.
 */
import type { Locale } from '../language/types';
import { type TabLabels, type ViewName, VIEWS, viewDefinition } from './registry';

/** The labels of the page around the tabs. */
export interface PageLabels {
  locale: Locale;
  documentTitle: string;
  loading: string;
  empty: string;
  syntaxNotice: string;
  staleNotice: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  viewsNav: string;
  /** How the matrix and the heat map are edited (the charts' description). */
  editHint: string;
  /** Shown when editing is tried while it is off; the host's reason follows. */
  editOff: string;
  /** Before a plan item's weeks while its bar is dragged. */
  weeksLabel: string;
}

/** Every tab's labels in one type (a union of the tabs' label types, turned into their intersection). */
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AllTabLabels = Intersection<TabLabels>;

export type ViewLabels = PageLabels & {
  /** The tabs' names. */
  tabs: Record<ViewName, string>;
} & AllTabLabels;

const PAGE: Record<Locale, PageLabels> = {
  en: {
    locale: 'en',
    documentTitle: 'AI roadmap',
    loading: 'Loading the roadmap…',
    empty: 'Nothing to show yet.',
    syntaxNotice: 'The file has syntax errors: showing the last good render.',
    staleNotice: 'The file has syntax errors.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Reset zoom',
    viewsNav: 'Roadmap views',
    editHint: 'Drag a bubble or a risk to another cell, or press Alt and an arrow key, to change its scores in the file.',
    editOff: 'Editing from the preview is off:',
    weeksLabel: 'Weeks',
  },
  nb: {
    locale: 'nb',
    documentTitle: 'KI-veikart',
    loading: 'Laster veikartet …',
    empty: 'Ingenting å vise ennå.',
    syntaxNotice: 'Filen har syntaksfeil: viser siste gyldige visning.',
    staleNotice: 'Filen har syntaksfeil.',
    zoomIn: 'Zoom inn',
    zoomOut: 'Zoom ut',
    zoomReset: 'Tilbakestill zoom',
    viewsNav: 'Visninger av veikartet',
    editHint: 'Dra en boble eller en risiko til en annen rute, eller trykk Alt og en piltast, for å endre poengene i filen.',
    editOff: 'Redigering fra forhåndsvisningen er slått av:',
    weeksLabel: 'Uker',
  },
};

function buildLabels(locale: Locale): ViewLabels {
  const page = PAGE[locale];
  const tabs = Object.fromEntries(VIEWS.map((v) => [v.name, v.texts[locale].tab])) as Record<ViewName, string>;
  // Key order: the page's first (the tabs' names after the title), then each tab's in the registry's order.
  return Object.assign({ locale: page.locale, documentTitle: page.documentTitle, tabs }, page, ...VIEWS.map((v) => v.texts[locale].labels)) as ViewLabels;
}

const LABELS: Record<Locale, ViewLabels> = { en: buildLabels('en'), nb: buildLabels('nb') };

export function viewLabels(locale: Locale): ViewLabels {
  return locale === 'nb' ? LABELS.nb : LABELS.en;
}

/**
 * "Too large to draw: 12,345 use cases (the preview draws up to 2,000)" /
 * "For stort til å tegnes: 12 345 brukstilfeller (forhåndsvisningen tegner
 * opptil 2 000)"; by size, "… 9.6 MB of use cases (… up to 8 MB in all)". Numbers
 * are grouped as the locale groups them.
 */
export function tooLargeText(view: ViewName, unit: 'entities' | 'bytes', count: number, limit: number, locale: Locale): string {
  const tag = locale === 'nb' ? 'nb-NO' : 'en-GB';
  const noun = viewDefinition(view).texts[locale].counts;
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
