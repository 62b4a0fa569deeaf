/**
 * What a rule's quick fix writes: for "add the missing field", a placeholder
 * and a TODO comment per field its `add-field` hint may name; for "create one
 * entity per value" (`create-entities`), the action's title and the new ids.
 * The rule declares them (`Rule.fix`); the code-action engine (`features/code-actions.ts`)
 * reads them from the registry and knows no rule. Placeholders are data, not
 * functions: the engine works out the ones that depend on the file.
 * Must not depend on vscode or the LSP connection.
 */
import type { EntitySection } from '../../../../schemas/model';

export interface Bilingual {
  en: string;
  nb: string;
}

/** The value written after the key; none writes the key with an empty value. */
export type Placeholder =
  /** This text, as is. */
  | { readonly kind: 'text'; readonly value: string }
  /** The id of the AI owner if on the team, else of the first team member; none without a team. */
  | { readonly kind: 'team-member' }
  /** A list with the first id of `section`; none when the section has no entity. */
  | { readonly kind: 'ids'; readonly section: EntitySection }
  /** The Monday after today, YYYY-MM-DD. */
  | { readonly kind: 'next-monday' }
  /** The first year's planned cost of the file (`language/budget.ts`), as a plain number. */
  | { readonly kind: 'planned-first-year-cost' };

export interface FieldTemplate {
  readonly placeholder?: Placeholder;
  readonly comment: Bilingual;
}

export interface RuleFix {
  /** The section the rule's findings point into (an entity's section, or a singleton such as `roles`). */
  readonly section: string;
  /** The fields the fix may add, by dotted path inside the entity or section, in the order they are written. */
  readonly fields?: Readonly<Record<string, FieldTemplate>>;
  /** One finding names several missing fields: the fix adds every one still missing, not just the hint's. */
  readonly together?: boolean;
  /** The fix of a `create-entities` hint: one new entity of `section` per value the hint names. */
  readonly entities?: EntitiesTemplate;
}

/** What a `create-entities` fix is called, and the ids of its new entities. */
export interface EntitiesTemplate {
  /** The action's title. */
  readonly title: Bilingual;
  /** Each new entity's id, `{value}` standing for the hint's value; a taken id gets `-2`, `-3`, …. */
  readonly id: string;
}

export const text = (value: string, en: string, nb: string): FieldTemplate => ({ placeholder: { kind: 'text', value }, comment: { en, nb } });

export const ids = (section: EntitySection, en: string, nb: string): FieldTemplate => ({ placeholder: { kind: 'ids', section }, comment: { en, nb } });

/** The comment of a score placeholder (also used by the entity skeletons). */
export const SCORE: Bilingual = { en: 'TODO: score 1–5', nb: 'TODO: gi poeng 1–5' };

export const score: FieldTemplate = { placeholder: { kind: 'text', value: '3' }, comment: SCORE };

export const teamMember: FieldTemplate = { placeholder: { kind: 'team-member' }, comment: { en: 'TODO: the id of a team member', nb: 'TODO: id-en til et teammedlem' } };

/** A use case's `purpose` (two rules add it). */
export const purpose: FieldTemplate = text('TODO', 'TODO: the purpose of the processing', 'TODO: formålet med behandlingen');
