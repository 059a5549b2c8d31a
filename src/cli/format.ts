/**
 * What the CLI prints for people, in zh-CN or en: evaluations, fee quotes, deadlines, outcome
 * diffs, scenario runs and problems. Machines ask for `--json` instead.
 *
 * @module
 */
import type { Deadline } from '../deadlines/compute-deadline.js';
import type { Evaluation } from '../evaluate/evaluate.js';
import type { FeeQuote } from '../fees/quote-fees.js';
import { formatCny } from '../fees/money.js';
import type { OutcomeViolation } from '../impact/check-outcome-diff.js';
import type { OutcomeDiff } from '../impact/diff-outcomes.js';
import { divisionOf } from '../rules/divisions.js';
import type { Issue, Locale } from '../rules/errors.js';
import type { ScenarioRun } from '../scenarios/run-scenarios.js';

const WORDS = {
  accepted: ['已受理', 'accepted'],
  'accepted-deferred': ['容缺受理', 'accepted, materials deferred'],
  'not-accepted': ['不予受理（材料不齐）', 'not accepted (materials missing)'],
  'not-eligible': ['不符合条件', 'not eligible'],
  eligible: ['可以办理', 'may be granted'],
  ineligible: ['不能办理', 'cannot be granted'],
  status: ['结论', 'status'],
  applicant: ['申请人', 'applicant'],
  born: ['出生', 'born'],
  male: ['男', 'male'],
  female: ['女', 'female'],
  age: ['周岁', 'years old'],
  office: ['受理地', 'office'],
  acceptedOn: ['受理日期', 'accepted on'],
  due: ['办结期限', 'ready by'],
  chosen: ['签注', 'endorsement'],
  valid: ['有效期', 'valid'],
  missing: ['缺少材料', 'missing materials'],
  materialsComplete: ['材料齐全', 'materials complete'],
  fees: ['费用', 'fees'],
  total: ['合计', 'total'],
  unpriced: ['未定价', 'not priced'],
  nextSteps: ['后续步骤', 'next steps'],
  notes: ['说明', 'notes'],
  compared: ['比较', 'compared'],
  applications: ['份申请', 'applications'],
  evaluated: ['已评估（读到有变规则的，再按新政策评估）', 'evaluated (again under the candidate when they read a rule that differs)'],
  unaffected: ['受理日两种政策相同（未评估）', 'on days the policies agree (not evaluated)'],
  invalid: ['无效', 'invalid'],
  changed: ['结果变化', 'changed'],
  byKind: ['按变化类型', 'by kind of change'],
  transitions: ['结论变化', 'status transitions'],
  reasonsAdded: ['新增理由', 'reasons added'],
  reasonsRemoved: ['减少理由', 'reasons removed'],
  feeChange: ['费用变化', 'fee changes'],
  lower: ['降低', 'lower'],
  higher: ['提高', 'higher'],
  offices: ['受理地（前10）', 'offices (top 10)'],
  dates: ['受理日期', 'acceptance dates'],
  examples: ['示例', 'examples'],
  days: ['天', 'days'],
  expectations: ['预期', 'expectations'],
  met: ['全部满足', 'all met'],
  passed: ['通过', 'passed'],
  failed: ['失败', 'failed'],
  expected: ['预期', 'expected'],
  actual: ['实际', 'actual'],
  problems: ['个问题', 'problems'],
} as const;

type Word = keyof typeof WORDS;

/** A word of the CLI's output in a locale. */
export function t(word: Word, lang: Locale): string {
  return WORDS[word][lang === 'zh-CN' ? 0 : 1];
}

function n(x: number, lang: Locale): string {
  return x.toLocaleString(lang === 'zh-CN' ? 'zh-CN' : 'en-US');
}

/** A division code with its name, when the catalogue knows it. */
export function place(code: string, lang: Locale): string {
  const d = divisionOf(code);
  return d ? `${code} ${lang === 'zh-CN' ? d['zh-CN'] : d.en}` : code;
}

