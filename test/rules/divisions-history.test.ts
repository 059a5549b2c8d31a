import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationSchema } from '../../src/rules/citation.js';
import {
  HISTORY_FIRST_EDITION,
  HISTORY_LAST_EDITION,
  HISTORY_SOURCE,
  divisionHistory,
  divisionOn,
  isDivisionCodeOn,
  listDivisions,
} from '../../src/rules/division-history.js';
import { allCodes } from '../../src/rules/division-history.js';
import { MAX_SUGGESTIONS, suggestDivisions } from '../../src/rules/division-suggest.js';
// @ts-expect-error: a plain JavaScript module of the generator, without types
import { englishName } from '../../scripts/division-english.mjs';
import { listDivisions as listCurrent } from '../../src/rules/divisions.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';

/**
 * Changes at county level and above, each with the instrument that made it (read independently of
 * the data set the catalogue is built from). `retired` were in force the year before `year` and are
 * not after it; `created` are in force after it and were not before (codes that did not exist, or
 * existed for another place, are listed as such). The catalogue knows years only: the checks are
 * on 31 December of the year before and of the year of the change.
 */
const CHANGES: readonly {
  readonly what: string;
  readonly year: number;
  readonly retired: readonly string[];
  readonly created: readonly string[];
  readonly successorOf?: readonly (readonly [string, string])[];
  readonly source: string;
}[] = [
  {
    what: '双流县 becomes 成都市双流区',
    year: 2015,
    retired: ['510122'],
    created: ['510116'],
    successorOf: [['510122', '510116']],
    source: '国务院关于同意四川省调整成都市部分行政区划的批复, 国函〔2015〕207号, 2015-12-03 (zh.wikisource.org)',
  },
  {
    what: '简阳市 moves from 资阳 (512081) to 成都 (510185)',
    year: 2016,
    retired: ['512081'],
    created: ['510185'],
    successorOf: [['512081', '510185']],
    source: '四川省人民政府关于同意变更县级简阳市代管关系的批复, 川府函〔2016〕90号, published 2016-05-16 (华西都市报)',
  },
  {
    what: '北京 崇文区 merges into 东城区, 宣武区 into 西城区',
    year: 2010,
    retired: ['110103', '110104'],
    created: [],
    successorOf: [['110103', '110101'], ['110104', '110102']],
    source: '国务院关于同意北京市调整部分行政区划的批复, 国函〔2010〕55号, 2010-06-28',
  },
  {
    what: '天津 塘沽区, 汉沽区, 大港区 become 滨海新区',
    year: 2009,
    retired: ['120107', '120108', '120109'],
    created: ['120116'],
    successorOf: [['120107', '120116'], ['120108', '120116'], ['120109', '120116']],
    source: '国务院关于同意天津市调整部分行政区划的批复, 国函〔2009〕125号, 2009-10-21',
  },
  {
    what: 'prefecture-level 巢湖市 abolished: 居巢区 becomes county-level 巢湖市, 庐江 to 合肥, 无为 to 芜湖, 含山 and 和县 to 马鞍山',
    year: 2011,
    retired: ['341400', '341402', '341421', '341422', '341423', '341424'],
    created: ['340181', '340124', '340225', '340522', '340523'],
    successorOf: [['341402', '340181'], ['341421', '340124'], ['341422', '340225'], ['341423', '340522'], ['341424', '340523']],
    source: '国务院关于同意安徽省撤销地级巢湖市及部分行政区划调整的批复, 国函〔2011〕84号',
  },
  {
    what: '重庆 becomes a municipality; the prefecture-level 重庆市 of 四川 ends',
    year: 1997,
    retired: ['510200', '510221'],
    created: ['500000', '500221'],
    successorOf: [['510221', '500221']],
    source: '第八届全国人民代表大会第五次会议关于批准设立重庆直辖市的决定, 1997-03-14',
  },
  {
    what: '海南省 set up; 海南行政区 of 广东 ends',
    year: 1988,
    retired: ['442100'],
    created: ['460000'],
    source: '第七届全国人民代表大会第一次会议关于设立海南省的决定, 1988-04-13',
  },
];

