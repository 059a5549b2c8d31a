/** Builders of applications for the evaluate tests, from the shipped arbitraries (src/testing). The identity numbers are made up; their check characters are computed. */
import type fc from 'fast-check';
import { type Application, SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import { applicationArbitrary } from '../../src/testing/application-arbitrary.js';
import { makeResidentId } from '../../src/testing/resident-id.js';

/** A valid identity number for an address code and a birth date (sequence 123: male). */
export function residentId(address: string, birth: string): string {
  return makeResidentId({ address, birthDate: birth });
}

type Patch = Partial<Omit<Application, 'applicant'>> & { applicant?: Partial<Application['applicant']> };

export function application(patch: Patch): Application {
  const { applicant, ...rest } = patch;
  return { ...SAMPLE_APPLICATION, ...rest, applicant: { ...SAMPLE_APPLICATION.applicant, ...applicant } } as Application;
}

const SERVICES = ['passport', 'hkmo-permit', 'taiwan-permit', 'hong-kong:G', 'hong-kong:L'] as const;

/** Applications across 2008–2025, six hukou places and offices, 1–2 services, the usual materials give or take a few. */
export const applicationArb: fc.Arbitrary<Application> = applicationArbitrary({
  from: '2008-01-01',
  to: '2025-11-30',
  offices: ['510100', '110100', '440300', '230100', '610100', '350200'],
  hukou: ['510104', '110105', '440304', '230102', '610112', '350203'],
  services: [...SERVICES],
  maxServices: 2,
  channels: ['hall-window', 'kiosk', 'online'],
  facts: false,
  urgent: false,
});

/**
 * A day at one office: applications accepted at Chengdu (510100) on 2025-01-24 between 09:00 and
 * 17:59 — local and out-of-province applicants of every age, passports, permits and endorsements,
 * the usual materials give or take a few. The workload of a portal or kiosk on one day.
 */
export const officeDayArb: fc.Arbitrary<Application> = applicationArbitrary({
  from: '2025-01-24',
  to: '2025-01-24',
  time: 'office-hours',
  offices: ['510100'],
  hukou: ['510104', '510107', '510112', '511302', '110105', '440304', '500103'],
  services: [...SERVICES],
  maxServices: 2,
  channels: ['hall-window', 'kiosk', 'online'],
  facts: false,
  urgent: false,
});
