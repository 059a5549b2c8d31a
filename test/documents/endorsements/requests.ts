/**
 * Representative requests: one applicant who has every fact any type asks for, in Shenzhen, in
 * Hengqin (Zhuhai), in Beijing and in Harbin, for every type and destination.
 */
import type { Applicant, EndorsementRequest } from '../../../src/documents/endorsements/request.js';
import { HKMO_TYPES, TAIWAN_TYPES } from '../../../src/documents/endorsements/catalogue.js';

/** An applicant with every fact any type asks for (hukou here, one fact changed by `extra`). */
export const everything = (hukou: string, extra: Partial<Applicant> = {}): Applicant => ({
  hukou,
  birthDate: '1950-01-01',
  relatives: [
    { relation: 'spouse', livesIn: 'hong-kong' },
    { relation: 'sibling', livesIn: 'macau' },
    { relation: 'parent', livesIn: 'taiwan' },
  ],
  spouseWithMinorChild: true,
  hardshipApproved: true,
  business: { kind: 'filed-employer', filingDivision: hukou },
  purpose: 'medical',
  specialNeed: true,
  admission: { destination: 'macau', kind: 'study', until: '2060-06-30' },
  talent: { category: 'outstanding', workDivision: hukou },
  taiwan: { approval: true, multipleEntry: true, studyUntil: '2060-06-30', settlementApproved: true, residenceApproved: true },
  ...extra,
});

export const APPLICANTS: readonly Applicant[] = [
  everything('440304', { residencePermit: { division: '440304', validFrom: '2000-01-01' } }),
  everything('440402', { zone: 'hengqin', residencePermit: { division: '440402', validFrom: '2000-01-01', zone: 'hengqin' } }),
  everything('110105'),
  everything('230102', { residencePermit: { division: '610113', validFrom: '2000-01-01' } }),
];

/** Every applicant × type × destination of the catalogue, with the office at the hukou. */
export function representativeRequests(date: string): EndorsementRequest[] {
  const out: EndorsementRequest[] = [];
  for (const applicant of APPLICANTS) {
    for (const destination of ['hong-kong', 'macau'] as const) {
      for (const type of HKMO_TYPES) out.push({ applicant, permit: { type: 'hkmo', form: 'card', expiry: '2060-01-01' }, destination, type, date, division: applicant.hukou });
    }
    for (const type of TAIWAN_TYPES) out.push({ applicant, permit: { type: 'taiwan', form: 'card', expiry: '2060-01-01' }, destination: 'taiwan', type, date, division: applicant.hukou });
  }
  return out;
}
