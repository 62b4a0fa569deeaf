/**
 * The `.airoadmap.yaml` language, version 1, as a zod model.
 *
 * This is the one source of truth for the language: the structure checker
 * walks these schemas, completion and hover read their descriptions and
 * enumerations, and `z.toJSONSchema` turns them into
 * `schemas/airoadmap.schema.json`. Each field carries a one-line description;
 * reference fields carry `ref` metadata naming the section they point into.
 *
 * Must not depend on anything but zod.
 */
import { z } from 'zod';

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
export const WEEK_RANGE_PATTERN = /^(\d{1,2})-(\d{1,2})$/;

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

const score = (description: string) =>
  withMeta(z.int().min(1).max(5).describe(description), { format: 'score' });
const money = (description: string) =>
  withMeta(z.number().min(0).describe(description), { format: 'money' });
const isoDate = (description: string) =>
  withMeta(z.iso.date().describe(description), { format: 'date' });
// A reference is any id text; whether it names a defined entity is checked
// against the file (a malformed id still defines its entity, so references
// to it resolve).
const ref = (section: EntitySection, description: string) => withMeta(z.string().min(1).describe(description), { ref: section });
const refList = (section: EntitySection, description: string) =>
  withMeta(z.array(ref(section, `An id in \`${section}\`.`)).describe(description), { ref: section });
const level = (description: string) => z.enum(['low', 'medium', 'high']).describe(description);

/** A map keyed by id, as used for every collection of named things. */
function entityMap<T extends z.ZodType>(entity: T, description: string) {
  return z.record(withMeta(z.string().regex(ID_PATTERN), { format: 'id' }), entity).describe(description);
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
    name: z.string().min(1).describe('Name of the organisation (required).'),
    employees: z.int().min(0).describe('Number of employees; the framework is tuned for 50–250.'),
    industry: z.string().describe('Industry or line of business.'),
    currency: withMeta(z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 currency code for all money in the file; default EUR.'), {
      format: 'currency',
      defaultValue: 'EUR',
    }),
    start: isoDate('Day 1 of the 90-day plan (YYYY-MM-DD).'),
  })
  .partial()
  .required({ name: true })
  .describe('The organisation the roadmap belongs to.');

export const rolesSchema = z
  .strictObject({
    ai_owner: ref('team', 'The AI owner: answers for the AI solutions (-> team).'),
    data_steward: ref('team', 'The data steward: answers for data quality and access (-> team).'),
    business_contact: ref('team', 'The business contact: speaks for the business side (-> team).'),
  })
  .partial()
  .describe('Who answers when the AI is wrong: the roles named in writing.');

export const teamMemberSchema = z
  .strictObject({
    name: z.string().describe('Full name of the person.'),
    title: z.string().describe('Job title.'),
    skills: z.array(z.enum(SKILLS)).describe('Skills the person has today.'),
    bridge_builder: z.boolean().describe('Knows both the technology and the business.'),
    champion: z.boolean().describe('Change champion in their team.'),
    training_budget: money('Training budget for this person; guide 2,000–5,000 EUR.'),
  })
  .partial()
  .describe('A member of the team.');

export const infrastructureSchema = z
  .strictObject({
    databases_with_api: z.boolean().describe('Structured databases with APIs?'),
    stable_cloud: z.boolean().describe('Stable cloud connectivity?'),
    modern_web_services: z.boolean().describe('Modern web services?'),
    backup_and_security: z.boolean().describe('Current backup and security?'),
    bandwidth_mbps: z.number().min(0).describe('Network bandwidth in Mbit/s; LLMs need stable, sufficient bandwidth.'),
  })
  .partial()
  .describe('The four readiness questions; three of four "yes" means ready to start.');

