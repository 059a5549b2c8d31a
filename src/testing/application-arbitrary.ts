/**
 * Whole applications for property tests, schema-valid by construction: every value passes
 * `parseApplication` (the identity number's check character is computed, the birth date lies
 * before the acceptance date, services are not repeated, a first issue has no ground, every
 * endorsement has its permit held or applied for, held documents' dates are in order …).
 *
 * Each value is built from independent parts (date, time, office, hukou, age, services, held
 * documents, materials, facts) combined by `map`, so fast-check shrinks each part on its own: a
 * failing application shrinks towards the first date of the range, one service, no held
 * documents beyond those needed, no facts.
 *
 * @module
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { type Destination, DESTINATIONS, HKMO_TYPES, TAIWAN_TYPES, type EndorsementType } from '../documents/endorsements/catalogue.js';
import { DOCUMENT_TYPES, type DocumentType } from '../documents/document-types.js';
import { GROUND_CODES } from '../documents/grounds.js';
import { type Application, type ApplicationService, CHANNELS, DOCUMENT_ACTIONS, URGENT_GROUNDS } from '../eligibility/application.js';
import { MATERIAL_IDS } from '../eligibility/materials-catalogue.js';
import { civilFromDays, daysFromCivil, daysInMonth, formatCivilDate } from '../rules/civil-date.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import { divisionOn } from '../rules/division-history.js';
import { endorsementApplicantArbitrary } from './applicant-facts.js';
import { dayArbitrary, dayRange } from './civil-date-arbitrary.js';
import { divisionCodes } from './division-arbitrary.js';
import { checkOptions, dateOption, orderIssue } from './options.js';
import { residentIdFor } from './resident-id.js';

/**
 * A service an {@link applicationArbitrary} may generate: a document type (any action), an
 * endorsement destination (any type), or a destination and type (`'hong-kong:G'`).
 *
 * @example
 * ```ts
 * const picks: ServicePick[] = ['passport', 'hkmo-permit', 'hong-kong:G', 'taiwan'];
 * ```
 */
export type ServicePick = DocumentType | Destination | `${Destination}:${EndorsementType}`;

const ENDORSEMENT_PICKS: readonly string[] = [...HKMO_TYPES.flatMap((t) => [`hong-kong:${t}`, `macau:${t}`]), ...TAIWAN_TYPES.map((t) => `taiwan:${t}`)];
const SERVICE_PICKS: readonly string[] = [...DOCUMENT_TYPES, ...DESTINATIONS, ...ENDORSEMENT_PICKS];
const MATERIAL_MODES = ['complete', 'missing-some', 'random'] as const;
/** The acceptance dates an application may have: its birth date and documents' dates stay real dates. */
const EARLIEST = '1900-01-01';
const LATEST = '9899-12-31';
const TIME_MODES = ['any', 'office-hours', 'date-only'] as const;

const optionsSchema = /* @__PURE__ */ z.strictObject({
  from: /* @__PURE__ */ z.optional(dateOption),
  to: /* @__PURE__ */ z.optional(dateOption),
  near: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(dateOption)),
  offices: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1))),
  officesUnder: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{2,6}$/, 'expected the first 2 to 6 digits of a GB/T 2260 code'))),
  hukou: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.literal('same-as-office'), /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()).check(/* @__PURE__ */ z.minLength(1))])),
  services: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(SERVICE_PICKS as [string, ...string[]])).check(/* @__PURE__ */ z.minLength(1))),
  maxServices: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(4))),
  channels: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(CHANNELS)).check(/* @__PURE__ */ z.minLength(1))),
  age: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ min: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(120))), max: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(120))) })),
  flags: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  facts: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  urgent: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  materials: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(MATERIAL_MODES)),
  time: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(TIME_MODES)),
});

/**
 * Options of {@link applicationArbitrary}: what to pin or bound. Everything is optional.
 *
 * @example
 * ```ts
 * const o: ApplicationArbitraryOptions = {
 *   from: '2025-01-01', to: '2025-12-31', officesUnder: '2301', services: ['passport', 'hong-kong:G'],
 *   channels: ['hall-window'], age: { min: 16 }, materials: 'complete',
 * };
 * ```
 */
