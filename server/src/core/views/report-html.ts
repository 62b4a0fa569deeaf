/**
 * The quarterly report (report.ts) as one self-contained HTML page: no
 * script, one nonce'd stylesheet, a CSP that loads nothing, print-ready on A4
 * (each section from its second on starts a new page; table heads repeat,
 * rows are not split). Every text, ours or the file's, goes through escapeXml.
 * The page around it is page.ts's shell, the preview's, with no script.
 * Must not depend on vscode, Node or the DOM (the caller makes the nonce).
 */
import type { RoadmapModel } from '../language/model';
import type { Locale, RoadmapDiagnostic } from '../language/types';
import { reportDocument, type Inline, type ReportBlock, type ReportDocument } from './report';
import { buildPage } from './page';
import { escapeXml } from './vdom';

/** Nothing but the nonce'd stylesheet; no script, no image, no frame, no form, no base. */
export function reportCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
}

export const REPORT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 3rem; color: #1f2328; background: #fff;
  font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { border-bottom: 2px solid #1f2328; margin-bottom: 1.5rem; }
h1 { font-size: 20pt; margin: 0 0 .25rem; overflow-wrap: anywhere; }
header p { margin: 0 0 .75rem; color: #57606a; }
h2 { font-size: 15pt; margin: 0 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 12pt; margin: 1.25rem 0 .5rem; }
section { margin: 0 0 2.5rem; }
p, ul { margin: .5rem 0; }
ul { padding-left: 1.25rem; }
li { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .6rem; border-bottom: 1px solid #d0d7de; overflow-wrap: anywhere; }
th { background: #f6f8fa; font-weight: 600; border-bottom: 1px solid #8c959f; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: 10pt ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 .25em; border-radius: 3px; }
@media print {
  body { max-width: none; padding: 0; }
  section { margin: 0; }
  section + section { break-before: page; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
`;

function inline(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      switch (r.kind) {
        case 'ours':
        case 'file':
          return escapeXml(r.text);
        case 'strong':
          return `<strong>${escapeXml(r.text)}</strong>`;
        case 'code':
          return `<code>${escapeXml(r.text)}</code>`;
      }
    })
    .join('');
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${inline(b.content)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const cls = (i: number) => (b.numeric.includes(i) ? ' class="num"' : '');
      const head = `<thead><tr>${b.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeXml(h)}</th>`).join('')}</tr></thead>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${inline(c)}</td>`).join('')}</tr>`).join('\n');
      return `<table>\n${head}\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
  }
}

/** The page: a header (the title and the date), then one <section> per second-level heading. */
export function documentHtml(doc: ReportDocument, nonce: string): string {
  const parts: string[] = [];
  let open: 'header' | 'section' | null = null;
  const close = () => {
    if (open) parts.push(`</${open}>`);
    open = null;
  };
  for (const b of doc.blocks) {
    if (b.kind === 'heading' && b.level <= 2) {
      close();
      open = b.level === 1 ? 'header' : 'section';
      parts.push(`<${open}>`);
    }
    parts.push(block(b));
  }
  close();
  return buildPage({
    locale: doc.locale,
    csp: reportCsp(nonce),
    nonce,
    title: doc.title,
    styles: [{ text: REPORT_CSS }],
    colorScheme: 'light',
    body: ['<main>', ...parts, '</main>'].join('\n'),
  });
}

/** The report as a page (see reportDocument for the arguments). */
export function reportHtml(model: RoadmapModel, diagnostics: readonly RoadmapDiagnostic[], locale: Locale, today: string, nonce: string): string {
  return documentHtml(reportDocument(model, diagnostics, locale, today), nonce);
}
