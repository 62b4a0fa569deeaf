/**
 * The project configuration file, `airoadmap.config.yaml` (dsl.md, "Project
 * configuration"), read from its text: the language of the messages, a
 * severity per code and the organisation's own guide ranges. Shared by the
 * command line and the editor, so both apply one file the same way.
 * Unknown keys and bad values become findings in the file itself and are left
 * out (the defaults apply); only a text that is not YAML, or not a mapping,
 * is unusable, and then nothing of it applies.
 * Pure: the caller finds and reads the file.
 * Must not depend on vscode, node:fs or the LSP connection.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { CONFIG_TEXTS } from '../texts/config';
import { isCode, isSeveritySetting, ALL_CODES, type SeveritySetting } from '../language/codes';
import { PositionMapper, type Range } from '../language/positions';
import { closest } from '../language/suggest';
import type { GuideRanges, Locale } from '../language/types';

export const CONFIG_FILE_NAME = 'airoadmap.config.yaml';

export interface ProjectConfig {
  locale?: Locale;
  severities: Record<string, SeveritySetting>;
  guides: GuideRanges;
}

export interface ConfigFinding {
  range: Range;
  severity: 'warning' | 'error';
  message: string;
}

export interface ConfigRead {
  config: ProjectConfig;
  findings: ConfigFinding[];
  /** False: not YAML, or not a mapping; nothing of it applies (the command line stops). */
  usable: boolean;
}

const KEYS = ['locale', 'rules', 'guides'] as const;
/** The file's guide names and the checks' ranges they set. */
export const CONFIG_GUIDES: Readonly<Record<string, keyof GuideRanges>> = {
  training_budget: 'trainingBudget',
  budget_first_year: 'firstYearBudget',
  running_cost_monthly: 'runningCost',
};

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function guideRange(node: unknown): readonly [number, number] | undefined {
  if (!isSeq(node) || node.items.length !== 2) return undefined;
  const [a, b] = node.items.map((i) => (isScalar(i) && typeof i.value === 'number' && Number.isFinite(i.value) ? i.value : undefined));
  if (a === undefined || b === undefined || a < 0 || a > b) return undefined;
  return [a, b];
}

export function readConfig(text: string, locale: Locale): ConfigRead {
  const t = CONFIG_TEXTS[locale];
  const mapper = new PositionMapper(text);
  const rangeOf = (node: unknown): Range => {
    const r = node !== null && typeof node === 'object' && 'range' in node ? (node as { range?: readonly number[] | null }).range : undefined;
    return r && r.length >= 2 ? { start: mapper.toLspPosition(r[0]!), end: mapper.toLspPosition(r[1]!) } : { start: mapper.toLspPosition(0), end: mapper.toLspPosition(0) };
  };
  const config: ProjectConfig = { severities: {}, guides: {} };
  const findings: ConfigFinding[] = [];
  // No aliases are expanded (a config has no use for them), so no alias bomb either.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { config, usable: false, findings: [{ range: { start: mapper.toLspPosition(e.pos[0]), end: mapper.toLspPosition(e.pos[1]) }, severity: 'error', message: e.message.split('\n')[0]! }] };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config, findings, usable: true };
  if (!isMap(root)) return { config, usable: false, findings: [{ range: rangeOf(root), severity: 'error', message: t.notAMapping }] };
  const warn = (node: unknown, message: string) => findings.push({ range: rangeOf(node), severity: 'warning', message });
  for (const pair of root.items) {
    const key = keyText(pair);
    const value = pair.value as Node | null;
    if (key === 'locale') {
      const v = isScalar(value) ? String(value.value) : '';
      if (v === 'en' || v === 'nb') config.locale = v;
      else warn(value ?? pair.key, t.badLocale(v));
    } else if (key === 'rules') {
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isMap(value)) {
        warn(value, t.notAMap(key));
        continue;
      }
      for (const rule of value.items) {
        const code = keyText(rule);
        const severity = isScalar(rule.value) ? String(rule.value.value) : '';
        if (!isCode(code)) warn(rule.key, t.unknownCode(code, closest(code, ALL_CODES)));
        else if (!isSeveritySetting(severity)) warn((rule.value as Node | null) ?? rule.key, t.badSeverity(code, severity));
        else config.severities[code] = severity;
      }
    } else if (key === 'guides') {
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isMap(value)) {
        warn(value, t.notAMap(key));
        continue;
      }
      const guides: { -readonly [K in keyof GuideRanges]: GuideRanges[K] } = {};
      for (const guide of value.items) {
        const name = keyText(guide);
        const target = Object.prototype.hasOwnProperty.call(CONFIG_GUIDES, name) ? CONFIG_GUIDES[name] : undefined;
        if (target === undefined) {
          warn(guide.key, t.unknownGuide(name, closest(name, Object.keys(CONFIG_GUIDES)), Object.keys(CONFIG_GUIDES)));
          continue;
        }
        const range = guideRange(guide.value);
        if (range) guides[target] = range;
        else warn((guide.value as Node | null) ?? guide.key, t.badGuide(name));
      }
      config.guides = guides;
    } else {
      warn(pair.key, t.unknownKey(key, closest(key, KEYS), KEYS));
    }
  }
  return { config, findings, usable: true };
}
