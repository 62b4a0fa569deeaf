/**
 * The AI register: the use cases at proof of concept or later, with the
 * fields a register asks for and the ones missing.
 * Must not depend on vscode or the LSP connection.
 */
import type { RoadmapModel } from '../../language/model';
import { type ElementRef, refOf, teamName, textOf } from '../common';
import { enumLabel } from '../format';
import type { ComputeContext } from '../view';
import { REGISTER_COLUMNS, type RegisterColumn } from './labels';

export interface RegisterRow extends ElementRef {
  title: string;
  stage: string;
  stageLabel: string;
  cells: Record<RegisterColumn, string | null>;
  missing: RegisterColumn[];
}

export interface RegisterView {
  columns: { id: RegisterColumn; label: string }[];
  rows: RegisterRow[];
}

export function computeRegister(model: RoadmapModel, { locale, labels }: ComputeContext): RegisterView {
  const rows: RegisterRow[] = [];
  for (const u of model.use_cases.values()) {
    const d = u.data;
    if (d.stage !== 'poc' && d.stage !== 'pilot' && d.stage !== 'production') continue;
    const title = textOf(d.title) ?? u.id;
    const sources = (d.data_sources ?? []).map((id) => textOf(model.data_sources.get(id)?.data.name) ?? id);
    const cells: Record<RegisterColumn, string | null> = {
      model: textOf(d.model),
      data_sources: sources.length > 0 ? sources.join(', ') : null,
      purpose: textOf(d.purpose),
      owner: teamName(model, d.owner),
      ai_act: d.ai_act ? enumLabel('ai_act', d.ai_act, locale) : null,
      hosting_region: d.hosting_region ? enumLabel('hosting_region', d.hosting_region, locale) : null,
    };
    const missing = REGISTER_COLUMNS.filter((c) => cells[c] === null);
    const stageLabel = enumLabel('stage', d.stage, locale);
    const described = REGISTER_COLUMNS.map((c) => `${labels.columns[c].toLowerCase()} ${cells[c] ?? labels.missing}`);
    rows.push({ ...refOf(u, `${title} (${stageLabel}): ${described.join(', ')}`), title, stage: d.stage, stageLabel, cells, missing });
  }
  return { columns: REGISTER_COLUMNS.map((id) => ({ id, label: labels.columns[id] })), rows };
}
