#!/usr/bin/env node
// Generates src/rules/divisions-data.ts, the embedded catalogue of mainland China's
// administrative divisions (GB/T 2260 codes) at province and prefecture level.
//
// Inputs:
//   - a province+prefecture JSON in the shape of modood/Administrative-divisions-of-China's
//     dist/pc-code.json (array of { code: '44', name, children: [{ code: '4401', name }] }),
//     either untrimmed or wrapped as { source, provinces } like the default
//     scripts/division-sources/modood-pc-code-2023.json (the copy this module was built from);
//   - scripts/division-sources/english-names.json: English name of every six-digit code.
//
// Rules:
//   - a province code 'PP' becomes 'PP0000', a prefecture 'PPCC' becomes 'PPCC00';
//   - pc-code.json lists the municipalities' districts and counties, and the county-level
//     units that a province administers directly (济源, 仙桃 ..., 石河子 ...), as six-digit
//     children of the province. They are not prefectures: they are collapsed into the
//     four-digit group row that the data set's cities.json uses (1101 市辖区, 5002 县,
//     4190 省直辖县级行政区划 ...) and the generated module keeps only the groups:
//       * a municipality's 市辖区 row (PP01) becomes its city-level code PP0100, named after
//         the municipality (北京市 110100);
//       * another group of a municipality (重庆 5002 县) is an alias: its county codes belong
//         to the municipality's city-level code (500229 → 500100);
//       * a province's 直辖县级行政区划 group (PP90) has no prefecture: its county codes
//         belong to the province directly (419001 → 410000, no prefecture);
//   - Taiwan (71), Hong Kong (81) and Macao (82) are left out if present.
//
// Usage: node scripts/generate-divisions.mjs [input.json] [--trim-to FILE]
//   --trim-to FILE also writes the collapsed province+prefecture form of the input to FILE
//   (how scripts/division-sources/modood-pc-code-2023.json was made from pc-code.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const trimAt = args.indexOf('--trim-to');
const trimTo = trimAt >= 0 ? args.splice(trimAt, 2)[1] : undefined;
const inputPath = args[0] ?? join(root, 'scripts/division-sources/modood-pc-code-2023.json');
const namesPath = join(root, 'scripts/division-sources/english-names.json');
const outPath = join(root, 'src/rules/divisions-data.ts');

/** Provenance of the default input; an untrimmed pc-code.json must be described by hand. */
const DEFAULT_SOURCE = {
  repo: 'modood/Administrative-divisions-of-China',
  path: 'dist/pc-code.json',
  commit: 'dc3a1d7acd85ca1b0979543e9259604142c52e8e',
  edition: '国家统计局 2023年统计用区划代码和城乡划分代码（截止时间：2023-06-30，发布时间：2023-09-11）',
  asOf: '2023-06-30',
};
const EXCLUDED = new Set(['71', '81', '82']);

function fail(message) {
  console.error(`generate-divisions: ${message}`);
  process.exit(1);
}

/** Collapse six-digit children into their group rows; keep four-digit children as they are. */
function trim(provinces) {
  return provinces
    .filter((p) => !EXCLUDED.has(p.code))
    .map((p) => {
      if (!/^\d{2}$/.test(p.code)) fail(`province code ${JSON.stringify(p.code)} is not two digits`);
      const municipality = p.name.endsWith('市');
      const children = [];
      const seen = new Set();
      for (const c of p.children ?? []) {
        const group = /^\d{6}$/.test(c.code) ? c.code.slice(0, 4) : c.code;
        if (!/^\d{4}$/.test(group) || !group.startsWith(p.code)) fail(`${p.name}: unexpected child code ${c.code}`);
        if (seen.has(group)) continue;
        seen.add(group);
        if (group === c.code) {
          children.push({ code: c.code, name: c.name });
          continue;
        }
        const suffix = group.slice(2);
        let name;
        if (municipality && suffix === '01') name = '市辖区';
        else if (municipality && suffix === '02') name = '县';
        else if (!municipality && suffix === '90') name = p.name.endsWith('自治区') ? '自治区直辖县级行政区划' : '省直辖县级行政区划';
        else fail(`${p.name}: six-digit child ${c.code} (${c.name}) is in no known group`);
        children.push({ code: group, name });
      }
      return { code: p.code, name: p.name, children };
    });
}

