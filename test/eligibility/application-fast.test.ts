/**
 * What the speed-up of `parseApplication` must not change, by example (the properties are in
 * application-fast.prop.test.ts):
 * - the JSON Schema of an application is byte for byte the one in application-fast.json-schema.json
 *   (written by the implementation before the speed-up; rewritten when the schema was tightened on
 *   purpose: patterns for civil dates and instants, the material-id enum, the route facts, maxima);
 * - a rich application (three services, held documents with endorsements, a residence permit,
 *   refusal and exit-ban flags, urgent handling) parses to a fresh copy of itself;
 * - the identity number and the acceptance instant read by the schema and again by the parser are
 *   remembered for one call only: a later application with other values gets its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_APPLICATION, applicationJsonSchema, applicationSchema, parseApplication } from '../../src/eligibility/application.js';
import { inspectResidentId, parseResidentId } from '../../src/eligibility/resident-id.js';
import { type Issue, ValidationError } from '../../src/rules/errors.js';
import { isDateOrInstant } from '../../src/rules/instant.js';
import { MATERIAL_IDS } from '../../src/eligibility/materials-catalogue.js';

const RICH = Object.freeze({
  applicant: {
    residentId: '440304198511200021',
    statedBirthDate: '1985-11-20',
    name: { zh: '李娜' },
    hukou: '610112',
    residencePermit: { division: '440304', validFrom: '2023-03-01', validTo: '2026-02-28' },
    refusalFlags: { servingSentence: false },
    exitBanFlags: { criminalSuspect: false },
    disabled: false,
    relatives: [{ relation: 'spouse', livesIn: 'hong-kong' }],
    business: { kind: 'filed-employer', filingDivision: '440300' },
  },
  services: [
    { kind: 'document', document: 'passport', action: 'renewal', ground: 'validity-expiring' },
    { kind: 'endorsement', destination: 'hong-kong', type: 'G', option: { validityMonths: 12, entries: 'double' } },
    { kind: 'endorsement', destination: 'macau', type: 'G', option: { validityMonths: 3, entries: 'single' } },
  ],
  existingDocuments: [
    { type: 'passport', form: 'electronic-booklet', number: 'E12345678', issued: '2015-06-01', expires: '2025-05-31' },
    {
      type: 'hkmo-permit',
      form: 'card',
      number: 'C01234567',
      issued: '2019-04-10',
      expires: '2029-04-09',
      endorsements: [
        { destination: 'hong-kong', type: 'G', issued: '2024-01-05', expires: '2025-01-04', entries: 'double', remainingEntries: 0 },
        { destination: 'macau', type: 'L', issued: '2024-06-01', expires: '2024-08-31', entries: 'single' },
      ],
    },
  ],
  channel: 'hall-window',
  office: { division: '440304' },
  materials: ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence', 'residence-permit'],
  delivery: 'collect',
  urgent: { ground: 'business-emergency', evidence: true },
  acceptedAt: '2024-12-02T15:30:00+08:00',
});

function issuesOf(input: unknown): string[] {
  try {
    parseApplication(input);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i: Issue) => `${i.path.join('.')}:${i.code}`);
    throw e;
  }
  return [];
}

describe('parseApplication after the speed-up', () => {
  it('exports the same JSON Schema as before', () => {
    const before = readFileSync(new URL('./application-fast.json-schema.json', import.meta.url), 'utf8');
    expect(JSON.stringify(applicationJsonSchema(), null, 2)).toBe(before);
  });

  it('the JSON Schema’s patterns accept every date and instant the schema accepts, and its enum every material id', () => {
    const schema = applicationJsonSchema() as { properties: Record<string, any> };
    const instant = new RegExp(schema.properties['acceptedAt'].pattern as string);
    for (const s of ['2025-01-24', '2025-01-24T10:00+08:00', '2025-01-24T10:00:00Z', '2025-01-24T10:00:00.123456789-05:00', '2025-01-24T10:00:00+0800']) {
      expect(isDateOrInstant(s)).toBe(true);
      expect(instant.test(s)).toBe(true);
    }
    for (const s of ['2025-01-24T10:00:00', '2025-1-24', '24/01/2025']) expect(instant.test(s)).toBe(false);
    expect(schema.properties['materials'].items.enum).toEqual([...MATERIAL_IDS]);
    expect(schema.properties['office'].properties.division.pattern).toBe('^\\d{6}$');
  });

  it('parses a rich application to a fresh deep copy of it', () => {
    const { application, derived } = parseApplication(RICH);
    expect(application).toEqual(RICH);
    expect(application).not.toBe(RICH);
    expect(application.applicant).not.toBe(RICH.applicant);
    expect(application.existingDocuments[1]?.endorsements).not.toBe(RICH.existingDocuments[1]?.endorsements);
    expect(derived).toEqual({
      residentId: parseResidentId('440304198511200021'),
      birthDate: '1985-11-20',
      sex: 'female',
      ageOnAcceptance: 39,
      acceptedOn: '2024-12-02',
      acceptedTime: '15:30',
    });
    expect(applicationSchema.safeParse(RICH).data).toEqual(RICH);
  });

  it('reads each application’s own identity number and instant, whatever was read before', () => {
    const withAt = (acceptedAt: string, residentId = SAMPLE_APPLICATION.applicant.residentId) => ({ ...SAMPLE_APPLICATION, acceptedAt, applicant: { ...SAMPLE_APPLICATION.applicant, residentId } });
    expect(parseApplication(withAt('2025-01-24T20:30:00Z')).derived).toMatchObject({ acceptedOn: '2025-01-25', acceptedTime: '04:30' });
    expect(parseApplication(withAt('2025-01-24')).derived).not.toHaveProperty('acceptedTime');
    expect(issuesOf(withAt('2025-01-24T10:00:00'))).toEqual(['acceptedAt:invalid-instant']);
    expect(issuesOf(withAt('2025-01-24T10:00:00'))).toEqual(['acceptedAt:invalid-instant']);
    expect(parseApplication(withAt('1991-07-01T12:00:00+08:00')).derived).toMatchObject({ acceptedOn: '1991-07-01', acceptedTime: '13:00' }); // daylight saving time (UTC+9) in the summer of 1991
    expect(issuesOf(withAt('2025-01-24', '510104199003151231'))).toEqual(['applicant.residentId:check-character-mismatch']);
    expect(parseApplication(withAt('2025-01-24', '11010519491231002x')).derived).toMatchObject({ birthDate: '1949-12-31', sex: 'female', residentId: { id: '11010519491231002X' } });
    expect(parseApplication(withAt('2025-01-24', '11010519491231002X')).application.applicant.residentId).toBe('11010519491231002X');
  });

  it('an identity number read at once equals the one read issue by issue', () => {
    for (const id of ['510104199003151237', '11010519491231002x', '11010519491231002X']) {
      const fast = inspectResidentId(id);
      expect(fast).toEqual(inspectResidentId(id, { statedBirthDate: fast.birthDate }));
      expect(inspectResidentId(id, { asOf: '1980-01-01' }).issues.map((i) => i.code)).toEqual(id.startsWith('5101') ? ['birth-date-in-future'] : []);
    }
  });
});
