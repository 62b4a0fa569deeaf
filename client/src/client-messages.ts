/**
 * The client's own user-visible strings, in English and Norwegian Bokmål.
 * Pure (no vscode import).
 */
import type { Locale } from '../../server/src/core/types';

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
      `The AI Roadmap language server crashed ${crashes} times in ${minutes} minutes and will not be restarted. Fix the cause, then run "AI Roadmap: Restart Language Server".`,
    showOutput: 'Show Output',
    restarting: 'Restarting the AI Roadmap language server…',
    noStarter: 'Could not create a new roadmap.',
  },
  nb: {
    restarted: 'Språktjeneren for AI Roadmap stoppet uventet og ble startet på nytt. Detaljer står i utdata.',
    gaveUp: (crashes, minutes) =>
      `Språktjeneren for AI Roadmap krasjet ${crashes} ganger på ${minutes} minutter og startes ikke på nytt. Rett årsaken, og kjør deretter «AI Roadmap: Restart Language Server».`,
    showOutput: 'Vis utdata',
    restarting: 'Starter språktjeneren for AI Roadmap på nytt …',
    noStarter: 'Kunne ikke lage et nytt veikart.',
  },
};
