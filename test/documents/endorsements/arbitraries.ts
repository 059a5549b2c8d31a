/** Generators shared by the endorsement properties: schema-valid applicants, days, divisions (the shipped ones from src/testing). */
import fc from 'fast-check';
import { endorsementApplicantArbitrary } from '../../../src/testing/applicant-facts.js';
import { civilDateArbitrary } from '../../../src/testing/civil-date-arbitrary.js';
import { divisionCodes } from '../../../src/testing/division-arbitrary.js';

/** A day between two dates, inclusive. */
export const day = (min: string, max: string) => civilDateArbitrary({ from: min, to: max });

/** Catalogued provinces and prefectures. */
export const catalogued = [...divisionCodes({})];
const prefectures = divisionCodes({ level: 'prefecture' });
/** A county code under a catalogued prefecture (the catalogue lists no counties). */
export const county = fc.tuple(fc.constantFrom(...prefectures), fc.integer({ min: 1, max: 99 })).map(([p, n]) => `${p.slice(0, 4)}${String(n).padStart(2, '0')}`);

/** A schema-valid applicant with any of the facts the endorsement types ask for. */
export const applicantArb = endorsementApplicantArbitrary;
