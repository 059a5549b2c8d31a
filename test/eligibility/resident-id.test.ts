/**
 * The citizen identity number. Expectations come from:
 * - GB 11643-1999 公民身份号码 (国家质量技术监督局, in force 1999-07-01), 号码的结构和表示形式:
 *   6-digit address code, 8-digit birth date, 3-digit sequence (odd male, even female), check
 *   character by ISO 7064:1983 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; remainder
 *   0–10 → 1 0 X 9 8 7 6 5 4 3 2); its annex A examples 11010519491231002X (北京市朝阳区) and
 *   440524188001010014 (广东省汕头市);
 * - 国发〔1999〕15号 item 2 and 居民身份证法 art. 3(2): the number is unique and never changes,
 *   so an address code of an abolished county stays valid (崇文区 110103 and 宣武区 110104 were
 *   merged into 东城区/西城区 in 2010);
 * - 主席令第五十一号 (2011-10-29): first-generation cards (15-digit numbers) stopped being
 *   valid on 2013-01-01.
 */
import { describe, expect, it } from 'vitest';
import {
  GB_11643_1999,
  ID_CARD_LAW_AMENDMENT_2011,
  InvalidResidentIdError,
  RESIDENT_ID_REASONS,
  computeResidentIdCheckCharacter,
  inspectResidentId,
  isValidResidentId,
  parseResidentId,
  residentIdSchema,
} from '../../src/eligibility/resident-id.js';
import { ChurujingError, InvalidDateError } from '../../src/rules/errors.js';
import { catalogueProblems, renderReason } from '../../src/rules/reasons.js';
import { issuesOf } from '../../src/rules/zod-issues.js';
import { SAMPLE_APPLICATION, parseApplication } from '../../src/eligibility/application.js';

/** The problems of a value, as `code` list (empty when valid). */
function codes(value: unknown, options?: Parameters<typeof parseResidentId>[1]): string[] {
  try {
    parseResidentId(value, options);
    return [];
  } catch (e) {
    if (!(e instanceof InvalidResidentIdError)) throw e;
    return e.issues.map((i) => i.code);
  }
}

function errorOf(value: unknown, options?: Parameters<typeof parseResidentId>[1]): InvalidResidentIdError {
  try {
    parseResidentId(value, options);
  } catch (e) {
    if (e instanceof InvalidResidentIdError) return e;
    throw e;
  }
  throw new Error(`expected ${String(value)} to be rejected`);
}

const withCheck = (body: string): string => body + computeResidentIdCheckCharacter(body);

describe('GB 11643-1999 structure and check character', () => {
  it('parses the standard’s annex A examples', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({
      id: '11010519491231002X',
      addressCode: '110105',
      provinceCode: '110000',
      birthDate: '1949-12-31',
      sequence: '002',
      sex: 'female',
      checkCharacter: 'X',
    });
    expect(parseResidentId('440524188001010014')).toMatchObject({ provinceCode: '440000', birthDate: '1880-01-01', sequence: '001', sex: 'male', checkCharacter: '4' });
  });

  it('computes the check character with weights 2^(17−i) mod 11 and the 1 0 X 9 … 2 mapping', () => {
    expect(computeResidentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(computeResidentIdCheckCharacter('44052418800101001')).toBe('4');
    // A body whose weighted sum is 0 mod 11 has check 1; all zeros.
    expect(computeResidentIdCheckCharacter('00000000000000000')).toBe('1');
    // One 1 in the last body position (weight 2): remainder 2 → X.
    expect(computeResidentIdCheckCharacter('00000000000000001')).toBe('X');
    expect(() => computeResidentIdCheckCharacter('1234')).toThrow(InvalidResidentIdError);
  });

  it('derives sex from the parity of the sequence code', () => {
    expect(parseResidentId(withCheck('51010419900315123')).sex).toBe('male');
    expect(parseResidentId(withCheck('51010419900315124')).sex).toBe('female');
    expect(parseResidentId(withCheck('51010419900315000')).sex).toBe('female');
  });

  it('accepts a lower-case x and normalises it to X (the standard writes a capital X)', () => {
    expect(parseResidentId('11010519491231002x').id).toBe('11010519491231002X');
    expect(isValidResidentId('11010519491231002x')).toBe(true);
    expect(residentIdSchema.parse('11010519491231002x')).toBe('11010519491231002X');
  });

  it('keeps address codes of abolished counties valid (the number never changes)', () => {
    // 北京市崇文区 (110103) and 宣武区 (110104): merged in 2010, the numbers stay.
    expect(parseResidentId(withCheck('11010319800101001')).addressCode).toBe('110103');
    expect(parseResidentId(withCheck('11010419800101002')).provinceCode).toBe('110000');
    // A six-digit code that was never a county is not looked up either: only the province is.
    expect(isValidResidentId(withCheck('51999919900101001'))).toBe(true);
  });
});

