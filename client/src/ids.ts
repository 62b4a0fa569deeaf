/**
 * Identifiers the extension shares with package.json's `contributes`
 * (checked against each other by test/unit/client-contributions.test.ts).
 * Pure (no vscode import).
 */
export const LANGUAGE_ID = 'airoadmap';
export const CONFIGURATION_SECTION = 'airoadmap';

export const COMMANDS = {
  newRoadmap: 'airoadmap.newRoadmap',
  restartServer: 'airoadmap.restartServer',
  showOutput: 'airoadmap.showOutput',
  openPreview: 'airoadmap.openPreview',
  openPreviewToSide: 'airoadmap.openPreviewToSide',
  openLockedPreviewToSide: 'airoadmap.openLockedPreviewToSide',
  togglePreviewLock: 'airoadmap.togglePreviewLock',
  showSource: 'airoadmap.showSource',
  refreshPreview: 'airoadmap.refreshPreview',
  exportPreview: 'airoadmap.exportPreview',
  exportReport: 'airoadmap.exportReport',
} as const;

/** The preview panel's webview type (`onWebviewPanel:` in package.json). */
export const PREVIEW_VIEW_TYPE = 'airoadmap.preview';