export interface ApplicationArbitraryOptions {
  /** First acceptance date (default: the built-in calendar's first day; 1900-01-01 at the earliest). */
  readonly from?: string;
  /** Last acceptance date, inclusive (default: the built-in calendar's last day; 9899-12-31 at the latest). */
  readonly to?: string;
  /** Acceptance dates to favour, with the days either side (e.g. the start of a change). */
  readonly near?: readonly string[];
  /** Offices (division codes) to apply at, each in force throughout the range of dates (default: every province and prefecture that is). */
  readonly offices?: readonly string[];
  /** Only offices whose code starts with these digits (`'2301'`: Harbin). */
  readonly officesUnder?: string;
  /** Hukou places: a list of codes, or `'same-as-office'` (default: half the office, half any division of the latest code table, counties included). */
  readonly hukou?: 'same-as-office' | readonly string[];
  /** The services that may appear (default: every document type and endorsement). */
  readonly services?: readonly ServicePick[];
  /** At most this many services in one application, 1–4 (default 3). */
  readonly maxServices?: number;
  /** Channels (default: all, two in three at a hall window). */
  readonly channels?: readonly (typeof CHANNELS)[number][];
  /** The applicant's age on the acceptance date, in whole years (default 0–90). */
  readonly age?: { readonly min?: number; readonly max?: number };
  /** Refusal and exit-ban flags, registered personnel, disability, guardians (default false: none). */
  readonly flags?: boolean;
  /** The endorsement facts: residence permit, relatives, business, purpose … (default true: one application in three has some). */
  readonly facts?: boolean;
  /** Urgent handling with a ground (default true: sometimes). */
  readonly urgent?: boolean;
  /**
   * `complete`: every material of the catalogue; `missing-some`: all but one to three of the
   * core ones (form, identity card, photo, fingerprints, presence, permit); `random` (default):
   * the core ones less up to two, and up to three others.
   */
  readonly materials?: (typeof MATERIAL_MODES)[number];
  /** `any` (an instant at any minute, or a date alone), `office-hours` (09:00–17:59) or `date-only` (default `any`). */
  readonly time?: (typeof TIME_MODES)[number];
}

/** Materials most applications need: `missing-some` drops one to three of these. */
const CORE_MATERIALS = ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence', 'valid-permit'] as const;
const PERMIT_OF: Readonly<Record<Destination, DocumentType>> = { 'hong-kong': 'hkmo-permit', macau: 'hkmo-permit', taiwan: 'taiwan-permit' };

type Held = Application['existingDocuments'][number];
type HeldPart = { readonly type: 'passport' | 'hkmo-permit' | 'taiwan-permit'; readonly card: boolean; readonly ageDays: number; readonly years: 5 | 10; readonly endorsements: readonly HeldEndorsementPart[] };
type HeldEndorsementPart = { readonly pick: string; readonly ageDays: number; readonly months: number; readonly entries: 'single' | 'double' | 'multi'; readonly remaining?: number };

/** `years` years before an epoch day, same month and day (29 February → 28). */
function yearsBefore(day: number, years: number): number {
  const [y, m, d] = civilFromDays(day);
  return daysFromCivil(y - years, m, m === 2 && d === 29 ? 28 : d);
}

/** The last valid day of something issued on `issued` for `months` months (the day before the anniversary). */
function expiryAfter(issued: number, months: number): number {
  const [y, m, d] = civilFromDays(issued);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  return daysFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm))) - 1;
}

/**
 * The offices whose division is in force on every acceptance date of the range (an application
 * is made to an office that exists). A division's status changes only at the yearly editions of
 * the code table, so one day a year, and the range's ends, are enough to look at. Offices the
 * caller named that are not are an error; those of the catalogue are left out.
 */
