/**
 * The endorsement facts of an applicant (the fields `endorsementOptions` reads and an
 * application's applicant carries): residence permit, registered or state personnel, relatives in
 * Hong Kong or Macau, business, purpose, admission, talent, Taiwan approvals. Schema-valid by
 * construction: a residence permit never ends before it starts, the Hengqin zone only in Zhuhai.
 *
 * @module
 */
import fc from 'fast-check';
import { DESTINATIONS } from '../documents/endorsements/catalogue.js';
import { ADMISSION_KINDS, BUSINESS_KINDS, Q_PURPOSES, RELATIONS, TALENT_CATEGORIES } from '../documents/endorsements/option.js';
import type { Applicant } from '../documents/endorsements/request.js';
import { civilDateArbitrary } from './civil-date-arbitrary.js';

/**
 * A schema-valid endorsement applicant (`endorsementOptions`' shape) with any of the facts the
 * endorsement types ask for; `hukou` and every other division from `divisions`, dates from `dates`.
 *
 * @internal
 * @example
 * ```ts
 * fc.sample(endorsementApplicantArbitrary(fc.constant('510104'), civilDateArbitrary()), 1);
 * ```
 */
export function endorsementApplicantArbitrary(divisions: fc.Arbitrary<string>, dates: fc.Arbitrary<string>): fc.Arbitrary<Applicant> {
  return fc
    .record(
      {
        hukou: divisions,
        birthDate: civilDateArbitrary({ from: '1930-01-01', to: '2020-12-31' }),
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
}
