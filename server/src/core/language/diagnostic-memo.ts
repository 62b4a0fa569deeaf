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
  /**
   * The arguments and related places of the finding it was built or last
   * reused for, which its message was formatted from (the rest of what a
   * finding says is in the diagnostic). Not the finding: the memo would keep
   * the last check's findings, ranges and all, past the next check.
   */
  args: Finding['args'];
  related: Finding['related'];
  key: string;
  severity: Severity;
  locale: Locale;
}

/** The remembered diagnostics of one key: one, or (rarely) several findings at the same place with the same code. */
type Slot = Remembered | Remembered[];

export class DiagnosticMemo {
  /** By finding object: a finding reused between checks. Weak: a finding no model holds goes. */
  private byFinding = new WeakMap<Finding, Remembered>();
  /**
   * By code, severity, locale and range (a short key; the arguments and the
   * rest are compared with the remembered finding's): the last check's
   * diagnostics, and the current check's as they are built.
   */
  private previous = new Map<string, Slot>();
  private current = new Map<string, Slot>();
  /** Diagnostics built (messages formatted) since the memo was made: what a test bounds. */
  built = 0;

  /** Starts a check: what the last one built is what this one may reuse. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Characters of the keys the memo holds (the last check's and the current one's), for a test of what it keeps. */
  get keyChars(): number {
    let n = 0;
    for (const map of [this.previous, this.current]) for (const key of map.keys()) n += key.length;
    return n;
  }

  /** The diagnostic of `finding` with this severity and locale: the remembered one, or `build()`'s, remembered. */
  diagnostic(finding: Finding, severity: Severity, locale: Locale, build: () => RoadmapDiagnostic): RoadmapDiagnostic {
    const known = this.byFinding.get(finding);
    if (known && known.severity === severity && known.locale === locale) {
      add(this.current, known);
      return known.diagnostic;
    }
    const key = placeKey(finding, severity, locale);
    let diagnostic = find(this.current.get(key), finding)?.diagnostic ?? find(this.previous.get(key), finding)?.diagnostic;
    if (!diagnostic) {
      diagnostic = build();
      this.built++;
    }
    const remembered: Remembered = { diagnostic, args: finding.args, related: finding.related, key, severity, locale };
    add(this.current, remembered);
    this.byFinding.set(finding, remembered);
    return diagnostic;
  }
}

function add(map: Map<string, Slot>, r: Remembered): void {
  const slot = map.get(r.key);
  if (slot === undefined) map.set(r.key, r);
  else if (Array.isArray(slot)) slot.push(r);
  else if (slot !== r) map.set(r.key, [slot, r]);
}

/** The remembered diagnostic in `slot` whose finding says what `f` says (the key said the code, severity, locale and range). */
function find(slot: Slot | undefined, f: Finding): Remembered | undefined {
  if (slot === undefined) return undefined;
  if (!Array.isArray(slot)) return sameContent(slot, f) ? slot : undefined;
  return slot.find((r) => sameContent(r, f));
}

/**
 * Code, severity, locale and range as one short string. The arguments,
 * related places, suggestion and fix are compared with the remembered
 * finding instead of being written into the key: a key with them (JSON) was
 * about 230 characters a diagnostic, made anew for every finding on every
 * check and kept until the next (0.5 MB at 2,300 diagnostics).
 */
function placeKey(f: Finding, severity: Severity, locale: Locale): string {
  const r = f.range;
  return `${f.code}\u0000${severity}\u0000${locale}\u0000${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Whether a finding of the remembered diagnostic's key (code, severity, locale, range) makes that diagnostic. */
function sameContent(r: Remembered, f: Finding): boolean {
  const d = r.diagnostic;
  return d.suggestion === f.suggestion && (d.unnecessary === true) === (f.unnecessary === true) && sameJson(d.fix, f.fix) && sameJson(r.args, f.args) && sameJson(r.related, f.related);
}

/** Equality of plain data (what JSON would write): a property set to `undefined` is one left out. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    defined++;
    if (!sameJson(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) defined--;
  return defined === 0;
}
