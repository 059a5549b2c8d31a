#!/usr/bin/env node
// Generates src/deadlines/calendar-data.ts, the embedded working-day calendar.
//
// Inputs:
//   - the holiday-cn data set (one JSON per notice year, 2007 on): directory given as the
//     first argument, default ../shared/reference/holiday-cn;
//   - scripts/calendar-sources/2004-2006.json: the 2004–2006 notices, transcribed;
//   - scripts/calendar-sources/notices.json: the citation of every notice.
//
// Traps handled (see the holiday-cn README):
//   - a notice can set dates in the previous December (2007-12-29 by the 2008 notice ...):
//     its offset counts back from its holiday's base month in the notice's year (January for
//     New Year's Day) and the date is attributed to the notice that set it;
//   - weekends next to a holiday are not listed; the runtime names them from the adjoining
//     holiday, so the data keeps only what changes a day's status:
//     weekday days off and weekend make-up working days.
//
// Usage: node scripts/generate-calendar.mjs [holiday-cn-dir]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const holidayCnDir = process.argv[2] ?? join(root, '..', 'shared', 'reference', 'holiday-cn');
const FIRST_YEAR = 2004;
const fail = (message) => {
  throw new Error(`generate-calendar: ${message}`);
};

/** holiday-cn names → the codes of src/deadlines/holiday-names.ts */
const CODES = {
  元旦: 'Y',
  春节: 'S',
  清明节: 'Q',
  劳动节: 'L',
  '“五一”': 'L',
  '“五一”国际劳动节': 'L',
  端午节: 'D',
  中秋节: 'M',
  国庆节: 'N',
  '“十一”': 'N',
  '国庆节、中秋节': 'Z',
  '中秋节、国庆节': 'Z',
  抗日战争暨世界反法西斯战争胜利70周年纪念日: 'V',
};

/** Dates set by a supplementary notice rather than the year's main one. */
const SUPPLEMENTS = {
  '2015-anniversary': ['2015-09-03', '2015-09-04', '2015-09-06'],
  '2019-labour-day': ['2019-04-28', '2019-05-02', '2019-05-03', '2019-05-05'],
  '2020-extension': ['2020-01-31'],
};
const supplementOf = new Map(Object.entries(SUPPLEMENTS).flatMap(([id, ds]) => ds.map((d) => [d, id])));

const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
const isWeekend = (iso) => [0, 6].includes(weekday(iso));
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

function loadYears() {
  const years = new Map();
  const early = JSON.parse(readFileSync(join(root, 'scripts/calendar-sources/2004-2006.json'), 'utf8'));
  for (const [y, v] of Object.entries(early.years)) years.set(Number(y), v.days);
  for (const f of readdirSync(holidayCnDir).filter((f) => /^\d{4}\.json$/.test(f)).sort()) {
    const data = JSON.parse(readFileSync(join(holidayCnDir, f), 'utf8'));
    if (data.days.length > 0) years.set(data.year, data.days);
  }
  return years;
}

function loadCitations() {
  const file = join(root, 'scripts/calendar-sources/notices.json');
  if (!existsSync(file)) throw new Error(`missing ${file}`);
  const { notices } = JSON.parse(readFileSync(file, 'utf8'));
  return new Map(notices.map((n) => [n.id, n]));
}

/**
 * The month from whose first day each holiday code's dates are counted (chosen near the
 * holiday, so that every date is one character). Kept in step with `BASE_MONTHS` in
 * src/deadlines/calendar-build.ts.
 */
const BASE_MONTHS = { Y: 1, S: 2, Q: 4, L: 5, D: 6, M: 9, V: 9, N: 10, Z: 10 };
/** The character of a day `n` days after the first of its base month is the one with code `ZERO + n`. */
const ZERO = 50;
/** Characters a date may be written with: `#` (35) to `[` (91), never `"` or `\\`, nor a separator. */
const LOWEST = 35;
const HIGHEST = 91;
/** The longest run one token holds: its last day at most this many days after its first. */
const MAX_SPAN = 9;

const epochDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

/**
 * Tokens: the holiday code, the first day as one character (see ZERO) and, for a run of more
 * than one day, the days from its first day to its last as one digit. Off days join into runs
 * of weekdays (only weekends between); make-up working days join into runs of consecutive days.
 */
function tokens(entries, noticeYear, off) {
  const out = [];
  let run;
  const flush = () => {
    if (!run) return;
    const month = Object.hasOwn(BASE_MONTHS, run.code) ? BASE_MONTHS[run.code] : fail(`no base month for holiday code ${run.code}`);
    const at = ZERO + epochDay(run.from) - epochDay(`${noticeYear}-${String(month).padStart(2, '0')}-01`);
    if (at < LOWEST || at > HIGHEST) fail(`${run.from}: too far from the base month of ${run.code}`);
    const span = epochDay(run.to) - epochDay(run.from);
    out.push(run.code + String.fromCharCode(at) + (span === 0 ? '' : String(span)));
    run = undefined;
  };
  for (const { date, code } of entries) {
    if (run && run.code === code && epochDay(date) - epochDay(run.from) <= MAX_SPAN) {
      let gap = addDays(run.to, 1);
      while (off && gap < date && isWeekend(gap)) gap = addDays(gap, 1);
      if (gap === date) {
        run.to = date;
        continue;
      }
    }
    flush();
    run = { code, from: date, to: date };
  }
  flush();
  return out.join('');
}

