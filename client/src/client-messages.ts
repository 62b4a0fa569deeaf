/**
 * The client's own user-visible strings (notifications, buttons, the preview
 * panel's title, quick pick and export messages), in English and Norwegian
 * Bokmål. The preview's labels come with the views (core/views/labels.ts).
 * Pure (no vscode import).
 */
import type { Locale } from '../../server/src/core/language/types';
import { formatNumber } from '../../server/src/core/texts/format';

export interface ClientMessages {
  restarted: string;
  gaveUp: (crashes: number, minutes: number) => string;
  showOutput: string;
  restarting: string;
  noStarter: string;
}

export const CLIENT_MESSAGES: Record<Locale, ClientMessages> = {
  en: {
    restarted: 'The AI Roadmap language server stopped unexpectedly and was restarted. Details are in the output.',
    gaveUp: (crashes, minutes) =>
      `The AI Roadmap language server crashed ${formatNumber(crashes, 'en')} times in ${formatNumber(minutes, 'en')} minutes and will not be restarted. Fix the cause, then run "AI Roadmap: Restart Language Server".`,
    showOutput: 'Show Output',
    restarting: 'Restarting the AI Roadmap language server…',
    noStarter: 'Could not create a new roadmap.',
  },
  nb: {
    restarted: 'Språktjeneren for AI Roadmap stoppet uventet og ble startet på nytt. Detaljer står i utdata.',
    gaveUp: (crashes, minutes) =>
      `Språktjeneren for AI Roadmap krasjet ${formatNumber(crashes, 'nb')} ganger på ${formatNumber(minutes, 'nb')} minutter og startes ikke på nytt. Rett årsaken, og kjør deretter «AI Roadmap: Restart Language Server».`,
    showOutput: 'Vis utdata',
    restarting: 'Starter språktjeneren for AI Roadmap på nytt …',
    noStarter: 'Kunne ikke lage et nytt veikart.',
  },
};

/** The preview panel's own strings (its labels inside come with the views). */
export interface PreviewMessages {
  /** The panel's title: a locked panel says so, as VS Code's editors mark pinned ones. */
  title: (name: string, locked?: boolean) => string;
  noRoadmap: string;
  /** Inside a panel that has no roadmap to show (e.g. restored with nothing valid to restore). */
  nothing: string;
  pick: string;
  svg: string;
  png: string;
  html: string;
  pngNeedsPreview: string;
  exported: (path: string) => string;
  failed: (why: string) => string;
  noImage: string;
  noBundle: string;
  editUntrusted: string;
  editReadOnly: string;
  editOff: (why: string) => string;
  editStale: string;
  /** Show Source / Refresh / Toggle Preview Locking with no preview focused or open. */
  noPreview: string;
  /** The completion notification's buttons. */
  open: string;
  /** Reveal the exported file: in the OS's file manager (by platform, as VS Code names it) or in the Explorer view. */
  revealInOs: (platform: string | undefined) => string;
  revealInExplorer: string;
}

