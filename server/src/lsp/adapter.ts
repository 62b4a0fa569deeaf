/**
 * The language server's wiring: capabilities, document sync, settings,
 * diagnostics publishing and the feature handlers, on a given connection.
 * Only scheduling and conversion live here; every answer comes from the
 * core. Must not depend on vscode.
 */
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWorkspaceFoldersNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type DidChangeWorkspaceFoldersParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { CheckOptions } from '../core/index';
import { LspDiagnostics } from './convert';
import { DiagnosticsScheduler } from './diagnostics-scheduler';
import { DocumentChanges, DocumentStore } from './document-store';
import { registerFeatures } from './features';
import { guardNotification, guardRequest, type Logger } from './guard';
import { STATS_REQUEST, statsParams, type MemorySnapshot, type ServerCounts, type ServerStats } from './stats';
import { CompletionPayload, completionSupport } from './completion-payload';
import { DEFAULT_SETTINGS, parseSettings, toCheckOptions, type RoadmapSettings } from './settings';
import { TodayWatch, type DayClock } from './today';
import { DAY_CHANGED_NOTIFICATION, type DayChangedParams } from '../shared/preview-protocol';
import { registerViewPartsHandler, registerViewsHandler, ViewPartsCache } from './views';
import { registerReportHandler } from './report';
import { registerEditHandler } from './edit';
import { WorkspaceRoadmaps, type RoadmapFiles } from './workspace-roadmaps';
import { isConfigFileUri, ProjectConfigs, type ConfigReader } from './project-config';
import { readConfig } from '../core/features/config';
import type { ConfigFeed, FileFeed } from './client-files';
import { CONFIG_FILES_NOTIFICATION, ROADMAP_FILES_NOTIFICATION } from '../shared/client-files-protocol';
import { backgroundTimeout } from './timers';

/** Characters after which an editor should ask for completions. */
export const COMPLETION_TRIGGERS = [':', ' ', '[', ',', '-'];

/** The longest the first diagnostics wait for the client's settings. */
const SETTINGS_WAIT_MS = 1500;

export const SERVER_INFO = { name: 'airoadmap-language-server', version: '0.1.0' };


interface ClientState {
  capabilities: ClientCapabilities;
  locale: string | undefined;
  initializationOptions: unknown;
}

/** `initializationOptions` may be the section itself or `{ airoadmap: … }`. */
function sectionOf(raw: unknown): unknown {
  if (typeof raw === 'object' && raw !== null && 'airoadmap' in raw) return (raw as { airoadmap: unknown }).airoadmap;
  return raw;
}

/** What the server takes from its surroundings besides the connection. */
export interface ServerEnvironment {
  /** The clock today is read from and midnight waited for (a test's own; default the real one). */
  clock?: DayClock;
  /** A fixed today, YYYY-MM-DD (`AIROADMAP_TODAY`, for tests): the date never changes. */
  today?: string;
  /** How to reach the workspace's roadmap files that are not open (symbol search); none: only open ones are searched. */
  roadmapFiles?: RoadmapFiles;
  /** How to read a document's airoadmap.config.yaml; none: the settings alone apply. */
  configReader?: ConfigReader;
  /** Configuration files the client sends (`airoadmap/configFiles`, the web: no disk here); none: the notification is ignored. */
  configFeed?: ConfigFeed;
  /** Roadmap files the client sends (`airoadmap/roadmapFiles`), for `roadmapFiles` to list; none: the notification is ignored. */
  roadmapFeed?: FileFeed;
  /** The process's memory for `airoadmap/stats` (Node.js); none: the stats carry no memory. */
  memory?: (collectGarbage: boolean) => MemorySnapshot;
}

