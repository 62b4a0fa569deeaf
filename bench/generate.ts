/**
 * A deterministic generator of realistic `.airoadmap.yaml` roadmaps for the
 * benchmark: N use cases, about N/5 team members, N/10 systems, N/5 data
 * sources, N KPIs, N/2 risks and a 12-week plan. Every reference is valid;
 * a few percent of entities carry checklist problems (a KPI without a
 * baseline, a low-quality data source, a production use case without
 * monitoring, …) so the checkers have real work to report.
 * Same (n, seed) → same text, byte for byte (a small seeded PRNG, no Date).
 *
 * `npx tsx bench/generate.ts 1000 [seed] > roadmap.airoadmap.yaml`
 * Must not depend on vscode or on the language server.
 */

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  constructor(private readonly random: () => number) {}
  chance(p: number): boolean {
    return this.random() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  one<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  /** `count` distinct items (fewer when the list is shorter). */
  some<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    const want = Math.min(count, items.length);
    while (chosen.size < want) chosen.add(this.one(items));
    return [...chosen];
  }
}

const FIRST_NAMES = [
  'Anna', 'Bjørn', 'Carla', 'Dag', 'Eva', 'Frode', 'Gro', 'Henrik', 'Ingrid', 'Jonas', 'Kari', 'Lars', 'Marit', 'Nils', 'Ola',
  'Petra', 'Ragnhild', 'Sindre', 'Tone', 'Ulrik', 'Vilde', 'Øystein', 'Åse', 'Maja', 'Emil', 'Sofie', 'Jakob', 'Nora', 'Filip',
  'Ida', 'Magnus', 'Thea', 'Sander', 'Leah', 'Mohammed', 'Aisha', 'Tomasz', 'Olena', 'Kristian', 'Hanne',
];
const LAST_NAMES = [
  'Berg', 'Haugen', 'Nilsen', 'Solberg', 'Lund', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Dahl',
  'Halvorsen', 'Bakken', 'Moen', 'Strand', 'Eriksen', 'Kristiansen', 'Jensen', 'Lie', 'Aasen', 'Nygård', 'Sæther', 'Vik',
  'Rønning', 'Ali', 'Kowalski', 'Shevchenko', 'Holm', 'Brekke',
];
const JOB_TITLES = [
  'IT manager', 'BI analyst', 'Integration developer', 'Head of customer service', 'Controller', 'HR adviser', 'Sales lead',
  'Procurement officer', 'Data engineer', 'Security officer', 'Project manager', 'Service desk lead', 'Warehouse manager',
  'Marketing coordinator', 'Finance manager', 'Product owner', 'Quality manager', 'Legal counsel', 'Operations lead',
];
const SKILLS = [
  'api', 'programming', 'workflow_automation', 'ml', 'llm', 'data_quality', 'etl', 'prompt_engineering', 'data_science', 'security',
  'project_management',
] as const;

const SYSTEM_PRODUCTS: readonly [string, string][] = [
  ['Visma Business', 'erp'], ['SAP Business One', 'erp'], ['Microsoft Dynamics 365', 'erp'], ['Tripletex', 'erp'],
  ['HubSpot', 'crm'], ['Salesforce', 'crm'], ['SuperOffice', 'crm'], ['Pipedrive', 'crm'],
  ['SharePoint Online', 'dms'], ['Documaster', 'dms'], ['M-Files', 'dms'],
  ['Exchange Online', 'email'], ['Gmail for business', 'email'],
  ['Jira', 'project'], ['Asana', 'project'], ['Monday.com', 'project'],
  ['Microsoft Teams', 'collaboration'], ['Slack', 'collaboration'], ['Confluence', 'collaboration'],
  ['Transport management system', 'custom'], ['Warehouse management system', 'custom'], ['Field service app', 'custom'],
  ['Time tracking', 'other'], ['Payroll service', 'other'],
];
const SYSTEM_SITES = ['', 'Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Nordic', 'group', 'legacy', 'staging'];
const HOSTING = ['cloud', 'on_prem', 'hybrid'] as const;
const APIS = ['rest', 'rest', 'rest', 'graphql', 'soap', 'file', 'none'] as const;

