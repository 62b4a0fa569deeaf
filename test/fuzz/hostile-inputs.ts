/**
 * Builders of hostile and very large roadmap texts, shared by the hostile
 * tests and the long fuzz runner. Pure builders of strings and bytes: no I/O, no core imports.
 */

/** The fixed head every generated roadmap starts with. */
export const HEAD = 'airoadmap: 1\norganization:\n  name: Hostile AS\n  start: 2027-01-04\n';

/**
 * A realistic roadmap with `n` entities in every section, each use case
 * referring to systems, data sources, KPIs and risks (some of them dangling
 * when `dangling` is set). About 50 lines per `n`.
 */
export function bigRoadmap(n: number, dangling = false): string {
  const out: string[] = [HEAD, 'roles:\n  ai_owner: p0\n  data_steward: p1\n  business_contact: p2\n', 'team:\n'];
  for (let i = 0; i < n; i++) out.push(`  p${i}:\n    name: Person ${i}\n    skills: [api, llm]\n    training_budget: ${1000 + i}\n`);
  out.push('systems:\n');
  for (let i = 0; i < n; i++) out.push(`  s${i}:\n    name: System ${i}\n    kind: erp\n    critical: true\n    readiness: ${(i % 5) + 1}\n`);
  out.push('data_sources:\n');
  for (let i = 0; i < n; i++) out.push(`  d${i}:\n    system: s${i}\n    completeness: ${(i % 5) + 1}\n    freshness: 3\n    personal_data: ${i % 2 === 0}\n`);
  out.push('use_cases:\n');
  for (let i = 0; i < n; i++) {
    const ref = (p: string) => (dangling && i % 3 === 0 ? `${p}x${i}` : `${p}${(i * 7) % n}`);
    out.push(
      `  u${i}:\n    title: Use case ${i}\n    owner: ${ref('p')}\n    stage: ${['idea', 'poc', 'pilot', 'production'][i % 4]}\n    phase: ${(i % 3) + 1}\n` +
        `    feasibility: 3\n    value: ${(i % 5) + 1}\n    effort: ${((i * 3) % 5) + 1}\n    systems: [${ref('s')}, s${i}]\n    data_sources: [${ref('d')}]\n` +
        `    kpis: [${ref('k')}]\n    risks: [${ref('r')}]\n    hosting_region: non_eu\n    costs:\n      monthly: ${i * 10}\n`,
    );
  }
  out.push('kpis:\n');
  for (let i = 0; i < n; i++) out.push(`  k${i}:\n    name: KPI ${i}\n    kind: quantitative\n    baseline: 10\n    target: ${i % 20}\n    direction: decrease\n    actuals:\n      2027-Q1: 9\n`);
  out.push('risks:\n');
  for (let i = 0; i < n; i++) out.push(`  r${i}:\n    title: Risk ${i}\n    category: ${['technical', 'legal', 'organizational'][i % 3]}\n    likelihood: 3\n    impact: 4\n`);
  out.push('plan:\n');
  for (let i = 0; i < n; i++) out.push(`  t${i}:\n    title: Task ${i}\n    weeks: ${(i % 12) + 1}\n    owner: p${i % n}\n    use_case: u${i}\n`);
  return out.join('');
}

/** A use case listing `n` KPI references, none of them defined, beside `n` defined KPIs. */
export function manyDanglingReferences(n: number): string {
  const kpis = Array.from({ length: n }, (_, i) => `  k${i}:\n    name: K\n`).join('');
  const refs = Array.from({ length: n }, (_, i) => `m${i}`).join(', ');
  return `${HEAD}use_cases:\n  u:\n    kpis: [${refs}]\nkpis:\n${kpis}`;
}

/** `size` pseudo-random bytes from a fixed seed (a linear congruential generator's high bits), most of them not valid UTF-8. */
export function pseudoRandomBytes(size: number, seed: number): Buffer {
  let x = seed >>> 0;
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}
