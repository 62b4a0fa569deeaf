/**
 * Shared types of the language core: findings before localisation, and the
 * options a check takes. Must not depend on vscode or the LSP connection.
 */
import type { Range } from './positions';
import type { Code, Severity, SeveritySetting } from './codes';
import type { EntitySection } from '../../../../schemas/model';
import type { WorkMeter } from './work';

export type Locale = 'en' | 'nb';
export type MessageArgs = Readonly<Record<string, string | number>>;

/** A place that explains a finding (the first definition, the referenced entity, a large part of a budget). */
export interface RelatedPlace {
  range: Range;
  kind: 'first-definition' | 'referenced-entity' | 'budget-contribution';
  /** What is there, e.g. the id or "kpis.search-time". */
  name: string;
  /** Numbers its text names, formatted in the message's locale (a budget contribution's `amount` and `currency`). */
  args?: MessageArgs;
}

/** What a quick fix needs to know, carried in the diagnostic's `data`. */
export type FixHint =
  | { kind: 'replace'; with: string }
  | { kind: 'add-field'; section: string; id?: string; field: string }
  | { kind: 'create-entity'; section: EntitySection; id: string }
  /** One new entity of `section` per value, each with `field: value` (the rule's `fix.entities` names the action and the ids). */
  | { kind: 'create-entities'; section: EntitySection; field: string; values: string[] };

/** A diagnostic before its message is localised and its severity applied. */
export interface Finding {
  code: Code;
  range: Range;
  args: MessageArgs;
  /** Overrides the code's default severity (used for parser warnings). */
  severity?: Severity;
  related?: RelatedPlace[];
  /** The closest known name, for "did you mean" and the quick fix. */
  suggestion?: string;
  /** Faded out in the editor (e.g. an unused KPI). */
  unnecessary?: boolean;
  fix?: FixHint;
}

/** A diagnostic as the tooling reports it (0-based LSP positions). */
export interface RoadmapDiagnostic {
  code: Code;
  severity: Severity;
  range: Range;
  message: string;
  related?: (RelatedPlace & { message: string })[];
  suggestion?: string;
  unnecessary?: boolean;
  fix?: FixHint;
}

/** Guide ranges for the money checks; each pair is [min, max] in the file's currency. */
export interface GuideRanges {
  trainingBudget?: readonly [number, number];
  firstYearBudget?: readonly [number, number];
  runningCost?: readonly [number, number];
}

export interface CheckOptions {
  locale?: Locale;
  /** Severity per code; `off` drops the code. */
  severities?: Partial<Record<string, SeveritySetting>>;
  /** Ranges that replace the EUR guides (and make the checks speak in other currencies). */
  guides?: GuideRanges;
  /** Counts the work the check does, when given (tests bound work instead of time). */
  work?: WorkMeter;
  /**
   * Today as `YYYY-MM-DD`: the user's local date (the editor, or the command
   * line's `--today`). The core never reads the clock; without it the rules
   * that depend on the date are silent.
   */
  today?: string;
}

/** One change of a text: the characters [start, end) of the text before it replaced by `text` (LSP's content change, as offsets). */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * How a text came from an earlier one: `changes`, applied in order (each
 * into the text the ones before it made), turned `from` into it. The
 * incremental checker cuts again only the chunks around them when `from` is
 * the text it checked last.
 */
export interface DocumentEdit {
  from: string;
  changes: readonly TextChange[];
}