function main() {
  const years = loadYears();
  const cites = loadCitations();
  const lastYear = Math.max(...years.keys());
  const byNotice = new Map();
  const bucket = (id, year) => {
    if (!byNotice.has(id)) byNotice.set(id, { id, year, off: [], work: [] });
    return byNotice.get(id);
  };
  const problems = [];
  for (let y = FIRST_YEAR; y <= lastYear; y++) {
    const days = years.get(y);
    if (!days) {
      problems.push(`no data for ${y}`);
      continue;
    }
    for (const { name, date, isOffDay } of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
      const code = CODES[name];
      if (!code) problems.push(`${date}: unknown holiday name ${name}`);
      if (Number(date.slice(0, 4)) < FIRST_YEAR) continue;
      const id = supplementOf.get(date) ?? String(y);
      const weekend = isWeekend(date);
      // Only what changes a day's status is kept; the rest is named at runtime.
      if (isOffDay && !weekend) bucket(id, y).off.push({ date, code });
      else if (!isOffDay && weekend) bucket(id, y).work.push({ date, code });
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));

  const rows = [...byNotice.values()].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  // Citations are written compactly (the calendar ships to browsers) and in a module of their
  // own, so that a bundle using only the arithmetic leaves them out. The runtime rebuilds the
  // usual title, issuer, document number and gov.cn URL from templates (calendar-citations.ts).
  const defaultTitle = (year) => `国务院办公厅关于${year}年部分节假日安排的通知`;
  const lines = [];
  const citeLines = [];
  for (const n of rows) {
    const c = cites.get(n.id);
    if (!c) throw new Error(`no citation for notice ${n.id}`);
    const m = /^国办发明电〔(\d{4})〕(\d+)号$/.exec(c.number ?? '');
    const number = (c.verified ? '' : '?') + (m ? `${m[1]}/${m[2]}` : (c.number ?? ''));
    let url = c.url ?? '';
    const gov = /^(https?):\/\/www\.gov\.cn\/zhengce\/zhengceku\/(.*)\.htm$/.exec(url);
    if (gov) url = (gov[1] === 'https' ? '^' : '~') + gov[2];
    else if (url === `https://zh.wikisource.org/wiki/${c.title}`) url = '@';
    const cite = [number, c.published ?? '', url];
    if (c.title !== defaultTitle(n.year)) cite.push(c.title);
    if (c.issuer !== '国务院办公厅') cite.push(c.issuer);
    const suffix = n.id === String(n.year) ? '' : n.id.startsWith(`${n.year}-`) ? n.id.slice(5) : fail(`notice id ${n.id} does not start with its year`);
    if (suffix === '' ? n.year !== FIRST_YEAR + lines.filter((l) => l.startsWith('|')).length : !/^[a-z-]+$/.test(suffix)) fail(`notice ${n.id} out of order`);
    lines.push(`${suffix}|${tokens(n.off, n.year, true)}|${tokens(n.work, n.year, false)}`);
    citeLines.push(`  ${JSON.stringify(n.id)}: ${JSON.stringify(cite)},`);
  }
  const out = `// Generated by scripts/generate-calendar.mjs from the State Council General Office holiday
// notices (2004–2006 transcribed in scripts/calendar-sources/2004-2006.json; 2007 on from the
// holiday-cn data set). Do not edit by hand: change the sources and run \`npm run gen:calendar\`.
//
// NOTICES holds one row per notice, rows separated by a space: \`suffix|days off|make-up working days\`.
// A row with an empty suffix is the notice for the year after the previous such row's (the first:
// FIRST_YEAR), its id that year; a row with a suffix is a further notice for the same year, its id
// \`YYYY-suffix\`. The notice's citation is in calendar-citations.ts under its id.
// Days off are weekdays only and make-up working days are weekends only: ordinary weekends are
// not listed. A token is a holiday code (see holiday-names.ts), one character for its first day
// and maybe one digit. The character is the day's distance from the first day of the code's base
// month in the notice's year (${Object.entries(BASE_MONTHS).map(([c, m]) => `${c} ${m}`).join(', ')}), plus ${ZERO}, as a character code:
// \`S.\` (46: 4 days before 1 February) is 28 January, \`Y1\` (49) the 31st of the previous December.
// A digit makes the token a run: the days from its first day to its last. A days-off token is
// every weekday of its run, a make-up token every day of it (\`S.6\`, as days off: the weekdays
// from 28 January to 3 February).
/** First year of the embedded calendar. */
export const FIRST_YEAR = ${FIRST_YEAR};
/** Last year of the embedded calendar. */
export const LAST_YEAR = ${lastYear};

/** The notices (format: see above). */
export const NOTICES =
  ${JSON.stringify(lines.join(' '))};
`;
  const citesOut = `// Generated by scripts/generate-calendar.mjs from scripts/calendar-sources/notices.json.
// Do not edit by hand.
//
// Per notice id: [document number, publication date, URL, title?, issuer?]. Number \`2024/12\`
// stands for 国办发明电〔2024〕12号; a leading \`?\` marks a number or date seen only in
// secondary sources. URL \`~path\` / \`^path\` stand for http:// / https://www.gov.cn/zhengce/
// zhengceku/path.htm and \`@\` for the notice's page on zh.wikisource.org. Title and issuer are
// given only when they are not 国务院办公厅关于YYYY年部分节假日安排的通知 by 国务院办公厅.
import type { CompactCitation } from './notice-citation.js';

/** Citation of each built-in notice, by notice id. */
export const CITATIONS: Readonly<Record<string, CompactCitation>> = {
${citeLines.join('\n')}
};
`;
  writeFileSync(join(root, 'src/deadlines/calendar-citations.ts'), citesOut);
  writeFileSync(join(root, 'src/deadlines/calendar-data.ts'), out);
  console.log(`wrote src/deadlines/calendar-data.ts: ${rows.length} notices, ${FIRST_YEAR}–${lastYear}`);
}

main();