const DATA_NOUNS: readonly [string, string][] = [
  ['Customer and contact register', 'crm'], ['Sales pipeline', 'crm'], ['Support tickets', 'crm'],
  ['Orders and invoices', 'erp'], ['Supplier ledger', 'erp'], ['Stock levels', 'erp'], ['Freight bills', 'erp'],
  ['Contracts', 'documents'], ['Routines and manuals', 'documents'], ['Quality reports', 'documents'], ['Tender archive', 'documents'],
  ['Customer-service mailbox', 'email'], ['Invoice mailbox', 'email'],
  ['Project plans', 'project'], ['Time sheets', 'project'],
  ['Sensor readings', 'other'], ['Web analytics', 'other'], ['Survey answers', 'other'],
];

const CAPABILITIES = [
  'Smart search', 'E-mail triage', 'Invoice matching', 'Meeting summaries', 'Draft replies', 'Demand forecast', 'Route optimisation',
  'Contract review', 'Chat assistant', 'Anomaly detection', 'Document classification', 'Report generation', 'Translation',
  'Quote drafting', 'Churn prediction', 'Onboarding assistant', 'Knowledge base bot', 'Expense checks', 'Lead scoring',
  'Ticket routing', 'Quality inspection', 'Shift planning', 'Price suggestions', 'Tender screening', 'Code review helper',
  'Data cleansing', 'Transcription', 'Sentiment analysis', 'Policy Q&A', 'Product descriptions',
];
const DOMAINS = [
  'customer service', 'finance', 'HR', 'sales', 'procurement', 'the warehouse', 'transport planning', 'marketing', 'legal',
  'the service desk', 'management', 'quality', 'field service', 'payroll', 'IT operations', 'product', 'tenders', 'logistics',
  'accounting', 'the web shop',
];
const BENEFITS = [
  'so the team spends less time on routine work', 'to cut handling time', 'with sources shown for every answer',
  'before a human approves it', 'to catch errors earlier', 'so nobody has to search three systems', 'to answer customers faster',
];
const MODELS = [
  'GPT-4o (Azure OpenAI, EU region)', 'Claude (EU hosting)', 'Mistral Large (EU)', 'Llama 3 70B on own servers',
  'Gradient-boosted trees (scikit-learn)', 'Azure AI Document Intelligence', 'Whisper large-v3 (on-prem)', 'Copilot for Microsoft 365',
];
const STAGES = ['idea', 'idea', 'poc', 'pilot', 'pilot', 'production', 'retired'] as const;
const LEVELS = ['low', 'medium', 'high'] as const;

