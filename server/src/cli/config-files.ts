/**
 * Which airoadmap.config.yaml applies to a roadmap on the command line: the
 * nearest in the roadmap's folder or any folder above (for standard input,
 * the working directory's), the one `--config FILE` names, or none with
 * `--no-config`. Each file is read once (with the roadmap files' limits,
 * safe-files.ts) and parsed by the core (language/config.ts); its findings
 * are printed once, on stderr, as `path:line:col: warning message`. A file
 * that cannot be read, is not YAML or is not a mapping stops the run (exit 2).
 * Must not depend on the LSP connection or vscode.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, readConfig, type ProjectConfig } from '../core/features/config';
import type { Locale } from '../core/index';
import { PathError } from './errors';
import type { CliMessages } from './messages';
import { readInputFile } from './safe-files';
import { terminalLine } from '../shared/terminal-text';

export type ConfigChoice = { kind: 'nearest' } | { kind: 'none' } | { kind: 'file'; path: string };

export interface AppliedConfig {
  /** As shown in messages: relative to the working directory when inside it. */
  display: string;
  config: ProjectConfig;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export class ConfigFiles {
  private readonly byPath = new Map<string, AppliedConfig>();
  private readonly byDirectory = new Map<string, string | undefined>();

  constructor(
    private readonly choice: ConfigChoice,
    private readonly cwd: string,
    private readonly text: CliMessages,
    private readonly locale: Locale,
    private readonly report: (line: string) => void,
  ) {}

  /** The configuration for a roadmap in `directory` (absolute); undefined: none applies. */
  forDirectory(directory: string): AppliedConfig | undefined {
    if (this.choice.kind === 'none') return undefined;
    const path = this.choice.kind === 'file' ? resolve(this.cwd, this.choice.path) : this.nearest(directory);
    return path === undefined ? undefined : this.load(path);
  }

  private nearest(directory: string): string | undefined {
    const walked: string[] = [];
    let found: string | undefined;
    for (let dir = directory; ; dir = dirname(dir)) {
      if (this.byDirectory.has(dir)) {
        found = this.byDirectory.get(dir);
        break;
      }
      walked.push(dir);
      const candidate = join(dir, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      if (dirname(dir) === dir) break;
    }
    for (const dir of walked) this.byDirectory.set(dir, found);
    return found;
  }

  private load(absolute: string): AppliedConfig {
    const known = this.byPath.get(absolute);
    if (known) return known;
    const rel = relative(this.cwd, absolute);
    const display = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
    const { text } = readInputFile(absolute, display, this.text);
    const read = readConfig(text, this.locale);
    if (!read.usable) {
      const first = read.findings[0];
      throw new PathError(this.text.badConfig(display, (first?.range.start.line ?? 0) + 1, (first?.range.start.character ?? 0) + 1, first?.message ?? ''));
    }
    for (const f of read.findings) this.report(terminalLine(`${display}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.message}`));
    const applied = { display, config: read.config };
    this.byPath.set(absolute, applied);
    return applied;
  }
}
