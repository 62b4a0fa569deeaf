/**
 * airoadmap.config.yaml in the editor: the nearest file above a document
 * (dsl.md, "Project configuration") applies over the editor's settings —
 * its rules over `airoadmap.severity`, its guides over `airoadmap.guides.*`,
 * its locale over `airoadmap.language`. Files are read through
 * `ConfigReader` (on Node, disk-roadmaps.ts's; none on the web yet), parsed
 * by the core's reader, and kept until the client reports a change of an
 * airoadmap.config.yaml (workspace/didChangeWatchedFiles). A file that
 * cannot be used applies nothing.
 * Must not depend on vscode or Node.js.
 */
import { readConfig, type ProjectConfig } from '../core/features/config';
import type { CheckOptions } from '../core/index';

/** Whether a document is a configuration file (checked as one, never as a roadmap). */
export function isConfigFileUri(uri: string): boolean {
  return /(^|\/)airoadmap\.config\.yaml$/.test(uri);
}

/** The nearest configuration file's text above a document, or undefined (none, not a file: URI, unreadable). */
export interface ConfigReader {
  nearest(documentUri: string): { uri: string; text: string } | undefined;
}

export class ProjectConfigs {
  private readonly byDocument = new Map<string, ProjectConfig | null>();

  constructor(private readonly reader: ConfigReader | undefined) {}

  /** Forget what was read: a configuration file changed, was created or deleted. */
  changed(): void {
    this.byDocument.clear();
  }

  forget(documentUri: string): void {
    this.byDocument.delete(documentUri);
  }

  private configOf(documentUri: string): ProjectConfig | null {
    const known = this.byDocument.get(documentUri);
    if (known !== undefined) return known;
    let config: ProjectConfig | null = null;
    const found = this.reader?.nearest(documentUri);
    if (found) {
      const read = readConfig(found.text, 'en');
      if (read.usable) config = read.config;
    }
    this.byDocument.set(documentUri, config);
    return config;
  }

  /** The document's check options: the editor's, with the configuration file's over them. */
  apply(documentUri: string, options: CheckOptions): CheckOptions {
    const config = this.configOf(documentUri);
    if (!config) return options;
    return {
      ...options,
      ...(config.locale ? { locale: config.locale } : {}),
      severities: { ...options.severities, ...config.severities },
      guides: { ...options.guides, ...config.guides },
    };
  }
}
