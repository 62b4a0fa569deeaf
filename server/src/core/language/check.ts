/**
 * The check pipeline: text → model → structure findings + checklist
 * findings → localised diagnostics with the configured severities and the
 * in-file suppressions applied. The rules and the messages come from the
 * catalogue the caller hands in (`core/index.ts` binds the registry), so the
 * language knows no rule. The incremental checker runs the same steps.
 * Must not depend on vscode or the LSP connection.
 */
import { ENTITY_SECTIONS, type EntitySection } from '../../../../schemas/model';
import type { Catalogue, EachEntityOf, EntityRuleContext, FileFacts, RuleContext, RuleLike } from './catalogue';
import { cutText } from './cut';
import { dayOf } from './dates';
import { DEFAULT_SEVERITY, type Code, type Severity } from './codes';
import type { DiagnosticMemo } from './diagnostic-memo';
import type { EntityFindingsMemo, EntityWorld } from './entity-findings';
import type { Entity, RoadmapModel } from './model';
import { usedEntities, type Used, type UsesField } from './uses';
import { currencyOf, EUR_GUIDES, effectiveGuides } from './budget';
import { append, parseRoadmap } from './parse';
import { compareRanges, ZERO_RANGE } from './positions';
import { findSuppressions, isSuppressed } from './suppress';
import type { CheckOptions, Finding, GuideRanges, Locale, MessageArgs, RoadmapDiagnostic } from './types';

export interface CheckResult {
  model: RoadmapModel;
  diagnostics: RoadmapDiagnostic[];
  /** Every finding before severities and suppressions, for incremental reuse and tests. */
  findings: Finding[];
}


/** A code's message in `locale`, with over-long arguments cut; the code itself when it has no message. */
export function formatMessage(catalogue: Catalogue, code: Code, args: MessageArgs, locale: Locale): string {
  const messages = catalogue.messages(code);
  if (!messages) return code;
  const shown = boundArgs(args);
  try {
    return messages[locale](shown);
  } catch {
    return messages.en(shown);
  }
}

/** Longest user text quoted in a message: a 10 MB key must not make a 10 MB message. */
const MAX_ARG_LENGTH = 200;

function boundText(value: string): string {
  return cutText(value, MAX_ARG_LENGTH);
}

function boundArgs(args: MessageArgs): MessageArgs {
  let out: Record<string, string | number> | undefined;
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === 'string' && value.length > MAX_ARG_LENGTH) (out ??= { ...args })[key] = boundText(value);
  }
  return out ?? args;
}


/** Runs a job cut into steps (see `runRulesSteps`) to its end, without a pause. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs every checklist rule; a rule that throws is reported and the others still run. */
export function runRules(model: RoadmapModel, guides: GuideRanges, rules: readonly RuleLike[], today?: string): Finding[] {
  return drain(runRulesSteps(model, guides, rules, today));
}

/** Entities whose entity rules run in one step of `runRulesSteps`. */
const ENTITIES_PER_STEP = 500;

/**
 * `runRules`, one step per whole-model rule and per `ENTITIES_PER_STEP`
 * entities: a caller may give its event loop a turn between them (the
 * server, on a big document). The whole-model rules run first, in the
 * catalogue's order; then the entity rules, entity by entity in section
 * order, each entity's in the catalogue's order. With a `memo` (the
 * incremental checker's), an entity it holds findings for is not checked again.
 */
export function* runRulesSteps(
  model: RoadmapModel,
  guides: GuideRanges,
  rules: readonly RuleLike[],
  today?: string,
  memo?: EntityFindingsMemo,
  world?: EntityWorld,
): Generator<void, Finding[], void> {
  const findings: Finding[] = [];
  if (!model.usable) return findings;
  const todayDay = today === undefined ? undefined : dayOf(today);
  const failed = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.check) continue;
    try {
      rule.check({ model, guides, today: todayDay, report: reporter(rule.code, () => findings) });
    } catch (error) {
      failed.set(rule.code, errorText(error));
    }
    yield;
  }
  const facts = fileFacts(model, guides, todayDay);
  memo?.begin(facts, world);
  let checked = 0;
  // What the entity's lists name, worked out once per entity and field: for its rules, and to tell whether kept findings stand.
  let current: Entity<unknown> | undefined;
  let used: [UsesField, readonly Used<unknown>[]][] | undefined;
  const uses = (field: UsesField): readonly Used<unknown>[] => {
    used ??= [];
    for (const [f, list] of used) if (f === field) return list;
    const list = usedEntities<unknown>(model, current!, field);
    used.push([field, list]);
    return list;
  };
  // The entity's findings, which each rule's context reports into: the contexts are made once per check.
  let own: Finding[] = [];
  for (const [section, each] of entityRules(rules)) {
    const checks = each.map((rule) => ({ rule, ctx: { ...facts, uses: uses as EntityRuleContext['uses'], report: reporter(rule.code, () => own) } }));
    for (const entity of (model[section] as Map<string, Entity<unknown>>).values()) {
      current = entity;
      used = undefined;
      const known = memo?.get(entity, uses);
      if (known) {
        append(findings, known);
        continue;
      }
      own = [];
      let threw = false;
      for (const { rule, ctx } of checks) {
        try {
          (rule.each.check as (entity: Entity<unknown>, ctx: EntityRuleContext) => void)(entity, ctx);
        } catch (error) {
          threw = true;
          if (!failed.has(rule.code)) failed.set(rule.code, errorText(error));
        }
      }
      append(findings, own);
      // A failure is reported again on the next check, so its entity is checked again.
      if (!threw) memo?.set(entity, used ? { findings: own, uses: used } : { findings: own });
      if (++checked % ENTITIES_PER_STEP === 0) yield;
    }
  }
  for (const [rule, detail] of failed) findings.push({ code: 'rule-failed', range: model.firstKeyRange ?? ZERO_RANGE, args: { rule, detail } });
  return findings;
}

