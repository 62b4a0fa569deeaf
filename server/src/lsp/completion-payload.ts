/**
 * The shape of a completion answer on the wire. A reference list of a large
 * roadmap offers every id with a summary: 1,000 items are ~470 KiB as the
 * core builds them, and the time goes into JSON, not into completing. When
 * the client can, the answer is made small:
 * - documentation is left out and sent by `completionItem/resolve` for the
 *   item the editor shows (clients that list `documentation` in
 *   `completionItem.resolveSupport`, as VS Code's does);
 * - a range shared by every item goes once into `itemDefaults.editRange`,
 *   each item keeping only its text (`completionList.itemDefaults`);
 * - fields equal to their defaults (`filterText` = label, plain-text
 *   format) are dropped.
 * Other clients (e.g. Neovim 0.7) get the core's items unchanged.
 * Must not depend on vscode.
 */
import {
  InsertTextFormat,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
} from 'vscode-languageserver';
import { sameRange } from '../core/index';

export interface CompletionSupport {
  /** Documentation may come later, through `completionItem/resolve`. */
  resolveDocumentation: boolean;
  /** `itemDefaults.editRange` and `textEditText` are understood. */
  editRangeDefault: boolean;
}

export function completionSupport(capabilities: ClientCapabilities): CompletionSupport {
  const completion = capabilities.textDocument?.completion;
  return {
    resolveDocumentation: completion?.completionItem?.resolveSupport?.properties.includes('documentation') === true,
    editRangeDefault: completion?.completionList?.itemDefaults?.includes('editRange') === true,
  };
}

/** `data` of an item whose documentation waits for resolve: [list, index]. */
type ItemData = [number, number];

function isItemData(value: unknown): value is ItemData {
  return Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && Number.isInteger(value[1]);
}

/**
 * Shapes answers and resolves their items. Keeps the documentation of the
 * last answer only: the editor resolves items of the list it shows, and a
 * newer list replaces it.
 */
export class CompletionPayload {
  private lastId = 0;
  private kept: (string | MarkupContent | undefined)[] = [];

  shape(items: CompletionItem[], support: CompletionSupport): CompletionList {
    const list: CompletionList = { isIncomplete: false, items };
    if (support.resolveDocumentation) {
      const id = ++this.lastId;
      this.kept = items.map((item) => item.documentation);
      items.forEach((item, i) => {
        if (item.documentation === undefined) return;
        delete item.documentation;
        item.data = [id, i] satisfies ItemData;
      });
    }
    for (const item of items) {
      if (item.filterText === item.label) delete item.filterText;
      if (item.insertTextFormat === InsertTextFormat.PlainText) delete item.insertTextFormat;
    }
    const first = items[0]?.textEdit;
    if (support.editRangeDefault && first && 'range' in first) {
      const range = first.range;
      const shared = items.every((item) => item.textEdit && 'range' in item.textEdit && sameRange(item.textEdit.range, range));
      if (shared) {
        list.itemDefaults = { editRange: range };
        for (const item of items) {
          const newText = item.textEdit!.newText;
          delete item.textEdit;
          if (newText !== item.label) item.textEditText = newText;
        }
      }
    }
    return list;
  }

  /** The item with its documentation back, if it belongs to the last answer; otherwise as it came. */
  resolve(item: CompletionItem): CompletionItem {
    const data: unknown = item.data;
    if (!isItemData(data) || data[0] !== this.lastId) return item;
    const documentation = this.kept[data[1]];
    return documentation === undefined ? item : { ...item, documentation };
  }

  /** How many items' documentation is kept (for the server's stats). */
  get size(): number {
    return this.kept.length;
  }

  forget(): void {
    this.kept = [];
  }
}
