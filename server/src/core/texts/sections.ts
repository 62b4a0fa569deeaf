/**
 * The one table of the language's top-level sections' words: the outline's
 * label of every section and, for each entity section, the noun of one entity
 * (hovers, completion, rename, quick fixes), its Bokmål gender (so "new" is
 * "nytt" or "ny") and the placeholder id of a new entity in snippets. A new
 * entity section is the model (schemas/model.ts) plus one line here; the
 * tables the features read are views of this one.
 * Must not depend on vscode or the LSP connection.
 */
import type { EntitySection } from '../../../../schemas/model';
import type { Locale } from '../language/types';

interface EntityWords {
  /** One entity, in each language. */
  noun: Readonly<Record<Locale, string>>;
  /** Whether the Bokmål noun is neuter ("nytt system") rather than common ("ny risiko"). */
  nbNeuter: boolean;
  /** The placeholder id of a new entity in completion's snippets. */
  newId: string;
}

interface SectionWords {
  /** The section in the outline. */
  label: Readonly<Record<Locale, string>>;
}

const ENTITY_WORDS: Readonly<Record<EntitySection, SectionWords & EntityWords>> = {
  team: { label: { en: 'Team', nb: 'Team' }, noun: { en: 'team member', nb: 'teammedlem' }, nbNeuter: true, newId: 'person-id' },
  systems: { label: { en: 'Systems', nb: 'Systemer' }, noun: { en: 'system', nb: 'system' }, nbNeuter: true, newId: 'system-id' },
  data_sources: { label: { en: 'Data sources', nb: 'Datakilder' }, noun: { en: 'data source', nb: 'datakilde' }, nbNeuter: false, newId: 'source-id' },
  use_cases: { label: { en: 'Use cases', nb: 'Brukstilfeller' }, noun: { en: 'use case', nb: 'brukstilfelle' }, nbNeuter: true, newId: 'use-case-id' },
  kpis: { label: { en: 'KPIs', nb: 'KPI-er' }, noun: { en: 'KPI', nb: 'KPI' }, nbNeuter: false, newId: 'kpi-id' },
  risks: { label: { en: 'Risks', nb: 'Risikoer' }, noun: { en: 'risk', nb: 'risiko' }, nbNeuter: false, newId: 'risk-id' },
  plan: { label: { en: '90-day plan', nb: '90-dagersplan' }, noun: { en: 'plan item', nb: 'planpunkt' }, nbNeuter: true, newId: 'plan-item-id' },
};

/** Every top-level key's words, in the outline's order of the language. */
export const SECTION_WORDS: Readonly<Record<string, SectionWords & Partial<EntityWords>>> = {
  airoadmap: { label: { en: 'Language version', nb: 'Språkversjon' } },
  organization: { label: { en: 'Organisation', nb: 'Virksomhet' } },
  roles: { label: { en: 'Roles', nb: 'Roller' } },
  team: ENTITY_WORDS.team,
  infrastructure: { label: { en: 'Infrastructure', nb: 'Infrastruktur' } },
  systems: ENTITY_WORDS.systems,
  data_sources: ENTITY_WORDS.data_sources,
  use_cases: ENTITY_WORDS.use_cases,
  kpis: ENTITY_WORDS.kpis,
  risks: ENTITY_WORDS.risks,
  governance: { label: { en: 'Governance', nb: 'Styring' } },
  budget: { label: { en: 'Budget', nb: 'Budsjett' } },
  plan: ENTITY_WORDS.plan,
};

function mapEntities<T>(pick: (words: EntityWords) => T): Record<EntitySection, T> {
  return Object.fromEntries(Object.entries(ENTITY_WORDS).map(([section, words]) => [section, pick(words)])) as Record<EntitySection, T>;
}

/** The outline's label of each section. */
export const SECTION_LABELS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = Object.fromEntries(
  Object.entries(SECTION_WORDS).map(([section, words]) => [section, words.label]),
);

/** One entity of each entity section, in each language. */
export const ENTITY_NOUNS: Readonly<Record<EntitySection, Readonly<Record<Locale, string>>>> = mapEntities((w) => w.noun);

/** The placeholder id of a new entity, per entity section. */
export const NEW_IDS: Readonly<Record<EntitySection, string>> = mapEntities((w) => w.newId);

/** "new team member", "ny datakilde", "nytt system": the label of the snippet that adds an entity. */
export function newEntityLabel(section: EntitySection, locale: Locale): string {
  const { noun, nbNeuter } = ENTITY_WORDS[section];
  return locale === 'nb' ? `${nbNeuter ? 'nytt' : 'ny'} ${noun.nb}` : `new ${noun.en}`;
}

/** Fields a new entity or section starts with, in order: completion's snippets and the JSON Schema's `defaultSnippets`. */
export const SKELETON_FIELDS: Readonly<Record<string, readonly string[]>> = {
  organization: ['name', 'employees', 'industry', 'currency', 'start'],
  roles: ['ai_owner', 'data_steward', 'business_contact'],
  infrastructure: ['databases_with_api', 'stable_cloud', 'modern_web_services', 'backup_and_security'],
  governance: ['approver', 'review', 'data_policy'],
  budget: ['first_year', 'training', 'consulting'],
  team: ['name', 'title', 'skills', 'bridge_builder', 'champion'],
  systems: ['name', 'kind', 'critical', 'readiness', 'hosting', 'api'],
  data_sources: ['name', 'system', 'kind', 'completeness', 'freshness', 'consistency', 'personal_data'],
  use_cases: ['title', 'description', 'owner', 'stage', 'phase', 'feasibility', 'value', 'effort', 'risk_level', 'kpis', 'risks'],
  kpis: ['name', 'kind', 'unit', 'baseline', 'target', 'direction', 'cadence'],
  risks: ['title', 'category', 'likelihood', 'impact', 'mitigation', 'owner'],
  plan: ['title', 'weeks', 'owner'],
};
