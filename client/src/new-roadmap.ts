/**
 * The content of "AI Roadmap: New Roadmap": the core's starter roadmap (the
 * same text `airoadmap init` writes) in the locale the settings choose.
 * Pure (no vscode import), so a test can compare it with the CLI's output.
 */
import { starterRoadmap } from '../../server/src/core/texts/starter';
import { clientLocale, type SettingReader } from './client-settings';

export function newRoadmapContent(get: SettingReader, uiLanguage: string | undefined, today: Date = new Date()): string {
  return starterRoadmap(clientLocale(get, uiLanguage), today);
}

/** The name VS Code shows for the new, untitled roadmap and proposes when it is saved. */
export const NEW_ROADMAP_NAME = 'roadmap.airoadmap.yaml';

/**
 * The untitled document's name: `roadmap.airoadmap.yaml`, or with `-2`, `-3`…
 * when an open untitled document already has it (VS Code would otherwise
 * open that one again instead of a new roadmap).
 */
export function untitledRoadmapName(taken: ReadonlySet<string>): string {
  if (!taken.has(NEW_ROADMAP_NAME)) return NEW_ROADMAP_NAME;
  for (let n = 2; ; n++) {
    const name = NEW_ROADMAP_NAME.replace(/\.airoadmap\.yaml$/, `-${n}.airoadmap.yaml`);
    if (!taken.has(name)) return name;
  }
}