export const systemSchema = z
  .strictObject({
    name: z.string().describe('Name of the system.'),
    kind: z.enum(['erp', 'crm', 'dms', 'email', 'project', 'collaboration', 'custom', 'other']).describe('Kind of system.'),
    critical: z.boolean().describe('Business-critical system.'),
    readiness: score('AI readiness 1–5; systems scoring 4–5 suit early integration.'),
    hosting: z.enum(['cloud', 'on_prem', 'hybrid']).describe('Where the system runs.'),
    api: z.enum(['rest', 'graphql', 'soap', 'file', 'none']).describe('How other programs reach the system.'),
  })
  .partial()
  .describe('A business system, scored for AI readiness.');

export const dataSourceSchema = z
  .strictObject({
    name: z.string().describe('Name of the data source.'),
    system: ref('systems', 'The system holding the data (-> systems).'),
    kind: z.enum(['crm', 'erp', 'documents', 'email', 'project', 'other']).describe('Kind of data source.'),
    completeness: score('Completeness of the data, 1–5.'),
    freshness: score('Freshness (how up to date the data is), 1–5.'),
    consistency: score('Consistency of the data, 1–5.'),
    structured_metadata: z.boolean().describe('Has structured metadata; well suited to retrieval-augmented generation.'),
    personal_data: z.boolean().describe('Holds personal data under the GDPR.'),
    silo: z.boolean().describe('Isolated, or behind media breaks; becomes an integration project.'),
  })
  .partial()
  .describe('A data source, rated for quality.');

export const productionSchema = z
  .strictObject({
    backup: z.boolean().describe('Backup is in place.'),
    monitoring: z.boolean().describe('Monitoring is in place.'),
    user_management: z.boolean().describe('User management is in place.'),
    compliance: z.boolean().describe('Compliance has been checked.'),
  })
  .partial()
  .describe('The proof-of-concept to production checklist.');

export const costsSchema = z
  .strictObject({
    one_time: money('One-time cost.'),
    monthly: money('Running cost per month (licences, cloud, operations); guide 2,000–5,000 EUR.'),
  })
  .partial()
  .describe('Costs of the use case.');

export const useCaseSchema = z
  .strictObject({
    title: z.string().describe('Short title of the use case.'),
    description: z.string().describe('What the use case does.'),
    owner: ref('team', 'Who is responsible for the use case (-> team).'),
    stage: z.enum(['idea', 'poc', 'pilot', 'production', 'retired']).describe('Where the use case stands; poc, pilot and production are active.'),
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]).describe('Roadmap phase: 1 baseline, 2 pilots, 3 scaling.'),
    quick_win: z.boolean().describe('A quick win: low risk, high visibility.'),
    feasibility: score('Technical feasibility 1–5.'),
    value: score('Business value 1–5.'),
    effort: score('Implementation effort 1–5.'),
    risk_level: level('Risk level of the use case.'),
    visibility: level('How visible the result is in the organisation.'),
    customer_facing: z.boolean().describe('Customers see or receive the output.'),
    systems: refList('systems', 'Systems the use case uses (-> systems).'),
    data_sources: refList('data_sources', 'Data sources the use case uses (-> data_sources).'),
    kpis: refList('kpis', 'KPIs that measure the use case (-> kpis).'),
    risks: refList('risks', 'Risks of the use case (-> risks).'),
    model: z.string().describe('The AI model or service, for the AI register.'),
    purpose: z.string().describe('The purpose of the processing (purpose limitation).'),
    hosting_region: z.enum(['eu', 'non_eu', 'on_prem']).describe('Where the AI service is hosted.'),
    ai_act: z.enum(['prohibited', 'high', 'limited', 'minimal']).describe('EU AI Act risk class.'),
    production: productionSchema,
    costs: costsSchema,
  })
  .partial()
  .describe('A use case, scored for the priority matrix.');

