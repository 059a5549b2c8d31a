/**
 * The main example: a sample application evaluated with the built-in policy, printed readably.
 * Run with `npm run example` (after `npm ci`).
 */
import { SAMPLE_APPLICATION, evaluate, formatCny } from '../src/index.js';

const e = evaluate(SAMPLE_APPLICATION);
const line = (zh: string, en: string) => console.log(`${zh}\n  ${en}`);

console.log('== Application');
console.log(`accepted ${e.acceptedOn} ${e.acceptedTime ?? ''} at office ${e.office}; applicant born ${e.applicant.birthDate}, aged ${e.applicant.age}`);
console.log(`\n== Decision: ${e.status}${e.unverified ? ' (some rules unverified for this date)' : ''}`);
for (const s of e.services) {
  console.log(`\n-- ${s.label['zh-CN']} / ${s.label.en}: ${s.eligible ? 'eligible' : 'NOT eligible'}`);
  if (s.place?.status === 'allowed') console.log(`   where: ${s.place.route}`);
  for (const r of s.reasons) line(`   · ${r.message['zh-CN']}`, `${r.message.en}${r.cite ? `  [${r.cite.number ?? r.cite.title}${r.cite.article ? ' ' + r.cite.article : ''}]` : ''}`);
  if (s.processing?.kind === 'due') {
    console.log(`   ready by ${s.processing.due} (${s.processing.rule.count} ${s.processing.rule.unit}; ${s.processing.applied.cite?.number ?? s.processing.applied.cite?.title ?? ''})`);
    line(`   ${s.processing.explanation['zh-CN']}`, s.processing.explanation.en);
  }
}
console.log('\n== Materials');
for (const i of e.materials?.items ?? []) console.log(`   [${i.present ? 'x' : ' '}] ${i.label['zh-CN']} / ${i.label.en} (${i.weight})`);
console.log(`\n== Acceptance: ${e.acceptance?.status}`);
console.log('\n== Fees');
for (const l of e.fees?.lines ?? []) console.log(l.priced ? `   ${l.label['zh-CN']} / ${l.label.en}: ${l.quantity} × ${formatCny(l.unitFen, 'zh-CN')} = ${formatCny(l.amountFen, 'zh-CN')}  [${l.cite.number ?? l.cite.title}]` : `   ${l.label['zh-CN']} / ${l.label.en}: ${l.message.en}`);
if (e.fees) console.log(`   total ${formatCny(e.fees.totalFen, 'zh-CN')} (${formatCny(e.fees.totalFen, 'en')})`);
console.log('\n== Next steps');
e.nextSteps['zh-CN'].forEach((zh, i) => line(`   ${zh}`, e.nextSteps.en[i] ?? ''));