/** Problems with an input, one a line, with their paths. */
export function formatIssues(issues: readonly Issue[], lang: Locale): string {
  return issues.map((i) => `  ${i.path.length > 0 ? `${i.path.map(String).join('.')}: ` : ''}${i.messages?.[lang] ?? i.message}`).join('\n');
}

function fenText(fen: number, lang: Locale): string {
  return formatCny(fen as never, lang);
}

/** A change of an amount: signed. */
function deltaText(fen: number, lang: Locale): string {
  return `${fen < 0 ? '−' : '+'}${formatCny(Math.abs(fen) as never, lang)}`;
}

/** An evaluation, for people. */
export function formatEvaluation(e: Evaluation, lang: Locale): string {
  const out: string[] = [];
  const at = e.acceptedTime ? `${e.acceptedOn} ${e.acceptedTime}` : e.acceptedOn;
  out.push(`${t('status', lang)}: ${t(e.status, lang)}`);
  out.push(`${t('acceptedOn', lang)}: ${at}    ${t('office', lang)}: ${place(e.office, lang)}`);
  out.push(`${t('applicant', lang)}: ${t('born', lang)} ${e.applicant.birthDate}, ${t(e.applicant.sex, lang)}, ${e.applicant.age} ${t('age', lang)}`);
  e.services.forEach((s, i) => {
    out.push('');
    out.push(`${i + 1}. ${s.label[lang]}: ${t(s.eligible ? 'eligible' : 'ineligible', lang)}`);
    for (const r of s.reasons) out.push(`   - ${r.message[lang]}`);
    if (s.chosen) out.push(`   ${t('chosen', lang)}: ${s.chosen.id}, ${t('valid', lang)} ${s.chosen.validFrom} – ${s.chosen.validUntil}`);
    if (s.processing?.kind === 'due') out.push(`   ${t('due', lang)}: ${s.processing.due}`);
  });
  out.push('');
  if (e.materials) {
    const missing = e.materials.missing;
    out.push(missing.length === 0 ? t('materialsComplete', lang) : `${t('missing', lang)}: ${missing.map((m) => m.label[lang]).join(lang === 'zh-CN' ? '、' : ', ')}`);
  }
  if (e.fees) out.push(formatQuote(e.fees, lang));
  for (const r of e.reasons) out.push(`${t('notes', lang)}: ${r.message[lang]}`);
  if (e.nextSteps[lang].length > 0) {
    out.push(`${t('nextSteps', lang)}:`);
    for (const step of e.nextSteps[lang]) out.push(`  ${step}`);
  }
  return out.join('\n');
}

/** A fee quote, for people: one line per item, then the total. */
export function formatQuote(q: FeeQuote, lang: Locale): string {
  const out = [`${t('fees', lang)} (${q.acceptedOn}, ${place(q.division, lang)}):`];
  for (const l of q.lines) {
    const line = l as { label: { 'zh-CN': string; en: string }; quantity?: number; amountFen?: number; priced?: boolean };
    const amount = typeof line.amountFen === 'number' ? fenText(line.amountFen, lang) : t('unpriced', lang);
    out.push(`  ${line.label[lang]}${line.quantity && line.quantity > 1 ? ` ×${line.quantity}` : ''}  ${amount}`);
  }
  out.push(`  ${t('total', lang)}: ${fenText(q.totalFen, lang)}${q.complete === false ? ` (${t('unpriced', lang)}: ${q.unpriced.length})` : ''}`);
  return out.join('\n');
}

/** A deadline, for people. */
export function formatDeadline(d: Deadline, lang: Locale): string {
  const explanation = (d as { explanation?: { 'zh-CN': string; en: string } }).explanation;
  return [`${t('due', lang)}: ${d.due}`, ...(explanation ? [explanation[lang]] : [])].join('\n');
}

function top(record: Readonly<Record<string, number | undefined>>, k: number, label: (key: string) => string, lang: Locale): string[] {
  return Object.entries(record)
    .filter((e): e is [string, number] => e[1] !== undefined)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([key, v]) => `    ${label(key)}  ${n(v, lang)}`);
}

