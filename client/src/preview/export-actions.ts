/**
 * What the export's completion notification may offer to reveal the written
 * file with, by host: the OS's file manager (`revealFileInOS`) only for a
 * local file on the desktop; VS Code's Explorer view (`revealInExplorer`)
 * for a file in the workspace anywhere else (the web, a remote); else nothing.
 * Pure (no vscode import).
 */

export interface ExportHost {
  /** VS Code runs as a desktop application (`env.uiKind`). */
  desktop: boolean;
  /** The extension runs in a remote (`env.remoteName` is set): the OS's file manager would be the remote's. */
  remote: boolean;
  /** The written file's URI scheme. */
  scheme: string;
  /** The file is inside a workspace folder (so the Explorer view can show it). */
  inWorkspace: boolean;
}

export type RevealCommand = 'revealFileInOS' | 'revealInExplorer';

export function revealCommand(host: ExportHost): RevealCommand | undefined {
  if (host.desktop && !host.remote && host.scheme === 'file') return 'revealFileInOS';
  return host.inWorkspace ? 'revealInExplorer' : undefined;
}