function officesInForce(codes: readonly string[], min: number, max: number, named: boolean): readonly string[] {
  // remembered per range and list (an arbitrary is often built many times alike; each build looks
  // at every code on two days a year); bounded, frozen
  const key = `${named}|${min}|${max}|${codes.join(',')}`;
  const known = OFFICES.get(key);
  if (known !== undefined) return known;
  const out = Object.freeze(checkOffices(codes, min, max, named));
  if (OFFICES.size >= 64) OFFICES.clear();
  OFFICES.set(key, out);
  return out;
}

const OFFICES = new Map<string, readonly string[]>();

function checkOffices(codes: readonly string[], min: number, max: number, named: boolean): string[] {
  const days = [min, max];
  const [first] = civilFromDays(min);
  const [last] = civilFromDays(max);
  for (let y = first; y <= last; y++) days.push(Math.min(max, Math.max(min, daysFromCivil(y, 6, 30))), Math.min(max, Math.max(min, daysFromCivil(y, 12, 31))));
  const dates = [...new Set(days)].map(formatCivilDate);
  const out: string[] = [];
  const issues: Issue[] = [];
  codes.forEach((code, i) => {
    const gone = dates.find((d) => divisionOn(code, d).status === 'not-in-force');
    if (gone === undefined) out.push(code);
    else if (named) issues.push({ path: ['options', 'offices', i], code: 'office-not-in-force', message: `office ${code} is not in force on ${gone}, inside the range of acceptance dates` });
  });
  if (issues.length === 0 && out.length === 0) issues.push({ path: ['options'], code: 'no-offices', message: 'no office is in force throughout the range of acceptance dates' });
  if (issues.length > 0) throw new ValidationError({ 'zh-CN': 'applicationArbitrary 的选项无效', en: 'Invalid options of applicationArbitrary' }, issues);
  return out;
}

function serviceArbitrary(picks: readonly string[]): fc.Arbitrary<ApplicationService> {
  const documents = picks.filter((p): p is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(p));
  const endorsements = [...new Set(picks.flatMap((p) => ((DESTINATIONS as readonly string[]).includes(p) ? ENDORSEMENT_PICKS.filter((e) => e.startsWith(`${p}:`)) : p.includes(':') ? [p] : [])))];
  const parts: fc.Arbitrary<ApplicationService>[] = [];
  if (documents.length > 0) {
    parts.push(
      fc
        .record({ document: fc.constantFrom(...documents), action: fc.constantFrom(...DOCUMENT_ACTIONS), ground: fc.option(fc.constantFrom(...GROUND_CODES), { nil: undefined }) })
        .map(({ document, action, ground }): ApplicationService =>
          action === 'first-issue' || ground === undefined ? { kind: 'document', document, action } : { kind: 'document', document, action, ground },
        ),
    );
  }
  if (endorsements.length > 0) {
    parts.push(
      fc
        .record({
          pick: fc.constantFrom(...endorsements),
          option: fc.option(fc.record({ validityMonths: fc.constantFrom(3, 12, 6, 24, 36, 60), entries: fc.constantFrom('single' as const, 'double' as const, 'multi' as const) }), { nil: undefined }),
          reissue: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
        })
        .map(({ pick, option, reissue }): ApplicationService => {
          const [destination, type] = pick.split(':') as [Destination, EndorsementType];
          const s: { -readonly [K in keyof Extract<ApplicationService, { kind: 'endorsement' }>]: Extract<ApplicationService, { kind: 'endorsement' }>[K] } = { kind: 'endorsement', destination, type };
          if (option) s.option = option;
          if (reissue) s.reissueOfSuspended = true;
          return s;
        }),
    );
  }
  return fc.oneof(...parts);
}

const serviceKey = (s: ApplicationService): string => (s.kind === 'document' ? s.document : `${s.destination}:${s.type}`);

const heldEndorsementArbitrary = (destinations: readonly Destination[]): fc.Arbitrary<HeldEndorsementPart> =>
  fc.record(
    {
      pick: fc.constantFrom(...ENDORSEMENT_PICKS.filter((p) => destinations.some((d) => p.startsWith(`${d}:`)))),
      ageDays: fc.integer({ min: 0, max: 800 }),
      months: fc.constantFrom(3, 12, 6),
      entries: fc.constantFrom('single' as const, 'double' as const, 'multi' as const),
      remaining: fc.integer({ min: 0, max: 2 }),
    },
    { requiredKeys: ['pick', 'ageDays', 'months', 'entries'] },
  );

