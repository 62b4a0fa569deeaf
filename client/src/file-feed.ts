/**
 * What the two file feeds of a language server that cannot read the
 * workspace share (config-feed.ts, roadmap-feed.ts): reading a file through
 * `vscode.workspace.fs` within the server's bound, and sending files in one
 * notification.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ClientFilesParams } from '../../server/src/shared/client-files-protocol';

/** Larger files are not sent (the server's bound, workspace-roadmaps.ts MAX_FILE_BYTES). */
export const MAX_FED_BYTES = 8 * 1024 * 1024;

/** The file's text, or null when it is not there, not readable or too large. */
export async function readFedText(uri: vscode.Uri): Promise<string | null> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength <= MAX_FED_BYTES ? new TextDecoder('utf-8').decode(bytes) : null;
  } catch {
    return null;
  }
}

/** Sends the files; resolves once the notification is written. Nothing when there are none or the client is not running (its next start sends them again). */
export async function sendFiles(client: BaseLanguageClient | undefined, method: string, params: ClientFilesParams): Promise<void> {
  if (!client || params.files.length === 0) return;
  try {
    await client.sendNotification(method, params);
  } catch {
    // Not running: the next start sends them again.
  }
}
