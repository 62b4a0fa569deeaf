/**
 * Completion and hover in the project configuration file,
 * `airoadmap.config.yaml` (dsl.md, "Project configuration"), from the same
 * lists the reader checks against (config.ts: the keys, every code, the
 * severities, the guide names) and the file's own words (texts/config.ts),
 * with each code's title and default severity from the rules' registry and
 * the structure codes' table. Works on the text as typed (line by line), so
 * it helps in a file that does not parse yet; flow mappings get no help.
 * Every text shown is ours (no file text reaches the Markdown), so none is escaped.
 * Must not depend on vscode or the LSP connection.
 */
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver-types';
import { DEFAULT_SEVERITY, isCode, SEVERITIES, type Code } from '../language/codes';
import type { Locale } from '../language/types';
import { RULES } from '../rules/index';
import { CONFIG_KEY_TEXTS } from '../texts/config';
import { structureCodeText } from '../texts/structure-codes';
import { CONFIG_GUIDES } from './config';

const TOP_KEYS = ['locale', 'rules', 'guides'] as const;
type TopKey = (typeof TOP_KEYS)[number];
type GuideName = keyof (typeof CONFIG_KEY_TEXTS)['en']['guide'];
const LOCALES: readonly Locale[] = ['en', 'nb'];

const RULE_BY_CODE = new Map(RULES.map((r) => [r.code as string, r]));

/** A code's one-line title in the locale. */
function codeTitle(code: Code, locale: Locale): string {
  return RULE_BY_CODE.get(code)?.title[locale] ?? structureCodeText(code)?.title[locale] ?? code;
}

function codeReason(code: Code, locale: Locale): string | undefined {
  return RULE_BY_CODE.get(code)?.reason[locale];
}

interface LineInfo {
  indent: number;
  key: string | undefined;
  /** The key's column span, when the line has one. */
  keyStart: number;
  keyEnd: number;
  /** Just after the key's colon. */
  colonEnd: number;
  /** The value's span after `key:` (trimmed, comment left out). */
  valueStart: number;
  valueEnd: number;
}

const KEY_LINE = /^(\s*)([A-Za-z0-9_-]+)\s*:(?=\s|$)/;