// The parts below are built afresh for each arbitrary (functions, not shared constants): an
// arbitrary is a mutable object the caller holds, so a write into one must not reach the next.
const heldArbitrary = (): fc.Arbitrary<HeldPart> =>
  fc
    .record({
      type: fc.constantFrom('passport' as const, 'hkmo-permit' as const, 'taiwan-permit' as const),
      card: fc.boolean(),
      ageDays: fc.integer({ min: 0, max: 12 * 365 }),
      years: fc.constantFrom(10 as const, 5 as const),
      endorsements: fc.array(heldEndorsementArbitrary(DESTINATIONS), { maxLength: 2 }),
    })
    // endorsements only on the permit of their destination
    .map((h) => ({ ...h, endorsements: h.endorsements.filter((e) => PERMIT_OF[e.pick.split(':')[0] as Destination] === h.type) }));

function heldDocument(h: HeldPart, accepted: number): Held {
  const issued = accepted - h.ageDays;
  const form = h.type === 'passport' ? (h.card ? 'electronic-booklet' : 'booklet') : h.card ? 'card' : 'booklet';
  const doc: { -readonly [K in keyof Held]: Held[K] } = { type: h.type, form, issued: formatCivilDate(issued), expires: formatCivilDate(expiryAfter(issued, h.years * 12)) };
  if (h.endorsements.length > 0) {
    doc.endorsements = h.endorsements.map((e) => {
      const [destination, type] = e.pick.split(':') as [Destination, EndorsementType];
      const from = accepted - e.ageDays;
      const out: NonNullable<Held['endorsements']>[number] = { destination, type, issued: formatCivilDate(from), expires: formatCivilDate(expiryAfter(from, e.months)), entries: e.entries, ...(e.remaining === undefined ? {} : { remainingEntries: e.remaining }) };
      return out;
    });
  }
  return doc;
}

const refusalFlagsArbitrary = () =>
  fc.record(
    {
      notPrcNational: fc.boolean(),
      identityUnproven: fc.boolean(),
      fraud: fc.boolean(),
      servingSentence: fc.boolean(),
      civilCaseCourtNotice: fc.boolean(),
      criminalSuspect: fc.boolean(),
      nationalSecurityObjection: fc.boolean(),
    },
    { requiredKeys: [] },
  );
const exitBanFlagsArbitrary = () =>
  fc.record(
    { noValidDocument: fc.boolean(), servingSentence: fc.boolean(), criminalSuspect: fc.boolean(), civilCaseCourtNotice: fc.boolean(), otherLegalGround: fc.boolean() },
    { requiredKeys: [] },
  );
const flagsArbitrary = () =>
  fc.record(
    {
      refusalFlags: refusalFlagsArbitrary(),
      exitBanFlags: exitBanFlagsArbitrary(),
      registeredPersonnel: fc.record({ approvalLetter: fc.boolean() }),
      disabled: fc.boolean(),
      guardian: fc.record({ present: fc.boolean(), consent: fc.boolean(), relationshipProof: fc.boolean() }),
    },
    { requiredKeys: [] },
  );

/**
 * An arbitrary of applications that pass `parseApplication`, over a range of acceptance dates,
 * offices, hukou places, ages, services, channels and materials (see
 * {@link ApplicationArbitraryOptions}). Seeded runs are reproducible (`fc.assert(…, { seed })`,
 * `fc.sample(…, { seed })`); failures shrink part by part.
 *
 * @throws `ValidationError` listing every problem of the options.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { evaluate } from 'churujing';
 * import { applicationArbitrary } from 'churujing/testing';
 *
 * fc.assert(
 *   fc.property(applicationArbitrary({ from: '2025-01-01', to: '2025-12-31', officesUnder: '2301' }), (a) => {
 *     const e = evaluate(a);
 *     return e.fees === undefined || e.fees.totalFen >= 0;
 *   }),
 *   { seed: 42 },
 * );
 * ```
 */