/** Independent snapshot: 国家统计局 2023年统计用区划代码 (as of 2023-06-30), prefectures, via the modood data set. */
const modood = JSON.parse(readFileSync(fileURLToPath(new URL('../../scripts/division-sources/modood-pc-code-2023.json', import.meta.url)), 'utf8')) as {
  provinces: { code: string; name: string; children: { code: string; name: string }[] }[];
};

/** The conventional English names of the current provinces and prefectures (the generator's input). */
const englishNames = JSON.parse(readFileSync(fileURLToPath(new URL('../../scripts/division-sources/english-names.json', import.meta.url)), 'utf8')) as { names: Record<string, string> };

describe('dated divisions: changes from the instruments that made them', () => {
  for (const c of CHANGES) {
    it(`${c.year}: ${c.what} (${c.source})`, () => {
      const before = `${c.year - 1}-12-31`;
      const after = `${c.year}-12-31`;
      for (const code of c.retired) {
        expect(isDivisionCodeOn(code, before), `${code} before`).toBe(true);
        expect(isDivisionCodeOn(code, after), `${code} after`).toBe(false);
        const h = divisionHistory(code);
        expect(h?.periods.some((d) => d.lastEdition === c.year - 1), code).toBe(true);
        const mid = divisionOn(code, `${c.year}-07-01`);
        expect(mid.status === 'uncertain' && mid.reason === 'retired', code).toBe(true);
      }
      for (const code of c.created) {
        expect(isDivisionCodeOn(code, before), `${code} before`).toBe(false);
        expect(isDivisionCodeOn(code, after), `${code} after`).toBe(true);
        expect(divisionOn(code, `${c.year}-07-01`).status, code).toBe('uncertain');
      }
      for (const [from, to] of c.successorOf ?? []) {
        const r = divisionOn(from, after);
        expect(r.status).toBe('not-in-force');
        if (r.status === 'not-in-force') expect(r.successors.map((s) => s.code), from).toContain(to);
        expect(divisionHistory(to)?.predecessors, to).toContain(from);
      }
    });
  }

  it('1985 to today: a hukou code of a 1985 identity number is recognised, and leads to what replaced it', () => {
    // 简阳县 (511027, 内江) in 1985 → 简阳市 1994 → 资阳地区 1998 → 资阳市 2000 → 成都 2016
    expect(isDivisionCodeOn('511027', '1985-12-31')).toBe(true);
    expect(divisionHistory('511027')?.periods[0]?.['zh-CN']).toBe('简阳县');
    const s = suggestDivisions('511027', '2020-01-01');
    expect(s[0]).toMatchObject({ code: '510185', reason: 'successor', division: { 'zh-CN': '简阳市', prefecture: '510100' } });
  });

  it('the province and prefecture catalogue of the 2023 edition matches 国家统计局 2023-06-30 (an independent source)', () => {
    const theirs = new Map<string, string>();
    for (const p of modood.provinces) {
      theirs.set(`${p.code}0000`, p.name);
      for (const c of p.children) if (!/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) theirs.set(`${c.code}00`, c.name);
    }
    const municipalCityLevel = (code: string) => ['110100', '120100', '310100', '500100'].includes(code);
    const mine = new Map<string, string>(
      listDivisions({ on: '2023-06-30' })
        .filter((d) => d.level !== 'county' && !municipalCityLevel(d.code))
        .map((d) => [d.code, d['zh-CN']]),
    );
    expect(mine.size).toBe(31 + 333);
    expect([...mine.entries()].sort()).toEqual([...theirs.entries()].sort());
  });
});