function lineInfo(line: string): LineInfo {
  const m = KEY_LINE.exec(line);
  const indent = /^\s*/.exec(line)![0].length;
  if (!m) return { indent, key: undefined, keyStart: indent, keyEnd: indent, colonEnd: line.length, valueStart: line.length, valueEnd: line.length };
  const keyStart = m[1]!.length;
  const keyEnd = keyStart + m[2]!.length;
  let rest = line.slice(m[0].length);
  const comment = rest.search(/(^|\s)#/);
  if (comment >= 0) rest = rest.slice(0, comment);
  const lead = /^\s*/.exec(rest)![0].length;
  const valueStart = m[0].length + lead;
  return { indent, key: m[2], keyStart, keyEnd, colonEnd: m[0].length, valueStart, valueEnd: m[0].length + rest.trimEnd().length };
}

/** The top-level key a line at `indent` belongs to (the nearest line above with a smaller indent), if any. */
function parentKey(lines: readonly string[], lineNo: number, indent: number): string | undefined {
  if (indent === 0) return undefined;
  for (let i = lineNo - 1; i >= 0; i--) {
    const text = lines[i]!;
    if (/^\s*(#.*)?$/.test(text)) continue;
    const info = lineInfo(text);
    if (info.indent < indent) return info.indent === 0 ? info.key : undefined;
  }
  return undefined;
}

/** The keys already written under `parent` (top level: undefined). */
function keysUnder(lines: readonly string[], parent: string | undefined, except: number): Set<string> {
  const keys = new Set<string>();
  let current: string | undefined;
  lines.forEach((text, i) => {
    if (/^\s*(#.*)?$/.test(text)) return;
    const info = lineInfo(text);
    if (info.indent === 0) current = info.key;
    if (i === except || !info.key) return;
    if (parent === undefined ? info.indent === 0 : info.indent > 0 && current === parent) keys.add(info.key);
  });
  return keys;
}

function markdown(...paragraphs: (string | undefined)[]): { kind: typeof MarkupKind.Markdown; value: string } {
  return { kind: MarkupKind.Markdown, value: paragraphs.filter((p): p is string => p !== undefined).join('\n\n') };
}

function topKeyText(key: TopKey, locale: Locale): string {
  return CONFIG_KEY_TEXTS[locale][key];
}

function codeDoc(code: Code, locale: Locale) {
  const t = CONFIG_KEY_TEXTS[locale];
  return markdown(`**${codeTitle(code, locale)}**`, codeReason(code, locale), t.defaultSeverity(DEFAULT_SEVERITY[code]));
}

/** Completion items at a position of a configuration file's text. Never throws. */
export function completeConfig(text: string, position: Position, locale: Locale): CompletionItem[] {
  try {
    return completeAt(text.split(/\r?\n/), position, locale);
  } catch {
    return [];
  }
}

function completeAt(lines: readonly string[], position: Position, locale: Locale): CompletionItem[] {
  const line = lines[position.line];
  if (line === undefined) return [];
  const prefix = line.slice(0, position.character);
  if (prefix.includes('#')) return [];
  const t = CONFIG_KEY_TEXTS[locale];
  const info = lineInfo(line);
  const parent = parentKey(lines, position.line, info.indent);

  // A value: after `key: ` on this line.
  if (info.key !== undefined && position.character >= info.colonEnd) {
    const range = { start: { line: position.line, character: info.valueStart }, end: { line: position.line, character: Math.max(info.valueEnd, position.character) } };
    if (info.indent === 0 && info.key === 'locale') {
      return LOCALES.map((l, i) => ({ label: l, kind: CompletionItemKind.EnumMember, detail: t.localeValues[l], sortText: String(i), textEdit: { range, newText: l } }));
    }
    if (parent === 'rules' && isCode(info.key)) {
      return SEVERITIES.map((s, i) => ({
        label: s,
        kind: CompletionItemKind.EnumMember,
        detail: s === DEFAULT_SEVERITY[info.key as Code] ? t.defaultSeverity(s) : undefined,
        documentation: markdown(t.severity[s]),
        sortText: String(i),
        textEdit: { range, newText: s },
      })) as CompletionItem[];
    }
    if (parent === 'guides' && info.key in CONFIG_GUIDES && info.valueStart === info.valueEnd) {
      return [{ label: t.range, kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: '[${1:0}, ${2:0}]' } }];
    }
    return [];
  }

  // A key: the start of a line (maybe a partial word).
  if (!/^\s*[A-Za-z0-9_-]*$/.test(prefix)) return [];
  const start = /^\s*/.exec(prefix)![0].length;
  const range = { start: { line: position.line, character: start }, end: { line: position.line, character: info.key ? info.keyEnd : Math.max(position.character, /^\s*[A-Za-z0-9_-]*/.exec(line)![0].length) } };
  const taken = keysUnder(lines, start === 0 ? undefined : parent, position.line);
  if (start === 0) {
    return TOP_KEYS.filter((k) => !taken.has(k)).map((k, i) => ({
      label: k,
      kind: CompletionItemKind.Property,
      documentation: markdown(topKeyText(k, locale)),
      sortText: String(i),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: k === 'locale' ? 'locale: ${1|en,nb|}' : `${k}:\n  $0` },
    }));
  }
  if (parent === 'rules') {
    return (Object.keys(DEFAULT_SEVERITY) as Code[])
      .filter((c) => !taken.has(c))
      .map((code) => ({
        label: code,
        kind: CompletionItemKind.Property,
        detail: codeTitle(code, locale),
        documentation: codeDoc(code, locale),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: `${code}: \${1|${SEVERITIES.join(',')}|}` },
      }));
  }
  if (parent === 'guides') {
    return (Object.keys(CONFIG_GUIDES) as GuideName[])
      .filter((g) => !taken.has(g))
      .map((g) => ({
        label: g,
        kind: CompletionItemKind.Property,
        documentation: markdown(t.guide[g]),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: `${g}: [\${1:0}, \${2:0}]` },
      }));
  }
  return [];
}

/** The hover at a position of a configuration file's text: what a key, a code, a severity or a language means. Never throws. */
export function hoverConfig(text: string, position: Position, locale: Locale): Hover | null {
  try {
    return hoverAt(text.split(/\r?\n/), position, locale);
  } catch {
    return null;
  }
}

function hoverAt(lines: readonly string[], position: Position, locale: Locale): Hover | null {
  const line = lines[position.line];
  if (line === undefined) return null;
  const info = lineInfo(line);
  if (info.key === undefined) return null;
  const t = CONFIG_KEY_TEXTS[locale];
  const parent = parentKey(lines, position.line, info.indent);
  const at = (start: number, end: number) => ({ start: { line: position.line, character: start }, end: { line: position.line, character: end } });
  const onKey = position.character >= info.keyStart && position.character <= info.keyEnd;
  const value = line.slice(info.valueStart, info.valueEnd);
  const onValue = info.valueEnd > info.valueStart && position.character >= info.valueStart && position.character <= info.valueEnd;
  const key = info.key;
  if (info.indent === 0) {
    if (onKey && (TOP_KEYS as readonly string[]).includes(key)) return { contents: markdown(topKeyText(key as TopKey, locale)), range: at(info.keyStart, info.keyEnd) };
    if (onValue && key === 'locale' && (LOCALES as readonly string[]).includes(value)) return { contents: markdown(t.localeValues[value as Locale]), range: at(info.valueStart, info.valueEnd) };
    return null;
  }
  if (parent === 'rules' && isCode(key)) {
    if (onKey) return { contents: codeDoc(key, locale), range: at(info.keyStart, info.keyEnd) };
    if (onValue && (SEVERITIES as readonly string[]).includes(value)) return { contents: markdown(t.severity[value as keyof typeof t.severity]), range: at(info.valueStart, info.valueEnd) };
  }
  if (parent === 'guides' && onKey && key in CONFIG_GUIDES) return { contents: markdown(t.guide[key as GuideName]), range: at(info.keyStart, info.keyEnd) };
  return null;
}
