/**
 * What the language's pipeline needs of the checks without knowing them:
 * the contract a checklist rule fulfils (it reads the model and reports), and
 * the catalogue that `core/index.ts` hands the pipeline (the rules, and the
 * messages of every code). `language/` imports nothing from `rules/` or
 * `texts/`; they implement this.
 * Must not depend on vscode or the LSP connection.
 */
import type { ChecklistCode, Code } from './codes';
import type { DataSource, EntitySection, System } from '../../../../schemas/model';
import type { EntityMaps, RoadmapModel } from './model';
import type { Used } from './uses';
import type { Range } from './positions';
import type { FixHint, GuideRanges, Locale, MessageArgs, RelatedPlace } from './types';

/** A code's message in both languages, from the finding's arguments. */
export interface Messages {
  en: (args: MessageArgs) => string;
  nb: (args: MessageArgs) => string;
}

export interface ReportOptions {
  related?: RelatedPlace[];
  unnecessary?: boolean;
  fix?: FixHint;
}

/** What a rule sees: the model, the guides in force, today, and where to report. */
export interface RuleContext {
  readonly model: RoadmapModel;
  readonly guides: GuideRanges;
  /** Today's day number (`language/dates.ts`), when the caller gave today; date rules are silent without it. */
  readonly today: number | undefined;
  report(range: Range, args: MessageArgs, options?: ReportOptions): void;
}

/**
 * The readings of the whole file an entity rule may use besides its entity.
 * Its findings for an entity are reused while the entity and these stay the
 * same, so it must read nothing else.
 */
export interface FileFacts {
  readonly guides: GuideRanges;
  /** Today's day number, as in `RuleContext`. */
  readonly today: number | undefined;
  /** `organization.currency` when valid, else EUR. */
  readonly currency: string;
  /** `organization.start` when valid, as written, and its day number. */
  readonly start: string | undefined;
  readonly startDay: number | undefined;
}

/**
 * What an entity rule sees besides its entity: the file's facts, the
 * entities its own lists name, and where to report. Its findings are kept
 * while the entity, the facts and what `uses` gave stay the same.
 */
export interface EntityRuleContext extends FileFacts {
  /** The entity's own `systems` or `data_sources` list, resolved to the entities it names (once each). */
  uses(field: 'systems'): readonly Used<System>[];
  uses(field: 'data_sources'): readonly Used<DataSource>[];
  report(range: Range, args: MessageArgs, options?: ReportOptions): void;
}

/** A rule that looks at one entity of a section at a time, its own fields only. */
export interface EachEntity<S extends EntitySection> {
  readonly section: S;
  check(entity: EntityOf<S>, ctx: EntityRuleContext): void;
}

/** The entities of a section, as the model holds them. */
export type EntityOf<S extends EntitySection> = EntityMaps[S] extends Map<string, infer E> ? E : never;

/** `EachEntity` of any one section. */
export type EachEntityOf = { [S in EntitySection]: EachEntity<S> }[EntitySection];

/**
 * The part of a checklist rule the pipeline runs: `check` reads the whole
 * model; `each` one entity at a time, so that the findings of an entity an
 * edit did not touch are reused (the incremental checker's `EntityFindingsMemo`).
 */
export type RuleLike = { readonly code: ChecklistCode } & ({ check(ctx: RuleContext): void; readonly each?: undefined } | { readonly each: EachEntityOf; check?: undefined });

/** The rules the pipeline runs and the messages of every code it may report. */
export interface Catalogue {
  readonly rules: readonly RuleLike[];
  /** The messages of a code; undefined for a code without any (its code is shown). */
  messages(code: Code): Messages | undefined;
  /** The text of a related place ("first definition of 'x'"); `args` are the place's own (`RelatedPlace.args`). */
  related(kind: RelatedPlace['kind'], locale: Locale, name: string, args?: MessageArgs): string;
}

/** A message argument as text ('' when absent). */
export function arg(args: MessageArgs, name: string): string {
  const v = args[name];
  return v === undefined ? '' : String(v);
}
