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
