/**
 * Example: when will a passport accepted at a hukou-place hall be ready, and what does the
 * application cost?
 * Run with `npm run example` (after `npm ci`).
 */
import { calendarCoverage, computeDeadline, deadlineStatus, formatCny, quoteFees, reasonMessage, type DeadlineRule } from '../src/index.js';

// National commitment since 2018-09-01: passports, HK/Macau and Taiwan permits applied for at
// the hukou place are issued within 7 working days.
const committed: DeadlineRule = {
  unit: 'working-days',
  count: 7,
  cutoff: '17:00',
  cite: {
    issuer: '国家移民管理局',
    title: '国家移民管理局改进服务管理新举措（22条），其中5项便民利民措施自2018年9月1日起实施',
    effective: '2018-09-01',
    note: 'Announced at the Ministry of Public Security press conference of 2018-08-28.',
  },
};

// The statutory maximum: 15 days (calendar days) from receipt of the materials.
const statutory: DeadlineRule = {
  unit: 'calendar-days',
  count: 15,
  cite: { issuer: '全国人民代表大会常务委员会', title: '中华人民共和国护照法', number: '中华人民共和国主席令第五十号', article: '第六条', effective: '2007-01-01' },
};

const acceptedAt = '2025-01-24T16:45:00+08:00'; // Friday before the 2025 Spring Festival

for (const [label, rule] of [['Committed limit (7 working days)', committed], ['Statutory limit (护照法 art. 6, 15 days)', statutory]] as const) {
  const d = computeDeadline({ start: acceptedAt, rule });
  console.log(`\n== ${label}`);
  console.log(`due:      ${d.due}`);
  console.log(`source:   ${rule.cite?.title}${rule.cite?.article ? ' ' + rule.cite.article : ''}`);
  console.log(`en:       ${d.explanation.en}`);
  console.log(`zh-CN:    ${d.explanation['zh-CN']}`);
}

const due = computeDeadline({ start: acceptedAt, rule: committed }).due;
console.log('\n== Back-office status of that case');
for (const asOf of ['2025-02-05', '2025-02-07T09:00:00+08:00', '2025-02-11']) {
  const s = deadlineStatus(due, asOf, { warnWithinWorkingDays: 2 });
  console.log(`${s.asOf}: ${s.status.padEnd(8)} (${s.workingDaysLeft} working days left)`);
}

// What it costs: a passport and an HK/Macau permit with a 1-year multiple-entry endorsement,
// accepted in Chengdu (510100), posted home; the applicant is 61, so postage is waived there.
const quote = quoteFees({
  items: [{ item: 'passport.issue' }, { item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi' }],
  acceptedOn: acceptedAt,
  division: '510100',
  delivery: 'post',
  applicant: { birthDate: '1963-05-02' },
});
console.log('\n== Fees (Chengdu, accepted 2025-01-24)');
for (const l of quote.lines) {
  if (!l.priced) {
    console.log(`${l.label['zh-CN']} / ${l.label.en}: not priced — ${l.message.en}`);
    continue;
  }
  const why = l.exemption ? ` — ${reasonMessage(l.exemption, 'en')}` : '';
  console.log(`${l.label['zh-CN']} / ${l.label.en}: ${l.quantity} × ${formatCny(l.unitFen, 'zh-CN')} = ${formatCny(l.amountFen, 'zh-CN')}  [${l.cite.number ?? l.cite.title}]${why}`);
}
console.log(`total: ${formatCny(quote.totalFen, 'zh-CN')} (${formatCny(quote.totalFen, 'en')})${quote.complete ? '' : ', not complete'}`);

const cov = calendarCoverage();
console.log(`\nCalendar: ${cov.from} to ${cov.to}, from ${cov.notices.length} State Council notices.`);
