/**
 * The client's view of the `airoadmap.*` settings: a snapshot sent as
 * `initializationOptions` (so the server's first diagnostics already use
 * them) and the locale of the client's own messages. Pure (no vscode
 * import): it reads through a `get(key)` function.
 */
import type { Locale } from '../../server/src/core/language/types';
import type { ExportTheme } from '../../server/src/shared/preview-protocol';
import { parseSettings, resolveLocale, type RoadmapSettings } from '../../server/src/lsp/settings';

export type SettingReader = (key: string) => unknown;

/** Reads the settings the server understands, dropping malformed values. */
export function settingsSnapshot(get: SettingReader): RoadmapSettings {
  return parseSettings({
    severity: get('severity'),
    language: get('language'),
    guides: {
      trainingBudget: get('guides.trainingBudget'),
      firstYearBudget: get('guides.firstYearBudget'),
      runningCost: get('guides.runningCost'),
    },
  });
}

/** The locale of the client's messages and of a new roadmap. */
export function clientLocale(get: SettingReader, uiLanguage: string | undefined): Locale {
  const language = get('language');
  return resolveLocale(typeof language === 'string' ? language : 'auto', uiLanguage);
}

/** `airoadmap.preview.scrollPreviewWithEditor`: on unless set to false, as Markdown's `markdown.preview.scrollPreviewWithEditor`. */
export function scrollPreviewWithEditor(get: SettingReader): boolean {
  return get('preview.scrollPreviewWithEditor') !== false;
}

/** `airoadmap.preview.exportTheme`: the colours of exported SVG and PNG images; light unless set to `editor`. */
export function exportTheme(get: SettingReader): ExportTheme {
  return get('preview.exportTheme') === 'editor' ? 'editor' : 'light';
}
