/**
 * The `airoadmap.*` settings: raw client values → validated settings →
 * the core's `CheckOptions`, and the locale a setting resolves to.
 * Pure (the VS Code client imports it too): must not depend on the LSP
 * connection or on vscode. Bad values are ignored, never thrown.
 */
import { isSeveritySetting, type SeveritySetting } from '../core/index';
import type { CheckOptions, GuideRanges, Locale } from '../core/index';

export type LanguageSetting = 'auto' | Locale;

export interface RoadmapSettings {
  /** Code → severity override (`off` drops the code). */
  severity: Record<string, SeveritySetting>;
  language: LanguageSetting;
  guides: GuideRanges;
}

export const DEFAULT_SETTINGS: RoadmapSettings = Object.freeze({ severity: {}, language: 'auto', guides: {} });

const GUIDE_KEYS = ['trainingBudget', 'firstYearBudget', 'runningCost'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A `[min, max]` pair of finite numbers with min ≤ max, else undefined. */
export function parseGuideRange(value: unknown): readonly [number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [min, max] = value as unknown[];
  if (typeof min !== 'number' || typeof max !== 'number' || !Number.isFinite(min) || !Number.isFinite(max) || min > max) return undefined;
  return [min, max];
}

/**
 * Reads the `airoadmap` section as a client sends it (`workspace/configuration`,
 * `didChangeConfiguration` or `initializationOptions`). Anything malformed
 * falls back to the default for that one setting.
 */
export function parseSettings(raw: unknown): RoadmapSettings {
  if (!isRecord(raw)) return { severity: {}, language: 'auto', guides: {} };
  const severity: Record<string, SeveritySetting> = {};
  if (isRecord(raw.severity)) {
    for (const [code, level] of Object.entries(raw.severity)) {
      if (typeof level === 'string' && isSeveritySetting(level)) severity[code] = level;
    }
  }
  const language: LanguageSetting = raw.language === 'en' || raw.language === 'nb' ? raw.language : 'auto';
  const guides: { -readonly [K in keyof GuideRanges]: GuideRanges[K] } = {};
  const rawGuides = isRecord(raw.guides) ? raw.guides : {};
  for (const key of GUIDE_KEYS) {
    const range = parseGuideRange(rawGuides[key]);
    if (range) guides[key] = range;
  }
  return { severity, language, guides };
}

/** An editor's UI locale (`nb-NO`, `no`, `nn`, `en-US`, …) → the language we speak. */
export function localeFromTag(tag: string | undefined | null): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nb' || primary === 'no' || primary === 'nn' ? 'nb' : 'en';
}

/** `auto` follows the editor's locale; `en` and `nb` are taken as they are. */
export function resolveLocale(language: LanguageSetting | string | undefined, editorLocale: string | undefined | null): Locale {
  if (language === 'en' || language === 'nb') return language;
  return localeFromTag(editorLocale);
}

export function toCheckOptions(settings: RoadmapSettings, editorLocale: string | undefined | null): CheckOptions {
  return {
    locale: resolveLocale(settings.language, editorLocale),
    severities: { ...settings.severity },
    guides: { ...settings.guides },
  };
}
