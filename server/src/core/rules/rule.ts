/**
 * The shape of a checklist rule: one file per rule, registered in
 * `rules/index.ts`. A rule reads the model and reports findings; its
 * messages (English and Norwegian Bokmål) live beside it.
 * Must not depend on vscode or the LSP connection.
 */
import type { ChecklistCode } from '../language/codes';
import type { RoadmapModel } from '../language/model';
import type { Range } from '../language/positions';
import type { FixHint, GuideRanges, MessageArgs, RelatedPlace } from '../language/types';

export interface Messages {
  en: (args: MessageArgs) => string;
  nb: (args: MessageArgs) => string;
}

export interface ReportOptions {
  related?: RelatedPlace[];
  unnecessary?: boolean;
  fix?: FixHint;
}

export interface RuleContext {
  readonly model: RoadmapModel;
  readonly guides: GuideRanges;
  report(range: Range, args: MessageArgs, options?: ReportOptions): void;
}

export interface Rule {
  readonly code: ChecklistCode;
  /** One line: the article's reason, in both languages (used in docs, hovers and SARIF help). */
  readonly reason: { en: string; nb: string };
  readonly messages: Messages;
  check(ctx: RuleContext): void;
}

export function arg(args: MessageArgs, name: string): string {
  const v = args[name];
  return v === undefined ? '' : String(v);
}
