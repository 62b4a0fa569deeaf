/**
 * The diagnostics of a document's last check, kept so that the next check
 * builds only the ones that changed (issue 17, publishing): a finding that
 * comes back unchanged gets the same `RoadmapDiagnostic` object as before,
 * its message not formatted again, so the LSP layer can convert each object
 * once (a WeakMap keyed by it) and a file with thousands of diagnostics does
 * not rebuild and re-convert them all per keystroke.
 *
 * A finding is the same as before when it is the same object (a chunk's
 * findings placed at an unchanged line are reused) or, for the findings made
 * anew on each check (the rules', the references'), when everything its
 * diagnostic is made of is equal: code, severity, range, arguments, related
 * places, suggestion, fix. The locale is part of that, and the catalogue is
 * the checker's, fixed. Only the last check's diagnostics are kept, so the
 * memo holds no more than the document has.
 * Must not depend on vscode or the LSP connection.
 */
import type { Severity } from './codes';
import type { Finding, Locale, RoadmapDiagnostic } from './types';

interface Remembered {
  diagnostic: RoadmapDiagnostic;
  key: string;
  severity: Severity;
  locale: Locale;
}

export class DiagnosticMemo {
  /** By finding object: a finding reused between checks. Weak: a finding no model holds goes. */
  private byFinding = new WeakMap<Finding, Remembered>();
  /** By content: the last check's diagnostics, and the current check's as they are built. */
  private previous = new Map<string, RoadmapDiagnostic>();
  private current = new Map<string, RoadmapDiagnostic>();
  /** Diagnostics built (messages formatted) since the memo was made: what a test bounds. */
  built = 0;

  /** Starts a check: what the last one built is what this one may reuse. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The diagnostic of `finding` with this severity and locale: the remembered one, or `build()`'s, remembered. */
  diagnostic(finding: Finding, severity: Severity, locale: Locale, build: () => RoadmapDiagnostic): RoadmapDiagnostic {
    const known = this.byFinding.get(finding);
    if (known && known.severity === severity && known.locale === locale) {
      this.current.set(known.key, known.diagnostic);
      return known.diagnostic;
    }
    const key = contentKey(finding, severity, locale);
    let diagnostic = this.current.get(key) ?? this.previous.get(key);
    if (!diagnostic) {
      diagnostic = build();
      this.built++;
    }
    this.current.set(key, diagnostic);
    this.byFinding.set(finding, { diagnostic, key, severity, locale });
    return diagnostic;
  }
}

/** Everything a finding's diagnostic is made of, as one string. */
function contentKey(f: Finding, severity: Severity, locale: Locale): string {
  const r = f.range;
  let key = `${f.code}\u0000${severity}\u0000${locale}\u0000${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}\u0000${JSON.stringify(f.args)}`;
  if (f.related) key += `\u0000${JSON.stringify(f.related)}`;
  if (f.suggestion !== undefined) key += `\u0000s${f.suggestion}`;
  if (f.unnecessary) key += '\u0000u';
  if (f.fix) key += `\u0000${JSON.stringify(f.fix)}`;
  return key;
}