const raw = JSON.parse(readFileSync(inputPath, 'utf8'));
const wrapped = !Array.isArray(raw);
const source = wrapped ? raw.source : DEFAULT_SOURCE;
const provinces = trim(wrapped ? raw.provinces : raw);
if (trimTo) {
  const lines = provinces.map((p) => '    ' + JSON.stringify(p));
  const head = JSON.stringify({ source }, null, 2).slice(0, -2);
  writeFileSync(trimTo, `${head},\n  "provinces": [\n${lines.join(',\n')}\n  ]\n}\n`);
}
const { names } = JSON.parse(readFileSync(namesPath, 'utf8'));

// ---- build the rows and check them ----
const rows = [];
const groups = { provinceAdministered: [], aliases: {} };
const used = new Set();
let prefectures = 0;
let municipalities = 0;
const en = (code) => {
  const n = names[code];
  if (typeof n !== 'string' || !/^[A-Z][A-Za-zü' ]*[a-z]$/.test(n)) fail(`no usable English name for ${code}: ${JSON.stringify(n)}`);
  if (/[|;]/.test(n)) fail(`English name of ${code} contains a separator`);
  used.add(code);
  return n;
};
const zh = (name, code) => {
  if (!/^\p{Script=Han}+$/u.test(name)) fail(`Chinese name of ${code} is not all Han characters: ${JSON.stringify(name)}`);
  return name;
};
for (const p of provinces) {
  const municipality = p.name.endsWith('市');
  const parts = [`${p.code}|${zh(p.name, p.code)}|${en(`${p.code}0000`)}`];
  let cityLevel;
  for (const c of p.children) {
    const code = `${c.code}00`;
    const suffix = c.code.slice(2);
    if (c.name === '市辖区') {
      if (!municipality) fail(`${code} 市辖区 outside a municipality`);
      cityLevel = c.code;
      municipalities++;
      parts.push(`${suffix}|${p.name}|${en(code)}`);
    } else if (c.name === '县' || c.name.endsWith('直辖县级行政区划')) {
      if (c.name === '县') {
        if (!municipality) fail(`${code} 县 group outside a municipality`);
        groups.aliases[c.code] = undefined; // resolved below, once 市辖区 is known
      } else groups.provinceAdministered.push(c.code);
    } else {
      parts.push(`${suffix}|${zh(c.name, code)}|${en(code)}`);
    }
    if (c.name !== '县' && !c.name.endsWith('直辖县级行政区划')) prefectures++;
  }
  for (const [group, target] of Object.entries(groups.aliases)) {
    if (target === undefined && group.startsWith(p.code)) {
      if (!cityLevel) fail(`${group} 县 has no 市辖区 beside it`);
      groups.aliases[group] = cityLevel;
    }
  }
  rows.push(parts.join(';'));
}

const allCodes = [];
for (const row of rows) {
  const [head, ...rest] = row.split(';');
  const pp = head.slice(0, 2);
  allCodes.push(`${pp}0000`, ...rest.map((r) => `${pp}${r.slice(0, 2)}00`));
}
if (new Set(allCodes).size !== allCodes.length) fail('duplicate codes');
if (provinces.length !== 31) fail(`expected 31 provincial-level divisions, found ${provinces.length}`);
const unused = Object.keys(names).filter((c) => !used.has(c));
if (unused.length > 0) fail(`English names for codes not in the data: ${unused.join(', ')}`);

// ---- write the module ----
const q = (s) => (s.includes("'") && !s.includes('"') ? JSON.stringify(s) : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
const inputRel = relative(root, inputPath);
const out = `// GENERATED by scripts/generate-divisions.mjs from ${inputRel}
// and scripts/division-sources/english-names.json. Do not edit: change the inputs and run
//   node scripts/generate-divisions.mjs
//
// Codes are those of GB/T 2260 (中华人民共和国行政区划代码), the national standard whose code
// table the Ministry of Civil Affairs keeps current. They were read from the data set
// ${source.repo} ${source.path} at commit ${source.commit}:
// ${source.edition}. That table's first six digits are the GB/T 2260 codes; it reflects
// the divisions as of ${source.asOf}.
// ${provinces.length} provincial-level divisions and ${prefectures} prefecture-level entries: ${prefectures - municipalities} prefecture-level divisions
// and the city-level 市辖区 code of each of the ${municipalities} municipalities (110100 北京市 ...); no counties.
/**
 * Embedded data of the administrative-division catalogue (GB/T 2260, province and prefecture
 * level). Read it through \`./divisions.js\`.
 *
 * @module
 */
import type { Citation } from './citation.js';

/**
 * Date the catalogue reflects (the data set's cut-off).
 *
 * @example
 * \`\`\`ts
 * DIVISIONS_AS_OF; // '${source.asOf}'
 * \`\`\`
 */
export const DIVISIONS_AS_OF = ${q(source.asOf)};

/**
 * Where the codes come from: the GB/T 2260 standard, and the data set they were read from.
 *
 * @example
 * \`\`\`ts
 * DIVISIONS_SOURCE.number; // 'GB/T 2260-2007'
 * \`\`\`
 */
export const DIVISIONS_SOURCE: Citation = {
  issuer: '国家质量监督检验检疫总局、国家标准化管理委员会',
  title: '中华人民共和国行政区划代码',
  number: 'GB/T 2260-2007',
  url: 'http://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html',
  note: ${q(`Codes as current on ${source.asOf}, from ${source.edition}, whose first six digits are the GB/T 2260 codes maintained by 民政部; read from GitHub ${source.repo} ${source.path} at commit ${source.commit}. Province and prefecture level only.`)},
};

/**
 * One string per provincial-level division: \`PP|省名|English\`, then \`;CC|市名|English\` for each
 * prefecture-level division \`PPCC00\`.
 *
 * @example
 * \`\`\`ts
 * DIVISION_ROWS.find((r) => r.startsWith('44|'))?.split(';')[1]; // '01|广州市|Guangzhou'
 * \`\`\`
 */
export const DIVISION_ROWS: readonly string[] = [
${rows.map((r) => `  ${q(r)},`).join('\n')}
];

/**
 * Four-digit prefixes of the county-level units administered directly by their province
 * (省直辖县级行政区划, e.g. 济源 419001): they have no prefecture.
 *
 * @example
 * \`\`\`ts
 * PROVINCE_ADMINISTERED_GROUPS.includes('4190'); // true
 * \`\`\`
 */
export const PROVINCE_ADMINISTERED_GROUPS: readonly string[] = [${groups.provinceAdministered.map(q).join(', ')}];

/**
 * Four-digit county groups of a municipality (重庆 5002 县) and the prefix of the city-level
 * code their counties belong to.
 *
 * @example
 * \`\`\`ts
 * COUNTY_GROUP_PARENTS['5002']; // '5001'
 * \`\`\`
 */
export const COUNTY_GROUP_PARENTS: Readonly<Record<string, string>> = { ${Object.entries(groups.aliases).map(([k, v]) => `${q(k)}: ${q(v)}`).join(', ')} };
`;
writeFileSync(outPath, out);
console.log(`wrote ${relative(root, outPath)}: ${provinces.length} provinces, ${prefectures} prefecture-level entries (${municipalities} of them municipalities), groups ${groups.provinceAdministered.join(' ')} and ${Object.entries(groups.aliases).map(([k, v]) => `${k}→${v}`).join(' ')}`);
