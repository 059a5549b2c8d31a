/**
 * English names of the dated catalogue that are not stored: the name's pinyin without tones, one
 * reading per character from the embedded table, with the kind of division in English
 * ("Shuangliu District"). The generator stores a name wherever this reading differs from pinyin-pro's
 * reading of the whole name (polyphonic characters), so every record's English name is the
 * generator's. Mirrors deriveEnglish of scripts/division-english.mjs.
 *
 * @internal
 * @module
 */

const KINDS: readonly (readonly [string, string])[] = [
  ['特别行政区', 'Special Administrative Region'], ['自治区', 'Autonomous Region'], ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['行政区', 'Administrative Region'], ['工农区', 'Worker-Peasant District'],
  ['工矿区', 'Industrial and Mining District'], ['矿区', 'Mining District'], ['林区', 'Forestry District'], ['特区', 'Special District'],
  ['新区', 'New Area'], ['群岛', 'Islands'], ['地区', 'Prefecture'], ['省', 'Province'], ['盟', 'League'], ['区', 'District'],
  ['县', 'County'], ['市', 'City'], ['旗', 'Banner'], ['镇', 'Town'],
];

const WHOLE: ReadonlyMap<string, string> = new Map([
  ['西沙、南沙、中沙群岛', 'Xisha, Nansha and Zhongsha Islands'],
  ['中沙群岛的岛礁及其海域', 'Zhongsha Islands and their waters'],
]);

/** The syllable table `字syllable字syllable…` as a map. @internal */
export function parseSyllables(packed: string): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const m of packed.matchAll(/(\p{Script=Han})([a-zü]+)/gu)) table.set(m[1] as string, m[2] as string);
  return table;
}

function spell(han: string, table: ReadonlyMap<string, string>): string | undefined {
  let word = '';
  let i = 0;
  for (const c of han) {
    const s = table.get(c);
    if (s === undefined) return undefined;
    word += i > 0 && /^[aoe]/.test(s) ? `'${s}` : s;
    i++;
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The English name of `name` read character by character (`undefined` if a character is not in the table). @internal */
export function deriveEnglish(name: string, table: ReadonlyMap<string, string>): string | undefined {
  const whole = WHOLE.get(name);
  if (whole !== undefined) return whole;
  for (const [suffix, kind] of KINDS) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      const base = spell(name.slice(0, -suffix.length), table);
      return base === undefined ? undefined : `${base} ${kind}`;
    }
  }
  return spell(name, table);
}
