/**
 * The `.airoadmap.yaml` language, version 1, as a zod model.
 *
 * This is the one source of truth for the language's shape: the structure
 * checker walks these schemas, completion and hover read their enumerations
 * and metadata, and `z.toJSONSchema` turns them into
 * `schemas/airoadmap.schema.json`. Reference fields carry `ref` metadata
 * naming the section they point into. What the fields mean is not written
 * here: every field text, the JSON Schema's descriptions included, lives in
 * the field guidance (`server/src/core/texts/guidance.ts`), which
 * `schemas/generate.ts` passes to {@link toJsonSchema}.
 *
 * Must not depend on anything but zod.
 */
import * as z from 'zod';

export { ID_PATTERN, QUARTER_PATTERN, WEEK_RANGE_PATTERN, weekRange } from './patterns';
import { ID_PATTERN, QUARTER_PATTERN, weekRange } from './patterns';

/** Sections that hold entities keyed by id, and can be referenced. */
export const ENTITY_SECTIONS = ['team', 'systems', 'data_sources', 'use_cases', 'kpis', 'risks', 'plan'] as const;
export type EntitySection = (typeof ENTITY_SECTIONS)[number];

/** Extra metadata the tooling reads from a schema. */
export interface FieldMeta {
  /** The section a reference (or list of references) points into. */
  ref?: EntitySection;
  /** The kind of special scalar, for messages and completion. */
  format?: 'score' | 'money' | 'date' | 'weeks' | 'id' | 'quarter' | 'currency';
  /** A default value, shown in hovers. */
  defaultValue?: string;
}

// zod keeps metadata in a registry; ours holds the tooling-only fields so the
// generated JSON Schema stays plain.
export const fieldMeta = z.registry<FieldMeta>();

function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  fieldMeta.add(schema, meta);
  return schema;
}

const score = () => withMeta(z.int().min(1).max(5), { format: 'score' });
const money = () => withMeta(z.number().min(0), { format: 'money' });
const isoDate = () => withMeta(z.iso.date(), { format: 'date' });
// A reference is any id text; whether it names a defined entity is checked
// against the file (a malformed id still defines its entity, so references
// to it resolve).
const ref = (section: EntitySection) => withMeta(z.string().min(1), { ref: section });
const refList = (section: EntitySection) => withMeta(z.array(ref(section)), { ref: section });
const level = () => z.enum(['low', 'medium', 'high']);

/** A map keyed by id, as used for every collection of named things. */
function entityMap<T extends z.ZodType>(entity: T) {
  return z.record(withMeta(z.string().regex(ID_PATTERN), { format: 'id' }), entity);
}

export const SKILLS = [
  'api',
  'programming',
  'workflow_automation',
  'ml',
  'llm',
  'data_quality',
  'etl',
  'prompt_engineering',
  'data_science',
  'security',
  'project_management',
] as const;

export const organizationSchema = z
  .strictObject({
    name: z.string().min(1),
    employees: z.int().min(0),
    industry: z.string(),
    currency: withMeta(z.string().regex(/^[A-Z]{3}$/), { format: 'currency', defaultValue: 'EUR' }),
    start: isoDate(),
  })
  .partial()
  .required({ name: true });

export const rolesSchema = z
  .strictObject({
    ai_owner: ref('team'),
    data_steward: ref('team'),
    business_contact: ref('team'),
  })
  .partial();

export const teamMemberSchema = z
  .strictObject({
    name: z.string(),
    title: z.string(),
    skills: z.array(z.enum(SKILLS)),
    bridge_builder: z.boolean(),
    champion: z.boolean(),
    training_budget: money(),
  })
  .partial();

export const infrastructureSchema = z
  .strictObject({
    databases_with_api: z.boolean(),
    stable_cloud: z.boolean(),
    modern_web_services: z.boolean(),
    backup_and_security: z.boolean(),
    bandwidth_mbps: z.number().min(0),
  })
  .partial();

export const systemSchema = z
  .strictObject({
    name: z.string(),
    kind: z.enum(['erp', 'crm', 'dms', 'email', 'project', 'collaboration', 'custom', 'other']),
    critical: z.boolean(),
    readiness: score(),
    hosting: z.enum(['cloud', 'on_prem', 'hybrid']),
    api: z.enum(['rest', 'graphql', 'soap', 'file', 'none']),
  })
  .partial();

export const dataSourceSchema = z
  .strictObject({
    name: z.string(),
    system: ref('systems'),
    kind: z.enum(['crm', 'erp', 'documents', 'email', 'project', 'other']),
    completeness: score(),
    freshness: score(),
    consistency: score(),
    structured_metadata: z.boolean(),
    personal_data: z.boolean(),
    silo: z.boolean(),
  })
  .partial();

