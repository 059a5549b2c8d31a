import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationSchema } from '../../src/rules/citation.js';
import { DIVISION_CODES, DIVISION_NAMES, DIVISIONS_AS_OF, DIVISIONS_SOURCE, PROVINCE_ADMINISTERED_GROUPS } from '../../src/rules/divisions-data.js';
import {
  divisionLevel,
  divisionOf,
  isDivisionCode,
  listDivisions,
  prefectureCodeOf,
  provinceCodeOf,
  UnknownDivisionError,
} from '../../src/rules/divisions.js';
import { divisionHistory } from '../../src/rules/division-history.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';

// Counts: 国家统计局 2023年统计用区划代码 (as of 2023-06-30) has 333 prefecture-level divisions
// (293 地级市, 7 地区, 30 自治州, 3 盟), and no prefecture-level change happened since up to the
// 2025 edition of the code table the catalogue reflects; the catalogue adds the city-level code of
// each of the four municipalities.
const PROVINCES = 31;
const PREFECTURE_LEVEL = 333;
const MUNICIPALITIES = ['110000', '120000', '310000', '500000'];

/** Expected codes and names, from memory of the GB/T 2260 table, not from the data. */
const KNOWN: readonly (readonly [string, string, string])[] = [
  ['440100', '广州市', 'Guangzhou'],
  ['440300', '深圳市', 'Shenzhen'],
  ['440400', '珠海市', 'Zhuhai'],
  ['510100', '成都市', 'Chengdu'],
  ['230100', '哈尔滨市', 'Harbin'],
  ['220000', '吉林省', 'Jilin'],
  ['441900', '东莞市', 'Dongguan'],
  ['442000', '中山市', 'Zhongshan'],
  ['610100', '西安市', "Xi'an"],
  ['370200', '青岛市', 'Qingdao'],
  ['540100', '拉萨市', 'Lhasa'],
  ['650100', '乌鲁木齐市', 'Urumqi'],
  ['150100', '呼和浩特市', 'Hohhot'],
  ['150000', '内蒙古自治区', 'Inner Mongolia'],
  ['540000', '西藏自治区', 'Tibet'],
  ['450000', '广西壮族自治区', 'Guangxi'],
  ['640000', '宁夏回族自治区', 'Ningxia'],
  ['650000', '新疆维吾尔自治区', 'Xinjiang'],
  ['610000', '陕西省', 'Shaanxi'],
  ['140000', '山西省', 'Shanxi'],
];