type EntityRule = RuleLike & { readonly each: EachEntityOf };

/** The entity rules of a catalogue by section, in section order (made once per list of rules). */
const ENTITY_RULES = new WeakMap<readonly RuleLike[], [EntitySection, EntityRule[]][]>();

function entityRules(rules: readonly RuleLike[]): [EntitySection, EntityRule[]][] {
  let known = ENTITY_RULES.get(rules);
  if (!known) {
    known = [];
    for (const section of ENTITY_SECTIONS) {
      const each = rules.filter((r): r is EntityRule => r.each?.section === section);
      if (each.length > 0) known.push([section, each]);
    }
    ENTITY_RULES.set(rules, known);
  }
  return known;
}

/** The readings of the whole file the entity rules may use (`FileFacts`). */
export function fileFacts(model: RoadmapModel, guides: GuideRanges, today: number | undefined): FileFacts {
  const start = model.organization.data.start;
  return { guides, today, currency: currencyOf(model), start, startDay: start === undefined ? undefined : dayOf(start) };
}

function reporter(code: RuleLike['code'], into: () => Finding[]): RuleContext['report'] {
  return (range, args, options) => {
    const finding: Finding = { code, range, args };
    if (options?.related) finding.related = options.related;
    if (options?.unnecessary) finding.unnecessary = true;
    if (options?.fix) finding.fix = options.fix;
    into().push(finding);
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Findings → diagnostics: severities, suppressions, messages; sorted by position.
 * With a `memo` (the incremental checker's), a finding whose diagnostic the
 * last check built already gets that same object, its message not formatted again.
 */
export function toDiagnostics(catalogue: Catalogue, text: string, findings: readonly Finding[], options: CheckOptions = {}, memo?: DiagnosticMemo): RoadmapDiagnostic[] {
  const locale: Locale = options.locale ?? 'en';
  const suppressions = findSuppressions(text);
  const out: RoadmapDiagnostic[] = [];
  memo?.begin();
  const before = memo?.built ?? 0;
  for (const f of findings) {
    const setting = options.severities?.[f.code];
    if (setting === 'off') continue;
    if (isSuppressed(suppressions, f.code, f.range.start.line)) continue;
    const severity: Severity = setting ?? f.severity ?? DEFAULT_SEVERITY[f.code];
    out.push(memo ? memo.diagnostic(f, severity, locale, () => buildDiagnostic(catalogue, f, severity, locale)) : buildDiagnostic(catalogue, f, severity, locale));
  }
  if (options.work) options.work.diagnosticsBuilt += memo ? memo.built - before : out.length;
  out.sort((a, b) => compareRanges(a.range, b.range) || a.code.localeCompare(b.code));
  return out;
}

function buildDiagnostic(catalogue: Catalogue, f: Finding, severity: Severity, locale: Locale): RoadmapDiagnostic {
  const diagnostic: RoadmapDiagnostic = { code: f.code, severity, range: f.range, message: formatMessage(catalogue, f.code, f.args, locale) };
  if (f.related) diagnostic.related = f.related.map(({ args, ...r }) => ({ ...r, message: catalogue.related(r.kind, locale, boundText(r.name), args) }));
  if (f.suggestion) diagnostic.suggestion = f.suggestion;
  if (f.unnecessary) diagnostic.unnecessary = true;
  if (f.fix) diagnostic.fix = f.fix;
  return diagnostic;
}

/** Checks a roadmap's text with the catalogue's rules (`checkText` in `core/index.ts` binds the registry). Never throws on any input. */
export function checkWith(catalogue: Catalogue, text: string, options: CheckOptions = {}): CheckResult {
  const { model, findings } = parseRoadmap(text, options.work);
  const all = [...findings, ...runRules(model, effectiveGuides(model, options.guides), catalogue.rules, options.today)];
  return { model, findings: all, diagnostics: toDiagnostics(catalogue, model.text, all, options) };
}

/** The guides live with the budget's sums (language/budget.ts, free of zod for the webview); re-exported where the pipeline's callers look. */
export { EUR_GUIDES, effectiveGuides };
