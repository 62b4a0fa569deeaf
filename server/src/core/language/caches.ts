/**
 * Caches that belong to one document's analysis state, not to module state:
 * the incremental checker owns one `DocumentCaches` per document and every
 * model it builds carries it (`model.caches`), so the features' caches (the
 * line index, the per-chunk parses) live as long as the document's checker
 * and go when its owner drops it (the server's document store, on close).
 * A model from a whole-text check carries caches of its own.
 * Each feature keys its slot with a `CacheSlot` it defines; the language
 * knows nothing of what is kept.
 * Must not depend on vscode or the LSP connection.
 */

/** A feature's key into the caches, with the type of what it keeps and how many texts that holds. */
export interface CacheSlot<T> {
  readonly name: string;
  /** How many texts (documents, chunks) a kept value holds, for the server's stats. */
  readonly texts: (value: T) => number;
}

export class DocumentCaches {
  private readonly slots = new Map<CacheSlot<unknown>, unknown>();

  get<T>(slot: CacheSlot<T>): T | undefined {
    return this.slots.get(slot as CacheSlot<unknown>) as T | undefined;
  }

  set<T>(slot: CacheSlot<T>, value: T): void {
    this.slots.set(slot as CacheSlot<unknown>, value);
  }

  /** How many texts the caches hold (for the server's stats and the leak tests). */
  get textCount(): number {
    let n = 0;
    for (const [slot, value] of this.slots) n += slot.texts(value);
    return n;
  }

  clear(): void {
    this.slots.clear();
  }
}
