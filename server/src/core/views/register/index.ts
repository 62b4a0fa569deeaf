/**
 * The AI register tab: its part of the views, its drawing and labels.
 * Must not depend on vscode, the LSP connection or the DOM.
 */
import { isActive } from '../../language/model';
import type { ViewDefinition } from '../view';
import { computeRegister, type RegisterView } from './compute';
import { REGISTER_TEXTS, type RegisterLabels } from './labels';

export const register: ViewDefinition<'register', RegisterView, RegisterLabels> = {
  name: 'register',
  texts: REGISTER_TEXTS,
  section: 'use_cases',
  count: (model) => [...model.use_cases.values()].filter(isActive).length,
  compute: computeRegister,
  arrays: ['columns', 'rows'],
  targets: (reg) => reg.rows,
};
