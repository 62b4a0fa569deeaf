/**
 * The workspace's roadmap files on the local disk (RoadmapFiles for
 * workspace-roadmaps.ts): `file:` folders walked breadth-first, skipping
 * node_modules and dot-directories, within the index's bounds. Node.js only:
 * server.ts hands it to the adapter, which stays free of Node.js.
 * Must not depend on vscode.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MAX_DIRECTORIES, MAX_FILE_BYTES, MAX_FILES, type RoadmapFiles } from './workspace-roadmaps';
import type { ConfigReader } from './project-config';
import { CONFIG_FILE_NAME } from '../core/features/config';

const ROADMAP_FILE = /\.airoadmap\.ya?ml$/;

/** RoadmapFiles on the local disk, for `file:` folders. */
export function diskRoadmapFiles(): RoadmapFiles {
  const pathOf = (uri: string): string | undefined => {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    key(uri) {
      try {
        if (!uri.startsWith('file:')) return uri;
        const href = pathToFileURL(fileURLToPath(uri)).href;
        return process.platform === 'win32' ? href.toLowerCase() : href;
      } catch {
        return uri;
      }
    },
    list(folderUri) {
      const root = pathOf(folderUri);
      if (root === undefined) return [];
      const found: string[] = [];
      const pending = [root];
      let visited = 0;
      while (pending.length > 0 && found.length < MAX_FILES && visited < MAX_DIRECTORIES) {
        const dir = pending.shift()!;
        visited++;
        let entries;
        try {
          entries = readdirSync(dir, { withFileTypes: true });
        } catch {
          continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
          if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && entry.name !== 'node_modules') pending.push(join(dir, entry.name));
          } else if (entry.isFile() && ROADMAP_FILE.test(entry.name) && found.length < MAX_FILES) {
            found.push(pathToFileURL(join(dir, entry.name)).href);
          }
        }
      }
      return found;
    },
    stamp(uri) {
      const path = pathOf(uri);
      if (path === undefined) return undefined;
      try {
        const stats = statSync(path);
        return stats.isFile() && stats.size <= MAX_FILE_BYTES ? `${stats.size}:${stats.mtimeMs}` : undefined;
      } catch {
        return undefined;
      }
    },
    read(uri) {
      const path = pathOf(uri);
      if (path === undefined) return undefined;
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}


/** The nearest airoadmap.config.yaml above a file: document on the local disk (ConfigReader for project-config.ts). */
export function diskConfigReader(): ConfigReader {
  return {
    nearest(documentUri) {
      let path: string;
      try {
        if (!documentUri.startsWith('file:')) return undefined;
        path = fileURLToPath(documentUri);
      } catch {
        return undefined;
      }
      for (let dir = dirname(path); ; dir = dirname(dir)) {
        const candidate = join(dir, CONFIG_FILE_NAME);
        try {
          const stats = statSync(candidate);
          if (stats.isFile()) return stats.size <= MAX_FILE_BYTES ? { uri: pathToFileURL(candidate).href, text: readFileSync(candidate, 'utf8') } : undefined;
        } catch {
          // not here: one folder up
        }
        if (dirname(dir) === dir) return undefined;
      }
    },
  };
}
