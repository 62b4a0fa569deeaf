/**
 * Open documents and their analysis, cached per (uri, content change,
 * settings generation) so that requests never re-parse a text the server
 * has seen. Not per version: a client may repeat or lower a version number
 * with new text, and the analysis must follow the text.
 * Must not depend on vscode; the language work is the core's `checkText`.
 */
import { isConfigFileUri } from './project-config';
import type { TextDocuments, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisOf, checkText, createIncrementalChecker, type Analysis as CoreAnalysis, type CheckOptions, type CheckResult, type DocumentEdit, type IncrementalChecker, type TextChange } from '../core/index';
import { SLICED_FROM_CHARS, SlicedTask } from './sliced-task';

/** The core's analysis of a document's text at one version (the text as the client sees it). */
export interface Analysis extends CoreAnalysis {
  readonly uri: string;
  readonly version: number;
}

interface CacheEntry {
  analysis: Analysis;
  generation: number;
  /** Set when the document's content changes (open, change): the analysis is of an older text. */
  stale: boolean;
}

/** A big document's analysis in slices: of this text, with these settings. */
interface SlicedRun {
  task: SlicedTask<CheckResult>;
  text: string;
  generation: number;
}

/** Past this many changes since a check, cutting the whole text again is as cheap: they are no longer kept. */
const MAX_KEPT_CHANGES = 1000;

/**
 * What changed in each open roadmap since its text was last handed to a
 * check: LSP's content changes as the documents apply them, one after
 * another, as offsets into the text each one changed (`configuration` is the
 * `TextDocuments`' own, which applies them). The incremental checker then
 * cuts again only the chunks around them. A change of the whole text, or too
 * many, and the next check cuts the whole text as before.
 */
export class DocumentChanges {
  /** Per document: the text the changes start from and the changes; null when they cannot tell (the whole text replaced). */
  private readonly pending = new Map<string, { from: string; changes: TextChange[] } | null>();

  readonly configuration: TextDocumentsConfiguration<TextDocument> = {
    create: (uri, languageId, version, content) => {
      this.pending.delete(uri);
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (document, changes, version) => {
      // A configuration file is never checked as a roadmap, so its changes would only pile up.
      let log = isConfigFileUri(document.uri) ? null : this.pending.get(document.uri);
      if (log === undefined) log = { from: document.getText(), changes: [] };
      for (const change of changes) {
        if (log && 'range' in change && log.changes.length < MAX_KEPT_CHANGES) {
          log.changes.push({ start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), text: change.text });
        } else log = null;
        // One at a time, so that the next change's offsets are read from the text this one made.
        TextDocument.update(document, [change], version);
      }
      this.pending.set(document.uri, log);
      return document;
    },
  };

  /** How the document's text came from the one last taken (if it can tell); the next changes count from the text now. */
  take(uri: string): DocumentEdit | undefined {
    const log = this.pending.get(uri);
    this.pending.delete(uri);
    return log ?? undefined;
  }

  forget(uri: string): void {
    this.pending.delete(uri);
  }
}

