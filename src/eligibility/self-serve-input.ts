/**
 * The check of a kiosk request ({@link SelfServeInput}) written without a schema library, so
 * that a kiosk bundle carries none: the same rules as `selfServeInputSchema` (the zod schema,
 * which the JSON Schema and the documentation are made from), reporting the same issues —
 * paths, codes, messages in both locales, order. The test suite compares the two over
 * generated inputs, valid and broken.
 *
 * @module
 */
import { isCivilDate } from '../rules/civil-date.js';
import { isIssue, readInstant } from '../rules/instant.js';
import { type PlainCheck, oneOf, optional, pattern, plainArray, plainBoolean, plainInt, plainObject, plainString, predicate, whole } from '../rules/plain-schema.js';
import { DESTINATIONS, ENDORSEMENT_TYPES } from '../documents/endorsements/catalogue.js';
import { ADMISSION_KINDS, BUSINESS_KINDS, Q_PURPOSES, RELATIONS, TALENT_CATEGORIES } from '../documents/endorsements/option.js';
import { cityOf, isKnownDivision } from '../documents/endorsements/places.js';
import { DOCUMENT_TYPES } from '../documents/document-types.js';
import { HKMO_SERVICE_TYPES, SERVICE_ACTIONS, TAIWAN_SERVICE_TYPES, isPlaceCode } from './place-services.js';

const SIX_DIGITS = 'expected a six-digit GB/T 2260 code';
const UNKNOWN_DIVISION = 'not a known GB/T 2260 division (province, prefecture, or county under a known prefecture)';

/** A real date `YYYY-MM-DD` (`civilDateSchema`). */
const civilDate: PlainCheck = /* @__PURE__ */ plainString(/* @__PURE__ */ predicate(isCivilDate, 'expected a real date written YYYY-MM-DD'));

/** A province, a prefecture, or a county under a known prefecture (`placeDivisionSchema`). */
const placeDivision: PlainCheck = /* @__PURE__ */ plainString(/* @__PURE__ */ pattern(/^\d{6}$/, SIX_DIGITS, true), /* @__PURE__ */ predicate(isPlaceCode, UNKNOWN_DIVISION));

/** A known division code (the endorsement rules' `divisionCodeSchema`). */
const divisionCode: PlainCheck = /* @__PURE__ */ plainString(/* @__PURE__ */ pattern(/^\d{6}$/, SIX_DIGITS), /* @__PURE__ */ predicate(isKnownDivision, UNKNOWN_DIVISION));

const zone: PlainCheck = /* @__PURE__ */ oneOf(['hengqin']);
const flag: PlainCheck = /* @__PURE__ */ plainBoolean();

type Permit = { readonly validFrom: string; readonly validTo?: string };
type Zoned = { readonly hukou: string; readonly zone?: string; readonly residencePermit?: Permit & { readonly division: string; readonly zone?: string } };

const permitOrder = (rp: Permit | undefined): [readonly PropertyKey[], string][] =>
  rp?.validTo !== undefined && rp.validTo < rp.validFrom ? [[['residencePermit', 'validTo'], `validTo ${rp.validTo} is before validFrom ${rp.validFrom}`]] : [];

/** The place applicant (`placeApplicantSchema`). */
const placeApplicant: PlainCheck = /* @__PURE__ */ plainObject<{ readonly residencePermit?: Permit }>(
  {
    hukou: placeDivision,
    birthDate: optional(civilDate),
    residencePermit: optional(plainObject({ division: placeDivision, validFrom: civilDate, validTo: optional(civilDate) })),
    residence: optional(plainObject({ division: placeDivision, since: civilDate })),
    registeredPersonnel: optional(flag),
    activeMilitary: optional(flag),
    work: optional(plainObject({ division: placeDivision, socialInsuranceMonths: optional(plainInt(0)) })),
    study: optional(plainObject({ division: placeDivision })),
    business: optional(plainObject({ filingDivision: placeDivision })),
    filedEnterpriseStaff: optional(flag),
  },
  whole((a) => permitOrder(a.residencePermit)),
);

