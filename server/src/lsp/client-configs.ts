/**
 * The configuration files the client sends (shared/config-protocol.ts), for a
 * server with no file system of its own (the web worker, web-server.ts): a
 * ConfigReader over what the client said is, or is not, there. The
 * notification is the client's word, so it is checked and bounded: only
 * well-formed entries naming an airoadmap.config.yaml, each at most
 * MAX_FILE_BYTES, at most MAX_CONFIG_FILES kept.
 * Must not depend on vscode or Node.js.
 */
import { configCandidates } from '../shared/config-protocol';
import type { ConfigReader } from './project-config';
import { isConfigFileUri } from './project-config';
import { MAX_FILE_BYTES } from './workspace-roadmaps';

/** The most configuration files kept (a workspace has a handful). */
export const MAX_CONFIG_FILES = 1_000;

/** Takes the client's notifications; the adapter re-checks the open roadmaps when `accept` says something changed. */
export interface ConfigFeed {
  /** An `airoadmap/configFiles` notification's params; true when a file's text changed, appeared or went. */
  accept(params: unknown): boolean;
}

export class ClientConfigFiles implements ConfigReader, ConfigFeed {
  private readonly files = new Map<string, string>();

  accept(params: unknown): boolean {
    const list = typeof params === 'object' && params !== null ? (params as { files?: unknown }).files : undefined;
    if (!Array.isArray(list)) return false;
    let changed = false;
    for (const entry of list.slice(0, MAX_CONFIG_FILES) as unknown[]) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { uri, text } = entry as { uri?: unknown; text?: unknown };
      if (typeof uri !== 'string' || !isConfigFileUri(uri)) continue;
      if (text === null || (typeof text === 'string' && text.length > MAX_FILE_BYTES)) {
        changed = this.files.delete(uri) || changed;
      } else if (typeof text === 'string' && this.files.get(uri) !== text) {
        if (!this.files.has(uri) && this.files.size >= MAX_CONFIG_FILES) continue;
        this.files.set(uri, text);
        changed = true;
      }
    }
    return changed;
  }

  nearest(documentUri: string): { uri: string; text: string } | undefined {
    for (const uri of configCandidates(documentUri)) {
      const text = this.files.get(uri);
      if (text !== undefined) return { uri, text };
    }
    return undefined;
  }
}
