/**
 * The quarterly report (report.ts) as GitHub-flavoured Markdown: tables, no
 * HTML, for a job summary or a pull-request comment. Text from the file goes
 * through escapeMarkdown (one line, punctuation escaped, so `|` never ends a
 * cell); our own words are written as they are.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import type { RoadmapModel } from '../language/model';
import type { Locale, RoadmapDiagnostic } from '../language/types';
import { escapeMarkdown } from '../texts/guidance';
import { reportDocument, type Inline, type ReportBlock, type ReportDocument } from './report';

function inline(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      switch (r.kind) {
        case 'ours':
          return r.text;
        case 'file':
          return escapeMarkdown(r.text);
        case 'strong':
          return `**${r.text}**`;
        case 'code':
          return `\`${r.text}\``;
      }
    })
    .join('');
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${inline(b.content)}`;
    case 'paragraph':
      return inline(b.content);
    case 'list':
      return b.items.map((i) => `- ${inline(i)}`).join('\n');
    case 'table': {
      const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
      return [line(b.head), line(b.head.map(() => '---')), ...b.rows.map((r) => line(r.map(inline)))].join('\n');
    }
  }
}

export function documentMarkdown(doc: ReportDocument): string {
  return `${doc.blocks.map(block).join('\n\n')}\n`;
}

/** The report as Markdown (see reportDocument for the arguments). */
export function reportMarkdown(model: RoadmapModel, diagnostics: readonly RoadmapDiagnostic[], locale: Locale, today: string): string {
  return documentMarkdown(reportDocument(model, diagnostics, locale, today));
}