export const productionSchema = z
  .strictObject({
    backup: z.boolean(),
    monitoring: z.boolean(),
    user_management: z.boolean(),
    compliance: z.boolean(),
  })
  .partial();

export const costsSchema = z
  .strictObject({
    one_time: money(),
    monthly: money(),
  })
  .partial();

export const useCaseSchema = z
  .strictObject({
    title: z.string(),
    description: z.string(),
    owner: ref('team'),
    stage: z.enum(['idea', 'poc', 'pilot', 'production', 'retired']),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    quick_win: z.boolean(),
    feasibility: score(),
    value: score(),
    effort: score(),
    risk_level: level(),
    visibility: level(),
    customer_facing: z.boolean(),
    systems: refList('systems'),
    data_sources: refList('data_sources'),
    kpis: refList('kpis'),
    risks: refList('risks'),
    model: z.string(),
    purpose: z.string(),
    hosting_region: z.enum(['eu', 'non_eu', 'on_prem']),
    ai_act: z.enum(['prohibited', 'high', 'limited', 'minimal']),
    production: productionSchema,
    costs: costsSchema,
  })
  .partial();

export const kpiSchema = z
  .strictObject({
    name: z.string(),
    kind: z.enum(['quantitative', 'qualitative']),
    unit: z.string(),
    baseline: z.number(),
    baseline_date: isoDate(),
    target: z.number(),
    direction: z.enum(['decrease', 'increase']),
    cadence: z.enum(['monthly', 'quarterly']),
    actuals: z
      .record(withMeta(z.string().regex(QUARTER_PATTERN), { format: 'quarter' }), z.number()),
  })
  .partial();

export const riskSchema = z
  .strictObject({
    title: z.string(),
    category: z.enum(['technical', 'legal', 'organizational']),
    likelihood: score(),
    impact: score(),
    mitigation: z.string(),
    owner: ref('team'),
  })
  .partial();

export const governanceSchema = z
  .strictObject({
    approver: ref('team'),
    review: z.enum(['monthly', 'quarterly', 'yearly']),
    data_policy: z.string(),
  })
  .partial();

export const budgetSchema = z
  .strictObject({
    first_year: money(),
    training: money(),
    consulting: money(),
  })
  .partial();

/** An integer week 1–12, or a range "a-b" with 1 ≤ a ≤ b ≤ 12 (an en dash and spaces around the dash allowed). */
export const weeksSchema = withMeta(
  z
    .union([
      z.int().min(1).max(12),
      z
        .string()
        .regex(/^(?:[1-9]|1[0-2]) *[-\u2013] *(?:[1-9]|1[0-2])$/)
        .refine((s) => {
          const [a, b] = weekRange(s) ?? [0, 0];
          return a <= b;
        }, 'the first week must not be after the last'),
    ]),
  { format: 'weeks' },
);

export const planItemSchema = z
  .strictObject({
    title: z.string(),
    weeks: weeksSchema,
    owner: ref('team'),
    done: z.boolean(),
    milestone: z.boolean(),
    use_case: ref('use_cases'),
  })
  .partial();

export const roadmapSchema = z
  .strictObject({
    airoadmap: z.literal(1),
    organization: organizationSchema,
    roles: rolesSchema,
    team: entityMap(teamMemberSchema),
    infrastructure: infrastructureSchema,
    systems: entityMap(systemSchema),
    data_sources: entityMap(dataSourceSchema),
    use_cases: entityMap(useCaseSchema),
    kpis: entityMap(kpiSchema),
    risks: entityMap(riskSchema),
    governance: governanceSchema,
    budget: budgetSchema,
    plan: entityMap(planItemSchema),
  })
  .partial()
  .required({ airoadmap: true, organization: true });

export type Roadmap = z.infer<typeof roadmapSchema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type System = z.infer<typeof systemSchema>;
export type DataSource = z.infer<typeof dataSourceSchema>;
export type UseCase = z.infer<typeof useCaseSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type PlanItem = z.infer<typeof planItemSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Roles = z.infer<typeof rolesSchema>;
export type Infrastructure = z.infer<typeof infrastructureSchema>;
export type Governance = z.infer<typeof governanceSchema>;
export type Budget = z.infer<typeof budgetSchema>;

/**
 * The JSON Schema of the language, as committed in `airoadmap.schema.json`.
 * `descriptions` gives schemas of this model their `description`s (filled by
 * `schemas/generate.ts` from the field guidance).
 */
export function toJsonSchema(descriptions: z.core.$ZodRegistry<{ description: string }>): Record<string, unknown> {
  const schema = z.toJSONSchema(roadmapSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any', metadata: descriptions }) as Record<string, unknown>;
  return {
    $schema: schema['$schema'],
    title: 'AI roadmap',
    ...schema,
  };
}
