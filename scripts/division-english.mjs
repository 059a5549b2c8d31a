// English names of divisions for scripts/generate-divisions.mjs (and its tests): the name's pinyin
// without tones, with the kind of division in English ("Shuangliu District"). pinyin-pro reads each
// name as a whole (polyphonic characters in context); the embedded data stores a one-reading-per-
// character table instead and keeps a name only where reading character by character gives another
// spelling (src/rules/division-english.ts derives the rest the same way as deriveEnglish below).
import { pinyin } from 'pinyin-pro';

/** Kind suffixes, longest first, and their English. Keep in step with src/rules/division-english.ts. */
export const KINDS = [
  ['特别行政区', 'Special Administrative Region'], ['自治区', 'Autonomous Region'], ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['行政区', 'Administrative Region'], ['工农区', 'Worker-Peasant District'],
  ['工矿区', 'Industrial and Mining District'], ['矿区', 'Mining District'], ['林区', 'Forestry District'], ['特区', 'Special District'],
  ['新区', 'New Area'], ['群岛', 'Islands'], ['地区', 'Prefecture'], ['省', 'Province'], ['盟', 'League'], ['区', 'District'],
  ['县', 'County'], ['市', 'City'], ['旗', 'Banner'], ['镇', 'Town'],
];

/** Names spelled as a whole. Keep in step with src/rules/division-english.ts. */
export const WHOLE = { '西沙、南沙、中沙群岛': 'Xisha, Nansha and Zhongsha Islands', '中沙群岛的岛礁及其海域': 'Zhongsha Islands and their waters' };

function join(syllables) {
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function withKind(name, spell) {
  if (Object.hasOwn(WHOLE, name)) return WHOLE[name];
  for (const [suffix, kind] of KINDS) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      const base = spell(name.slice(0, -suffix.length));
      return base === undefined ? undefined : `${base} ${kind}`;
    }
  }
  return spell(name);
}

/** The English name, reading the name as a whole. */
export function englishName(name) {
  return withKind(name, (han) => join(pinyin(han, { toneType: 'none', type: 'array' })));
}

/** One reading per character (pinyin-pro's reading of the character alone), for every character of `names`. */
export function syllableTable(names) {
  const table = new Map();
  for (const name of names) for (const c of name) if (/\p{Script=Han}/u.test(c) && !table.has(c)) table.set(c, pinyin(c, { toneType: 'none' }));
  return table;
}

/** The English name read character by character from `table` (`undefined` if a character is missing). */
export function deriveEnglish(name, table) {
  return withKind(name, (han) => {
    const syllables = [...han].map((c) => table.get(c));
    return syllables.every((s) => s !== undefined) ? join(syllables) : undefined;
  });
}