describe('division catalogue: contents', () => {
  it(`has ${PROVINCES} provincial-level divisions and ${PREFECTURE_LEVEL} prefecture-level ones plus the 4 municipalities' city-level codes`, () => {
    expect(listDivisions('province')).toHaveLength(PROVINCES);
    expect(listDivisions('prefecture')).toHaveLength(PREFECTURE_LEVEL + MUNICIPALITIES.length);
    expect(listDivisions()).toHaveLength(PROVINCES + PREFECTURE_LEVEL + MUNICIPALITIES.length);
    expect(DIVISION_CODES).toHaveLength(PROVINCES);
    expect(DIVISION_NAMES).toHaveLength(PROVINCES);
  });

  it('cross-checks codes and names', () => {
    for (const [code, zh, en] of KNOWN) {
      expect(divisionOf(code), code).toMatchObject({ code, 'zh-CN': zh, en });
      expect(isDivisionCode(code), code).toBe(true);
    }
    expect(divisionOf('220000')?.level).toBe('province');
    expect(divisionOf('220200')).toMatchObject({ 'zh-CN': '吉林市', en: 'Jilin', level: 'prefecture', province: '220000' });
  });

  it('lists each municipality and its city-level code under the municipality\'s name', () => {
    for (const m of MUNICIPALITIES) {
      const province = divisionOf(m);
      const city = divisionOf(`${m.slice(0, 2)}0100`);
      expect(province?.level).toBe('province');
      expect(city).toEqual({ code: `${m.slice(0, 2)}0100`, 'zh-CN': province?.['zh-CN'], en: province?.en, level: 'prefecture', province: m });
      // no other prefecture-level code under a municipality
      expect(listDivisions('prefecture').filter((d) => d.province === m)).toHaveLength(1);
    }
    expect(divisionOf('110100')?.['zh-CN']).toBe('北京市');
    expect(divisionOf('500100')?.en).toBe('Chongqing');
  });

  it('leaves out Taiwan, Hong Kong and Macao, counties and the county groups', () => {
    for (const code of ['710000', '810000', '820000', '440304', '110105', '500200', '419000', '429000', '469000', '659000', '419001']) {
      expect(divisionOf(code), code).toBeUndefined();
      expect(isDivisionCode(code), code).toBe(false);
    }
  });

  it('reflects the latest edition (2025-12-31): 莱芜 (371200) merged into 济南 (国函〔2018〕150号), 巢湖 (341400) abolished (国函〔2011〕84号)', () => {
    expect(DIVISIONS_AS_OF).toBe('2025-12-31');
    expect(divisionOf('371200')).toBeUndefined();
    expect(divisionOf('341400')).toBeUndefined();
    expect(divisionOf('540600')).toMatchObject({ 'zh-CN': '那曲市', en: 'Nagqu' }); // 那曲地区 became a city (approved 2017)
  });

  it('every prefecture\'s province exists and shares its first two digits', () => {
    for (const d of listDivisions('prefecture')) {
      const province = divisionOf(d.province);
      expect(province?.level, d.code).toBe('province');
      expect(d.code.slice(0, 2), d.code).toBe(d.province.slice(0, 2));
      expect(d.code, d.code).toMatch(/^\d{4}00$/);
      expect(d.code.slice(2, 4), d.code).not.toBe('00');
    }
    for (const p of listDivisions('province')) {
      expect(p.code).toMatch(/^\d{2}0000$/);
      expect(p.province).toBe(p.code);
      expect(listDivisions('prefecture').some((d) => d.province === p.code), p.code).toBe(true);
    }
  });

  it('has unique codes, in ascending order', () => {
    const codes = listDivisions().map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it('names are non-empty in both languages: Han characters, and Latin letters without tone marks', () => {
    for (const d of listDivisions()) {
      expect(d['zh-CN'], d.code).toMatch(/^\p{Script=Han}+$/u);
      expect(d.en, d.code).toMatch(/^[A-Z][A-Za-zü' ]*[a-z]$/);
      expect(d.en.normalize('NFD'), d.code).not.toMatch(/[\u0300-\u0307\u0309-\u036f]/); // no tone marks (U+0308 is ü's diaeresis)
    }
  });

  it('divisions and lists are frozen', () => {
    const d = divisionOf('440300');
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(listDivisions())).toBe(true);
    expect(Object.isFrozen(listDivisions('prefecture'))).toBe(true);
    expect(listDivisions('province')).toBe(listDivisions('province'));
  });

  it('cites GB/T 2260 and the data set', () => {
    expect(citationSchema.parse(DIVISIONS_SOURCE)).toEqual(DIVISIONS_SOURCE);
    expect(DIVISIONS_SOURCE.number).toBe('GB/T 2260');
    expect(DIVISIONS_SOURCE.issuer).toBe('民政部');
    expect(DIVISIONS_SOURCE.note).toContain('yescallop/areacodes');
    expect(DIVISIONS_SOURCE.note).toContain('2da87e7648f0da7e10dea39e8a613107ed3fe273');
  });
});

describe('division catalogue: lookups', () => {
  it('provinceCodeOf', () => {
    expect(provinceCodeOf('440300')).toBe('440000');
    expect(provinceCodeOf('440000')).toBe('440000');
    expect(provinceCodeOf('110100')).toBe('110000');
    expect(provinceCodeOf('652800')).toBe('650000');
  });

  it('prefectureCodeOf', () => {
    expect(prefectureCodeOf('440304')).toBe('440300');
    expect(prefectureCodeOf('440300')).toBe('440300');
    expect(prefectureCodeOf('440000')).toBeUndefined();
    expect(prefectureCodeOf('110105')).toBe('110100');
    expect(prefectureCodeOf('441900')).toBe('441900');
    // 重庆's counties (5002 县) belong to the municipality's city-level code
    expect(prefectureCodeOf('500229')).toBe('500100');
    expect(prefectureCodeOf('500101')).toBe('500100');
    // county-level units administered by the province directly have no prefecture
    for (const code of ['419001', '429004', '429021', '469001', '469030', '659001', '659012']) expect(prefectureCodeOf(code), code).toBeUndefined();
  });

  it('prefectureCodeOf through history: retired prefectures, groups once province-administered', () => {
    expect(prefectureCodeOf('341421')).toBe('341400'); // 庐江县 under 巢湖市 (1999-2011)
    expect(prefectureCodeOf('341400')).toBe('341400');
    expect(prefectureCodeOf('132101')).toBe('132100'); // 邯郸市 under 邯郸地区 (1981-1982)
    expect(prefectureCodeOf('441000')).toBe('441000'); // 海口市, a prefecture of 广东 in 1987
    expect(prefectureCodeOf('512081')).toBe('512000'); // 简阳市 under 资阳 until 2016
    expect(prefectureCodeOf('510185')).toBe('510100'); // … and under 成都 since
    expect(prefectureCodeOf('439001')).toBeUndefined(); // 醴陵市, administered by 湖南 directly 1986-1989
    expect(prefectureCodeOf('460001')).toBeUndefined(); // 通什市, under 海南省 directly 1988-2000
    expect(prefectureCodeOf('500381')).toBe('500100'); // 江津市, 重庆's 03 group 1997-2005
    expect(prefectureCodeOf('110221')).toBe('110100'); // 昌平县, 北京's 02 group
    // structure only: the county itself is not checked here (see division-history)
    expect(prefectureCodeOf('510199')).toBe('510100');
  });

  it('divisionOf and isDivisionCode reject what is not a catalogued six-digit string', () => {
    for (const v of ['44030', '4403000', ' 440300', '440300 ', '44O300', '', '000000', '999999']) {
      expect(divisionOf(v), v).toBeUndefined();
      expect(isDivisionCode(v), v).toBe(false);
    }
    for (const v of [440300, null, undefined, {}, ['440300'], Object.create(null), 5n]) {
      expect(isDivisionCode(v)).toBe(false);
      expect(() => divisionOf(v as unknown as string)).toThrow(ValidationError);
    }
  });
});

describe('division catalogue: errors', () => {
  it('provinceCodeOf throws UnknownDivisionError with one issue at the given path', () => {
    let caught: unknown;
    try {
      provinceCodeOf('449900', ['local', 2, 'division']);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnknownDivisionError);
    expect(caught).toBeInstanceOf(ChurujingError);
    const err = caught as UnknownDivisionError;
    expect(err.name).toBe('UnknownDivisionError');
    expect(err.code).toBe('unknown-division');
    expect(err.division).toBe('449900');
    expect(err.message).toContain('"449900"');
    expect(err.message).toContain('GB/T 2260');
    expect(err.message).toContain('prefecture-level');
    expect(err.message).toContain(DIVISIONS_AS_OF);
    expect(err.issues).toEqual([{ path: ['local', 2, 'division'], code: 'unknown-division', message: err.message }]);
  });

  it('the path defaults to the bare argument', () => {
    expect(() => provinceCodeOf('371200')).toThrow(UnknownDivisionError);
    try {
      provinceCodeOf('371200');
    } catch (e) {
      expect((e as UnknownDivisionError).issues[0]?.path).toEqual([]);
    }
  });

  it('provinceCodeOf takes catalogued codes only, not county-level ones', () => {
    expect(() => provinceCodeOf('440304')).toThrow(UnknownDivisionError);
    expect(provinceCodeOf(prefectureCodeOf('440304') ?? '')).toBe('440000');
  });

  it('prefectureCodeOf throws for codes under no known prefecture or group, and for non-codes', () => {
    for (const v of ['449901', '500200', '419000', '459001', '710100', '4403', 'abcdef', '']) {
      expect(() => prefectureCodeOf(v), v).toThrow(UnknownDivisionError);
    }
    expect(() => prefectureCodeOf(null as unknown as string)).toThrow(UnknownDivisionError);
    try {
      prefectureCodeOf('449901', ['office']);
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownDivisionError);
      expect((e as UnknownDivisionError).issues).toMatchObject([{ path: ['office'], code: 'unknown-division' }]);
      expect((e as UnknownDivisionError).message).toContain('prefecture-level, municipal or province-administered group');
    }
  });
});

describe('division catalogue: properties', () => {
  const sixDigits = fc.stringMatching(/^\d{6}$/);
  // Bias toward real codes: catalogued ones, and ones near them.
  const nearKnown = fc
    .tuple(fc.constantFrom(...listDivisions().map((d) => d.code)), fc.integer({ min: 0, max: 99 }))
    .map(([code, n]) => code.slice(0, 4) + String(n).padStart(2, '0'));
  const anyCode = fc.oneof(sixDigits, nearKnown, fc.constantFrom(...listDivisions().map((d) => d.code)));

  it('any six-digit string is known, or provinceCodeOf raises UnknownDivisionError (never another exception)', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        let result: string | undefined;
        let error: unknown;
        try {
          result = provinceCodeOf(code);
        } catch (e) {
          error = e;
        }
        if (isDivisionCode(code)) {
          expect(error).toBeUndefined();
          expect(result).toBe(divisionOf(code)?.province);
          expect(result?.slice(0, 2)).toBe(code.slice(0, 2));
          expect(isDivisionCode(result)).toBe(true);
        } else {
          expect(error).toBeInstanceOf(UnknownDivisionError);
          expect((error as UnknownDivisionError).issues).toHaveLength(1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the code checks (codes alone) agree with divisionOf (codes and names): divisionLevel, isDivisionCode', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        const d = divisionOf(code);
        expect(divisionLevel(code)).toBe(d?.level);
        expect(isDivisionCode(code)).toBe(d !== undefined);
      }),
      { numRuns: 2000 },
    );
    expect(() => divisionLevel(440300 as unknown as string)).toThrow(ValidationError);
  });

  it('prefectureCodeOf returns a prefecture of some edition in the same province, undefined, or raises UnknownDivisionError', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        let result: string | undefined;
        try {
          result = prefectureCodeOf(code);
        } catch (e) {
          expect(e).toBeInstanceOf(UnknownDivisionError);
          return;
        }
        if (result === undefined) {
          expect(divisionOf(code)?.level === 'province' || PROVINCE_ADMINISTERED_GROUPS.includes(code.slice(0, 4))).toBe(true);
        } else {
          // a prefecture-level code that some edition lists (the dated catalogue, an independent reading of the data)
          const periods = divisionHistory(result)?.periods ?? [];
          expect(periods.some((d) => d.level === 'prefecture'), result).toBe(true);
          if (!divisionOf(result)) expect(periods.every((d) => d.lastEdition !== undefined), result).toBe(true); // not current: retired
          expect(result.slice(0, 2)).toBe(code.slice(0, 2));
          expect(prefectureCodeOf(result)).toBe(result);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
