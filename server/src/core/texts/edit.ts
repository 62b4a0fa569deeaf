/**
 * What the edit engine (features/edit.ts) says when it refuses an edit, in
 * English and Bokmål: one sentence each, the path, id or value in single
 * quotes (keys stay English in both languages).
 * Must not depend on vscode or the LSP connection.
 */
import type { Locale } from '../language/types';

export interface EditTexts {
  /** The path is not `section.id.field[.key]` (or `section.field[.key]` for a section such as `budget`). */
  badPath(path: string): string;
  unknownSection(section: string, suggestion: string | undefined): string;
  /** No entity with this id in its section; `noun` is the section's noun ("use case"). */
  unknownEntity(noun: string, id: string, suggestion: string | undefined): string;
  unknownField(path: string, field: string, suggestion: string | undefined): string;
  /** The file has no such section to write into (a section such as `budget` is not created). */
  missingSection(section: string): string;
  syntaxErrors(): string;
  versionMismatch(expected: number, actual: string): string;
  /** The field holds a list or a map: only a single value is set. */
  notAScalar(path: string): string;
  /** The field would go into something that is not a map (`actuals: 5`). */
  notAMap(path: string): string;
  /** The value is written over several lines (a block scalar): not edited. */
  multiLine(path: string): string;
  /** The entity, or the map holding the field, is an alias of an anchor (`*base`): editing it would change every alias. */
  aliased(path: string, anchor: string): string;
  /** The field's map is merged whole from an anchor (`<<: *base`): an own map would replace all its merged fields. */
  mergedParent(path: string, anchor: string): string;
  /** The value or map carries an anchor (`&base`) that aliases and merges repeat: editing it would change them too. */
  anchored(path: string, anchor: string): string;
  /** The value is no number, boolean or text that YAML can hold (NaN, Infinity). */
  badValue(value: string): string;
  /** The language rejects the value: what the check said. */
  rejected(path: string, value: string, reason: string): string;
}

const didYouMean = { en: (s: string | undefined) => (s ? ` Did you mean '${s}'?` : ''), nb: (s: string | undefined) => (s ? ` Mente du '${s}'?` : '') };

const en: EditTexts = {
  badPath: (path) => `'${path}' is not a path of the form section.id.field (e.g. 'use_cases.doc-search.value', 'kpis.search-time.actuals.2027-Q1').`,
  unknownSection: (section, s) => `the roadmap language has no section '${section}'.${didYouMean.en(s)}`,
  unknownEntity: (noun, id, s) => `the roadmap has no ${noun} named '${id}'.${didYouMean.en(s)}`,
  unknownField: (path, field, s) => `'${path}' has no field '${field}'.${didYouMean.en(s)}`,
  missingSection: (section) => `the roadmap has no '${section}' section to write into; add it first.`,
  syntaxErrors: () => `the file has YAML syntax errors; fix them before editing it.`,
  versionMismatch: (expected, actual) => `the document has changed (version ${actual}, expected ${expected}); read it again before editing.`,
  notAScalar: (path) => `'${path}' holds a list or a map; set one value at a time.`,
  notAMap: (path) => `'${path}' is not a map, so no field can be written in it.`,
  multiLine: (path) => `'${path}' is written over several lines; edit it by hand.`,
  aliased: (path, anchor) => `'${path}' is an alias of the anchor '${anchor}'; editing it would change every alias of '${anchor}'.`,
  mergedParent: (path, anchor) => `'${path}' is merged whole from the anchor '${anchor}' (<<); edit the anchor or write the map out in full.`,
  anchored: (path, anchor) => `'${path}' carries the anchor '${anchor}', so an edit would change every alias and merge of it too; edit it by hand.`,
  badValue: (value) => `'${value}' is not a value a roadmap can hold.`,
  rejected: (path, value, reason) => `'${value}' cannot be set for '${path}': ${reason.replace(/\.$/, '')}.`,
};

const nb: EditTexts = {
  badPath: (path) => `'${path}' er ikke en sti på formen seksjon.id.felt (f.eks. 'use_cases.doc-search.value', 'kpis.search-time.actuals.2027-Q1').`,
  unknownSection: (section, s) => `veikartspråket har ingen seksjon som heter '${section}'.${didYouMean.nb(s)}`,
  unknownEntity: (noun, id, s) => `veikartet har ingen ${noun} med id-en '${id}'.${didYouMean.nb(s)}`,
  unknownField: (path, field, s) => `'${path}' har ikke noe felt som heter '${field}'.${didYouMean.nb(s)}`,
  missingSection: (section) => `veikartet mangler seksjonen '${section}'; legg den til først.`,
  syntaxErrors: () => `filen har syntaksfeil i YAML; rett dem før du endrer filen.`,
  versionMismatch: (expected, actual) => `dokumentet er endret (versjon ${actual}, ventet ${expected}); les det inn på nytt før du endrer det.`,
  notAScalar: (path) => `'${path}' inneholder en liste eller et kart; sett én verdi om gangen.`,
  notAMap: (path) => `'${path}' er ikke et kart, så ingen felt kan skrives der.`,
  multiLine: (path) => `'${path}' går over flere linjer; endre den for hånd.`,
  aliased: (path, anchor) => `'${path}' er et alias for ankeret '${anchor}'; en endring her ville endret alle aliasene for '${anchor}'.`,
  mergedParent: (path, anchor) => `'${path}' flettes inn i sin helhet fra ankeret '${anchor}' (<<); endre ankeret, eller skriv ut hele kartet.`,
  anchored: (path, anchor) => `'${path}' har ankeret '${anchor}', så en endring ville også endre alle aliasene og flettingene av det; endre det for hånd.`,
  badValue: (value) => `'${value}' er ikke en verdi et veikart kan inneholde.`,
  rejected: (path, value, reason) => `'${value}' kan ikke settes for '${path}': ${reason.replace(/\.$/, '')}.`,
};

export const EDIT_TEXTS: Readonly<Record<Locale, EditTexts>> = { en, nb };

