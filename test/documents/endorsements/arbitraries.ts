/** Generators shared by the endorsement properties: schema-valid applicants, days, divisions. */
import fc from 'fast-check';
import { formatCivilDate, parseCivilDate } from '../../../src/rules/civil-date.js';
import { listDivisions } from '../../../src/rules/divisions.js';
import { DESTINATIONS } from '../../../src/documents/endorsements/catalogue.js';
import { ADMISSION_KINDS, BUSINESS_KINDS, Q_PURPOSES, RELATIONS, TALENT_CATEGORIES } from '../../../src/documents/endorsements/option.js';
import type { Applicant } from '../../../src/documents/endorsements/request.js';

/** A day between two dates, inclusive. */
export const day = (min: string, max: string) => fc.integer({ min: parseCivilDate(min), max: parseCivilDate(max) }).map(formatCivilDate);

/** Catalogued provinces and prefectures. */
export const catalogued = listDivisions().map((d) => d.code);
const prefectures = listDivisions('prefecture').map((d) => d.code);
/** A county code under a catalogued prefecture. */
export const county = fc.tuple(fc.constantFrom(...prefectures), fc.integer({ min: 1, max: 99 })).map(([p, n]) => `${p.slice(0, 4)}${String(n).padStart(2, '0')}`);

/** A schema-valid applicant with any of the facts the endorsement types ask for. */
export const applicantArb = (divisions: fc.Arbitrary<string>, dates: fc.Arbitrary<string>): fc.Arbitrary<Applicant> =>
  fc
    .record(
      {
        hukou: divisions,
        birthDate: day('1930-01-01', '2020-12-31'),
        residencePermit: fc.record({ division: divisions, validFrom: dates, validTo: dates }, { requiredKeys: ['division', 'validFrom'] }),
        registeredPersonnel: fc.boolean(),
        statePersonnel: fc.boolean(),
        employerApproval: fc.boolean(),
        relatives: fc.array(fc.record({ relation: fc.constantFrom(...RELATIONS), livesIn: fc.constantFrom(...DESTINATIONS) }), { maxLength: 3 }),
        spouseWithMinorChild: fc.boolean(),
        hardshipApproved: fc.boolean(),
        business: fc.record({ kind: fc.constantFrom(...BUSINESS_KINDS), filingDivision: divisions }, { requiredKeys: ['kind'] }),
        purpose: fc.constantFrom(...Q_PURPOSES),
        specialNeed: fc.boolean(),
        admission: fc.record({ destination: fc.constantFrom('hong-kong' as const, 'macau' as const), kind: fc.constantFrom(...ADMISSION_KINDS), until: dates }),
        talent: fc.record({ category: fc.constantFrom(...TALENT_CATEGORIES), workDivision: divisions }),
        taiwan: fc.record(
          { approval: fc.boolean(), multipleEntry: fc.boolean(), studyUntil: dates, settlementApproved: fc.boolean(), residenceApproved: fc.boolean() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['hukou'] },
    )
    .map((a) => {
      // the schema's cross-field rules: a Hengqin zone is in Zhuhai; validTo is not before validFrom
      const out = { ...a } as { -readonly [K in keyof Applicant]: Applicant[K] };
      const rp = a.residencePermit;
      if (rp) {
        const fixed = rp.validTo !== undefined && rp.validTo < rp.validFrom ? { division: rp.division, validFrom: rp.validTo, validTo: rp.validFrom } : rp;
        out.residencePermit = rp.division.startsWith('4404') ? { ...fixed, zone: 'hengqin' } : fixed;
      }
      if (a.hukou.startsWith('4404')) out.zone = 'hengqin';
      return out;
    });
