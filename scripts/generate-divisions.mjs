#!/usr/bin/env node
// Generates the embedded catalogue of mainland China's administrative divisions (GB/T 2260 codes):
//   - src/rules/divisions-data.ts: the provinces and prefectures in force in the latest edition of
//     the code table, and the four-digit groups every prefecture-level code ever had (small: the
//     province/prefecture lookups of src/rules/divisions.ts read it);
//   - src/rules/division-codes-data.ts: every code since the first edition, counties included,
//     with the editions that list it and what replaced it, without names (compact: checking that a
//     code is in force on a date, src/rules/division-codes.ts, reads only this);
//   - src/rules/division-history-data.ts: the names of those records, in their order (large: only
//     src/rules/division-history.ts reads it, so bundles that check codes without showing names do
//     not carry it).
//
// Input: scripts/division-sources/areacodes-result.csv, a trimmed copy of result.csv of the data set
// yescallop/areacodes (see the header of that file), and scripts/division-sources/english-names.json
// (the conventional English names of the current provinces and prefectures). Every other English name
// is generated: the name's pinyin without tones (pinyin-pro), with the kind of division in English
// ("Shuangliu District", "Qinglong Manzu Autonomous County"). Readings of polyphonic characters are
// pinyin-pro's and may be wrong for some place names (乐亭 is Laoting, not Leting).
//
// Rules:
//   - the edition of year Y is the code table as of Y-12-31; a row "code,name,S,E" is listed in the
//     editions S .. E-1 (E empty: up to the latest edition);
//   - Taiwan (71), Hong Kong (81) and Macao (82) are left out;
//   - each municipality (北京 11, 天津 12, 上海 31, 重庆 50) gets its city-level code PP0100 as a
//     prefecture-level entry named after the municipality (the code table's 市辖区 row); its districts
//     and counties (groups PP01, PP02, PP03) belong to it.
//
// Checks (the script fails on any): the untrimmed source text rebuilt from the rows has the source's
// length (SOURCE_CHARS); codes are six digits, years within the editions, periods of one code do not
// overlap; names are Han characters; every successor is listed in the edition of the year of the change.
//
// Usage: node scripts/generate-divisions.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveEnglish, englishName, syllableTable } from './division-english.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = join(root, 'scripts/division-sources/areacodes-result.csv');
const namesPath = join(root, 'scripts/division-sources/english-names.json');
const lightPath = join(root, 'src/rules/divisions-data.ts');
const historyPath = join(root, 'src/rules/division-history-data.ts');
const codesPath = join(root, 'src/rules/division-codes-data.ts');

const SOURCE = {
  repo: 'yescallop/areacodes',
  path: 'result.csv',
  commit: '2da87e7648f0da7e10dea39e8a613107ed3fe273',
  license: 'CC0 1.0',
};
/** Characters of the untrimmed result.csv at SOURCE.commit. */
const SOURCE_CHARS = 273313;
const FIRST_EDITION = 1981;
const EXCLUDED = new Set(['71', '81', '82']);
const MUNICIPALITIES = ['11', '12', '31', '50'];

function fail(message) {
  console.error(`generate-divisions: ${message}`);
  process.exit(1);
}