export class DocumentStore {
  private readonly cache = new Map<string, CacheEntry>();
  /** One incremental checker per document: an edit re-parses only the entities it touched. */
  private readonly checkers = new Map<string, IncrementalChecker>();
  /** Bumped when the settings change: every cached analysis is then stale. */
  private generation = 0;
  /** Big documents' analyses in flight, one per document at most. */
  private readonly running = new Map<string, SlicedRun>();

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly options: (uri: string) => CheckOptions,
    /** The documents' content changes, when `documents` records them (`DocumentChanges.configuration`): edits are then checked as edits. */
    private readonly changes?: DocumentChanges,
  ) {
    // Registered before any other listener (the store is made first), so a
    // publish triggered by the same event already sees the entry as stale.
    documents.onDidChangeContent((event) => {
      const entry = this.cache.get(event.document.uri);
      if (entry) entry.stale = true;
    });
    // A sliced analysis of the old text is of no more use (the chunks it walked stay cached).
    documents.onDidChangeContent((event) => this.cancelRun(event.document.uri));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  uris(): string[] {
    return this.documents.keys();
  }

  /**
   * The analysis of the document's current version, computed at most once.
   * Synchronous: a sliced analysis of this text still running is finished
   * now (callers that can wait ask `ready` first).
   */
  analysis(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    // A configuration file is open too (for its diagnostics), but is no roadmap.
    if (!document || isConfigFileUri(uri)) return undefined;
    const cached = this.cache.get(uri);
    if (cached && !cached.stale && cached.generation === this.generation) return cached.analysis;
    const options = this.options(uri);
    const text = document.getText();
    const run = this.running.get(uri);
    if (run && run.text === text && run.generation === this.generation) {
      run.task.finishNow();
      const done = this.cache.get(uri);
      if (done && !done.stale && done.generation === this.generation) return done.analysis;
    }
    this.cancelRun(uri);
    return this.remember(uri, document.version, text, this.check(uri, text, options), options);
  }

  /**
   * Undefined when `analysis(uri)` can answer at once: the document is
   * closed, analysed, or short. For a long document not yet analysed, starts
   * (or joins) the analysis of its current text in slices, so the server
   * answers other messages meanwhile; the promise resolves when that ends:
   * done, or given up for a newer text or new settings (ask again then).
   */
  ready(uri: string): Promise<void> | undefined {
    const document = this.documents.get(uri);
    if (!document || isConfigFileUri(uri)) return undefined;
    const cached = this.cache.get(uri);
    if (cached && !cached.stale && cached.generation === this.generation) return undefined;
    const text = document.getText();
    if (text.length < SLICED_FROM_CHARS) return undefined;
    const run = this.running.get(uri);
    if (run && run.text === text && run.generation === this.generation) return run.task.done;
    this.cancelRun(uri);
    return this.startRun(uri, text).task.done;
  }

  /**
   * Calls `then` once the document's current text is analysed: at once,
   * unless a sliced analysis has to run first. Not after a newer text or new
   * settings took over meanwhile (whoever brought them asks again).
   */
  whenAnalysed(uri: string, then: () => void): void {
    const waiting = this.ready(uri);
    if (!waiting) {
      then();
      return;
    }
    void waiting.then(() => {
      if (!this.ready(uri)) then();
    });
  }

  private startRun(uri: string, text: string): SlicedRun {
    const options = this.options(uri);
    const generation = this.generation;
    let checker = this.checkers.get(uri);
    if (!checker) this.checkers.set(uri, (checker = createIncrementalChecker()));
    const fallback = (): CheckResult => {
      this.checkers.delete(uri);
      return checkText(text, options);
    };
    const run: SlicedRun = {
      text,
      generation,
      task: new SlicedTask(checker.checkSteps(text, options, this.changes?.take(uri)), fallback, (result) => {
        if (this.running.get(uri) === run) this.running.delete(uri);
        const document = this.documents.get(uri);
        // Only the text the document still has, with the settings still in force.
        if (document && document.getText() === text && this.generation === generation) this.remember(uri, document.version, text, result, options);
      }),
    };
    this.running.set(uri, run);
    return run;
  }

  private cancelRun(uri: string): void {
    this.running.get(uri)?.task.cancel();
    this.running.delete(uri);
  }

  private remember(uri: string, version: number, text: string, result: CheckResult, options: CheckOptions): Analysis {
    const analysis: Analysis = { uri, version, ...analysisOf(text, result, options.locale ?? 'en', options.today, options.guides) };
    this.cache.set(uri, { analysis, generation: this.generation, stale: false });
    return analysis;
  }

  private check(uri: string, text: string, options: CheckOptions): CheckResult {
    let checker = this.checkers.get(uri);
    if (!checker) this.checkers.set(uri, (checker = createIncrementalChecker()));
    try {
      return checker.check(text, options, this.changes?.take(uri));
    } catch {
      // The incremental path is an optimisation; the whole-file check is the reference.
      this.checkers.delete(uri);
      return checkText(text, options);
    }
  }

  /** Whether the document's last check cut its chunks from the edit (for tests). */
  cutFromEdit(uri: string): boolean {
    return this.checkers.get(uri)?.lastCutFromEdit ?? false;
  }

  settingsChanged(): void {
    this.generation++;
  }

  /** What the store holds, for the `airoadmap/stats` request (leak tests). */
  stats(): { analyses: number; checkers: number; chunks: number; cachedTexts: number; analysing: number } {
    let chunks = 0;
    let cachedTexts = 0;
    for (const checker of this.checkers.values()) {
      chunks += checker.size;
      cachedTexts += checker.caches.textCount;
    }
    return { analyses: this.cache.size, checkers: this.checkers.size, chunks, cachedTexts, analysing: this.running.size };
  }

  forget(uri: string): void {
    this.cancelRun(uri);
    this.cache.delete(uri);
    this.checkers.delete(uri);
    this.changes?.forget(uri);
    // The document's caches (line index, chunk parses) belong to its checker and its analyses: gone with them.
  }
}