describe('every problem, at once', () => {
  it('says which check character was expected', () => {
    const e = errorOf('110105194912310021');
    expect(e.issues).toEqual([
      {
        path: [],
        code: 'check-character-mismatch',
        message: 'The check character (18th) should be X, not 1 (ISO 7064 MOD 11-2)',
        messages: { 'zh-CN': '校验码（第18位）应为X，而不是1（ISO 7064 MOD 11-2）', en: 'The check character (18th) should be X, not 1 (ISO 7064 MOD 11-2)' },
      },
    ]);
    expect(e.reasons[0]).toMatchObject({ code: 'resident-id.check-character-mismatch', params: { actual: '1', expected: 'X' }, cite: GB_11643_1999 });
    expect(e.code).toBe('invalid-resident-id');
    expect(e).toBeInstanceOf(ChurujingError);
  });

  it('rejects a 15-digit first-generation number with its own code and the 2011 amendment', () => {
    const e = errorOf('110105491231002');
    expect(e.issues.map((i) => i.code)).toEqual(['first-generation-id']);
    expect(e.issues[0]?.message).toMatch(/2013-01-01/);
    expect(e.reasons[0]?.cite).toBe(ID_CARD_LAW_AMENDMENT_2011);
    expect(renderReason(e.reasons[0]!, 'zh-CN', RESIDENT_ID_REASONS)).toMatch(/第一代居民身份证自2013年1月1日起停止使用/);
  });

  it('reports province, birth date and characters together', () => {
    // 99: no province; 1949-02-30: no such day; 'A' is no check character.
    expect(codes('99010519490230002A')).toEqual(['invalid-character', 'unknown-province', 'impossible-birth-date']);
    // Both a wrong length and a bad character.
    expect(codes('1101051949123100')).toEqual(['wrong-length']);
    expect(codes('11010519491231002X1')).toEqual(['wrong-length']);
    expect(codes('1101051949A231002X')).toEqual(['invalid-character']);
    expect(codes('11010519491231002 ')).toEqual(['invalid-character']);
    expect(codes('')).toEqual(['wrong-length']);
  });

  it('reports each bad character by its position', () => {
    const e = errorOf('1101O519491231OO2X'); // letter O for zero, three times
    expect(e.issues.map((i) => i.code)).toEqual(['invalid-character', 'invalid-character', 'invalid-character']);
    expect(e.reasons.map((r) => r.params['position'])).toEqual([5, 15, 16]);
  });

  it('rejects full-width digits (no silent normalisation other than x → X)', () => {
    expect(codes('１１０１０５19491231002X')).toContain('invalid-character');
  });

  it('rejects numbers of HK, Macau and Taiwan residence permits (81/82/83): not mainland provinces', () => {
    expect(codes(withCheck('81000019900101001'))).toEqual(['unknown-province']);
    expect(codes(withCheck('83000019900101002'))).toEqual(['unknown-province']);
  });

  it('rejects impossible dates, including years before 1800', () => {
    expect(codes(withCheck('11010519900229001'))).toEqual(['impossible-birth-date']); // 1990 is not a leap year
    expect(codes(withCheck('11010520000229001'))).toEqual([]); // 2000 is
    expect(codes(withCheck('11010517991231001'))).toEqual(['impossible-birth-date']);
    expect(codes(withCheck('11010519901301001'))).toEqual(['impossible-birth-date']);
  });

  it('checks the birth date against asOf, never the clock', () => {
    const id = withCheck('11010520250124001');
    expect(codes(id)).toEqual([]);
    expect(codes(id, { asOf: '2025-01-24' })).toEqual([]);
    expect(codes(id, { asOf: '2025-01-23' })).toEqual(['birth-date-in-future']);
    expect(() => parseResidentId(id, { asOf: '2025-1-23' })).toThrow(InvalidDateError);
  });

  it('compares a stated birth date with the derived one', () => {
    expect(codes('11010519491231002X', { statedBirthDate: '1949-12-31' })).toEqual([]);
    const e = errorOf('11010519491231002X', { statedBirthDate: '1949-12-30', path: ['residentId'], statedBirthDatePath: ['statedBirthDate'] });
    expect(e.issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual([{ path: ['statedBirthDate'], code: 'birth-date-mismatch', message: 'The stated birth date 1949-12-30 differs from the one in the identity number, 1949-12-31' }]);
    expect(e.issues[0]?.messages?.['zh-CN']).toBe('填写的出生日期1949-12-30与公民身份号码中的出生日期1949-12-31不一致');
    expect(codes('11010519491231002X', { statedBirthDate: '1949-12-32' })).toEqual(['invalid-stated-birth-date']);
    // A wrong check character and a wrong stated date: both.
    expect(codes('110105194912310021', { statedBirthDate: '1950-01-01' })).toEqual(['check-character-mismatch', 'birth-date-mismatch']);
  });

  it('rejects anything that is not a string with the typed error', () => {
    for (const v of [undefined, null, 11010519491231002, {}, [], Symbol('x'), 1n]) {
      expect(codes(v)).toEqual(['not-a-string']);
      expect(isValidResidentId(v)).toBe(false);
    }
  });

  it('carries the caller’s path on every issue', () => {
    expect(errorOf('99', { path: ['applicant', 'residentId'] }).issues.every((i) => i.path.join('.') === 'applicant.residentId')).toBe(true);
  });
});

describe('residentIdSchema', () => {
  it('gives each problem as a custom issue carrying the same code and parameters', () => {
    const r = residentIdSchema.safeParse('99010519490230002A');
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => (i as { params?: { code?: string } }).params?.code)).toEqual(['invalid-character', 'unknown-province', 'impossible-birth-date']);
    expect((residentIdSchema.safeParse('110105194912310021').error?.issues[0] as { params?: unknown }).params).toEqual({
      code: 'check-character-mismatch',
      actual: '1',
      expected: 'X',
      'zh-CN': '校验码（第18位）应为X，而不是1（ISO 7064 MOD 11-2）',
    });
  });

  it('carries the zh-CN message of each problem, so that the issues of an application say it in Chinese', () => {
    const bad = '99010519490230002A';
    const direct = inspectResidentId(bad).issues;
    const viaSchema = issuesOf(residentIdSchema.safeParse(bad).error as never, ['applicant', 'residentId'], 'zh-CN');
    expect(viaSchema.map((i) => i.code)).toEqual(direct.map((i) => i.code));
    viaSchema.forEach((issue, k) => {
      expect(issue.messages).toEqual(direct[k]?.messages);
      expect(issue.message).toBe(direct[k]?.messages?.['zh-CN']);
      expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    });
    let err: unknown;
    try {
      parseApplication({ ...SAMPLE_APPLICATION, applicant: { ...SAMPLE_APPLICATION.applicant, residentId: '110105194912310021' } }, { locale: 'zh-CN' });
    } catch (e) {
      err = e;
    }
    const issue = (err as ChurujingError).issues.find((i) => i.code === 'check-character-mismatch');
    expect(issue?.messages).toEqual({
      'zh-CN': renderReason({ code: 'resident-id.check-character-mismatch', params: { actual: '1', expected: 'X' } }, 'zh-CN', RESIDENT_ID_REASONS),
      en: renderReason({ code: 'resident-id.check-character-mismatch', params: { actual: '1', expected: 'X' } }, 'en', RESIDENT_ID_REASONS),
    });
    expect(issue?.message).toBe('校验码（第18位）应为X，而不是1（ISO 7064 MOD 11-2）');
  });

  it('is a string with a pattern in JSON Schema', async () => {
    const { z } = await import('zod');
    expect(z.toJSONSchema(residentIdSchema)).toMatchObject({ type: 'string', pattern: '^[0-9]{17}[0-9Xx]$' });
  });
});