export const kpiSchema = z
  .strictObject({
    name: z.string().describe('Name of the KPI.'),
    kind: z.enum(['quantitative', 'qualitative']).describe('Quantitative (time, cost) or qualitative (satisfaction, errors).'),
    unit: z.string().describe('Unit of measurement.'),
    baseline: z.number().describe('The value measured before AI is introduced.'),
    baseline_date: isoDate('When the baseline was measured (YYYY-MM-DD).'),
    target: z.number().describe('The value to reach.'),
    direction: z.enum(['decrease', 'increase']).describe('Whether lower or higher is better.'),
    cadence: z.enum(['monthly', 'quarterly']).describe('How often the KPI is measured.'),
    actuals: z
      .record(withMeta(z.string().regex(QUARTER_PATTERN), { format: 'quarter' }), z.number())
      .describe('Measured values by quarter (YYYY-Qn), for ROI reports.'),
  })
  .partial()
  .describe('A key performance indicator with baseline and target.');

export const riskSchema = z
  .strictObject({
    title: z.string().describe('Short title of the risk.'),
    category: z.enum(['technical', 'legal', 'organizational']).describe('Risk category.'),
    likelihood: score('Likelihood 1–5.'),
    impact: score('Impact 1–5.'),
    mitigation: z.string().describe('The measure that reduces the risk.'),
    owner: ref('team', 'Who owns the risk (-> team).'),
  })
  .partial()
  .describe('A risk with likelihood, impact and mitigation.');

export const governanceSchema = z
  .strictObject({
    approver: ref('team', 'Who approves new AI tools (-> team).'),
    review: z.enum(['monthly', 'quarterly', 'yearly']).describe('How often performance and compliance are reviewed.'),
    data_policy: z.string().describe('Guideline for sensitive data (a path or a link).'),
  })
  .partial()
  .describe('Who approves AI tools, how often they are reviewed, and the data policy.');

export const budgetSchema = z
  .strictObject({
    first_year: money('Budget for the first year; guide 50,000–150,000 EUR.'),
    training: money('Training budget.'),
    consulting: money('Consulting budget.'),
  })
  .partial()
  .describe('The AI budget.');

/** An integer week 1–12, or a range "a-b" with 1 ≤ a ≤ b ≤ 12. */
export const weeksSchema = withMeta(
  z
    .union([
      z.int().min(1).max(12),
      z
        .string()
        .regex(/^(?:[1-9]|1[0-2])-(?:[1-9]|1[0-2])$/)
        .refine((s) => {
          const [a, b] = s.split('-').map(Number);
          return a! <= b!;
        }, 'the first week must not be after the last'),
    ])
    .describe('A week 1–12, or a range "a-b".'),
  { format: 'weeks' },
);

export const planItemSchema = z
  .strictObject({
    title: z.string().describe('What is done.'),
    weeks: weeksSchema,
    owner: ref('team', 'Who does it (-> team).'),
    done: z.boolean().describe('The item is done.'),
    milestone: z.boolean().describe('The item is a milestone (drawn as a diamond).'),
    use_case: ref('use_cases', 'The use case the item belongs to (-> use_cases).'),
  })
  .partial()
  .describe('An item of the 90-day plan.');

export const roadmapSchema = z
  .strictObject({
    airoadmap: z.literal(1).describe('Version of the language; must be 1.'),
    organization: organizationSchema,
    roles: rolesSchema,
    team: entityMap(teamMemberSchema, 'The team, keyed by person id.'),
    infrastructure: infrastructureSchema,
    systems: entityMap(systemSchema, 'Business systems, keyed by id.'),
    data_sources: entityMap(dataSourceSchema, 'Data sources, keyed by id.'),
    use_cases: entityMap(useCaseSchema, 'Use cases, keyed by id.'),
    kpis: entityMap(kpiSchema, 'KPIs, keyed by id.'),
    risks: entityMap(riskSchema, 'Risks, keyed by id.'),
    governance: governanceSchema,
    budget: budgetSchema,
    plan: entityMap(planItemSchema, 'The 90-day plan; weeks 1–12 from organization.start.'),
  })
  .partial()
  .required({ airoadmap: true, organization: true })
  .describe('An AI-adoption roadmap (airoadmap language, version 1).');

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

/** The JSON Schema of the language, as committed in `airoadmap.schema.json`. */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(roadmapSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema['$schema'],
    title: 'AI roadmap',
    ...schema,
  };
}