export function startServer(connection: Connection, environment: ServerEnvironment = {}): void {
  const logger: Logger = { error: (message) => connection.console.error(message) };
  const client: ClientState = { capabilities: {}, locale: undefined, initializationOptions: undefined };
  const completions = new CompletionPayload();
  // Every check gets the local date; when it changes, the open roadmaps are checked again (dayChanged below).
  const watch = new TodayWatch((today) => dayChanged(today), environment.clock, environment.today);
  let settings: RoadmapSettings = DEFAULT_SETTINGS;
  let options: CheckOptions = { ...toCheckOptions(settings, undefined), today: watch.today };

  // The documents record their content changes, so an edit is checked as an edit (document-store.ts).
  const changes = new DocumentChanges();
  const documents = new TextDocuments(changes.configuration);
  // The editor's settings, with each document's airoadmap.config.yaml over them.
  const projectConfigs = new ProjectConfigs(environment.configReader);
  // Each open roadmap's own settings (its folder's: severities and guides are
  // resource-scoped, so the folders of a multi-root workspace may differ),
  // pulled with its `scopeUri`; until they arrive, the window's apply.
  const documentSettings = new Map<string, RoadmapSettings>();
  const settingsOptions = (uri: string): CheckOptions => {
    const own = documentSettings.get(uri);
    return own ? { ...toCheckOptions(own, client.locale), today: options.today } : options;
  };
  const store = new DocumentStore(documents, (uri) => projectConfigs.apply(uri, settingsOptions(uri)), changes);
  // The folders' roadmaps that are not open, for the symbol search.
  const workspace = environment.roadmapFiles ? new WorkspaceRoadmaps(environment.roadmapFiles) : undefined;
  let folders: string[] = [];

  // The published diagnostics, each converted once while the core keeps it (an edit converts only what changed).
  const lspDiagnostics = new LspDiagnostics();
  const publish = (uri: string): void => {
    if (isConfigFileUri(uri)) {
      // A configuration file's own findings, in the messages' language of the settings.
      const document = store.get(uri);
      if (!document) return;
      const { findings } = readConfig(document.getText(), options.locale ?? 'en');
      void connection.sendDiagnostics({
        uri,
        version: document.version,
        diagnostics: findings.map((f) => ({ range: f.range, severity: f.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, source: 'airoadmap', message: f.message })),
      });
      return;
    }
    const analysis = store.analysis(uri);
    const document = store.get(uri);
    // A closed document, or one that moved on meanwhile, gets nothing old.
    if (!analysis || !document || document.version !== analysis.version) return;
    void connection.sendDiagnostics({
      uri,
      version: analysis.version,
      diagnostics: lspDiagnostics.all(analysis.diagnostics, uri),
    });
  };
  // A long document is analysed in slices first (the server answers meanwhile); its diagnostics follow.
  const scheduler = new DiagnosticsScheduler((uri) =>
    store.whenAnalysed(uri, () => {
      try {
        publish(uri);
      } catch (error) {
        logger.error(`[publishDiagnostics] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }),
  );

  const canPullConfiguration = (): boolean => client.capabilities.workspace?.configuration === true;

  const applySettings = (next: RoadmapSettings): void => {
    settings = next;
    options = { ...toCheckOptions(settings, client.locale), today: watch.today };
    store.settingsChanged();
  };

  /** The window's settings and every open roadmap's own, in one request. */
  const pullSettings = async (): Promise<void> => {
    if (!canPullConfiguration()) return;
    try {
      const uris = store.uris().filter((uri) => !isConfigFileUri(uri));
      const sections = (await connection.workspace.getConfiguration([{ section: 'airoadmap' }, ...uris.map((scopeUri) => ({ scopeUri, section: 'airoadmap' }))])) as unknown[];
      documentSettings.clear();
      uris.forEach((uri, i) => {
        if (store.get(uri)) documentSettings.set(uri, parseSettings(sections[i + 1]));
      });
      applySettings(parseSettings(sections[0]));
    } catch (error) {
      // A client that cannot answer keeps the settings we have.
      logger.error(`[workspace/configuration] ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const refreshAll = (): void => {
    scheduler.republish(store.uris());
    if (client.capabilities.workspace?.inlayHint?.refreshSupport) {
      connection.languages.inlayHint.refresh().catch(() => undefined);
    }
  };

  // A new day: every analysis is of yesterday (a plan item may be overdue now), so all are redone and republished.
  const dayChanged = (today: string): void => {
    try {
      options = { ...options, today };
      store.settingsChanged();
      // The store answers with today's analyses from here on, so a preview may ask at once.
      const params: DayChangedParams = { today };
      void connection.sendNotification(DAY_CHANGED_NOTIFICATION, params);
      refreshAll();
    } catch (error) {
      logger.error(`[today] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };

  connection.onInitialize(
    guardRequest(logger, 'initialize', (params: InitializeParams): InitializeResult => {
      client.capabilities = params.capabilities ?? {};
      client.locale = typeof params.locale === 'string' ? params.locale : undefined;
      client.initializationOptions = params.initializationOptions;
      folders = Array.isArray(params.workspaceFolders)
        ? params.workspaceFolders.map((f) => f?.uri).filter((u): u is string => typeof u === 'string')
        : typeof params.rootUri === 'string'
          ? [params.rootUri]
          : [];
      workspace?.setFolders(folders);
      applySettings(parseSettings(sectionOf(params.initializationOptions)));
      // Until the client's settings arrive, diagnostics wait (so the first
      // publish already speaks the configured language).
      if (canPullConfiguration()) {
        scheduler.hold();
        // A client that never answers must not silence the diagnostics for good.
        backgroundTimeout(() => scheduler.release(), SETTINGS_WAIT_MS);
      }
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
          completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: true },
          hoverProvider: true,
          definitionProvider: true,
          referencesProvider: true,
          documentHighlightProvider: true,
          renameProvider: { prepareProvider: true },
          codeActionProvider: { codeActionKinds: ['quickfix'] },
          documentSymbolProvider: { label: 'AI Roadmap' },
          workspaceSymbolProvider: true,
          foldingRangeProvider: true,
          selectionRangeProvider: true,
          inlayHintProvider: { resolveProvider: false },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: SERVER_INFO,
      };
    }),
  );

  connection.onInitialized(
    guardNotification(logger, 'initialized', async () => {
      if (client.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        connection.client.register(DidChangeConfigurationNotification.type, { section: 'airoadmap' }).catch(() => undefined);
      }
      await pullSettings();
      scheduler.release();
    }),
  );

  connection.onDidChangeConfiguration(
    guardNotification(logger, 'workspace/didChangeConfiguration', async (params) => {
      if (canPullConfiguration()) {
        await pullSettings();
      } else {
        const pushed = (params?.settings ?? null) as unknown;
        applySettings(parseSettings(sectionOf(pushed) ?? client.initializationOptions));
      }
      refreshAll();
    }),
  );

  // A configuration file changed, appeared or went: every open roadmap is checked again.
  const configsChanged = (): void => {
    projectConfigs.changed();
    store.settingsChanged();
    refreshAll();
  };
  connection.onDidChangeWatchedFiles(
    guardNotification(logger, 'workspace/didChangeWatchedFiles', (params) => {
      const changes = Array.isArray(params?.changes) ? params.changes : [];
      if (changes.some((c) => typeof c?.uri === 'string' && /(^|\/)airoadmap\.config\.yaml$/.test(c.uri))) configsChanged();
      if (changes.some((c) => typeof c?.uri === 'string' && /\.airoadmap\.ya?ml$/.test(c.uri))) workspace?.invalidate();
    }),
  );

  const configFeed = environment.configFeed;
  if (configFeed) {
    connection.onNotification(
      CONFIG_FILES_NOTIFICATION,
      guardNotification(logger, CONFIG_FILES_NOTIFICATION, (params: unknown) => {
        if (configFeed.accept(params)) configsChanged();
      }),
    );
  }
  const roadmapFeed = environment.roadmapFeed;
  if (roadmapFeed) {
    connection.onNotification(
      ROADMAP_FILES_NOTIFICATION,
      guardNotification(logger, ROADMAP_FILES_NOTIFICATION, (params: unknown) => {
        if (roadmapFeed.accept(params)) workspace?.invalidate();
      }),
    );
  }

  connection.onNotification(
    DidChangeWorkspaceFoldersNotification.type,
    guardNotification(logger, 'workspace/didChangeWorkspaceFolders', (params: DidChangeWorkspaceFoldersParams) => {
      // Only well-formed folder URIs count (the notification's content is the client's word).
      const urisOf = (list: unknown): string[] => (Array.isArray(list) ? list.map((f: unknown) => (f as { uri?: unknown } | null)?.uri).filter((u): u is string => typeof u === 'string') : []);
      const event = (params as { event?: { added?: unknown; removed?: unknown } } | null)?.event;
      const removed = new Set(urisOf(event?.removed));
      folders = [...folders.filter((f) => !removed.has(f)), ...urisOf(event?.added)];
      workspace?.setFolders(folders);
    }),
  );

  documents.onDidChangeContent(guardNotification(logger, 'textDocument/didChange', (event) => scheduler.changed(event.document.uri)));
  // A newly opened roadmap's own settings: usually in before its first (debounced) publish; if they differ, it is checked again.
  documents.onDidOpen(
    guardNotification(logger, 'textDocument/didOpen', async (event) => {
      const uri = event.document.uri;
      if (!canPullConfiguration() || isConfigFileUri(uri)) return;
      let section: unknown;
      try {
        [section] = (await connection.workspace.getConfiguration([{ scopeUri: uri, section: 'airoadmap' }])) as unknown[];
      } catch {
        return; // the window's settings stay in force for it
      }
      if (!store.get(uri)) return;
      const own = parseSettings(section);
      if (JSON.stringify(own) === JSON.stringify(documentSettings.get(uri) ?? settings)) {
        documentSettings.set(uri, own);
        return;
      }
      documentSettings.set(uri, own);
      store.settingsChanged();
      scheduler.republish([uri]);
    }),
  );
  const viewParts = new ViewPartsCache();
  documents.onDidClose(
    guardNotification(logger, 'textDocument/didClose', (event) => {
      const uri = event.document.uri;
      viewParts.forget(uri);
      scheduler.closed(uri);
      store.forget(uri);
      projectConfigs.forget(uri);
      documentSettings.delete(uri);
      completions.forget();
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }),
  );

  registerFeatures({
    connection,
    store,
    logger,
    documentChanges: () => client.capabilities.workspace?.workspaceEdit?.documentChanges === true,
    completionSupport: () => completionSupport(client.capabilities),
    completions,
    ...(workspace ? { workspace } : {}),
    configLocale: () => options.locale ?? 'en',
  });

  // The analysis is what the views and the report take (its model, version, locale, guides, diagnostics).
  const analysisOf = (uri: string) => store.analysis(uri);
  const ready = (uri: string) => store.ready(uri);
  registerViewsHandler(connection, logger, analysisOf, ready, () => watch.today);
  registerViewPartsHandler(connection, logger, viewParts, analysisOf, ready, () => watch.today);
  registerReportHandler(connection, logger, analysisOf, ready, () => watch.today);

  registerEditHandler(connection, logger, store);

  connection.onRequest(
    STATS_REQUEST,
    guardRequest(logger, STATS_REQUEST, (raw: unknown): ServerStats => {
      const params = statsParams(raw);
      const counts: ServerCounts = { documents: documents.keys().length, ...store.stats(), ...scheduler.stats() };
      return params.memory && environment.memory ? { ...counts, memory: environment.memory(params.collectGarbage === true) } : counts;
    }),
  );

  connection.onShutdown(() => {
    scheduler.dispose();
    watch.dispose();
  });

  documents.listen(connection);
  connection.listen();
  watch.start();
}
