/**
 * The request handlers: each one looks up the cached analysis of the
 * document, calls the core, and converts the answer to LSP. No language
 * logic here — only lookup, conversion and the error boundary.
 * Must not depend on vscode.
 */
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type CancellationToken,
  type Position,
  type SymbolInformation,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { codeActions } from '../core/features/code-actions';
import { complete } from '../core/features/complete';
import { hover } from '../core/features/hover';
import { useCaseInlayHints } from '../core/features/lenses';
import { documentHighlights, findDefinition, findReferences } from '../core/features/navigation';
import { rangeContains } from '../core/language/positions';
import { foldingRanges, selectionRanges } from '../core/features/ranges';
import { prepareRename, rename } from '../core/features/rename';
import { documentSymbols, workspaceSymbols } from '../core/features/symbols';
import type { RoadmapDiagnostic } from '../core/language/types';
import { fromLspDiagnostic, toLspDiagnostic, toWorkspaceEdit } from './convert';
import type { CompletionPayload, CompletionSupport } from './completion-payload';
import type { Analysis, DocumentStore } from './document-store';
import { guardRequest, type Logger } from './guard';

export interface FeatureContext {
  connection: Connection;
  store: DocumentStore;
  logger: Logger;
  /** Whether the client takes versioned `documentChanges` in workspace edits. */
  documentChanges: () => boolean;
  /** What the client understands of small completion answers. */
  completionSupport: () => CompletionSupport;
  completions: CompletionPayload;
}

/** Positions from the client may be anywhere; bring them inside the text. */
function clamp(analysis: Analysis, position: Position): Position {
  const mapper = analysis.model.mapper;
  return mapper.toLspPosition(mapper.offsetAt(position));
}

/**
 * A request on a long document that is being analysed in slices waits for
 * that analysis, so the answer matches the text the editor shows; requests on
 * other documents are answered meanwhile. A cancelled request stops waiting.
 */
function afterAnalysis<P extends { textDocument: { uri: string } }, R>(
  store: DocumentStore,
  handler: (params: P, token: CancellationToken) => R,
): (params: P, token: CancellationToken) => R | Promise<R> {
  const run = (params: P, token: CancellationToken): R | Promise<R> => {
    const uri: unknown = params?.textDocument?.uri;
    const waiting = token?.isCancellationRequested || typeof uri !== 'string' ? undefined : store.ready(uri);
    // The handler (guarded) answers a cancelled request RequestCancelled without touching the analysis.
    return waiting ? untilDoneOrCancelled(waiting, token).then(() => run(params, token)) : handler(params, token);
  };
  return run;
}

/** Resolves when `waiting` does, or as soon as the request is cancelled (the analysis goes on for the others). */
function untilDoneOrCancelled(waiting: Promise<void>, token: CancellationToken | undefined): Promise<void> {
  if (!token) return waiting;
  return new Promise<void>((resolve) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      resolve();
    });
    void waiting.then(() => {
      listener.dispose();
      resolve();
    });
  });
}

/** Every open document's analysis at hand (for requests over all of them); undefined when none is running. */
function allAnalysed(store: DocumentStore): Promise<void> | undefined {
  const waiting = store.uris().flatMap((uri) => store.ready(uri) ?? []);
  return waiting.length === 0 ? undefined : Promise.all(waiting).then(() => allAnalysed(store));
}

