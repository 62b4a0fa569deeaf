/**
 * Rename an id: its key and every reference to it, in one edit.
 *
 * Quoted uses keep their quotes; plain uses of a new id that YAML would read
 * as something other than text (`true`, `123`) are quoted so they stay ids.
 * Uses written through an alias are left alone: the anchored value they
 * point to is renamed instead. A use merged into its map (`<<: *base`) is
 * renamed where it is written, in the anchored map, once for every map that
 * merges it. An id whose definition is not written out in place is not
 * renamed at all (the uses alone would be left dangling).
 * Must not depend on vscode or the LSP connection.
 */
import { parse as parseYaml } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import { ID_PATTERN } from '../../../../schemas/model';
import { entitiesOf, type RoadmapModel } from '../language/model';
import { idTextRange, occurrenceAt, usePlace } from './navigation';
import type { Position, Range } from '../language/positions';
import type { Locale } from '../language/types';
import { ENTITY_NOUNS } from '../texts/guidance';

const SECTION_NOUN = ENTITY_NOUNS;

const MESSAGES = {
  invalid: {
    en: (name: string) => `'${name}' is not a valid id: use lower-case letters, digits, '_' and '-', starting with a letter or digit.`,
    nb: (name: string) => `'${name}' er ikke en gyldig id: bruk små bokstaver, sifre, '_' og '-', og start med en bokstav eller et siffer.`,
  },
  taken: {
    en: (name: string, noun: string) => `There is already a ${noun} with the id '${name}'.`,
    nb: (name: string, noun: string) => `Det finnes allerede en ${noun} med id-en '${name}'.`,
  },
  notEditable: {
    en: (id: string) => `'${id}' is written through an alias or escape here and cannot be renamed in place.`,
    nb: (id: string) => `'${id}' er skrevet via et alias eller en escape-sekvens her og kan ikke gis nytt navn på stedet.`,
  },
};

/** Whether a plain (unquoted) scalar with this text would be read as a string. */
export function readsAsText(id: string): boolean {
  try {
    return typeof parseYaml(id) === 'string';
  } catch {
    return false;
  }
}

/** How to write `newId` where `oldRaw` stood: same quotes, or quotes when a plain id would not be text. */
export function spellIdLike(oldRaw: string, newId: string): string {
  const quote = oldRaw[0];
  if ((quote === '"' || quote === "'") && oldRaw.length >= 2 && oldRaw[oldRaw.length - 1] === quote) return `${quote}${newId}${quote}`;
  return readsAsText(newId) ? newId : `"${newId}"`;
}

export function prepareRename(model: RoadmapModel, position: Position, locale: Locale): { range: Range; placeholder: string } | { error: string } | null {
  const occurrence = occurrenceAt(model, position);
  if (!occurrence) return null;
  const exact = idTextRange(model, occurrence.range, occurrence.id);
  if (!exact) return { error: MESSAGES.notEditable[locale](occurrence.id) };
  return { range: exact, placeholder: occurrence.id };
}

export function rename(model: RoadmapModel, position: Position, newName: string, locale: Locale): { edits: TextEdit[] } | { error: string } {
  const occurrence = occurrenceAt(model, position);
  if (!occurrence) return { edits: [] };
  const { section, id } = occurrence;
  if (!ID_PATTERN.test(newName)) return { error: MESSAGES.invalid[locale](newName) };
  if (newName === id) return { edits: [] };
  if (entitiesOf(model, section).has(newName)) return { error: MESSAGES.taken[locale](newName, SECTION_NOUN[section][locale]) };

  const places: Range[] = [];
  const entity = entitiesOf(model, section).get(id);
  if (entity) {
    if (!idTextRange(model, entity.idRange, id)) return { error: MESSAGES.notEditable[locale](id) };
    places.push(entity.idRange);
  }
  const seen = new Set<string>();
  for (const reference of model.references) {
    if (reference.target !== section || reference.id !== id) continue;
    const place = usePlace(reference);
    const key = `${place.start.line}:${place.start.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push(place);
  }
  const edits: TextEdit[] = [];
  for (const place of places) {
    if (!idTextRange(model, place, id)) continue; // an alias: its anchor is renamed
    const start = model.mapper.offsetAt(place.start);
    const end = model.mapper.offsetAt(place.end);
    edits.push({ range: place, newText: spellIdLike(model.text.slice(start, end), newName) });
  }
  return { edits };
}