// ---- read the rows ----
const rows = [];
for (const line of readFileSync(sourcePath, 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const [code, name, start, end, succ, extra] = line.split(',');
  if (extra !== undefined || !/^\d{6}$/.test(code ?? '') || !/^\d{4}$/.test(start ?? '') || !/^(\d{4})?$/.test(end ?? '')) fail(`malformed row ${line}`);
  const successors = (succ ?? '') === '' ? [] : succ.split(';').map((s) => {
    const m = /^(\d{6})(?:\[(\d{4})\])?$/.exec(s);
    if (!m) fail(`malformed successor ${s} in ${line}`);
    return m[2] ? { code: m[1], year: Number(m[2]) } : { code: m[1] };
  });
  rows.push({ code, name, start: Number(start), end: end ? Number(end) : undefined, successors });
}
const LAST_EDITION = Math.max(...rows.map((r) => Math.max(r.start, r.end ?? 0, ...r.successors.map((s) => s.year ?? 0))));

// ---- length check against the source: rebuild the dropped columns ----
{
  const byCode = new Map();
  for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  const covering = (code, y) => (byCode.get(code) ?? []).find((r) => r.start <= y && (r.end === undefined || y < r.end));
  let chars = '代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n'.length;
  for (const r of rows) {
    const pp = r.code.slice(0, 2), cc = r.code.slice(2, 4), xx = r.code.slice(4);
    const province = covering(`${pp}0000`, r.start) ?? (byCode.get(`${pp}0000`) ?? []).at(-1);
    let level, second;
    if (cc === '00' && xx === '00') [level, second] = ['省级', ''];
    else if (xx === '00') [level, second] = ['地级', r.name];
    else [level, second] = ['县级', cc === '00' ? '直辖' : (covering(`${pp}${cc}00`, r.start)?.name ?? '直辖')];
    const status = r.end === undefined ? '在用' : byCode.get(r.code).some((o) => o !== r && o.start >= r.end) ? '变更' : '弃用';
    const succ = r.successors.map((s) => (s.year ? `${s.code}[${s.year}]` : s.code)).join(';');
    chars += [r.code, province?.name ?? '', second, r.name, level, status, r.start, r.end ?? '', succ].join(',').length + 1;
  }
  if (chars !== SOURCE_CHARS) fail(`the rows rebuild ${chars} characters of result.csv, the source has ${SOURCE_CHARS}`);
}

// ---- checks ----
const kept = rows.filter((r) => !EXCLUDED.has(r.code.slice(0, 2)));
const periods = new Map();
for (const r of kept) {
  if (!/^[\p{Script=Han}、]+$/u.test(r.name)) fail(`name of ${r.code} is not Han characters: ${r.name}`);
  if (r.start < FIRST_EDITION || r.start > LAST_EDITION || (r.end !== undefined && (r.end <= r.start || r.end > LAST_EDITION))) fail(`years of ${r.code} ${r.name}: ${r.start}-${r.end}`);
  periods.set(r.code, [...(periods.get(r.code) ?? []), r]);
}
for (const [code, list] of periods) {
  list.sort((a, b) => a.start - b.start);
  for (let i = 1; i < list.length; i++) if ((list[i - 1].end ?? Infinity) > list[i].start) fail(`periods of ${code} overlap`);
}
const listedIn = (code, year) => (periods.get(code) ?? []).find((r) => r.start <= year && (r.end === undefined || year < r.end));
for (const r of kept) {
  for (const s of r.successors) {
    const year = s.year ?? r.end ?? LAST_EDITION;
    if (!listedIn(s.code, year)) fail(`successor ${s.code} of ${r.code} ${r.name} is not listed in the ${year} edition`);
  }
}

// ---- English names ----
const { names: curated } = JSON.parse(readFileSync(namesPath, 'utf8'));
const usedCurated = new Set();
function enOf(r, current) {
  if (current && r.code.endsWith('00') && Object.hasOwn(curated, r.code)) {
    usedCurated.add(r.code);
    return curated[r.code];
  }
  const en = englishName(r.name);
  if (!/^[A-Z][A-Za-zü' ,-]*[a-z]$/.test(en) || /[|;]/.test(en)) fail(`unusable English name for ${r.code} ${r.name}: ${en}`);
  return en;
}

// ---- the light module: current provinces and prefectures, prefecture groups through history ----
const currentAt = (code) => listedIn(code, LAST_EDITION);
const provinces = [...periods.keys()].filter((c) => c.endsWith('0000') && currentAt(c)).sort();
if (provinces.length !== 31) fail(`expected 31 provincial-level divisions in the ${LAST_EDITION} edition, found ${provinces.length}`);
// codes and names apart: what checks a code (the kiosk's check) carries no names
/** Sorted two-digit numbers as runs: `01-11` for 01..11 in a row, a number alone when it is not in one. */
const runsOf = (twoDigit) => {
  const out = [];
  for (let i = 0; i < twoDigit.length; ) {
    let j = i;
    while (j + 1 < twoDigit.length && Number(twoDigit[j + 1]) === Number(twoDigit[j]) + 1) j++;
    out.push(i === j ? twoDigit[i] : `${twoDigit[i]}-${twoDigit[j]}`);
    i = j + 1;
  }
  return out;
};
const codeRows = [];
const nameRows = [];
let prefectureCount = 0;
for (const p of provinces) {
  const pp = p.slice(0, 2);
  const pr = currentAt(p);
  const codes = [pp];
  const names = [`${pr.name}|${enOf(pr, true)}`];
  if (MUNICIPALITIES.includes(pp)) codes.push('01'), names.push(`${pr.name}|${curated[`${pp}0100`] ?? enOf(pr, true)}`), usedCurated.add(`${pp}0100`);
  for (const c of [...periods.keys()].filter((c) => c.startsWith(pp) && /^\d{4}00$/.test(c) && !c.endsWith('0000') && currentAt(c)).sort()) {
    const r = currentAt(c);
    codes.push(c.slice(2, 4));
    names.push(`${r.name}|${enOf(r, true)}`);
    prefectureCount++;
  }
  codeRows.push([pp, ...runsOf(codes.slice(1))].join(','));
  nameRows.push(names.join(';'));
}
const unused = Object.keys(curated).filter((c) => !usedCurated.has(c));
if (unused.length > 0) console.warn(`generate-divisions: English names not used (no longer current): ${unused.join(', ')}`);
const prefectureGroups = [...new Set([...periods.keys()].filter((c) => /^\d{4}00$/.test(c) && !c.endsWith('0000')).map((c) => c.slice(0, 4)))].sort();
const prefectureRows = [...new Set(prefectureGroups.map((g) => g.slice(0, 2)))].map((pp) => [pp, ...runsOf(prefectureGroups.filter((g) => g.startsWith(pp)).map((g) => g.slice(2)))].join(','));
const countyGroups = new Set([...periods.keys()].filter((c) => !c.endsWith('00')).map((c) => c.slice(0, 4)));
const municipalGroups = [...countyGroups].filter((g) => MUNICIPALITIES.includes(g.slice(0, 2))).sort();
for (const g of municipalGroups) if (!['01', '02', '03'].includes(g.slice(2))) fail(`municipal county group ${g} is not 01, 02 or 03`);
const provinceAdministered = [...countyGroups].filter((g) => !prefectureGroups.includes(g) && !municipalGroups.includes(g)).sort();

// ---- the history module ----
// English names are stored only where reading character by character (the syllable table) spells
// them otherwise; the runtime derives the rest (src/rules/division-english.ts).
const syllables = syllableTable(kept.map((r) => r.name));
let storedNames = 0;
const storedEn = (r, current) => {
  const en = enOf(r, current);
  if (deriveEnglish(r.name, syllables) === en) return '';
  storedNames++;
  return en;
};
// Records in order: by code, then by first edition; each municipality's city-level code PP0100
// (not in the source) after its PP0000. The code-only module holds their codes, editions and
// successors; the history module their names, one line per record in the same order.
const recordList = [];
for (const code of [...periods.keys()].sort()) {
  for (const r of periods.get(code)) recordList.push({ code, start: r.start, end: r.end, successors: r.successors, name: r.name, en: storedEn(r, r.end === undefined) });
  if (code.endsWith('0000') && MUNICIPALITIES.includes(code.slice(0, 2))) {
    const r = periods.get(code)[0];
    const en = curated[`${code.slice(0, 2)}0100`] ?? enOf(r, true);
    recordList.push({ code: `${code.slice(0, 2)}0100`, start: r.start, end: undefined, successors: [], name: r.name, en: deriveEnglish(r.name, syllables) === en ? '' : en });
  }
}
const recordCodes = [...new Set(recordList.map((r) => r.code))];
const codeIndex = new Map(recordCodes.map((c, i) => [c, i]));
// ---- the code-only records: see the documentation of DIVISION_CODE_RECORDS below ----
const YEAR_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const yearLetter = (y) => {
  const l = YEAR_LETTERS[y - 1981];
  if (y < 1981 || l === undefined) fail(`year ${y} cannot be written as a letter`);
  return l;
};
let previousCode = 0;
const codeRecords = recordList
  .map((r) => {
    const delta = Number(r.code) - previousCode;
    previousCode = Number(r.code);
    const succ = r.successors.map((s) => {
      if (!codeIndex.has(s.code)) fail(`successor ${s.code} of ${r.code} is not a code of the catalogue`);
      return `${s.year ? `@${yearLetter(s.year)}` : ''}${codeIndex.get(s.code) - codeIndex.get(r.code)}`;
    });
    return `${delta === 1 ? '' : delta}${yearLetter(r.start)}${r.end === undefined ? '_' : yearLetter(r.end)}${succ.length > 0 ? `(${succ.join(',')})` : ''}`;
  })
  .join('');
// the encoding read back, as src/rules/division-codes.ts reads it
{
  const re = /(\d*)([A-Za-z])([A-Za-z_])(?:\(([^)]*)\))?/y;
  let code = 0;
  let n = 0;
  const back = [];
  while (re.lastIndex < codeRecords.length) {
    const m = re.exec(codeRecords);
    if (!m) fail(`the code records do not read back at ${re.lastIndex}`);
    code += m[1] === '' ? 1 : Number(m[1]);
    back.push({ code: String(code).padStart(6, '0'), start: 1981 + YEAR_LETTERS.indexOf(m[2]), end: m[3] === '_' ? undefined : 1981 + YEAR_LETTERS.indexOf(m[3]), succ: m[4] });
    n++;
  }
  if (n !== recordList.length) fail(`the code records read back ${n} records, not ${recordList.length}`);
  back.forEach((b, i) => {
    const r = recordList[i];
    const succ = b.succ === undefined ? [] : b.succ.split(',').map((x) => {
      const [, y, d] = /^(?:@([A-Za-z]))?(-?\d+)$/.exec(x) ?? fail(`successor ${x}`);
      return { code: recordCodes[codeIndex.get(b.code) + Number(d)], ...(y ? { year: 1981 + YEAR_LETTERS.indexOf(y) } : {}) };
    });
    if (b.code !== r.code || b.start !== r.start || b.end !== r.end || JSON.stringify(succ) !== JSON.stringify(r.successors)) fail(`record ${i} (${r.code}) does not read back`);
  });
}
const records = recordList.length;

// ---- write ----
const q = (s) => JSON.stringify(s);
const provenance = `${SOURCE.repo} ${SOURCE.path} at commit ${SOURCE.commit} (${SOURCE.license})`;
const citation = (scope) => `/* @__PURE__ */ Object.freeze({
  issuer: '民政部',
  title: '中华人民共和国县以上行政区划代码',
  number: 'GB/T 2260',
  url: 'http://www.mca.gov.cn/article/sj/xzqh/1980/',
  note: ${q(`GB/T 2260 codes as listed in the Ministry of Civil Affairs' yearly code tables (editions ${FIRST_EDITION}-${LAST_EDITION}, each taken as the divisions on 31 December of its year; the tables are compiled at the end of December). ${scope} Read from the data set ${provenance}, compiled from those tables and the Ministry's change notices.`)},
})`;
const header = (what) => `// GENERATED by scripts/generate-divisions.mjs from scripts/division-sources/areacodes-result.csv
// and scripts/division-sources/english-names.json. Do not edit: change the inputs and run
//   node scripts/generate-divisions.mjs
//
// Source: ${provenance}: every GB/T 2260 code at county level and above with the years of the
// Ministry of Civil Affairs' code tables that list it (editions ${FIRST_EDITION}-${LAST_EDITION}) and its successors.
// ${what}`;

const light = `${header(`${provinces.length} provincial-level divisions and ${prefectureCount} prefecture-level divisions in force in the ${LAST_EDITION} edition,
// with the city-level code of each of the ${MUNICIPALITIES.length} municipalities (110100 北京市 ...); counties are in division-history-data.ts.`)}
/**
 * Embedded data of the province and prefecture catalogue (GB/T 2260). Read it through
 * \`./divisions.js\`.
 *
 * @module
 */
import type { Citation } from './citation.js';

/**
 * Date the catalogue reflects: the latest edition of the code table (31 December of its year).
 *
 * @example
 * \`\`\`ts
 * DIVISIONS_AS_OF; // '${LAST_EDITION}-12-31'
 * \`\`\`
 */
export const DIVISIONS_AS_OF = '${LAST_EDITION}-12-31';

/**
 * Where the codes come from: the Ministry of Civil Affairs' GB/T 2260 code tables, and the data set
 * they were read from.
 *
 * @example
 * \`\`\`ts
 * DIVISIONS_SOURCE.number; // 'GB/T 2260'
 * \`\`\`
 */
export const DIVISIONS_SOURCE: Citation = ${citation(`Provinces and prefectures in force in the ${LAST_EDITION} edition.`)};

/**
 * One string per provincial-level division, in code order: \`PP\`, then \`,CC\` for each
 * prefecture-level division \`PPCC00\` in force (a municipality's \`01\` is its city-level code),
 * consecutive ones as a run \`,CC-DD\` (\`01-03\` is 01, 02, 03). Their names are in
 * {@link DIVISION_NAMES}, in the same order, one name per code of the runs.
 *
 * @example
 * \`\`\`ts
 * DIVISION_CODES.find((r) => r.startsWith('44,'))?.split(',')[1]; // '01-09' (440100 广州市 … 440900 茂名市)
 * \`\`\`
 */
export const DIVISION_CODES: readonly string[] = [
${codeRows.map((r) => `  ${q(r)},`).join('\n')}
];

/**
 * The names of {@link DIVISION_CODES}, row for row and code for code: \`省名|English\`, then
 * \`;市名|English\` for each prefecture-level division.
 *
 * @example
 * \`\`\`ts
 * DIVISION_NAMES[DIVISION_CODES.findIndex((r) => r.startsWith('44,'))]?.split(';')[1]; // '广州市|Guangzhou'
 * \`\`\`
 */
export const DIVISION_NAMES: readonly string[] = [
${nameRows.map((r) => `  ${q(r)},`).join('\n')}
];

/**
 * Every four-digit group \`PPCC\` whose code \`PPCC00\` was a prefecture-level division in some edition
 * since ${FIRST_EDITION} (current or retired): one row per province, \`PP,CC,CC-DD…\` (runs as in
 * {@link DIVISION_CODES}), rows separated by \`;\`.
 *
 * @example
 * \`\`\`ts
 * PREFECTURE_GROUPS.split(';').find((r) => r.startsWith('34,')); // '34,01-08,10-18,21-29' (3414 巢湖市, 1999-2011)
 * \`\`\`
 */
export const PREFECTURE_GROUPS = ${q(prefectureRows.join(';'))};

/**
 * Four-digit groups of county-level units administered directly by their province (省直辖县级行政区划,
 * e.g. 济源 419001, and 海南's 4600 group of 1988-2001) in some edition: they have no prefecture.
 *
 * @example
 * \`\`\`ts
 * PROVINCE_ADMINISTERED_GROUPS.includes('4190'); // true
 * \`\`\`
 */
export const PROVINCE_ADMINISTERED_GROUPS: readonly string[] = [${provinceAdministered.map(q).join(', ')}];

/**
 * Four-digit groups of the municipalities' districts, counties and county-level cities (北京 1101
 * 市辖区, 1102 县 …, 重庆 5003 市): their units belong to the municipality's city-level code PP0100.
 *
 * @example
 * \`\`\`ts
 * MUNICIPAL_GROUPS.includes('5002'); // true
 * \`\`\`
 */
export const MUNICIPAL_GROUPS: readonly string[] = [${municipalGroups.map(q).join(', ')}];
`;

const codesSource = `${header(`${records} records of ${recordCodes.length} codes (the municipalities' city-level codes PP0100 added; Taiwan, Hong Kong
// and Macao left out): codes, editions and successors only; the names are in division-history-data.ts.`)}
/**
 * Embedded data of the dated division catalogue without names: which GB/T 2260 codes (counties
 * included) each edition of the code table since ${FIRST_EDITION} lists, and what replaced a retired code —
 * what checking a code on a date needs. Read it through \`./division-codes.js\`.
 *
 * @module
 */
import type { Citation } from './citation.js';

/**
 * Year of the first edition of the code table in the data (the divisions on ${FIRST_EDITION}-12-31).
 *
 * @example
 * \`\`\`ts
 * HISTORY_FIRST_EDITION; // ${FIRST_EDITION}
 * \`\`\`
 */
export const HISTORY_FIRST_EDITION = ${FIRST_EDITION};

/**
 * Year of the latest edition in the data (the divisions on ${LAST_EDITION}-12-31).
 *
 * @example
 * \`\`\`ts
 * HISTORY_LAST_EDITION; // ${LAST_EDITION}
 * \`\`\`
 */
export const HISTORY_LAST_EDITION = ${LAST_EDITION};

/**
 * Where the dated catalogue comes from.
 *
 * @example
 * \`\`\`ts
 * HISTORY_SOURCE.issuer; // '民政部'
 * \`\`\`
 */
export const HISTORY_SOURCE: Citation = ${citation('Every code at county level and above with the editions that list it and what replaced it.')};

/**
 * The records of the catalogue, ordered by code and then by first edition, written one after the
 * other without separators (ASCII only, so that it stays small minified and gzipped). A record is
 * \`[Δ]S E[(successors)]\`:
 * - \`Δ\`: decimal digits, the record's code minus the previous record's code (the first record:
 *   its code); empty when the difference is 1, \`0\` for another record of the same code;
 * - \`S\`: the first edition that lists it, a letter: \`A\` is 1981, \`B\` 1982 … \`Z\` 2006, \`a\` 2007 …;
 * - \`E\`: the first edition that no longer lists it, a letter as \`S\`, or \`_\` while the latest
 *   edition lists it (the record is listed in the editions S .. E-1);
 * - successors: the codes that took over from it, separated by \`,\`, each the difference between its
 *   position and the record's code's position in the ascending list of the catalogue's codes, with
 *   \`@\` and a year letter before it when the change happened in that year while the record stayed
 *   in use.
 *
 * @example
 * \`\`\`ts
 * DIVISION_CODE_RECORDS.startsWith('110000A_'); // true: 北京市, listed since the 1981 edition
 * \`\`\`
 */
export const DIVISION_CODE_RECORDS = ${q(codeRecords)};
`;

const history = `${header(`The names of the ${records} records of division-codes-data.ts, in the same order. English names other than the
// current provinces' and prefectures' are pinyin without tones, generated.`)}
/**
 * Embedded names of the dated division catalogue (GB/T 2260 since ${FIRST_EDITION}, counties included), one
 * line per record of \`./division-codes-data.js\` in its order. Read it through
 * \`./division-history.js\`; only that module imports this one.
 *
 * @module
 */

/**
 * One reading (pinyin without tones) per Han character of the names: \`字syllable字syllable…\`.
 *
 * @example
 * \`\`\`ts
 * HISTORY_SYLLABLES.includes('流liu'); // true
 * \`\`\`
 */
export const HISTORY_SYLLABLES = ${q([...syllables].map(([c, s]) => c + s).join(''))};

/**
 * The names of the records of \`DIVISION_CODE_RECORDS\` (division-codes-data.ts), in its order,
 * separated by \`\\n\`: \`名称\` or \`名称|English\`, the English name given only where reading the
 * name character by character with {@link HISTORY_SYLLABLES} does not spell it.
 *
 * @example
 * \`\`\`ts
 * HISTORY_NAMES.split('\\n')[0]; // '北京市|Beijing'
 * \`\`\`
 */
export const HISTORY_NAMES = ${q(recordList.map((r) => (r.en === '' ? r.name : `${r.name}|${r.en}`)).join('\n'))};
`;
writeFileSync(lightPath, light);
writeFileSync(codesPath, codesSource);
writeFileSync(historyPath, history);
console.log(`wrote ${relative(root, lightPath)} (${provinces.length} provinces, ${prefectureCount} prefectures) ${relative(root, codesPath)} (${records} records, ${codeRecords.length} characters) and ${relative(root, historyPath)} (names of the ${records} records, editions ${FIRST_EDITION}-${LAST_EDITION}, ${syllables.size} syllables, ${storedNames} English names stored)`);
