/**
 * `check --format sarif`: a SARIF 2.1.0 log that GitHub code scanning
 * accepts — the tool with every diagnostic code as a rule (title, help =
 * the article's reason, link to the docs, default level), and one result per
 * diagnostic with a 1-based region in a path relative to the working directory
 * under the base `%SRCROOT%` (the run's originalUriBaseIds give its file: URI),
 * and `partialFingerprints` from fingerprint.ts (code, file, where by name:
 * stable when lines move). Typed with @types/sarif, the 2.1.0 object model.
 * Must not depend on the LSP connection or vscode.
 */
import { isAbsolute, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { fingerprints, FINGERPRINT_KEY } from './fingerprint';
import { DEFAULT_SEVERITY, ruleDocUrl, type Code, type Locale, type Severity } from '../core/index';
import type { FileReport } from './report';
import { describeAllCodes } from './rule-descriptions';
import { escapeJsonText } from '../shared/terminal-text';
import { TOOL_HOME, TOOL_NAME, TOOL_VERSION } from './version';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** `kpi-no-baseline` → `KpiNoBaseline`, the identifier-like name SARIF suggests. */
function ruleName(code: Code): string {
  return code
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The artifact's URI: relative to the working directory with forward slashes
 * (code scanning resolves it against the checkout), or a file: URL for a
 * file outside it.
 */
export function artifactUri(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(absolute).href;
  return rel
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The base the relative artifact URIs resolve against: the checkout's root for code scanning. */
export const SRCROOT = '%SRCROOT%';

export function toSarif(reports: readonly FileReport[], cwd: string, locale: Locale): Log {
  const descriptions = describeAllCodes(locale);
  const ruleIndex = new Map<Code, number>(descriptions.map((d, i) => [d.code, i]));
  const rules = descriptions.map((d): ReportingDescriptor => ({
    id: d.code,
    name: ruleName(d.code),
    shortDescription: { text: d.title },
    fullDescription: { text: d.help },
    help: { text: `${d.help}\n${ruleDocUrl(d.code)}`, markdown: `${d.help}\n\n[${d.code}](${ruleDocUrl(d.code)})` },
    helpUri: ruleDocUrl(d.code),
    defaultConfiguration: { level: sarifLevel(DEFAULT_SEVERITY[d.code]) },
    properties: { tags: ['airoadmap', d.kind] },
  }));
  const results = reports.flatMap((report) => {
    const uri = artifactUri(report.absolute, cwd);
    const inside = !uri.startsWith('file:');
    const prints = fingerprints(report, uri);
    return report.diagnostics.map((d, i): Result => ({
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code) ?? -1,
      level: sarifLevel(d.severity),
      message: { text: d.message },
      partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
      locations: [
        {
          physicalLocation: {
            artifactLocation: inside ? { uri, uriBaseId: SRCROOT } : { uri },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    }));
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: TOOL_HOME, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], cwd: string, locale: Locale): string {
  return `${escapeJsonText(JSON.stringify(toSarif(reports, cwd, locale), null, 2))}\n`;
}
