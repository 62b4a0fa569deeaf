/**
 * The roadmaps of the workspace folders that are not open, for the symbol
 * search (Ctrl+T): found below each folder (`*.airoadmap.yaml|yml`, skipping
 * node_modules and dot-directories, as the command line does), read and
 * parsed once per version on disk (size and modification time), and kept as
 * their symbol entries only. Open documents are the editor's and are left
 * to the caller. Bounded: at most MAX_FILES files, MAX_DIRECTORIES folders
 * visited, MAX_FILE_BYTES a file; the listing is refreshed at most every
 * LIST_TTL_MS (a search is one request per keystroke), the files' stamps on
 * every search.
 * The reading goes through `RoadmapFiles` (disk-roadmaps.ts on Node, given by
 * server.ts), so a server without a file system (the web) can bring its own.
 * Must not depend on vscode or Node.js.
 */
import { parseRoadmap, symbolEntries, type SymbolEntry } from '../core/index';

export const MAX_FILES = 2_000;
export const MAX_DIRECTORIES = 20_000;
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
const LIST_TTL_MS = 5_000;

/** How the index reaches the files: a listing of roadmap files below a folder, a stamp and a read. */
export interface RoadmapFiles {
  list(folderUri: string): string[];
  /** Changes whenever the content may have changed; undefined: gone or not readable. */
  stamp(uri: string): string | undefined;
  read(uri: string): string | undefined;
  /** One spelling of a URI for comparing with the editor's (escapes, drive letters, case where it does not count). */
  key(uri: string): string;
}

export class WorkspaceRoadmaps {
  private folders: string[] = [];
  private listed: { at: number; uris: string[] } | undefined;
  private readonly entries = new Map<string, { stamp: string; entries: SymbolEntry[] }>();

  constructor(
    private readonly files: RoadmapFiles,
    private readonly now: () => number = Date.now,
  ) {}

  /** The workspace folders' URIs (from `initialize`, then each change of folders). */
  setFolders(uris: readonly string[]): void {
    this.folders = [...new Set(uris)];
    this.listed = undefined;
  }

  /** Forget the listing (a roadmap file was created or deleted). */
  invalidate(): void {
    this.listed = undefined;
  }

  /** The roadmap files of the folders, from the listing while it is fresh. */
  uris(): string[] {
    const now = this.now();
    if (!this.listed || now - this.listed.at > LIST_TTL_MS) {
      const uris = [...new Set(this.folders.flatMap((f) => this.files.list(f)))].slice(0, MAX_FILES);
      this.listed = { at: now, uris };
      for (const uri of this.entries.keys()) if (!uris.includes(uri)) this.entries.delete(uri);
    }
    return this.listed.uris;
  }

  /**
   * The symbol entries of each roadmap not in `open`, read again only when
   * its stamp changed. `cancelled` stops between files.
   */
  *closed(open: Iterable<string>, cancelled: () => boolean = () => false): Generator<{ uri: string; entries: readonly SymbolEntry[] }> {
    const openKeys = new Set([...open].map((u) => this.files.key(u)));
    for (const uri of this.uris()) {
      if (cancelled()) return;
      if (openKeys.has(this.files.key(uri))) continue;
      const stamp = this.files.stamp(uri);
      if (stamp === undefined) {
        this.entries.delete(uri);
        continue;
      }
      let cached = this.entries.get(uri);
      if (cached?.stamp !== stamp) {
        const text = this.files.read(uri);
        if (text === undefined) continue;
        cached = { stamp, entries: symbolEntries(parseRoadmap(text).model) };
        this.entries.set(uri, cached);
      }
      yield { uri, entries: cached.entries };
    }
  }
}