export const PREVIEW_MESSAGES: Record<Locale, PreviewMessages> = {
  en: {
    title: (name, locked = false) => (locked ? `[Locked] Preview ${name}` : `Preview ${name}`),
    noRoadmap: 'Open an AI roadmap file (*.airoadmap.yaml) first.',
    nothing: 'Nothing to preview. Open an AI roadmap file (*.airoadmap.yaml) and run "AI Roadmap: Open Preview".',
    pick: 'Export the preview as…',
    svg: 'SVG — the current view',
    png: 'PNG — the current view',
    html: 'HTML — all views, standalone',
    pngNeedsPreview: 'Open the preview first: the PNG is drawn from it.',
    exported: (path) => `Exported the preview to ${path}.`,
    failed: (why) => `Could not export the preview: ${why}`,
    noImage: 'the preview did not return an image',
    noBundle: 'The preview bundle is missing from the extension (dist/webview).',
    editUntrusted: 'this workspace is not trusted. Trust it to edit the roadmap from the preview.',
    editReadOnly: 'the file is read-only.',
    editOff: (why) => `Editing from the preview is off: ${why}`,
    editStale: 'The file changed while you dragged; the preview is up to date now, so try again.',
    noPreview: 'No AI roadmap preview is open.',
    open: 'Open',
    revealInOs: (platform) => (platform === 'win32' ? 'Reveal in File Explorer' : platform === 'darwin' ? 'Reveal in Finder' : 'Open Containing Folder'),
    revealInExplorer: 'Reveal in Explorer View',
  },
  nb: {
    title: (name, locked = false) => (locked ? `[Låst] Forhåndsvisning ${name}` : `Forhåndsvisning ${name}`),
    noRoadmap: 'Åpne en KI-veikartfil (*.airoadmap.yaml) først.',
    nothing: 'Ingenting å forhåndsvise. Åpne en KI-veikartfil (*.airoadmap.yaml), og kjør «AI Roadmap: Åpne forhåndsvisning».',
    pick: 'Eksporter forhåndsvisningen som …',
    svg: 'SVG — gjeldende visning',
    png: 'PNG — gjeldende visning',
    html: 'HTML — alle visninger, frittstående',
    pngNeedsPreview: 'Åpne forhåndsvisningen først: PNG-bildet tegnes fra den.',
    exported: (path) => `Forhåndsvisningen er eksportert til ${path}.`,
    failed: (why) => `Kunne ikke eksportere forhåndsvisningen: ${why}`,
    noImage: 'forhåndsvisningen ga ikke noe bilde',
    noBundle: 'Forhåndsvisningens filer mangler i utvidelsen (dist/webview).',
    editUntrusted: 'dette arbeidsområdet er ikke klarert. Klarer det for å redigere veikartet fra forhåndsvisningen.',
    editReadOnly: 'filen er skrivebeskyttet.',
    editOff: (why) => `Redigering fra forhåndsvisningen er slått av: ${why}`,
    editStale: 'Filen ble endret mens du dro; forhåndsvisningen er oppdatert nå, så prøv igjen.',
    noPreview: 'Ingen forhåndsvisning av et KI-veikart er åpen.',
    open: 'Åpne',
    revealInOs: (platform) => (platform === 'win32' ? 'Vis i Filutforsker' : platform === 'darwin' ? 'Vis i Finder' : 'Åpne mappen som inneholder filen'),
    revealInExplorer: 'Vis i Utforsker-visningen',
  },
};

/** *AI Roadmap: Export Report…*: its quick pick, save dialog and notifications. */
export interface ReportMessages {
  noRoadmap: string;
  pick: string;
  markdown: string;
  markdownDetail: string;
  html: string;
  htmlDetail: string;
  save: string;
  notOverRoadmap: string;
  unknownDocument: string;
  exported: (path: string) => string;
  failed: (why: string) => string;
  open: string;
}

export const REPORT_MESSAGES: Record<Locale, ReportMessages> = {
  en: {
    noRoadmap: 'Open an AI roadmap file (*.airoadmap.yaml) first, or choose one in the Explorer.',
    pick: 'Export the quarterly report as…',
    markdown: 'Markdown file',
    markdownDetail: 'For a pull request, a job summary or a wiki page',
    html: 'HTML page',
    htmlDetail: 'Self-contained and ready to print on A4, one section per page',
    save: 'Export',
    notOverRoadmap: 'The report cannot be written over the roadmap itself. Choose another file.',
    unknownDocument: 'the language server has not read the file yet; try again in a moment',
    exported: (path) => `Exported the quarterly report to ${path}.`,
    failed: (why) => `Could not export the report: ${why}`,
    open: 'Open',
  },
  nb: {
    noRoadmap: 'Åpne en KI-veikartfil (*.airoadmap.yaml) først, eller velg en i Utforsker.',
    pick: 'Eksporter kvartalsrapporten som …',
    markdown: 'Markdown-fil',
    markdownDetail: 'Til en pull request, et jobbsammendrag eller en wikiside',
    html: 'HTML-side',
    htmlDetail: 'Frittstående og klar til utskrift på A4, én del per side',
    save: 'Eksporter',
    notOverRoadmap: 'Rapporten kan ikke skrives over selve veikartet. Velg en annen fil.',
    unknownDocument: 'språktjeneren har ikke lest filen ennå; prøv igjen om litt',
    exported: (path) => `Kvartalsrapporten er eksportert til ${path}.`,
    failed: (why) => `Kunne ikke eksportere rapporten: ${why}`,
    open: 'Åpne',
  },
};