export function applicationArbitrary(options: ApplicationArbitraryOptions = {}): fc.Arbitrary<Application> {
  const o = checkOptions(optionsSchema, options, 'applicationArbitrary');
  const problems = [...orderIssue(o.from, o.to)];
  // an application carries dates far from its acceptance date (a birth date up to 120 years
  // before, documents valid for years after): the range leaves room for them inside the calendar
  for (const [key, value] of [['from', o.from], ['to', o.to], ...(o.near ?? []).map((d, i) => [['near', i], d] as const)] as const) {
    if (value !== undefined && (value < EARLIEST || value > LATEST)) {
      const path = ['options', ...(Array.isArray(key) ? key : [key])];
      problems.push({ path, code: 'out-of-range', message: `${value} is outside ${EARLIEST}..${LATEST}`, messages: { 'zh-CN': `${value}不在${EARLIEST}至${LATEST}之内（申请中的出生日期和证件有效期须在日历范围内）`, en: `${value} is outside ${EARLIEST}..${LATEST} (an application's birth date and document validity must stay inside the calendar)` } });
    }
  }
  if (o.age?.min !== undefined && o.age.max !== undefined && o.age.max < o.age.min) problems.push({ path: ['options', 'age', 'max'], code: 'inverted-range', message: `age.max ${o.age.max} is below age.min ${o.age.min}`, messages: { 'zh-CN': `年龄上限${o.age.max}小于下限${o.age.min}`, en: `age.max ${o.age.max} is below age.min ${o.age.min}` } });
  if (problems.length > 0) throw new ValidationError({ 'zh-CN': 'applicationArbitrary 的选项无效', en: 'Invalid options of applicationArbitrary' }, problems);
  const { min, max } = dayRange(o.from, o.to);
  const offices = officesInForce(divisionCodes({ ...(o.offices ? { codes: o.offices } : {}), ...(o.officesUnder ? { under: o.officesUnder } : {}) }, 'applicationArbitrary'), min, max, o.offices !== undefined);
  const hukouList = Array.isArray(o.hukou) ? divisionCodes({ codes: o.hukou }, 'applicationArbitrary') : divisionCodes({ level: ['province', 'prefecture', 'county'] }, 'applicationArbitrary');
  const pickFrom = (list: readonly string[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i] as string);
  const office = pickFrom(offices);
  const otherPlace = pickFrom(hukouList);
  const hukou: fc.Arbitrary<string | undefined> = o.hukou === 'same-as-office' ? fc.constant(undefined) : Array.isArray(o.hukou) ? otherPlace : fc.option(otherPlace, { nil: undefined });
  const timeMode = o.time ?? 'any';
  const minute: fc.Arbitrary<number | undefined> =
    timeMode === 'date-only'
      ? fc.constant(undefined)
      : timeMode === 'office-hours'
        ? fc.integer({ min: 9 * 60, max: 18 * 60 - 1 })
        : fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 24 * 60 - 1 }) }, { weight: 1, arbitrary: fc.constant(undefined) });
  const places = [...new Set([...offices, ...hukouList])].sort();
  const dates = dayArbitrary(min, max, o.near).map(formatCivilDate);
  const materialsMode = o.materials ?? 'random';
  const materials: fc.Arbitrary<readonly string[]> =
    materialsMode === 'complete'
      ? fc.constant(MATERIAL_IDS)
      : materialsMode === 'missing-some'
        ? fc.subarray([...CORE_MATERIALS], { minLength: 1, maxLength: 3 }).map((dropped) => MATERIAL_IDS.filter((m) => !(dropped as readonly string[]).includes(m)))
        : // what people bring: the core materials, often all of them, and a few others
          fc
            .tuple(fc.subarray([...CORE_MATERIALS], { maxLength: 2 }), fc.subarray([...MATERIAL_IDS], { maxLength: 3 }))
            .map(([dropped, extra]) => [...new Set([...CORE_MATERIALS.filter((m) => !(dropped as readonly string[]).includes(m)), ...extra])]);

  return fc
    .record({
      day: dayArbitrary(min, max, o.near),
      minute,
      office,
      hukou,
      age: fc.integer({ min: o.age?.min ?? 0, max: o.age?.max ?? Math.max(o.age?.min ?? 0, 90) }),
      birthOffset: fc.integer({ min: 0, max: 364 }),
      female: fc.boolean(),
      sequence: fc.integer({ min: 0, max: 499 }),
      services: fc.uniqueArray(serviceArbitrary(o.services ?? SERVICE_PICKS), { minLength: 1, maxLength: o.maxServices ?? 3, selector: serviceKey }),
      held: fc.uniqueArray(heldArbitrary(), { maxLength: 3, selector: (h) => h.type }),
      // most applications are made at a hall window; the other channels each now and then
      channel: o.channels ? fc.constantFrom(...o.channels) : fc.oneof({ weight: 10, arbitrary: fc.constant('hall-window' as const) }, { weight: 5, arbitrary: fc.constantFrom(...CHANNELS.filter((c) => c !== 'hall-window')) }),
      delivery: fc.constantFrom('collect' as const, 'post' as const),
      urgent: o.urgent === false ? fc.constant(undefined) : fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.record({ ground: fc.constantFrom(...URGENT_GROUNDS), evidence: fc.boolean() }) }),
      materials,
      facts: o.facts === false ? fc.constant(undefined) : fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: endorsementApplicantArbitrary(pickFrom(places), dates) }),
      flags: o.flags === true ? fc.option(flagsArbitrary(), { nil: undefined }) : fc.constant(undefined),
    })
    .map((r): Application => {
      const hukouCode = r.hukou ?? r.office;
      const birth = yearsBefore(r.day, r.age) - r.birthOffset;
      const acceptedOn = formatCivilDate(r.day);
      const acceptedAt =
        r.minute === undefined ? acceptedOn : `${acceptedOn}T${String(Math.floor(r.minute / 60)).padStart(2, '0')}:${String(r.minute % 60).padStart(2, '0')}:00+08:00`;
      const applicant: Record<string, unknown> = {};
      if (r.facts) {
        const { hukou: _h, birthDate: _b, registeredPersonnel: rp, employerApproval, zone: _z, ...rest } = r.facts;
        Object.assign(applicant, rest);
        if (rp) applicant['registeredPersonnel'] = { approvalLetter: employerApproval ?? false };
      }
      if (r.flags) {
        const { registeredPersonnel, ...rest } = r.flags;
        Object.assign(applicant, rest);
        if (registeredPersonnel) applicant['registeredPersonnel'] = registeredPersonnel;
        // the refusal flags say the same about registered personnel as the applicant does
        const said = applicant['registeredPersonnel'] as { approvalLetter: boolean } | undefined;
        if (said && r.flags.refusalFlags) applicant['refusalFlags'] = { ...r.flags.refusalFlags, registeredPersonnel: said };
      }
      if (hukouCode.startsWith('4404') && r.facts) applicant['zone'] = 'hengqin';
      const services = r.services;
      const existingDocuments = r.held.map((h) => heldDocument(h, r.day));
      // every endorsement needs its permit, held or applied for now
      for (const s of services) {
        if (s.kind !== 'endorsement') continue;
        const permit = PERMIT_OF[s.destination];
        if (existingDocuments.some((d) => d.type === permit) || services.some((t) => t.kind === 'document' && t.document === permit)) continue;
        existingDocuments.push(heldDocument({ type: permit as 'hkmo-permit', card: true, ageDays: 365, years: 10, endorsements: [] }, r.day));
      }
      const app: Record<string, unknown> = {
        applicant: { residentId: residentIdFor(hukouCode, formatCivilDate(birth), r.female ? 'female' : 'male', r.sequence), hukou: hukouCode, ...applicant },
        services,
        existingDocuments,
        channel: r.channel,
        office: { division: r.office },
        materials: [...r.materials],
        delivery: r.delivery,
        acceptedAt,
      };
      if (r.urgent) app['urgent'] = r.urgent;
      return app as Application;
    });
}
