/**
 * The files the client sends (shared/client-files-protocol.ts), for a server
 * with no file system of its own (the web worker, web-server.ts): the
 * configuration files as a ConfigReader, the workspace's roadmap files as
 * RoadmapFiles (the symbol search), each over what the client said is, or
 * is not, there. A notification is the client's word, so it is checked and
 * bounded: only well-formed entries naming a file of the right kind, each at
 * most MAX_FILE_BYTES, at most a fixed number kept.
 * Must not depend on vscode or Node.js.
 */
import { configCandidates } from '../shared/client-files-protocol';
import type { ConfigReader } from './project-config';
import { isConfigFileUri } from './project-config';
import { MAX_FILE_BYTES, MAX_FILES, type RoadmapFiles } from './workspace-roadmaps';

/** The most configuration files kept (a workspace has a handful). */
export const MAX_CONFIG_FILES = 1_000;

/** Takes the client's notifications; the adapter acts when `accept` says something changed. */
export interface FileFeed {
  /** A notification's params; true when a file's text changed, appeared or went. */
  accept(params: unknown): boolean;
}
/** The configuration files' feed (`airoadmap/configFiles`): a change re-checks the open roadmaps. */
export type ConfigFeed = FileFeed;

/** The files of one kind, by URI, as the client last sent them, with a count of changes each. */
class SentFiles implements FileFeed {
  private readonly files = new Map<string, { text: string; version: number }>();
  private versions = 0;

  constructor(
    private readonly wanted: (uri: string) => boolean,
    private readonly max: number,
  ) {}

  accept(params: unknown): boolean {
    const list = typeof params === 'object' && params !== null ? (params as { files?: unknown }).files : undefined;
    if (!Array.isArray(list)) return false;
    let changed = false;
    for (const entry of list.slice(0, this.max) as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { uri, text } = entry as { uri?: unknown; text?: unknown };
      if (typeof uri !== 'string' || !this.wanted(uri)) continue;
      if (text === null || (typeof text === 'string' && text.length > MAX_FILE_BYTES)) {
        changed = this.files.delete(uri) || changed;
      } else if (typeof text === 'string' && this.files.get(uri)?.text !== text) {
        if (!this.files.has(uri) && this.files.size >= this.max) continue;
        this.files.set(uri, { text, version: ++this.versions });
        changed = true;
      }
    }
    return changed;
  }

  get(uri: string): { text: string; version: number } | undefined {
    return this.files.get(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }
}

export class ClientConfigFiles implements ConfigReader, FileFeed {
  private readonly files = new SentFiles(isConfigFileUri, MAX_CONFIG_FILES);

  accept(params: unknown): boolean {
    return this.files.accept(params);
  }

  nearest(documentUri: string): { uri: string; text: string } | undefined {
    for (const uri of configCandidates(documentUri)) {
      const text = this.files.get(uri)?.text;
      if (text !== undefined) return { uri, text };
    }
    return undefined;
  }
}

/** The workspace's roadmap files as the client sent them (`airoadmap/roadmapFiles`), for the symbol search. */
export class ClientRoadmapFiles implements RoadmapFiles, FileFeed {
  private readonly files = new SentFiles((uri) => /\.airoadmap\.ya?ml$/.test(uri), MAX_FILES);

  accept(params: unknown): boolean {
    return this.files.accept(params);
  }

  list(folderUri: string): string[] {
    const folder = `${folderUri.replace(/\/+$/, '')}/`;
    return this.files
      .uris()
      .filter((uri) => uri.startsWith(folder))
      .sort();
  }

  stamp(uri: string): string | undefined {
    const version = this.files.get(uri)?.version;
    return version === undefined ? undefined : String(version);
  }

  read(uri: string): string | undefined {
    return this.files.get(uri)?.text;
  }

  /** The client spells every URI the same way (`Uri.toString()`), so the text is the key. */
  key(uri: string): string {
    return uri;
  }
}

/** The disk's reader for `file:` documents, the client's for the others (a virtual workspace on the desktop). */
export function diskOrClientConfigs(disk: ConfigReader, client: ConfigReader): ConfigReader {
  return { nearest: (uri) => (uri.startsWith('file:') ? disk.nearest(uri) : client.nearest(uri)) };
}

/** The disk's roadmap files for `file:` folders and files, the client's for the others. */
export function diskOrClientRoadmaps(disk: RoadmapFiles, client: RoadmapFiles): RoadmapFiles {
  const of = (uri: string): RoadmapFiles => (uri.startsWith('file:') ? disk : client);
  return {
    list: (folderUri) => of(folderUri).list(folderUri),
    stamp: (uri) => of(uri).stamp(uri),
    read: (uri) => of(uri).read(uri),
    key: (uri) => of(uri).key(uri),
  };
}