export function registerFeatures(ctx: FeatureContext): void {
  const { connection, store, logger } = ctx;
  const analysisOf = (uri: string): Analysis | undefined => store.analysis(uri);
  const guarded = <P extends { textDocument: { uri: string } }, R>(method: string, handler: (params: P, token: CancellationToken) => R) =>
    afterAnalysis(store, guardRequest(logger, method, handler));

  connection.onCompletion(
    guarded('textDocument/completion', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      return ctx.completions.shape(complete(a.text, a.model, clamp(a, params.position), a.locale), ctx.completionSupport());
    }),
  );

  connection.onCompletionResolve(guardRequest(logger, 'completionItem/resolve', (item) => ctx.completions.resolve(item)));

  connection.onHover(
    guarded('textDocument/hover', (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? hover(a.model, clamp(a, params.position), a.locale) : null;
    }),
  );

  connection.onDefinition(
    guarded('textDocument/definition', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const range = findDefinition(a.model, clamp(a, params.position));
      return range ? { uri: a.uri, range } : null;
    }),
  );

  connection.onReferences(
    guarded('textDocument/references', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const includeDeclaration = params.context?.includeDeclaration ?? true;
      return findReferences(a.model, clamp(a, params.position), includeDeclaration).map((range) => ({ uri: a.uri, range }));
    }),
  );

  connection.onDocumentHighlight(
    guarded('textDocument/documentHighlight', (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? documentHighlights(a.model, clamp(a, params.position)) : null;
    }),
  );

  connection.onPrepareRename(
    guarded('textDocument/prepareRename', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const answer = prepareRename(a.model, clamp(a, params.position), a.locale);
      if (answer === null) return null;
      if ('error' in answer) throw new ResponseError(LSPErrorCodes.RequestFailed, answer.error);
      return answer;
    }),
  );

  connection.onRenameRequest(
    guarded('textDocument/rename', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const answer = rename(a.model, clamp(a, params.position), params.newName, a.locale);
      if ('error' in answer) throw new ResponseError(LSPErrorCodes.RequestFailed, answer.error);
      return toWorkspaceEdit(a.uri, a.version, answer.edits, ctx.documentChanges());
    }),
  );

  connection.onCodeAction(
    guarded('textDocument/codeAction', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const only = params.context.only;
      if (only && !only.some((kind) => CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`) || kind === '')) return [];
      // The client's diagnostics map back to our findings; keep each pairing so
      // the action can name the very diagnostic object the client holds.
      const pairs = new Map<RoadmapDiagnostic, Diagnostic>();
      for (const sent of params.context.diagnostics ?? []) {
        const finding = fromLspDiagnostic(sent, a.diagnostics);
        if (finding) pairs.set(finding, sent);
      }
      // Clients that send no diagnostics (or none of ours) get the ones in range.
      if (pairs.size === 0) {
        for (const d of a.diagnostics) {
          if (rangeContains(d.range, params.range.start) || rangeContains(params.range, d.range.start)) pairs.set(d, toLspDiagnostic(d, a.uri));
        }
      }
      const actions = codeActions(a.model, [...pairs.keys()], params.range, a.locale);
      return actions.map((action): CodeAction => {
        const result: CodeAction = {
          title: action.title,
          kind: CodeActionKind.QuickFix,
          edit: toWorkspaceEdit(a.uri, a.version, action.edits, ctx.documentChanges()),
        };
        if (action.diagnostic) result.diagnostics = [pairs.get(action.diagnostic) ?? toLspDiagnostic(action.diagnostic, a.uri)];
        if (action.isPreferred) result.isPreferred = true;
        return result;
      });
    }),
  );

  connection.onDocumentSymbol(
    guarded('textDocument/documentSymbol', (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? documentSymbols(a.model, a.locale) : null;
    }),
  );

  const symbolsOfAll = guardRequest(logger, 'workspace/symbol', (params: WorkspaceSymbolParams, token: CancellationToken) => {
    const symbols: SymbolInformation[] = [];
    for (const uri of store.uris()) {
      if (token.isCancellationRequested) break;
      const a = analysisOf(uri);
      if (!a) continue;
      for (const s of workspaceSymbols(a.model, params.query ?? '')) {
        symbols.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: s.containerName });
      }
    }
    return symbols;
  });
  connection.onWorkspaceSymbol((params, token) => {
    const waiting = allAnalysed(store);
    return waiting ? waiting.then(() => symbolsOfAll(params, token)) : symbolsOfAll(params, token);
  });

  connection.onFoldingRanges(
    guarded('textDocument/foldingRange', (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? foldingRanges(a.model) : null;
    }),
  );

  connection.onSelectionRanges(
    guarded('textDocument/selectionRange', (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? selectionRanges(a.model, params.positions.map((p) => clamp(a, p))) : null;
    }),
  );

  connection.languages.inlayHint.on(
    guarded('textDocument/inlayHint', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      return useCaseInlayHints(a.model, a.locale).filter((hint) => rangeContains(params.range, hint.position));
    }),
  );
}
