/**
 * The in-memory model of a roadmap: what the rules, the editor features and
 * the views read. Every entity and field keeps the LSP range of its key and
 * of its value; `data` holds only values that passed the structure checks,
 * `present` every field that was written (valid or not).
 * Must not depend on vscode or the LSP connection.
 */
import type { DocumentCaches } from './caches';
import type { Document, Node as YamlNode } from 'yaml';
import type { Range } from './positions';
import type { PositionMapper } from './positions';
import type {
  Budget,
  DataSource,
  EntitySection,
  Governance,
  Infrastructure,
  Kpi,
  Organization,
  PlanItem,
  Risk,
  Roles,
  System,
  TeamMember,
  UseCase,
} from '../../../../schemas/model';
import { weekRange } from '../../../../schemas/patterns';

/**
 * Where a field is written, in ranges (line and column) only. The incremental
 * path shares one location, and one entity, between the analyses of every text
 * in which its lines did not move, so nothing here may depend on the
 * characters before it: an offset comes from the analysis' own mapper
 * (`model.mapper.offsetAt(location.keyRange.start)`).
 */
export interface FieldLocation {
  key: string;
  keyRange: Range;
  /** The value's range; an empty range right after the colon when the value is empty. */
  valueRange: Range;
  /**
   * The field is merged into its map (`<<: *base`): its ranges are
   * the alias in the merging map's `<<` value, where every finding about it
   * sits; the key and value themselves are written in the anchored map, which
   * an edit of this map must not touch.
   */
  merged?: true;
}

/** Fields of one map (an entity, or a singleton section such as `roles`). */
export class Fields<T> {
  /** Only the values that passed the structure checks; nested maps hold their valid fields. */
  readonly data: Partial<T> = {};
  /** Dotted paths of fields written with a non-empty value, valid or not. */
  readonly present = new Set<string>();
  /** Dotted paths of fields whose value failed the structure checks. */
  readonly invalid = new Set<string>();
  /** Dotted path → where the field is written (also for empty values). */
  readonly locations = new Map<string, FieldLocation>();

  has(path: string): boolean {
    return this.present.has(path);
  }

  keyRange(path: string): Range | undefined {
    return this.locations.get(path)?.keyRange;
  }

  /**
   * The value's range (an empty range right after the colon when the value
   * is empty), where a finding on the field points; undefined when the field
   * is not written.
   */
  rangeOf(path: string): Range | undefined {
    return this.locations.get(path)?.valueRange;
  }
}

/** An entity of a section: ranges only, like its field locations (see `FieldLocation`). */
export interface Entity<T> extends Fields<T> {
  readonly section: EntitySection;
  readonly id: string;
  /** The id key. */
  readonly idRange: Range;
  /** From the id key to the end of its value. */
  readonly range: Range;
  readonly validId: boolean;
}

export class EntityFields<T> extends Fields<T> implements Entity<T> {
  constructor(
    readonly section: EntitySection,
    readonly id: string,
    readonly idRange: Range,
    readonly range: Range,
    readonly validId: boolean,
  ) {
    super();
  }
}

/** One use of an id: where it is written and what it points to. */
export interface Reference {
  target: EntitySection;
  id: string;
  range: Range;
  /** Who refers: a section and, for entities, the entity id. */
  fromSection: string;
  fromId?: string;
  /** Dotted field path in the referring map, e.g. `kpis` or `owner`. */
  field: string;
  /** Whether the id is defined in its section. */
  defined: boolean;
  /**
   * For a reference merged into its map (`<<: *base`): where the id is
   * written, in the anchored map; `range` is then the alias in the merging
   * map (where a finding about it sits). Renaming edits this place.
   */
  written?: Range;
}

export interface SectionLocation {
  key: string;
  keyRange: Range;
  valueRange: Range;
  startOffset: number;
  endOffset: number;
  node: YamlNode | null;
}

export interface EntityMaps {
  team: Map<string, Entity<TeamMember>>;
  systems: Map<string, Entity<System>>;
  data_sources: Map<string, Entity<DataSource>>;
  use_cases: Map<string, Entity<UseCase>>;
  kpis: Map<string, Entity<Kpi>>;
  risks: Map<string, Entity<Risk>>;
  plan: Map<string, Entity<PlanItem>>;
}

export interface RoadmapModel extends EntityMaps {
  readonly text: string;
  readonly mapper: PositionMapper;
  /** The first YAML document, when there is one. */
  readonly document: Document.Parsed | null;
  /** False when no usable tree came out of the parser (the checklists are then skipped). */
  readonly usable: boolean;
  /** The caches of the document's analysis state (shared by the models of one document's checker; see caches.ts). */
  readonly caches: DocumentCaches;
  /** Whether the YAML has syntax errors (duplicate keys aside), or no usable tree: the preview then keeps its last good drawing. Known without another parse. */
  readonly syntaxErrors: boolean;
  /** The valid `airoadmap` version, when it is 1. */
  readonly version: number | undefined;
  /** Top-level keys present in the file, in order. */
  readonly sections: Map<string, SectionLocation>;
  /** The first key of the file, for file-level findings with no better place. */
  readonly firstKeyRange: Range;
  readonly root: Fields<Record<string, unknown>>;
  readonly organization: Fields<Organization>;
  readonly roles: Fields<Roles>;
  readonly infrastructure: Fields<Infrastructure>;
  readonly governance: Fields<Governance>;
  readonly budget: Fields<Budget>;
  readonly references: Reference[];
  /**
   * The text's top-level chunks (a section, an entity section's head line, one
   * entity), when the model was assembled from them, so a feature can parse
   * just the part it needs instead of the whole document; null when the model
   * comes from one whole-text parse (then `document` is at hand).
   */
  readonly chunks: ChunkIndex | null;
}

export interface ChunkIndex {
  /** The chunk holding an offset; undefined outside every chunk (comments before the first key). */
  at(offset: number): ChunkView | undefined;
  /** Every chunk, in document order. */
  all(): readonly ChunkView[];
}

export interface ChunkView {
  kind: 'top' | 'head' | 'entity';
  section: string;
  startOffset: number;
  startLine: number;
  text: string;
  /**
   * The same object for as long as the checker reuses this chunk's result
   * (the text did not change): a key for per-chunk caches that go when the
   * chunk does.
   */
  identity: object;
}

export function entitiesOf(model: EntityMaps, section: EntitySection): Map<string, Entity<Record<string, unknown>>> {
  return model[section] as unknown as Map<string, Entity<Record<string, unknown>>>;
}

/** Active means a valid stage of poc, pilot or production. */
export function isActive(useCase: Entity<UseCase>): boolean {
  const stage = useCase.data.stage;
  return stage === 'poc' || stage === 'pilot' || stage === 'production';
}

/** Week span of a valid `weeks` value (`5-6`, `5–6` and `5 - 6` alike). */
export function weekSpan(weeks: number | string): [number, number] {
  if (typeof weeks === 'number') return [weeks, weeks];
  return weekRange(weeks) ?? [Number.NaN, Number.NaN];
}