function show(v: unknown): string {
  if (v === undefined) return '∅';
  if (typeof v === 'object' && v !== null && typeof (v as { title?: unknown }).title === 'string') {
    const c = v as { title: string; number?: string };
    return `“${c.title}”${c.number ? ` ${c.number}` : ''}`;
  }
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** An outcome diff, for people: the summary, then a few changed applications. */
export function formatDiff(d: OutcomeDiff, violations: readonly OutcomeViolation[], lang: Locale, examples = 5): string {
  const s = d.summary;
  const pct = s.applications === 0 ? '0' : ((100 * s.changed) / s.applications).toFixed(1);
  const out = [
    `${t('compared', lang)}: ${n(s.applications, lang)} ${t('applications', lang)}`,
    `  ${t('evaluated', lang)}: ${n(s.evaluated, lang)}`,
    `  ${t('unaffected', lang)}: ${n(s.unaffected, lang)}`,
    `  ${t('invalid', lang)}: ${n(s.invalid, lang)}`,
    `${t('changed', lang)}: ${n(s.changed, lang)} (${pct}%)`,
  ];
  const section = (title: Word, lines: string[]) => {
    if (lines.length > 0) out.push(`  ${t(title, lang)}:`, ...lines);
  };
  section('byKind', top(s.byKind, 20, (k) => k, lang));
  section('transitions', top(s.statusTransitions, 10, (k) => k, lang));
  section('reasonsAdded', top(s.reasonsAdded, 10, (k) => k, lang));
  section('reasonsRemoved', top(s.reasonsRemoved, 10, (k) => k, lang));
  if (s.fees.increased + s.fees.decreased > 0) {
    out.push(`  ${t('feeChange', lang)}: ${t('lower', lang)} ${n(s.fees.decreased, lang)}, ${t('higher', lang)} ${n(s.fees.increased, lang)}, ${t('total', lang)} ${deltaText(s.fees.deltaFen, lang)}`);
  }
  section('offices', top(s.byOffice, 10, (k) => place(k, lang), lang));
  const dates = Object.keys(s.byDate);
  if (dates.length > 0) out.push(`  ${t('dates', lang)}: ${dates[0]} … ${dates[dates.length - 1]} (${n(dates.length, lang)} ${t('days', lang)})`);
  if (d.changes.length > 0) {
    out.push(`${t('examples', lang)}:`);
    for (const c of d.changes.slice(0, examples)) {
      out.push(`  #${c.index} ${place(c.office, lang)} ${c.acceptedOn} [${c.kinds.join(', ')}]`);
      for (const v of c.changes.slice(0, 6)) out.push(`     ${v.path}: ${show(v.before)} → ${show(v.after)}`);
      for (const r of c.reasons.slice(0, 4)) out.push(`     ${r.path} ${r.change === 'added' ? '+' : '-'} ${r.code}`);
    }
  }
  if (violations.length > 0) {
    out.push(`${t('expectations', lang)}: ${t('failed', lang)}`);
    for (const v of violations) out.push(`  ✗ ${v.expectation}: ${v.message[lang]}`);
  }
  return out.join('\n');
}

/** Scenario runs of several files, for people. */
export function formatScenarioRuns(runs: readonly { readonly file: string; readonly run: ScenarioRun }[], lang: Locale): string {
  const out: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const { file, run } of runs) {
    passed += run.passed;
    failed += run.failed;
    out.push(`${file}: ${n(run.passed, lang)} ${t('passed', lang)}, ${n(run.failed, lang)} ${t('failed', lang)}`);
    for (const r of run.results) {
      if (r.ok) continue;
      out.push(`  ✗ ${r.name}`);
      for (const f of r.failures) out.push(`      ${f.path || '(result)'} ${f.check}: ${t('expected', lang)} ${show(f.expected)}, ${t('actual', lang)} ${show(f.actual)}`);
    }
  }
  out.push(`${n(passed, lang)} ${t('passed', lang)}, ${n(failed, lang)} ${t('failed', lang)}`);
  return out.join('\n');
}