/** The endorsement applicant (the endorsement rules' `applicantSchema`). */
const endorsementApplicant: PlainCheck = /* @__PURE__ */ plainObject<Zoned>(
  {
    hukou: divisionCode,
    zone: optional(zone),
    birthDate: optional(civilDate),
    residencePermit: optional(plainObject({ division: divisionCode, validFrom: civilDate, validTo: optional(civilDate), zone: optional(zone) })),
    registeredPersonnel: optional(flag),
    hkmoOffenceRecord: optional(flag),
    statePersonnel: optional(flag),
    employerApproval: optional(flag),
    relatives: optional(plainArray(plainObject({ relation: oneOf(RELATIONS), livesIn: oneOf(DESTINATIONS) }), 50)),
    spouseWithMinorChild: optional(flag),
    hardshipApproved: optional(flag),
    business: optional(plainObject({ kind: oneOf(BUSINESS_KINDS), filingDivision: optional(divisionCode) })),
    purpose: optional(oneOf(Q_PURPOSES)),
    specialNeed: optional(flag),
    admission: optional(plainObject({ destination: oneOf(['hong-kong', 'macau']), kind: oneOf(ADMISSION_KINDS), until: civilDate })),
    talent: optional(plainObject({ category: oneOf(TALENT_CATEGORIES), workDivision: divisionCode })),
    taiwan: optional(plainObject({ approval: optional(flag), multipleEntry: optional(flag), studyUntil: optional(civilDate), settlementApproved: optional(flag), residenceApproved: optional(flag) })),
  },
  whole((a) => {
    const out: [readonly PropertyKey[], string][] = [];
    if (a.zone === 'hengqin' && isKnownDivision(a.hukou) && cityOf(a.hukou) !== '440400') out.push([['zone'], 'the 横琴粤澳深度合作区 lies in 珠海市 (440400): the hukou must be in Zhuhai']);
    const rp = a.residencePermit;
    if (rp?.zone === 'hengqin' && isKnownDivision(rp.division) && cityOf(rp.division) !== '440400') out.push([['residencePermit', 'zone'], 'a Hengqin residence permit is a Zhuhai (440400) one']);
    return [...out, ...permitOrder(rp)];
  }),
);

type ServiceShape = { readonly kind: string; readonly document?: string; readonly endorsement?: { readonly destination: string; readonly type: string; readonly regime?: string } };

/** The service asked for (`serviceSchema`). */
const service: PlainCheck = /* @__PURE__ */ plainObject<ServiceShape>(
  {
    kind: oneOf(['document', 'endorsement']),
    document: optional(oneOf(DOCUMENT_TYPES)),
    action: optional(oneOf(SERVICE_ACTIONS)),
    endorsement: optional(
      plainObject({
        destination: oneOf(['hong-kong', 'macau', 'taiwan']),
        type: oneOf(ENDORSEMENT_TYPES),
        entries: optional(oneOf(['single', 'double', 'multi'])),
        regime: optional(plainString(pattern(/^[a-z0-9.-]+$/))),
      }),
    ),
  },
  whole((s) => {
    const out: [readonly PropertyKey[], string][] = [];
    if (s.kind === 'document' && s.document === undefined) out.push([['document'], 'a document service names its document']);
    if (s.kind === 'document' && s.endorsement !== undefined) out.push([['endorsement'], 'a document service has no endorsement']);
    if (s.kind === 'endorsement' && s.endorsement === undefined) out.push([['endorsement'], 'an endorsement service names its endorsement']);
    if (s.kind === 'endorsement' && s.document !== undefined) out.push([['document'], 'an endorsement service has no document']);
    const e = s.endorsement;
    if (e) {
      const ok = (e.destination === 'taiwan' ? TAIWAN_SERVICE_TYPES : HKMO_SERVICE_TYPES).includes(e.type);
      if (!ok) out.push([['endorsement', 'type'], `${e.type} is not an endorsement type for ${e.destination}`]);
      if (e.regime !== undefined && !(e.destination !== 'taiwan' && e.type === 'G')) out.push([['endorsement', 'regime'], 'city regimes exist only for HK/Macau individual-visit (G) endorsements']);
    }
    return out;
  }),
);

/** An instant with an explicit offset (`instantStringSchema`). */
const instant: PlainCheck = /* @__PURE__ */ plainString(
  /* @__PURE__ */ predicate((v: string) => !isIssue(readInstant(v)), 'expected an ISO 8601 instant with an explicit offset (2018-06-02T22:00:00+08:00)', 'invalid-instant'),
);

/**
 * The check of a kiosk request: what `selfServeInputSchema` checks, with the same issues.
 *
 * @internal
 * @example
 * ```ts
 * plainIssues(selfServeInputCheck, input, [], 'zh-CN'); // [] for a valid request
 * ```
 */
export const selfServeInputCheck: PlainCheck = /* @__PURE__ */ plainObject({
  kiosk: placeDivision,
  applicant: placeApplicant,
  permit: plainObject({ form: oneOf(['booklet', 'card']), issuedIn: optional(placeDivision), expiry: optional(civilDate) }),
  service,
  endorsementApplicant: optional(endorsementApplicant),
  at: optional(instant),
});
