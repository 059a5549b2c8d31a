/** Builders of applications for the evaluate tests. The identity numbers are made up; their check characters are computed. */
import { type Application, SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import { computeResidentIdCheckCharacter } from '../../src/eligibility/resident-id.js';

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
