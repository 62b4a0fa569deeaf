/**
 * A preview's copy of the server's views, kept up to date by the
 * `airoadmap/viewParts` answers: each part (the head, each tab) with the id
 * the server gave it, patched in place of being sent again. Applying a patch
 * copies only what it changes, so views handed out earlier (the last good
 * render, an export) stay as they were.
 * Must not depend on vscode (it is tested on its own).
 */
import type { RoadmapViews, TooLarge, ViewsHead } from '../../../server/src/core/views/compute';
import { applyPatch, PatchError } from '../../../server/src/core/views/patch';
import { VIEW_NAMES, type ViewName } from '../../../server/src/core/views/registry';
import { isRoadmapViews, isViewPartsResult, type PartName, type ViewPartsParams, type ViewPartsResult } from '../../../server/src/shared/preview-protocol';

interface Held {
  id: number;
  data: unknown;
  tooLarge?: TooLarge;
}

export type Applied =
  /** The views of the answer's version (`fresh`: the tabs it brought; the others are as before). */
  | { ok: true; views: RoadmapViews; fresh: ViewName[]; version: number; hasErrors: boolean }
  /** A patch from a value this copy does not hold, or an answer that does not fit: ask for everything whole. */
  | { ok: false };

export class ViewParts {
  private held = new Map<PartName, Held>();
  /** The server whose ids these are. */
  private server: string | undefined;

  /** Forgets everything (another file). */
  clear(): void {
    this.held = new Map();
    this.server = undefined;
  }

  /** Whether every tab is held (so the views can be drawn). */
  get complete(): boolean {
    return this.held.has('head') && VIEW_NAMES.every((v) => this.held.has(v));
  }

  /** The params asking for `tabs` (every tab while the copy is not complete), with the ids held. */
  params(uri: string, tabs: readonly ViewName[]): ViewPartsParams {
    const have: Partial<Record<PartName, number>> = {};
    for (const [name, h] of this.held) have[name] = h.id;
    return { uri, tabs: this.complete ? [...tabs] : [...VIEW_NAMES], have, ...(this.server !== undefined ? { server: this.server } : {}) };
  }

  apply(result: ViewPartsResult): Applied {
    if (!isViewPartsResult(result)) return { ok: false };
    // Another server (restarted): what it answers is whole, or it does not fit what is held.
    const next = result.server === this.server ? new Map(this.held) : new Map<PartName, Held>();
    const fresh: ViewName[] = [];
    try {
      for (const [name, answer] of Object.entries(result.parts) as [PartName, NonNullable<(typeof result.parts)[PartName]>][]) {
        let data: unknown;
        if ('data' in answer) data = answer.data;
        else {
          const base = next.get(name);
          if (!base || base.id !== answer.base) return { ok: false };
          data = answer.patch.length === 0 ? base.data : applyPatch(base.data, answer.patch);
        }
        const before = next.get(name);
        next.set(name, { id: answer.id, data, ...(answer.tooLarge ? { tooLarge: answer.tooLarge } : {}) });
        if (name !== 'head' && before?.id !== answer.id) fresh.push(name);
      }
    } catch (error) {
      if (error instanceof PatchError) return { ok: false };
      throw error;
    }
    const views = compose(next);
    if (!views) return { ok: false };
    this.held = next;
    this.server = result.server;
    return { ok: true, views, fresh: VIEW_NAMES.filter((v) => fresh.includes(v)), version: result.version, hasErrors: result.hasErrors };
  }
}

function compose(held: Map<PartName, Held>): RoadmapViews | undefined {
  const head = held.get('head');
  if (!head || !VIEW_NAMES.every((v) => held.has(v))) return undefined;
  const tooLarge: Partial<Record<ViewName, TooLarge>> = {};
  const tabs: Record<string, unknown> = {};
  for (const v of VIEW_NAMES) {
    const h = held.get(v)!;
    tabs[v] = h.data;
    if (h.tooLarge) tooLarge[v] = h.tooLarge;
  }
  const views: unknown = { ...(head.data as ViewsHead), ...tabs, tooLarge };
  return isRoadmapViews(views) ? views : undefined;
}
