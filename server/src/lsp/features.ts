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
import { completeConfig, FEATURES as core, hoverConfig, rangeContains, symbolMatches, type Locale, type RoadmapDiagnostic } from '../core/index';
import { afterAnalysis, textDocumentUri } from './after-analysis';
import { isConfigFileUri } from './project-config';
import { fromLspDiagnostic, toLspDiagnostic, toWorkspaceEdit } from './convert';
import type { CompletionPayload, CompletionSupport } from './completion-payload';
import type { Analysis, DocumentStore } from './document-store';
import { guardRequest, type Logger } from './guard';
import type { WorkspaceRoadmaps } from './workspace-roadmaps';

export interface FeatureContext {
  connection: Connection;
  store: DocumentStore;
  logger: Logger;
  /** Whether the client takes versioned `documentChanges` in workspace edits. */
  documentChanges: () => boolean;
  /** What the client understands of small completion answers. */
  completionSupport: () => CompletionSupport;
  completions: CompletionPayload;
  /** The roadmaps of the workspace folders that are not open (symbol search). */
  workspace?: WorkspaceRoadmaps;
  /** The language of the configuration file's help (the settings'). */
  configLocale: () => Locale;
}

/** Positions from the client may be anywhere; bring them inside the text. */
function clamp(analysis: Analysis, position: Position): Position {
  const mapper = analysis.model.mapper;
  return mapper.toLspPosition(mapper.offsetAt(position));
}

/** Every open document's analysis at hand (for requests over all of them); undefined when none is running. */
function allAnalysed(store: DocumentStore): Promise<void> | undefined {
  const waiting = store.uris().flatMap((uri) => store.ready(uri) ?? []);
  return waiting.length === 0 ? undefined : Promise.all(waiting).then(() => allAnalysed(store));
}

export function registerFeatures(ctx: FeatureContext): void {
  const { connection, store, logger } = ctx;
  const analysisOf = (uri: string): Analysis | undefined => store.analysis(uri);
  /** An open configuration file's text (it gets its own completion and hover, never a roadmap's). */
  const configText = (uri: unknown): string | undefined => (typeof uri === 'string' && isConfigFileUri(uri) ? store.get(uri)?.getText() : undefined);
  const guarded = <P extends { textDocument: { uri: string } }, R>(method: string, handler: (params: P, token: CancellationToken) => R) =>
    afterAnalysis((uri) => store.ready(uri), textDocumentUri, guardRequest(logger, method, handler));

  connection.onCompletion(
    guarded('textDocument/completion', (params) => {
      const config = configText(params.textDocument.uri);
      if (config !== undefined) return ctx.completions.shape(completeConfig(config, params.position, ctx.configLocale()), ctx.completionSupport());
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      return ctx.completions.shape(core.complete(a, clamp(a, params.position)), ctx.completionSupport());
    }),
  );

  connection.onCompletionResolve(guardRequest(logger, 'completionItem/resolve', (item) => ctx.completions.resolve(item)));

  connection.onHover(
    guarded('textDocument/hover', (params) => {
      const config = configText(params.textDocument.uri);
      if (config !== undefined) return hoverConfig(config, params.position, ctx.configLocale());
      const a = analysisOf(params.textDocument.uri);
      return a ? core.hover(a, clamp(a, params.position)) : null;
    }),
  );

  connection.onDefinition(
    guarded('textDocument/definition', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const range = core.definition(a, clamp(a, params.position));
      return range ? { uri: a.uri, range } : null;
    }),
  );

  connection.onReferences(
    guarded('textDocument/references', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const includeDeclaration = params.context?.includeDeclaration ?? true;
      return core.references(a, clamp(a, params.position), includeDeclaration).map((range) => ({ uri: a.uri, range }));
    }),
  );

  connection.onDocumentHighlight(
    guarded('textDocument/documentHighlight', (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? core.highlights(a, clamp(a, params.position)) : null;
    }),
  );

  connection.onPrepareRename(
    guarded('textDocument/prepareRename', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const answer = core.prepareRename(a, clamp(a, params.position));
      if (answer === null) return null;
      if ('error' in answer) throw new ResponseError(LSPErrorCodes.RequestFailed, answer.error);
      return answer;
    }),
  );

  connection.onRenameRequest(
    guarded('textDocument/rename', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      const answer = core.rename(a, clamp(a, params.position), params.newName);
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
      const actions = core.codeActions(a, [...pairs.keys()], params.range);
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
      return a ? core.documentSymbols(a) : null;
    }),
  );

  const symbolsOfAll = guardRequest(logger, 'workspace/symbol', (params: WorkspaceSymbolParams, token: CancellationToken) => {
    const symbols: SymbolInformation[] = [];
    const open = store.uris();
    for (const uri of open) {
      if (token.isCancellationRequested) break;
      const a = analysisOf(uri);
      if (!a) continue;
      for (const s of core.workspaceSymbols(a, params.query ?? '')) {
        symbols.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: s.containerName });
      }
    }
    // The folders' other roadmaps, as they are on disk (an open document is the editor's text).
    if (ctx.workspace) {
      for (const { uri, entries } of ctx.workspace.closed(open, () => token.isCancellationRequested)) {
        for (const s of entries) {
          if (symbolMatches(s, params.query ?? '')) symbols.push({ name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName: s.containerName });
        }
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
      return a ? core.foldingRanges(a) : null;
    }),
  );

  connection.onSelectionRanges(
    guarded('textDocument/selectionRange', (params) => {
      const a = analysisOf(params.textDocument.uri);
      return a ? core.selectionRanges(a, params.positions.map((p) => clamp(a, p))) : null;
    }),
  );

  connection.languages.inlayHint.on(
    guarded('textDocument/inlayHint', (params) => {
      const a = analysisOf(params.textDocument.uri);
      if (!a) return null;
      return core.inlayHints(a).filter((hint) => rangeContains(params.range, hint.position));
    }),
  );
}