const KPI_TEMPLATES: readonly { name: string; unit: string; direction: 'decrease' | 'increase'; base: [number, number]; gain: number }[] = [
  { name: 'Handling time per case', unit: 'minutes', direction: 'decrease', base: [8, 40], gain: 0.5 },
  { name: 'Time to find a document', unit: 'minutes', direction: 'decrease', base: [5, 20], gain: 0.4 },
  { name: 'First-contact resolution', unit: 'percent', direction: 'increase', base: [40, 70], gain: 1.3 },
  { name: 'Invoices matched automatically', unit: 'percent', direction: 'increase', base: [10, 50], gain: 1.6 },
  { name: 'Error rate', unit: 'percent', direction: 'decrease', base: [3, 12], gain: 0.5 },
  { name: 'Cases handled per week', unit: 'cases', direction: 'increase', base: [100, 900], gain: 1.25 },
  { name: 'Response time to customers', unit: 'hours', direction: 'decrease', base: [4, 48], gain: 0.5 },
  { name: 'Forecast accuracy', unit: 'percent', direction: 'increase', base: [55, 80], gain: 1.15 },
  { name: 'Overtime hours per month', unit: 'hours', direction: 'decrease', base: [20, 120], gain: 0.6 },
  { name: 'Customer satisfaction', unit: 'points', direction: 'increase', base: [60, 80], gain: 1.12 },
];
const RISK_TEMPLATES: readonly { title: string; category: 'technical' | 'legal' | 'organizational'; mitigation: string }[] = [
  { title: 'Wrong answers presented as fact', category: 'technical', mitigation: 'Show sources; human review before anything leaves the house.' },
  { title: 'Personal data leaves the EU', category: 'legal', mitigation: 'EU-hosted models only; data processing agreement in place.' },
  { title: 'Staff do not trust the tool', category: 'organizational', mitigation: 'Champions in each team; weekly demo and feedback round.' },
  { title: 'Integration breaks on upgrade', category: 'technical', mitigation: 'Contract tests on the API; monitoring with alerts.' },
  { title: 'Unclear copyright of generated text', category: 'legal', mitigation: 'Legal review of the terms; mark generated content.' },
  { title: 'Key person leaves the project', category: 'organizational', mitigation: 'Pair work and written runbooks.' },
  { title: 'Model cost grows with usage', category: 'technical', mitigation: 'Budget alerts and caching of frequent questions.' },
  { title: 'Prompt injection through e-mail', category: 'technical', mitigation: 'Strip instructions from input; no actions without approval.' },
  { title: 'Biased scoring of applicants', category: 'legal', mitigation: 'Bias audit each quarter; a human decides.' },
];
const PLAN_TITLES = [
  'Interview department heads', 'Map the business systems', 'Score data quality of the main sources', 'Write the AI data policy',
  'Pick the first quick win', 'Set up the EU tenant', 'Train the champions', 'Build the first prototype', 'Pilot with one team',
  'Measure the KPIs against baseline', 'Collect feedback from users', 'Review risks with legal', 'Present results to management',
  'Detailed 12-month roadmap', 'Decide on production', 'Update the AI register',
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[å]/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Keeps ids unique by suffixing a counter. */
class IdPool {
  private readonly used = new Map<string, number>();
  take(base: string): string {
    const n = this.used.get(base) ?? 0;
    this.used.set(base, n + 1);
    return n === 0 ? base : `${base}-${n + 1}`;
  }
}

/** A YAML plain scalar when safe, else a double-quoted one. */
function str(text: string): string {
  if (/^[A-Za-z][^:#\n"'[\]{},&*!|>%@`]*$/.test(text) && !/\s$/.test(text) && !/^(true|false|null|yes|no|on|off)$/i.test(text)) return text;
  return JSON.stringify(text);
}

export interface GeneratedRoadmap {
  text: string;
  counts: Record<string, number>;
  lines: number;
}

/**
 * The shape of the generated file. `valid`: every reference valid, a few
 * percent of the entities with a checklist problem (the bench's first file).
 * `findings`: a draft in progress, with fewer valid references and more
 * findings per entity (about two diagnostics per use case), so that the
 * timings do not depend on one file's shape. `valid` stays byte for byte what
 * it was (its random draws are the same); `findings` draws more.
 */
export type GeneratorShape = 'valid' | 'findings';

export const GENERATOR_SHAPES: readonly GeneratorShape[] = ['valid', 'findings'];

export function generateRoadmap(n: number, seed = 20270104, shape: GeneratorShape = 'valid'): GeneratedRoadmap {
  const pick = new Picker(seededRandom(seed ^ (n * 2654435761)));
  const messy = shape === 'findings';
  /** A chance that is `valid`'s in the first shape and `draft`'s in the second (the same number of draws either way). */
  const rate = (valid: number, draft: number) => (messy ? draft : valid);
  /** A reference as written: in the second shape now and then a typo of it (an unknown reference). */
  const ref = (id: string) => (messy && pick.chance(0.12) ? `${id}x` : id);
  const out: string[] = [];
  const add = (line: string) => out.push(line);
  const teamCount = Math.max(5, Math.round(n / 5));
  const systemCount = Math.max(3, Math.round(n / 10));
  const sourceCount = Math.max(4, Math.round(n / 5));
  const riskCount = Math.max(3, Math.round(n / 2));
  const kpiCount = n;
  const planCount = Math.max(12, Math.round(12 + n / 25));

  add(`# Generated benchmark roadmap: ${n} use cases (seed ${seed}${messy ? ', a draft with findings' : ''}). Do not edit by hand.`);
  add('airoadmap: 1');
  add('');
  add('organization:');
  add(`  name: Benchmark Group ${n} AS`);
  add('  employees: 180');
  add('  industry: logistics');
  add('  currency: EUR');
  add('  start: 2027-01-04');
  add('');

  // ---- team
  const ids = new IdPool();
  const team: string[] = [];
  const teamLines: string[] = [];
  for (let i = 0; i < teamCount; i++) {
    const first = pick.one(FIRST_NAMES);
    const last = pick.one(LAST_NAMES);
    const id = ids.take(slug(`${first}-${last}`));
    team.push(id);
    teamLines.push(`  ${id}:`, `    name: ${str(`${first} ${last}`)}`, `    title: ${str(pick.one(JOB_TITLES))}`);
    teamLines.push(`    skills: [${pick.some(SKILLS, pick.int(1, 4)).join(', ')}]`);
    if (i % 7 === 0) teamLines.push('    bridge_builder: true');
    if (i % 5 === 1) teamLines.push('    champion: true');
    // A few budgets outside the 2,000–5,000 guide.
    teamLines.push(`    training_budget: ${pick.chance(0.03) ? pick.one([1000, 8000]) : pick.int(4, 10) * 500}`);
  }
  add('roles:');
  add(`  ai_owner: ${team[0]}`);
  add(`  data_steward: ${team[1]}`);
  add(`  business_contact: ${team[2]}`);
  add('');
  add('team:');
  out.push(...teamLines);
  add('');
  add('infrastructure:');
  add('  databases_with_api: true');
  add('  stable_cloud: true');
  add('  modern_web_services: true');
  add('  backup_and_security: false');
  add('  bandwidth_mbps: 500');
  add('');

  // ---- systems
  const systems: { id: string; readiness: number }[] = [];
  add('systems:');
  for (let i = 0; i < systemCount; i++) {
    const [product, kind] = pick.one(SYSTEM_PRODUCTS);
    const site = pick.one(SYSTEM_SITES);
    const name = site ? `${product} ${site}` : product;
    const id = ids.take(slug(name));
    // Mostly ready systems; some 2–3 (system-not-ready for early use cases).
    const readiness = pick.chance(rate(0.96, 0.75)) ? pick.int(4, 5) : pick.int(2, 3);
    systems.push({ id, readiness });
    add(`  ${id}:`);
    add(`    name: ${str(name)}`);
    add(`    kind: ${kind}`);
    add(`    critical: ${String(pick.chance(0.4))}`);
    add(`    readiness: ${readiness}`);
    add(`    hosting: ${pick.one(HOSTING)}`);
    add(`    api: ${pick.one(APIS)}`);
  }
  add('');

  // ---- data sources
  const sources: { id: string; ok: boolean; personal: boolean }[] = [];
  add('data_sources:');
  for (let i = 0; i < sourceCount; i++) {
    const [noun, kind] = pick.one(DATA_NOUNS);
    const system = pick.one(systems).id;
    const id = ids.take(slug(noun));
    const low = pick.chance(rate(0.04, 0.2)); // data-quality-low for the use cases using it
    const personal = pick.chance(0.3);
    sources.push({ id, ok: !low, personal });
    add(`  ${id}:`);
    add(`    name: ${str(`${noun} (${system})`)}`);
    add(`    system: ${system}`);
    add(`    kind: ${kind}`);
    add(`    completeness: ${low ? 2 : pick.int(3, 5)}`);
    add(`    freshness: ${pick.int(3, 5)}`);
    if (!pick.chance(rate(0.03, 0.2))) add(`    consistency: ${pick.int(3, 5)}`); // else data-source-unrated
    if (kind === 'documents') add(`    structured_metadata: ${String(pick.chance(0.6))}`);
    add(`    personal_data: ${String(personal)}`);
    add(`    silo: ${String(pick.chance(0.02))}`);
  }
  add('');

  // ---- ids of KPIs and risks first, so use cases can reference them
  const kpiIds: string[] = [];
  const kpiTemplates: number[] = [];
  for (let i = 0; i < kpiCount; i++) {
    const t = pick.int(0, KPI_TEMPLATES.length - 1);
    kpiTemplates.push(t);
    kpiIds.push(ids.take(slug(KPI_TEMPLATES[t]!.name)));
  }
  const riskIds: string[] = [];
  const riskTemplates: number[] = [];
  for (let i = 0; i < riskCount; i++) {
    const t = pick.int(0, RISK_TEMPLATES.length - 1);
    riskTemplates.push(t);
    riskIds.push(ids.take(slug(RISK_TEMPLATES[t]!.title)));
  }

  // ---- use cases
  const useCaseIds: string[] = [];
  add('use_cases:');
  for (let i = 0; i < n; i++) {
    const capability = pick.one(CAPABILITIES);
    const domain = pick.one(DOMAINS);
    const id = ids.take(slug(`${capability} ${domain}`));
    useCaseIds.push(id);
    const stage = pick.one(STAGES);
    const active = stage === 'poc' || stage === 'pilot' || stage === 'production';
    const effort = pick.int(1, 5);
    // High effort with low value is rare (use-case-unknown-roi for a few percent).
    const value = effort >= 4 && !pick.chance(0.15) ? pick.int(3, 5) : pick.int(1, 5);
    const quickWin = value >= 3 && effort <= 2 && pick.chance(0.5);
    const uses = pick.some(sources, pick.int(1, 2));
    const personal = uses.some((s) => s.personal);
    add(`  ${id}:`);
    add(`    title: ${str(`${capability} for ${domain}`)}`);
    if (pick.chance(0.7)) add(`    description: ${str(`${capability} in ${domain} ${pick.one(BENEFITS)}.`)}`);
    if (active || pick.chance(0.6)) add(`    owner: ${ref(pick.one(team))}`);
    add(`    stage: ${stage}`);
    add(`    phase: ${pick.int(1, 3)}`);
    if (quickWin) add('    quick_win: true');
    if (!pick.chance(rate(0.02, 0.1))) add(`    feasibility: ${pick.int(2, 5)}`); // else use-case-unscored
    add(`    value: ${value}`);
    add(`    effort: ${effort}`);
    add(`    risk_level: ${quickWin ? 'low' : pick.one(LEVELS)}`);
    add(`    visibility: ${quickWin ? 'high' : pick.one(LEVELS)}`);
    add(`    customer_facing: ${String(!quickWin && pick.chance(0.2))}`);
    add(`    systems: [${pick.some(systems, pick.int(1, 2)).map((s) => ref(s.id)).join(', ')}]`);
    add(`    data_sources: [${uses.map((s) => ref(s.id)).join(', ')}]`);
    // Every KPI is used at least once: use case i measures KPI i, sometimes one more.
    const kpis = [kpiIds[i]!];
    if (pick.chance(0.3)) kpis.push(pick.one(kpiIds));
    // A draft leaves some active use cases without their KPIs (use-case-no-kpi).
    if (!(messy && active && pick.chance(0.15))) add(`    kpis: [${[...new Set(kpis)].map(ref).join(', ')}]`);
    add(`    risks: [${[...new Set([riskIds[i % riskCount]!, ...(pick.chance(0.4) ? [pick.one(riskIds)] : [])])].join(', ')}]`);
    const registered = active || pick.chance(0.3);
    if (registered) add(`    model: ${str(pick.one(MODELS))}`);
    // A few use cases of personal data lack a purpose (personal-data-no-purpose).
    if ((registered || personal) && !(personal && pick.chance(rate(0.03, 0.3)))) add(`    purpose: ${str(`${capability} for ${domain}`)}`);
    if (registered) {
      if (!(messy && pick.chance(0.2))) add(`    hosting_region: ${pick.chance(0.9) ? 'eu' : pick.one(['on_prem', 'non_eu'])}`);
      add(`    ai_act: ${pick.chance(0.85) ? 'minimal' : pick.one(['limited', 'high'])}`);
    }
    if (stage === 'production') {
      add('    production:');
      add('      backup: true');
      add(`      monitoring: ${String(!pick.chance(rate(0.05, 0.3)))}`);
      add('      user_management: true');
      add('      compliance: true');
    }
    if (stage === 'pilot' || stage === 'production') {
      add('    costs:');
      add(`      one_time: ${pick.int(5, 60) * 1000}`);
      add(`      monthly: ${pick.chance(0.95) ? pick.int(20, 50) * 100 : 9000}`);
    }
  }
  add('');

  // ---- KPIs
  add('kpis:');
  for (let i = 0; i < kpiCount; i++) {
    const t = KPI_TEMPLATES[kpiTemplates[i]!]!;
    const baseline = pick.int(t.base[0], t.base[1]);
    const target = Math.max(1, Math.round(baseline * t.gain));
    add(`  ${kpiIds[i]}:`);
    add(`    name: ${str(`${t.name} (${pick.one(DOMAINS)})`)}`);
    add('    kind: quantitative');
    add(`    unit: ${t.unit}`);
    if (!pick.chance(rate(0.03, 0.3))) {
      // else kpi-no-baseline
      add(`    baseline: ${baseline}`);
      add(`    baseline_date: 2026-${String(pick.int(9, 12)).padStart(2, '0')}-${String(pick.int(1, 28)).padStart(2, '0')}`);
    }
    add(`    target: ${target === baseline ? target + 1 : target}`);
    add(`    direction: ${t.direction}`);
    add(`    cadence: ${pick.one(['monthly', 'quarterly'])}`);
    if (pick.chance(0.25)) {
      add('    actuals:');
      add(`      2027-Q1: ${Math.round((baseline + target) / 2)}`);
    }
  }
  add('');

  // ---- risks
  add('risks:');
  for (let i = 0; i < riskCount; i++) {
    const t = RISK_TEMPLATES[riskTemplates[i]!]!;
    add(`  ${riskIds[i]}:`);
    add(`    title: ${str(t.title)}`);
    add(`    category: ${t.category}`);
    add(`    likelihood: ${pick.int(1, 5)}`);
    add(`    impact: ${pick.int(1, 5)}`);
    if (!pick.chance(rate(0.03, 0.3))) add(`    mitigation: ${str(t.mitigation)}`); // else risk-no-mitigation
    add(`    owner: ${ref(pick.one(team))}`);
  }
  add('');
  add('governance:');
  add(`  approver: ${team[0]}`);
  add('  review: quarterly');
  add('  data_policy: docs/ai-data-policy.md');
  add('');
  add('budget:');
  add('  first_year: 120000');
  add('  training: 15000');
  add('  consulting: 20000');
  add('');

  // ---- the 12-week plan
  add('plan:');
  for (let i = 0; i < planCount; i++) {
    const title = PLAN_TITLES[i % PLAN_TITLES.length]!;
    const id = ids.take(slug(title));
    const start = Math.min(12, 1 + Math.floor((i * 12) / planCount));
    const length = pick.int(0, 1);
    const end = Math.min(12, start + length);
    add(`  ${id}:`);
    add(`    title: ${str(title)}`);
    add(`    weeks: ${end > start ? `"${start}-${end}"` : String(start)}`);
    add(`    owner: ${pick.one(team)}`);
    if (start >= 5 && start <= 8 && pick.chance(0.5)) add(`    use_case: ${pick.one(useCaseIds)}`);
    if (start <= 2) add('    done: true');
    if (i === planCount - 1) add('    milestone: true');
  }
  const text = `${out.join('\n')}\n`;
  return {
    text,
    lines: out.length,
    counts: { use_cases: n, team: teamCount, systems: systemCount, data_sources: sourceCount, kpis: kpiCount, risks: riskCount, plan: planCount },
  };
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? '100');
  const seed = process.argv[3] === undefined || process.argv[3] === '' ? undefined : Number(process.argv[3]);
  const shape = (process.argv[4] ?? 'valid') as GeneratorShape;
  if (!Number.isInteger(n) || n < 1 || !GENERATOR_SHAPES.includes(shape)) {
    process.stderr.write(`usage: tsx bench/generate.ts <use cases> [seed] [${GENERATOR_SHAPES.join('|')}]\n`);
    process.exit(2);
  }
  process.stdout.write(generateRoadmap(n, seed, shape).text);
}