describe('dated divisions: how years become dates', () => {
  it('an edition date decides alone; between editions a code listed in only one is uncertain', () => {
    expect(divisionOn('510116', '2015-12-31')).toMatchObject({ status: 'in-force', provisional: false });
    expect(divisionOn('510116', '2014-12-31')).toMatchObject({ status: 'not-in-force', reason: 'not-yet' });
    expect(divisionOn('510116', '2015-01-01')).toMatchObject({ status: 'uncertain', reason: 'created', between: { from: '2014-12-31', to: '2015-12-31' } });
    expect(divisionOn('510122', '2015-01-01')).toMatchObject({ status: 'uncertain', reason: 'retired', codeInForce: undefined });
    expect(divisionOn('510122', '2014-12-31')).toMatchObject({ status: 'in-force', division: { 'zh-CN': '双流县', listedFrom: '1981-12-31', listedUntil: '2014-12-31' } });
  });

  it('a code renamed in a year is in force through it, with both records as candidates', () => {
    // 天津 120110 东郊区 → 东丽区 in 1992
    const r = divisionOn('120110', '1992-05-01');
    expect(r).toMatchObject({ status: 'uncertain', reason: 'renamed', codeInForce: true });
    if (r.status === 'uncertain') expect(r.candidates.map((d) => d['zh-CN'])).toEqual(['东郊区', '东丽区']);
    expect(isDivisionCodeOn('120110', '1992-05-01')).toBe(true);
    expect(listDivisions({ on: '1992-05-01', parent: '120000' }).find((d) => d.code === '120110')?.['zh-CN']).toBe('东丽区');
  });

  it(`before the first edition (${HISTORY_FIRST_EDITION}-12-31) everything is uncertain; after the latest (${HISTORY_LAST_EDITION}-12-31) the latest is extended, provisionally`, () => {
    expect(HISTORY_FIRST_EDITION).toBe(1981);
    expect(HISTORY_LAST_EDITION).toBe(2025);
    expect(divisionOn('110101', '1981-06-01')).toMatchObject({ status: 'uncertain', reason: 'before-first-edition', between: { to: '1981-12-31' } });
    expect(divisionOn('110101', '1981-12-31')).toMatchObject({ status: 'in-force' });
    expect(divisionOn('110101', '2025-12-31')).toMatchObject({ status: 'in-force', provisional: false });
    expect(divisionOn('110101', '2031-03-01')).toMatchObject({ status: 'in-force', provisional: true });
    expect(divisionOn('110103', '2031-03-01')).toMatchObject({ status: 'not-in-force', reason: 'retired', provisional: true });
    expect(isDivisionCodeOn('110101', '2031-03-01')).toBe(true);
  });

  it('codes that were never listed, and codes listed later', () => {
    expect(divisionOn('510199', '2020-01-01')).toMatchObject({ status: 'not-in-force', reason: 'never-listed', previous: undefined, next: undefined });
    expect(divisionHistory('510199')).toBeUndefined();
    expect(divisionOn('500157', '2020-01-01')).toMatchObject({ status: 'not-in-force', reason: 'not-yet', next: { 'zh-CN': '两江新区' } });
  });

  it('levels and parents: counties name their prefecture as of their record, municipalities their city-level code', () => {
    expect(divisionHistory('512081')?.periods[0]).toMatchObject({ level: 'county', province: '510000', prefecture: '512000' });
    expect(divisionHistory('510185')?.periods[0]).toMatchObject({ level: 'county', province: '510000', prefecture: '510100' });
    expect(divisionHistory('110105')?.periods[0]).toMatchObject({ prefecture: '110100' });
    expect(divisionHistory('110100')?.periods[0]).toMatchObject({ level: 'prefecture', 'zh-CN': '北京市', prefecture: '110100' });
    expect(divisionHistory('419001')?.periods.at(-1)).toMatchObject({ 'zh-CN': '济源市', prefecture: undefined });
    expect(divisionHistory('510000')?.periods[0]).toMatchObject({ level: 'province', prefecture: undefined, province: '510000' });
  });

  it('English names: every record has the generator\'s name (pinyin-pro reading the whole name), though most are derived at run time', () => {
    const wrong: string[] = [];
    for (const code of allCodes()) {
      for (const d of divisionHistory(code)?.periods ?? []) {
        const curated = d.lastEdition === undefined && d.level !== 'county' && Object.hasOwn(englishNames.names, d.code);
        const expected = curated ? englishNames.names[d.code] : englishName(d['zh-CN']);
        if (d.en !== expected) wrong.push(`${d.code} ${d['zh-CN']} ${d.en} ≠ ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('English names: conventional for current provinces and prefectures, pinyin without tones for the rest', () => {
    expect(divisionHistory('510100')?.periods[0]?.en).toBe('Chengdu');
    expect(divisionHistory('510116')?.periods[0]?.en).toBe('Shuangliu District');
    expect(divisionHistory('510122')?.periods[0]?.en).toBe('Shuangliu County');
    expect(divisionHistory('420102')?.periods[0]?.en).toBe("Jiang'an District");
    for (const d of listDivisions({ level: 'county' })) {
      expect(d.en, d.code).toMatch(/^[A-Z][A-Za-zü' ,-]*[a-z]$/);
      expect(d.en.normalize('NFD'), d.code).not.toMatch(/[\u0300-\u0307\u0309-\u036f]/);
    }
  });
});

describe('dated divisions: listing', () => {
  it('the current counties, prefectures and provinces', () => {
    const counties = listDivisions({ level: 'county' });
    expect(counties.length).toBeGreaterThan(2800);
    expect(counties.every((d) => d.lastEdition === undefined)).toBe(true);
    expect(listDivisions({ level: 'prefecture' }).map((d) => d.code)).toEqual(listCurrent('prefecture').map((d) => d.code));
    expect(listDivisions({ level: 'province' }).map((d) => d.code)).toEqual(listCurrent('province').map((d) => d.code));
  });

  it('by parent: a province lists its prefectures and counties, a prefecture its counties', () => {
    const chengdu2015 = listDivisions({ level: 'county', on: '2015-12-31', parent: '510100' }).map((d) => d['zh-CN']);
    expect(chengdu2015).toContain('双流区');
    expect(chengdu2015).not.toContain('简阳市');
    const beijing2009 = listDivisions({ on: '2009-12-31', parent: '110000' });
    expect(beijing2009.map((d) => d.code)).toContain('110103');
    expect(beijing2009.map((d) => d.code)).toContain('110100');
    expect(listDivisions({ level: 'county', on: '2009-12-31', parent: '110100' })).toHaveLength(beijing2009.length - 1);
    expect(listDivisions({ level: 'county', parent: '510116' })).toEqual([]);
  });

  it('results are frozen and the string forms keep the province/prefecture lists', () => {
    const list = listDivisions({ level: 'county', on: '2000-01-01' });
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(Object.isFrozen(list[0]?.successors)).toBe(true);
    expect(listDivisions('province')).toBe(listCurrent('province'));
    const h = divisionHistory('110101');
    expect(Object.isFrozen(h) && Object.isFrozen(h?.periods) && Object.isFrozen(h?.predecessors)).toBe(true);
    const r = divisionOn('510122', '2020-01-01');
    expect(Object.isFrozen(r)).toBe(true);
    if (r.status === 'not-in-force') expect(Object.isFrozen(r.previous) && Object.isFrozen(r.successors)).toBe(true);
  });
});

describe('dated divisions: suggestions', () => {
  it('a retired code leads to its successors in force, through later changes', () => {
    expect(suggestDivisions('510122', '2020-01-01')[0]).toMatchObject({ code: '510116', reason: 'successor' });
    // 巢湖地区 居巢… 342601 巢湖市 (county-level, 1982-1998) → 341402 居巢区 (1999-2010) → 340181 巢湖市 (2011-)
    expect(suggestDivisions('342601', '2020-01-01')[0]).toMatchObject({ code: '340181', reason: 'successor' });
    expect(suggestDivisions('342601', '2005-01-01')[0]).toMatchObject({ code: '341402', reason: 'successor' });
  });

  it('near misses of a code that never existed: one digit off, swapped digits, the prefecture\'s counties', () => {
    const s = suggestDivisions('510199', '2020-01-01', { limit: 20 });
    expect(s.length).toBeGreaterThan(10);
    expect(s.length).toBeLessThanOrEqual(20);
    expect(new Set(s.map((x) => x.code)).size).toBe(s.length);
    expect(s.every((x) => isDivisionCodeOn(x.code, '2020-01-01'))).toBe(true);
    expect(s.every((x) => x.division.level === 'county')).toBe(true);
    expect(s.map((x) => x.reason)).toContain('one-digit-off');
    expect(s.map((x) => x.reason)).toContain('county-of-prefecture');
    expect(suggestDivisions('501116', '2020-01-01')).toContainEqual(expect.objectContaining({ code: '510116', reason: 'digits-swapped' }));
  });

  it('nothing to suggest for a code in force; the limit holds', () => {
    expect(suggestDivisions('510116', '2020-01-01')).toEqual([]);
    expect(suggestDivisions('510199', '2020-01-01', { limit: 1 })).toHaveLength(1);
    expect(suggestDivisions('510199', '2020-01-01', { limit: MAX_SUGGESTIONS }).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });
});

describe('dated divisions: errors', () => {
  const thrown = (f: () => unknown): ValidationError => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect(e).toBeInstanceOf(ChurujingError);
      return e as ValidationError;
    }
    throw new Error('no error');
  };

  it('every problem at once, with paths and both locales', () => {
    const e = thrown(() => divisionOn('51012', '2020-02-30' as string));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [['code'], 'invalid-division-code'],
      [['date'], 'invalid-date'],
    ]);
    expect(e.issues[0]?.messages?.['zh-CN']).toContain('行政区划代码');
    const zh = thrown(() => divisionOn('x', '2020-01-01', { locale: 'zh-CN' }));
    expect(zh.locale).toBe('zh-CN');
    expect(zh.message).toContain('应为6位GB/T 2260行政区划代码');
    const bad = thrown(() => divisionOn('510116', '2020-01-01', { locale: 'fr' as 'en' }));
    expect(bad.issues[0]).toMatchObject({ path: ['options', 'locale'], code: 'unknown-locale' });
  });

  it('wrong types are errors, never TypeErrors; __proto__ and friends are data', () => {
    for (const v of [null, undefined, 510116, {}, [], '__proto__', 'constructor', '5101160', '５１０１１６']) {
      thrown(() => divisionOn(v as string, '2020-01-01'));
      thrown(() => divisionHistory(v as string));
      thrown(() => suggestDivisions(v as string, '2020-01-01'));
      expect(isDivisionCodeOn(v, '2020-01-01')).toBe(false);
    }
    thrown(() => isDivisionCodeOn('510116', 'today'));
    thrown(() => listDivisions({ level: 'district' as 'county' }));
    thrown(() => listDivisions({ on: '2020-13-01' }));
    thrown(() => listDivisions({ parent: '5101' }));
    thrown(() => listDivisions({ __proto__: { level: 'county' }, onn: '2020-01-01' } as never));
    thrown(() => listDivisions('county' as 'province'));
    thrown(() => suggestDivisions('510199', '2020-01-01', { limit: 0 }));
    thrown(() => suggestDivisions('510199', '2020-01-01', { limit: 51 }));
    thrown(() => suggestDivisions('510199', '2020-01-01', { limit: 2.5 }));
    const e = thrown(() => divisionOn('510116', '2020-01-01', JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}')));
    expect(e.issues.map((i) => i.path)).toEqual([['options', '__proto__'], ['options', 'constructor']]);
  });
});

describe('dated divisions: citation', () => {
  it('cites the Ministry of Civil Affairs and the data set with its commit', () => {
    expect(citationSchema.parse(HISTORY_SOURCE)).toEqual(HISTORY_SOURCE);
    expect(HISTORY_SOURCE.note).toContain('yescallop/areacodes result.csv at commit 2da87e7648f0da7e10dea39e8a613107ed3fe273');
    expect(HISTORY_SOURCE.note).toContain('31 December');
  });
});
