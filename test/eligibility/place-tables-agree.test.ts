/**
 * Two modules decide where an endorsement may be applied for: the endorsement module's place
 * tables (`endorsement.hkmo.place`, `endorsement.taiwan.place`), which `evaluate` follows, and
 * the application-place route tables (`place.*`). This test sweeps both over the dates where the
 * rules changed and pins where they still disagree, each with why, so that a new disagreement
 * (or one that goes away) is seen.
 */
import { describe, expect, it } from 'vitest';
import { endorsementOptions } from '../../src/builtin/endorsement-options.js';
import { applicationPlace } from '../../src/eligibility/application-place.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';

const policy = defaultPolicy();
const DATES = ['2015-06-01', '2016-06-01', '2018-03-01', '2018-10-01', '2019-05-01', '2023-06-01', '2024-06-01', '2025-06-01'];
const TYPES = { 'hong-kong': ['T', 'L', 'G', 'Q', 'D', 'S'], taiwan: ['L', 'G', 'T', 'D', 'Y', 'F', 'X', 'C', 'Q'] } as const;
const permitSz = { division: '440304', validFrom: '2014-01-01', validTo: '2030-01-01' };
const CASES = [
  { name: 'gz-at-sz', hukou: '440106', office: '440304' },
  { name: 'gz-at-bj', hukou: '440106', office: '110105' },
  { name: 'gz-permit-sz', hukou: '440106', residencePermit: permitSz, office: '440304' },
  { name: 'cq-permit-sz', hukou: '500103', residencePermit: permitSz, office: '440304' },
];

function disagreements(): string[] {
  const out: string[] = [];
  for (const date of DATES) {
    for (const c of CASES) {
      const view = policyAt(policy, date, { division: c.office, beyondVerified: 'flag' });
      for (const [destination, types] of Object.entries(TYPES) as [keyof typeof TYPES, readonly string[]][]) {
        for (const type of types) {
          const applicant = {
            hukou: c.hukou,
            ...(c.residencePermit ? { residencePermit: c.residencePermit } : {}),
            // facts that clear every non-place condition, so only the place can refuse
            taiwan: { approval: true, settlementApproved: true, residenceApproved: true },
            business: { kind: 'filed-employer' as const, filingDivision: c.hukou },
          };
          const e = endorsementOptions(
            { applicant, permit: { type: destination === 'taiwan' ? 'taiwan' : 'hkmo', form: 'card', expiry: '2035-01-01' }, destination, type: type as never, date, division: c.office },
            { policy, beyondVerified: 'flag' },
          );
          const endorsementAllows = !(e.status === 'refused' && e.reasons.some((r) => r.code === 'endorsement.place.wrong-office'));
          const p = applicationPlace({
            view,
            applicant: { hukou: c.hukou, birthDate: '1990-01-01', ...(c.residencePermit ? { residencePermit: c.residencePermit } : {}), business: { filingDivision: c.hukou } },
            service: { kind: 'endorsement', endorsement: { destination, type: type as never } },
            office: c.office,
          });
          if ((p.status === 'allowed') !== endorsementAllows) out.push(`${date} ${c.name} ${destination}.${type}: endorsement ${endorsementAllows ? 'allows' : 'refuses'}`);
        }
      }
    }
  }
  return out;
}

describe('the two place tables for endorsements', () => {
  it('agree everywhere except the documented cases', () => {
    const taiwanButSettlement = ['L', 'G', 'T', 'Y', 'F', 'X', 'C', 'Q'];
    const known = [
      // 1. The 2013 measures (公安部公告 2013-06-27, annex item 3) let residents re-apply for a
      //    Taiwan endorsement of the same type where they live; the endorsement tables start the
      //    residence route only with the 2016 residence-permit measures.
      ...['gz-permit-sz', 'cq-permit-sz'].flatMap((c) => taiwanButSettlement.map((t) => `2015-06-01 ${c} taiwan.${t}: endorsement refuses`)),
      // 2. HK/Macau business (S) with a residence permit, 2016-04-01 to 2024-05-05: the
      //    residence-permit measures name "HK/Macau endorsements" without excluding S; the
      //    endorsement tables keep S where the employer is filed (or at home) until 2024-05-06.
      ...['2016-06-01', '2018-03-01', '2018-10-01', '2019-05-01', '2023-06-01'].flatMap((d) => ['gz-permit-sz', 'cq-permit-sz'].map((c) => `${d} ${c} hong-kong.S: endorsement refuses`)),
      // 3. Taiwan individual visits (G) on a residence permit: the place tables allow the
      //    residence-permit city; the endorsement module holds G to the hukou city (and, from
      //    2018-02-01, the hukou province) of a pilot city.
      '2016-06-01 gz-permit-sz taiwan.G: endorsement refuses',
      ...['2016-06-01', '2018-03-01', '2018-10-01', '2019-05-01', '2023-06-01', '2024-06-01', '2025-06-01'].map((d) => `${d} cq-permit-sz taiwan.G: endorsement refuses`),
    ];
    expect(disagreements().sort()).toEqual(known.sort());
  });
});
