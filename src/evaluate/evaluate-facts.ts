/**
 * What `evaluate` tells each part: the facts of the application in the shapes the parts take.
 * Each function states the rule by which a fact reaches a part, so that a caller of the part
 * alone can give it the same facts (the differential property of test/evaluate checks that they
 * then get the same answer):
 *
 * - the place applicant ({@link placeApplicantOf}): hukou, birth date, residence permit (its
 *   validity gives how long it has been held), residence registration, registered personnel (from
 *   the applicant or the refusal flags), serving military, work (the stated workplace, else a
 *   talent's place of work), study, the filing division of a business, staff of a filed employer;
 * - the relative of the relatives route and the 2013 schemes: `applicant.closeRelative`;
 * - the service ({@link placeServiceOf}): a document with its action; an endorsement with its
 *   entries, and the action of its permit when the permit is applied for in the same application
 *   (`first-issue` with a first permit), else `renewal` (a re-endorsement on a permit held);
 * - the permit an endorsement goes on ({@link heldPermitOf}): a card or booklet of the
 *   destination's permit held and valid on the acceptance date, else one held at all (its
 *   expiry then tells the endorsement rules it has lapsed);
 * - whether the document renewed or replaced is still valid ({@link priorDocumentValid}): a held
 *   document of the same type issued on or before, and valid on, the acceptance date;
 * - the materials presented ({@link presentedMaterials}): those listed, `urgent-evidence` when
 *   urgent handling states its evidence, and at a kiosk `valid-permit` when the permit an
 *   endorsement goes on is held and valid (the card is in the kiosk's reader); each id once.
 *
 * @module
 */
import type { Application, ApplicationService } from '../eligibility/application.js';
import type { PlaceApplicant } from '../eligibility/place-applicant.js';
import type { Service } from '../eligibility/place-services.js';

type Held = Application['existingDocuments'][number];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const PERMIT_OF = { 'hong-kong': 'hkmo-permit', macau: 'hkmo-permit', taiwan: 'taiwan-permit' } as const;

/**
 * The document type an endorsement for `destination` goes on.
 *
 * @internal
 * @example
 * ```ts
 * permitTypeOf('macau'); // 'hkmo-permit'
 * ```
 */
export function permitTypeOf(destination: 'hong-kong' | 'macau' | 'taiwan'): 'hkmo-permit' | 'taiwan-permit' {
  return PERMIT_OF[destination];
}

/**
 * The applicant as the place, channel and kiosk rules see them (see the module note).
 *
 * @internal
 * @example
 * ```ts
 * placeApplicantOf(SAMPLE_APPLICATION, '1990-03-15'); // { hukou: '510104', birthDate: '1990-03-15' }
 * ```
 */
export function placeApplicantOf(app: Application, birthDate: string): PlaceApplicant {
  const a = app.applicant;
  const out: Mutable<PlaceApplicant> = { hukou: a.hukou, birthDate };
  const rp = a.residencePermit;
  if (rp !== undefined) out.residencePermit = rp.validTo === undefined ? { division: rp.division, validFrom: rp.validFrom } : { division: rp.division, validFrom: rp.validFrom, validTo: rp.validTo };
  if (a.residence !== undefined) out.residence = a.residence;
  if (a.registeredPersonnel !== undefined || a.refusalFlags?.registeredPersonnel !== undefined) out.registeredPersonnel = true;
  if (a.activeMilitary === true) out.activeMilitary = true;
  if (a.work !== undefined) out.work = a.work;
  else if (a.talent !== undefined) out.work = { division: a.talent.workDivision };
  if (a.study !== undefined) out.study = a.study;
  if (a.business?.filingDivision !== undefined) out.business = { filingDivision: a.business.filingDivision };
  if (a.filedEnterpriseStaff === true) out.filedEnterpriseStaff = true;
  return out;
}

/**
 * The service as the place, channel and kiosk rules see it (see the module note).
 *
 * @internal
 * @example
 * ```ts
 * placeServiceOf(SAMPLE_APPLICATION, SAMPLE_APPLICATION.services[1]!); // { kind: 'endorsement', action: 'first-issue', endorsement: { destination: 'hong-kong', type: 'G', entries: 'single' } }
 * ```
 */
export function placeServiceOf(app: Application, s: ApplicationService): Service {
  if (s.kind === 'document') return { kind: 'document', document: s.document, action: s.action };
  const permit = PERMIT_OF[s.destination];
  let action: 'first-issue' | 'renewal' | 'replacement' = 'renewal';
  for (const t of app.services) if (t.kind === 'document' && t.document === permit) action = t.action;
  const endorsement = s.option === undefined ? { destination: s.destination, type: s.type } : { destination: s.destination, type: s.type, entries: s.option.entries };
  return { kind: 'endorsement', action, endorsement } as Service;
}

/**
 * The permit an endorsement for `destination` goes on, among the documents held (see the module note).
 *
 * @internal
 * @example
 * ```ts
 * heldPermitOf(application, 'hong-kong', '2025-01-24'); // { type: 'hkmo-permit', form: 'card', issued: '2020-05-01', expires: '2030-04-30' }
 * ```
 */
export function heldPermitOf(app: Application, destination: 'hong-kong' | 'macau' | 'taiwan', date: string): (Held & { readonly form: 'card' | 'booklet' }) | undefined {
  const type = PERMIT_OF[destination];
  let any: Held | undefined;
  for (const d of app.existingDocuments) {
    if (d.type !== type || (d.form !== 'card' && d.form !== 'booklet')) continue;
    if (d.issued <= date && date <= d.expires) return d as Held & { readonly form: 'card' | 'booklet' };
    any ??= d;
  }
  return any as (Held & { readonly form: 'card' | 'booklet' }) | undefined;
}

/**
 * Whether the document a renewal or replacement replaces is held and valid on `date` (see the module note).
 *
 * @internal
 * @example
 * ```ts
 * priorDocumentValid(application, 'passport', '2025-01-24'); // true when a passport valid that day is held
 * ```
 */
export function priorDocumentValid(app: Application, document: string, date: string): boolean {
  for (const d of app.existingDocuments) if (d.type === document && d.issued <= date && date <= d.expires) return true;
  return false;
}

/**
 * The material ids presented, each once (see the module note). Linear in the number listed.
 *
 * @internal
 * @example
 * ```ts
 * presentedMaterials(SAMPLE_APPLICATION, '2025-01-24'); // ['application-form', 'resident-id-card', …]
 * ```
 */
export function presentedMaterials(app: Application, date: string): string[] {
  const out: string[] = [];
  const listed = app.materials;
  // a handful of ids (the usual case): a scan; more: a set (each id once, in linear time)
  const seen = listed.length > 16 ? new Set<string>() : undefined;
  const add = (id: string): void => {
    if (seen === undefined ? out.includes(id) : seen.has(id)) return;
    seen?.add(id);
    out.push(id);
  };
  for (const id of listed) add(id);
  if (app.urgent?.evidence === true) add('urgent-evidence');
  if (app.channel === 'kiosk') {
    for (const s of app.services) {
      if (s.kind !== 'endorsement') continue;
      const held = heldPermitOf(app, s.destination, date);
      if (held !== undefined && held.issued <= date && date <= held.expires) add('valid-permit');
    }
  }
  return out;
}