describe('messages', () => {
  it('has zh-CN and en for every code, every parameter used', () => {
    expect(catalogueProblems(RESIDENT_ID_REASONS)).toEqual([]);
  });

  it('renders in both locales', () => {
    const reason = { code: 'resident-id.check-character-mismatch', params: { actual: '1', expected: 'X' } };
    expect(renderReason(reason, 'zh-CN', RESIDENT_ID_REASONS)).toBe('校验码（第18位）应为X，而不是1（ISO 7064 MOD 11-2）');
    expect(renderReason(reason, 'en', RESIDENT_ID_REASONS)).toBe('The check character (18th) should be X, not 1 (ISO 7064 MOD 11-2)');
  });
});

describe('an identity number never appears whole in what the library writes (issue 10 §5)', () => {
  // numbers of every length around 18, with a wrong check character, a letter, or a 15-digit first-generation one
  const body = '51010419900315123';
  const cases = [`${body}0`, `${body}7`.slice(0, 17), `${body}7`.slice(0, 16), `${body}70`, '510104900315123', `${body.slice(0, 10)}O${body.slice(11)}7`, `${body}x1`];
  it.each(cases)('%s: message (both locales), issues, reasons and value are masked', (id) => {
    let err: InvalidResidentIdError | undefined;
    try {
      parseResidentId(id);
    } catch (e) {
      err = e as InvalidResidentIdError;
    }
    expect(err).toBeInstanceOf(InvalidResidentIdError);
    const written = JSON.stringify([err?.message, err?.messageIn('zh-CN'), err?.messageIn('en'), err?.issues, err?.value, err?.reasons.map((r) => r.params)]);
    expect(written.includes(id)).toBe(false);
    expect(written).toContain(id.slice(0, 6)); // the address code stays: it says nothing of the person
  });

  it('computeResidentIdCheckCharacter: a bad body is masked too', () => {
    for (const b of ['5101041990031512', '510104199003151234', '5101041990O315123']) {
      try {
        computeResidentIdCheckCharacter(b);
        expect.unreachable();
      } catch (e) {
        expect(JSON.stringify([(e as InvalidResidentIdError).message, (e as InvalidResidentIdError).issues]).includes(b)).toBe(false);
      }
    }
  });
});
