/**
 * Open documents and their analysis, cached per (uri, content change,
 * settings generation) so that requests never re-parse a text the server
 * has seen. Not per version: a client may repeat or lower a version number
 * with new text, and the analysis must follow the text.
 * Must not depend on vscode; the language work is the core's `checkText`.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkText, type CheckResult } from '../core/check';
import { cachedTextCount, forgetCachedTexts } from '../core/cursor';
import { IncrementalChecker } from '../core/incremental';
import type { RoadmapModel } from '../core/model';
import type { CheckOptions, Locale, RoadmapDiagnostic } from '../core/types';

export interface Analysis {
  uri: string;
  version: number;
  /** The document's text at `version` (as the client sees it). */
  text: string;
  model: RoadmapModel;
  diagnostics: RoadmapDiagnostic[];
  locale: Locale;
}

interface CacheEntry {
  analysis: Analysis;
  generation: number;
  /** Set when the document's content changes (open, change): the analysis is of an older text. */
  stale: boolean;
}

export class DocumentStore {
  private readonly cache = new Map<string, CacheEntry>();
  /** One incremental checker per document: an edit re-parses only the entities it touched. */
  private readonly checkers = new Map<string, IncrementalChecker>();
  /** Bumped when the settings change: every cached analysis is then stale. */
  private generation = 0;

  constructor(
    readonly documents: TextDocuments<TextDocument>,
    private readonly options: () => CheckOptions,
  ) {
    // Registered before any other listener (the store is made first), so a
    // publish triggered by the same event already sees the entry as stale.
    documents.onDidChangeContent((event) => {
      const entry = this.cache.get(event.document.uri);
      if (entry) entry.stale = true;
    });
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  uris(): string[] {
    return this.documents.keys();
  }

  /** The analysis of the document's current version, computed at most once. */
  analysis(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.cache.get(uri);
    if (cached && !cached.stale && cached.generation === this.generation) return cached.analysis;
    const options = this.options();
    const text = document.getText();
    const result = this.check(uri, text, options);
    const analysis: Analysis = {
      uri,
      version: document.version,
      text,
      model: result.model,
      diagnostics: result.diagnostics,
      locale: options.locale ?? 'en',
    };
    this.cache.set(uri, { analysis, generation: this.generation, stale: false });
    return analysis;
  }

  private check(uri: string, text: string, options: CheckOptions): CheckResult {
    let checker = this.checkers.get(uri);
    if (!checker) this.checkers.set(uri, (checker = new IncrementalChecker()));
    try {
      return checker.check(text, options);
    } catch {
      // The incremental path is an optimisation; the whole-file check is the reference.
      this.checkers.delete(uri);
      return checkText(text, options);
    }
  }

  settingsChanged(): void {
    this.generation++;
  }

  /** What the store holds, for the `airoadmap/stats` request (leak tests). */
  stats(): { analyses: number; checkers: number; chunks: number; cachedTexts: number } {
    let chunks = 0;
    for (const checker of this.checkers.values()) chunks += checker.size;
    return { analyses: this.cache.size, checkers: this.checkers.size, chunks, cachedTexts: cachedTextCount() };
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.checkers.delete(uri);
    // The core's caches of recent texts may hold this document's; they refill on the next request.
    forgetCachedTexts();
  }
}
