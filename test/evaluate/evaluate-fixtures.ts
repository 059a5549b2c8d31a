/** Builders of applications for the evaluate tests. The identity numbers are made up; their check characters are computed. */
import { type Application, SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import fc from 'fast-check';
import { MATERIAL_IDS } from '../../src/eligibility/materials-catalogue.js';
import { computeResidentIdCheckCharacter } from '../../src/eligibility/resident-id.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';

/** A valid identity number for an address code and a birth date (sequence 123: male). */
export function residentId(address: string, birth: string): string {
  const body = `${address}${birth.replaceAll('-', '')}123`;
  return body + computeResidentIdCheckCharacter(body);
}

type Patch = Partial<Omit<Application, 'applicant'>> & { applicant?: Partial<Application['applicant']> };

export function application(patch: Patch): Application {
  const { applicant, ...rest } = patch;
  return { ...SAMPLE_APPLICATION, ...rest, applicant: { ...SAMPLE_APPLICATION.applicant, ...applicant } } as Application;
}

const FIRST = parseCivilDate('2008-01-01');
const LAST = parseCivilDate('2025-11-30');
const day = fc.integer({ min: FIRST, max: LAST }).map(formatCivilDate);
const places = fc.constantFrom('510104', '110105', '440304', '230102', '610112', '350203');
const service = fc.oneof(
  fc.record({ kind: fc.constant('document' as const), document: fc.constantFrom('passport' as const, 'hkmo-permit' as const, 'taiwan-permit' as const), action: fc.constantFrom('first-issue' as const, 'renewal' as const) }),
  fc.record({
    kind: fc.constant('endorsement' as const),
    destination: fc.constant('hong-kong' as const),
    type: fc.constantFrom('G' as const, 'L' as const),
    option: fc.record({ validityMonths: fc.constantFrom(3, 12), entries: fc.constantFrom('single' as const, 'double' as const) }),
  }),
);

/** Applications across 2008–2025, six hukou places and offices, 1–2 services, any materials (some are not schema-valid: filter with parseApplication). */
export const applicationArb: fc.Arbitrary<Application> = fc
  .record({
    birth: fc.integer({ min: parseCivilDate('1940-01-01'), max: parseCivilDate('2007-12-31') }).map(formatCivilDate),
    hukou: places,
    office: places.map((c) => `${c.slice(0, 4)}00`),
    services: fc.uniqueArray(service, { minLength: 1, maxLength: 2, selector: (s) => JSON.stringify(s.kind === 'document' ? s.document : s.type) }),
    materials: fc.subarray([...MATERIAL_IDS]),
    channel: fc.constantFrom('hall-window' as const, 'kiosk' as const, 'online' as const),
    delivery: fc.constantFrom('collect' as const, 'post' as const),
    date: day,
    hour: fc.integer({ min: 0, max: 23 }),
  })
  .map(
    (r) =>
      ({
        applicant: { residentId: residentId(r.hukou, r.birth), hukou: r.hukou },
        services: r.services,
        existingDocuments: [{ type: 'hkmo-permit', form: 'card', issued: '2007-01-01', expires: '2035-01-01' }],
        channel: r.channel,
        office: { division: r.office },
        materials: r.materials,
        delivery: r.delivery,
        acceptedAt: `${r.date}T${String(r.hour).padStart(2, '0')}:00:00+08:00`,
      }) as Application,
  );


const USUAL_MATERIALS = ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence'] as const;

/**
 * A day at one office: applications accepted at Chengdu (510100) on 2025-01-24 between 09:00 and
 * 17:59 — local and out-of-province applicants of every age, passports, permits and endorsements,
 * the usual materials plus or minus a few. The workload of a portal or kiosk on one day.
 */
export const officeDayArb: fc.Arbitrary<Application> = fc
  .record({
    birth: fc.integer({ min: parseCivilDate('1945-01-01'), max: parseCivilDate('2020-12-31') }).map(formatCivilDate),
    hukou: fc.constantFrom('510104', '510104', '510107', '510112', '511302', '110105', '440304', '500103'),
    services: fc.uniqueArray(service, { minLength: 1, maxLength: 2, selector: (s) => JSON.stringify(s.kind === 'document' ? s.document : s.type) }),
    extra: fc.subarray([...MATERIAL_IDS], { maxLength: 3 }),
    dropped: fc.subarray([...USUAL_MATERIALS], { maxLength: 1 }),
    channel: fc.constantFrom('hall-window' as const, 'hall-window' as const, 'kiosk' as const, 'online' as const),
    delivery: fc.constantFrom('collect' as const, 'post' as const),
    minute: fc.integer({ min: 9 * 60, max: 18 * 60 - 1 }),
  })
  .map(
    (r) =>
      ({
        applicant: { residentId: residentId(r.hukou, r.birth), hukou: r.hukou },
        services: r.services,
        existingDocuments: [{ type: 'hkmo-permit', form: 'card', issued: '2020-01-01', expires: '2030-01-01' }],
        channel: r.channel,
        office: { division: '510100' },
        materials: [...new Set([...USUAL_MATERIALS.filter((m) => !r.dropped.includes(m)), ...r.extra])],
        delivery: r.delivery,
        acceptedAt: `2025-01-24T${String(Math.floor(r.minute / 60)).padStart(2, '0')}:${String(r.minute % 60).padStart(2, '0')}:00+08:00`,
      }) as Application,
  );
