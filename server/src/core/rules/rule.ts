/**
 * The shape of a checklist rule: one file per rule, registered in
 * `rules/index.ts`. A rule reads the model and reports findings; its
 * messages (English and Norwegian Bokmål), default severity, title, trigger
 * and quick-fix placeholders live beside it; every list of codes elsewhere
 * is derived or generated from the registry (`npm run docs`).
 * Must not depend on vscode or the LSP connection.
 */
import type { Messages, RuleLike } from '../language/catalogue';
import type { ChecklistCode, Severity } from '../language/codes';
import type { RuleFix } from './quick-fix';

export type { EntityRuleContext, Messages, ReportOptions, RuleContext } from '../language/catalogue';
export { arg } from '../language/catalogue';

export type Rule = RuleLike & RuleDescription;

/** What a rule says of itself, besides what the pipeline runs (`check` or `each`). */
export interface RuleDescription {
  /** The rule's code (public API). `language/codes.generated.ts` and the severity settings are generated from it. */
  readonly code: ChecklistCode;
  /** The default severity, as in rules.md's table. */
  readonly severity: Severity;
  /** A one-line title in both languages, in the spirit of rules.md's "when" column (SARIF rule metadata). */
  readonly title: { en: string; nb: string };
  /** When it fires, one sentence of Markdown (docs/rules.md and the README table). */
  readonly trigger: string;
  /** What its `add-field` or `create-entities` quick fix writes, when its findings carry one. */
  readonly fix?: RuleFix;
  /** One line: the article's reason, in both languages (used in docs, hovers and SARIF help). */
  readonly reason: { en: string; nb: string };
  readonly messages: Messages;
}
