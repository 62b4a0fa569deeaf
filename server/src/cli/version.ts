/**
 * The tool's name, version (package.json's, inlined by the bundler at build
 * time) and home page.
 * Must not depend on the LSP connection or vscode.
 */
import { version } from '../../../package.json';

export const TOOL_NAME = 'airoadmap';
export const TOOL_VERSION: string = version;
export const TOOL_HOME = 'https://github.com/airoadmap/airoadmap';
