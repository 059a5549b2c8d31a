/**
 * Properties of the GB 11643-1999 citizen identity number:
 * - a body made of a real province's address code, a birth date (1900–2025) and any sequence,
 *   completed with the computed check character, is valid, and parses back to its parts;
 * - ISO 7064 MOD 11-2 detects every single-character error: changing any one character of a
 *   valid number makes it invalid, and a changed digit of the body is caught by the check
 *   character itself (11 is prime and no weight is 0 mod 11); it also detects every transposition
 *   of two adjacent distinct body digits (adjacent weights differ mod 11);
 * - the check character agrees with a literal reading of the formula (a naive reference);
 * - nothing but the typed error escapes, whatever the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidResidentIdError, computeResidentIdCheckCharacter, inspectResidentId, isValidResidentId, parseResidentId } from '../../src/eligibility/resident-id.js';
import { daysFromCivil, formatCivilDate } from '../../src/rules/civil-date.js';
import { listDivisions } from '../../src/rules/divisions.js';

const PROVINCES = listDivisions('province').map((d) => d.code.slice(0, 2));
const FIRST = daysFromCivil(1900, 1, 1);
const LAST = daysFromCivil(2025, 12, 31);

/** The formula read literally: S = Σ a_i × (2^(17−i) mod 11), Y = S mod 11, C = "10X98765432"[Y]. */
function naiveCheck(body: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * (2 ** (17 - i) % 11);
  return '10X98765432'.charAt(s % 11);
}

const bodyArb = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    county: fc.integer({ min: 0, max: 9999 }),
    day: fc.integer({ min: FIRST, max: LAST }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, county, day, sequence }) => ({
    body: `${province}${String(county).padStart(4, '0')}${formatCivilDate(day).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`,
    birthDate: formatCivilDate(day),
    sequence,
  }));

const validIdArb = bodyArb.map((b) => ({ ...b, id: b.body + computeResidentIdCheckCharacter(b.body) }));
const ALPHABET = '0123456789X';

describe('resident identity number properties', () => {
  it('a real body completed with its computed check character is valid', () => {
    fc.assert(
      fc.property(validIdArb, ({ id, birthDate, sequence }) => {
        const r = parseResidentId(id);
        expect(r.birthDate).toBe(birthDate);
        expect(r.sex).toBe(sequence % 2 === 1 ? 'male' : 'female');
        expect(r.id).toBe(id);
        expect(isValidResidentId(id)).toBe(true);
      }),
    );
  });

  it('the check character matches the literal formula', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{17}$/), (body) => computeResidentIdCheckCharacter(body) === naiveCheck(body)));
  });

  it('changing any single character makes a valid number invalid (single-error detection)', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...ALPHABET), ({ id }, position, replacement) => {
        fc.pre(id.charAt(position) !== replacement);
        const changed = id.slice(0, position) + replacement + id.slice(position + 1);
        expect(isValidResidentId(changed)).toBe(false);
        // A digit changed into another digit is caught by the check character itself.
        if (replacement !== 'X' && /\d/.test(id.charAt(position))) {
          expect(inspectResidentId(changed).issues.map((i) => i.code)).toContain('check-character-mismatch');
        }
      }),
    );
  });

  it('swapping two adjacent distinct digits of the body is caught by the check character', () => {
    fc.assert(
      fc.property(validIdArb, fc.integer({ min: 0, max: 15 }), ({ id }, i) => {
        fc.pre(id.charAt(i) !== id.charAt(i + 1));
        const swapped = id.slice(0, i) + id.charAt(i + 1) + id.charAt(i) + id.slice(i + 2);
        expect(inspectResidentId(swapped).issues.map((x) => x.code)).toContain('check-character-mismatch');
      }),
    );
  });

  it('throws nothing but InvalidResidentIdError, whatever the input', () => {
    const inputs = fc.oneof(fc.anything(), fc.string({ maxLength: 25 }), fc.stringMatching(/^[0-9Xx]{0,20}$/), validIdArb.map((v) => v.id));
    fc.assert(
      fc.property(inputs, fc.option(fc.anything(), { nil: undefined }), (value, statedBirthDate) => {
        try {
          const r = parseResidentId(value, statedBirthDate === undefined ? {} : { statedBirthDate });
          expect(r.id).toHaveLength(18);
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidResidentIdError);
          expect((e as InvalidResidentIdError).issues.length).toBeGreaterThan(0);
        }
        expect(typeof isValidResidentId(value)).toBe('boolean');
      }),
    );
  });
});
